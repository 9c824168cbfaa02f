"""`check` and `index`: validate a store, and build or update its search index."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.text import Text

from pressreader.cli.common import open_store, store_options
from pressreader.text import plural


def add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="validate a store: each problem as PATH:LINE:COL: message",
        parents=[store_options(json_help="print JSON")],
    )
    p.add_argument("dir", nargs="?", help="the store folder (default: as --data)")
    p.set_defaults(func=cmd_check)


def add_index(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "index", help="build or update the store's search index", parents=[store_options()]
    )
    p.add_argument("--rebuild", action="store_true", help="throw the index away and rebuild it")
    p.set_defaults(func=cmd_index)


def cmd_check(args: argparse.Namespace, out: Console, err: Console) -> int:
    root = Path(args.dir).expanduser() if args.dir else None
    _, library, report = open_store(args, err, root=root)
    problems = library.problems() + library.link_problems()
    errors = sum(p.severity == "error" for p in problems)
    if args.json:
        out.print_json(
            data={
                "store": str(library.root),
                "releases": library.count,
                "errors": errors,
                "warnings": len(problems) - errors,
                "problems": [p.to_dict() for p in problems],
            }
        )
    else:
        for problem in problems:
            style = "red" if problem.severity == "error" else "yellow"
            out.print(Text(str(problem), style=style), soft_wrap=True)
        summary = (
            f"{plural(library.count, 'release')} in {plural(report.files, 'file')}; "
            f"{plural(errors, 'error')}, {plural(len(problems) - errors, 'warning')}"
        )
        out.print(Text(summary, style="bold"), soft_wrap=True)
    return 1 if errors else 0


def cmd_index(args: argparse.Namespace, out: Console, err: Console) -> int:
    _, library, report = open_store(args, err, rebuild=args.rebuild)
    what = "rebuilt" if report.rebuilt else "updated"
    out.print(
        Text(
            f"Index {what}: {library.db_path}\n"
            f"{plural(report.files, 'file')}: {report.parsed} parsed, {report.unchanged} "
            f"unchanged, {report.removed} removed, {report.failed} failed; "
            f"{plural(library.count, 'release')}."
        ),
        soft_wrap=True,
    )
    return 0
