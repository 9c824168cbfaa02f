"""What a fresh-eyed user found: counts that disagree, cut query problems, missing help sections,
no browser, the README's sample count, markup in notices (the views: test_fresh_eyes_views.py)."""

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
from textual.binding import Binding
from textual.dom import DOMNode
from textual.widgets import Input, Static

import pressreader.tui
from pressreader import paths
from pressreader.config import load_config
from pressreader.store import dump_release, read_release
from pressreader.tui import keymap
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens import HelpScreen
from pressreader.tui.widgets import QueryProblem, ReleaseList, StatusLine
from tests.tui.screen_text import screen_lines
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
