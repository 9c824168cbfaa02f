"""The user's settings (config.yaml in the user's config folder): default store, theme, export folder, keys.

An invalid setting is reported with its line and what is wrong, and that setting falls back to its
default; everything else in the file still applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pressreader import paths
from pressreader.store import read_yaml_mapping

KNOWN = ("store", "theme", "export_dir", "keys")


@dataclass
class Config:
    """Effective settings, and the problems found while reading them."""

    path: Path
    store: Path | None = None
    theme: str | None = None
    export_dir: Path = field(default_factory=paths.export_dir)
    keys: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "store": str(self.store) if self.store else None,
            "theme": self.theme,
            "export_dir": str(self.export_dir),
            "keys": dict(self.keys),
        }


def load_config(path: Path | None = None) -> Config:
    """Read the config file; every bad setting is named and replaced by its default."""
    path = path or paths.config_file()
    config = Config(path)
    data, lines, errors = read_yaml_mapping(path)
    config.problems.extend(f"{error}; using the default" for error in errors)
    if errors and not data:
        return config

    def problem(key: str, message: str) -> None:
        config.problems.append(
            f"{path}:{lines.get(key, 1)}:1: '{key}' {message}; using the default"
        )

    for key, value in data.items():
        if key not in KNOWN:
            problem(str(key), f"is not a setting (known: {', '.join(KNOWN)})")
        elif key in {"store", "export_dir"}:
            if not isinstance(value, str) or not value.strip():
                problem(key, "must be a folder path")
            else:
                setattr(config, key, Path(value).expanduser())
        elif key == "theme":
            if not isinstance(value, str):
                problem(key, "must be a theme name such as textual-dark")
            else:
                config.theme = value
        elif key == "keys":
            if not isinstance(value, dict):
                problem(key, "must be a mapping of binding id to keys, e.g. 'app.quit: ctrl+q'")
                continue
            for binding_id, keys in value.items():
                if not isinstance(keys, str) or not keys.strip():
                    problem(key, f"entry {binding_id!r} must be keys like 'ctrl+q' or 'j,down'")
                else:
                    config.keys[str(binding_id)] = keys.strip()
    return config
