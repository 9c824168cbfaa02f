"""What a fresh-eyed user found in the views: table columns out of line with their titles,
values too wide for their column, raw floats on the chart's axis, transcript turns."""

from __future__ import annotations

import io
import re
from pathlib import Path

from rich.console import Console
from rich.padding import Padding
from rich.text import Text
from textual.widgets import Static

from pressreader.formats.chart import tick_labels, value_ticks
from pressreader.formats.rich import SPOT_STYLE, spotlight
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.figures import ChartScreen, value_text
from pressreader.tui.widgets.table_view import Column, TableView, widths
from pressreader.tui.widgets.table_view import line as table_line
from tests.tui.screen_text import screen_lines, widget_lines
from tests.tui_helpers import settle

SIZE = (120, 40)


# ---------------------------------------------------------------------------- 4. the columns


def _table_lines(app: PressReaderApp, table_id: str) -> list[str]:
    return widget_lines(app, app.screen.query_one(table_id, TableView))


def _end(line: str, word: str) -> int:
    return line.index(word) + len(word)


async def test_columns_line_up_with_their_titles_at_80x24(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("W")
        await settle(pilot)
        header, row = _table_lines(app, "#speakers")[:2]
        found = re.match(r"(Ada Quill) +(\d+) +(\d+) +(\d{4}-\d\d-\d\d)", row)
        assert found, row
        assert header.index("Speaker") == found.start(1)
        assert _end(header, "Quotes") == found.end(2)  # numbers right-aligned under the title
        assert _end(header, "Releases") == found.end(3)
        assert header.index("First") == found.start(4)
        assert "Last" not in header  # no room for it: left out, not cut off the right edge
        await pilot.press("escape", "F")
        await settle(pilot)
        header, row = _table_lines(app, "#figures")[:2]
        found = re.match(r"(\d{4}-\d\d-\d\d) +([\d,]+) +(over) +(extra)", row)
        assert found, row
        assert _end(header, "Value") == found.end(2)
        assert header.index("Qualifier") == found.start(3)
        assert header.index("Unit") == found.start(4)


def test_a_narrow_table_leaves_optional_columns_out_and_keeps_indents() -> None:
    columns = [Column("Name"), Column("N", 4, right=True), Column("Date", 10, optional=True)]
    assert widths(columns, 40) == [24, 4, 10]
    assert widths(columns, 24) == [19, 4, 0]  # the name keeps FLEX_MIN cells or more
    assert table_line(columns, ["Name", "N", "Date"], 24) == "Name".ljust(19) + "    N"
    assert table_line(columns, ["  saved", "3"], 24).startswith("  saved ")


# ---------------------------------------------------------------------------- 5. wide values


async def test_values_in_the_trillions_are_shown_whole_under_their_title(store: Path) -> None:
    (store / "office-b" / "b-2024-05-debt.yaml").write_text(
        "title: The national debt passes a mark\n"
        "date: 2024-05-02\n"
        "source: Test City Hall\n"
        "body:\n"
        "  - stats:\n"
        "      items:\n"
        "        - $1.2 trillion in national debt\n"
        "        - 3,400,000,000,000 litres of water a year\n",
        encoding="utf-8",
    )
    app = PressReaderApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        lines = _table_lines(app, "#figures")
        header, rows = lines[0], lines[1:]
        for value, unit in (("1,200,000,000,000", "USD"), ("3,400,000,000,000", "litres")):
            row = next(r for r in rows if value in r)  # whole, not cut with "…"
            assert row.index(value) + len(value) == _end(header, "Value")
            assert row.index(unit) == header.index("Unit")
        small = next(r for r in rows if " 1,000 " in r)  # smaller values in the same column
        assert small.index("1,000") + len("1,000") == _end(header, "Value")


def test_a_value_wider_than_the_column_can_grow_is_written_in_short() -> None:
    assert value_text(1.2e12) == "1,200,000,000,000"
    assert value_text(1.2e30) == "1.2e+30"  # not cut to "1,200,000,000,000,000,00…"
    assert value_text(None) == "–"


# ---------------------------------------------------------------------------- 6. chart ticks


async def test_the_charts_y_axis_has_human_numbers(tmp_path: Path) -> None:
    root = tmp_path / "grain" / "office"
    root.mkdir(parents=True)
    for year, amount in ((2021, "1,234,567"), (2022, "1,500,000"), (2023, "2,234,567.5")):
        (root / f"grain-{year}.yaml").write_text(
            f"title: Grain report {year}\n"
            f"date: {year}-06-01\n"
            "source: Grain Office\n"
            "body:\n"
            "  - stats:\n"
            "      items:\n"
            f"        - {amount} tonnes of grain\n",
            encoding="utf-8",
        )
    app = PressReaderApp(tmp_path / "grain")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, ChartScreen)
        await pilot.pause()
        axis = [
            line.split("┤")[0].strip() for line in screen_lines(app) if "┤" in line
        ]  # the y axis's labels, top to bottom
        assert axis == ["2.5M", "2.0M", "1.5M", "1.0M"]
        assert not any(".0┤" in line or "1234567" in line for line in screen_lines(app))


def test_tick_labels_are_human_numbers() -> None:
    assert tick_labels(value_ticks(12000, 15500)) == [
        "12,000",
        "13,000",
        "14,000",
        "15,000",
        "16,000",
    ]
    assert tick_labels(value_ticks(0.1, 0.9)) == ["0", "0.2", "0.4", "0.6", "0.8", "1.0"]
    assert tick_labels([0.0, 0.5, 1.0]) == ["0", "0.5", "1.0"]
    assert tick_labels(value_ticks(-3e9, 2e9)) == ["-3B", "-2B", "-1B", "0", "1B", "2B"]
    assert tick_labels(value_ticks(1.2e12, 3.4e12))[0] == "1.0T"
    assert value_ticks(5, 5) == [2, 3, 4, 5, 6, 7, 8]  # one value: room around it


# ---------------------------------------------------------------------------- 7. transcript turns

BRIEFING = """title: Press briefing by Lena Voss
date: 2024-06-03
source: Test City Hall
body:
  - paragraph: "MS. VOSS: Good afternoon, everyone."
    quotes:
      - {text: "Good afternoon, everyone.", speaker: Lena Voss, role: Press Secretary, kind: turn}
  - paragraph: We have two announcements today.
    quotes:
      - {text: We have two announcements today., speaker: Lena Voss, kind: turn, continues: true}
  - paragraph: First, the harbour reopens on Monday after the storm repairs, a week early.
    quotes:
      - text: First, the harbour reopens on Monday after the storm repairs, a week early.
        speaker: Lena Voss
        kind: turn
        continues: true
  - paragraph: "Q: Will the ferries run?"
    quotes:
      - {text: "Will the ferries run?", role: Reporter, kind: turn}
  - paragraph: Thank you all for coming.
    quotes:
      - {text: Thank you all for coming., speaker: Bo Renn, role: Harbour Master, kind: turn}
  - paragraph: Is there a timetable yet?
    quotes:
      - {text: Is there a timetable yet?, role: Reporter, kind: turn}
"""


async def test_a_turn_names_its_speaker_first_and_its_further_paragraphs_are_indented(
    tmp_path: Path,
) -> None:
    (tmp_path / "briefings" / "office").mkdir(parents=True)
    (tmp_path / "briefings" / "office" / "briefing.yaml").write_text(BRIEFING, encoding="utf-8")
    app = PressReaderApp(tmp_path / "briefings")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        console = Console(width=50, file=io.StringIO(), record=True)
        console.print(app.reader.query_one("#doc", Static).content)
        lines = [line.rstrip() for line in console.export_text().splitlines()]
    body = lines[lines.index("MS. VOSS: Good afternoon, everyone.") :]
    assert body[:12] == [
        "MS. VOSS: Good afternoon, everyone.",  # the label as written, bold
        "— Lena Voss, Press Secretary",  # and the name it stands for
        "",
        "  We have two announcements today.",  # the same turn goes on: indented
        "",
        "  First, the harbour reopens on Monday after the",
        "  storm repairs, a week early.",
        "",
        "Q: Will the ferries run?",  # a new turn: flush again ("Q:" says who asks)
        "",
        "Thank you all for coming.",  # a turn without a label: its speaker line says who
        "— Bo Renn, Harbour Master",
    ]
    assert body[13:15] == ["Is there a timetable yet?", "— Reporter"]


def test_a_spot_in_a_turns_further_paragraph_is_styled() -> None:
    text = Text("We have two announcements today.")
    spotlight(Padding(text, (0, 0, 0, 2)), 8, 11)
    assert [(s.start, s.end, str(s.style)) for s in text.spans] == [(8, 11, SPOT_STYLE)]
