"""What every importer produces: a RawDoc (metadata plus raw blocks), before quotes and figures are found."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A piece of a release's body as the source gave it.

    kind is one of: "p" (paragraph), "h" (heading), "list" (items), "quote" (a block quote, with an
    optional `cite`), "image" (caption and credit).
    """

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()
    cite: str | None = None  # a block quote's attribution; an image's credit


@dataclass
class RawDoc:
    """One release as read from a source, not yet analysed."""

    title: str
    date: dt.date | None = None
    source: str | None = None
    topics: list[str] = field(default_factory=list)
    lang: str | None = None
    url: str | None = None
    summary: str | None = None
    blocks: list[RawBlock] = field(default_factory=list)
    related: dict[str, object] = field(default_factory=dict)  # previous / next / see_also refs
    origin: str = ""  # where it came from, for messages: "file.jsonl:12"
    id: str | None = None
    warnings: list[str] = field(default_factory=list)
    date_certain: bool = (
        True  # False: a partial date or a fallback (see importers.dates.resolve_date)
    )
    partial_date: tuple[int, int] | None = None  # (month, day) the text gives without any year
    fallback_date: dt.date | None = None  # used when the text has no date: the file's mtime
    preamble: list[str] = field(default_factory=list)  # framing lines above the title (bylines)
    day_first: bool = False  # the text writes "13 October": its "6/10/2025" is 6 October


class ImportFailure(Exception):
    """A source item that cannot become a release; the message says why."""


_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan", "januar", "janvier"),
            ("february", "feb", "februar", "février"),
            ("march", "mar", "märz", "mars"),
            ("april", "apr", "avril"),
            ("may", "mai"),
            ("june", "jun", "juni", "juin"),
            ("july", "jul", "juli", "juillet"),
            ("august", "aug", "août"),
            ("september", "sep", "sept", "septembre"),
            ("october", "oct", "oktober", "octobre", "okt"),
            ("november", "nov", "novembre"),
            ("december", "dec", "dezember", "décembre", "dez"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))


def parse_date(text: str | None) -> dt.date | None:
    """Dates as press offices write them: ISO, "05 June 2023", "June 5, 2023", "5.6.2023",
    "23-04-2025" (day first, as the European Parliament writes it), RFC 822."""
    if not text:
        return None
    text = text.strip()
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        return _date(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(rf"\b(\d{{1,2}})\.?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", text, re.IGNORECASE)
    if m:
        return _date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    m = re.search(
        rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", text, re.IGNORECASE
    )
    if m:
        return _date(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    m = re.search(r"\b(\d{1,2})([.-])(\d{1,2})\2(\d{4})\b", text)  # 5.6.2023, 23-04-2025
    if m:
        return _date(int(m[4]), int(m[3]), int(m[1]))
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)  # US style, as in U.S. releases
    if m:
        return _date(int(m[3]), int(m[1]), int(m[2]))
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date() if parsed else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def slugify(text: str, limit: int = 60) -> str:
    """A file-name-safe id part: lower-case ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "release"


@dataclass(frozen=True, slots=True)
class FeedContext:
    """What a feed says about all of its entries."""

    kind: str  # "rss", "rss10" or "atom"
    source: str | None  # the feed's title as plain text
    lang: str | None  # the feed's language code
    utf8: bool  # the file is UTF-8 (feedparser then repairs text that was decoded twice)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a streamed feed, not yet read: analysed in a worker process."""

    origin: str  # "feed.xml#12"
    raw: bytes  # the entry's XML
    context: FeedContext
    key: str  # names the entry across imports (its guid, id or link)
    digest: str  # changes whenever anything that makes its release changes
