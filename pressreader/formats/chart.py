"""One measure over time as a plotext chart: shared by the chart view (textual-plotext) and
`pressreader figures --chart` (plotext on its own).

`draw` takes plotext's module or textual-plotext's `Plot` (the same calls), the points as
(ISO date, value) and the point to mark; x is the date as a fractional year, ticked by year.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

# Large tick values in short, by the axis's largest: 1.2M, 3.5B, 1.2T (below a million: 12,000).
SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"))


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


def value_ticks(low: float, high: float, most: int = 6) -> list[float]:
    """Round values for the y axis from `low` (or just below) to `high` (or just above), a step of
    1, 2 or 5 × 10^n apart, `most` of them or a few fewer (a single value gets room around it)."""
    low, high = min(low, high), max(low, high)
    if high == low:
        pad = abs(low) / 2 or 1.0
        low, high = low - pad, high + pad
    rough = (high - low) / max(1, most - 1)
    power = 10.0 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough * (1 - 1e-9))
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    return [k * step for k in range(first, last + 1)]


def _decimals(value: float) -> int:
    """How many decimals write `value` exactly (up to 6): 0.5 → 1, 0.25 → 2, 200 → 0."""
    for places in range(7):
        if abs(round(value, places) - value) <= 1e-9 * max(1.0, abs(value)):
            return places
    return 6


def tick_labels(ticks: Sequence[float]) -> list[str]:
    """Ticks written for people, all alike: 0.5, 12,000, 1.2M, 3B (a million and over by the
    largest tick's scale, with the decimals that tell two ticks apart)."""
    if not ticks:
        return []
    step = min((b - a for a, b in zip(ticks, ticks[1:], strict=False)), default=0.0) or 1.0
    largest = max(abs(t) for t in ticks)
    scale, suffix = next(((n, s) for n, s in SCALES if largest >= n), (1.0, ""))
    places = _decimals(step / scale)
    labels = []
    for tick in ticks:
        value = tick / scale
        labels.append("0" if abs(value) < 0.5 * 10.0**-places else f"{value:,.{places}f}{suffix}")
    return labels


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
    yticks = value_ticks(min(ys), max(ys))
    plt.yticks(yticks, tick_labels(yticks))  # 1.2M, not plotext's 1234567.0
    plt.ylim(yticks[0], yticks[-1])
    plt.ylabel(ylabel)
