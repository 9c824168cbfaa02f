"""The help screen (`?`): every key, read from the same Binding objects the footer shows."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.binding import Binding, BindingType

from pressreader.tui.screens.modal import Modal


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


class HelpScreen(Modal):
    """All the keys, grouped by where they work, with their binding ids."""

    def __init__(
        self, sections: list[tuple[str, list[BindingType]]], key_display, keymap=None
    ) -> None:
        super().__init__(
            "Keys (binding ids in brackets, for config.yaml)",
            help_table(sections, key_display, keymap),
        )
