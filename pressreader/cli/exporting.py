"""`export`, `quotes` and `figures`: releases as Markdown / JSON / text, quote and figure tables."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.text import Text

from pressreader.cli import charting
from pressreader.cli.common import open_store, query_error, store_options
from pressreader.cli.reading import _positive
from pressreader.query import QueryError


def add_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export releases as Markdown, JSON or plain text",
        description="Export one or more releases (md: separated by ---; json: a list when several).",
        parents=[store_options()],
    )
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--format", choices=("md", "json", "txt"), default="md", help="default: md")
    p.add_argument("--out", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    p.set_defaults(func=cmd_export)


def add_tables(sub: argparse._SubParsersAction) -> None:
    """`quotes` and `figures`: the same options, one table each."""
    for kind, what in (("quotes", "quote"), ("figures", "figure")):
        p = sub.add_parser(
            kind,
            help=f"every {what} of the matching releases, as CSV or JSON",
            parents=[store_options()],
        )
        p.add_argument("query", nargs="*", help="the search of `list` (default: every release)")
        p.add_argument(
            "--format", choices=("csv", "json", "jsonl"), default="csv", help="default: csv"
        )
        p.add_argument("--limit", type=_positive, metavar="N", help="at most N rows")
        if kind == "quotes":
            p.add_argument(
                "--speaker", metavar="NAME", help="only this person's quotes (any name variant)"
            )
        else:
            charting.add_chart_options(p)
        p.set_defaults(func=cmd_quotes if kind == "quotes" else cmd_figures)


def cmd_export(args: argparse.Namespace, out: Console, err: Console) -> int:
    from pressreader.formats import export_releases
    from pressreader.formats.rows import title_resolver
    from pressreader.store import write_atomic

    root, library, _ = open_store(args, err)
    releases, unknown = [], []
    for rel_id in args.ids:
        rid = library.rid_of(rel_id)
        release = library.release(rid) if rid is not None else None
        if release is None:
            unknown.append(rel_id)
        else:
            releases.append(release)
    if unknown:
        names = ", ".join(repr(x) for x in unknown)
        plural = "s" if len(unknown) > 1 else ""
        err.print(
            Text(f"pressreader: no release with id{plural} {names} in {root}"), soft_wrap=True
        )
        return 1
    text = export_releases(releases, args.format, library.resolve_id, title_resolver(library))
    if not args.out:
        out.file.write(text)
        out.file.flush()
        return 0
    path = Path(args.out).expanduser()
    try:
        write_atomic(path, text)
    except OSError as exc:
        err.print(Text(f"pressreader export: cannot write {path}: {exc}"), soft_wrap=True)
        return 1
    what = f"{len(releases)} releases" if len(releases) > 1 else "1 release"
    out.print(Text(f"Exported {what} to {path}"), soft_wrap=True)
    return 0


def _write_table(args: argparse.Namespace, out: Console, err: Console, kind: str) -> int:
    """`quotes` / `figures`: every quote or statistic of the matching releases, streamed from the
    index as CSV, a JSON list or JSON lines."""
    from pressreader.formats import rows as table

    fields = table.QUOTE_FIELDS if kind == "quotes" else table.FIGURE_FIELDS
    library = open_store(args, err).library
    query = " ".join(args.query)
    try:
        rids = library.search(query)
    except QueryError as error:
        return query_error(error, query, err)
    if query and not rids:
        err.print(Text(f"No releases match {query!r}."), soft_wrap=True)
    if getattr(args, "speaker", None):
        person, _ = library.speaker_quotes(args.speaker)
        if person is None:
            err.print(Text(f"No speaker matches {args.speaker!r}."), soft_wrap=True)
            return 1
        names = set(person.variants)
        rows: Iterable[dict[str, Any]] = (
            r for r in table.indexed_rows(library, kind, rids) if r["speaker"] in names
        )
    else:
        rows = table.indexed_rows(library, kind, rids)
    if getattr(args, "unit", None):
        rows = charting.unit_rows(rows, args.unit)
    table.write_rows(rows, args.format, out.file, fields, args.limit)
    out.file.flush()
    return 0


def cmd_quotes(args: argparse.Namespace, out: Console, err: Console) -> int:
    return _write_table(args, out, err, "quotes")


def cmd_figures(args: argparse.Namespace, out: Console, err: Console) -> int:
    if args.chart:
        return charting.print_chart(args, out, err)
    return _write_table(args, out, err, "figures")
