"""The app's modal screens, one a module."""

from pressreader.tui.screens.help import HelpScreen
from pressreader.tui.screens.problems import ProblemsScreen

__all__ = ["HelpScreen", "ProblemsScreen"]
