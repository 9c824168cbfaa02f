"""What the app's action and worker mixins (tui/actions_*.py, tui/workers.py) may use of the app,
for the type checker only: at run time they are plain classes mixed into PressReaderApp."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

    from pressreader.session import ReadingSession
    from pressreader.tui.screens.reader import ReaderScreen

    class AppBase(App[None]):
        """The app as its mixins see it."""

        session: ReadingSession
        reader: ReaderScreen

        def action_focus_list(self) -> None: ...

else:
    AppBase = object
