"""One feed entry read into a RawDoc (in a worker process): split from feed_stream.py, which streams the entries."""

from __future__ import annotations

import contextlib
import io
import re
from typing import Any

import feedparser
from feedparser.datetimes import _parse_date
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from feedparser.sanitizer import _HTMLSanitizer
from lxml import etree

from pressreader.importers.base import FeedContext, FeedEntry, ImportFailure, RawDoc

ATOM = "http://www.w3.org/2005/Atom"
RSS10 = "http://purl.org/rss/1.0/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
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


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _ns(tag: str) -> str:
    """An element's namespace, lower case (as feedparser compares them)."""
    return tag[1:].split("}", 1)[0].lower() if tag.startswith("{") else ""


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
    # Translated only when a C1 control is there (a translate of every text costs 20 µs a field)
    return output.translate(_cp1252) if _C1.search(output) else output


_C1 = re.compile("[\x80-\x9f]")  # the characters _cp1252 maps


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
