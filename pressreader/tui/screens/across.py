"""What the views across releases share: opening a release at a quote or figure, and its copies."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pressreader.errors import PressreaderError
from pressreader.formats.common import format_date
from pressreader.session import ReadingSession
from pressreader.tables import one_line

if TYPE_CHECKING:
    from pressreader.tui.app import PressReaderApp

Spot = tuple[int, int | None, int | None]  # (block, start, end) in the release's body


def open_release(app: PressReaderApp, rid: int, release_id: str, spot: Spot | None) -> None:
    """Back to the reader, with the release open in the detail pane, scrolled to `spot` and the
    words there styled apart (provenance of a quote or a figure)."""
    from pressreader.tui.widgets import ReleaseView

    while len(app.screen_stack) > 1 and app.screen is not app.reader:
        app.pop_screen()
    if spot is not None and spot[0] is not None:
        app.reader.query_one(ReleaseView).expect_spot(release_id, spot)
    app.reader.open(rid)


def copies_of(session: ReadingSession, rid: int) -> list[tuple[str, str]]:
    """Also published as: each other publication as (id, "title — source · date · url")."""
    if session.library is None:
        return []
    try:
        copies = session.library.copies(rid)
    except PressreaderError:
        return []
    shown = []
    for copy in copies:
        where = " · ".join(x for x in (copy.source, iso_date(copy.date)) if x)
        url = _url(session, copy.rid)
        text = f"{one_line(copy.title)} — {where}" + (f" · {url}" if url else "")
        shown.append((copy.id, text))
    return shown


def iso_date(text: str | None) -> str:
    """15 January 2024 from "2024-01-15" (the text as it is when it is not a date)."""
    try:
        return format_date(dt.date.fromisoformat(text or ""))
    except ValueError:
        return text or ""


def _url(session: ReadingSession, rid: int) -> str | None:
    try:
        release = session.library.release(rid) if session.library else None
    except PressreaderError:
        return None
    return one_line(release.url) if release and release.url else None
