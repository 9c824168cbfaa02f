"""The command line: open the reader, or list / show / check / index / import / export a store.

One module per command group (reading, checking, importing, exporting, config_cmd), each
with its commands' sub-parsers (`add_*`) and functions (`cmd_*`); `common` holds the shared --data/--json parent parser, the
store-opening preamble and the progress bar.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from pressreader import __version__
from pressreader.cli import checking, exporting, following, importing, reading, speaking
from pressreader.cli.common import (
    StoreMissing,
    bundled_data,
    default_store,
    open_library,
    store_options,
    store_path,
)
from pressreader.cli.config_cmd import print_config

__all__ = ["bundled_data", "build_parser", "default_store", "main", "open_library"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressreader",
        description="A keyboard-first terminal reader for press releases.",
        epilog="Without a command, opens the reader on the store.",
        parents=[store_options()],
    )
    parser.set_defaults(data=None)  # a command's own --data, when given, overrides this one
    parser.add_argument("--version", action="version", version=f"pressreader {__version__}")
    parser.add_argument(
        "--print-config",
        action="store_true",
        help="show the effective settings and paths, then exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # in the order `--help` lists them
    reading.add_list(sub)
    reading.add_show(sub)
    checking.add_check(sub)
    importing.add_import(sub)
    checking.add_index(sub)
    exporting.add_export(sub)
    exporting.add_tables(sub)  # quotes, figures
    speaking.add_speakers(sub)
    following.add_following(sub)
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
        root = store_path(args)
        from pressreader.config import load_config
        from pressreader.tui.app import PressReaderApp

        PressReaderApp(root, config=load_config()).run()
        return 0
    try:
        return args.func(args, out, err)
    except StoreMissing as exc:
        err.print(Text(str(exc)), soft_wrap=True)
        return 2
    except KeyboardInterrupt:
        err.print("interrupted", soft_wrap=True)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
