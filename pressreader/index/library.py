"""Library: a store opened for reading, the one way the rest of pressreader uses the index.

Every public method takes its connection (database.py), asks queries.py, related.py or building.py,
and raises only errors.py's exceptions for a database problem: IndexUnavailable (corrupt, locked,
full, unreadable, a damaged row), SearchInterrupted (`interrupt()` cut a search short) and
SearchFailed (a query FTS5 refuses). Callers never need to catch sqlite3's errors.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from typing import Any

from pressreader.index import duplicates, queries, related
from pressreader.index import figures as figure_table
from pressreader.index import sources as source_table
from pressreader.index import speakers as speaker_table
from pressreader.index.building import Builder, RefreshReport
from pressreader.index.changes import refresh_paths
from pressreader.index.figures import FigureRow, FigureSet
from pressreader.index.queries import Summary
from pressreader.index.sources import SourceCount
from pressreader.index.speakers import QuotePages, SpeakerRow
from pressreader.model import Release
from pressreader.query import parse
from pressreader.store import Problem

_DAMAGED = (ValueError, KeyError, TypeError)  # a row whose JSON no longer reads as a release


class Library(Builder):
    """A store opened for reading: list, search, releases by id, problems; backed by the index.

    `Library(root)` opens (or creates, or rebuilds) the index of the store at `root`; what it had
    to do is in `notices`. Raises IndexUnavailable when no index can be opened at all.
    """

    def refresh(
        self,
        progress: Callable[[int, int], None] | None = None,
        rebuild: bool = False,
        workers: int | None = None,
        listing: Future[list[tuple[str, int, int]]] | None = None,
        settle: bool = True,
    ) -> RefreshReport:
        """Bring the index up to date with the files; `progress(done, total)` after each batch.

        `total` is 0 while the folder is still being read. `listing` is a folder read started
        earlier with `start_scan(root)`. A damaged index is rebuilt, in a temporary folder if
        need be (the report's notices say so); raises IndexUnavailable when even that fails.
        `settle=False`: the speakers and the grouping of copies follow with `settle(report)`.
        """
        try:
            return self._build(progress, rebuild, workers, listing, settle)
        except (sqlite3.Error, OSError) as exc:
            raise self._error(exc) from exc

    def refresh_paths(self, paths: Iterable[str], settle: bool = True) -> RefreshReport:
        """Bring the index up to date with a few paths a file watcher saw change (files, or
        folders: everything under them), without listing the whole store (index/changes.py).

        `settle=False`: the releases are listed and searchable at once; the speakers and the
        grouping of copies follow with `settle(report)`. Raises IndexUnavailable; a damaged
        index needs a full `refresh`.
        """
        try:
            return refresh_paths(self, paths, settle)
        except (sqlite3.Error, OSError) as exc:
            raise self._error(exc) from exc

    def settle(self, report: RefreshReport) -> None:
        """The tables derived from all releases (speakers, copies) after `refresh(…,
        settle=False)` or `refresh_paths(…, settle=False)`. Raises IndexUnavailable."""
        try:
            self._after_refresh(report)
        except (sqlite3.Error, OSError) as exc:
            raise self._error(exc) from exc

    def source_counts(self, read_ids: Iterable[str] = ()) -> list[SourceCount]:
        """Every publisher with its number of releases and of read ones (`read_ids`), by name.

        Raises IndexUnavailable."""
        with self._query("read") as conn:
            return source_table.source_counts(conn, read_ids)

    def source_ids(self, source: str) -> list[str]:
        """The release ids of one publisher ("" for releases without one). Raises
        IndexUnavailable."""
        with self._query("read") as conn:
            return source_table.source_ids(conn, source)

    @property
    def count(self) -> int:
        """How many releases the store holds. Raises IndexUnavailable."""
        with self._query("read") as conn:
            return queries.count(conn)

    def search(
        self,
        query: str = "",
        order: str = "date",
        read_ids: Iterable[str] = (),
        starred_ids: Iterable[str] = (),
    ) -> list[int]:
        """Row keys of the releases matching `query` (docs/search.md), newest first or by relevance.

        `read_ids`/`starred_ids` answer is:unread / is:starred. Raises QueryError (a SearchFailed
        with the position of the mistake) when the query cannot be read, SearchInterrupted when
        `interrupt()` cut it short, SearchFailed when FTS5 refuses it, IndexUnavailable.
        """
        parsed = parse(query)
        with self._query("search") as conn:
            return queries.search(conn, parsed, order, read_ids, starred_ids)

    def annotation_rows(self, table: str, rids: Iterable[int]) -> Iterator[dict[str, Any]]:
        """Quote or figure rows (table "quotes" / "figures") of the given releases, in their order,
        read a chunk at a time. Raises IndexUnavailable."""
        if table not in {"quotes", "figures"}:
            raise ValueError(f"no table {table!r}")
        rids = list(rids)
        for i in range(0, len(rids), 5000):
            with self._query("read") as conn:
                batch = list(queries.annotation_rows(conn, table, rids[i : i + 5000]))
            yield from batch

    def _speakers_up_to_date(self) -> None:
        try:
            self._fresh_speakers()
        except (sqlite3.Error, OSError) as exc:
            raise self._error(exc) from exc

    def speakers(self, text: str = "", order: str = "quotes") -> list[SpeakerRow]:
        """Every speaker of the store (name variants merged), filtered by `text`, by number of
        quotes ("quotes") or by name ("name"). Raises IndexUnavailable."""
        self._speakers_up_to_date()
        with self._query("read") as conn:
            return speaker_table.speakers(conn, text, order)

    def speaker_quotes(self, name: str) -> tuple[SpeakerRow | None, list[dict[str, object]]]:
        """A speaker (by key, name or any variant) and their quotes, newest first.

        Raises IndexUnavailable."""
        self._speakers_up_to_date()
        with self._query("read") as conn:
            key = speaker_table.key_for(conn, name)
            if key is None:
                return None, []
            row = speaker_table.speaker(conn, key)
            return row, speaker_table.speaker_quotes(conn, key)

    def speaker_quote_pages(self, name: str) -> tuple[SpeakerRow | None, QuotePages]:
        """Like `speaker_quotes`, the rows read a page at a time as they are asked for (the
        speakers view: the first page of a speaker quoted 20,000 times in a few milliseconds).

        Raises IndexUnavailable (also when a later page is read)."""
        self._speakers_up_to_date()
        with self._query("read") as conn:
            key = speaker_table.key_for(conn, name)
            if key is None:
                return None, QuotePages([], self._quotes_at)
            row = speaker_table.speaker(conn, key)
            keys = speaker_table.speaker_quote_keys(conn, key)
        return row, QuotePages(keys, self._quotes_at)

    def _quotes_at(self, keys: list[tuple[int, int]]) -> list[dict[str, Any] | None]:
        with self._query("read") as conn:
            return speaker_table.quotes_at(conn, keys)

    def figure_set(self, query: str = "", unit: str = "") -> FigureSet:
        """The figures of the releases matching `query` whose unit has the words of `unit`
        ("tonnes", "€"), counted; page through it with `figure_page`. Raises what `search` raises."""
        rids = self.search(query) if query.strip() else None
        if unit.strip():
            try:
                self._fresh_units()
            except (sqlite3.Error, OSError) as exc:
                raise self._error(exc) from exc
        with self._query("read") as conn:
            return figure_table.make_set(conn, rids, query, unit)

    def figure_page(
        self, fs: FigureSet, order: str = "date", offset: int = 0, limit: int = 200
    ) -> list[FigureRow]:
        """A page of a figure set (the newest one made), by "date" or "value".

        Raises IndexUnavailable."""
        with self._query("read") as conn:
            return figure_table.page(conn, fs, order, offset, limit)

    def figure_series(
        self, fs: FigureSet, exact_unit: str | None = None, since: str | None = None
    ) -> list[FigureRow]:
        """A measure over time, oldest first (for the chart). Raises IndexUnavailable."""
        with self._query("read") as conn:
            return figure_table.series(conn, fs, exact_unit, since)

    def copies(self, rid: int) -> list[Summary]:
        """The other publications of the same release ("also published as"), oldest first.

        Raises IndexUnavailable."""
        with self._query("read") as conn:
            others = duplicates.others(conn, rid)
        found = self.summaries(others)
        return [found[r] for r in others if r in found]

    def iter_summaries(self, rids: Iterable[int]) -> Iterator[Summary]:
        """The summaries of the given releases in their order, read 500 at a time (for streaming).

        Raises IndexUnavailable."""
        rids = list(rids)
        for i in range(0, len(rids), 500):
            chunk = rids[i : i + 500]
            found = self.summaries(chunk)
            yield from (found[r] for r in chunk if r in found)

    def summaries(self, rids: Iterable[int]) -> dict[int, Summary]:
        """The list columns of the given releases. Raises IndexUnavailable."""
        rids = list(rids)
        with self._query("read") as conn:
            try:
                return queries.summaries(conn, rids)
            except _DAMAGED as exc:
                raise self._error(exc) from exc

    def release(self, rid: int) -> Release | None:
        """The whole release behind a row key. Raises IndexUnavailable."""
        with self._query("read") as conn:
            doc = queries.release_doc(conn, rid)
        try:
            return queries.release_of(doc) if doc is not None else None
        except _DAMAGED as exc:
            raise self._error(exc) from exc

    def releases(self) -> Iterator[Release]:
        """Every release, in path order (for checks and exports). Raises IndexUnavailable."""
        with self._query("read") as conn:
            docs = queries.release_docs(conn)
        for doc in docs:
            try:
                release = queries.release_of(doc)
            except _DAMAGED as exc:
                raise self._error(exc) from exc
            yield release

    def rid_of(self, release_id: str) -> int | None:
        """The row key of a release id (the first file, when an id is duplicated).

        Raises IndexUnavailable.
        """
        with self._query("read") as conn:
            return queries.rid_of(conn, release_id)

    def resolve(self, ref: str | None) -> int | None:
        """The row key a related link points to: an id, else an exact (case-blind) title.

        Raises IndexUnavailable.
        """
        if not ref:
            return None
        rid = self.rid_of(ref)
        if rid is not None:
            return rid
        with self._query("read") as conn:
            return queries.rid_of_title(conn, ref)

    def resolve_id(self, ref: str | None) -> str | None:
        """The id a related link points to, or None. Raises IndexUnavailable."""
        rid = self.resolve(ref)
        summary = self.summaries([rid]).get(rid) if rid is not None else None
        return summary.id if summary else None

    def id_map(self) -> dict[int, str]:
        """Row key → release id for the whole store (for filters by read state and stars).

        Raises IndexUnavailable.
        """
        with self._query("read") as conn:
            return queries.id_map(conn)

    def problems(self) -> list[Problem]:
        """Every file problem, plus duplicate ids across files. Raises IndexUnavailable."""
        with self._query("read") as conn:
            rows, dups = queries.file_problems(conn)
        try:
            return queries.problems_of(rows, dups)
        except _DAMAGED as exc:
            raise self._error(exc) from exc

    def link_problems(self) -> list[Problem]:
        """Related links that resolve to nothing (reads every release: for `check`).

        Raises IndexUnavailable.
        """
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

    def similar(self, release: Release, limit: int = 5) -> list[Summary]:
        """The releases most related to `release`: shared words, topics and source (related.py).

        Runs on the search connection: raises SearchInterrupted when `interrupt()` cut it short,
        IndexUnavailable.
        """
        words = related.keywords(release)
        if not words:
            return []
        with self._query("search") as conn:
            rids = related.candidates(conn, words)
        return related.rank(release, rids, self.summaries(rids), limit)
