"""Large feed files read as a stream: one entry at a time, never the whole feed in memory.

`stream_feed` walks an RSS 2.0, RSS 1.0 or Atom file with lxml's iterparse (no entities resolved,
no network, no DTD, no huge text nodes), clearing each entry once read, and yields every entry as
a `FeedEntry`: its raw XML bytes, what the feed says about all its entries (title, language), a
key that names the entry (guid / id / link) and a digest of everything that makes its release.
The import compares the digest with the one of the last import before analysing anything, and
sends the rest to worker processes, where `entry_doc` (feed_entry.py) turns the bytes into the
RawDoc that `read_feed` (feedparser, for small feeds and addresses) makes of the same entry:

- entries made of the elements press offices use (title, link, guid/id, pubDate, dc:date,
  published, updated, category, dc:subject, dc:language, description, summary, content,
  content:encoded, authors, comments, enclosures), with plain text or HTML in the tags feedparser
  keeps, are read here, field by field as feedparser reads them (its type guessing, link rules
  and character fix-ups);
- any other entry (other elements, XHTML or base64 content, markup feedparser's sanitiser would
  rewrite, repeated fields) is given to feedparser on its own, wrapped in an empty feed.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from lxml import etree

from pressreader import __version__
from pressreader.importers.base import FeedContext, FeedEntry, ImportFailure, RawDoc
from pressreader.importers.feed_entry import ATOM as ATOM
from pressreader.importers.feed_entry import CONTENT as CONTENT
from pressreader.importers.feed_entry import DC as DC
from pressreader.importers.feed_entry import RDF as RDF
from pressreader.importers.feed_entry import RSS10 as RSS10
from pressreader.importers.feed_entry import XML_BASE as XML_BASE
from pressreader.importers.feed_entry import XML_LANG as XML_LANG
from pressreader.importers.feed_entry import (
    _content_type,
    _local,
    _Odd,
    _parser_args,
    _value,
)
from pressreader.importers.feed_entry import entry_doc as entry_doc

_ENTRY_TAGS = ("item", f"{{{RSS10}}}item", f"{{{ATOM}}}entry")
_FEED_TAGS = (  # what the feed says about every entry
    "title", "language", f"{{{DC}}}language", f"{{{RSS10}}}title", f"{{{ATOM}}}title",
)  # fmt: skip
_ROOTS = {"rss": "rss", f"{{{RDF}}}RDF": "rss10", f"{{{ATOM}}}feed": "atom"}


def stream_feed(
    stream: BinaryIO, origin: str, salt: str = ""
) -> Iterator[FeedEntry | ImportFailure]:
    """Every entry of the feed in `stream`, in order, each read and then dropped.

    Raises ImportFailure when the stream is not a feed at all; a feed damaged after some entries
    yields an ImportFailure after them. `salt` goes into every digest (the import's options).
    """
    head = stream.read(1024)
    utf8 = _is_utf8(head)
    reader = _Prefixed(head, stream)
    events = etree.iterparse(reader, events=("start", "end"), **_parser_args())
    kind: str | None = None
    source: str | None = None
    lang: str | None = None
    context: FeedContext | None = None
    count = 0
    depth = 0
    try:
        for event, elem in events:
            if event == "start":
                depth += 1
                if depth == 1:
                    kind = _ROOTS.get(elem.tag)
                    if kind is None:
                        raise ImportFailure(
                            f"{origin}: not an RSS or Atom feed (no RSS or Atom elements found)"
                        )
                    if elem.get(XML_LANG):
                        lang = elem.get(XML_LANG).replace("_", "-")
                continue
            depth -= 1
            tag = elem.tag
            if tag in _ENTRY_TAGS:
                if context is None:
                    context = _context(kind or "rss", source, lang, utf8)
                count += 1
                raw = etree.tostring(elem, encoding="utf-8", with_tail=False)
                yield FeedEntry(
                    f"{origin}#{count}", raw, context, _key(elem, raw), _digest(raw, context, salt)
                )
                _drop(elem)
            elif tag in _FEED_TAGS and context is None and _is_feed_level(elem, depth):
                if tag.endswith("language"):
                    lang = (elem.text or "").strip() or lang
                elif source is None:
                    value = _value(elem, utf8)
                    if value:
                        source = _feed_title(value, elem, kind or "rss")
            elif depth <= (2 if kind == "rss" else 1) and tag not in _FEED_TAGS:
                _drop(elem)  # the channel's own elements (entries are deeper)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or (exc.position[0] if exc.position else 1)
        message = f"{_syntax_message(exc)} at line {max(1, line)}"
        if count == 0:
            raise ImportFailure(f"{origin}: not an RSS or Atom feed ({message})") from None
        yield ImportFailure(
            f"{origin}: the feed is damaged after entry {count} ({message}); the entries "
            "before it were read"
        )


def _is_feed_level(elem: Any, depth: int) -> bool:
    """A title or language of the channel (RSS) or the feed (Atom), not of an image or entry."""
    parent = elem.getparent()
    if parent is None:
        return False
    return parent.tag in ("channel", f"{{{RSS10}}}channel", f"{{{ATOM}}}feed") and depth <= 2


def _syntax_message(exc: etree.XMLSyntaxError) -> str:
    text = str(exc.msg or exc)
    return re.sub(r",? line \d+, column \d+$", "", text).strip() or "not well-formed"


def _drop(elem: Any) -> None:
    """Forget an element read, and the siblings before it, so memory stays flat."""
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


class _Prefixed(io.RawIOBase):
    """The bytes already read from a stream, then the rest of it."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        if self._head:
            if size < 0 or size >= len(self._head):
                out, self._head = self._head, b""
                return out
            out, self._head = self._head[:size], self._head[size:]
            return out
        return self._stream.read(size)


def _is_utf8(head: bytes) -> bool:
    if head.startswith(b"\xef\xbb\xbf"):
        return True
    match = re.match(rb"\s*<\?xml[^>]*encoding\s*=\s*[\"']([\w.:-]+)", head)
    return match is None or match[1].lower() in (b"utf-8", b"utf8")


def _context(kind: str, source: str | None, lang: str | None, utf8: bool) -> FeedContext:
    from pressreader.importers.html import lang_code

    return FeedContext(kind, source, lang_code(lang), utf8)


def _feed_title(value: str, elem: Any, kind: str) -> str | None:
    from pressreader.importers.feed import _plain_text

    try:
        kind_of = _content_type(elem, "text/plain", kind, value)
    except _Odd:
        kind_of = None
    return _plain_text(value, kind_of) or None


def _key(elem: Any, raw: bytes) -> str:
    """What names the entry: its guid or id, else its link, else its bytes."""
    for child in elem:
        name = _local(child.tag)
        if name in ("guid", "id") and (child.text or "").strip():
            return "id " + child.text.strip()
    for child in elem:
        if _local(child.tag) == "link":
            href = child.get("href") or (child.text or "").strip()
            if href:
                return "link " + href
    return "bytes " + hashlib.sha1(raw).hexdigest()


def _digest(raw: bytes, context: FeedContext, salt: str) -> str:
    sha = hashlib.sha1(f"{__version__}\0{salt}\0{context!r}\0".encode())
    sha.update(raw)
    return sha.hexdigest()


def read_feed_streamed(data: bytes, origin: str) -> list[RawDoc | ImportFailure]:
    """`read_feed`'s answer for data, by way of the stream (in this process; for checks)."""
    results: list[RawDoc | ImportFailure] = []
    for item in stream_feed(io.BytesIO(data), origin):
        if isinstance(item, ImportFailure):
            results.append(item)
            continue
        try:
            results.append(entry_doc(item))
        except ImportFailure as exc:
            results.append(exc)
    return results
