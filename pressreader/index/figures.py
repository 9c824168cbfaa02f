"""The numbers across releases: pages of the figures table, filtered by release set and unit words,
and one measure's values over time (for the chart).

Plain functions of a connection; Library (library.py) holds the lock. At 100,000 releases the table
has about a million rows, so nothing here reads it whole: a view asks for a count, then a page at a
time (LIMIT/OFFSET over an index: `figures_value` for "largest first", the primary key for "newest
first"). Unit words are matched against `figure_units` (one row per distinct short unit, rebuilt when
a filter first needs it after a refresh), so a filter looks through a few thousand units, not a million figures.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pressreader.index.duplicates import HIDDEN
from pressreader.index.schema import day_key

SCHEMA = """
CREATE INDEX IF NOT EXISTS figures_value ON figures(value);
CREATE INDEX IF NOT EXISTS figures_unit ON figures(unit);
CREATE TABLE IF NOT EXISTS figure_units (unit TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
"""

ORDERS = {
    "date": "f.rid DESC, f.n",  # newest first (row keys are in date order), reading order within
    "value": "f.value DESC, f.rid DESC, f.n DESC",  # largest first (figures_value walks it)
}
# What people type for a currency, as the figure parser writes it (figures.py: "€5m" → unit "EUR").
UNIT_ALIASES = {
    "€": "eur", "euro": "eur", "euros": "eur", "$": "usd", "dollar": "usd", "dollars": "usd",
    "£": "gbp", "pound": "gbp", "pounds": "gbp",
}  # fmt: skip
_COLUMNS = (
    "rid", "n", "release_id", "date", "title", "source", "kind", "qualifier", "value", "unit",
    "text", "sentence", "block", "start", "end",
)  # fmt: skip
_SELECT = (
    "SELECT f.rid, f.n, r.id, r.date, r.title, r.source, f.kind, f.qualifier, f.value, f.unit, "
    'f.text, f.sentence, f.block, f.start, f."end" FROM figures f JOIN releases r ON r.rid = f.rid'
)


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One figure as the figures view lists it, with its release and where it is in the body."""

    rid: int
    n: int
    release_id: str
    date: str
    title: str
    source: str | None
    kind: str
    qualifier: str | None
    value: float | None
    unit: str | None
    text: str
    sentence: str | None
    block: int | None
    start: int | None
    end: int | None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _COLUMNS}


@dataclass(frozen=True, slots=True)
class FigureSet:
    """A filtered set of figures: the releases of a query (None: all) and unit words; its size.

    `token` names the temporary table holding the query's releases on the connection that made it
    (only the newest set of a connection is kept)."""

    query: str
    unit: str
    count: int
    token: int | None = None


def ensure(conn: sqlite3.Connection) -> None:
    """The indexes and the unit table (after a refresh; nothing to do when they exist)."""
    conn.executescript(SCHEMA)


def rebuild_units(conn: sqlite3.Connection) -> None:
    """Count the figures of each unit again (when a unit filter next needs them: a changed file
    need not wait for a pass over a million figures)."""
    conn.executescript(SCHEMA)
    conn.execute("DELETE FROM figure_units")
    conn.execute(
        "INSERT INTO figure_units SELECT unit, count(*) FROM figures "
        "WHERE unit IS NOT NULL GROUP BY unit"
    )


def _has_units(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'figure_units'"
    ).fetchone()
    return row is not None


def unit_words(text: str) -> list[str]:
    """The words of a unit filter, currency signs and names as the parser writes them:
    "€" → ["eur"], "tonnes of cocaine" → ["tonnes", "of", "cocaine"]."""
    text = text.strip().lower()
    for sign, code in UNIT_ALIASES.items():
        if not sign.isalpha() and sign in text:
            text = text.replace(sign, f" {code} ")
    return [UNIT_ALIASES.get(w, w) for w in re.findall(r"[\w%.]+", text)]


def unit_matcher(text: str) -> Callable[[str | None], bool]:
    """Whether a unit has every word of `text` (each at the start of a word of the unit)."""
    words = unit_words(text)
    patterns = [re.compile(rf"(?<!\w){re.escape(w)}", re.I) for w in words]
    return lambda unit: bool(unit) and all(p.search(unit or "") for p in patterns)


def _unit_clause(conn: sqlite3.Connection, text: str) -> tuple[str, list[Any]]:
    """SQL (on alias f) keeping the figures whose unit has every word of `text`."""
    words = unit_words(text)
    if not words:
        return "", []
    likes = " AND ".join("(' ' || lower(unit) || ' ') LIKE ?" for _ in words)
    params = [f"% {w}%" for w in words]
    if _has_units(conn):
        return f"f.unit IN (SELECT unit FROM figure_units WHERE {likes})", params
    return likes.replace("unit", "f.unit"), params


_TOKENS = iter(range(1, 1 << 62))


def make_set(
    conn: sqlite3.Connection, rids: Iterable[int] | None, query: str = "", unit: str = ""
) -> FigureSet:
    """A figure set of the given releases (None: every listed release) and unit words; counted."""
    token = None
    conn.execute("DROP TABLE IF EXISTS temp.figure_rids")
    if rids is not None:
        token = next(_TOKENS)
        conn.execute("CREATE TEMP TABLE figure_rids (rid INTEGER PRIMARY KEY)")
        conn.executemany("INSERT OR IGNORE INTO temp.figure_rids VALUES (?)", ((r,) for r in rids))
    # The inserts opened a transaction: end it, or this connection keeps reading the index as
    # it was then and never sees what a later refresh wrote.
    conn.commit()
    fs = FigureSet(query, unit, 0, token)
    where, params = _where(conn, fs)
    count = conn.execute(f"SELECT count(*) FROM figures f{where}", params).fetchone()[0]
    return FigureSet(query, unit, count, token)


def _where(conn: sqlite3.Connection, fs: FigureSet) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if fs.token is not None:
        clauses.append("f.rid IN (SELECT rid FROM temp.figure_rids)")
    else:  # the search already drops the copies of a release published twice
        clauses.append(f"f.rid NOT IN ({HIDDEN})")
    unit_sql, unit_params = _unit_clause(conn, fs.unit)
    if unit_sql:
        clauses.append(unit_sql)
        params += unit_params
    return " WHERE " + " AND ".join(clauses), params


def page(
    conn: sqlite3.Connection, fs: FigureSet, order: str, offset: int, limit: int
) -> list[FigureRow]:
    """Rows offset … offset+limit of a set, newest first ("date") or largest first ("value")."""
    where, params = _where(conn, fs)
    # The offset is skipped in the figures' own index (no join for the rows skipped); the page's
    # rows are then joined with their releases.
    keys = f"SELECT f.rid, f.n FROM figures f{where} ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?"
    sql = f"{_SELECT} JOIN ({keys}) k ON f.rid = k.rid AND f.n = k.n ORDER BY {ORDERS[order]}"
    return [FigureRow(*row) for row in conn.execute(sql, [*params, limit, offset])]


def series(
    conn: sqlite3.Connection,
    fs: FigureSet,
    exact_unit: str | None = None,
    since: str | None = None,
    limit: int = 5000,
) -> list[FigureRow]:
    """One measure over time, oldest first: the set's figures with a value (and exactly this unit,
    when given), from `since` (an ISO date) on; at most `limit` points (the newest)."""
    where, params = _where(conn, fs)
    where += " AND f.value IS NOT NULL"
    if exact_unit is not None:
        where += " AND f.unit = ?"
        params.append(exact_unit)
    if since:
        where += " AND f.rid >= ?"
        params.append(day_key(since))
    sql = f"{_SELECT}{where} ORDER BY f.rid DESC, f.n DESC LIMIT ?"
    rows = [FigureRow(*row) for row in conn.execute(sql, [*params, limit])]
    rows.reverse()
    return rows
