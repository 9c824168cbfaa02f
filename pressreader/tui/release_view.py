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

from pressreader.model import Release
from pressreader.render import Limit, body_renderables, related_lines

# ref → title of the release it points to, or None when it resolves to nothing.
TitleOf = Callable[[str], str | None]


class RelatedNav(OptionList):
    """Previous / next / see-also links; unresolved links are shown but cannot be chosen."""

    BINDINGS = [
        Binding("escape,h", "app.back", "Back to list", id="related.back"),
    ]

    class Navigate(Message):
        """Open the release a link points to."""

        def __init__(self, ref: str) -> None:
            super().__init__()
            self.ref = ref

    def show(self, lines: list[tuple[str, str, str | None]]) -> None:
        """Replace the links."""
        self.refs: dict[str, str] = {}
        options = []
        for i, (label, shown, target) in enumerate(lines):
            prompt = Text(f"{label}: ", style="bold")
            prompt.append(shown, style="" if target else "dim italic")
            if target is None:
                prompt.append("  (not in this store)", style="dim")
            option_id = f"link-{i}"
            if target:
                self.refs[option_id] = target
            options.append(Option(prompt, id=option_id, disabled=target is None))
        self.clear_options()
        self.add_options(options)
        self.display = bool(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        ref = self.refs.get(event.option.id or "")
        if ref:
            self.post_message(self.Navigate(ref))


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

    def compose(self) -> ComposeResult:
        yield Static(id="doc", markup=False)
        yield RelatedNav(id="related", markup=False)

    def show(self, release: Release | None, pattern: re.Pattern[str] | None = None) -> None:
        """Show a release (or the empty state), scrolled to the top."""
        self.pattern = pattern
        self.release = release

    def show_message(self, message: str) -> None:
        """Show a notice in place of a release (empty store, missing folder)."""
        self.release = None
        self.query_one("#doc", Static).update(Text(message))
        self.query_one(RelatedNav).show([])
        self.set_class(True, "-empty")

    def watch_release(self, release: Release | None) -> None:
        doc = self.query_one("#doc", Static)
        nav = self.query_one(RelatedNav)
        self.set_class(release is None, "-empty")
        if release is None:
            doc.update("")
            nav.show([])
            return
        parts = list(body_renderables(release, self.pattern, Limit()))
        related = related_lines(release, self.title_of)
        if related:
            parts += [Text(), Text("Related", style="bold")]
        doc.update(Group(*parts))
        nav.show(related)
        self.scroll_home(animate=False, immediate=True)
