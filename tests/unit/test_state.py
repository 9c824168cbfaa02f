"""Reading state and config: persistence, atomic writes, crash mid-write, damaged files, bad settings."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pressreader import state as state_module
from pressreader.config import load_config
from pressreader.state import ReadingState


def test_state_round_trip(tmp_path: Path) -> None:
    state = ReadingState.load(tmp_path / "store")
    state.mark_read("a", "b")
    state.toggle_star("b")
    state.visit("a")
    state.visit("b", scroll_of_current=12.0)
    state.theme = "nord"
    assert state.save() is None
    again = ReadingState.load(tmp_path / "store")
    assert again.read == {"a", "b"} and again.starred == {"b"} and again.theme == "nord"
    assert [(v.id, v.scroll) for v in again.history] == [("a", 12.0), ("b", 0.0)]


def test_state_is_keyed_by_store(tmp_path: Path) -> None:
    one = ReadingState.load(tmp_path / "one")
    one.mark_read("x")
    one.save()
    assert ReadingState.load(tmp_path / "two").read == set()
    assert ReadingState.load(tmp_path / "one").read == {"x"}


def test_history_is_like_a_browsers(tmp_path: Path) -> None:
    state = ReadingState.load(tmp_path)
    state.visit("a")
    state.visit("b", scroll_of_current=3)  # left a at line 3
    state.visit("c", scroll_of_current=9)  # left b at line 9
    back = state.back(scroll_of_current=4)  # left c at line 4
    assert (back.id, back.scroll) == ("b", 9)
    back = state.back(scroll_of_current=9)  # b was shown at line 9 and left there
    assert (back.id, back.scroll) == ("a", 3)
    assert state.back() is None
    forward = state.forward()
    assert (forward.id, forward.scroll) == ("b", 9)
    state.visit("d")  # a new branch drops the forward history (c)
    assert state.forward() is None
    assert [v.id for v in state.history] == ["a", "b", "d"]


def test_crash_mid_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = ReadingState.load(tmp_path)
    state.mark_read("kept")
    state.save()
    before = state.path.read_bytes()

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # the process dies between writing and renaming

    monkeypatch.setattr(state_module.os, "replace", crash)
    state.mark_read("lost")
    with pytest.raises(KeyboardInterrupt):
        state.save()
    assert state.path.read_bytes() == before
    assert [p.name for p in state.path.parent.iterdir()] == [state.path.name]  # no temp left


def test_full_disk_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = ReadingState.load(tmp_path)

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(state_module.os, "fsync", full)
    message = state.save()
    assert message and "No space left" in message
    assert not state.path.exists()


def test_damaged_state_is_moved_aside(tmp_path: Path) -> None:
    path = ReadingState.load(tmp_path).path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json")
    state = ReadingState.load(tmp_path)
    assert state.read == set()
    assert state.notices and "moved to" in state.notices[0]
    assert not path.exists()
    assert any(p.name.startswith(path.name + ".corrupt-") for p in path.parent.iterdir())


def test_foreign_version_is_moved_aside(tmp_path: Path) -> None:
    path = ReadingState.load(tmp_path).path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 99, "read": ["a"]}))
    assert ReadingState.load(tmp_path).notices


def test_config_good_and_bad_settings(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        "store: ~/releases\ntheme: nord\nkeys:\n  app.quit: ctrl+q\n  list.down: 5\ncolour: red\n"
        "export_dir: [1]\n"
    )
    config = load_config(path)
    assert config.store == Path("~/releases").expanduser()
    assert config.theme == "nord"
    assert config.keys == {"app.quit": "ctrl+q"}
    messages = "\n".join(config.problems)
    assert f"{path}:5:1: 'keys' entry 'list.down'" in messages  # the entry's own line
    assert f"{path}:6:1: 'colour' is not a setting" in messages
    assert f"{path}:7:1: 'export_dir' must be a folder path" in messages


def test_config_that_is_not_yaml_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("theme: [unclosed\n")
    config = load_config(path)
    assert config.theme is None and config.problems and "using the default" in config.problems[0]


def test_missing_config_is_fine(tmp_path: Path) -> None:
    config = load_config(tmp_path / "nope.yaml")
    assert config.problems == [] and config.keys == {}


def test_print_config(capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pressreader.cli import main

    cfg = Path(os.environ["PRESSREADER_CONFIG"])
    cfg.write_text(f"store: {tmp_path}\n")
    assert main(["--print-config"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["store"] == str(tmp_path.resolve()) and report["store_from"] == "config"
    assert report["config_file"] == str(cfg)
    assert {"index_file", "state_file", "export_dir"} <= set(report)
