"""What the reader remembers per store: read and starred releases, history, and the chosen theme.

State lives in the user's state folder (platformdirs), one JSON file per store, keyed by release id
so it survives re-imports and index rebuilds. Writes are atomic (temporary file, fsync, rename): a
crash or a full disk never leaves a half-written file. A file that cannot be read is moved aside with
a notice, and the reader goes on with empty state.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from pressreader.store import write_atomic

STATE_VERSION = 1
MAX_HISTORY = 500


def default_state_dir() -> Path:
    """$PRESSREADER_STATE, else the platform's user state folder."""
    env = os.environ.get("PRESSREADER_STATE")
    return Path(env) if env else Path(platformdirs.user_state_dir("pressreader"))


def state_path_for(root: Path, state_dir: Path | None = None) -> Path:
    """The state file of the store at `root`."""
    key = hashlib.sha256(str(Path(root).expanduser().resolve()).encode()).hexdigest()[:16]
    return (state_dir or default_state_dir()) / f"state-{key}.json"


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON so that a crash leaves the old file or the new one, never a mix."""
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1))


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
        }

    def save(self) -> str | None:
        """Write the state; on failure (full disk, read-only folder) say why and keep it in memory."""
        try:
            write_json_atomic(self.path, self.to_dict())
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
