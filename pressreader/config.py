"""The user's settings (config.yaml in the user's config folder): default store, theme, export
folder, keys, saved searches.

An invalid setting is reported with its line and what is wrong, and that setting falls back to its
default; everything else in the file still applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pressreader import paths
from pressreader.atomic import write_atomic
from pressreader.query import QueryError, parse
from pressreader.store import read_yaml_mapping

KNOWN = ("store", "theme", "export_dir", "keys", "saved_searches", "auto_update")


@dataclass
class Config:
    """Effective settings, and the problems found while reading them."""

    path: Path
    store: Path | None = None
    theme: str | None = None
    export_dir: Path = field(default_factory=paths.export_dir)
    keys: dict[str, str] = field(default_factory=dict)
    saved_searches: dict[str, str] = field(default_factory=dict)  # name → query, in file order
    auto_update: int | None = None  # seconds between two updates of the followed feeds (off)
    problems: list[str] = field(default_factory=list)
    # Where each setting is written: "theme" → its line; a mapping's entries as "keys.app.quit"
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key: str) -> int:
        """The line of a setting (or of an entry, "keys.app.quit") in the file; 1 when unknown."""
        return self.lines.get(key) or self.lines.get(key.split(".", 1)[0], 1)

    def problem(self, key: str, message: str, fallback: str = "using the default") -> str:
        """ "config.yaml:3:1: 'keys' entry … ; using the default": a bad setting, with its line."""
        name = key.split(".", 1)[0]
        return f"{self.path}:{self.line_of(key)}:1: '{name}' {message}; {fallback}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "store": str(self.store) if self.store else None,
            "theme": self.theme,
            "export_dir": str(self.export_dir),
            "keys": dict(self.keys),
            "saved_searches": dict(self.saved_searches),
            "auto_update": self.auto_update,
        }


def load_config(path: Path | None = None) -> Config:
    """Read the config file; every bad setting is named and replaced by its default."""
    path = path or paths.config_file()
    config = Config(path)
    data, lines, errors = read_yaml_mapping(path)
    config.lines = lines
    config.problems.extend(f"{error}; using the default" for error in errors)
    if errors and not data:
        return config

    def problem(key: str, message: str) -> None:
        config.problems.append(config.problem(key, message))

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
                    problem(
                        f"keys.{binding_id}",
                        f"entry {binding_id!r} must be keys like 'ctrl+q' or 'j,down'",
                    )
                else:
                    config.keys[str(binding_id)] = keys.strip()
        elif key == "saved_searches":
            _saved_searches(config, value)
        elif key == "auto_update":
            try:
                config.auto_update = parse_interval(value)
            except ValueError as exc:
                problem(key, str(exc))
    return config


MIN_AUTO_UPDATE = 60  # seconds: feeds are not asked more often than once a minute
_INTERVAL = re.compile(r"(\d+)\s*(s|m|h|d)", re.I)
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(value: Any) -> int | None:
    """`auto_update:` as seconds: "30m", "2h", "1h30m", "90s", "1d"; off (None) for off / false /
    0 / nothing. ValueError says what is wrong (the caller adds the line and the fallback)."""
    if value is None or value is False or value == 0:
        return None
    if isinstance(value, str) and value.strip().lower() in ("", "off", "no", "never", "false"):
        return None
    text = value.strip() if isinstance(value, str) else ""
    parts = _INTERVAL.findall(text)
    if not parts or _INTERVAL.sub("", text).strip():
        raise ValueError(f"must be an interval such as 30m, 2h or 1h30m, or off (not {value!r})")
    seconds = sum(int(n) * _UNIT[unit.lower()] for n, unit in parts)
    if seconds == 0:
        return None
    if seconds < MIN_AUTO_UPDATE:
        raise ValueError(
            f"is {value!r}: feeds are updated at most once a minute (write 1m or more)"
        )
    return seconds


def _saved_searches(config: Config, value: Any) -> None:
    """Read `saved_searches: {name: query}`; a query that cannot be read is reported and left out."""
    if not isinstance(value, dict):
        message = "must be a mapping of name to query, e.g. 'Ports: topic:ports'"
        config.problems.append(config.problem("saved_searches", message, "left out"))
        return
    for name, query in value.items():
        where = f"saved_searches.{name}"
        if not isinstance(query, str) or not query.strip():
            message = f"entry {str(name)!r} must be a query such as 'topic:ports year:2025'"
            config.problems.append(config.problem(where, message, "left out"))
            continue
        try:
            parse(query)
        except QueryError as exc:
            message = f"entry {str(name)!r}: {exc.message} (column {exc.position + 1} of {query!r})"
            config.problems.append(config.problem(where, message, "left out"))
            continue
        config.saved_searches[str(name)] = query.strip()


class ConfigWriteFailed(Exception):
    """config.yaml could not be changed (it cannot be read or written); the message says why."""


def save_search(path: Path, name: str, query: str) -> None:
    """Add (or replace) the saved search `name` in config.yaml, keeping the rest of the file.

    The file is edited as text, never re-dumped, so comments, order and quoting stay as the user
    wrote them: a new `saved_searches:` block is appended at the end when there is none; an entry
    is added at the end of an existing block (or its line replaced when the name is there); a
    flow-style `saved_searches: {…}` is rewritten in place. The result is read back before it is
    written (atomically); ConfigWriteFailed when the file cannot be read, parsed or written.
    """
    name, query = " ".join(name.split()), query.strip()
    if not name:
        raise ConfigWriteFailed("a saved search needs a name")
    try:
        parse(query)
    except QueryError as exc:
        raise ConfigWriteFailed(f"the query cannot be read: {exc.message}") from exc
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigWriteFailed(f"{path} cannot be read ({exc})") from exc
    new = _with_search(text, name, query)
    try:
        data = yaml.safe_load(new) if new.strip() else {}
    except yaml.YAMLError as exc:
        raise ConfigWriteFailed(f"{path} could not be updated safely ({exc})") from exc
    saved = data.get("saved_searches") if isinstance(data, dict) else None
    if not isinstance(saved, dict) or saved.get(name) != query:
        raise ConfigWriteFailed(f"{path} could not be updated safely; add the search by hand")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, new)
    except OSError as exc:
        raise ConfigWriteFailed(f"could not write {path}: {exc.strerror or exc}") from exc


def _entry(name: str, query: str) -> str:
    """One `name: query` line, quoted where YAML needs it."""
    return yaml.safe_dump(
        {name: query}, allow_unicode=True, default_flow_style=False, width=10**6
    ).strip()


def _with_search(text: str, name: str, query: str) -> str:
    """config.yaml's text with the saved search added (see save_search)."""
    try:
        root = yaml.compose(text) if text.strip() else None
    except yaml.YAMLError as exc:
        raise ConfigWriteFailed(f"config.yaml is not valid YAML; fix it first ({exc})") from exc
    if root is not None and not isinstance(root, yaml.MappingNode):
        raise ConfigWriteFailed("config.yaml is not a mapping of settings; fix it first")
    found = None
    for key_node, value_node in root.value if root is not None else []:
        if key_node.value == "saved_searches":
            found = (key_node, value_node)
    entry = _entry(name, query)
    if found is None:  # no block yet: append one
        sep = "" if not text or text.endswith("\n") else "\n"
        return f"{text}{sep}saved_searches:\n  {entry}\n"
    key_node, value_node = found
    lines = text.splitlines(keepends=True)
    if isinstance(value_node, yaml.ScalarNode) and value_node.value in ("", "~", "null"):
        # `saved_searches:` with nothing under it: the entry goes on the next line
        at = key_node.start_mark.line + 1
        return "".join([*lines[:at], f"  {entry}\n", *lines[at:]])
    if not isinstance(value_node, yaml.MappingNode):
        raise ConfigWriteFailed("'saved_searches' in config.yaml is not a mapping; fix it first")
    if value_node.flow_style:  # {a: b}: rewrite just that mapping
        current = yaml.safe_load(text[value_node.start_mark.index : value_node.end_mark.index])
        current = {**(current or {}), name: query}
        flow = yaml.safe_dump(
            current, allow_unicode=True, default_flow_style=True, sort_keys=False, width=10**6
        ).strip()
        start, end = value_node.start_mark.index, value_node.end_mark.index
        return text[:start] + flow + text[end:]
    for sub_key, sub_value in value_node.value:
        if sub_key.value == name:  # replace the entry's line(s)
            first, last = sub_key.start_mark.line, _last_line(sub_value, lines)
            indent = " " * sub_key.start_mark.column
            return "".join([*lines[:first], f"{indent}{entry}\n", *lines[last + 1 :]])
    last_key, last_value = value_node.value[-1]
    indent = " " * last_key.start_mark.column
    at = _last_line(last_value, lines) + 1
    if at > len(lines) or (at == len(lines) and lines and not lines[-1].endswith("\n")):
        lines[-1] += "\n"
    return "".join([*lines[:at], f"{indent}{entry}\n", *lines[at:]])


def _last_line(node: yaml.Node, lines: list[str]) -> int:
    """The last line (0-based) a value node's text is on (a block scalar ends on the next line)."""
    end = node.end_mark
    line = end.line if end.column > 0 else end.line - 1
    return max(node.start_mark.line, min(line, len(lines) - 1))
