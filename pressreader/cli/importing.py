"""`import`: releases from text, HTML, JSON lines and feeds into a store, with a report."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.text import Text

from pressreader.cli.common import progress_bar, store_options, store_path


def add_import(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="import releases from text, HTML, JSON lines or RSS/Atom feeds",
        description="Import releases into a store, finding quotes and figures. SOURCE is a file, a "
        "folder, - (stdin), a .gz file or an http(s) URL.",
        parents=[store_options(json_help="print a machine-readable report")],
    )
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--into", metavar="DIR", help="the store to write to (default: as --data)")
    p.add_argument("--format", choices=("auto", "text", "html", "jsonl", "feed"), default="auto")
    p.add_argument(
        "--update", action="store_true", help="replace releases whose id exists with other content"
    )
    p.add_argument(
        "--map", action="append", metavar="TARGET=FIELD", help="JSON lines: read TARGET from FIELD"
    )
    p.add_argument(
        "--source", metavar="NAME", help="the publisher of every release (whatever the source says)"
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the date of every release without one")
    p.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=float,
        default=20.0,
        help="give up a download after this long (default: 20)",
    )
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace, out: Console, err: Console) -> int:
    from pressreader.importers.jsonl import parse_mapping
    from pressreader.importers.run import import_options, import_sources, report_json

    into = Path(args.into).expanduser() if args.into else store_path(args)
    try:
        mapping = parse_mapping(args.map or [])
        source_name, default_date, timeout = import_options(args.source, args.date, args.timeout)
    except ValueError as exc:
        err.print(Text(f"pressreader import: {exc}"), soft_wrap=True)
        return 2
    with progress_bar(err, "Importing", enabled=not args.json) as bar:
        report = import_sources(
            args.sources,
            into,
            fmt=args.format,
            update=args.update,
            mapping=mapping,
            progress=bar.advance,
            source_name=source_name,
            default_date=default_date,
            timeout=timeout,
        )
    if args.json:
        out.print(Text(report_json(report)), soft_wrap=True)
    else:
        for outcome in report.outcomes:
            for warning in outcome.warnings:
                where = "" if warning.startswith(outcome.origin) else f"{outcome.origin}: "
                err.print(Text(f"warning: {where}{warning}", style="yellow"), soft_wrap=True)
            if outcome.status in {"failed", "skipped"} and outcome.reason:
                style = "red" if outcome.status == "failed" else "yellow"
                err.print(Text(f"{outcome.status}: {outcome.reason}", style=style), soft_wrap=True)
        counts = report.to_dict()["counts"]
        summary = ", ".join(f"{n:,} {status}" for status, n in counts.items())
        out.print(Text(f"Import into {into}: {summary}.", style="bold"), soft_wrap=True)
    return 1 if report.failed else 0
