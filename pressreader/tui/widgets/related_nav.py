"""The related links under a release: previous / next / see also, then "More like this"."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from pressreader.tui import messages
from pressreader.tui.widgets.inline_list import InlineList


class RelatedNav(InlineList):
    """Previous / next / see-also links and the most related releases of the store.

    Unresolved links are shown but cannot be chosen.
    """

    BINDINGS = [
        Binding("enter", "select", "Open link", id="related.open"),
        Binding("down,j", "cursor_down", "Next link", show=False, id="related.down"),
        Binding("up,k", "cursor_up", "Previous link", show=False, id="related.up"),
        Binding("escape,h", "app.focus_list", "Back to list", id="related.back"),
    ]

    Navigate = messages.Navigate  # open the release a link points to

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.refs: dict[str, str] = {}
        self.links: list[tuple[str, str, str | None]] = []
        self.similar: list[tuple[str, str]] = []
        self.copies: list[tuple[str, str]] = []  # "also published as": (id, text shown)

    def show(self, lines: list[tuple[str, str, str | None]]) -> None:
        """Replace the document's own links (the related releases come later, from a worker)."""
        self.links, self.similar, self.copies = lines, [], []
        self._rebuild()

    def show_copies(self, copies: list[tuple[str, str]]) -> None:
        """The other publications of the same release: (id, "title — source · date · url")."""
        self.copies = copies
        self._rebuild()

    def show_similar(self, similar: list[tuple[str, str]]) -> None:
        """Add the store's most related releases: (id, title) pairs."""
        self.similar = similar
        self._rebuild()

    def _rebuild(self) -> None:
        self.refs = {}
        options: list[Option | None] = []
        if self.copies:
            options.append(Option(Text("Also published as", style="bold underline"), disabled=True))
            for i, (release_id, shown) in enumerate(self.copies):
                self.refs[f"copy-{i}"] = release_id
                options.append(Option(Text(f"  {shown}"), id=f"copy-{i}"))
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
