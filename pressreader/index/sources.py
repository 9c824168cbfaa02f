"""Per-publisher counts for the sources pane: releases of each source, and how many are read.

One GROUP BY over releases.source; the reading state is not in the index, so the read ids are
put in a temporary table (as search does for is:unread) and joined. Copies of a release published
twice are left out, as the list leaves them out, so a source's total is what choosing it lists.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from pressreader.index import duplicates


@dataclass(frozen=True, slots=True)
class SourceCount:
    """One publisher: its name ("" for releases without one), its releases and the read ones."""

    source: str
    total: int
    read: int = 0

    @property
    def unread(self) -> int:
        return max(0, self.total - self.read)


def _hide(conn: sqlite3.Connection, column: str = "rid") -> str:
    return f" AND {column} NOT IN ({duplicates.HIDDEN})" if duplicates.has_copies(conn) else ""


def source_counts(conn: sqlite3.Connection, read_ids: Iterable[str] = ()) -> list[SourceCount]:
    """Every source with its number of releases and of read ones, by name (case-blind)."""
    hide = _hide(conn)
    totals = conn.execute(
        f"SELECT source, count(*) FROM releases WHERE 1{hide} GROUP BY source"
    ).fetchall()
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS source_read_ids (id TEXT PRIMARY KEY)")
    try:
        conn.executemany(
            "INSERT OR IGNORE INTO temp.source_read_ids VALUES (?)", ((i,) for i in read_ids)
        )
        read = dict(
            conn.execute(
                "SELECT r.source, count(*) FROM releases r JOIN temp.source_read_ids s "
                f"ON s.id = r.id WHERE 1{_hide(conn, 'r.rid')} GROUP BY r.source"
            ).fetchall()
        )
    finally:
        # The INSERT opened a transaction: ended, or this connection would go on reading the
        # store as it was (a snapshot) while others write.
        conn.execute("DELETE FROM temp.source_read_ids")
        conn.commit()
    rows = [SourceCount(source or "", total, read.get(source, 0)) for source, total in totals]
    return sorted(rows, key=lambda r: (r.source == "", r.source.casefold()))


def source_ids(conn: sqlite3.Connection, source: str) -> list[str]:
    """The release ids of one source ("" for the releases without one)."""
    where = "source = ?" if source else "(source = ? OR source IS NULL)"
    return [
        row[0]
        for row in conn.execute(f"SELECT id FROM releases WHERE {where}{_hide(conn)}", (source,))
    ]
