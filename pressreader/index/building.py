"""Bringing the index up to date with the files: compare sizes and times, parse what changed
(parsing.py), write it.

A refresh lists the store's files (scan_stat), parses the new and changed ones (in worker processes
when there are many) and writes them in few, large transactions, in row-key order; files gone from
the folder are forgotten. A damaged index is rebuilt, and built in a temporary folder when the cache
folder cannot hold it.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field

from pressreader.index import duplicates, speakers
from pressreader.index import figures as figure_table
from pressreader.index.database import Database
from pressreader.index.parsing import (  # re-exported: the import and changes.py use them here
    _parse_all,
    _parse_chunk,
    _Parsed,
    parsed_release,
    start_scan,
)
from pressreader.index.schema import COLS, FTS_COLUMNS, MARKS, SEQ_BITS, day_key, unpack_doc
from pressreader.model import release_from_dict
from pressreader.store import scan_stat
from pressreader.tables import FIGURE_COLUMNS, QUOTE_COLUMNS

__all__ = ["Builder", "RefreshReport", "parsed_release", "start_scan"]

FIRST_BATCH = 48  # parsed before anything else, so a cold open shows releases at once
COMMIT_EVERY = 2000  # parsed files per transaction while building
# What an import remembers of each feed entry it wrote, so that an entry that has not changed
# is known before it is analysed again (a cache like the rest of the index: lost with it).
_IMPORT_ITEMS = """CREATE TABLE IF NOT EXISTS import_items (
    key TEXT PRIMARY KEY, digest TEXT NOT NULL, id TEXT NOT NULL, path TEXT NOT NULL,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, doc TEXT NOT NULL) WITHOUT ROWID"""


@dataclass
class RefreshReport:
    """What a refresh did."""

    files: int = 0
    parsed: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: int = 0
    rebuilt: bool = False
    notices: list[str] = field(default_factory=list)


def _forget(conn: sqlite3.Connection, path: str) -> None:
    """Remove a file's releases from every table (FTS5 needs the indexed text to delete it)."""
    rows = conn.execute(
        "SELECT r.rid, d.doc FROM releases r JOIN docs d ON d.rid = r.rid WHERE r.path = ?",
        (path,),
    ).fetchall()
    for rid, doc in rows:
        text = release_from_dict(json.loads(unpack_doc(doc))).search_text()
        conn.execute(
            f"INSERT INTO fts(fts, rowid, {COLS}) VALUES ('delete', ?{MARKS})",
            (rid, *(text[c] for c in FTS_COLUMNS)),
        )
        for table in ("releases", "docs", "quotes", "figures"):
            conn.execute(f"DELETE FROM {table} WHERE rid = ?", (rid,))
        duplicates.forget(conn, rid)
    conn.execute("DELETE FROM files WHERE path = ?", (path,))


class Builder(Database):
    """A Database that brings itself up to date with the store's files (`_build`)."""

    def _build(
        self,
        progress: Callable[[int, int], None] | None = None,
        rebuild: bool = False,
        workers: int | None = None,
        listing: Future[list[tuple[str, int, int]]] | None = None,
        settle: bool = True,
    ) -> RefreshReport:
        """Library.refresh without the translation of errors: sqlite3's and OSError pass.

        `settle=False` leaves the tables derived from all releases (and the signatures of files
        parsed here) to `_after_refresh`, so that a caller can show the files first."""
        report = RefreshReport(notices=list(self.notices))
        if rebuild:
            self._reset()
            report.rebuilt = True
        files = listing.result() if listing is not None else None
        try:
            self._refresh(report, progress, workers, files)
            if settle:
                self._after_refresh(report)
        except sqlite3.DatabaseError as exc:
            report.notices.append(f"The index was damaged ({exc}); rebuilding it from the files.")
            self._reset()
            report.rebuilt = True
            try:
                self._refresh(report, progress, workers, files)
            except sqlite3.DatabaseError as again:
                # Still failing (a full disk): build it in a temporary folder instead.
                report.notices.append(f"The cache folder cannot hold the index ({again}).")
                self._reset(elsewhere=True)
                report.notices.append(f"Using a temporary index at {self.db_path}.")
                self._refresh(report, progress, workers, files)
                self._after_refresh(report)
        return report

    def record(self, parsed: list[_Parsed]) -> None:
        """Store files the caller has just written and read (`parsed_release`, with the size and
        time the file has now), so that the next refresh finds them unchanged; the tables
        derived from all releases follow at that refresh."""
        if parsed:
            self._commit(parsed, RefreshReport())
            self._recorded = True

    def import_item(self, key: str, digest: str) -> tuple[str, str, str] | None:
        """(id, path, doc digest) of the release an import made of the entry `key` when its
        digest was `digest`, if that file is still in the index as it was written; else None."""
        with self._use("write") as conn:
            try:
                row = conn.execute(
                    "SELECT i.id, i.path, i.doc FROM import_items i JOIN files f "
                    "ON f.path = i.path AND f.size = i.size AND f.mtime_ns = i.mtime_ns "
                    "WHERE i.key = ? AND i.digest = ?",
                    (key, digest),
                ).fetchone()
            except sqlite3.OperationalError:  # no such table yet
                return None
        return row

    def remember_import_items(self, rows: list[tuple[str, str, str, str, int, int, str]]) -> None:
        """(key, digest, id, path, size, mtime_ns, doc digest) of entries just imported."""
        if rows:
            with self._use("write") as conn, conn:
                conn.execute(_IMPORT_ITEMS)
                conn.executemany(
                    "INSERT OR REPLACE INTO import_items VALUES (?, ?, ?, ?, ?, ?, ?)", rows
                )

    def _fresh_speakers(self) -> None:
        """Rebuild the speakers table if a refresh changed the quotes since it was built."""
        self._fresh("speakers_stale", speakers.rebuild)

    def _fresh_units(self) -> None:
        """Count the figures' units again if a refresh changed the figures since."""
        self._fresh("units_stale", figure_table.rebuild_units)

    def _fresh(self, flag: str, rebuild: Callable[[sqlite3.Connection], None]) -> None:
        """Run `rebuild` if the meta `flag` says a refresh left its table stale."""
        with self._use("write") as conn:
            stale = conn.execute("SELECT value FROM meta WHERE key = ?", (flag,)).fetchone()
        if stale and stale[0] == "1":
            with self._use("write") as conn, conn:
                rebuild(conn)
                conn.execute("INSERT OR REPLACE INTO meta VALUES (?, '0')", (flag,))

    def _after_refresh(self, report: RefreshReport) -> None:
        """Tables derived from all releases (the speakers) follow any change of the files."""
        added, self._added = self._added, []
        unsigned, self._unsigned = self._unsigned, []
        recorded, self._recorded = getattr(self, "_recorded", False), False
        if report.parsed or report.removed or report.rebuilt or recorded:
            with self._use("write") as conn, conn:
                duplicates.sign(conn, unsigned)
                duplicates.group(conn, added)
                # The speakers table is rebuilt when it is next read (Library.speakers): a
                # GROUP BY over every quote that a changed file need not wait for.
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('speakers_stale', '1')")
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('units_stale', '1')")
                figure_table.ensure(conn)  # the figures view's indexes

    def _refresh(
        self,
        report: RefreshReport,
        progress: Callable[[int, int], None] | None,
        workers: int | None,
        files: Iterable[tuple[str, int, int]] | None = None,
    ) -> None:
        self._next.clear()  # another process may have written since
        with self._use("write") as conn:
            known = {
                path: (size, mtime)
                for path, size, mtime in conn.execute("SELECT path, size, mtime_ns FROM files")
            }
        todo: list[tuple[str, int, int, str | None]] = []
        present: set[str] = set()
        done = 0
        if files is None:
            files = scan_stat(self.root) if self.root.is_dir() else []
        for key, size, mtime in files:
            present.add(key)
            if known.get(key) == (size, mtime):
                report.unchanged += 1
                continue
            todo.append((key, size, mtime, None))
            if len(todo) == FIRST_BATCH and not done:
                # A cold open: show the first releases before the rest of the folder is read.
                done = self._commit(_parse_chunk(todo, sign=False), report)
                if progress:
                    progress(done, 0)  # the total is not known yet
        todo = todo[done:]
        gone = [p for p in known if p not in present]
        report.files = len(present)
        if gone:
            with self._use("write") as conn, conn:
                for path in gone:
                    _forget(conn, path)
            report.removed = len(gone)
        if not todo:
            if progress:
                progress(done, done)
            return
        total = done + len(todo)
        pending: list[_Parsed] = []
        last_commit = time.monotonic()
        for batch in _parse_all(todo, workers):
            pending.extend(batch)
            # Few, large transactions build the full-text index fastest; but commit at least
            # every half second, so a cold open shows releases while the rest is parsed.
            if len(pending) < COMMIT_EVERY and time.monotonic() - last_commit < 0.5:
                continue
            done += self._commit(pending, report)
            pending, last_commit = [], time.monotonic()
            if progress:
                progress(done, total)
        if pending:
            done += self._commit(pending, report)
            if progress:
                progress(done, total)

    def _commit(self, parsed: list[_Parsed], report: RefreshReport) -> int:
        """Store parsed files in one transaction; how many there were.

        New rows go in ascending row-key order: FTS5 flushes its in-memory index whenever a row key
        is lower than the one before, and a build in random order is several times slower.
        """
        with self._use("write") as conn, conn:
            for item in parsed:
                _forget(conn, item.path)
            conn.executemany(
                "INSERT INTO files VALUES (?, ?, ?, ?)",
                [(i.path, i.size, i.mtime_ns, i.problems) for i in parsed],
            )
            rows = []
            for item in parsed:
                report.parsed += 1
                if item.doc is None or item.fields is None or item.text is None:
                    report.failed += 1
                    continue
                rows.append((self._next_rid(conn, str(item.fields[2])), item))
            rows.sort(key=lambda row: row[0])
            conn.executemany(
                "INSERT INTO releases (rid, id, title, date, source, topics, quotes, figures, "
                "certain, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(rid, *(item.fields or ()), item.path) for rid, item in rows],
            )
            conn.executemany(
                f"INSERT INTO quotes VALUES (?, ?{', ?' * len(QUOTE_COLUMNS)})",
                [(rid, n, *q) for rid, item in rows for n, q in enumerate(item.quotes)],
            )
            conn.executemany(
                f"INSERT INTO figures VALUES (?, ?{', ?' * len(FIGURE_COLUMNS)})",
                [(rid, n, *f) for rid, item in rows for n, f in enumerate(item.figures)],
            )
            duplicates.store(conn, [(rid, item.sig, item.bands) for rid, item in rows if item.sig])
            self._added.extend(rid for rid, _ in rows)
            self._unsigned.extend(rid for rid, item in rows if not item.sig)
            conn.executemany("INSERT INTO docs VALUES (?, ?)", [(rid, i.doc) for rid, i in rows])
            conn.executemany(
                f"INSERT INTO fts(rowid, {COLS}) VALUES (?{MARKS})",
                [(rid, *(item.text or ())) for rid, item in rows],
            )
        return len(parsed)

    def _next_rid(self, conn: sqlite3.Connection, iso_date: str) -> int:
        """The next free row key of a date (its day number, shifted, plus a counter)."""
        base = day_key(iso_date)
        nxt = self._next.get(base)
        if (
            nxt is not None
            and conn.execute("SELECT 1 FROM releases WHERE rid = ?", (nxt,)).fetchone()
        ):
            nxt = None  # another writer (the reader's live refresh, an import) took it meanwhile
        if nxt is None:
            (top,) = conn.execute(
                "SELECT max(rid) FROM releases WHERE rid >= ? AND rid < ?",
                (base, base + (1 << SEQ_BITS)),
            ).fetchone()
            nxt = base if top is None else top + 1
        self._next[base] = nxt + 1
        return nxt
