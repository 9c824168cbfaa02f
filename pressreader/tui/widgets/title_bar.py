"""The title bar: the app's title and the store with its counts."""

from __future__ import annotations

from pressreader.tui.widgets.line import Line


class TitleBar(Line):
    """'pressreader — store · 4 of 4 releases' at the top of the screen."""

    def show(self, title: str, sub_title: str) -> None:
        self.text = f"{title} — {sub_title}"
