"""A reading session: one store as the reader uses it, in plain Python (no Textual, no Rich).

The session holds what the reader's rules are about: the store's Library, the filters (query,
hide-read, starred-only, date or relevance order), read marks and stars (kept by
`pressreader.state`), the history of releases opened (with scroll positions), what is shown, the
titles of related links, and exports. The Textual app only wires widgets to it, so every rule here
can be tested without a terminal (tests/unit/test_session.py). This module opens and indexes the
store; the rest lives in its parts: session_search (searches, filters, counts), session_marks
(marks, opening, history) and session_prefs (saved searches, exports, theme, layout), on the
shared state of session_base (which also holds `Outcome` and `SearchRequest`).

A user action returns an `Outcome`: what to tell the user and what the screen must do next
(redraw the marks, save the state, search again, open a release). Slow calls (`refresh`,
`run_search`, `release`, `similar`) are meant for worker threads; failures are raised as the
exceptions of `pressreader.errors`, never as sqlite3's.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from pressreader.errors import PressreaderError
from pressreader.index import Library, RefreshReport, start_scan
from pressreader.session_base import Outcome, SearchRequest, SessionBase
from pressreader.session_marks import MarksMixin
from pressreader.session_prefs import PrefsMixin
from pressreader.session_search import SearchMixin
from pressreader.store import Problem
from pressreader.text import plural

__all__ = ["Outcome", "ReadingSession", "SearchRequest", "SessionBase"]


class ReadingSession(SearchMixin, MarksMixin, PrefsMixin):
    """The store being read, the filters, the marks, the history and what is shown."""

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
            report = library.refresh(progress=progress, listing=listing, settle=False)
        except PressreaderError as exc:
            report = RefreshReport(notices=[f"The index could not be brought up to date: {exc}"])
        try:
            problems = library.problems()
        except PressreaderError:
            problems = []
        return report, problems

    def settle(self, library: Library, report: RefreshReport) -> list[Outcome]:
        """After `refresh` has shown the files: the speakers, the signatures and the grouping of
        copies (a copy found now leaves the list: search again). Slow: call from a worker."""
        try:
            library.settle(report)
        except PressreaderError as exc:
            return [Outcome(f"The index could not be brought up to date: {exc}", "warning", 8)]
        self.store_changed()  # copies grouped: the list counts them once
        changed = report.parsed or report.removed or report.rebuilt
        return [Outcome(refilter=True)] if changed else []

    def refreshed(self, report: RefreshReport, problems: list[Problem]) -> list[Outcome]:
        """The index matches the files: what to tell the user about it, and a search again."""
        self.indexing = False
        self.problems = problems
        self.store_changed()
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
