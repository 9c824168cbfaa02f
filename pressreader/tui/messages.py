"""Every message of the app, as dataclasses.

The app's workers post the first group, with their results, to the main screen (ReaderScreen in
screens/reader.py), which handles them; they do not bubble. The widgets post the second group,
which bubbles up to that screen. A handler is named after its message: `on_store_opened`,
`on_release_list_highlighted` (a widget's messages carry the widget's name as their namespace, and
the widget exposes them as class attributes: `ReleaseList.Highlighted` is `messages.Highlighted`).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from pressreader.index import Library, RefreshReport, Summary
from pressreader.model import Release
from pressreader.session import Outcome, SearchRequest
from pressreader.store import Problem

# ---------------------------------------------------------------------------- from the workers


@dataclass
class StoreOpened(Message, bubble=False):
    """The index is open (possibly still empty or stale)."""

    library: Library


@dataclass
class IndexProgress(Message, bubble=False):
    """Some files were parsed into the index (`total` is 0 while the folder is still read)."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        """A newer progress report makes a queued older one pointless."""
        return isinstance(message, IndexProgress)


@dataclass
class StoreRefreshed(Message, bubble=False):
    """The index matches the files; `problems` lists the files that have any."""

    report: RefreshReport
    problems: list[Problem]


@dataclass
class StoreSettled(Message, bubble=False):
    """The speakers and the grouping of copies caught up with a refresh: what to do about it."""

    outcomes: list[Outcome]


@dataclass
class SearchDone(Message, bubble=False):
    """The results of one search (row keys, in the order to list them), or what is wrong with its
    query (`error`: the list keeps its last good result)."""

    request: SearchRequest
    rids: list[int]
    error: str | None = None
    total: int | None = None  # the store's releases as the list counts them (copies once)


@dataclass
class ReleaseLoaded(Message, bubble=False):
    """A release was read for the detail pane (`focus`: it was opened, not just previewed)."""

    rid: int
    release: Release | None
    focus: bool
    scroll: float


@dataclass
class SimilarFound(Message, bubble=False):
    """The store's most related releases of the release shown."""

    rid: int
    similar: list[Summary]


@dataclass
class Notice(Message, bubble=False):
    """Something a worker has to tell the user (a failed search, save or read)."""

    text: str
    severity: str = "error"
    timeout: float | None = None


# ---------------------------------------------------------------------------- from the widgets


@dataclass
class Highlighted(Message, namespace="release_list"):
    """The list's cursor moved to a release (None: the list is empty)."""

    rid: int | None


@dataclass
class Selected(Message, namespace="release_list"):
    """A release was chosen in the list (enter, l, or a click)."""

    rid: int


@dataclass
class Navigate(Message, namespace="related_nav"):
    """A related link was chosen: open the release it points to."""

    ref: str


@dataclass
class Dragged(Message, namespace="divider"):
    """The divider between the list and the release is dragged to this screen column."""

    screen_x: int


@dataclass
class Released(Message, namespace="divider"):
    """The divider was let go: the split is where it was dragged to."""
