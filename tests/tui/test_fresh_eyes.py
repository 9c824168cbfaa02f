"""What a fresh-eyed user found: counts that disagree, cut messages, missing help sections,
misaligned columns, values too wide, raw chart ticks, transcript turns, no browser."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from textual.widgets import Input

from pressreader.store import dump_release, read_release
from pressreader.tui.app import PressReaderApp
from pressreader.tui.widgets import QueryProblem, ReleaseList, StatusLine
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
