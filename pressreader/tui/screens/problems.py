"""The problems screen (`!`): the files that could not be loaded, or loaded with warnings."""

from __future__ import annotations

from rich.text import Text

from pressreader.store import Problem
from pressreader.tui.screens.modal import Modal


class ProblemsScreen(Modal):
    """Each problem as PATH:LINE:COL: message; errors in red, warnings in yellow."""

    def __init__(self, problems: list[Problem]) -> None:
        text = Text()
        for problem in problems:
            style = "red" if problem.severity == "error" else "yellow"
            text.append(str(problem) + "\n", style=style)
        if not problems:
            text.append("No problems: every file loaded cleanly.")
        super().__init__(f"Problems ({len(problems)})", text)
