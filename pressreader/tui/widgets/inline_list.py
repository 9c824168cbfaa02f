"""An option list that lives inside the scrolling detail pane: no scrolling of its own.

It grows with its content (app.tcss gives it `height: auto` and no max-height), so the detail
pane is the only thing that scrolls; moving the highlight scrolls the pane to keep it in view.
Focusing it highlights its first choosable option, so the highlight always shows where it is.
"""

from __future__ import annotations

from textual import events
from textual.containers import ScrollableContainer
from textual.geometry import Region
from textual.widgets import OptionList


class InlineList(OptionList):
    """An OptionList shown in full inside a scrolling container (the detail pane)."""

    def on_focus(self, event: events.Focus) -> None:
        if self.highlighted is None and self.option_count:
            self.action_first()  # the first option that is not disabled

    def scroll_to_highlight(self, top: bool = False) -> None:
        """Keep the highlighted option on screen by scrolling the pane around the list."""
        super().scroll_to_highlight(top)
        index, pane = self.highlighted, self.parent
        if index is None or not self.is_mounted or not isinstance(pane, ScrollableContainer):
            return
        self._update_lines()
        try:
            y, height = self._index_to_line[index], self._heights[index]
        except (KeyError, IndexError):
            return
        top_gutter = self.styles.gutter.top
        line = self.virtual_region.y + top_gutter + y
        region = Region(0, line, self.virtual_region.width, height)
        pane.scroll_to_region(region, animate=False, immediate=True, force=True, top=top)
