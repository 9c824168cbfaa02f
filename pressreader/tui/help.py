"""The help screen (`?`) and the problems screen (`!`): modal lists read from the bindings and the store."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from pressreader.store import Problem


class _Modal(ModalScreen[None]):
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


def help_table(
    sections: list[tuple[str, list[BindingType]]], key_display, keymap: dict[str, str] | None = None
) -> Table:
    """Every key with its description, grouped by where it works (keymap overrides applied)."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    for title, bindings in sections:
        table.add_row(Text(title, style="bold underline"), "")
        for binding in bindings:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            written = (keymap or {}).get(binding.id or "", binding.key)
            keys = " / ".join(
                key_display(Binding(k.strip(), binding.action)) for k in written.split(",")
            )
            label = Text(binding.description)
            if binding.id:
                label.append(f"  [{binding.id}]", style="dim")
            table.add_row(Text(keys), label)
        table.add_row("", "")
    return table


class HelpScreen(_Modal):
    """All the keys, from the same Binding objects the footer shows."""

    def __init__(
        self, sections: list[tuple[str, list[BindingType]]], key_display, keymap=None
    ) -> None:
        super().__init__(
            "Keys (binding ids in brackets, for config.yaml)",
            help_table(sections, key_display, keymap),
        )


class ProblemsScreen(_Modal):
    """The files that could not be loaded, or loaded with warnings."""

    def __init__(self, problems: list[Problem]) -> None:
        text = Text()
        for problem in problems:
            style = "red" if problem.severity == "error" else "yellow"
            text.append(str(problem) + "\n", style=style)
        if not problems:
            text.append("No problems: every file loaded cleanly.")
        super().__init__(f"Problems ({len(problems)})", text)
