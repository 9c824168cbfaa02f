"""The reader's commands in the command palette (ctrl+p), beside Textual's own (theme, quit…)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand

if TYPE_CHECKING:
    from pressreader.tui.app import PressReaderApp


def reader_commands(app: PressReaderApp) -> Iterator[SystemCommand]:
    """Mark all read, the filters, export, copy, open and order (the toggles say what they do),
    the saved searches of config.yaml, and saving the search in the box."""
    session = app.session
    yield SystemCommand(
        "Mark all shown as read", "Every release in the list", app.action_mark_all_read
    )
    yield SystemCommand(
        "Show read releases" if session.hide_read else "Hide read releases",
        "Toggle (u)",
        app.action_toggle_hide_read,
    )
    yield SystemCommand(
        "Show all releases" if session.starred_only else "Show only starred releases",
        "Toggle (S)",
        app.action_toggle_starred_only,
    )
    yield SystemCommand(
        "Export release as Markdown", "Into the export folder (e)", app.action_export
    )
    yield SystemCommand(
        "Copy citation", "Of the release or the highlighted quote (y)", app.action_copy_citation
    )
    yield SystemCommand("Open the release's link", "In the browser (o)", app.action_open_link)
    yield SystemCommand("Sort by date or relevance", "Toggle (ctrl+r)", app.action_toggle_order)
    yield SystemCommand(
        "Speakers", "Everyone quoted across the store, and their quotes (W)", app.action_speakers
    )
    yield SystemCommand(
        "Figures", "Every figure across the store: sort, filter, chart (F)", app.action_figures
    )
    for name, query in session.saved_searches.items():
        yield SystemCommand(f"Saved search: {name}", query, partial(app.run_saved_search, name))
    query = session.query.strip()
    yield SystemCommand(
        "Save this search…",
        f"Name “{query}” and keep it in config.yaml" if query else "Type a search first ( / )",
        app.action_save_search,
    )
