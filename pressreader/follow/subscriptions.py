"""The feeds a store follows, kept with the store so a team sharing the folder shares them.

Two files in `<store>/.pressreader/` (hidden, so the store scanner never reads them as releases):

    feeds.yaml          what to follow, edited by people (and by `follow` / `unfollow`):
                            feeds:
                              - url: https://press.example.org/feed.xml
                                name: Example ministry     # optional; unique
                                source: Ministry of Example   # optional: the publisher of every release
                                full_text: true           # optional: fetch the page of summary-only items
    feeds-state.json    what the last update found, written by the machine only: per feed URL
                        last_checked, last_status, http_status, etag, last_modified, new, total,
                        last_error, the feed's title and the keys of the items already seen.

Keeping the machine's state out of feeds.yaml means a hand edit never fights with an update. Both
are written atomically (temporary file, fsync, rename). feeds.yaml is loaded with libyaml's safe
loader when present, with the store's limits (no tags, no alias bombs); each entry is checked and a
bad one is reported with its line, never silently dropped from the file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml

from pressreader.atomic import write_atomic
from pressreader.errors import PressreaderError
from pressreader.text import clean_line

try:  # libyaml's loader is much faster; the pure-Python one is the fallback.
    _Loader: type = yaml.CSafeLoader
    _Dumper: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader
    _Dumper = yaml.SafeDumper

FOLDER = ".pressreader"
FEEDS_FILE = "feeds.yaml"
STATE_FILE = "feeds-state.json"
MAX_FEEDS_BYTES = 2 * 1024 * 1024  # a list of thousands of feeds is far below this
MAX_URL = 2000
MAX_NAME = 100
MAX_SOURCE = 200
KEYS = ("url", "name", "source", "full_text")

_HEADER = """\
# Feeds this store follows (`pressreader follow`); shared by everyone who opens the store.
# Edit by hand if you like: each entry needs a url (http:// or https://); name (unique),
# source (the publisher of every release of the feed) and full_text (true: fetch the linked
# page when an item carries only a summary) are optional. What the last update found is kept
# apart, in feeds-state.json. Comments here are not kept when `follow` rewrites the file.
"""


class FollowError(PressreaderError, ValueError):
    """A follow / unfollow / OPML request that cannot be done; the message says why."""


@dataclass(frozen=True, slots=True)
class Feed:
    """One followed feed, as feeds.yaml gives it."""

    url: str
    name: str | None = None
    source: str | None = None  # the publisher of every release of this feed
    full_text: bool = False
    extra: tuple[tuple[str, Any], ...] = ()  # keys a person added that pressreader does not use

    @property
    def label(self) -> str:
        """How the feed is named in messages: its name, else its address."""
        return self.name or self.url

    def to_yaml(self) -> dict[str, Any]:
        data: dict[str, Any] = {"url": self.url}
        if self.name:
            data["name"] = self.name
        if self.source:
            data["source"] = self.source
        if self.full_text:
            data["full_text"] = True
        data.update(self.extra)
        return data


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


def state_path(store: Path | str) -> Path:
    return folder(store) / STATE_FILE


# ----------------------------------------------------------------------------- checking values


def normalise_url(url: str) -> str:
    """The form two addresses are compared in: scheme and host lower case, default port and
    fragment dropped, an empty path made "/"."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, {"http": 80, "https": 443}.get(scheme)) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def check_url(value: Any) -> str:
    """A feed address as stored (trimmed), or FollowError saying what is wrong with it."""
    if not isinstance(value, str) or not value.strip():
        raise FollowError("give the feed's address, e.g. https://press.example.org/feed.xml")
    url = value.strip()
    shown = clean_line(url)[:80]
    if len(url) > MAX_URL:
        raise FollowError(f"{shown}…: the address is longer than {MAX_URL} characters")
    if re.search(r"[\s\x00-\x1f\x7f]", url):
        raise FollowError(f"{shown!r}: an address cannot contain spaces or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FollowError(f"{shown}: not a valid address ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FollowError(
            f"{shown}: only http:// and https:// feeds can be followed"
            + ("" if "://" in url else f" (did you mean https://{shown}?)")
        )
    if not parts.hostname:
        raise FollowError(f"{shown}: the address names no host")
    if parts.username is not None or parts.password is not None:
        raise FollowError(
            f"{shown}: the address holds a user name or password; feeds.yaml is shared with "
            "everyone who opens the store, so it cannot keep them"
        )
    if port == 0:
        raise FollowError(f"{shown}: port 0 is not a valid port")
    return url


def check_name(value: Any, what: str = "name", limit: int = MAX_NAME) -> str | None:
    """A name or source as one clean line (None when empty), or FollowError."""
    if value is None:
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise FollowError(f"'{what}' must be text")
    text = clean_line(str(value))
    if not text:
        return None
    if len(text) > limit:
        raise FollowError(f"'{what}' is longer than {limit} characters")
    return text


def _check_bool(value: Any) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise FollowError(f"'full_text' must be true or false, not {value!r}")
    return value


def make_feed(
    url: Any, name: Any = None, source: Any = None, full_text: Any = False, extra: Any = ()
) -> Feed:
    """A checked Feed; FollowError with a message a person can act on."""
    return Feed(
        check_url(url),
        check_name(name),
        check_name(source, "source", MAX_SOURCE),
        _check_bool(full_text),
        tuple(extra),
    )


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


# ----------------------------------------------------------------------------- the API


def following(store: Path | str) -> list[Feed]:
    """The feeds the store follows, in the order of feeds.yaml (entries with problems left out;
    `read_subscriptions` says what they are)."""
    return read_subscriptions(store).feeds


def _editable(store: Path | str) -> list[Feed]:
    """The feeds, for a change; FollowError when feeds.yaml has problems a rewrite would lose."""
    subs = read_subscriptions(store)
    if subs.problems:
        raise FollowError(
            "feeds.yaml has problems; fix them first so that no entry is lost:\n  "
            + "\n  ".join(subs.problems)
        )
    return subs.feeds


def follow(
    store: Path | str,
    url: str,
    name: str | None = None,
    source: str | None = None,
    full_text: bool = False,
) -> Feed:
    """Follow a feed: added to feeds.yaml (created if need be). FollowError for a bad address,
    name or source, an address or name already followed, or a feeds.yaml with problems."""
    feed = make_feed(url, name, source, full_text)
    feeds = _editable(store)
    key = normalise_url(feed.url)
    for other in feeds:
        if normalise_url(other.url) == key:
            also = f" as {other.name!r}" if other.name else ""
            raise FollowError(f"{feed.url} is already followed{also}")
        if feed.name and other.name and other.name.casefold() == feed.name.casefold():
            raise FollowError(
                f"the name {feed.name!r} is already used for {other.url}; choose another"
            )
    try:
        write_subscriptions(store, [*feeds, feed])
    except OSError as exc:
        raise FollowError(
            f"{feeds_path(store)}: cannot be written ({exc.strerror or exc})"
        ) from None
    return feed


def find_feed(feeds: list[Feed], url_or_name: str) -> Feed | None:
    """The feed with this address (compared normalised) or name (case-insensitive)."""
    wanted = (url_or_name or "").strip()
    if not wanted:
        return None
    for feed in feeds:
        if feed.name and feed.name.casefold() == clean_line(wanted).casefold():
            return feed
    try:
        key = normalise_url(wanted)
    except ValueError:
        return None
    return next((f for f in feeds if normalise_url(f.url) == key), None)


def unfollow(store: Path | str, url_or_name: str) -> Feed:
    """Stop following a feed (by address or name); its update state is forgotten too. The
    releases it brought stay in the store. FollowError when no such feed is followed."""
    feeds = _editable(store)
    feed = find_feed(feeds, url_or_name)
    if feed is None:
        known = ", ".join(f.label for f in feeds[:10]) or "none"
        raise FollowError(f"{url_or_name!r} is not followed (followed: {known})")
    try:
        write_subscriptions(store, [f for f in feeds if f is not feed])
        notices: list[str] = []
        states = read_state(store, notices)
        if states.pop(normalise_url(feed.url), None) is not None:
            write_state(store, states)
    except OSError as exc:
        raise FollowError(f"{folder(store)}: cannot be written ({exc.strerror or exc})") from None
    return feed


def feed_states(store: Path | str) -> dict[str, FeedState]:
    """The last update's state of each followed feed, by its address as in feeds.yaml."""
    states = read_state(store)
    return {f.url: states.get(normalise_url(f.url), FeedState()) for f in following(store)}
