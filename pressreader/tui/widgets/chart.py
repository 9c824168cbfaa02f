"""A measure over time as a terminal chart (textual-plotext), each point one key from its release.

`left`/`right` (or `h`/`l`) move the marked point, `home`/`end` go to the first and last,
`enter` posts `Chosen` with the point's index: the chart view opens that release.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import RenderResult
from textual.message import Message
from textual.reactive import reactive
from textual_plotext import PlotextPlot

from pressreader.formats.chart import draw
from pressreader.tui.keymap import CHART_BINDINGS


class MeasureChart(PlotextPlot, can_focus=True):
    """Values over time; one point marked (the cursor)."""

    BINDINGS = CHART_BINDINGS  # in tui/keymap.py, where the help screen reads them

    selected: reactive[int] = reactive(0)

    @dataclass
    class Moved(Message):
        """The marked point changed."""

        index: int

    @dataclass
    class Chosen(Message):
        """Enter on a point: open its release."""

        index: int

    def __init__(self, points: Sequence[tuple[str, float]], title: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.points = list(points)
        self.measure = title
        self.set_reactive(MeasureChart.selected, max(0, len(self.points) - 1))

    def render(self) -> RenderResult:
        draw(self.plt, self.points, self.selected, self.measure, "")
        return super().render()

    def validate_selected(self, value: int) -> int:
        return max(0, min(value, len(self.points) - 1))

    def watch_selected(self, value: int) -> None:
        self.post_message(self.Moved(value))

    def action_move(self, step: int) -> None:
        self.selected += step

    def action_choose(self) -> None:
        if self.points:
            self.post_message(self.Chosen(self.selected))
