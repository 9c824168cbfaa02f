"""Old import path of the detail pane, now in widgets/release_view.py.

Kept only because tests/test_hostile.py imports from here; import from pressreader.tui.widgets.
"""

from pressreader.tui.widgets.release_view import ReleaseView

__all__ = ["ReleaseView"]
