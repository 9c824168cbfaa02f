"""The app's saved-search actions: run one from the palette, save the search in the box under a
name (config.yaml's `saved_searches`). Kept apart from tui/app.py to keep the App small."""

from __future__ import annotations

from pressreader.tui.app_base import AppBase
from pressreader.tui.screens.name_prompt import NamePrompt
from pressreader.tui.widgets import SearchBox


class SavedSearchActions(AppBase):
    """Saved searches from the app: run one, or save the current search."""

    def run_saved_search(self, name: str) -> None:
        """Put a saved search (config.yaml's `saved_searches`) in the search box; it runs at once."""
        query = self.session.saved_searches.get(name)
        if query is None:
            return
        self.reader.query_one(SearchBox).value = query
        self.action_focus_list()
        self.notify(f"Saved search “{name}”: {query}", timeout=3, markup=False)

    def action_save_search(self) -> None:
        """Ask for a name, then keep the search in the box in config.yaml's `saved_searches`."""
        query = self.session.query.strip()
        if not query:
            self.notify(
                "Type a search first ( / ), then save it.",
                severity="warning",
                timeout=4,
                markup=False,
            )
            return
        named = next((n for n, q in self.session.saved_searches.items() if q == query), "")

        def save(name: str | None) -> None:
            if name:
                self.reader.apply(self.session.save_search(name, query))

        question = f"Save “{query}” as:"
        self.push_screen(NamePrompt("Save this search", question, named), save)
