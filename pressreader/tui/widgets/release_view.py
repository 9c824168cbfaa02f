"""The detail pane: the release rendered (headings, quotes, figures, image credits) and its links."""

from __future__ import annotations

import re
from collections.abc import Callable

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static

from pressreader.formats.rich import Limit, Spot, body_renderables, related_lines
from pressreader.model import Release
from pressreader.tui.widgets.quote_nav import QuoteNav
from pressreader.tui.widgets.related_nav import RelatedNav

# ref → title of the release it points to, or None when it resolves to nothing.
TitleOf = Callable[[str], str | None]


class ReleaseView(VerticalScroll, can_focus=True):
    """Shows one release; scrolls with space, page keys, home and end."""

    BINDINGS = [
        Binding("space", "page_down", "Page down", show=False, id="detail.page_down"),
        Binding("shift+space,b", "page_up", "Page up", show=False, id="detail.page_up"),
        Binding("down,j", "scroll_down", "Scroll", show=False, id="detail.down"),
        Binding("up,k", "scroll_up", "Scroll", show=False, id="detail.up"),
        Binding("home,g", "scroll_home", "Top", show=False, id="detail.top"),
        Binding("end,G", "scroll_end", "Bottom", show=False, id="detail.bottom"),
        Binding("escape,h", "app.focus_list", "Back to list", id="detail.back"),
    ]

    release: reactive[Release | None] = reactive(None, always_update=True)

    def __init__(self, title_of: TitleOf, **kwargs) -> None:
        super().__init__(**kwargs)
        self.title_of = title_of
        self.pattern: re.Pattern[str] | None = None
        self._pending_scroll = 0.0  # restored once the release is laid out (history)
        # A quote or figure to show (block, start, end), for the release with this id when it
        # comes (the speakers and figures views open a release at one); the line to scroll to.
        self._expected_spot: tuple[str, tuple[int, int | None, int | None]] | None = None
        self.spot: tuple[int, int | None, int | None] | None = None
        self._spot_line: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="doc", markup=False)
        yield Static("Who said what", id="quotes-title", markup=False)
        yield QuoteNav(id="quotes", markup=False)
        yield RelatedNav(id="related", markup=False)

    def show(
        self, release: Release | None, pattern: re.Pattern[str] | None = None, scroll: float = 0.0
    ) -> None:
        """Show a release (or the empty state), scrolled to the top or to `scroll` lines down."""
        self.pattern = pattern
        self._pending_scroll = scroll
        expected, self._expected_spot = self._expected_spot, None
        self.spot = expected[1] if expected and release and release.id == expected[0] else None
        self.release = release
        if scroll:
            self.call_after_refresh(self._restore_scroll)

    def expect_spot(self, release_id: str, spot: tuple[int, int | None, int | None]) -> None:
        """Show the next release, if it is this one, scrolled to `spot` (block, start, end) with
        those words styled apart (formats/rich.py SPOT_STYLE)."""
        self._expected_spot = (release_id, spot)

    def _scroll_to_spot(self) -> None:
        if self._spot_line is not None:
            self.scroll_to(y=self._spot_line, animate=False, immediate=True)
            if self.max_scroll_y >= self._spot_line:
                self._spot_line = None  # there: the reader may scroll away now

    def _spot_offset(self, parts: list) -> int | None:
        """The line of the detail pane where the spot's block starts (None: no spot)."""
        index = next((i for i, p in enumerate(parts) if isinstance(p, Spot)), None)
        if index is None:
            return None
        doc = self.query_one("#doc", Static)
        width = doc.size.width or max(20, self.size.width - 4)
        console = self.app.console
        lines = console.render_lines(Group(*parts[:index]), console.options.update_width(width))
        return len(lines)

    def watch_virtual_size(self) -> None:
        """The new release is laid out: now its scroll position can be restored."""
        self._restore_scroll()
        self._scroll_to_spot()

    def _restore_scroll(self) -> None:
        if self._pending_scroll and self.max_scroll_y >= self._pending_scroll:
            self.scroll_to(y=self._pending_scroll, animate=False, immediate=True)
            self._pending_scroll = 0.0

    def show_message(self, message: str) -> None:
        """Show a notice in place of a release (empty store, missing folder)."""
        self.release = None
        self.query_one("#doc", Static).update(Text(message))
        self.query_one(RelatedNav).show([])
        self.query_one(QuoteNav).show([])
        self.set_class(True, "-empty")
        self.set_class(False, "-has-quotes")  # no "Who said what" heading over nothing

    def watch_release(self, release: Release | None) -> None:
        doc = self.query_one("#doc", Static)
        nav = self.query_one(RelatedNav)
        self.set_class(release is None, "-empty")
        self.set_class(release is not None and bool(release.quotes), "-has-quotes")
        quotes = self.query_one(QuoteNav)
        if release is None:
            doc.update("")
            nav.show([])
            quotes.show([])
            return
        parts = list(body_renderables(release, self.pattern, Limit(), self.spot))
        related = related_lines(release, self.title_of)
        doc.update(Group(*parts))
        nav.show(related)
        quotes.show(release.quotes)
        self.scroll_home(animate=False, immediate=True)
        line = self._spot_offset(parts) if self.spot else None
        self._spot_line = max(0, line - 1) if line is not None else None
        if self._spot_line is not None:
            self.call_after_refresh(self._scroll_to_spot)
