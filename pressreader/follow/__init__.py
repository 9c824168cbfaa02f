"""Following press offices: the feeds a store subscribes to, and `update`, which imports what is new.

    subscriptions.py  follow, unfollow, following, feed_states: the API on the two files below
    feed.py           a Feed and the checks of its address, name and source
    feeds_file.py     feeds.yaml in <store>/.pressreader/ (people edit it)
    state.py          feeds-state.json beside it (the machine writes it)
    opml.py           import_opml, export_opml
    fetching.py       conditional downloads with `pressreader import`'s limits, N at once per host
    updating.py       update: every feed at once (bounded), new entries through the importer
    downloading.py    update's workers: one feed downloaded and read, full_text pages fetched
    report.py         UpdateReport and FeedResult, what update returns

No UI here: `update` reports progress through a callback and returns an UpdateReport.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pressreader.follow.feed import Feed, FollowError
from pressreader.follow.feeds_file import Subscriptions, feeds_path, read_subscriptions
from pressreader.follow.report import FeedResult, UpdateReport
from pressreader.follow.state import FeedState, state_path
from pressreader.follow.subscriptions import feed_states, follow, following, unfollow

if TYPE_CHECKING:
    from pressreader.follow.opml import OpmlReport, export_opml, import_opml
    from pressreader.follow.updating import update

# Loaded when first used: the reader imports this package at start, and `update` brings httpx,
# feedparser and the importer (a tenth of a second, 10 MB) that most sessions never need.
_LAZY = {
    "update": "pressreader.follow.updating",
    "OpmlReport": "pressreader.follow.opml",
    "export_opml": "pressreader.follow.opml",
    "import_opml": "pressreader.follow.opml",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Feed",
    "FeedResult",
    "FeedState",
    "FollowError",
    "OpmlReport",
    "Subscriptions",
    "UpdateReport",
    "export_opml",
    "feed_states",
    "feeds_path",
    "follow",
    "following",
    "import_opml",
    "read_subscriptions",
    "state_path",
    "unfollow",
    "update",
]
