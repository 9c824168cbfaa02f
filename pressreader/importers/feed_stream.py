"""Large feed files read as a stream: one entry at a time, never the whole feed in memory.

`stream_feed` walks an RSS 2.0, RSS 1.0 or Atom file with lxml's iterparse (no entities resolved,
no network, no DTD, no huge text nodes), clearing each entry once read, and yields every entry as
a `FeedEntry`: its raw XML bytes, what the feed says about all its entries (title, language), a
key that names the entry (guid / id / link) and a digest of everything that makes its release.
The import compares the digest with the one of the last import before analysing anything, and
sends the rest to worker processes, where `entry_doc` turns the bytes into the RawDoc that
`read_feed` (feedparser, for small feeds and addresses) makes of the same entry:

- entries made of the elements press offices use (title, link, guid/id, pubDate, dc:date,
  published, updated, category, dc:subject, dc:language, description, summary, content,
  content:encoded, authors, comments, enclosures), with plain text or HTML in the tags feedparser
  keeps, are read here, field by field as feedparser reads them (its type guessing, link rules
  and character fix-ups);
- any other entry (other elements, XHTML or base64 content, markup feedparser's sanitiser would
  rewrite, repeated fields) is given to feedparser on its own, wrapped in an empty feed.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

import feedparser
from feedparser.datetimes import _parse_date
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from feedparser.sanitizer import _HTMLSanitizer
from lxml import etree

from pressreader import __version__
from pressreader.importers.base import FeedContext, FeedEntry, ImportFailure, RawDoc

ATOM = "http://www.w3.org/2005/Atom"
RSS10 = "http://purl.org/rss/1.0/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
_ENTRY_TAGS = ("item", f"{{{RSS10}}}item", f"{{{ATOM}}}entry")
_FEED_TAGS = (  # what the feed says about every entry
    "title", "language", f"{{{DC}}}language", f"{{{RSS10}}}title", f"{{{ATOM}}}title",
)  # fmt: skip
_ROOTS = {"rss": "rss", f"{{{RDF}}}RDF": "rss10", f"{{{ATOM}}}feed": "atom"}
_HTML_TYPES = _FeedParserMixin.html_types
_ACCEPTABLE = _HTMLSanitizer.acceptable_elements
_TAG_NAME = re.compile(r"<\s*/?\s*([A-Za-z][\w:.-]*)")
_RISKY_HTML = re.compile(r"<!|<\?|&#0*(?:60|62|x0*3[ce]);", re.IGNORECASE)
# Elements an entry may have that do not change its release.
_IGNORED = {
    ("", "author"), ("", "comments"), ("", "enclosure"), (DC, "creator"),
    ("http://wellformedweb.org/commentapi/", "commentrss"),
    ("http://purl.org/rss/1.0/modules/slash/", "comments"),
    (ATOM, "author"), (ATOM, "contributor"), (ATOM, "rights"),
}  # fmt: skip
_IGNORED_L = {(ns.lower(), name) for ns, name in _IGNORED}


def _parser_args() -> dict[str, Any]:
    return {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "huge_tree": False,
        "remove_comments": True,
        "remove_pis": True,
    }


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


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _ns(tag: str) -> str:
    """An element's namespace, lower case (as feedparser compares them)."""
    return tag[1:].split("}", 1)[0].lower() if tag.startswith("{") else ""


# ---------------------------------------------------------------------------------------------
# An entry read (in a worker process)


def entry_doc(entry: FeedEntry) -> RawDoc:
    """The entry's RawDoc, as `read_feed` makes it; ImportFailure when it cannot be used."""
    from pressreader.importers.feed import _entry_doc

    context = entry.context
    try:
        try:
            fields = _fields(entry.raw, context)
        except _Odd:
            fields = _with_feedparser(entry.raw, entry.origin, context)
        return _entry_doc(fields, entry.origin, context.source, context.lang)
    except (ValueError, TypeError, AttributeError, etree.LxmlError) as exc:  # as read_feed says
        raise ImportFailure(f"{entry.origin}: unreadable entry ({exc})") from None


class _Odd(Exception):
    """An entry the fast reading does not cover: feedparser reads it."""


def _fields(raw: bytes, context: FeedContext) -> dict[str, Any]:
    """The entry's fields in feedparser's shape (the keys `_entry_doc` reads)."""
    elem = etree.fromstring(raw, etree.XMLParser(**_parser_args()))
    if elem.get(XML_BASE) is not None:
        raise _Odd
    atom = context.kind == "atom"
    a_ns, r_ns, c_ns, d_ns = ATOM.lower(), RSS10.lower(), CONTENT.lower(), DC.lower()
    out: dict[str, Any] = {}
    seen: set[str] = set()
    links: list[str] = []  # explicit links, the last one counts
    guid: str | None = None
    summary: tuple[str, str] | None = None
    content: tuple[str, str] | None = None
    tags: list[list[str | None]] = []
    for child in elem:
        if not isinstance(child.tag, str):
            continue
        ns, name = _ns(child.tag), _local(child.tag)
        if (ns, name) in _IGNORED_L or (atom and ns == a_ns and name in ("author", "contributor")):
            continue
        if child.get(XML_BASE) is not None:
            raise _Odd
        plain_ns = ns in ("", r_ns) if not atom else ns == a_ns
        if plain_ns and name == "category" or (ns == d_ns and name == "subject"):
            term = child.get("term")
            label = child.get("label")
            if term or label or child.get("scheme") or child.get("domain"):
                tags.append([term, label])
            if len(child):
                raise _Odd
            value = _value(child, context.utf8)
            if value:
                if tags and not tags[-1][0]:
                    tags[-1][0] = value
                else:
                    tags.append([value, None])
            continue
        if len(child):  # markup inside a field: feedparser keeps it as text
            raise _Odd
        key = f"{ns} {name}"
        if key in seen:
            raise _Odd
        seen.add(key)
        if plain_ns and name == "title":
            value = _value(child, context.utf8)
            out["title"] = value
            out["title_detail"] = {"type": _content_type(child, "text/plain", context.kind, value)}
        elif plain_ns and name == "link":
            if atom:
                href = child.get("href")
                if href is None:
                    raise _Odd
                rel = (child.get("rel") or "alternate").lower()
                kind = (
                    child.get("type") or ("application/atom+xml" if rel == "self" else "text/html")
                ).lower()
                if rel == "alternate" and _map_type(kind) in _HTML_TYPES:
                    links.append(href)
                seen.discard(key)  # an entry may have many links
            else:
                value = _value(child, context.utf8).replace("&amp;", "&")
                links.append(re.sub("&([A-Za-z0-9_]+);", r"&\g<1>", value))
        elif (not atom and ns == "" and name == "guid") or (atom and plain_ns and name == "id"):
            permalink = {k.lower(): v for k, v in child.attrib.items()}.get("ispermalink", "true")
            guid = _value(child, context.utf8) if permalink == "true" else None
        elif (
            not atom and ns == "" and name == "pubdate" or atom and plain_ns and name == "published"
        ):
            _date(out, "published", _value(child, context.utf8))
        elif ns == d_ns and name == "date" or atom and plain_ns and name == "updated":
            _date(out, "updated", _value(child, context.utf8))
        elif ns == d_ns and name == "language":
            out["language"] = _value(child, context.utf8)
        elif (not atom and plain_ns and name == "description") or (
            atom and plain_ns and name == "summary"
        ):
            value = _value(child, context.utf8)
            summary = (
                value,
                _content_type(child, "text/plain" if atom else "text/html", context.kind, value),
            )
        elif (ns == c_ns and name == "encoded" and not atom) or (
            atom and plain_ns and name == "content"
        ):
            if child.get("src") is not None:
                raise _Odd
            value = _value(child, context.utf8)
            content = (
                value,
                _content_type(child, "text/plain" if atom else "text/html", context.kind, value),
            )
        else:
            raise _Odd
    for field in (summary, content, (out.get("title"), out.get("title_detail", {}).get("type"))):
        if field and field[0] and field[1] in _HTML_TYPES and not _safe_html(field[0]):
            raise _Odd
    if links:
        out["link"] = links[-1]
    elif guid is not None:
        out["link"] = guid
    if content is not None:
        out["content"] = [{"value": content[0], "type": content[1]}]
    if summary is not None:
        out["summary"] = summary[0]
        out["summary_detail"] = {"type": summary[1]}
    elif content is not None and _map_type(content[1]) in {"text/plain"} | _HTML_TYPES:
        out["summary"] = content[0]  # feedparser copies the content, without its type
    if tags:
        out["tags"] = [{"term": term, "label": label} for term, label in tags]
    return out


def _date(out: dict[str, Any], name: str, value: str) -> None:
    out[name] = value
    out[f"{name}_parsed"] = _parse_date(value)


def _map_type(kind: str) -> str:
    return _FeedParserMixin.map_content_type(kind)


def _content_type(elem: Any, default: str, kind: str, value: str) -> str:
    """A field's content type as feedparser settles it: the `type` attribute mapped, the default
    of the field, and outside Atom a plain-text field guessed to be HTML when it looks like it."""
    found = _map_type(elem.get("type", default))
    if found == "application/xhtml+xml" or not (
        found.startswith("text/") or found.endswith(("+xml", "/xml"))
    ):
        raise _Odd  # XHTML markup or base64 content
    if elem.get("mode") == "base64":
        raise _Odd
    if kind != "atom" and found == "text/plain" and _FeedParserMixin.looks_like_html(value):
        return "text/html"
    return found


def _value(elem: Any, utf8: bool) -> str:
    """An element's text as feedparser hands it on: stripped, text decoded twice repaired (in
    UTF-8 feeds), Windows-1252 controls mapped to their characters."""
    output = (elem.text or "").strip()
    if utf8:
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            output = output.encode("iso-8859-1").decode("utf-8")
    return output.translate(_cp1252)


def _safe_html(value: str) -> bool:
    """HTML that feedparser's sanitiser would leave as it is for reading: only tags it keeps,
    no comments, declarations or processing instructions."""
    if _RISKY_HTML.search(value):
        return False
    return all(name.lower() in _ACCEPTABLE for name in _TAG_NAME.findall(value))


_SHELLS = {
    "rss": (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>', b"</channel></rss>"),
    "rss10": (
        b'<?xml version="1.0" encoding="utf-8"?><rdf:RDF xmlns:rdf="' + RDF.encode()
        + b'" xmlns="' + RSS10.encode() + b'">',
        b"</rdf:RDF>",
    ),
    "atom": (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="' + ATOM.encode() + b'">', b"</feed>"),
}  # fmt: skip


def _with_feedparser(raw: bytes, origin: str, context: FeedContext) -> Any:
    """The entry read by feedparser, alone in an otherwise empty feed of its kind."""
    start, end = _SHELLS[context.kind]
    parsed = feedparser.parse(io.BytesIO(start + raw + end))
    if not parsed.entries:
        raise ImportFailure(f"{origin}: unreadable entry")
    return parsed.entries[0]


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
