"""What the index stores of one file, made where the file is parsed (worker processes or here):
its summary columns, full-text columns, packed JSON, quote and figure rows and duplicate signature.

`parsed_release` is shared with the import, which hands over what it wrote (`Builder.record`);
`_parse_all` parses a list of files in batches, on every core when there are many.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pressreader.index import duplicates
from pressreader.index.schema import FTS_COLUMNS, pack_doc
from pressreader.model import Release
from pressreader.pool import process_pool
from pressreader.store import Problem, read_release, scan_stat
from pressreader.tables import FIGURE_COLUMNS, QUOTE_COLUMNS, figure_rows, quote_rows

BATCH = 250  # files parsed between two commits (and two progress reports)
_IO_FAILURES = ("cannot read the file", "the file disappeared")


@dataclass(frozen=True, slots=True)
class _Parsed:
    path: str
    size: int
    mtime_ns: int
    doc: bytes | None  # the release as JSON, packed (schema.pack_doc) where it was parsed
    fields: tuple[object, ...] | None  # the summary columns: id, title, date, source, topics
    text: tuple[str, ...] | None  # the FTS columns
    problems: str  # JSON list
    quotes: tuple[tuple[object, ...], ...] = ()  # tables.quote_rows, as table rows
    figures: tuple[tuple[object, ...], ...] = ()  # tables.figure_rows, as table rows
    sig: bytes = b""  # duplicates.signature: finds the same release published twice
    bands: tuple[int, ...] = ()  # duplicates.bands_of(sig), its buckets


def _listing(root: str) -> list[tuple[str, int, int]]:
    return list(scan_stat(Path(root))) if Path(root).is_dir() else []


def _pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers exit when this process dies (even by kill -9)."""
    return process_pool(workers)


def start_scan(root: Path) -> Future[list[tuple[str, int, int]]]:
    """Read a store's folder (names, sizes, times) in another process; `refresh(listing=…)` uses it.

    The reader starts this before its window is up, so the folder is read on the other core while
    Textual starts (in a thread it would compete with the interface for the interpreter lock).
    """
    pool = _pool(1)
    try:
        future = pool.submit(_listing, str(root))
    finally:
        pool.shutdown(wait=False)
    return future


def _parse_file(item: tuple[str, int, int, str | None], sign: bool = True) -> _Parsed:
    """Parse one file into what the index stores (runs in worker processes)."""
    path, size, mtime_ns, default_id = item
    release, problems = read_release(Path(path), default_id)
    if release is None and problems and problems[0].message.startswith(_IO_FAILURES):
        size = mtime_ns = -1  # not the file's content: try again next time (after a chmod, say)
    return parsed_release(release, problems, path, size, mtime_ns, sign)


def parsed_release(
    release: Release | None,
    problems: list[Problem],
    path: str,
    size: int,
    mtime_ns: int,
    sign: bool = True,
) -> _Parsed:
    """What the index stores of a file read into `release` (None: unreadable) and `problems`.

    The import hands these over for the files it writes (`Builder.record`), so the index need
    not read them again. Without `sign` the duplicate signature is left for `_after_refresh`
    (the first releases of a cold open, parsed where the reader waits for them).
    """
    probs = json.dumps([p.to_dict() for p in problems])
    if release is None:
        return _Parsed(path, size, mtime_ns, None, None, None, probs)
    data = release.to_dict()
    data.pop("quotes", None)  # derived from the body again when read: no need to keep it twice
    data["path"] = path
    text = release.search_text()
    quotes = tuple(
        tuple(json.dumps(row[c]) if c == "parts" and row[c] else row[c] for c in QUOTE_COLUMNS)
        for row in quote_rows(release)
    )
    figures = tuple(tuple(row[c] for c in FIGURE_COLUMNS) for row in figure_rows(release))
    stats = sum(1 for row in figures if row[0] == "stats")
    fields = (
        release.id,
        release.title,
        release.date.isoformat(),
        release.source or "",
        json.dumps(list(release.topics)),
        len(quotes),
        stats,
        int(release.date_certain),
    )
    sig = duplicates.signature(release) if sign else b""
    return _Parsed(
        path,
        size,
        mtime_ns,
        pack_doc(json.dumps(data, ensure_ascii=False)),
        fields,
        tuple(text[c] for c in FTS_COLUMNS),
        probs,
        quotes,
        figures,
        sig,
        duplicates.buckets(sig) if sig else (),
    )


def _parse_chunk(items: list[tuple[str, int, int, str | None]], sign: bool = True) -> list[_Parsed]:
    return [_parse_file(item, sign) for item in items]


def _parse_all(
    todo: list[tuple[str, int, int, str | None]], workers: int | None
) -> Iterator[list[_Parsed]]:
    """Parse small jobs here, large ones on every core."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    chunks = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)]
    if workers <= 1 or len(chunks) == 1:
        for chunk in chunks:  # here, where the reader may be waiting: signed after (_after_refresh)
            yield _parse_chunk(chunk, sign=False)
        return
    with _pool(workers) as pool:
        yield from pool.map(_parse_chunk, chunks)
