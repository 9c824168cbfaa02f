"""Who said what across the store: the speakers table, rebuilt from the quotes table after a refresh.

Name variants of one person are merged by pressreader.speakers (conservatively); each speaker row
holds the fullest name, the variants, the roles with the dates each was held, and counts. The
table is small (one row a person), so opening and filtering the speakers view reads little.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, overload

from pressreader.index.duplicates import HIDDEN
from pressreader.speakers import merge_speakers

SCHEMA = """
CREATE TABLE IF NOT EXISTS speakers (
    key TEXT PRIMARY KEY, name TEXT NOT NULL, variants TEXT NOT NULL, roles TEXT NOT NULL,
    quotes INTEGER NOT NULL, releases INTEGER NOT NULL, first TEXT, last TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS speaker_names (speaker TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS speaker_names_key ON speaker_names(key);
"""


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    """One person of the store, as the speakers view and `pressreader speakers` show them."""

    key: str
    name: str
    variants: tuple[str, ...]
    roles: tuple[tuple[str, str, str], ...]  # (role, first date, last date), oldest first
    quotes: int
    releases: int
    first: str | None
    last: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "variants": list(self.variants),
            "roles": [{"role": r, "first": f, "last": last} for r, f, last in self.roles],
            "quotes": self.quotes,
            "releases": self.releases,
            "first": self.first,
            "last": self.last,
        }


def rebuild(conn: sqlite3.Connection) -> None:
    """Recompute the speakers table from the quotes table (one GROUP BY, then the merge)."""
    conn.executescript(SCHEMA)
    seen = []
    for speaker, role, first, last in conn.execute(
        "SELECT q.speaker, q.role, min(r.date), max(r.date) FROM quotes q "
        "JOIN releases r ON r.rid = q.rid WHERE q.speaker IS NOT NULL "
        f"AND q.rid NOT IN ({HIDDEN}) GROUP BY q.speaker, q.role"
    ):
        seen.append((speaker, role, dt.date.fromisoformat(first)))
        seen.append((speaker, role, dt.date.fromisoformat(last)))
    key_of, people = merge_speakers(seen)
    conn.execute("DELETE FROM speaker_names")
    conn.executemany("INSERT INTO speaker_names VALUES (?, ?)", key_of.items())
    counts = {
        key: (quotes, releases, first, last)
        for key, quotes, releases, first, last in conn.execute(
            "SELECT k.key, count(*), count(DISTINCT q.rid), min(r.date), max(r.date) "
            "FROM quotes q JOIN speaker_names k ON k.speaker = q.speaker "
            f"JOIN releases r ON r.rid = q.rid WHERE q.rid NOT IN ({HIDDEN}) GROUP BY k.key"
        )
    }
    conn.execute("DELETE FROM speakers")
    rows = []
    for key, person in people.items():
        quotes, releases, first, last = counts.get(key, (0, 0, None, None))
        roles = sorted(
            ((role, a.isoformat(), b.isoformat()) for role, (a, b) in person.roles.items()),
            key=lambda r: (r[1], r[0]),
        )
        rows.append(
            (
                key,
                person.name,
                json.dumps(sorted(person.variants)),
                json.dumps(roles),
                quotes,
                releases,
                first,
                last,
            )
        )
    conn.executemany("INSERT INTO speakers VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


_SELECT = "SELECT key, name, variants, roles, quotes, releases, first, last FROM speakers"


def _row(row: tuple[Any, ...]) -> SpeakerRow:
    """A speakers-table row (variants and roles stored as JSON) as a SpeakerRow."""
    key, name, variants, roles, quotes, releases, first, last = row
    return SpeakerRow(
        key,
        name,
        tuple(json.loads(variants)),
        tuple(tuple(r) for r in json.loads(roles)),  # type: ignore[misc]
        quotes,
        releases,
        first,
        last,
    )


def speaker(conn: sqlite3.Connection, key: str) -> SpeakerRow | None:
    """One speaker by key."""
    row = conn.execute(f"{_SELECT} WHERE key = ?", (key,)).fetchone()
    return None if row is None else _row(row)


def speakers(conn: sqlite3.Connection, text: str = "", order: str = "quotes") -> list[SpeakerRow]:
    """Every speaker (or those whose name, a variant or a role contains `text`), by number of
    quotes or by name."""
    by = "quotes DESC, name" if order == "quotes" else "name COLLATE NOCASE"
    sql, params = _SELECT, []
    if text.strip():
        sql += " WHERE name LIKE ? OR variants LIKE ? OR roles LIKE ?"
        like = f"%{text.strip()}%"
        params = [like, like, like]
    return [_row(row) for row in conn.execute(f"{sql} ORDER BY {by}", params)]


def key_for(conn: sqlite3.Connection, name: str) -> str | None:
    """The speaker key a name (any variant, or a key) stands for."""
    row = conn.execute("SELECT key FROM speaker_names WHERE speaker = ?", (name,)).fetchone()
    if row:
        return str(row[0])
    row = conn.execute("SELECT key FROM speakers WHERE key = ?", (name,)).fetchone()
    if row:
        return str(row[0])
    row = conn.execute(
        "SELECT key FROM speakers WHERE name LIKE ? ORDER BY quotes DESC LIMIT 1", (f"%{name}%",)
    ).fetchone()
    return str(row[0]) if row else None


def speaker_rids(conn: sqlite3.Connection, key: str) -> list[int]:
    """Row keys of the releases quoting a speaker, newest first."""
    return [
        rid
        for (rid,) in conn.execute(
            "SELECT DISTINCT q.rid FROM quotes q JOIN speaker_names k ON k.speaker = q.speaker "
            "WHERE k.key = ? ORDER BY q.rid DESC",
            (key,),
        )
    ]


QUOTE_FIELDS = ("rid", "release_id", "date", "title", "speaker", "role", "kind", "text", "block",
                "start", "end", "source")  # fmt: skip
_QUOTE_SELECT = (
    "SELECT q.rid, r.id, r.date, r.title, q.speaker, q.role, q.kind, q.text, q.block, "
    'q.start, q."end", r.source FROM quotes q JOIN releases r ON r.rid = q.rid'
)
PAGE = 200  # quotes read at a time by QuotePages


def speaker_quotes(conn: sqlite3.Connection, key: str) -> list[dict[str, Any]]:
    """A speaker's quotes, newest first, each with its release (id, date, title) and place."""
    rows = conn.execute(
        f"{_QUOTE_SELECT} JOIN speaker_names k ON k.speaker = q.speaker "
        f"WHERE k.key = ? AND q.rid NOT IN ({HIDDEN}) ORDER BY q.rid DESC, q.n",
        (key,),
    )
    return [dict(zip(QUOTE_FIELDS, row, strict=True)) for row in rows]


def speaker_quote_keys(conn: sqlite3.Connection, key: str) -> list[tuple[int, int]]:
    """(rid, n) of a speaker's quotes, newest first: read from the speaker index alone, so even
    a speaker quoted 20,000 times costs a few milliseconds (the rows follow a page at a time)."""
    return conn.execute(
        "SELECT q.rid, q.n FROM speaker_names k JOIN quotes q ON q.speaker = k.speaker "
        f"WHERE k.key = ? AND q.rid NOT IN ({HIDDEN}) ORDER BY q.rid DESC, q.n",
        (key,),
    ).fetchall()


def quotes_at(conn: sqlite3.Connection, keys: list[tuple[int, int]]) -> list[dict[str, Any] | None]:
    """The quote rows of the given (rid, n), in that order (None where one has gone)."""
    found: list[dict[str, Any] | None] = []
    for rid, n in keys:
        row = conn.execute(f"{_QUOTE_SELECT} WHERE q.rid = ? AND q.n = ?", (rid, n)).fetchone()
        found.append(None if row is None else dict(zip(QUOTE_FIELDS, row, strict=True)))
    return found


class QuotePages(Sequence[dict[str, Any]]):
    """A speaker's quotes as a sequence that reads its rows a page at a time, when asked for.

    `read` runs `quotes_at` on the index; a quote whose release has gone since the keys were
    read comes back as an empty row rather than shifting the rest."""

    def __init__(
        self,
        keys: list[tuple[int, int]],
        read: Callable[[list[tuple[int, int]]], list[dict[str, Any] | None]],
    ) -> None:
        self.keys = keys
        self._read = read
        self._pages: dict[int, list[dict[str, Any]]] = {}

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        number = index // PAGE
        page = self._pages.get(number)
        if page is None:
            keys = self.keys[number * PAGE : (number + 1) * PAGE]
            rows = self._read(keys)
            page = self._pages[number] = [r or _gone(k) for r, k in zip(rows, keys, strict=True)]
        return page[index % PAGE]


def _gone(key: tuple[int, int]) -> dict[str, Any]:
    """The row of a quote whose release left the index after its keys were read."""
    row: dict[str, Any] = dict.fromkeys(QUOTE_FIELDS)
    row.update(rid=key[0], text="(this release has left the store)", kind="gone", date="")
    row.update(title="", release_id="", block=0, start=0, end=0)
    return row
