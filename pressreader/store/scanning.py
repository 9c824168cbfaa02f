"""Finding the release files of a store: every .yaml/.yml file under its folder, hidden ones skipped."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

SUFFIXES = (".yaml", ".yml")


def scan_stat(root: Path) -> Iterator[tuple[str, int, int]]:
    """(path, size, mtime_ns) of every release file under `root`, recursively, in no set order.

    Hidden files and folders are skipped; a symlink loop is entered once; a file that cannot be
    stat'ed is reported with size and mtime -1 (so it is read, and its problem reported).
    """
    seen: set[tuple[int, int]] = set()
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(entry.path)
            elif entry.name.endswith(SUFFIXES):
                # A dangling or looping link is yielded too, so reading it reports the problem.
                try:
                    if not entry.is_file() and not entry.is_symlink():
                        continue
                    info = entry.stat()
                    yield entry.path, info.st_size, info.st_mtime_ns
                except OSError:
                    yield entry.path, -1, -1
        stack.extend(reversed(subfolders))


def scan(root: Path) -> list[Path]:
    """Every release file under `root`, sorted (see scan_stat)."""
    return sorted(Path(path) for path, _, _ in scan_stat(root))
