"""The same release published twice: near-duplicates grouped with MinHash, never by comparing every pair.

Each release gets a MinHash signature (datasketch) of the word triples of its title and first 150
words; the signature's 64 values are cut into 8 bands of 8, and releases sharing a band are the only
candidates compared. Two releases are one when their signatures agree on at least 85 % of the values
(an estimate of the Jaccard similarity of their word triples). A group's first release (the oldest
row key) is its row in the list; the others are "also published as".

Grouping is incremental: a refresh compares only the releases it added with their candidates.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import zlib
from collections.abc import Iterable
from functools import cache
from typing import Any

from pressreader.model import Heading, Paragraph, Quote, Release, release_from_dict
from pressreader.tokens import word_runs

PERMUTATIONS = 64
BANDS = 8
ROWS = PERMUTATIONS // BANDS
SAME = 0.85  # share of equal signature values for two releases to be one
WORDS = 150
CANDIDATES = 50  # releases sharing a band compared with a new one, at most

SCHEMA = """
CREATE TABLE sigs (rid INTEGER PRIMARY KEY, sig BLOB NOT NULL);
CREATE TABLE bands (band INTEGER NOT NULL, bucket INTEGER NOT NULL, rid INTEGER NOT NULL);
CREATE INDEX bands_bucket ON bands(band, bucket);
CREATE INDEX bands_rid ON bands(rid);
CREATE TABLE dups (rid INTEGER PRIMARY KEY, grp INTEGER NOT NULL);
CREATE INDEX dups_grp ON dups(grp);
"""


@cache
def _minhash() -> tuple[Any, Any, Any]:
    """datasketch's MinHash and the permutations, made once; imported only when indexing (the
    library brings numpy and scipy, a quarter of a second the reader need not wait for)."""
    from datasketch import MinHash

    base = MinHash(num_perm=PERMUTATIONS, hashfunc=zlib.crc32, seed=7)
    return MinHash, base.permutations, getattr(base, "scheme", None)


def load_minhash() -> None:
    """Load the MinHash library now: before worker processes are forked, they share it."""
    _minhash()


def _np() -> Any:
    import numpy

    return numpy


def _opening_words(release: Release) -> list[str]:
    """The first WORDS words (lower case) of the title and the text blocks after it, up to the
    block that takes them past 2,000 characters: read block by block until there are enough
    (the same words as reading all those blocks joined by spaces)."""
    words = word_runs(release.title.lower())
    read = len(release.title)
    for k, block in enumerate(release.body):
        if k and read > 2000 or len(words) >= WORDS:
            break
        if isinstance(block, Paragraph | Heading | Quote):
            words += word_runs(block.text.lower())
            read += len(block.text)
    return words[:WORDS]


def signature(release: Release) -> bytes:
    """The MinHash signature of a release's opening words (title included), as bytes."""
    words = _opening_words(release)
    shingles = {" ".join(words[i : i + 3]).encode() for i in range(max(1, len(words) - 2))}
    minhash = _sketch()
    minhash.clear()
    minhash.update_batch(list(shingles))
    return bytes(minhash.hashvalues.astype(_np().uint32).tobytes())


_LOCAL = threading.local()


def _sketch() -> Any:
    """This thread's MinHash, made once and cleared before each signature (making one per
    release costs more than the signature's own hashing)."""
    sketch = getattr(_LOCAL, "sketch", None)
    if sketch is None:
        minhash_class, permutations, scheme = _minhash()
        sketch = minhash_class(
            num_perm=PERMUTATIONS, hashfunc=zlib.crc32, permutations=permutations, scheme=scheme
        )
        _LOCAL.sketch = sketch
    return sketch


def buckets(sig: bytes) -> tuple[int, ...]:
    """The bucket of each band of a signature (band b's is the b-th value)."""
    np = _np()
    values = np.frombuffer(sig, dtype=np.uint32)
    return tuple(zlib.crc32(values[b * ROWS : (b + 1) * ROWS].tobytes()) for b in range(BANDS))


def similarity(a: bytes, b: bytes) -> float:
    """The share of equal values of two signatures (≈ Jaccard similarity)."""
    np = _np()
    return float(np.mean(np.frombuffer(a, dtype=np.uint32) == np.frombuffer(b, dtype=np.uint32)))


def store(conn: sqlite3.Connection, rows: Iterable[tuple[int, bytes, tuple[int, ...]]]) -> None:
    """Keep the signatures and band buckets (`buckets`) of new releases."""
    rows = list(rows)
    conn.executemany("INSERT OR REPLACE INTO sigs VALUES (?, ?)", [row[:2] for row in rows])
    conn.executemany(
        "INSERT INTO bands VALUES (?, ?, ?)",
        [(band, bucket, rid) for rid, _, cut in rows for band, bucket in enumerate(cut)],
    )


def sign(conn: sqlite3.Connection, rids: Iterable[int]) -> None:
    """Sign releases stored without a signature (read back from the docs table)."""
    from pressreader.index.schema import unpack_doc  # schema builds on this module's tables

    rows = []
    for rid in rids:
        found = conn.execute("SELECT doc FROM docs WHERE rid = ?", (rid,)).fetchone()
        if found is not None:
            sig = signature(release_from_dict(json.loads(unpack_doc(found[0]))))
            rows.append((rid, sig, buckets(sig)))
    store(conn, rows)


def forget(conn: sqlite3.Connection, rid: int) -> None:
    """Drop a release from the tables; its group keeps its other members (re-rooted if need be)."""
    row = conn.execute("SELECT grp FROM dups WHERE rid = ?", (rid,)).fetchone()
    for table in ("sigs", "bands", "dups"):
        conn.execute(f"DELETE FROM {table} WHERE rid = ?", (rid,))
    if row is not None and row[0] == rid:
        members = [m for (m,) in conn.execute("SELECT rid FROM dups WHERE grp = ?", (rid,))]
        if len(members) == 1:
            conn.execute("DELETE FROM dups WHERE rid = ?", (members[0],))
        elif members:
            conn.execute("UPDATE dups SET grp = ? WHERE grp = ?", (min(members), rid))


def group(conn: sqlite3.Connection, rids: Iterable[int]) -> int:
    """Compare new releases with their candidates and join their groups; how many joined one.

    At most CANDIDATES releases sharing a band are compared, and a release joins the group of
    the ones it matches (groups are merged only when it matches two), so a thousand copies of one
    text cost a thousand small steps, not a million comparisons.
    """
    joined = 0
    for rid in rids:
        own = conn.execute("SELECT sig FROM sigs WHERE rid = ?", (rid,)).fetchone()
        if own is None:
            continue
        candidates = conn.execute(
            "SELECT s.rid, s.sig FROM (SELECT DISTINCT b.rid FROM bands a JOIN bands b "
            "ON b.band = a.band AND b.bucket = a.bucket AND b.rid != a.rid WHERE a.rid = ? "
            f"LIMIT {CANDIDATES}) c JOIN sigs s ON s.rid = c.rid",
            (rid,),
        ).fetchall()
        same = [other for other, sig in candidates if similarity(own[0], sig) >= SAME]
        if not same:
            continue
        joined += 1
        marks = ",".join("?" * len(same))
        roots = {r for (r,) in conn.execute(f"SELECT grp FROM dups WHERE rid IN ({marks})", same)}
        loose = [
            m for m in same if not conn.execute("SELECT 1 FROM dups WHERE rid = ?", (m,)).fetchone()
        ]
        root = min([rid, *roots, *loose])
        for old in roots - {root}:  # two groups met: one root for both
            conn.execute("UPDATE dups SET grp = ? WHERE grp = ?", (root, old))
        conn.executemany(
            "INSERT OR REPLACE INTO dups VALUES (?, ?)", [(m, root) for m in {rid, *loose, root}]
        )
    return joined


HIDDEN = "SELECT rid FROM dups WHERE grp != rid"  # the copies: every group member but its first


def has_copies(conn: sqlite3.Connection) -> bool:
    return conn.execute(f"{HIDDEN} LIMIT 1").fetchone() is not None


def others(conn: sqlite3.Connection, rid: int) -> list[int]:
    """The other members of a release's group, oldest first."""
    row = conn.execute("SELECT grp FROM dups WHERE rid = ?", (rid,)).fetchone()
    if row is None:
        return []
    return [
        m
        for (m,) in conn.execute(
            "SELECT rid FROM dups WHERE grp = ? AND rid != ? ORDER BY rid", (row[0], rid)
        )
    ]
