"""The disposable index beside a store: parsed releases and a full-text index in one SQLite file.

The YAML files stay the only source of truth. The index caches what parsing them gave (release
summaries for the list, whole releases as JSON for the detail pane, each file's problems) and an FTS5
full-text index for search. It lives in the user's cache folder, keyed by the store's path; it is
refreshed by comparing file sizes and modification times, and rebuilt whenever it cannot be trusted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import re
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from pressreader.model import Release, release_from_dict
from pressreader.search import parse_query
from pressreader.store import Problem, read_release, scan_stat

SCHEMA_VERSION = 5
# Row keys are date.toordinal() << SEQ_BITS | n: in rowid order the index is in date order, so
# "newest first" is a backwards walk of any result, with no sort.
SEQ_BITS = 22
BATCH = 250  # files parsed between two commits (and two progress reports)
FIRST_BATCH = 48
COMMIT_EVERY = 2000  # parsed files per transaction while building  # parsed before anything else, so a cold open shows releases at once
FTS_COLUMNS = ("title", "summary", "body", "speakers", "topics", "source")
# bm25 weights per column: a word in the title counts most, then speakers, topics and the lead.
_COLS = ", ".join(FTS_COLUMNS)
_MARKS = ", ?" * len(FTS_COLUMNS)
BM25 = "bm25(fts, 10.0, 4.0, 1.0, 5.0, 5.0, 3.0)"

_SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, problems TEXT);
CREATE TABLE releases (
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL,
    source TEXT, topics TEXT, path TEXT NOT NULL
);
CREATE TABLE docs (rid INTEGER PRIMARY KEY, doc TEXT NOT NULL);
CREATE INDEX releases_id ON releases(id);
CREATE INDEX releases_title ON releases(title COLLATE NOCASE);
CREATE INDEX releases_path ON releases(path);
CREATE VIRTUAL TABLE fts USING fts5({", ".join(FTS_COLUMNS)}, content='',
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO fts(fts, rank) VALUES ('automerge', 8);
"""


def default_cache_dir() -> Path:
    """The cache folder: $PRESSREADER_CACHE, else the platform's user cache folder."""
    env = os.environ.get("PRESSREADER_CACHE")
    return Path(env) if env else Path(platformdirs.user_cache_dir("pressreader"))


def index_path_for(root: Path, cache_dir: Path | None = None) -> Path:
    """Where the index of the store at `root` lives."""
    key = hashlib.sha256(str(root).encode()).hexdigest()[:16]
    return (cache_dir or default_cache_dir()) / f"index-{key}.sqlite"


@dataclass(frozen=True, slots=True)
class Summary:
    """What the list shows of a release."""

    rid: int
    id: str
    title: str
    date: str
    source: str | None
    topics: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "topics": list(self.topics),
        }


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


@dataclass(frozen=True, slots=True)
class _Parsed:
    path: str
    size: int
    mtime_ns: int
    doc: str | None  # the release as JSON
    fields: tuple[str, ...] | None  # the summary columns: id, title, date, source, topics
    text: tuple[str, ...] | None  # the FTS columns
    problems: str  # JSON list


def _listing(root: str) -> list[tuple[str, int, int]]:
    return list(scan_stat(Path(root))) if Path(root).is_dir() else []


def start_scan(root: Path) -> Future[list[tuple[str, int, int]]]:
    """Read a store's folder (names, sizes, times) in another process; `refresh(listing=…)` uses it.

    The reader starts this before its window is up, so the folder is read on the other core while
    Textual starts (in a thread it would compete with the interface for the interpreter lock).
    """
    ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    pool = ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    try:
        future = pool.submit(_listing, str(root))
    finally:
        pool.shutdown(wait=False)
    return future


def _parse_file(item: tuple[str, int, int, str | None]) -> _Parsed:
    """Parse one file into what the index stores (runs in worker processes)."""
    path, size, mtime_ns, default_id = item
    release, problems = read_release(Path(path), default_id)
    if release is None and problems and problems[0].message.startswith(_IO_FAILURES):
        size = mtime_ns = -1  # not the file's content: try again next time (after a chmod, say)
    probs = json.dumps([p.to_dict() for p in problems])
    if release is None:
        return _Parsed(path, size, mtime_ns, None, None, None, probs)
    data = release.to_dict()
    data["path"] = path
    text = release.search_text()
    fields = (
        release.id,
        release.title,
        release.date.isoformat(),
        release.source or "",
        json.dumps(list(release.topics)),
    )
    return _Parsed(
        path,
        size,
        mtime_ns,
        json.dumps(data, ensure_ascii=False),
        fields,
        tuple(text[c] for c in FTS_COLUMNS),
        probs,
    )


_IO_FAILURES = ("cannot read the file", "the file disappeared")


def _parse_chunk(items: list[tuple[str, int, int, str | None]]) -> list[_Parsed]:
    return [_parse_file(item) for item in items]


class IndexError_(Exception):
    """The index file cannot be used (corrupt, foreign or unwritable)."""


class Library:
    """A store opened for reading: list, search, releases by id, problems; backed by the index."""

    def __init__(self, root: Path, db_path: Path | None = None) -> None:
        self.root = Path(root).expanduser().resolve()
        self.db_path = db_path or index_path_for(self.root)
        self.notices: list[str] = []
        # One connection per role, each behind its lock: the list reads while a search runs
        # (and can be interrupted) and a refresh writes.
        self._conns: dict[str, sqlite3.Connection] = {}
        self._next: dict[int, int] = {}  # next free row key per day, while writing
        self._locks = {role: threading.RLock() for role in ("read", "search", "write")}
        self._open()

    # ------------------------------------------------------------------ connections

    @contextlib.contextmanager
    def _use(self, role: str) -> Iterator[sqlite3.Connection]:
        with self._locks[role]:
            conn = self._conns.get(role)
            if conn is None:
                conn = sqlite3.connect(self.db_path, timeout=30, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                # A bigger page cache for the writer while building; the readers keep the default.
                if role == "write":
                    conn.execute("PRAGMA cache_size=-32768")
                self._conns[role] = conn
            yield conn

    def _open(self) -> None:
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            self._check_or_create()
        except (sqlite3.DatabaseError, OSError, IndexError_) as exc:
            self.notices.append(
                f"The index at {self.db_path} could not be used ({exc}); rebuilding it."
            )
            self._reset()

    def _check_or_create(self) -> None:
        with self._use("write") as conn:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                with conn:
                    conn.executescript(_SCHEMA)
                    conn.executemany(
                        "INSERT INTO meta VALUES (?, ?)",
                        [("version", str(SCHEMA_VERSION)), ("root", str(self.root))],
                    )
                return
            if "meta" not in tables:
                raise IndexError_("not a pressreader index")
            meta = dict(conn.execute("SELECT key, value FROM meta"))
            if meta.get("version") != str(SCHEMA_VERSION):
                raise IndexError_(f"index version {meta.get('version')}, expected {SCHEMA_VERSION}")
            if meta.get("root") != str(self.root):
                raise IndexError_("the index belongs to another store")
            conn.execute("SELECT count(*) FROM releases").fetchone()

    def _reset(self, elsewhere: bool = False) -> None:
        """Throw the index away and start an empty one; in a temporary folder if need be.

        Every role's lock is held throughout, so no other thread opens the old file meanwhile.
        """
        with contextlib.ExitStack() as held:
            for role in sorted(self._locks):
                held.enter_context(self._locks[role])
            self.close()
            self._next.clear()
            try:
                if elsewhere:
                    raise OSError("the index could not be written there")
                for suffix in ("", "-wal", "-shm"):
                    Path(str(self.db_path) + suffix).unlink(missing_ok=True)
                self.close()  # a connection opened meanwhile still points at the old file
                self._check_or_create()
            except (sqlite3.DatabaseError, OSError, IndexError_) as exc:
                self.close()
                self.db_path = Path(tempfile.mkdtemp(prefix="pressreader-")) / "index.sqlite"
                self.notices.append(
                    f"The cache folder cannot hold the index ({exc}); using {self.db_path} for now."
                )
                self._check_or_create()

    def close(self) -> None:
        """Close every connection (they reopen on the next use)."""
        for role in sorted(self._locks):
            with self._locks[role]:
                conn = self._conns.pop(role, None)
                if conn is not None:
                    with contextlib.suppress(sqlite3.Error):
                        conn.close()

    # ------------------------------------------------------------------ refresh

    def refresh(
        self,
        progress: Callable[[int, int], None] | None = None,
        rebuild: bool = False,
        workers: int | None = None,
        listing: Future[list[tuple[str, int, int]]] | None = None,
    ) -> RefreshReport:
        """Bring the index up to date with the files; `progress(done, total)` after each batch.

        `total` is 0 while the folder is still being read. `listing` is a folder read started
        earlier with `start_scan(root)`.
        """
        report = RefreshReport(notices=list(self.notices))
        if rebuild:
            self._reset()
            report.rebuilt = True
        files = listing.result() if listing is not None else None
        try:
            self._refresh(report, progress, workers, files)
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
        return report

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
                done = self._commit(_parse_chunk(todo), report)
                if progress:
                    progress(done, 0)  # the total is not known yet
        todo = todo[done:]
        gone = [p for p in known if p not in present]
        report.files = len(present)
        if gone:
            with self._use("write") as conn, conn:
                for path in gone:
                    self._forget(conn, path)
            report.removed = len(gone)
        if not todo:
            if progress:
                progress(done, done)
            return
        total = done + len(todo)
        pending: list[_Parsed] = []
        last_commit = time.monotonic()
        for batch in self._parse_all(todo, workers):
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
                self._forget(conn, item.path)
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
                rows.append((self._next_rid(conn, item.fields[2]), item))
            rows.sort(key=lambda row: row[0])
            conn.executemany(
                "INSERT INTO releases (rid, id, title, date, source, topics, path) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(rid, *item.fields, item.path) for rid, item in rows],
            )
            conn.executemany("INSERT INTO docs VALUES (?, ?)", [(rid, i.doc) for rid, i in rows])
            conn.executemany(
                f"INSERT INTO fts(rowid, {_COLS}) VALUES (?{_MARKS})",
                [(rid, *item.text) for rid, item in rows],
            )
        return len(parsed)

    def _parse_all(
        self, todo: list[tuple[str, int, int, str | None]], workers: int | None
    ) -> Iterator[list[_Parsed]]:
        """Parse small jobs here, large ones on every core."""
        workers = workers if workers is not None else (os.cpu_count() or 1)
        chunks = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)]
        if workers <= 1 or len(chunks) == 1:
            for chunk in chunks:
                yield _parse_chunk(chunk)
            return
        ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            yield from pool.map(_parse_chunk, chunks)

    @staticmethod
    def _forget(conn: sqlite3.Connection, path: str) -> None:
        rows = conn.execute(
            "SELECT r.rid, d.doc FROM releases r JOIN docs d ON d.rid = r.rid WHERE r.path = ?",
            (path,),
        ).fetchall()
        for rid, doc in rows:
            text = release_from_dict(json.loads(doc)).search_text()
            conn.execute(
                f"INSERT INTO fts(fts, rowid, {_COLS}) VALUES ('delete', ?{_MARKS})",
                (rid, *(text[c] for c in FTS_COLUMNS)),
            )
            conn.execute("DELETE FROM releases WHERE rid = ?", (rid,))
            conn.execute("DELETE FROM docs WHERE rid = ?", (rid,))
        conn.execute("DELETE FROM files WHERE path = ?", (path,))

    def _next_rid(self, conn: sqlite3.Connection, iso_date: str) -> int:
        """The next free row key of a date (its day number, shifted, plus a counter)."""
        base = dt.date.fromisoformat(iso_date).toordinal() << SEQ_BITS
        nxt = self._next.get(base)
        if nxt is None:
            (top,) = conn.execute(
                "SELECT max(rid) FROM releases WHERE rid >= ? AND rid < ?",
                (base, base + (1 << SEQ_BITS)),
            ).fetchone()
            nxt = base if top is None else top + 1
        self._next[base] = nxt + 1
        return nxt

    # ------------------------------------------------------------------ reading

    @property
    def count(self) -> int:
        """How many releases the store holds."""
        with self._use("read") as conn:
            return conn.execute("SELECT count(*) FROM releases").fetchone()[0]

    def search(self, query: str = "", order: str = "date") -> list[int]:
        """Row keys of the releases matching `query`, newest first or by relevance.

        Raises sqlite3.OperationalError("interrupted") when `interrupt()` cut it short.
        """
        parsed = parse_query(query)
        with self._use("search") as conn:
            if parsed.empty:
                rows = conn.execute("SELECT rid FROM releases ORDER BY rid DESC")
            elif order == "relevance":
                rows = conn.execute(
                    f"SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY {BM25}", (parsed.fts(),)
                )
            else:
                rows = conn.execute(
                    "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC", (parsed.fts(),)
                )
            return [row[0] for row in rows]

    def interrupt(self) -> None:
        """Abort a search running in another thread (a newer keystroke supersedes it)."""
        conn = self._conns.get("search")
        if conn is not None:
            conn.interrupt()

    def summaries(self, rids: Iterable[int]) -> dict[int, Summary]:
        """The list columns of the given releases."""
        rids = list(rids)
        found: dict[int, Summary] = {}
        with self._use("read") as conn:
            for i in range(0, len(rids), 500):
                chunk = rids[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for rid, rel_id, title, date, source, topics in conn.execute(
                    "SELECT rid, id, title, date, source, topics FROM releases "
                    f"WHERE rid IN ({marks})",
                    chunk,
                ):
                    found[rid] = Summary(
                        rid, rel_id, title, date, source or None, tuple(json.loads(topics))
                    )
        return found

    def release(self, rid: int) -> Release | None:
        """The whole release behind a row key."""
        with self._use("read") as conn:
            row = conn.execute("SELECT doc FROM docs WHERE rid = ?", (rid,)).fetchone()
        return release_from_dict(json.loads(row[0])) if row else None

    def rid_of(self, release_id: str) -> int | None:
        """The row key of a release id (the first file, when an id is duplicated)."""
        with self._use("read") as conn:
            row = conn.execute(
                "SELECT rid FROM releases WHERE id = ? ORDER BY path LIMIT 1", (release_id,)
            ).fetchone()
        return row[0] if row else None

    def resolve(self, ref: str | None) -> int | None:
        """The row key a related link points to: an id, else an exact (case-blind) title."""
        if not ref:
            return None
        rid = self.rid_of(ref)
        if rid is not None:
            return rid
        with self._use("read") as conn:
            row = conn.execute(
                "SELECT rid FROM releases WHERE title = ? COLLATE NOCASE "
                "ORDER BY date DESC LIMIT 1",
                (ref,),
            ).fetchone()
        return row[0] if row else None

    def resolve_id(self, ref: str | None) -> str | None:
        """The id a related link points to, or None."""
        rid = self.resolve(ref)
        summary = self.summaries([rid]).get(rid) if rid is not None else None
        return summary.id if summary else None

    def problems(self) -> list[Problem]:
        """Every file problem, plus duplicate ids across files."""
        with self._use("read") as conn:
            rows = conn.execute(
                "SELECT problems FROM files WHERE problems != '[]' ORDER BY path"
            ).fetchall()
            # The covering index finds duplicated ids quickly; their paths are few.
            dup_ids = [
                row[0]
                for row in conn.execute("SELECT id FROM releases GROUP BY id HAVING count(*) > 1")
            ]
            dups = [
                (
                    rel_id,
                    "\n".join(
                        p
                        for (p,) in conn.execute(
                            "SELECT path FROM releases WHERE id = ?", (rel_id,)
                        )
                    ),
                )
                for rel_id in dup_ids
            ]
        found = [Problem(**p) for (probs,) in rows for p in json.loads(probs)]
        for rel_id, paths in dups:
            first, *others = sorted(paths.split("\n"))
            for path in others:
                found.append(
                    Problem(
                        path,
                        None,
                        None,
                        f"the id '{rel_id}' is also used by {first}; links to it open that one: "
                        "give this release its own id",
                        "warning",
                    )
                )
        return found

    def releases(self) -> Iterator[Release]:
        """Every release, in path order (for checks and exports over the whole store)."""
        with self._use("read") as conn:
            docs = [
                doc
                for (doc,) in conn.execute(
                    "SELECT d.doc FROM releases r JOIN docs d ON d.rid = r.rid ORDER BY r.path"
                )
            ]
        for doc in docs:
            yield release_from_dict(json.loads(doc))

    def link_problems(self) -> list[Problem]:
        """Related links that resolve to nothing (reads every release: for `check`)."""
        found = []
        for release in self.releases():
            rel = release.related
            refs = [("previous", rel.previous), ("next", rel.next)]
            refs += [("see_also", ref) for ref in rel.see_also]
            for name, ref in refs:
                if ref and self.resolve(ref) is None:
                    found.append(
                        Problem(
                            release.path or release.id,
                            None,
                            None,
                            f"related '{name}' link {ref!r} matches no release id or title; "
                            "it is shown as plain text",
                            "warning",
                        )
                    )
        return found

    def id_map(self) -> dict[int, str]:
        """Row key → release id for the whole store (for filters by read state and stars)."""
        with self._use("read") as conn:
            return dict(conn.execute("SELECT rid, id FROM releases"))

    def similar(self, release: Release, limit: int = 5) -> list[Summary]:
        """The releases most related to `release`: shared words, topics and source.

        Full-text search ranks candidates by the release's distinctive words (title, topics,
        speakers); shared topics and the same publisher then move a candidate up.
        """
        words = _keywords(release)
        if not words:
            return []
        expr = " OR ".join(f'"{w}"' for w in words)
        with self._use("search") as conn:
            rows = conn.execute(
                f"SELECT rowid, {BM25} FROM fts WHERE fts MATCH ? ORDER BY {BM25} LIMIT 60",
                (expr,),
            ).fetchall()
        candidates = self.summaries(rid for rid, _ in rows)
        own_topics = {t.lower() for t in release.topics}
        scored = []
        for position, (rid, _) in enumerate(rows):
            summary = candidates.get(rid)
            if summary is None or summary.id == release.id:
                continue
            shared = len(own_topics & {t.lower() for t in summary.topics})
            same_source = bool(release.source) and summary.source == release.source
            scored.append((position - 8 * shared - 4 * same_source, rid))
        scored.sort()
        return [candidates[rid] for _, rid in scored[:limit]]


_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "their",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
        "new",
        "after",
        "over",
        "under",
        "more",
        "than",
        "says",
        "said",
        "announces",
        "announced",
        "statement",
        "release",
        "press",
        "office",
        "department",
        "minister",
        "ministry",
    ]
)


def _keywords(release: Release, limit: int = 12) -> list[str]:
    """The words a related release would share: the title's, the topics', the speakers'."""
    text = " ".join(
        [release.title, " ".join(release.topics), *(q.speaker or "" for q in release.quotes)]
    )
    seen: list[str] = []
    for token in re.findall(r"\w+", text.lower()):
        if (
            len(token) >= 4
            and token not in _STOPWORDS
            and not token.isdigit()
            and token not in seen
        ):
            seen.append(token)
    return seen[:limit]
