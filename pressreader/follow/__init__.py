"""Following press offices: the feeds a store subscribes to, and `update`, which imports what is new.

    subscriptions.py  feeds.yaml (people edit it) and feeds-state.json (the machine writes it) in
                      <store>/.pressreader/; follow, unfollow, following
    opml.py           import_opml, export_opml
    fetching.py       conditional downloads with `pressreader import`'s limits, N at once per host
    updating.py       update: every feed at once (bounded), new entries through the importer

No UI here: `update` reports progress through a callback and returns an UpdateReport.
"""

from __future__ import annotations

from pressreader.follow.opml import OpmlReport, export_opml, import_opml
from pressreader.follow.subscriptions import (
    Feed,
    FeedState,
    FollowError,
    Subscriptions,
    feed_states,
    feeds_path,
    follow,
    following,
    read_subscriptions,
    state_path,
    unfollow,
)
from pressreader.follow.updating import FeedResult, UpdateReport, update

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
