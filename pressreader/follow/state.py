"""feeds-state.json, what the last update found of each feed (written by the machine only, kept
apart from feeds.yaml so a hand edit never fights with an update)."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pressreader.atomic import write_atomic
from pressreader.follow.feeds_file import folder

STATE_FILE = "feeds-state.json"


@dataclass
class FeedState:
    """What the last update of one feed found (feeds-state.json)."""

    last_checked: str | None = None  # ISO time, UTC
    last_status: str | None = None  # new | unchanged | failed
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None  # the body last read, so an unchanged body is not re-read
    new: int = 0  # releases imported by the last update
    total: int = 0  # entries the feed held when last read
    last_error: str | None = None
    title: str | None = None  # the feed's own title
    seen: list[str] = field(default_factory=list)  # keys of the entries already in the store

    @classmethod
    def from_json(cls, data: Any) -> FeedState:
        if not isinstance(data, dict):
            return cls()
        state = cls()
        for name, kind in (
            ("last_checked", str),
            ("last_status", str),
            ("etag", str),
            ("last_modified", str),
            ("body_sha256", str),
            ("last_error", str),
            ("title", str),
        ):
            if isinstance(data.get(name), kind):
                setattr(state, name, data[name])
        for name in ("http_status", "new", "total"):
            value = data.get(name)
            if isinstance(value, int) and not isinstance(value, bool):
                setattr(state, name, value)
        seen = data.get("seen")
        if isinstance(seen, list):
            state.seen = [s for s in seen if isinstance(s, str)]
        return state

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, [])}


def state_path(store: Path | str) -> Path:
    return folder(store) / STATE_FILE


# ----------------------------------------------------------------------------- the state file


def read_state(store: Path | str, notices: list[str] | None = None) -> dict[str, FeedState]:
    """feeds-state.json: the state of each feed by its normalised address. A damaged file is
    moved aside (named in `notices`) and every feed starts afresh."""
    path = state_path(store)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(64 * 1024 * 1024 + 1)
        data = json.loads(raw)
        if not isinstance(data, dict) or not isinstance(data.get("feeds"), dict):
            raise ValueError("not a feeds state file")
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        aside = path.with_name(f"{path.name}.corrupt-{dt.datetime.now():%Y%m%d-%H%M%S}")
        try:
            os.replace(path, aside)
            moved = f"moved to {aside.name}"
        except OSError:
            moved = "left as it is"
        if notices is not None:
            notices.append(
                f"{path}: could not be read ({exc}); {moved}; every feed is fetched afresh"
            )
        return {}
    return {str(k): FeedState.from_json(v) for k, v in data["feeds"].items()}


def write_state(store: Path | str, states: dict[str, FeedState]) -> None:
    """feeds-state.json rewritten atomically (OSError for the caller)."""
    data = {"version": 1, "feeds": {url: s.to_json() for url, s in sorted(states.items())}}
    write_atomic(state_path(store), json.dumps(data, ensure_ascii=False, indent=1) + "\n")
