"""Shared fixtures: an isolated cache folder, the fixture store, and paths to ../shared."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
FIXTURE_STORE = HERE / "fixtures" / "store"
SHARED = HERE.parent.parent / "shared"


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own cache, state and config, so nothing leaks between tests or from the user."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("PRESSREADER_CACHE", str(cache))
    monkeypatch.setenv("PRESSREADER_STATE", str(tmp_path_factory.mktemp("state")))
    monkeypatch.setenv("PRESSREADER_CONFIG", str(tmp_path_factory.mktemp("config") / "config.yaml"))
    monkeypatch.delenv("PRESSREADER_DATA", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return cache


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A writable copy of the fixture store."""
    target = tmp_path / "store"
    shutil.copytree(FIXTURE_STORE, target)
    return target


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent (a user's fresh clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path
