"""Bringing the index up to date with a few paths that changed, without reading the whole folder.

A file watcher (pressreader/watching.py) says which paths changed; this compares only those (and
what is under a folder among them) with the index, by size and modification time like a full
refresh, parses what is new or changed and forgets what is gone. At 100,000 files a full refresh
lists the whole folder; this costs what changed. Small batches are parsed on this thread, larger
ones in worker processes (so a reader's interface keeps the interpreter to itself).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from pressreader.index.building import Builder, RefreshReport, _forget
from pressreader.index.parsing import _parse_chunk, _Parsed, _pool
from pressreader.store import SUFFIXES, scan_stat

IN_THREAD = 4  # up to this many changed files are parsed on the calling thread
CHUNK = 64  # files a worker process parses at a time


def release_path(root: Path, path: str) -> bool:
    """Whether `path` can be a release file of the store at `root`: a .yaml/.yml file with no hidden
    part (the store's own `.pressreader/` folder, editors' `.name.swp`, `.name.tmp` files written
    atomically) and no editor backup (`name.yaml~`)."""
    try:
        rel = Path(path).relative_to(root)
    except ValueError:
        return False
    if any(part.startswith(".") for part in rel.parts):
        return False
    return path.endswith(SUFFIXES)


SCRATCH = ("~", ".tmp", ".swp", ".swx", ".part", ".crdownload", ".lock", ".orig", ".rej")


def relevant(root: Path, path: str) -> bool:
    """Whether a change at `path` may concern the index: a release file, or what may be a folder
    of them (a folder moved in or out, a `git checkout`; a folder that is gone cannot be asked),
    never under a hidden folder and never an editor's or a download's scratch file."""
    try:
        rel = Path(path).relative_to(root)
    except ValueError:
        return False
    if not rel.parts or any(part.startswith(".") for part in rel.parts):
        return False
    name = rel.name
    if path.endswith(SUFFIXES):
        return True
    if name.endswith(SCRATCH) or name.startswith("#"):
        return False
    # Another file (README.md): not a release. A folder is asked; one that is gone cannot be,
    # so a name without a suffix counts as one.
    return "." not in name or os.path.isdir(path)


def refresh_paths(builder: Builder, paths: Iterable[str], settle: bool = True) -> RefreshReport:
    """Bring the index up to date with `paths` (absolute, under the store); what was done.

    `settle=False` leaves the tables derived from all releases (speakers, copies grouped) to a
    later `builder._after_refresh(report)`: the new releases can be listed and searched before.
    sqlite3's and OSError pass (Library.refresh_paths translates them).
    """
    root = builder.root
    report = RefreshReport()
    builder._next.clear()  # another process may have written since
    wanted = sorted({p for p in paths if relevant(root, p)})
    if not wanted:
        return report
    present: dict[str, tuple[int, int]] = {}
    under: list[str] = []  # folders among the paths: every known file under them is compared
    for path in wanted:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            under.append(path)  # gone: a file, or a folder with files
            continue
        except OSError:
            if release_path(root, path):
                present[path] = (-1, -1)
            continue
        if os.path.isdir(path):
            under.append(path)
            present.update((p, (s, m)) for p, s, m in scan_stat(Path(path)))
        elif release_path(root, path):
            present[path] = (st.st_size, st.st_mtime_ns)
    with builder._use("write") as conn:
        known: dict[str, tuple[int, int]] = {}
        for path in [*present, *wanted]:
            row = conn.execute("SELECT size, mtime_ns FROM files WHERE path = ?", (path,))
            if (found := row.fetchone()) is not None:
                known[path] = (found[0], found[1])
        for folder in under:
            prefix = folder.rstrip(os.sep) + os.sep
            rows = conn.execute(
                "SELECT path, size, mtime_ns FROM files WHERE path >= ? AND path < ?",
                (prefix, prefix[:-1] + chr(ord(os.sep) + 1)),
            )
            known.update((p, (s, m)) for p, s, m in rows)
    gone = [p for p in known if p not in present]
    todo: list[tuple[str, int, int, str | None]] = [
        (p, s, m, None) for p, (s, m) in present.items() if known.get(p) != (s, m)
    ]
    report.files = len(present)
    report.unchanged = len(present) - len(todo)
    if gone:
        with builder._use("write") as conn, conn:
            for path in gone:
                _forget(conn, path)
        report.removed = len(gone)
    if todo:
        builder._commit(_parse(todo), report)
    if settle:
        builder._after_refresh(report)
    return report


def _parse(todo: list[tuple[str, int, int, str | None]]) -> list[_Parsed]:
    """Parse a few files here, more of them in worker processes (at most two: the reader's own
    process and the one writing the files need the other cores)."""
    if len(todo) <= IN_THREAD:
        return _parse_chunk(todo, sign=False)  # signed when settled: datasketch loads slowly
    chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
    workers = max(1, min(2, (os.cpu_count() or 1), len(chunks)))
    with _pool(workers) as pool:
        return [p for batch in pool.map(_parse_chunk, chunks) for p in batch]


__all__ = ["refresh_paths", "relevant", "release_path"]
