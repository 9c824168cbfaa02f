"""`speakers`: everyone the store quotes, name variants merged, with roles over time and counts."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.text import Text

from pressreader.cli.common import open_store, store_options
from pressreader.tables import one_line


def add_speakers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "speakers",
        help="everyone the store quotes: name variants, roles over time, counts",
        parents=[store_options(json_help="print JSON")],
    )
    p.add_argument("text", nargs="*", help="only speakers whose name, a variant or a role has this")
    p.add_argument("--sort", choices=("quotes", "name"), default="quotes", help="default: quotes")
    p.set_defaults(func=cmd_speakers)


def cmd_speakers(args: argparse.Namespace, out: Console, err: Console) -> int:
    library = open_store(args, err).library
    text = " ".join(args.text)
    rows = library.speakers(text, args.sort)
    if args.json:
        out.print_json(data=[row.to_dict() for row in rows])
        return 0
    if not rows:
        err.print(
            Text(f"No speakers match {text!r}." if text else "No quotes in this store."),
            soft_wrap=True,
        )
        return 0
    for row in rows:
        line = Text(f"{row.quotes:5d} quotes  {row.releases:5d} releases  ", style="dim")
        line.append(one_line(row.name), style="bold")
        span = f"  {row.first} – {row.last}" if row.first else ""
        line.append(span, style="dim")
        out.print(line, soft_wrap=not out.is_terminal, overflow="ellipsis")
        for role, first, last in row.roles:
            out.print(Text(f"      {one_line(role)} ({first} – {last})"), soft_wrap=True)
        others = [v for v in row.variants if v != row.name]
        if others:
            out.print(Text("      also written: " + "; ".join(others), style="dim"), soft_wrap=True)
    return 0
