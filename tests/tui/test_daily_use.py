"""Daily use: saved searches, and the small things that erode trust (counts, plurals, empty
headings, the cursor after a search, focus, config mistakes, the samples' name)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from pressreader import paths
from pressreader.cli import main
from pressreader.config import ConfigWriteFailed, load_config, save_search
from pressreader.session import ReadingSession
from pressreader.state import ReadingState
from pressreader.text import plural
from pressreader.tui import keymap
from pressreader.tui.app import PressReaderApp
from pressreader.tui.palette import reader_commands
from pressreader.tui.screens.name_prompt import NamePrompt
from pressreader.tui.widgets import QuoteNav, RelatedNav, ReleaseList, ReleaseView, SearchBox
from tests.tui_helpers import settle, wait_for

SIZE = (120, 40)

# ---------------------------------------------------------------------------- saved searches


def test_saved_searches_are_read_and_bad_ones_reported_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        "theme: nord\n"
        "saved_searches:\n"
        "  Ports: topic:ports\n"
        "  Broken: (ports OR docks\n"
        "  Empty: ''\n"
        "  Quill: speaker:quill has:quote\n"
    )
    config = load_config(path)
    assert config.saved_searches == {"Ports": "topic:ports", "Quill": "speaker:quill has:quote"}
    problems = "\n".join(config.problems)
    assert f"{path}:4:1: 'saved_searches' entry 'Broken'" in problems and "left out" in problems
    assert f"{path}:5:1: 'saved_searches' entry 'Empty'" in problems
    path.write_text("saved_searches: [a, b]\n")
    assert "'saved_searches' must be a mapping" in load_config(path).problems[0]


def test_save_search_keeps_the_users_file(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    original = "# my settings\ntheme: nord   # dark\nkeys:\n  app.quit: ctrl+q\n"
    path.write_text(original)
    save_search(path, "Ports", "topic:ports year:2025")
    text = path.read_text()
    assert text == original + "saved_searches:\n  Ports: topic:ports year:2025\n"
    save_search(path, "Night buses", '"night buses" OR trams')  # added to the block
    save_search(path, "Ports", "topic:ports")  # replaced in place
    text = path.read_text()
    assert text.startswith(original) and text.count("saved_searches:") == 1
    config = load_config(path)
    assert config.saved_searches == {
        "Ports": "topic:ports",
        "Night buses": '"night buses" OR trams',
    }
    assert config.theme == "nord" and config.keys == {"app.quit": "ctrl+q"}
    assert not config.problems


def test_save_search_into_flow_style_new_and_broken_files(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.yaml"
    save_search(path, "Ports", "topic:ports")  # no file yet
    assert load_config(path).saved_searches == {"Ports": "topic:ports"}
    path.write_text("saved_searches: {A: strike}  # mine\ntheme: nord\n")
    save_search(path, "B", "docks")
    assert path.read_text().endswith("  # mine\ntheme: nord\n")
    assert load_config(path).saved_searches == {"A": "strike", "B": "docks"}
    path.write_text("theme: [nord\n")
    with pytest.raises(ConfigWriteFailed):
        save_search(path, "C", "docks")
    assert path.read_text() == "theme: [nord\n"  # untouched
    with pytest.raises(ConfigWriteFailed):
        save_search(path, "D", "(ports")


def test_saved_search_counts_unread_and_total(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("saved_searches:\n  Ports: topic:ports\n  Harbour: harb\n  None: zebra\n")
    session = ReadingSession(store, load_config(path), ReadingState(store))
    session.attach(session.open_library())
    session.refresh(session.library, lambda d, t: None)
    counts = session.saved_search_counts()
    assert counts["Ports"][1] >= 2 and counts["Ports"][0] == counts["Ports"][1]
    assert counts["Harbour"][1] >= 1  # the last word is a prefix, as in the search box
    assert counts["None"] == (0, 0)
    harbour = session.library.search("harb")
    session.state.mark_read(session.library.id_map()[harbour[0]])
    assert session.saved_search_counts()["Harbour"] == (len(harbour) - 1, len(harbour))


async def test_palette_runs_a_saved_search_and_saves_one(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("# keep me\nsaved_searches:\n  Night: night buses\n")
    app = PressReaderApp(store, config=load_config(path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [c.title for c in reader_commands(app)]
        assert "Saved search: Night" in titles and "Save this search…" in titles
        command = next(c for c in reader_commands(app) if c.title == "Saved search: Night")
        command.callback()
        await settle(pilot)
        assert app.query_one(SearchBox).value == "night buses"
        assert len(app.query_one(ReleaseList).rows) == 1
        app.query_one(SearchBox).value = "topic:ports"
        await settle(pilot)
        app.action_save_search()
        await wait_for(pilot, lambda: isinstance(app.screen, NamePrompt))
        await pilot.press(*"Ports", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, NamePrompt)
    assert path.read_text().startswith("# keep me\n")
    assert load_config(path).saved_searches == {"Night": "night buses", "Ports": "topic:ports"}


# ---------------------------------------------------------------------------- counts and plurals


def test_plurals() -> None:
    assert plural(1, "release") == "1 release" and plural(2, "release") == "2 releases"
    assert (
        plural(1, "match", "matches") == "1 match" and plural(0, "match", "matches") == "0 matches"
    )
    assert plural(1234, "file") == "1,234 files"


def test_counts_agree_with_filters_on(store: Path) -> None:
    session = ReadingSession(store, load_config(), ReadingState(store))
    session.total = 32
    session.hide_read = True
    subtitle, status, _ = session.counts(1)
    assert subtitle.endswith("1 of 32 releases") and status.startswith("1 of 32 releases")
    assert "unread only" in status
    session.hide_read, session.starred_only = False, True
    assert session.counts(0)[1:] == ("No starred releases", "-no-results")
    assert "Press S" in session.empty_text("")
    session.starred_only = False
    session.total = 1
    assert session.counts(1) == ("store · 1 of 1 release", "1 release · newest first", "")
    session.query = "harbour"
    assert session.counts(1)[1] == "1 match · newest first"


async def test_title_and_status_line_agree_with_u_on(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # open (and so read) the first release
        await settle(pilot)
        await pilot.press("escape", "u")
        await settle(pilot)
        assert app.sub_title == "store · 3 of 4 releases"
        assert app.reader.query_one("#status").text.startswith("3 of 4 releases · unread only")


def test_bundled_samples_have_a_proper_name() -> None:
    session = ReadingSession(paths.bundled_data(), load_config())
    assert session.title == "Sample releases (Norland)"
    assert session.counts(3)[0].startswith("Sample releases (Norland) · 3 of")


# ---------------------------------------------------------------------------- the detail pane


async def test_no_who_said_what_heading_after_a_search_with_no_results(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("G", "enter")  # the harbour release has quotes
        await settle(pilot)
        heading = app.query_one("#quotes-title")
        assert heading.display
        await pilot.press("slash", *"zebra")
        await settle(pilot)
        assert not app.query_one(ReleaseView).has_class("-has-quotes")
        assert not heading.display


def _many_quotes_store(tmp_path: Path) -> Path:
    store = tmp_path / "quotes"
    store.mkdir()
    quotes = "\n".join(
        f"  - quote: Statement number {i} about the harbour and its many quays, said at length.\n"
        f"    speaker: Speaker {i}\n    role: Official"
        for i in range(25)
    )
    (store / "q.yaml").write_text(
        "title: Many voices\ndate: 2024-05-01\nsource: Test Office\nsummary: Lead.\nbody:\n"
        f"{quotes}\n"
    )
    return store


async def test_who_said_what_grows_and_the_pane_follows_its_highlight(tmp_path: Path) -> None:
    app = PressReaderApp(_many_quotes_store(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        quotes, view = app.query_one(QuoteNav), app.query_one(ReleaseView)
        assert quotes.option_count == 25
        assert quotes.size.height >= 25 and quotes.max_scroll_y == 0  # no scrolling of its own
        quotes.focus()
        await settle(pilot)
        assert quotes.highlighted == 0  # focus shows where the highlight is
        await pilot.press("end")
        await settle(pilot)
        line = quotes.virtual_region.y + 24
        assert view.scroll_y <= line < view.scroll_y + view.scrollable_content_region.height


async def test_quote_and_link_lists_highlight_and_offer_their_keys(store: Path) -> None:
    app = PressReaderApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("G", "enter", "tab")
        await settle(pilot)
        assert isinstance(app.focused, QuoteNav) and app.focused.highlighted == 0
        shown = {b.binding.description for b in app.active_bindings.values() if b.binding.show}
        assert "Copy quote" in shown
        app.query_one(RelatedNav).focus()
        await settle(pilot)
        nav = app.query_one(RelatedNav)
        assert nav.highlighted is not None and not nav.get_option_at_index(nav.highlighted).disabled
        shown = {b.binding.description for b in app.active_bindings.values() if b.binding.show}
        assert "Open link" in shown


# ---------------------------------------------------------------------------- the list's cursor


async def test_clearing_a_search_keeps_the_release(tmp_path: Path) -> None:
    app = PressReaderApp(paths.bundled_data())
    async with app.run_test(size=(120, 20)) as pilot:
        await settle(pilot)
        lst = app.query_one(ReleaseList)
        await pilot.press("slash", *"harbour", "enter")
        await settle(pilot)
        await pilot.press("j", "j", "enter")
        await settle(pilot)
        chosen = lst.current
        await pilot.press("slash")
        for _ in range(len("harbour")):  # emptied a letter at a time
            await pilot.press("backspace")
            await settle(pilot)
        assert app.query_one(SearchBox).value == ""
        assert lst.current == chosen and lst.cursor > 0
        top = int(lst.scroll_offset.y)
        assert top <= lst.cursor < top + lst.size.height


async def test_order_toggle_keeps_the_cursor_row_on_screen() -> None:
    app = PressReaderApp(paths.bundled_data())
    async with app.run_test(size=(120, 14)) as pilot:
        await settle(pilot)
        lst = app.query_one(ReleaseList)
        await pilot.press("slash", *"the", "enter")
        await settle(pilot)
        for index in (len(lst.rows) - 1, len(lst.rows) // 2, 1):
            lst.cursor = index
            await settle(pilot)
            rid = lst.current
            for _ in range(2):
                await pilot.press("ctrl+r")
                await settle(pilot)
                top = int(lst.scroll_offset.y)
                assert lst.current == rid
                assert top <= lst.cursor < top + lst.size.height


# ---------------------------------------------------------------------------- config mistakes


def test_bad_key_names_and_two_actions_on_one_key_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        "keys:\n"
        "  app.quit: ctrl+q\n"
        "  app.star: m\n"  # m is app.read's key
        "  list.down: j,dwn\n"  # no key is called dwn
        "  app.help: F1\n"
        "  list.up: k,f9\n"
    )
    config = load_config(path)
    problems = keymap.problems(config)
    assert any(
        p.startswith(f"{path}:3:1: 'keys' entry 'app.star'") and "app.read" in p for p in problems
    )
    assert any(
        p.startswith(f"{path}:4:1: 'keys' entry 'list.down'") and "'dwn'" in p for p in problems
    )
    assert any(p.startswith(f"{path}:5:1:") and "'F1'" in p for p in problems)
    assert all("using the default" in p for p in problems) and len(problems) == 3
    assert keymap.keymap(config) == {"app.quit": "ctrl+q", "list.up": "k,f9"}
    path.write_text("keys:\n  app.read: s\n  app.star: m\n")  # a swap is fine
    assert keymap.problems(load_config(path)) == []


async def test_unknown_theme_is_reported_with_its_line(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("# settings\ntheme: nrod\n")
    app = PressReaderApp(store, config=load_config(path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any(m.startswith(f"{path}:2:1: 'theme' 'nrod' is not a theme") for m in messages)
        assert app.theme == "textual-dark"


# ---------------------------------------------------------------------------- the CLI


def test_cli_errors_keep_their_phrases_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Console, "width", property(lambda self: 40))
    missing = tmp_path / ("a-rather-long-folder-name-" * 3) / "store"
    assert main(["list", "--data", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "(use --data DIR)" in err and err.count("\n") == 1
