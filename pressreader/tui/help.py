"""Old import path of the help and problems screens, now in screens/.

Kept only because tests/test_hostile.py imports from here; import from pressreader.tui.screens.
"""

from pressreader.tui.screens import HelpScreen, ProblemsScreen

__all__ = ["HelpScreen", "ProblemsScreen"]
