"""The workers' part of `update`: one feed downloaded conditionally and read, and for a full_text
feed the pages of its summary-only entries; kept apart from the update loop on the caller."""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field

from pressreader.follow.feed import Feed
from pressreader.follow.fetching import Fetched, HostLimiter, fetch
from pressreader.follow.state import FeedState
from pressreader.importers import ImportFailure, RawDoc, decode_html, read_feed, read_html
from pressreader.importers.html import fresh_summary
from pressreader.text import clean_line

FULL_TEXT_BELOW = 600  # characters: an entry with less text than this is "only a summary"
MAX_PAGES = 40  # pages fetched for one full_text feed in one update; the rest wait for the next
_HTML_START = re.compile(rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*(?:<!doctype\s+html|<html[\s>])", re.S)


@dataclass
class _Download:
    """A worker's part for one feed: the feed's download and, for full_text, the pages."""

    fetched: Fetched | None = None
    docs: list[RawDoc | ImportFailure] | None = None  # None: unchanged, nothing to read
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    deferred: int = 0
    seconds: float = 0.0


def _download(feed: Feed, state: FeedState, limiter: HostLimiter, timeout: float) -> _Download:
    """Fetch and read one feed (runs on a worker thread); never raises for the feed's faults."""
    started = time.monotonic()
    out = _Download()
    try:
        out.fetched = fetch(
            feed.url,
            etag=state.etag,
            last_modified=state.last_modified,
            timeout=timeout,
            limiter=limiter,
        )
        body = out.fetched.body
        if out.fetched.status == 304 or (
            state.body_sha256 and hashlib.sha256(body).hexdigest() == state.body_sha256
        ):
            return out
        if not body.strip():
            raise ImportFailure(f"{feed.url}: the server sent an empty page, not a feed")
        if _HTML_START.match(body[:4096].lstrip(b"\xef\xbb\xbf").lower()):
            raise ImportFailure(
                f"{feed.url}: an HTML page, not a feed (has the feed moved? the page may link to "
                "its new address)"
            )
        try:
            out.docs = read_feed(body, feed.url, base_url=out.fetched.url)
        except ImportFailure:
            if not _empty_feed(body):
                raise
            out.docs = []
        if feed.full_text:
            _fetch_pages(feed, state, out, limiter, timeout)
    except ImportFailure as exc:
        out.error = str(exc)
    except Exception as exc:  # noqa: BLE001 - one feed must never stop the others
        out.error = f"{feed.url}: could not be read ({exc!r})"
    finally:
        out.seconds = time.monotonic() - started
    return out


def _empty_feed(body: bytes) -> bool:
    """Whether the body is a well-formed RSS / Atom / RDF feed without entries (the feed reader,
    given bytes without a content type, refuses those). Parsed without entities, DTDs or
    network."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        return False
    if root is None or etree.QName(root).localname.lower() not in ("rss", "feed", "rdf"):
        return False
    return not any(
        etree.QName(el).localname in ("item", "entry") for el in root.iter(etree.Element)
    )


def entry_key(doc: RawDoc) -> str:
    """What identifies a feed entry from one update to the next: its link, else title and date."""
    if doc.url:
        return doc.url
    return f"{clean_line(doc.title)}|{doc.date.isoformat() if doc.date else ''}"


def _text_size(doc: RawDoc) -> int:
    return sum(len(b.text) + sum(len(i) for i in b.items) for b in doc.blocks)


def _fetch_pages(
    feed: Feed, state: FeedState, out: _Download, limiter: HostLimiter, timeout: float
) -> None:
    """For each new entry that carries only a short text, its linked page read as the body."""
    assert out.docs is not None
    seen = set(state.seen)
    pages = 0
    kept: list[RawDoc | ImportFailure] = []
    for doc in out.docs:
        if (
            not isinstance(doc, RawDoc)
            or entry_key(doc) in seen
            or not doc.url
            or _text_size(doc) >= FULL_TEXT_BELOW
        ):
            kept.append(doc)
            continue
        if pages >= MAX_PAGES:
            out.deferred += 1  # not imported now, not marked seen: the next update takes it
            continue
        pages += 1
        kept.append(_with_page(doc, out, limiter, timeout))
    out.docs = kept


def _with_page(doc: RawDoc, out: _Download, limiter: HostLimiter, timeout: float) -> RawDoc:
    """The entry with its page's text as the body (the entry's text becomes the summary); the
    entry as it is, with a warning, when the page cannot be read."""
    assert doc.url is not None
    try:
        page = fetch(doc.url, timeout=timeout, limiter=limiter, accept="text/html, */*;q=0.8")
        charset = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", page.content_type, re.I)
        html = decode_html(page.body, charset[1] if charset else None)
        page_doc = read_html(html, doc.url, url=page.url)
    except ImportFailure as exc:
        out.warnings.append(
            f"{doc.origin}: the full text could not be read ({exc}); kept the summary"
        )
        return doc
    except Exception as exc:  # noqa: BLE001 - a bad page keeps the entry's own text
        out.warnings.append(
            f"{doc.origin}: the full text could not be read ({exc!r}); kept the summary"
        )
        return doc
    summary = " ".join(" ".join((b.text, *b.items)) for b in doc.blocks).strip()
    doc.summary = fresh_summary(summary, doc.title, page_doc.blocks)
    doc.blocks = page_doc.blocks
    doc.date = doc.date or page_doc.date
    doc.lang = doc.lang or page_doc.lang
    doc.topics = doc.topics or page_doc.topics
    doc.warnings.extend(page_doc.warnings)
    return doc
