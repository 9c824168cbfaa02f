"""What a fresh-eyed user found: counts that disagree, cut messages, missing help sections,
misaligned columns, values too wide, raw chart ticks, transcript turns, no browser."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import io
import pkgutil
import re
import webbrowser
from pathlib import Path

import pytest
from rich.console import Console
from rich.padding import Padding
from rich.text import Text
from textual.binding import Binding
from textual.dom import DOMNode
from textual.widgets import Input, Static

import pressreader.tui
from pressreader import paths
from pressreader.config import load_config
from pressreader.formats.chart import tick_labels, value_ticks
from pressreader.formats.rich import SPOT_STYLE, spotlight
from pressreader.store import dump_release, read_release
from pressreader.tui import keymap
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens import HelpScreen
from pressreader.tui.screens.figures import ChartScreen, value_text
from pressreader.tui.widgets import QueryProblem, ReleaseList, StatusLine
from pressreader.tui.widgets.table_view import Column, TableView, widths
from pressreader.tui.widgets.table_view import line as table_line
from tests.tui_helpers import settle

SIZE = (120, 40)


def _add_copy(store: Path) -> None:
    """The same release published a second time, by a wire service (grouped as its copy)."""
    release, _ = read_release(store / "office-a" / "a-2024-02-report.yaml")
    assert release is not None
    copy = dataclasses.replace(
        release, id="syndicated-copy", source="Wire Service", url="https://copy.example.org/x"
    )
    (store / "elsewhere").mkdir()
    (store / "elsewhere" / "copy.yaml").write_text(dump_release(copy), encoding="utf-8")


# ---------------------------------------------------------------------------- 1. the counts


async def test_title_bar_and_status_line_count_a_copy_once(store: Path) -> None:
    """5 files, one a copy listed under its original: the list, the title bar and the status
    line all say 4 releases (they said "4 of 5" and "5 releases")."""
    _add_copy(store)
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        status = app.reader.query_one(StatusLine)
        assert len(app.reader.query_one(ReleaseList).rows) == 4
        assert app.sub_title == "store · 4 of 4 releases"
        assert status.text == "4 releases · newest first"
        app.reader.query_one(Input).value = "quarterly"  # the original and its copy match
        await settle(pilot)
        assert len(app.reader.query_one(ReleaseList).rows) == 1
        assert app.sub_title == "store · 1 of 4 releases"
        assert status.text == "1 match · newest first"
        app.reader.query_one(Input).value = ""
        await settle(pilot)
        assert app.sub_title == "store · 4 of 4 releases"
        assert status.text == "4 releases · newest first"


def screen_lines(app: PressReaderApp) -> list[str]:
    """The screen as the terminal gets it, one string a line."""
    return ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]


# ---------------------------------------------------------------------------- 2. query problems


async def test_a_query_problem_is_wrapped_under_the_box_not_cut(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        problem = app.reader.query_one(QueryProblem)
        assert not problem.display or problem.size.height == 0
        await pilot.press("slash", *"date:2024")
        await settle(pilot)
        expected = (
            "unknown field 'date:'; use one of source:, topic:, speaker:, after:, before:, "
            "year:, has:, is: (column 1)"
        )
        assert problem.problem == expected
        assert problem.size.height >= 2  # wider than the pane: on two lines or more
        shown = " ".join(
            line[problem.region.x : problem.region.right].strip()
            for line in screen_lines(app)[problem.region.y : problem.region.bottom]
        )
        assert " ".join(shown.split()) == expected  # every word of it, none cut
        await pilot.press("escape")  # the box cleared: the problem goes
        await settle(pilot)
        assert problem.problem == "" and problem.size.height == 0


# ---------------------------------------------------------------------------- 3. the help screen


def _classes_with_bindings() -> list[type[DOMNode]]:
    """Every screen, widget and the app of pressreader.tui that declares its own BINDINGS."""
    for info in pkgutil.walk_packages(pressreader.tui.__path__, "pressreader.tui."):
        importlib.import_module(info.name)
    found, todo = [], [DOMNode]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("pressreader.tui.") and "BINDINGS" in cls.__dict__:
            found.append(cls)
    return found


def test_the_help_lists_every_binding_of_every_screen_and_widget() -> None:
    listed = {id(b) for _, bindings in keymap.help_sections() for b in bindings}
    classes = _classes_with_bindings()
    names = {cls.__name__ for cls in classes}
    assert {"SpeakersScreen", "FiguresScreen", "ChartScreen", "MeasureChart"} <= names
    missing = [
        f"{cls.__name__}: {b.key} ({b.description})"
        for cls in classes
        for b in cls.__dict__["BINDINGS"]
        if isinstance(b, Binding) and b.description and id(b) not in listed
    ]
    assert missing == []


async def test_help_screen_shows_the_views_and_the_chart(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=200, file=io.StringIO(), record=True)
        console.print(app.screen.query_one(Static).content)
        text = console.export_text()
        for section in ("Speakers view (W)", "Figures view (F)", "Chart (c in the F view)"):
            assert section in text
        lines = {" ".join(line.split()) for line in text.splitlines()}
        assert "^o Quotes/name order [speakers.order]" in lines
        assert "c Chart [figures.chart]" in lines
        assert "← / h Earlier point [chart.earlier]" in lines
        assert "⏎ Open release [chart.open]" in lines


def test_the_views_keys_may_be_rebound_in_config_yaml(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("keys:\n  chart.earlier: comma\n  speakers.filter: f\n")
    config = load_config(path)
    assert keymap.problems(config) == []
    assert keymap.keymap(config) == {"chart.earlier": "comma", "speakers.filter": "f"}


# ---------------------------------------------------------------------------- 4. the columns


def _table_lines(app: PressReaderApp, table_id: str) -> list[str]:
    table = app.screen.query_one(table_id, TableView)
    region = table.region
    return [line[region.x : region.right] for line in screen_lines(app)[region.y : region.bottom]]


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


# ---------------------------------------------------------------------------- 8. no browser


def _no_browser(url: str, *args: object, **kwargs: object) -> bool:
    return False


def _broken_browser(url: str, *args: object, **kwargs: object) -> bool:
    raise webbrowser.Error("could not locate runnable browser")


@pytest.mark.parametrize("browser_open", [_no_browser, _broken_browser])
async def test_o_without_a_browser_says_so_with_the_link(
    store: Path, monkeypatch: pytest.MonkeyPatch, browser_open
) -> None:
    monkeypatch.setattr(webbrowser, "open", browser_open)
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("G", "enter")  # the harbour release, with a link
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert app.is_running  # no traceback: the reader goes on
        notes = [n for n in app._notifications if "https://example.org/a/harbour" in n.message]
        assert len(notes) == 1 and notes[0].severity == "warning"
        assert notes[0].message.startswith("Could not open the link: ")
        assert notes[0].message.endswith("The link is https://example.org/a/harbour")
        if browser_open is _broken_browser:
            assert "could not locate runnable browser" in notes[0].message


# ---------------------------------------------------------------------------- 9. the README


async def test_the_readme_counts_the_sample_releases_the_reader_lists() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    claim = re.search(r"ships \*\*(\d+) fictional sample releases\*\*", readme)
    assert claim, "the README says how many sample releases data/ ships"
    samples = paths.bundled_data()
    files = sorted(samples.rglob("*.yaml"))
    assert int(claim.group(1)) == len(files)
    offices = re.search(r"from (\w+) invented press offices", readme)
    assert offices and offices.group(1) == NUMBER_WORDS[len([d for d in samples.iterdir()])]
    app = PressReaderApp(samples)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        count = f"{len(files)} of {len(files)} releases"
        assert app.sub_title == f"Sample releases (Norland) · {count}"
        assert len(app.reader.query_one(ReleaseList).rows) == len(files)


NUMBER_WORDS = {4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


# ---------------------------------------------------------------------------- notices are plain text


async def test_notices_quoting_a_release_show_its_brackets_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "odd" / "office").mkdir(parents=True)
    (tmp_path / "odd" / "office" / "odd.yaml").write_text(
        "title: 'Tags [/b] and [red]colours[/red] in a title'\n"
        "date: 2024-06-03\n"
        "source: Test City Hall\n"
        "body:\n"
        "  - A paragraph.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(PressReaderApp, "copy_to_clipboard", lambda self, text: None)
    app = PressReaderApp(tmp_path / "odd")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "y")  # copy the release's citation: "Copied: …"
        await settle(pilot)
        await pilot.pause(0.1)  # the notice is drawn
        assert app.is_running
        copied = [n for n in app._notifications if n.message.startswith("Copied: ")]
        assert len(copied) == 1 and not copied[0].markup
        shown = " ".join(screen_lines(app))
        assert "Tags [/b] and [red]colours[/red]" in shown


def test_every_notice_of_the_app_is_plain_text() -> None:
    """Notices quote releases, queries, file names and config values: data, never markup."""
    root = Path(pressreader.tui.__file__).parent
    loose = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "notify":
                markup = [k for k in node.keywords if k.arg == "markup"]
                if (
                    not markup
                    or not isinstance(markup[0].value, ast.Constant)
                    or markup[0].value.value
                ):
                    loose.append(f"{path.relative_to(root)}:{node.lineno}")
    assert loose == []
