"""The columns of a list row, fitted to the list's width: title first, then date, then source.

A row is `marks title  date? source`: the title gets what the others leave, and they give way as
the list narrows (the date turns compact, the source is abbreviated, then dropped), so at 80
terminal columns a title keeps at least TITLE_MIN cells. Plain functions, cheap enough to call per
drawn row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rich.cells import cell_len

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MARKS = 4  # cursor ▶, star ★, unread •, a space
GAP = 2  # between columns
UNCERTAIN = "?"  # after a date the importer guessed
TITLE_MIN = 40  # cells a title keeps at the default split of an 80-column terminal
FULL_DATE_FROM = 84  # row width from which the date is written in full ("12 Mar 2024")
SOURCE_FROM = 72  # ... the source column is shown (abbreviated below SOURCE_FULL_FROM)
SOURCE_FULL_FROM = 100
SOURCE_MAX = 26
_SMALL_WORDS = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "der", "die", "das", "&"}


@dataclass(frozen=True, slots=True)
class Columns:
    """How wide each column of a row is (0: not shown) and how the date is written."""

    title: int
    date: int  # the date column without its uncertainty mark
    full_date: bool
    source: int  # 0: no source column
    abbreviate: bool  # the source as initials ("NMP")


def columns(width: int) -> Columns:
    """The columns of a row `width` cells wide."""
    full = width >= FULL_DATE_FROM
    date = 11 if full else 8
    room = width - MARKS - GAP - date - len(UNCERTAIN)
    source, abbreviate = 0, False
    if width >= SOURCE_FULL_FROM:
        source = min(SOURCE_MAX, room // 4)
    elif width >= SOURCE_FROM:
        source, abbreviate = 6, True
    title = max(1, room - (source + GAP if source else 0))
    return Columns(title, date, full, source, abbreviate)


def list_width_for_title(title: int = TITLE_MIN) -> int:
    """The width a row needs to give a title `title` cells (at the compact date, no source)."""
    return title + MARKS + GAP + 8 + len(UNCERTAIN)


def date_text(iso: str, full: bool, this_year: int) -> str:
    """A list date: "12 Mar 2024" in full; compact "12 Mar" this year and "Mar 2024" before.

    An unreadable date is shown as it is stored (cut to the column).
    """
    try:
        date = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso[: 11 if full else 8]
    month = MONTHS[date.month - 1]
    if full:
        return f"{date.day:2d} {month} {date.year}"
    if date.year == this_year:
        return f"{date.day:2d} {month}"
    return f"{month} {date.year}"


def initials(source: str, cells: int) -> str:
    """A publisher abbreviated to its initials: "Norland Ministry of Ports" → "NMP"."""
    words = [w for w in source.replace("-", " ").split() if w.lower() not in _SMALL_WORDS]
    short = "".join(w[0].upper() for w in words if w[0].isalnum())
    if not short or (len(words) == 1 and cell_len(source) <= cells):
        short = source
    return short[:cells]
