"""The reader's commands in the command palette (ctrl+p), beside Textual's own (theme, quit…)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

if TYPE_CHECKING:
    from pressreader.tui.app import PressReaderApp


def reader_commands(app: PressReaderApp) -> Iterator[SystemCommand]:
    """Mark all read, the filters, export, copy, open and order; the toggles say what they do."""
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
