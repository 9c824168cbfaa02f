"""The screen as the terminal gets it, for Pilot tests that check what is drawn where."""

from __future__ import annotations

from textual.app import App
from textual.widget import Widget


def screen_lines(app: App) -> list[str]:
    """The screen as the terminal gets it, one string a line."""
    return ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]


def widget_lines(app: App, widget: Widget) -> list[str]:
    """The lines of the screen a widget covers, cut to its columns."""
    region = widget.region
    return [line[region.x : region.right] for line in screen_lines(app)[region.y : region.bottom]]
