"""What the reader remembers per store: read and starred releases, history, and the chosen theme.

State lives in the user's state folder (paths.state_dir), one JSON file per store, keyed by release
id so it survives re-imports and index rebuilds. Writes are atomic (atomic.write_atomic): a crash or
a full disk never leaves a half-written file. A file that cannot be read is moved aside with
a notice, and the reader goes on with empty state.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pressreader import paths
from pressreader.atomic import write_atomic

STATE_VERSION = 1
MAX_HISTORY = 500


def state_path_for(root: Path, state_dir: Path | None = None) -> Path:
    """The state file of the store at `root`."""
    key = paths.store_key(Path(root).expanduser().resolve())
    return (state_dir or paths.state_dir()) / f"state-{key}.json"


@dataclass
class Visit:
    """One step of the history: a release and how far down it was read."""

    id: str
    scroll: float = 0.0


@dataclass
class ReadingState:
    """Read and starred releases, the history, and the theme of one store."""

    path: Path
    read: set[str] = field(default_factory=set)
    starred: set[str] = field(default_factory=set)
    history: list[Visit] = field(default_factory=list)
    position: int = -1  # index of the current visit in `history`
    theme: str | None = None
    split: int | None = None  # the list pane's share of the width, in percent (None: automatic)
    zoom: str = ""  # "" (list beside release), "list" or "release": the pane given the whole width
    notices: list[str] = field(default_factory=list)

    # ------------------------------------------------------------------ persistence

    @classmethod
    def load(cls, root: Path, state_dir: Path | None = None) -> ReadingState:
        """The state of a store; a damaged file is moved aside and reported, never fatal."""
        path = state_path_for(root, state_dir)
        state = cls(path)
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return state
        except OSError as exc:
            state.notices.append(f"Cannot read {path} ({exc.strerror or exc}); starting afresh.")
            return state
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
                raise ValueError("not a pressreader state file of this version")
            state.read = {str(x) for x in data.get("read", [])}
            state.starred = {str(x) for x in data.get("starred", [])}
            state.history = [
                Visit(str(v["id"]), float(v.get("scroll", 0))) for v in data.get("history", [])
            ]
            state.position = min(
                int(data.get("position", len(state.history) - 1)), len(state.history) - 1
            )
            theme = data.get("theme")
            state.theme = theme if isinstance(theme, str) else None
            split = data.get("split")
            state.split = split if isinstance(split, int) and 10 <= split <= 90 else None
            zoom = data.get("zoom")
            state.zoom = zoom if zoom in ("list", "release") else ""
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
            with contextlib.suppress(OSError):
                os.replace(path, aside)
            state = cls(path)
            state.notices.append(
                f"The reading state {path} was damaged ({exc}); it was moved to {aside.name} "
                "and the reader starts with no read marks or stars."
            )
        return state

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "read": sorted(self.read),
            "starred": sorted(self.starred),
            "history": [{"id": v.id, "scroll": round(v.scroll, 1)} for v in self.history],
            "position": self.position,
            "theme": self.theme,
            "split": self.split,
            "zoom": self.zoom,
        }

    def save(self) -> str | None:
        """Write the state; on failure (full disk, read-only folder) say why and keep it in memory."""
        try:
            write_atomic(self.path, json.dumps(self.to_dict(), ensure_ascii=False, indent=1))
        except OSError as exc:
            return f"Could not save the reading state to {self.path}: {exc.strerror or exc}"
        return None

    # ------------------------------------------------------------------ read and starred

    def is_read(self, release_id: str) -> bool:
        return release_id in self.read

    def mark_read(self, *ids: str, read: bool = True) -> None:
        if read:
            self.read.update(ids)
        else:
            self.read.difference_update(ids)

    def toggle_read(self, release_id: str) -> bool:
        """Flip a release's read mark; whether it is read now."""
        now = release_id not in self.read
        self.mark_read(release_id, read=now)
        return now

    def toggle_star(self, release_id: str) -> bool:
        """Flip a release's star; whether it is starred now."""
        if release_id in self.starred:
            self.starred.discard(release_id)
            return False
        self.starred.add(release_id)
        return True

    # ------------------------------------------------------------------ history

    @property
    def current(self) -> Visit | None:
        return self.history[self.position] if 0 <= self.position < len(self.history) else None

    def visit(self, release_id: str, scroll_of_current: float = 0.0) -> None:
        """Go to a release like a browser does: forward history is dropped, the old spot kept."""
        if self.current is not None:
            if self.current.id == release_id:
                return
            self.current.scroll = scroll_of_current
        del self.history[self.position + 1 :]
        self.history.append(Visit(release_id))
        if len(self.history) > MAX_HISTORY:
            del self.history[: len(self.history) - MAX_HISTORY]
        self.position = len(self.history) - 1

    def back(self, scroll_of_current: float = 0.0) -> Visit | None:
        """The previous visit (its scroll position kept), or None at the start."""
        return self._move(-1, scroll_of_current)

    def forward(self, scroll_of_current: float = 0.0) -> Visit | None:
        """The next visit, or None at the end."""
        return self._move(1, scroll_of_current)

    def _move(self, step: int, scroll_of_current: float) -> Visit | None:
        target = self.position + step
        if not 0 <= target < len(self.history):
            return None
        if self.current is not None:
            self.current.scroll = scroll_of_current
        self.position = target
        return self.history[target]
