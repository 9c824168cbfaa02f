"""A small modal that asks for a name (used by "Save this search…")."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class NamePrompt(ModalScreen[str | None]):
    """Asks for a name: enter gives it (None when empty), escape gives None."""

    DEFAULT_CSS = """
    NamePrompt {
        align: center middle;
    }
    NamePrompt > Vertical {
        width: 64;
        height: auto;
        border: thick $accent;
        background: $surface;
        padding: 1 2;
    }
    NamePrompt Input {
        margin: 1 0 0 0;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, title: str, question: str, value: str = "") -> None:
        super().__init__()
        self.heading = title
        self.question = question
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = self.heading
            box.border_subtitle = "enter to save · escape to cancel"
            yield Static(self.question, markup=False)
            yield Input(self.value, placeholder="A name", id="name")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = " ".join(event.value.split())
        self.dismiss(name or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
