"""feeds.yaml, the feeds a store follows as people edit it: read (each bad entry located) and
rewritten atomically; kept apart from feeds-state.json (state.py), which only the machine writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pressreader.atomic import write_atomic
from pressreader.follow.feed import Feed, FollowError, make_feed, normalise_url

try:  # libyaml's loader is much faster; the pure-Python one is the fallback.
    _Loader: type = yaml.CSafeLoader
    _Dumper: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader
    _Dumper = yaml.SafeDumper

FOLDER = ".pressreader"
FEEDS_FILE = "feeds.yaml"
MAX_FEEDS_BYTES = 2 * 1024 * 1024  # a list of thousands of feeds is far below this
KEYS = ("url", "name", "source", "full_text")

_HEADER = """\
# Feeds this store follows (`pressreader follow`); shared by everyone who opens the store.
# Edit by hand if you like: each entry needs a url (http:// or https://); name (unique),
# source (the publisher of every release of the feed) and full_text (true: fetch the linked
# page when an item carries only a summary) are optional. What the last update found is kept
# apart, in feeds-state.json. Comments here are not kept when `follow` rewrites the file.
"""


@dataclass
class Subscriptions:
    """feeds.yaml read: the usable feeds, and what is wrong with the others (located)."""

    feeds: list[Feed] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    exists: bool = False


def folder(store: Path | str) -> Path:
    return Path(store).expanduser() / FOLDER


def feeds_path(store: Path | str) -> Path:
    return folder(store) / FEEDS_FILE


# ----------------------------------------------------------------------------- feeds.yaml


def read_subscriptions(store: Path | str) -> Subscriptions:
    """feeds.yaml of the store: every usable feed, and each problem as "path:line: message".

    A missing file is no feeds. Duplicates (the same address or name twice) are problems; the
    first one is used.
    """
    path = feeds_path(store)
    result = Subscriptions()
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FEEDS_BYTES + 1)
    except FileNotFoundError:
        return result
    except OSError as exc:
        result.problems.append(f"{path}: cannot be read ({exc.strerror or exc})")
        return result
    result.exists = True
    if len(data) > MAX_FEEDS_BYTES:
        result.problems.append(f"{path}: larger than {MAX_FEEDS_BYTES // 2**20} MB; not read")
        return result
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.problems.append(f"{path}: not UTF-8 text; save it as UTF-8")
        return result
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return result
        _check_tree(root)
        entries = _entries_node(root, path)
        urls: dict[str, int] = {}
        names: dict[str, int] = {}
        for node in entries:
            line = node.start_mark.line + 1
            where = f"{path}:{line}"
            try:
                if not isinstance(node, yaml.MappingNode):
                    raise FollowError("each feed must be a mapping (url: ..., name: ...)")
                values = loader.construct_mapping(node, deep=True)
                values = {str(k): v for k, v in values.items()}
                if "url" not in values:
                    raise FollowError("the entry has no 'url'")
                extra = [(k, v) for k, v in values.items() if k not in KEYS]
                feed = make_feed(
                    values.get("url"),
                    values.get("name"),
                    values.get("source"),
                    values.get("full_text"),
                    extra,
                )
            except FollowError as exc:
                result.problems.append(f"{where}: {exc}")
                continue
            except (yaml.YAMLError, TypeError, ValueError) as exc:
                result.problems.append(f"{where}: the entry cannot be read ({exc})")
                continue
            key = normalise_url(feed.url)
            if key in urls:
                result.problems.append(
                    f"{where}: {feed.url} is already followed at line {urls[key]}; "
                    "this entry is not used"
                )
                continue
            if feed.name and feed.name.casefold() in names:
                result.problems.append(
                    f"{where}: the name {feed.name!r} is already used at line "
                    f"{names[feed.name.casefold()]}; this entry is not used"
                )
                continue
            urls[key] = line
            if feed.name:
                names[feed.name.casefold()] = line
            result.feeds.append(feed)
    except FollowError as exc:
        result.problems.append(f"{path}: {exc}")
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        result.problems.append(f"{where}: not valid YAML ({exc.problem or exc})")
    except yaml.YAMLError as exc:
        result.problems.append(f"{path}: not valid YAML ({exc})")
    finally:
        loader.dispose()
    return result


def _entries_node(root: yaml.Node, path: Path) -> list[yaml.Node]:
    """The nodes of the feed entries: `feeds:` of a mapping (or a bare list, as people write)."""
    if isinstance(root, yaml.SequenceNode):
        return list(root.value)
    if isinstance(root, yaml.ScalarNode) and root.value in ("", "~", "null"):
        return []
    if not isinstance(root, yaml.MappingNode):
        raise FollowError("the file must hold 'feeds:' followed by a list of feeds")
    for key, value in root.value:
        if key.value == "feeds":
            if isinstance(value, yaml.ScalarNode) and value.value in ("", "~", "null"):
                return []
            if not isinstance(value, yaml.SequenceNode):
                raise FollowError(
                    f"line {value.start_mark.line + 1}: 'feeds' must be a list ('- url: ...')"
                )
            return list(value.value)
    raise FollowError("the file must hold 'feeds:' followed by a list of feeds")


def _check_tree(root: yaml.Node) -> None:
    """The store's limits: no foreign tags, no deep nesting, no alias expansion bombs."""
    from pressreader.store import Invalid, check_tree

    try:
        check_tree(root)
    except Invalid as exc:
        line = exc.node.start_mark.line + 1 if exc.node is not None else 1
        raise FollowError(f"line {line}: {exc.message}") from None


def write_subscriptions(store: Path | str, feeds: list[Feed]) -> None:
    """feeds.yaml rewritten with these feeds, atomically (OSError for the caller)."""
    body = yaml.dump(
        {"feeds": [feed.to_yaml() for feed in feeds]},
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
    write_atomic(feeds_path(store), _HEADER + body)
