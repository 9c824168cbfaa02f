"""`list` and `show`: the matching releases, and one release rendered (or as JSON)."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.text import Text

from pressreader.cli.common import open_store, query_error, store_options
from pressreader.formats.rich import release_renderable
from pressreader.query import QueryError
from pressreader.tables import one_line


def add_list(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "list",
        help="list matching releases, newest first",
        description="The releases matching a query (docs/search.md), written as they are read.",
        parents=[store_options(json_help="print a JSON list (same as --format json)")],
    )
    p.add_argument("query", nargs="*", help='the search (words, "phrases", -word, OR, fields)')
    p.add_argument("--relevance", action="store_true", help="order by relevance (BM25)")
    p.add_argument(
        "--format",
        choices=("text", "json", "jsonl", "csv"),
        default=None,
        help="text (default), a JSON list, JSON lines or CSV",
    )
    p.add_argument("--limit", type=_positive, metavar="N", help="at most N releases")
    p.set_defaults(func=cmd_list)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return number


def add_show(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "show",
        help="show one release",
        parents=[store_options(json_help="print the parsed release as JSON")],
    )
    p.add_argument("id")
    p.set_defaults(func=cmd_show)


def cmd_list(args: argparse.Namespace, out: Console, err: Console) -> int:
    from pressreader.formats.rows import write_rows

    library = open_store(args, err).library
    query = " ".join(args.query)
    fmt = args.format or ("json" if args.json else "text")
    try:
        rids = library.search(query, order="relevance" if args.relevance else "date")
    except QueryError as error:
        return query_error(error, query, err)
    if args.limit is not None:
        rids = rids[: args.limit]
    summaries = library.iter_summaries(rids)
    if fmt != "text":
        fields = ("id", "date", "title", "source", "topics")
        rows = (summary.to_dict() for summary in summaries)
        write_rows(rows, fmt, out.file, fields if fmt == "csv" else None)
        out.file.flush()
        return 0
    if not rids:
        err.print(Text(f"No releases match {query!r}."), soft_wrap=True)
        return 0
    if not out.is_terminal:  # piped: every release whole, one a line, id first, tab-separated
        write = out.file.write
        for row in summaries:
            date = row.date if row.date_certain else f"{row.date}?"
            write(f"{row.id}\t{date}\t{one_line(row.title)}\t{one_line(row.source)}\n")
        out.file.flush()
        return 0
    for row in summaries:
        line = Text(f"{row.date}{'' if row.date_certain else '?'}  ", style="dim")
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
        err.print(Text(f"pressreader: no release with id {args.id!r} in {root}"), soft_wrap=True)
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
