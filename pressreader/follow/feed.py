"""A followed feed (`Feed`) and the checks of its address, name and source, kept apart from the
files that hold feeds so that `follow`, feeds.yaml and OPML check a feed the same way."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from pressreader.errors import PressreaderError
from pressreader.text import clean_line

MAX_URL = 2000
MAX_NAME = 100
MAX_SOURCE = 200


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
