"""The status line under the search box (counts, order, indexing progress, no results) and the
query problem above it (what is wrong with the query typed, wrapped to the pane's width)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from pressreader.tui.widgets.line import Line

STATES = ("-indexing", "-no-results")  # classes app.tcss colours the line by


class StatusLine(Line):
    """One line of status; its state class (one of STATES, or "") colours it."""

    def show(self, text: str, state: str = "") -> None:
        self.text = text
        for name in STATES:
            self.set_class(name == state, name)


class QueryProblem(Static):
    """What is wrong with the query in the search box ("a '(' is not closed: add ')' (column 1)"),
    wrapped over as many lines as it needs; hidden while the query can be read."""

    def __init__(self, **kwargs) -> None:
        super().__init__("", markup=False, **kwargs)
        self.problem = ""

    def show(self, problem: str | None) -> None:
        """Show a problem (the user's own words quoted in it are data, never markup); None or
        "" hides the widget."""
        problem = problem or ""
        if problem == self.problem:
            return  # no layout for the same message (each keystroke searches again)
        self.problem = problem
        self.update(Text(problem))
        self.set_class(bool(problem), "-shown")
