"""What the index file is: where it lives, its tables, its version and its row keys.

One SQLite file per store, in the user's cache folder (paths.cache_dir), named by the store's path.
A file of another SCHEMA_VERSION, or of another store, is thrown away and rebuilt (database.py).
"""

from __future__ import annotations

import datetime as dt
import zlib
from pathlib import Path

from pressreader import paths
from pressreader.index.duplicates import SCHEMA as DUPLICATES

SCHEMA_VERSION = 8
# Row keys are date.toordinal() << SEQ_BITS | n: in rowid order the index is in date order, so
# "newest first" is a backwards walk of any result, with no sort.
SEQ_BITS = 22
FTS_COLUMNS = ("title", "summary", "body", "speakers", "topics", "source")
COLS = ", ".join(FTS_COLUMNS)
MARKS = ", ?" * len(FTS_COLUMNS)  # one placeholder per FTS column, after the rowid's
# bm25 weights per column: a word in the title counts most, then speakers, topics and the lead.
BM25 = "bm25(fts, 10.0, 4.0, 1.0, 5.0, 5.0, 3.0)"

SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, problems TEXT);
CREATE TABLE releases (
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL,
    source TEXT, topics TEXT, path TEXT NOT NULL,
    quotes INTEGER NOT NULL DEFAULT 0, figures INTEGER NOT NULL DEFAULT 0,
    certain INTEGER NOT NULL DEFAULT 1
);
-- A release's quotes and figures as rows (annotations.py), for `quotes`/`figures` and the views.
CREATE TABLE quotes (
    rid INTEGER NOT NULL, n INTEGER NOT NULL, speaker TEXT, role TEXT, kind TEXT, text TEXT,
    block INTEGER, start INTEGER, "end" INTEGER, parts TEXT, PRIMARY KEY (rid, n)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE TABLE figures (
    rid INTEGER NOT NULL, n INTEGER NOT NULL, kind TEXT, intro TEXT, qualifier TEXT, value REAL,
    unit TEXT, text TEXT, sentence TEXT, block INTEGER, start INTEGER, "end" INTEGER,
    PRIMARY KEY (rid, n)
) WITHOUT ROWID;
CREATE TABLE docs (rid INTEGER PRIMARY KEY, doc TEXT NOT NULL);
CREATE INDEX releases_id ON releases(id);
CREATE INDEX releases_title ON releases(title COLLATE NOCASE);
CREATE INDEX releases_path ON releases(path);
CREATE TABLE speakers (
    key TEXT PRIMARY KEY, name TEXT NOT NULL, variants TEXT NOT NULL, roles TEXT NOT NULL,
    quotes INTEGER NOT NULL, releases INTEGER NOT NULL, first TEXT, last TEXT
) WITHOUT ROWID;
CREATE TABLE speaker_names (speaker TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX speaker_names_key ON speaker_names(key);
{DUPLICATES}
CREATE VIRTUAL TABLE fts USING fts5({COLS}, content='',
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO fts(fts, rank) VALUES ('automerge', 8);
"""


def pack_doc(doc: str) -> bytes:
    """A release's JSON as the docs table keeps it: compressed (a third of the size, ~30 µs)."""
    return zlib.compress(doc.encode("utf-8"), 1)


def unpack_doc(doc: bytes | str) -> str:
    """The JSON back from the docs table."""
    return doc if isinstance(doc, str) else zlib.decompress(doc).decode("utf-8")


def index_path_for(root: Path, cache_dir: Path | None = None) -> Path:
    """Where the index of the store at `root` lives."""
    return (cache_dir or paths.cache_dir()) / f"index-{paths.store_key(root)}.sqlite"


def day_key(iso_date: str) -> int:
    """The first row key of a date: its day number, shifted (the counter goes in the low bits)."""
    return dt.date.fromisoformat(iso_date).toordinal() << SEQ_BITS
