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

from pressreader.formats.rich import Limit, body_renderables, related_lines
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
        self.release = release
        if scroll:
            self.call_after_refresh(self._restore_scroll)

    def watch_virtual_size(self) -> None:
        """The new release is laid out: now its scroll position can be restored."""
        self._restore_scroll()

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

    def watch_release(self, release: Release | None) -> None:
        doc = self.query_one("#doc", Static)
        nav = self.query_one(RelatedNav)
        self.set_class(release is None, "-empty")
        quotes = self.query_one(QuoteNav)
        if release is None:
            doc.update("")
            nav.show([])
            quotes.show([])
            return
        parts = list(body_renderables(release, self.pattern, Limit()))
        related = related_lines(release, self.title_of)
        doc.update(Group(*parts))
        nav.show(related)
        quotes.show(release.quotes)
        self.set_class(bool(release.quotes), "-has-quotes")
        self.scroll_home(animate=False, immediate=True)
