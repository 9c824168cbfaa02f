"""`pressreader figures --chart`: one measure over time, drawn in the terminal with plotext.

The figures of the releases matching the query whose unit has the words of `--unit` ("tonnes of
cocaine", "arrests", "€"), oldest first, as a line over the years; under it, the count and the span.
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterable, Iterator
from typing import Any

from rich.console import Console
from rich.text import Text

from pressreader.cli.common import open_store, query_error
from pressreader.query import QueryError


def add_chart_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--unit",
        metavar="WORDS",
        help="only figures whose unit has these words ('tonnes of cocaine', 'arrests', '€')",
    )
    p.add_argument(
        "--chart",
        action="store_true",
        help="draw the values of the matching figures over time instead (with --unit)",
    )


def unit_rows(rows: Iterable[dict[str, Any]], unit: str) -> Iterator[dict[str, Any]]:
    """The rows whose unit has every word of `unit`."""
    from pressreader.index.figures import unit_matcher

    match = unit_matcher(unit)
    return (row for row in rows if match(row.get("unit")))


def print_chart(args: argparse.Namespace, out: Console, err: Console) -> int:
    import plotext as plt  # type: ignore[import-untyped]

    from pressreader.formats.chart import draw

    library = open_store(args, err).library
    query, unit = " ".join(args.query), args.unit or ""
    if not unit.strip():
        err.print(Text("--chart needs --unit WORDS: the measure to draw."), soft_wrap=True)
        return 2
    try:
        points = library.figure_series(library.figure_set(query, unit))
    except QueryError as error:
        return query_error(error, query, err)
    if args.limit:
        points = points[-args.limit :]
    if not points:
        where = f" in releases matching {query!r}" if query else ""
        err.print(Text(f"No figures with a value and a unit like {unit!r}{where}."), soft_wrap=True)
        return 1
    size = shutil.get_terminal_size((100, 30))
    width, height = min(size.columns, 120), max(12, min(size.lines - 4, 30))
    plt.clear_figure()
    draw(plt, [(p.date, p.value or 0.0) for p in points], None, unit, "")
    plt.plotsize(width, height)
    out.print(Text.from_ansi(plt.build()), soft_wrap=True)
    releases = len({p.rid for p in points})
    out.print(
        Text(
            f"{len(points)} figures of {unit!r} in {releases} releases, "
            f"{points[0].date} – {points[-1].date}"
        ),
        soft_wrap=True,
    )
    return 0
