"""The index file opened: connections and their locks, checking it, and throwing it away.

`Database` owns the SQLite connections of one index (one per role, each behind its lock, so the list
reads while a search runs and a refresh writes), checks on opening that the file is a pressreader
index of this version and of this store, and otherwise deletes and recreates it (in a temporary
folder when the cache folder cannot hold it). It also turns sqlite3's errors into errors.py's.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from pressreader.errors import IndexUnavailable, PressreaderError, SearchFailed, SearchInterrupted
from pressreader.index.schema import SCHEMA, SCHEMA_VERSION, index_path_for

ROLES = ("read", "search", "write")


class Database:
    """The connections to the index of the store at `root` (in the cache folder by default)."""

    def __init__(self, root: Path, db_path: Path | None = None) -> None:
        self.root = Path(root).expanduser().resolve()
        self.db_path = db_path or index_path_for(self.root)
        self.notices: list[str] = []
        self._conns: dict[str, sqlite3.Connection] = {}
        self._next: dict[int, int] = {}  # next free row key per day, while writing
        self._added: list[int] = []  # row keys written by this refresh (duplicates compares them)
        self._unsigned: list[int] = []  # row keys stored without a duplicate signature yet
        self._locks = {role: threading.RLock() for role in ROLES}
        try:
            self._open()
        except (sqlite3.Error, OSError, IndexUnavailable) as exc:
            raise IndexUnavailable(
                f"no index can be opened, not even a temporary one: {exc}"
            ) from exc

    # ------------------------------------------------------------------ connections

    def _conn(self, role: str) -> sqlite3.Connection:
        """The connection of a role, opened on first use; the caller holds the role's lock."""
        conn = self._conns.get(role)
        if conn is None:
            conn = sqlite3.connect(self.db_path, timeout=30, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            # A bigger page cache for the writer while building; the readers keep the default.
            if role == "write":
                conn.execute("PRAGMA cache_size=-32768")
            self._conns[role] = conn
        return conn

    @contextlib.contextmanager
    def _use(self, role: str) -> Iterator[sqlite3.Connection]:
        """The connection of a role, its lock held; sqlite3's errors pass through (building)."""
        with self._locks[role]:
            yield self._conn(role)

    @contextlib.contextmanager
    def _query(self, role: str) -> Iterator[sqlite3.Connection]:
        """Like `_use`, for the public methods: sqlite3's errors become errors.py's (`_error`)."""
        with self._locks[role]:
            try:
                yield self._conn(role)
            except sqlite3.Error as exc:
                raise self._error(exc) from exc

    def _error(self, exc: Exception) -> PressreaderError:
        """The errors.py exception for what the database (or a row read from it) raised.

        An interrupted statement is SearchInterrupted, a query FTS5 refuses is SearchFailed, and
        everything else (corrupt, locked, full, unreadable, a damaged row) IndexUnavailable.
        """
        text = str(exc)
        if isinstance(exc, sqlite3.OperationalError):
            if "interrupt" in text:
                return SearchInterrupted("a newer search took over")
            if text.startswith("fts5"):
                return SearchFailed(f"the query cannot be run: {text}")
        if isinstance(exc, ValueError | KeyError | TypeError):  # a row that no longer decodes
            return IndexUnavailable(f"the index at {self.db_path} holds a damaged entry: {text}")
        return IndexUnavailable(f"the index at {self.db_path} cannot be used: {text}")

    def interrupt(self) -> None:
        """Abort a search running in another thread (a newer keystroke supersedes it).

        The search raises SearchInterrupted. Never raises.
        """
        conn = self._conns.get("search")
        if conn is not None:
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile
                conn.interrupt()

    def close(self) -> None:
        """Close every connection (they reopen on the next use). Never raises."""
        for role in sorted(self._locks):
            with self._locks[role]:
                conn = self._conns.pop(role, None)
                if conn is not None:
                    with contextlib.suppress(sqlite3.Error):
                        conn.close()

    # ------------------------------------------------------------------ opening and resetting

    def _open(self) -> None:
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            self._check_or_create()
        except (sqlite3.DatabaseError, OSError, IndexUnavailable) as exc:
            self.notices.append(
                f"The index at {self.db_path} could not be used ({exc}); rebuilding it."
            )
            self._reset()

    def _check_or_create(self) -> None:
        """Create the tables in an empty file; raise unless the file is this store's index."""
        with self._use("write") as conn:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                with conn:
                    conn.executescript(SCHEMA)
                    conn.executemany(
                        "INSERT INTO meta VALUES (?, ?)",
                        [("version", str(SCHEMA_VERSION)), ("root", str(self.root))],
                    )
                return
            if "meta" not in tables:
                raise IndexUnavailable("not a pressreader index")
            meta = dict(conn.execute("SELECT key, value FROM meta"))
            if meta.get("version") != str(SCHEMA_VERSION):
                raise IndexUnavailable(
                    f"index version {meta.get('version')}, expected {SCHEMA_VERSION}"
                )
            if meta.get("root") != str(self.root):
                raise IndexUnavailable("the index belongs to another store")
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
            except (sqlite3.DatabaseError, OSError, IndexUnavailable) as exc:
                self.close()
                self.db_path = Path(tempfile.mkdtemp(prefix="pressreader-")) / "index.sqlite"
                self.notices.append(
                    f"The cache folder cannot hold the index ({exc}); using {self.db_path} for now."
                )
                self._check_or_create()
