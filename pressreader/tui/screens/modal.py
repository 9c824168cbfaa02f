"""The base of the app's modal screens: a scrollable box of text closed with escape."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class Modal(ModalScreen[None]):
    """A scrollable modal closed with escape, q or the key that opened it."""

    BINDINGS = [
        Binding("escape,q,question_mark,exclamation_mark", "dismiss", "Close", id="modal.close")
    ]

    def __init__(self, title: str, body: Table | Text) -> None:
        super().__init__()
        self.heading = title
        self.body = body

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="modal-box") as box:
            box.border_title = self.heading
            box.border_subtitle = "escape to close"
            yield Static(self.body, markup=False)
