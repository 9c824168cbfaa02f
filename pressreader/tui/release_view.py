"""The detail pane: the release rendered (headings, quotes, figures, image credits) and its links."""

from __future__ import annotations

import re
from collections.abc import Callable

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from pressreader.formats.common import attribution
from pressreader.formats.rich import Limit, body_renderables, related_lines
from pressreader.model import QuoteRef, Release
from pressreader.text import clean

# ref → title of the release it points to, or None when it resolves to nothing.
TitleOf = Callable[[str], str | None]


class RelatedNav(OptionList):
    """Previous / next / see-also links and the most related releases of the store.

    Unresolved links are shown but cannot be chosen.
    """

    BINDINGS = [
        Binding("escape,h", "app.back", "Back to list", id="related.back"),
    ]

    class Navigate(Message):
        """Open the release a link points to."""

        def __init__(self, ref: str) -> None:
            super().__init__()
            self.ref = ref

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.refs: dict[str, str] = {}
        self.links: list[tuple[str, str, str | None]] = []
        self.similar: list[tuple[str, str]] = []

    def show(self, lines: list[tuple[str, str, str | None]]) -> None:
        """Replace the document's own links (the related releases come later, from a worker)."""
        self.links, self.similar = lines, []
        self._rebuild()

    def show_similar(self, similar: list[tuple[str, str]]) -> None:
        """Add the store's most related releases: (id, title) pairs."""
        self.similar = similar
        self._rebuild()

    def _rebuild(self) -> None:
        self.refs = {}
        options: list[Option | None] = []
        if self.links:
            options.append(Option(Text("Related", style="bold underline"), disabled=True))
        for i, (label, shown, target) in enumerate(self.links):
            prompt = Text(f"{label}: ", style="bold")
            prompt.append(shown, style="" if target else "dim italic")
            if target is None:
                prompt.append("  (not in this store)", style="dim")
            option_id = f"link-{i}"
            if target:
                self.refs[option_id] = target
            options.append(Option(prompt, id=option_id, disabled=target is None))
        if self.similar:
            options.append(Option(Text("More like this", style="bold underline"), disabled=True))
            for i, (release_id, title) in enumerate(self.similar):
                option_id = f"similar-{i}"
                self.refs[option_id] = release_id
                options.append(Option(Text(f"  {title}"), id=option_id))
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(options)
        if highlighted is not None and highlighted < len(options):
            self.highlighted = highlighted
        self.display = bool(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        ref = self.refs.get(event.option.id or "")
        if ref:
            self.post_message(self.Navigate(ref))


class QuoteNav(OptionList):
    """Who said what: the release's quotes, one line each; `y` copies the highlighted one's citation."""

    BINDINGS = [
        Binding("escape,h", "app.back", "Back to list", id="quotes.back"),
    ]

    def show(self, quotes: list[QuoteRef]) -> None:
        """The quotes as the annotations give them; reported speech without quotation marks."""
        self.quotes = quotes
        options = []
        for quote in quotes:
            prompt = Text(f"{attribution(quote.speaker, quote.role)}: ", style="bold")
            words = " ".join(clean(quote.text).split())
            words = words if len(words) <= 90 else words[:89] + "…"
            if quote.reported:
                prompt.append(words, style="dim")
                prompt.append(" (reported)", style="dim italic")
            else:
                prompt.append(f"“{words}”" if quote.kind == "direct" else words, style="italic")
            options.append(Option(prompt))
        self.clear_options()
        self.add_options(options)
        self.display = bool(options)

    @property
    def current(self) -> QuoteRef | None:
        """The highlighted quote."""
        index = self.highlighted
        return self.quotes[index] if index is not None and 0 <= index < len(self.quotes) else None


class ReleaseView(VerticalScroll, can_focus=True):
    """Shows one release; scrolls with space, page keys, home and end."""

    BINDINGS = [
        Binding("space", "page_down", "Page down", show=False, id="detail.page_down"),
        Binding("shift+space,b", "page_up", "Page up", show=False, id="detail.page_up"),
        Binding("down,j", "scroll_down", "Scroll", show=False, id="detail.down"),
        Binding("up,k", "scroll_up", "Scroll", show=False, id="detail.up"),
        Binding("home,g", "scroll_home", "Top", show=False, id="detail.top"),
        Binding("end,G", "scroll_end", "Bottom", show=False, id="detail.bottom"),
        Binding("escape,h", "app.back", "Back to list", id="detail.back"),
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
