""" "More like this": the releases sharing a release's distinctive words, topics and publisher.

Full-text search ranks candidates by the release's distinctive words (title, topics, speakers);
shared topics and the same publisher then move a candidate up.
"""

from __future__ import annotations

import re
import sqlite3

from pressreader.index.queries import Summary
from pressreader.index.schema import BM25
from pressreader.model import Release

CANDIDATES = 60  # best full-text matches considered before topics and source re-rank them

# fmt: off
_STOPWORDS = frozenset([
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into",
    "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "was", "were",
    "will", "with", "new", "after", "over", "under", "more", "than", "says", "said", "announces",
    "announced", "statement", "release", "press", "office", "department", "minister", "ministry",
])
# fmt: on


def keywords(release: Release, limit: int = 12) -> list[str]:
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


def candidates(conn: sqlite3.Connection, words: list[str]) -> list[int]:
    """Row keys of the releases best matching any of `words`, best first."""
    expr = " OR ".join(f'"{w}"' for w in words)
    rows = conn.execute(
        f"SELECT rowid, {BM25} FROM fts WHERE fts MATCH ? ORDER BY {BM25} LIMIT {CANDIDATES}",
        (expr,),
    ).fetchall()
    return [rid for rid, _ in rows]


def rank(
    release: Release, rids: list[int], summaries: dict[int, Summary], limit: int
) -> list[Summary]:
    """The `limit` best candidates (`rids`, best first) once shared topics and source count."""
    own_topics = {t.lower() for t in release.topics}
    scored = []
    for position, rid in enumerate(rids):
        summary = summaries.get(rid)
        if summary is None or summary.id == release.id:
            continue
        shared = len(own_topics & {t.lower() for t in summary.topics})
        same_source = bool(release.source) and summary.source == release.source
        scored.append((position - 8 * shared - 4 * same_source, rid))
    scored.sort()
    return [summaries[rid] for _, rid in scored[:limit]]
