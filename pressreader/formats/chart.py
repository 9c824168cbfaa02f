"""One measure over time as a plotext chart: shared by the chart view (textual-plotext) and
`pressreader figures --chart` (plotext on its own).

`draw` takes plotext's module or textual-plotext's `Plot` (the same calls), the points as
(ISO date, value) and the point to mark; x is the date as a fractional year, ticked by year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any


def year_of(iso_date: str) -> float:
    """2024-07-02 → 2024.5: a date as a fractional year (x of the chart)."""
    day = dt.date.fromisoformat(iso_date)
    start = dt.date(day.year, 1, 1).toordinal()
    length = dt.date(day.year + 1, 1, 1).toordinal() - start
    return day.year + (day.toordinal() - start) / length


def year_ticks(first: float, last: float, most: int = 10) -> list[int]:
    """Whole years from first to last, at most `most` of them (every second, fifth… year)."""
    years = list(range(int(first), int(last) + 2))
    step = max(1, -(-len(years) // most))
    return years[::step]


def draw(
    plt: Any,
    points: Sequence[tuple[str, float]],
    selected: int | None = None,
    title: str = "",
    ylabel: str = "",
) -> None:
    """Plot the values over time (a line through the points, oldest first) and mark `selected`."""
    plt.clear_data()
    plt.title(title)
    if not points:
        return
    xs = [year_of(date) for date, _ in points]
    ys = [float(value) for _, value in points]
    plt.plot(xs, ys, marker="braille", color="cyan")
    plt.scatter(xs, ys, marker="dot", color="cyan")
    if selected is not None and 0 <= selected < len(points):
        plt.scatter([xs[selected]], [ys[selected]], marker="@", color="red")
    ticks = year_ticks(min(xs), max(xs))
    plt.xticks(ticks, [str(t) for t in ticks])
    if len(set(xs)) == 1:  # one date: room either side
        plt.xlim(xs[0] - 0.5, xs[0] + 0.5)
    plt.ylabel(ylabel)
