"""Pilot tests: launch the app on the fixture store, press keys, assert what changed."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import Static

from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens import HelpScreen, ProblemsScreen
from pressreader.tui.widgets import RelatedNav, ReleaseList, ReleaseView, SearchBox
from tests.tui_helpers import settle


def doc_text(app: PressReaderApp) -> str:
    """The detail pane's document as plain text."""
    console = Console(width=1000, file=io.StringIO(), record=True)
    console.print(app.query_one("#doc", Static).content)
    return console.export_text()


def current_title(app: PressReaderApp) -> str | None:
    view = app.query_one(ReleaseView)
    return view.release.title if view.release else None


async def test_starts_with_list_and_detail(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.query_one(ReleaseList)
        assert len(lst.rows) == 4
        assert app.sub_title == "store · 4 of 4 releases"
        assert current_title(app) == "A release with a typo in a field name"
        assert app.focused is lst


async def test_move_with_j_k_and_arrows(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.query_one(ReleaseList)
        await pilot.press("j", "j")
        await settle(pilot)
        assert lst.cursor == 2
        assert current_title(app) == "Quarterly port report published"
        await pilot.press("k", "down", "down", "up")
        await settle(pilot)
        assert lst.cursor == 2
        await pilot.press("G")
        assert lst.cursor == 3
        await pilot.press("g")
        assert lst.cursor == 0


async def test_enter_opens_and_escape_returns(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        view = app.query_one(ReleaseView)
        assert app.focused is view
        assert current_title(app) == "City budget adds money for night buses"
        await pilot.press("escape")
        assert isinstance(app.focused, ReleaseList)
        await pilot.press("l")
        await settle(pilot)
        assert app.focused is view
        await pilot.press("h")
        assert isinstance(app.focused, ReleaseList)


async def test_search_filters_highlights_and_clears(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, SearchBox)
        await pilot.press(*"night bus")
        await settle(pilot)
        lst = app.query_one(ReleaseList)
        assert len(lst.rows) == 1
        assert app.sub_title == "store · 1 of 4 releases"
        assert current_title(app) == "City budget adds money for night buses"
        assert lst.pattern is not None and lst.pattern.search("Night Buses")
        await pilot.press("escape")
        await settle(pilot)
        assert app.query_one(SearchBox).value == ""
        assert len(lst.rows) == 4
        assert isinstance(app.focused, ReleaseList)


async def test_search_without_results_says_so(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zebra")
        await settle(pilot)
        assert app.query_one(ReleaseList).rows == []
        assert "No releases match “zebra”" in doc_text(app)
        assert app.query_one("#status").has_class("-no-results")


async def test_related_navigation_with_brackets_and_links(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("G")  # oldest: the harbour release, whose next is the report
        await settle(pilot)
        assert current_title(app) == "Harbour checks begin at the northern quay"
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert current_title(app) == "Quarterly port report published"
        assert app.query_one(ReleaseList).cursor == 2  # the list follows
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert current_title(app) == "Harbour checks begin at the northern quay"
        nav = app.query_one(RelatedNav)
        assert nav.option_count >= 3  # heading, next, see also (then "more like this")
        nav.focus()
        nav.highlighted = 2  # see also: the city budget release
        await pilot.press("enter")
        await settle(pilot)
        assert current_title(app) == "City budget adds money for night buses"


async def test_unresolved_link_is_not_navigable(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        await settle(pilot)
        nav = app.query_one(RelatedNav)
        assert nav.get_option_at_index(2).disabled
        assert "not in this store" in str(nav.get_option_at_index(2).prompt)


async def test_click_a_row_opens_it(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.click(ReleaseList, offset=(10, 1))
        await settle(pilot)
        assert app.query_one(ReleaseList).cursor == 1
        assert current_title(app) == "City budget adds money for night buses"


async def test_help_and_problems_screens(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, ProblemsScreen)
        assert "broken.yaml" in str(app.screen.body)
        await pilot.press("escape")


async def test_markup_in_text_is_shown_literally(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        await settle(pilot)
        assert "[bold]record[/bold]" in doc_text(app)


async def test_missing_folder_shows_help(tmp_path: Path) -> None:
    app = PressReaderApp(tmp_path / "nowhere")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "does not exist" in doc_text(app)


async def test_empty_folder_shows_help(tmp_path: Path) -> None:
    app = PressReaderApp(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "No releases in" in doc_text(app)


async def test_quit(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
