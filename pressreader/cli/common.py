"""What every command shares: the --data/--json options, finding and opening the store, progress."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from pressreader.index import Library, RefreshReport
from pressreader.query import QueryError

DATA_HELP = (
    "the store folder (default: $PRESSREADER_DATA, else config.yaml's store, else the samples)"
)


def store_options(json_help: str | None = None) -> argparse.ArgumentParser:
    """The parent parser of every command: `--data DIR`, and `--json` when `json_help` is given.

    `--data` defaults to SUPPRESS so that `pressreader --data X list` keeps X; the top-level parser
    sets `data=None`. A fresh parent per command, so no two parsers share (and mutate) one action.
    """
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--data", metavar="DIR", help=DATA_HELP, default=argparse.SUPPRESS)
    if json_help:
        parent.add_argument("--json", action="store_true", help=json_help)
    return parent


# ---------------------------------------------------------------------------- the store


def bundled_data() -> Path:
    """The sample store shipped with the package (installed copy first, then the source tree)."""
    from pressreader.paths import bundled_data as bundled

    return bundled()


def locate_store(data: str | None) -> tuple[Path, str]:
    """The store folder and where it came from: --data, $PRESSREADER_DATA, config, the samples."""
    if data:
        return Path(data).expanduser(), "--data"
    env = os.environ.get("PRESSREADER_DATA")
    if env:
        return Path(env), "PRESSREADER_DATA"
    from pressreader.config import load_config

    configured = load_config().store
    if configured:
        return configured, "config"
    return bundled_data(), "bundled samples"


def default_store() -> Path:
    """$PRESSREADER_DATA, else the config file's `store`, else the bundled sample store."""
    return locate_store(None)[0]


def store_path(args: argparse.Namespace) -> Path:
    """The store a command works on: its --data, else the default store."""
    return locate_store(args.data)[0]


class StoreMissing(Exception):
    """The store folder does not exist; `main` prints the message and exits with status 2."""

    def __init__(self, root: Path) -> None:
        super().__init__(f"pressreader: the store folder {root} does not exist (use --data DIR)")
        self.root = root


class OpenStore(NamedTuple):
    root: Path
    library: Library
    report: RefreshReport


def open_store(
    args: argparse.Namespace, err: Console, *, root: Path | None = None, rebuild: bool = False
) -> OpenStore:
    """The preamble of every command that reads a store: find it, refuse a missing one, open it."""
    root = root if root is not None else store_path(args)
    if not root.is_dir():
        raise StoreMissing(root)
    library, report = open_library(root, err, rebuild=rebuild)
    return OpenStore(root, library, report)


def open_library(
    root: Path, console: Console, rebuild: bool = False
) -> tuple[Library, RefreshReport]:
    """Open a store's index and bring it up to date, with a progress bar on a terminal."""
    library = Library(root)
    with progress_bar(console, "Indexing") as bar:
        report = library.refresh(progress=bar.update if bar.shown else None, rebuild=rebuild)
    for notice in dict.fromkeys(report.notices):
        console.print(Text(f"pressreader: {notice}", style="yellow"), soft_wrap=True)
    return library, report


# ---------------------------------------------------------------------------- progress


class Bar:
    """One task of a progress bar: `update(done, total)` or `advance(n)`."""

    def __init__(self, progress: Progress, shown: bool) -> None:
        self.shown = shown
        self._progress = progress
        self._task = progress.add_task("task", total=None)

    def update(self, done: int, total: int) -> None:
        self._progress.update(self._task, completed=done, total=total)

    def advance(self, n: int) -> None:
        self._progress.advance(self._task, n)


@contextmanager
def progress_bar(console: Console, label: str, *, enabled: bool = True) -> Iterator[Bar]:
    """A transient progress bar ("Indexing ━━━ 3/40 0:00:01") on `console` (stderr).

    Drawn only when `enabled` and the console is a terminal; otherwise nothing is written.
    """
    shown = enabled and console.is_terminal
    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not shown,
    ) as progress:
        yield Bar(progress, shown)


def query_error(error: QueryError, query: str, err: Console) -> int:
    """Say what is wrong with a query and where (a caret under the column); exit status 2."""
    err.print(Text(f"pressreader: cannot read the query: {error.message}"), soft_wrap=True)
    err.print(Text(f"  {query}\n  {' ' * error.position}^"), soft_wrap=True)
    return 2
