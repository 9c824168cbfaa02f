"""`list` and `show`: the matching releases, and one release rendered (or as JSON)."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.text import Text

from pressreader.cli.common import open_store, store_options
from pressreader.formats.rich import release_renderable


def add_list(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "list",
        help="list matching releases, newest first",
        parents=[store_options(json_help="print JSON")],
    )
    p.add_argument("query", nargs="*", help='words (all must match) or "a phrase"')
    p.add_argument("--relevance", action="store_true", help="order by relevance (BM25)")
    p.set_defaults(func=cmd_list)


def add_show(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "show",
        help="show one release",
        parents=[store_options(json_help="print the parsed release as JSON")],
    )
    p.add_argument("id")
    p.set_defaults(func=cmd_show)


def cmd_list(args: argparse.Namespace, out: Console, err: Console) -> int:
    library = open_store(args, err).library
    rids = library.search(" ".join(args.query), order="relevance" if args.relevance else "date")
    summaries = library.summaries(rids)
    rows = [summaries[rid] for rid in rids if rid in summaries]
    if args.json:
        out.print_json(data=[row.to_dict() for row in rows])
        return 0
    if not rows:
        err.print(Text(f"No releases match {' '.join(args.query)!r}."))
        return 0
    for row in rows:
        line = Text(f"{row.date}  ", style="dim")
        line.append(row.title, style="bold")
        if row.source:
            line.append(f"  {row.source}", style="dim")
        line.append(f"  [{row.id}]", style="cyan")
        out.print(line, overflow="ellipsis", no_wrap=True, crop=True)
    return 0


def cmd_show(args: argparse.Namespace, out: Console, err: Console) -> int:
    root, library, _ = open_store(args, err)
    rid = library.rid_of(args.id)
    release = library.release(rid) if rid is not None else None
    if release is None:
        err.print(Text(f"pressreader: no release with id {args.id!r} in {root}"))
        return 1
    if args.json:
        from pressreader.formats.json import to_data

        out.print_json(data=to_data(release, resolve=library.resolve_id))
        return 0

    def title_of(ref: str) -> str | None:
        target = library.resolve(ref)
        summary = library.summaries([target]).get(target) if target is not None else None
        return summary.title if summary else None

    out.print(release_renderable(release, title_of))
    return 0
