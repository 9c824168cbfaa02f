"""Across releases: the speakers view (W), the figures view (F), the chart, "also published as",
their queries (index/figures.py) and `pressreader figures --chart`."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from pressreader.cli import main
from pressreader.formats.rich import SPOT_STYLE
from pressreader.index import Library
from pressreader.index.figures import unit_matcher, unit_words
from pressreader.index.speaker_filter import SpeakerFilter
from pressreader.store import dump_release, read_release
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.figures import ChartScreen, FiguresScreen
from pressreader.tui.screens.speakers import SpeakersScreen
from pressreader.tui.widgets import RelatedNav, ReleaseView
from pressreader.tui.widgets.chart import MeasureChart
from pressreader.tui.widgets.table_view import TableView
from tests.tui_helpers import settle, wait_for

FILLER = "Officers reviewed the week's records and filed their notes with the office. " * 3


def _release(n: int, date: str, tonnes: float, quote: str, speaker: str, role: str) -> str:
    paragraphs = "\n".join(f"  - {FILLER}" for _ in range(12))
    return f"""title: Seizure report number {n}
date: {date}
source: Coast Office
lang: en
summary: Customs report what they found this month.
body:
{paragraphs}
  - "Customs seized {tonnes} tonnes of cocaine in the harbour and made {n + 3} arrests."
  - quote: "{quote}"
    speaker: {speaker}
    role: {role}
"""


@pytest.fixture
def across(tmp_path: Path) -> Path:
    """Five long releases over five years: a tonnes-of-cocaine figure each, a quote at the end."""
    root = tmp_path / "across"
    (root / "coast").mkdir(parents=True)
    people = [
        ("Ada Quill", "Minister of Ports"),
        ("Ada Quill", "Minister of Ports"),
        ("Minister Quill", "Prime Minister"),
        ("Bo Renn", "Harbour Master"),
        ("Ada Quill", "Prime Minister"),
    ]
    for n, (speaker, role) in enumerate(people):
        text = _release(
            n, f"{2019 + n}-0{n + 1}-1{n}", 10 + n * 5, f"Words number {n}.", speaker, role
        )
        (root / "coast" / f"r{n}.yaml").write_text(text, encoding="utf-8")
    return root


# ---------------------------------------------------------------------------- the queries


def test_unit_words_and_matcher() -> None:
    assert unit_words("€") == ["eur"]
    assert unit_words("Tonnes of cocaine") == ["tonnes", "of", "cocaine"]
    match = unit_matcher("tonnes")
    assert match("tonnes of cocaine") and not match("metric kilotonnes") and not match(None)
    assert unit_matcher("EUR")("EUR for night buses")


def test_figure_set_pages_and_series(across: Path) -> None:
    library = Library(across)
    library.refresh()
    everything = library.figure_set()
    tonnes = library.figure_set("", "tonnes")
    assert tonnes.count == 5 and everything.count >= 10
    by_value = library.figure_page(tonnes, "value", 0, 3)
    assert [r.value for r in by_value] == [30, 25, 20]
    by_date = library.figure_page(tonnes, "date", 0, 10)
    assert [r.date for r in by_date] == sorted((r.date for r in by_date), reverse=True)
    assert library.figure_page(tonnes, "date", 4, 10)[0].date.startswith("2019")
    series = library.figure_series(tonnes)
    assert [p.value for p in series] == [10, 15, 20, 25, 30]  # oldest first
    # the query language picks the releases
    one = library.figure_set('"number 2"', "tonnes")
    assert one.count == 1
    assert library.figure_page(one)[0].value == 20
    arrests = library.figure_set("", "arrests")
    assert {r.value for r in library.figure_page(arrests)} == {3, 4, 5, 6, 7}
    # A new file with a new unit: the unit table follows at the next filter, not at the refresh.
    new = _release(9, "2024-09-19", 40, "Words number 9.", "Bo Renn", "Harbour Master")
    new = new.replace("tonnes", "barrels").replace(FILLER, "A different week at sea. " * 20)
    (across / "coast" / "r9.yaml").write_text(new, "utf-8")  # not a copy of the others
    library.refresh()
    assert library.figure_set("", "barrels").count == 1
    assert library.figure_set("", "tonnes").count == 5


def test_speaker_filter_and_quotes_have_places(across: Path) -> None:
    library = Library(across)
    library.refresh()
    found = SpeakerFilter(library.speakers())
    assert [r.name for r in found.filter()][0] == "Ada Quill"  # most quotes first
    assert [r.name for r in found.filter(order="name")] == ["Ada Quill", "Bo Renn"]
    assert [r.name for r in found.filter("harbour")] == ["Bo Renn"]  # by role
    assert [r.name for r in found.filter("minister quill")] == ["Ada Quill"]  # by variant
    person, quotes = library.speaker_quotes("Quill")
    assert person is not None and len(quotes) == 4
    assert quotes[0]["date"] > quotes[-1]["date"] and quotes[0]["block"] == 13
    assert {"start", "end", "source"} <= set(quotes[0])


# ---------------------------------------------------------------------------- the speakers view


async def test_speakers_view_filter_sort_quotes_open_and_copy(across: Path) -> None:
    app = PressReaderApp(across)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("W")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        assert [r.name for r in screen.shown] == ["Ada Quill", "Bo Renn"]
        info = screen.query_one("#speaker-info", Static).content
        text = str(info)
        assert "Minister Quill" in text and "Roles over time" in text
        assert "Minister of Ports" in text and "Prime Minister" in text
        # each keystroke filters
        await pilot.press(*"ren")
        assert [r.name for r in screen.shown] == ["Bo Renn"]
        await pilot.press("backspace", "backspace", "backspace")
        assert len(screen.shown) == 2
        # ctrl+o toggles the order (works from the filter box too)
        await pilot.press("ctrl+o")
        assert screen.order == "name"
        assert "by name" in str(screen.query_one("#speakers-title", Static).content)
        await pilot.press("ctrl+o")
        # enter in the box goes to the list; enter there lists the quotes, newest first
        await pilot.press("enter")
        assert app.focused is screen.query_one("#speakers", TableView)
        assert screen.current is not None and screen.current.name == "Bo Renn"  # kept on "ren"
        await pilot.press("g", "enter")
        quotes = screen.query_one("#speaker-quotes", TableView)
        assert app.focused is quotes and quotes.count == 4
        assert screen.quotes[0]["date"] > screen.quotes[1]["date"]
        # y copies the quote with its citation
        await pilot.press("y")
        assert app.clipboard.startswith("“Words number 4.” — Ada Quill, Prime Minister.")
        assert "Coast Office" in app.clipboard
        # enter opens the release, scrolled to the quote, the quote highlighted
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is app.reader
        view = app.reader.query_one(ReleaseView)
        assert view.release is not None and view.release.title == "Seizure report number 4"
        assert await wait_for(pilot, lambda: view.scroll_y > 10)
        doc = app.reader.query_one("#doc", Static).content
        spots = [
            part
            for part in doc.renderables  # type: ignore[union-attr]
            if type(part).__name__ == "Spot"
        ]
        assert len(spots) == 1
        inner = spots[0].renderable.renderable.renderables[0]
        assert inner.plain == "“Words number 4.”"
        assert [str(span.style) for span in inner.spans] == [SPOT_STYLE]
        # W again: the view kept its state
        await pilot.press("W")
        await settle(pilot)
        assert isinstance(app.screen, SpeakersScreen) and app.screen.quotes
        await pilot.press("escape", "escape")
        assert app.screen is app.reader


# ---------------------------------------------------------------------------- the figures view


async def test_figures_view_sort_filter_chart_and_open(across: Path) -> None:
    app = PressReaderApp(across)
    async with app.run_test(size=(130, 34)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FiguresScreen)
        assert screen.fset is not None and screen.fset.count >= 10
        assert "newest first" in str(screen.query_one("#figures-title", Static).content)
        # unit words filter
        screen.query_one("#figure-unit", Input).value = "tonnes"
        assert await wait_for(pilot, lambda: screen.fset is not None and screen.fset.count == 5)
        assert screen.row(0).date.startswith("2023")  # type: ignore[union-attr]
        await pilot.press("ctrl+o")
        assert [screen.row(i).value for i in range(5)] == [30, 25, 20, 15, 10]  # type: ignore[union-attr]
        assert "largest first" in str(screen.query_one("#figures-title", Static).content)
        # the query language picks releases
        screen.query_one("#figure-query", Input).value = '"number 1"'
        assert await wait_for(pilot, lambda: screen.fset is not None and screen.fset.count == 1)
        screen.query_one("#figure-query", Input).value = ""
        assert await wait_for(pilot, lambda: screen.fset is not None and screen.fset.count == 5)
        # c charts the measure; left/right move between points; enter opens the point's release
        screen.query_one("#figures", TableView).focus()
        await pilot.press("c")
        await settle(pilot)
        chart_screen = app.screen
        assert isinstance(chart_screen, ChartScreen)
        chart = chart_screen.query_one(MeasureChart)
        assert len(chart.points) == 5 and chart.selected == 4  # the newest
        await pilot.press("left", "left")
        assert chart.selected == 2
        assert "Point 3 of 5" in str(chart_screen.query_one("#chart-point", Static).content)
        await pilot.press("right")
        assert chart_screen.selected.value == 25
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is app.reader
        view = app.reader.query_one(ReleaseView)
        assert view.release is not None and view.release.title == "Seizure report number 3"
        assert await wait_for(pilot, lambda: view.scroll_y > 10)  # at the figure's paragraph
        # F again: the view kept its filters; enter on a row opens its release
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, FiguresScreen)
        assert app.screen.filters == ("", "tonnes")
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.screen is app.reader
        assert view.release is not None and view.release.title == "Seizure report number 3"


# ---------------------------------------------------------------------------- also published as


async def test_also_published_as(store: Path) -> None:
    original = store / "office-a" / "a-2024-02-report.yaml"
    release, _ = read_release(original)
    assert release is not None
    copy = dataclasses.replace(
        release, id="syndicated-copy", source="Wire Service", url="https://copy.example.org/x"
    )
    (store / "elsewhere").mkdir()
    (store / "elsewhere" / "copy.yaml").write_text(dump_release(copy), encoding="utf-8")
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 50)) as pilot:
        await settle(pilot)
        app.reader.query_one(Input).value = "quarterly"
        await settle(pilot)
        await pilot.press("enter")  # the search box: down to the list
        await settle(pilot)
        app.reader.query_one("#list").focus()
        await pilot.press("enter")
        await settle(pilot)
        nav = app.reader.query_one(RelatedNav)
        assert await wait_for(pilot, lambda: bool(nav.copies))
        (other_id, shown) = nav.copies[0]
        shown_release = app.reader.release
        assert shown_release is not None
        assert other_id in {"syndicated-copy", "a-2024-02-report"} - {shown_release.id}
        assert "Quarterly port report published" in shown
        assert "2024" in shown
        nav.focus()
        await pilot.press("home", "enter")
        await settle(pilot)
        assert app.reader.release is not None and app.reader.release.id == other_id


# ---------------------------------------------------------------------------- the command line


def test_figures_chart_command(across: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures", "--data", str(across), "--chart", "--unit", "tonnes"]) == 0
    out = capsys.readouterr().out
    assert "5 figures" in out and "2019-01-10" in out and "2023-05-14" in out
    assert "2021" in out and "┤" in out  # the axes
    assert main(["figures", "--data", str(across), "--unit", "tonnes", "--format", "json"]) == 0
    assert capsys.readouterr().out.count('"value"') == 5
    assert main(["figures", "--data", str(across), "--chart", "--unit", "parsecs"]) == 1
