"""Read marks, stars, opening releases and the history of releases opened, for the session
(kept apart from session.py to keep each part of the session small)."""

from __future__ import annotations

from collections.abc import Iterable

from pressreader.index import Summary
from pressreader.model import Release
from pressreader.session_base import Outcome, SessionBase
from pressreader.text import plural


class MarksMixin(SessionBase):
    """The releases' marks and stars, what is opened, and back and forward through the history."""

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
