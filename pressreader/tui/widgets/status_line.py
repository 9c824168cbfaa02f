"""The status line under the search box: counts, order, indexing progress, no results."""

from __future__ import annotations

from pressreader.tui.widgets.line import Line

STATES = ("-indexing", "-no-results")  # classes app.tcss colours the line by


class StatusLine(Line):
    """One line of status; its state class (one of STATES, or "") colours it."""

    def show(self, text: str, state: str = "") -> None:
        self.text = text
        for name in STATES:
            self.set_class(name == state, name)
