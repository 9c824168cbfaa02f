"""A reading session: one store as the reader uses it, in plain Python (no Textual, no Rich).

The session holds what the reader's rules are about: the store's Library, the filters (query,
hide-read, starred-only, date or relevance order), read marks and stars (kept by
`pressreader.state`), the history of releases opened (with scroll positions), what is shown, the
titles of related links, and exports. The Textual app only wires widgets to it, so every rule here
can be tested without a terminal (tests/test_session.py).

A user action returns an `Outcome`: what to tell the user and what the screen must do next
(redraw the marks, save the state, search again, open a release). Slow calls (`refresh`,
`run_search`, `release`, `similar`) are meant for worker threads; failures are raised as the
exceptions of `pressreader.errors`, never as sqlite3's.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pressreader.config import Config, ConfigWriteFailed, save_search
from pressreader.errors import (
    ExportFailed,
    IndexUnavailable,
    PressreaderError,
    SearchFailed,
    SearchInterrupted,
)
from pressreader.formats.citation import citation, quote_citation
from pressreader.formats.markdown import to_markdown
from pressreader.index import Library, RefreshReport, Summary, start_scan
from pressreader.model import QuoteRef, Release
from pressreader.paths import store_title
from pressreader.query import QueryError
from pressreader.state import ReadingState
from pressreader.store import Problem, write_atomic
from pressreader.text import plural


@dataclass(frozen=True)
class Outcome:
    """What a user action means for the screen."""

    notice: str = ""  # what to tell the user ("" for nothing)
    severity: Literal["information", "warning", "error"] = "information"
    timeout: float | None = None  # seconds the notice stays (None: as long as usual)
    redraw: bool = False  # read marks or stars changed: draw the list's rows again
    save: bool = False  # the reading state changed: save it soon
    refilter: bool = False  # what the filters let through changed: search again
    open: int | None = None  # open this release (row key) in the detail pane
    scroll: float = 0.0  # ... scrolled this far down
    record: bool = True  # ... and record it in the history (not when going back or forward)


@dataclass(frozen=True)
class SearchRequest:
    """One search, taken on the UI thread and run in a worker."""

    query: str
    order: str  # "date" (newest first) or "relevance"
    keep: frozenset[str] | None = None  # only these release ids (starred only)
    drop: frozenset[str] = frozenset()  # not these release ids (read ones, when hidden)
    read: frozenset[str] = frozenset()  # the read marks and stars, for is:unread / is:starred
    starred: frozenset[str] = frozenset()


class ReadingSession:
    """The store being read, the filters, the marks, the history and what is shown."""

    def __init__(self, root: Path, config: Config, state: ReadingState | None = None) -> None:
        self.root = Path(root).expanduser()
        self.config = config
        self.state = state if state is not None else ReadingState.load(self.root)
        self.library: Library | None = None
        self.query = ""
        self.order = "date"
        self.hide_read = False
        self.starred_only = False
        self.indexing = False  # the index is being brought up to date
        self.total = 0  # releases in the store, as of the last search
        self.problems: list[Problem] = []
        self.shown: int | None = None  # row key of the release in the detail pane
        self.opening: int | None = None  # a release being opened (not to be previewed again)
        self._ids: dict[int, str] = {}  # row key → release id, for the read and star filters
        self._leaving_scroll = 0.0  # scroll position of the release being left
        self._recording = True  # False while going back or forward in the history
        self._last_progress_search = 0.0  # when the index's progress last started a search
        self._listing: Future[list[tuple[str, int, int]]] | None = None

    # ------------------------------------------------------------------ the store

    def start_scan(self) -> None:
        """Start reading the folder's listing (file sizes and times) in the background."""
        self._listing = start_scan(self.root.resolve())

    def missing_store(self) -> str | None:
        """What to say when the store folder does not exist (None when it does)."""
        if self.root.is_dir():
            return None
        return (
            f"The store folder {self.root} does not exist.\n\n"
            "Start pressreader with --data DIR pointing at a folder of release files "
            "(*.yaml), or create this one and import releases into it with "
            "`pressreader import`."
        )

    def open_library(self) -> Library:
        """Open the store's index (warm: usable at once). Slow: call from a worker."""
        return Library(self.root)

    def attach(self, library: Library) -> list[Outcome]:
        """Use an opened index from now on: its notices for the user, and a first search."""
        self.library = library
        self.indexing = True
        return [*(Outcome(n, "warning", 8) for n in library.notices), Outcome(refilter=True)]

    def refresh(
        self, library: Library, progress: Callable[[int, int], None]
    ) -> tuple[RefreshReport, list[Problem]]:
        """Bring the index up to date with the files; the report and the files' problems.

        A full disk or a broken cache keeps what the index has and says so in the report.
        Slow: call from a worker.
        """
        try:
            listing = self._listing if library.count else None  # no index yet: read as it goes
            report = library.refresh(progress=progress, listing=listing)
        except PressreaderError as exc:
            report = RefreshReport(notices=[f"The index could not be brought up to date: {exc}"])
        try:
            problems = library.problems()
        except PressreaderError:
            problems = []
        return report, problems

    def refreshed(self, report: RefreshReport, problems: list[Problem]) -> list[Outcome]:
        """The index matches the files: what to tell the user about it, and a search again."""
        self.indexing = False
        self.problems = problems
        shown = self.library.notices if self.library else []  # shown when the store opened
        out = [Outcome(n, "warning", 8) for n in report.notices if n not in shown]
        errors = sum(p.severity == "error" for p in problems)
        if errors:
            out.append(
                Outcome(
                    f"{plural(errors, 'file')} could not be loaded. Press ! to see why "
                    "(or run `pressreader check`).",
                    "error",
                    10,
                )
            )
        return [*out, Outcome(refilter=True)]

    def progress(self, done: int, total: int) -> tuple[str, bool]:
        """Files were parsed into the index: the status line ("" to keep it), and whether to
        search again to show the new releases (at most twice a second, and at the end)."""
        text = f"Indexing… {plural(done, 'file')} so far" if done else ""
        if total:
            text = f"Indexing {done:,} of {plural(total, 'file')}…"
        now = time.monotonic()
        if now - self._last_progress_search > 0.5 or done == total:
            self._last_progress_search = now
            return text, True
        return text, False

    # ------------------------------------------------------------------ search and filters

    def set_query(self, query: str) -> bool:
        """The search box changed; whether the query is new."""
        changed = query != self.query
        self.query = query
        return changed

    def request(self) -> SearchRequest:
        """The search the filters ask for now (on the UI thread: it copies the marks)."""
        state, query = self.state, self.query
        keep = frozenset(state.starred) if self.starred_only else None
        drop = frozenset(state.read) if self.hide_read else frozenset()
        if "is:" not in query:  # no is:unread / is:starred: no need to copy the marks
            return SearchRequest(query, self.order, keep, drop)
        read, starred = frozenset(state.read), frozenset(state.starred)
        return SearchRequest(query, self.order, keep, drop, read, starred)

    def is_current(self, request: SearchRequest) -> bool:
        """Whether a search's results are still wanted (no newer query or order since)."""
        return request.query == self.query and request.order == self.order

    def interrupt(self) -> None:
        """Cut short a search running in a worker (a newer one supersedes it)."""
        if self.library is not None:
            self.library.interrupt()

    def run_search(self, request: SearchRequest) -> list[int]:
        """Row keys of the releases the request matches, filtered by read marks and stars.

        Raises SearchInterrupted when `interrupt()` cut it short, QueryError (a SearchFailed)
        when the query cannot be read, SearchFailed when the index cannot be read. Slow: call
        from a worker.
        """
        if self.library is None:
            return []
        try:
            rids = self.library.search(
                request.query, request.order, read_ids=request.read, starred_ids=request.starred
            )
            if request.keep is not None or request.drop:
                if not self._ids or len(self._ids) != self.library.count:
                    self._ids = self.library.id_map()
                ids, keep, drop = self._ids, request.keep, request.drop
                rids = [
                    r
                    for r in rids
                    if (keep is None or ids.get(r) in keep) and ids.get(r) not in drop
                ]
        except IndexUnavailable as exc:
            raise SearchFailed(str(exc)) from exc
        return rids

    @staticmethod
    def query_problem(error: QueryError) -> str:
        """What is wrong with a query, and where, for the line under the search box."""
        return f"{error.message} (column {error.position + 1})"

    def searched(self, found: int) -> None:
        """A search's results are shown: the store's size is known again."""
        self.total = self.library.count if self.library else 0
        if not found:
            self.shown = None

    @property
    def title(self) -> str:
        """The store's name for the title bar ("Sample releases (Norland)" for the samples)."""
        return store_title(self.root)

    @property
    def _filters(self) -> str:
        """The mark filters that are on, for the status line ("unread", "starred", "")."""
        on = [("unread", self.hide_read), ("starred", self.starred_only)]
        return " and ".join(name for name, flag in on if flag)

    def counts(self, found: int) -> tuple[str, str | None, str]:
        """The title bar's subtitle, and the status line with its state (None while indexing).

        Both come from the same two numbers (what is listed, what the store holds), so they
        always agree: with `u` or `S` on the status line says "1 of 32 releases · unread only".
        """
        subtitle = f"{self.title} · {found:,} of {plural(self.total, 'release')}"
        order = "by relevance" if self.order == "relevance" else "newest first"
        filters = f" · {self._filters} only" if self._filters else ""
        if self.indexing:
            return subtitle, None, ""
        if self.query and not found:
            return subtitle, f"No releases match “{self.query}”{filters}", "-no-results"
        if self.query:
            return subtitle, f"{plural(found, 'match', 'matches')}{filters} · {order}", ""
        if filters and not found:
            return subtitle, f"No {self._filters} releases", "-no-results"
        if filters:
            listed = f"{found:,} of {plural(self.total, 'release')}"
            return subtitle, f"{listed}{filters} · {order}", ""
        return subtitle, f"{plural(self.total, 'release')} · {order}", ""

    def empty_text(self, query: str) -> str | None:
        """What the detail pane says when a search found nothing (None: leave it as it is)."""
        if self.total == 0 and not self.indexing:
            return (
                f"No releases in {self.root}.\n\n"
                "Add release files (*.yaml, see docs/format.md) or bring some in with "
                "`pressreader import SOURCE --into DIR`."
            )
        if not self.total:
            return None
        if not query and self._filters:
            keys = " and ".join(
                k for k, on in (("u", self.hide_read), ("S", self.starred_only)) if on
            )
            return f"No {self._filters} releases.\n\nPress {keys} to show the others too."
        return f"No releases match “{query}”."

    def toggle_order(self) -> Outcome:
        self.order = "relevance" if self.order == "date" else "date"
        shown = "relevance" if self.order == "relevance" else "date, newest first"
        return Outcome(f"Sorted by {shown}", timeout=2, refilter=True)

    def toggle_hide_read(self) -> Outcome:
        self.hide_read = not self.hide_read
        notice = "Read releases hidden" if self.hide_read else "Read releases shown"
        return Outcome(notice, timeout=2, refilter=True)

    def toggle_starred_only(self) -> Outcome:
        self.starred_only = not self.starred_only
        notice = "Only starred releases" if self.starred_only else "All releases"
        return Outcome(notice, timeout=2, refilter=True)

    # ------------------------------------------------------------------ saved searches

    @property
    def saved_searches(self) -> dict[str, str]:
        """The named queries of config.yaml (`saved_searches:`), name → query, in file order."""
        return self.config.saved_searches

    def save_search(self, name: str, query: str | None = None) -> Outcome:
        """Save the search in the box (or `query`) under `name` in config.yaml, keeping the rest
        of the file (see config.save_search); the outcome says what happened."""
        query = (self.query if query is None else query).strip()
        name = " ".join(name.split())
        if not query:
            return Outcome("Type a search first, then save it.", "warning", 4)
        if not name:
            return Outcome("A saved search needs a name.", "warning", 4)
        try:
            save_search(self.config.path, name, query)
        except ConfigWriteFailed as exc:
            return Outcome(f"Could not save the search: {exc}", "error", 8)
        replaced = name in self.config.saved_searches
        self.config.saved_searches[name] = query
        verb = "Updated" if replaced else "Saved"
        return Outcome(f"{verb} “{name}” in {self.config.path}", timeout=4)

    def saved_search_counts(
        self, read_ids: Iterable[str] | None = None, starred_ids: Iterable[str] | None = None
    ) -> dict[str, tuple[int, int]]:
        """Each saved search's (unread, total) matches, found with the index, in file order.

        `read_ids`/`starred_ids` default to a copy of the marks (pass copies taken on the UI
        thread when calling from a worker). A search the index cannot run counts (0, 0). Runs
        on the search connection, so `interrupt()` cuts it short (SearchInterrupted); raises
        IndexUnavailable when the index cannot be read. Slow: call from a worker.
        """
        if self.library is None:
            return {}
        read = frozenset(self.state.read if read_ids is None else read_ids)
        starred = frozenset(self.state.starred if starred_ids is None else starred_ids)
        counts: dict[str, tuple[int, int]] = {}
        for name, query in list(self.config.saved_searches.items()):
            try:
                total = len(self.library.search(query, read_ids=read, starred_ids=starred))
                # in front: a space is AND and binds loosest, and the last word stays a prefix
                unread = self.library.search(
                    f"is:unread {query}", read_ids=read, starred_ids=starred
                )
            except SearchInterrupted:
                raise  # a keystroke's search took over: the caller asks again later
            except SearchFailed:  # the query cannot be read or run (IndexUnavailable is raised)
                counts[name] = (0, 0)
                continue
            counts[name] = (len(unread), total)
        return counts

    # ------------------------------------------------------------------ releases and marks

    def summaries(self, rids: Iterable[int]) -> dict[int, Summary]:
        """The list columns of the given releases (for the rows on screen)."""
        return self.library.summaries(rids) if self.library else {}

    def marks(self, release_id: str) -> tuple[bool, bool]:
        """(read, starred) of a release, for its row in the list."""
        return self.state.is_read(release_id), release_id in self.state.starred

    def target(self, cursor: int | None, list_focused: bool) -> str | None:
        """The release the user means: the list's cursor row when the list has focus, else the
        one shown; its release id."""
        rid = cursor if list_focused or self.shown is None else self.shown
        if rid is None or self.library is None:
            return None
        summary = self.library.summaries([rid]).get(rid)
        return summary.id if summary else None

    def toggle_read(self, release_id: str | None) -> Outcome:
        if release_id is None:
            return Outcome()
        read = self.state.toggle_read(release_id)
        notice = "Marked as read" if read else "Marked as unread"
        return Outcome(
            notice, timeout=2, redraw=True, save=True, refilter=self._by_marks(self.hide_read)
        )

    def toggle_star(self, release_id: str | None) -> Outcome:
        if release_id is None:
            return Outcome()
        starred = self.state.toggle_star(release_id)
        notice = "Starred" if starred else "Star removed"
        return Outcome(
            notice, timeout=2, redraw=True, save=True, refilter=self._by_marks(self.starred_only)
        )

    def mark_all_read(self, rows: list[int]) -> Outcome:
        """Mark every release the list shows as read."""
        if self.library is None:
            return Outcome()
        ids = self.library.id_map()
        self.state.mark_read(*(ids[r] for r in rows if r in ids))
        notice = f"Marked {plural(len(rows), 'release')} as read"
        return Outcome(
            notice, timeout=3, redraw=True, save=True, refilter=self._by_marks(self.hide_read)
        )

    def _by_marks(self, filter_on: bool) -> bool:
        """Whether the list depends on the marks: a filter is on, or the query has is:…"""
        return filter_on or "is:" in self.query

    def release(self, rid: int) -> Release | None:
        """The whole release behind a row key; IndexUnavailable when it cannot be read.

        Slow for a big release: call from a worker.
        """
        return self.library.release(rid) if self.library else None

    def similar(self, release: Release) -> list[Summary]:
        """The store's most related releases. Runs on the search connection, so a keystroke's
        `interrupt()` can cut it short (SearchInterrupted); IndexUnavailable when the index
        cannot be read. Slow: call from a worker.
        """
        return self.library.similar(release) if self.library else []

    def title_of(self, ref: str) -> str | None:
        """The title of the release a related link points to, or None when it is not here."""
        if self.library is None:
            return None
        rid = self.library.resolve(ref)
        summary = self.library.summaries([rid]).get(rid) if rid is not None else None
        return summary.title if summary else None

    # ------------------------------------------------------------------ opening and history

    def open_ref(self, ref: str) -> Outcome:
        """Open the release a related link names."""
        rid = self.library.resolve(ref) if self.library else None
        if rid is None:
            return Outcome(f"“{ref}” is not in this store.", "warning")
        return Outcome(open=rid)

    def open_related(self, release: Release | None, which: str) -> Outcome:
        """Open the release's previous or next release (`which`: "previous" or "next")."""
        ref = getattr(release.related, which) if release else None
        if not ref:
            return Outcome(f"This release has no {which} release.", timeout=3)
        return self.open_ref(ref)

    def begin_open(self, rid: int, scroll_of_current: float, record: bool = True) -> None:
        """A release is about to be opened; the one being left was scrolled this far."""
        self.opening = rid
        self._leaving_scroll = scroll_of_current if record else 0.0
        self._recording = record

    def loaded(self, rid: int) -> None:
        """A release is in the detail pane now."""
        self.shown = rid
        self.opening = None

    def opened(self, release_id: str) -> Outcome:
        """A release was opened (not just previewed): it is read now, and recorded in the history
        unless the history itself opened it."""
        newly_read = not self.state.is_read(release_id)
        if newly_read:
            self.state.mark_read(release_id)
        if self._recording:
            self.state.visit(release_id, self._leaving_scroll)
        self._recording = True
        return Outcome(redraw=newly_read, save=True)

    def open_shown(self, release_id: str) -> Outcome:
        """The release previewed in the detail pane was opened (enter on its row)."""
        self._leaving_scroll = 0.0
        return self.opened(release_id)

    def history(self, step: int, scroll_of_current: float) -> Outcome:
        """Back (-1) or forward (1) through the releases opened, each at its scroll position."""
        state = self.state
        visit = state.back(scroll_of_current) if step < 0 else state.forward(scroll_of_current)
        if visit is None:
            return Outcome("No further history that way.", timeout=2)
        rid = self.library.rid_of(visit.id) if self.library else None
        if rid is None:
            return Outcome(f"{visit.id} is no longer in this store.", "warning")
        return Outcome(save=True, open=rid, scroll=visit.scroll, record=False)

    # ------------------------------------------------------------------ exports and the state

    def export_markdown(self, release: Release) -> Path:
        """Write a release as Markdown into the export folder; the file written.

        Raises ExportFailed (with the reason) when it cannot be written.
        """
        target = self.config.export_dir / f"{release.id}.md"
        try:
            write_atomic(target, to_markdown(release, self.title_of))
        except OSError as exc:
            raise ExportFailed(f"Could not write {target}: {exc.strerror or exc}") from exc
        return target

    @staticmethod
    def citation(release: Release, quote: QuoteRef | None = None) -> str:
        """A citation of the release, or of one of its quotes."""
        return quote_citation(release, quote) if quote is not None else citation(release)

    @property
    def theme(self) -> str | None:
        """The theme to start with: the one last chosen, else the configured one."""
        return self.state.theme or self.config.theme

    def remember_theme(self, theme: str) -> bool:
        """Remember the theme chosen for next time; whether the state changed."""
        if theme == self.state.theme:
            return False
        self.state.theme = theme
        return True

    @property
    def layout(self) -> tuple[int | None, str]:
        """The panes as last left: the list's share of the width in percent (None: automatic)
        and the zoom ("", "list" or "release")."""
        return self.state.split, self.state.zoom

    def remember_layout(self, split: int | None, zoom: str) -> bool:
        """Remember the split and the zoom for next time; whether the state changed."""
        if (split, zoom) == (self.state.split, self.state.zoom):
            return False
        self.state.split, self.state.zoom = split, zoom
        return True

    def save(self) -> str | None:
        """Write the reading state (atomically); what went wrong, or None."""
        return self.state.save()
