"""The command line: open the reader, or list / show / check / index a store (Rich or --json)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from pressreader import __version__
from pressreader.formats.rich import release_renderable
from pressreader.index import Library, RefreshReport


def bundled_data() -> Path:
    """The sample store shipped with the package (installed copy first, then the source tree)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_data", here.parent / "data"):
        if candidate.is_dir():
            return candidate
    return here.parent / "data"


def default_store() -> Path:
    """$PRESSREADER_DATA, else the config file's `store`, else the bundled sample store."""
    env = os.environ.get("PRESSREADER_DATA")
    if env:
        return Path(env)
    from pressreader.config import load_config

    configured = load_config().store
    return configured or bundled_data()


def open_library(
    root: Path, console: Console, rebuild: bool = False
) -> tuple[Library, RefreshReport]:
    """Open a store's index and bring it up to date, with a progress bar on a terminal."""
    library = Library(root)
    if not console.is_terminal:
        report = library.refresh(rebuild=rebuild)
        _notices(report, console)
        return library, report
    with Progress(
        TextColumn("Indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("index", total=None)

        def report(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        result = library.refresh(progress=report, rebuild=rebuild)
    _notices(result, console)
    return library, result


def _notices(report: RefreshReport, console: Console) -> None:
    """What happened to the index (rebuilt, moved to a temporary folder), on stderr."""
    for notice in dict.fromkeys(report.notices):
        console.print(Text(f"pressreader: {notice}", style="yellow"), soft_wrap=True)


def _store_arg(value: str | None) -> Path:
    return Path(value).expanduser() if value else default_store()


def _missing(root: Path, err: Console) -> bool:
    if root.is_dir():
        return False
    err.print(Text(f"pressreader: the store folder {root} does not exist (use --data DIR)"))
    return True


def cmd_list(args: argparse.Namespace, out: Console, err: Console) -> int:
    root = _store_arg(args.data)
    if _missing(root, err):
        return 2
    library, _ = open_library(root, err)
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
    root = _store_arg(args.data)
    if _missing(root, err):
        return 2
    library, _ = open_library(root, err)
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


def cmd_check(args: argparse.Namespace, out: Console, err: Console) -> int:
    root = Path(args.dir).expanduser() if args.dir else _store_arg(args.data)
    if _missing(root, err):
        return 2
    library, report = open_library(root, err)
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
        summary = f"{library.count} releases in {report.files} files; {errors} errors, {len(problems) - errors} warnings"
        out.print(Text(summary, style="bold"))
    return 1 if errors else 0


def cmd_index(args: argparse.Namespace, out: Console, err: Console) -> int:
    root = _store_arg(args.data)
    if _missing(root, err):
        return 2
    library, report = open_library(root, err, rebuild=args.rebuild)
    what = "rebuilt" if report.rebuilt else "updated"
    out.print(
        Text(
            f"Index {what}: {library.db_path}\n"
            f"{report.files} files: {report.parsed} parsed, {report.unchanged} unchanged, "
            f"{report.removed} removed, {report.failed} failed; {library.count} releases."
        )
    )
    return 0


def cmd_import(args: argparse.Namespace, out: Console, err: Console) -> int:
    from pressreader.importers.jsonl import parse_mapping
    from pressreader.importers.run import import_options, import_sources, report_json

    into = Path(args.into).expanduser() if args.into else _store_arg(args.data)
    try:
        mapping = parse_mapping(args.map or [])
        source_name, default_date, timeout = import_options(args.source, args.date, args.timeout)
    except ValueError as exc:
        err.print(Text(f"pressreader import: {exc}"))
        return 2
    show_progress = err.is_terminal and not args.json
    with Progress(
        TextColumn("Importing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not show_progress,
    ) as progress:
        task = progress.add_task("import", total=None)
        report = import_sources(
            args.sources,
            into,
            fmt=args.format,
            update=args.update,
            mapping=mapping,
            progress=lambda n: progress.advance(task, n),
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


def cmd_export(args: argparse.Namespace, out: Console, err: Console) -> int:
    from pressreader.formats import export_releases
    from pressreader.formats.rows import title_resolver
    from pressreader.store import write_atomic

    root = _store_arg(args.data)
    if _missing(root, err):
        return 2
    library, _ = open_library(root, err)
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
    """`quotes` / `figures`: every quote or statistic of the matching releases, as CSV or JSON."""
    from pressreader.formats import rows as table

    rows, fields = {
        "quotes": (table.quote_rows, table.QUOTE_FIELDS),
        "figures": (table.figure_rows, table.FIGURE_FIELDS),
    }[kind]
    root = _store_arg(args.data)
    if _missing(root, err):
        return 2
    library, _ = open_library(root, err)
    query = " ".join(args.query)
    releases = list(table.matching_releases(library, query))
    if query and not releases:
        err.print(Text(f"No releases match {query!r}."), soft_wrap=True)
    table.write_rows(rows(releases), args.format, out.file, fields)
    out.file.flush()
    return 0


def cmd_quotes(args: argparse.Namespace, out: Console, err: Console) -> int:
    return _write_table(args, out, err, "quotes")


def cmd_figures(args: argparse.Namespace, out: Console, err: Console) -> int:
    return _write_table(args, out, err, "figures")


def print_config(args: argparse.Namespace, out: Console) -> int:
    """The effective settings and every path pressreader uses."""
    from pressreader.config import load_config
    from pressreader.index import index_path_for
    from pressreader.state import state_path_for

    config = load_config()
    root = _store_arg(args.data).expanduser().resolve()
    report = {
        "config_file": str(config.path),
        "config_file_exists": config.path.exists(),
        "settings": config.to_dict(),
        "problems": config.problems,
        "store": str(root),
        "store_from": "--data"
        if args.data
        else "PRESSREADER_DATA"
        if os.environ.get("PRESSREADER_DATA")
        else "config"
        if config.store
        else "bundled samples",
        "index_file": str(index_path_for(root)),
        "state_file": str(state_path_for(root)),
        "export_dir": str(config.export_dir),
        "no_color": "NO_COLOR" in os.environ,
    }
    out.print_json(data=report)
    return 1 if config.problems else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressreader",
        description="A keyboard-first terminal reader for press releases.",
        epilog="Without a command, opens the reader on the store.",
    )
    parser.add_argument("--version", action="version", version=f"pressreader {__version__}")
    data_help = (
        "the store folder (default: $PRESSREADER_DATA, else config.yaml's store, else the samples)"
    )
    parser.add_argument("--data", metavar="DIR", help=data_help)
    parser.add_argument(
        "--print-config",
        action="store_true",
        help="show the effective settings and paths, then exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("list", help="list matching releases, newest first")
    p.add_argument("query", nargs="*", help='words (all must match) or "a phrase"')
    p.add_argument("--data", metavar="DIR", help=data_help, default=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--relevance", action="store_true", help="order by relevance (BM25)")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="show one release")
    p.add_argument("id")
    p.add_argument("--data", metavar="DIR", help=data_help, default=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="print the parsed release as JSON")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("check", help="validate a store: each problem as PATH:LINE:COL: message")
    p.add_argument("dir", nargs="?", help="the store folder (default: as --data)")
    p.add_argument("--data", metavar="DIR", help=data_help, default=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "import",
        help="import releases from text, HTML, JSON lines or RSS/Atom feeds",
        description="Import releases into a store, finding quotes and figures. SOURCE is a file, a "
        "folder, - (stdin), a .gz file or an http(s) URL.",
    )
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--into", metavar="DIR", help="the store to write to (default: as --data)")
    p.add_argument("--data", metavar="DIR", help=data_help, default=argparse.SUPPRESS)
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
    p.add_argument("--json", action="store_true", help="print a machine-readable report")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("index", help="build or update the store's search index")
    p.add_argument("--data", metavar="DIR", help=data_help, default=argparse.SUPPRESS)
    p.add_argument("--rebuild", action="store_true", help="throw the index away and rebuild it")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser(
        "export",
        help="export releases as Markdown, JSON or plain text",
        description="Export one or more releases (md: separated by ---; json: a list when several).",
    )
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--format", choices=("md", "json", "txt"), default="md", help="default: md")
    p.add_argument("--out", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    p.add_argument("--data", metavar="DIR", help=data_help, default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("quotes", help="every quote of the matching releases, as CSV or JSON")
    p.add_argument("query", nargs="*", help="the search of `list` (default: every release)")
    p.add_argument("--format", choices=("csv", "json"), default="csv", help="default: csv")
    p.add_argument("--data", metavar="DIR", help=data_help, default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("figures", help="every figure of the matching releases, as CSV or JSON")
    p.add_argument("query", nargs="*", help="the search of `list` (default: every release)")
    p.add_argument("--format", choices=("csv", "json"), default="csv", help="default: csv")
    p.add_argument("--data", metavar="DIR", help=data_help, default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_figures)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `pressreader` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    out = Console(highlight=False)
    err = Console(stderr=True, highlight=False)
    if args.print_config:
        return print_config(args, out)
    if args.command is None:
        root = _store_arg(args.data)
        from pressreader.config import load_config
        from pressreader.tui.app import PressReaderApp

        PressReaderApp(root, config=load_config()).run()
        return 0
    try:
        return args.func(args, out, err)
    except KeyboardInterrupt:
        err.print("interrupted")
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
