"""The search box: filters as you type."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class SearchBox(Input):
    """The search box: escape clears it and returns to the list."""

    BINDINGS = [
        Binding("escape", "leave", "Clear search", id="search.clear"),
        Binding("down,enter", "app.focus_list", "To list", id="search.to_list"),
    ]

    def action_leave(self) -> None:
        self.value = ""
        getattr(self.app, "action_focus_list", self.app.action_focus_next)()
