"""Releases from RSS and Atom feeds, and from web addresses that serve a feed or a release page."""

from __future__ import annotations

import datetime as dt
import io
import re
import xml.sax
from typing import Any

import feedparser

from pressreader.importers.base import ImportFailure, RawBlock, RawDoc, parse_date
from pressreader.importers.clean import fold_block, fold_line, line_paragraphs
from pressreader.importers.fetch import USER_AGENT, _with_deadline, fetch  # noqa: F401 - (*)
from pressreader.importers.html import (
    decode_html,
    fresh_summary,
    html_blocks,
    http_url,
    lang_code,
    read_html,
    title_from_blocks,
)
from pressreader.text import clean, clean_line

# (*) fetch, USER_AGENT and _with_deadline live in importers.fetch; pressreader.follow and the
# tests import them from here too.
__all__ = ["fetch", "read_feed", "read_url"]

_PLAIN = ("text/plain", "text")
_HTML_START = re.compile(rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*(?:<!doctype\s+html|<html[\s>])", re.S)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_TAG = re.compile(rb"<(?:html|head|body)[\s>]|<!doctype\s+html")


# ---------------------------------------------------------------------------------------------
# Feeds


def read_feed(
    data: bytes, origin: str, *, base_url: str | None = None
) -> list[RawDoc | ImportFailure]:
    """Every entry of an RSS or Atom feed, as a RawDoc or, for an entry that cannot be used, as
    the ImportFailure that says why (so the caller reports those and imports the rest).

    Raises ImportFailure when data is not a feed at all. A well-formed feed without entries gives
    []. Each entry's origin is f"{origin}#{n}" (n from 1). base_url, where the feed came from,
    resolves relative links. feedparser reads the bytes only: it never fetches anything itself.
    """
    parsed = _parse_feed(data, origin, base_url)
    feed = parsed.get("feed", {})
    source = _plain_text(feed.get("title"), _detail_type(feed, "title")) or None
    lang = lang_code(feed.get("language"))
    results: list[RawDoc | ImportFailure] = []
    for index, entry in enumerate(parsed.entries):
        where = f"{origin}#{index + 1}"
        try:
            results.append(_entry_doc(entry, where, source, lang))
        except ImportFailure as exc:
            results.append(exc)
        except (ValueError, TypeError, AttributeError) as exc:  # a malformed entry, not the feed
            results.append(ImportFailure(f"{where}: unreadable entry ({exc})"))
    return results


def _parse_feed(data: bytes, origin: str, base_url: str | None) -> Any:
    """feedparser's reading of the bytes; ImportFailure when they hold no feed."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    headers = {"content-location": base_url} if base_url else None
    # A stream, never a string: feedparser would take a string for a URL or file name to open.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if parsed.entries or (parsed.get("version") and not parsed.get("bozo")):
        return parsed
    raise ImportFailure(f"{origin}: not an RSS or Atom feed ({_why_not_feed(parsed, data)})")


def _why_not_feed(parsed: Any, data: bytes = b"") -> str:
    """Why feedparser found no feed: the XML error, or that there were no feed elements."""
    exc = parsed.get("bozo_exception")
    if isinstance(exc, xml.sax.SAXParseException):
        line = exc.getLineNumber() or 1
        if not data.lstrip().startswith(b"<?xml"):
            line -= 1  # feedparser adds an XML declaration line of its own
        return f"{exc.getMessage()} at line {max(1, line)}"
    if exc is not None and parsed.get("bozo"):
        return clean_line(str(exc)) or type(exc).__name__
    return "no RSS or Atom elements found"


def _entry_doc(entry: Any, where: str, source: str | None, lang: str | None) -> RawDoc:
    """One feed entry as a RawDoc; ImportFailure when it has no text."""
    blocks, full = _entry_blocks(entry)
    title = fold_line(_plain_text(entry.get("title"), _detail_type(entry, "title")))
    url = http_url(clean(entry.get("link") or ""))
    if not blocks:
        if not title:
            raise ImportFailure(f"{where}: entry has neither a title nor any text")
        link = f" (only a link: {url})" if url else ""
        raise ImportFailure(f"{where}: entry {title!r} has no text{link}")
    doc = RawDoc(
        title=title,
        date=_entry_date(entry),
        source=source,
        topics=_tags(entry),
        lang=lang_code(entry.get("language")) or lang,
        url=url,
        blocks=blocks,
        origin=where,
    )
    if full:
        summary = _plain_text(entry.get("summary"), _detail_type(entry, "summary"))
        doc.summary = fresh_summary(summary, title, blocks)
    if not doc.title:
        doc.title = title_from_blocks(blocks)
        doc.warnings.append(f"{where}: entry has no title; made one from its first words")
    return doc


def _entry_blocks(entry: Any) -> tuple[list[RawBlock], bool]:
    """The entry's blocks from its full content if it carries one (True), else from its summary."""
    for content in entry.get("content") or []:
        if blocks := _blocks(content.get("value"), content.get("type")):
            return blocks, True
    return _blocks(entry.get("summary"), _detail_type(entry, "summary")), False


def _blocks(value: str | None, kind: str | None) -> list[RawBlock]:
    """Blocks of an entry text: HTML through html_blocks, plain text split at blank lines."""
    if not value:
        return []
    if (kind or "").lower() in _PLAIN:
        return _paragraphs(value)
    return html_blocks(value)


def _paragraphs(text: str) -> list[RawBlock]:
    """Plain text split into paragraph blocks at blank lines (or single newlines when there are
    none), each cleaned as it comes in; inside a part, a single line break is read as the text
    and HTML readers read it (`line_paragraphs`)."""
    if not re.search(r"\n\s*\n", text):
        return [RawBlock("p", part) for raw in text.split("\n") if (part := fold_line(clean(raw)))]
    blocks: list[RawBlock] = []
    for raw in re.split(r"\n\s*\n", text):
        lines = [line for piece in clean(raw).split("\n") if (line := fold_line(piece))]
        blocks.extend(RawBlock("p", paragraph) for paragraph in line_paragraphs(lines))
    return blocks


def _detail_type(item: Any, name: str) -> str | None:
    """The content type feedparser found for a field ("text/html", "text/plain")."""
    detail = item.get(f"{name}_detail") or {}
    return detail.get("type")


def _plain_text(value: str | None, kind: str | None) -> str:
    """A field's text without markup, its paragraphs separated by blank lines (plain text is
    cleaned as it comes in; HTML is made safe as it is parsed)."""
    if not value:
        return ""
    if (kind or "").lower() in _PLAIN:
        return fold_block(clean(value))
    parts = (" ".join((b.text, *b.items)) for b in html_blocks(value))
    return fold_block("\n\n".join(parts))


def _entry_date(entry: Any) -> dt.date | None:
    """Published (else updated) date, read from the text first so it stays the publisher's date.

    feedparser's parsed times are in UTC, which moves a release sent out at 00:30 +02:00 to the
    day before; its parsing is the fallback for formats parse_date does not know.
    """
    for name in ("published", "updated", "created"):
        if found := parse_date(fold_line(clean(entry.get(name) or ""))):
            return found
        parsed = entry.get(f"{name}_parsed")
        if parsed:
            try:
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    return None


def _tags(entry: Any) -> list[str]:
    """The entry's category terms, each once."""
    topics: list[str] = []
    for tag in entry.get("tags") or []:
        term = fold_line(clean(tag.get("term") or tag.get("label") or ""))
        if term and term.casefold() not in {t.casefold() for t in topics}:
            topics.append(term)
    return topics


# ---------------------------------------------------------------------------------------------
# Addresses


def read_url(url: str, **fetch_args: Any) -> list[RawDoc | ImportFailure]:
    """Fetch url and read it as a feed (each entry a RawDoc or ImportFailure) or a release page.

    Raises ImportFailure when the download fails, when a feed is not readable, when a page holds
    no release text, or when the body is neither a feed nor HTML. fetch_args go to `fetch`.
    """
    body, content_type = fetch(url, **fetch_args)
    kind = _sniff(body, content_type)
    if kind == "feed":
        return read_feed(body, url, base_url=url)
    if kind == "html":
        return [read_html(decode_html(body, _charset(content_type)), url, url=url)]
    shown = content_type.split(";")[0].strip() or "none given"
    raise ImportFailure(f"{url}: neither a feed nor an HTML page (content type {shown})")


def _sniff(body: bytes, content_type: str) -> str | None:
    """ "feed", "html" or None, from the start of the body first and the content type second."""
    head = body[:4096].lstrip(b"\xef\xbb\xbf").lower()
    if _HTML_START.match(head):
        return "html"
    if _FEED_ROOT.search(head):
        return "feed"
    mime = content_type.split(";")[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if "rss" in mime or "atom" in mime or mime.endswith(("/xml", "+xml")):
        return "feed"
    return "html" if _HTML_TAG.search(head) else None


def _charset(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header."""
    match = re.search(r"""charset\s*=\s*["']?([\w.:-]+)""", content_type, re.IGNORECASE)
    return match[1] if match else None
