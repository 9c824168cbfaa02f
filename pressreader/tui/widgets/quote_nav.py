"""Who said what: the release's quotes, one line each."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets.option_list import Option

from pressreader.formats.common import attribution
from pressreader.model import QuoteRef
from pressreader.text import clean
from pressreader.tui.widgets.inline_list import InlineList


class QuoteNav(InlineList):
    """Who said what: the release's quotes, one line each; `y` copies the highlighted one's citation."""

    BINDINGS = [
        Binding("y", "app.copy_citation", "Copy quote", id="quotes.copy"),
        Binding("down,j", "cursor_down", "Next quote", show=False, id="quotes.down"),
        Binding("up,k", "cursor_up", "Previous quote", show=False, id="quotes.up"),
        Binding("escape,h", "app.focus_list", "Back to list", id="quotes.back"),
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
