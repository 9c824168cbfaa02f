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

This module is the API (follow, unfollow, following, feed_states); its parts are feed.py (a Feed and
the checks of its values), feeds_file.py (feeds.yaml) and state.py (feeds-state.json). Every name
that was importable from here still is.
"""

from __future__ import annotations

from pathlib import Path

from pressreader.follow.feed import (
    MAX_NAME,
    MAX_SOURCE,
    MAX_URL,
    Feed,
    FollowError,
    check_name,
    check_url,
    find_feed,
    make_feed,
    normalise_url,
)
from pressreader.follow.feeds_file import (
    FEEDS_FILE,
    FOLDER,
    KEYS,
    MAX_FEEDS_BYTES,
    Subscriptions,
    feeds_path,
    folder,
    read_subscriptions,
    write_subscriptions,
)
from pressreader.follow.state import (
    STATE_FILE,
    FeedState,
    read_state,
    state_path,
    write_state,
)

__all__ = [
    "FEEDS_FILE",
    "FOLDER",
    "KEYS",
    "MAX_FEEDS_BYTES",
    "MAX_NAME",
    "MAX_SOURCE",
    "MAX_URL",
    "STATE_FILE",
    "Feed",
    "FeedState",
    "FollowError",
    "Subscriptions",
    "check_name",
    "check_url",
    "feed_states",
    "feeds_path",
    "find_feed",
    "folder",
    "follow",
    "following",
    "make_feed",
    "normalise_url",
    "read_state",
    "read_subscriptions",
    "state_path",
    "unfollow",
    "write_state",
    "write_subscriptions",
]


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
