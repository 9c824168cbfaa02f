"""The sources pane's side of LiveStore (tui/live.py): counts found in a worker, choices acted on; apart to keep live.py small."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget

from pressreader.errors import PressreaderError, SearchInterrupted
from pressreader.session import Outcome, ReadingSession
from pressreader.text import plural
from pressreader.tui.widgets.release_list import ReleaseList
from pressreader.tui.widgets.search_box import SearchBox
from pressreader.tui.widgets.sources import Entry, SourcesPane, entries

if TYPE_CHECKING:
    from pressreader.tui.screens.reader import ReaderScreen

COUNT_DELAY = 0.3  # marks changed: the pane's counts are found again this long after the last


class LiveSources(Widget):
    """The base of LiveStore: the sources pane's counts and choices, and the timers of both."""

    session: ReadingSession
    _counting: bool
    _count_again: bool
    _live_timers: dict[str, Timer]

    @dataclass
    class Counted(Message, bubble=False, namespace="live_store"):
        """The sources pane's rows with their counts."""

        rows: list[Entry]

    @property
    def reader(self) -> ReaderScreen:
        return self.screen  # type: ignore[return-value]

    # ------------------------------------------------------------------ the sources pane

    @property
    def pane(self) -> SourcesPane | None:
        found = self.reader.query(SourcesPane)
        return found.first() if found else None

    def counts_soon(self, delay: float = COUNT_DELAY) -> None:
        """Count the sources again soon (several changes in a row are counted once)."""
        pane = self.pane
        if pane is None or not pane.display or self.session.library is None:
            return
        self._later("count", delay, self._count)

    def _count(self) -> None:
        if self._counting:
            self._count_again = True
            return
        self._counting = True
        read = frozenset(self.session.state.read)
        starred = frozenset(self.session.state.starred)
        self.run_worker(
            lambda: self._count_in_worker(read, starred),
            thread=True,
            group="live-count",
            exit_on_error=False,
        )

    def _count_in_worker(self, read: frozenset[str], starred: frozenset[str]) -> None:
        library = self.session.library
        rows: list[Entry] | None = None
        if library is not None:
            try:
                sources = library.source_counts(read)
                saved: dict[str, tuple[int, int]] = {}
                for _ in range(5):  # a keystroke's search may interrupt the saved ones
                    try:
                        saved = self.session.saved_search_counts(read, starred)
                        break
                    except SearchInterrupted:
                        time.sleep(0.05)
                rows = entries(sources, dict(self.session.saved_searches), saved)
            except PressreaderError:
                rows = None
        self.post_message(self.Counted(rows if rows is not None else []))

    def on_live_store_counted(self, message: LiveSources.Counted) -> None:
        self._counting = False
        pane = self.pane
        if pane is not None and message.rows:
            pane.show_counts(message.rows)
        if self._count_again:
            self._count_again = False
            self.counts_soon(0.0)

    def toggle_sources(self) -> bool:
        """`p`: show or hide the sources pane; whether it is shown now."""
        pane = self.pane
        if pane is None:
            return False
        shown = pane.wanted = not pane.display  # shown on request even when narrow
        pane.display = shown
        self.reader.panes.apply()
        if shown:
            self.counts_soon(0.0)
            pane.focus()
        elif self.app.focused is None or self.app.focused is pane:
            self.reader.query_one(ReleaseList).focus()
        return shown

    def fit(self, width: int) -> None:
        """The terminal was resized: the pane hides below its width (and shows again above)."""
        pane = self.pane
        if pane is not None:
            was = pane.display
            if pane.fit(width) and not was:
                self.counts_soon(0.0)

    def on_sources_pane_chosen(self, message: SourcesPane.Chosen) -> None:
        self.choose(message.entry)

    def choose(self, entry: Entry) -> None:
        """Filter the list by a publisher or a saved search: its query goes in the search box."""
        if not entry.query:
            self.notify("These releases name no publisher to search for.", timeout=3, markup=False)
            return
        self.reader.query_one(SearchBox).value = entry.query
        self.reader.query_one(ReleaseList).focus()

    def on_sources_pane_mark_read(self, message: SourcesPane.MarkRead) -> None:
        self.mark_source_read(message.source)

    def mark_source_read(self, source: str) -> None:
        """`A`: every release of the publisher is read now."""
        library = self.session.library
        if library is None:
            return
        try:
            ids = library.source_ids(source)
        except PressreaderError as exc:
            self.notify(f"Could not mark them: {exc}", severity="error", markup=False)
            return
        self.session.state.mark_read(*ids)
        name = source or "no publisher"
        refilter = self.session.hide_read or "is:" in self.session.query
        notice = f"Marked {plural(len(ids), 'release')} of {name} as read"
        self.reader.apply(Outcome(notice, timeout=3, redraw=True, save=True, refilter=refilter))

    # ------------------------------------------------------------------ helpers

    def _later(self, name: str, delay: float, callback) -> None:
        if (timer := self._live_timers.pop(name, None)) is not None:
            timer.stop()

        def call() -> None:
            if self._live_timers.get(name) is timer:
                del self._live_timers[name]
                callback()

        timer = self._live_timers[name] = self.set_timer(max(0.01, delay), call)
