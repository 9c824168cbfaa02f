"""The divider between the list and the release: drag it with the mouse to resize the split."""

from __future__ import annotations

from rich.segment import Segment
from textual import events
from textual.strip import Strip
from textual.widget import Widget

from pressreader.tui import messages


class Divider(Widget):
    """A one-cell vertical bar; dragging it posts `Dragged` (the pointer's x on the screen) and,
    when the button is let go, `Released`."""

    DEFAULT_CSS = """
    Divider {
        width: 1;
        height: 1fr;
    }
    """

    Dragged = messages.Dragged
    Released = messages.Released

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._dragging = False

    def render_line(self, y: int) -> Strip:
        return Strip([Segment("│", self.rich_style)], 1)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self._dragging = True
        self.capture_mouse()
        self.add_class("-dragging")
        event.stop()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging:
            self.post_message(self.Dragged(event.screen_x))
            event.stop()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._dragging:
            self._dragging = False
            self.release_mouse()
            self.remove_class("-dragging")
            self.post_message(self.Released())
            event.stop()
