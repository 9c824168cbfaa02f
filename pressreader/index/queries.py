"""What the index answers: the list, search, releases by row key or id, and the store's problems.

Plain functions of a connection; the Library facade (library.py) takes the connection, holds its
lock, and turns sqlite3's errors into errors.py's. The list reads its summaries per visible row, so
`summaries` is one query per 500 row keys, and `search` returns row keys only.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pressreader.index import duplicates
from pressreader.index.schema import BM25, unpack_doc
from pressreader.model import Release, release_from_dict
from pressreader.query import ParsedQuery, compile_query
from pressreader.store import Problem
from pressreader.tables import FIGURE_COLUMNS, QUOTE_COLUMNS


@dataclass(frozen=True, slots=True)
class Summary:
    """What the list shows of a release."""

    rid: int
    id: str
    title: str
    date: str
    source: str | None
    topics: tuple[str, ...]
    date_certain: bool = True  # False: the importer guessed the date (shown as uncertain)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "topics": list(self.topics),
            **({} if self.date_certain else {"date_certain": False}),
        }


def count(conn: sqlite3.Connection) -> int:
    """How many releases the store holds."""
    return conn.execute("SELECT count(*) FROM releases").fetchone()[0]


def search(
    conn: sqlite3.Connection,
    parsed: ParsedQuery,
    order: str,
    read_ids: Iterable[str] = (),
    starred_ids: Iterable[str] = (),
) -> list[int]:
    """Row keys matching a parsed query: newest first, or by relevance (BM25 of its words).

    `read_ids` / `starred_ids` answer is:unread / is:starred (the reading state is not in the index).
    """
    if parsed.empty:
        hide = f" WHERE rid NOT IN ({duplicates.HIDDEN})" if duplicates.has_copies(conn) else ""
        sql = f"SELECT rid FROM releases{hide} ORDER BY rid DESC"
        return [row[0] for row in conn.execute(sql)]
    compiled = compile_query(parsed)
    copies = duplicates.has_copies(conn)  # a release published twice is listed once
    if compiled.match is not None:  # words only: one FTS5 expression
        by = BM25 if order == "relevance" else "rowid DESC"
        hide = f" AND rowid NOT IN ({duplicates.HIDDEN})" if copies else ""
        sql = f"SELECT rowid FROM fts WHERE fts MATCH ?{hide} ORDER BY {by}"
        return [row[0] for row in conn.execute(sql, (compiled.match,))]
    for name, ids in (("read", read_ids), ("starred", starred_ids)):
        if name in compiled.needs_state:
            conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name}_ids (id TEXT PRIMARY KEY)")
            conn.execute(f"DELETE FROM temp.{name}_ids")
            conn.executemany(
                f"INSERT OR IGNORE INTO temp.{name}_ids VALUES (?)", ((i,) for i in ids)
            )
    hide = f" AND r.rid NOT IN ({duplicates.HIDDEN})" if copies else ""
    sql = f"SELECT r.rid FROM releases r WHERE ({compiled.where}){hide} ORDER BY r.rid DESC"
    try:
        rids = [row[0] for row in conn.execute(sql, compiled.params)]
    finally:
        if conn.in_transaction:  # the marks' INSERTs began one: left open, this connection would
            conn.commit()  # go on reading the index as it was (new releases never found)
    if order != "relevance" or not parsed.highlights:
        return rids
    words = " OR ".join('"' + " ".join(t) + '"' for t in parsed.highlights)
    rank = {
        rid: n
        for n, (rid,) in enumerate(
            conn.execute(f"SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY {BM25}", (words,))
        )
    }
    return sorted(rids, key=lambda rid: rank.get(rid, len(rank)))


def summaries(conn: sqlite3.Connection, rids: list[int]) -> dict[int, Summary]:
    """The list columns of the given releases (JSON of the topics decoded)."""
    found: dict[int, Summary] = {}
    for i in range(0, len(rids), 500):
        chunk = rids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for rid, rel_id, title, date, source, topics, certain in conn.execute(
            "SELECT rid, id, title, date, source, topics, certain FROM releases "
            f"WHERE rid IN ({marks})",
            chunk,
        ):
            found[rid] = Summary(
                rid, rel_id, title, date, source or None, tuple(json.loads(topics)), bool(certain)
            )
    return found


def annotation_rows(
    conn: sqlite3.Connection, table: str, rids: list[int]
) -> Iterator[dict[str, Any]]:
    """The rows of the `quotes` or `figures` table for the given releases, in their order, with
    each release's id, date and title; read 500 releases at a time."""
    columns = QUOTE_COLUMNS if table == "quotes" else FIGURE_COLUMNS
    names = ("release_id", "date", "title", *columns)
    select = ", ".join(f't."{c}"' for c in columns)
    for i in range(0, len(rids), 500):
        chunk = rids[i : i + 500]
        order = {rid: n for n, rid in enumerate(chunk)}
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT t.rid, t.n, r.id, r.date, r.title, {select} FROM {table} t "
            f"JOIN releases r ON r.rid = t.rid WHERE t.rid IN ({marks})",
            chunk,
        ).fetchall()
        rows.sort(key=lambda row: (order[row[0]], row[1]))
        for row in rows:
            yield dict(zip(names, row[2:], strict=True))


def release_doc(conn: sqlite3.Connection, rid: int) -> str | None:
    """The JSON of the release behind a row key (`release_of` decodes it)."""
    row = conn.execute("SELECT doc FROM docs WHERE rid = ?", (rid,)).fetchone()
    return unpack_doc(row[0]) if row else None


def release_docs(conn: sqlite3.Connection) -> list[str]:
    """The JSON of every release, in path order."""
    return [
        unpack_doc(doc)
        for (doc,) in conn.execute(
            "SELECT d.doc FROM releases r JOIN docs d ON d.rid = r.rid ORDER BY r.path"
        )
    ]


def release_of(doc: str) -> Release:
    """A release from its JSON in the index."""
    return release_from_dict(json.loads(doc))


def rid_of(conn: sqlite3.Connection, release_id: str) -> int | None:
    """The row key of a release id (the first file, when an id is duplicated)."""
    row = conn.execute(
        "SELECT rid FROM releases WHERE id = ? ORDER BY path LIMIT 1", (release_id,)
    ).fetchone()
    return row[0] if row else None


def rid_of_title(conn: sqlite3.Connection, title: str) -> int | None:
    """The row key of the newest release with exactly this title (case-blind)."""
    row = conn.execute(
        "SELECT rid FROM releases WHERE title = ? COLLATE NOCASE ORDER BY date DESC LIMIT 1",
        (title,),
    ).fetchone()
    return row[0] if row else None


def id_map(conn: sqlite3.Connection) -> dict[int, str]:
    """Row key → release id for the whole store."""
    return dict(conn.execute("SELECT rid, id FROM releases"))


def file_problems(conn: sqlite3.Connection) -> tuple[list[str], list[tuple[str, str]]]:
    """The problems (JSON lists) of the files that have some, and each duplicated id's paths."""
    rows = [
        probs
        for (probs,) in conn.execute(
            "SELECT problems FROM files WHERE problems != '[]' ORDER BY path"
        )
    ]
    # The covering index finds duplicated ids quickly; their paths are few.
    dup_ids = [
        row[0] for row in conn.execute("SELECT id FROM releases GROUP BY id HAVING count(*) > 1")
    ]
    dups = [
        (
            rel_id,
            "\n".join(
                p for (p,) in conn.execute("SELECT path FROM releases WHERE id = ?", (rel_id,))
            ),
        )
        for rel_id in dup_ids
    ]
    return rows, dups


def problems_of(rows: list[str], dups: list[tuple[str, str]]) -> list[Problem]:
    """Every file problem, plus a warning for each file whose id another file already uses."""
    found = [Problem(**p) for probs in rows for p in json.loads(probs)]
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
