"""Releases from RSS and Atom feeds, and from web addresses that serve a feed or a release page."""

from __future__ import annotations

import contextlib
import datetime as dt
import http
import io
import re
import time
import xml.sax
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import feedparser
import httpcore
import httpx

from pressreader import __version__
from pressreader.importers.base import (
    ImportFailure,
    RawBlock,
    RawDoc,
    clean_meta,
    paragraphs,
    parse_date,
)
from pressreader.importers.html import (
    decode_html,
    fresh_summary,
    html_blocks,
    http_url,
    lang_code,
    read_html,
    title_from_blocks,
)
from pressreader.text import clean_block, clean_line

USER_AGENT = f"pressreader/{__version__}"
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
    source = clean_meta(_plain_text(feed.get("title"), _detail_type(feed, "title")))
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
        line = exc.getLineNumber()
        if not data.lstrip().startswith(b"<?xml"):
            line -= 1  # feedparser adds an XML declaration line of its own
        return f"{exc.getMessage()} at line {max(1, line)}"
    if exc is not None and parsed.get("bozo"):
        return clean_line(str(exc)) or type(exc).__name__
    return "no RSS or Atom elements found"


def _entry_doc(entry: Any, where: str, source: str | None, lang: str | None) -> RawDoc:
    """One feed entry as a RawDoc; ImportFailure when it has no text."""
    blocks, full = _entry_blocks(entry)
    title = clean_line(_plain_text(entry.get("title"), _detail_type(entry, "title")))
    url = http_url(entry.get("link"))
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
        return paragraphs(value)
    return html_blocks(value)


def _detail_type(item: Any, name: str) -> str | None:
    """The content type feedparser found for a field ("text/html", "text/plain")."""
    detail = item.get(f"{name}_detail") or {}
    return detail.get("type")


def _plain_text(value: str | None, kind: str | None) -> str:
    """A field's text without markup, its paragraphs separated by blank lines (cleaned)."""
    if not value:
        return ""
    if (kind or "").lower() in _PLAIN:
        return clean_block(value)
    parts = (" ".join((b.text, *b.items)) for b in html_blocks(value))
    return clean_block("\n\n".join(parts))


def _entry_date(entry: Any) -> dt.date | None:
    """Published (else updated) date, read from the text first so it stays the publisher's date.

    feedparser's parsed times are in UTC, which moves a release sent out at 00:30 +02:00 to the
    day before; its parsing is the fallback for formats parse_date does not know.
    """
    for name in ("published", "updated", "created"):
        if found := parse_date(clean_line(entry.get(name) or "")):
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
        term = clean_line(tag.get("term") or tag.get("label") or "")
        if term and term.casefold() not in {t.casefold() for t in topics}:
            topics.append(term)
    return topics


# ---------------------------------------------------------------------------------------------
# Fetching


def fetch(
    url: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = 20 * 1024 * 1024,
    max_redirects: int = 5,
) -> tuple[bytes, str]:
    """Download url: (body, content type). ImportFailure with a readable reason when that fails.

    Follows up to max_redirects redirects, stops a body larger than max_bytes (after decoding
    gzip), and gives up once `timeout` seconds have passed in all (checked between body chunks;
    every single network wait is limited to `timeout` too, and to the time left), so a server that
    drips its headers or its body also ends.
    """
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise ImportFailure(f"{url}: only http:// and https:// addresses can be read")
    deadline = time.monotonic() + timeout
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=max_redirects,
                timeout=httpx.Timeout(timeout),
                headers={"User-Agent": USER_AGENT},
            ) as client,
            _with_deadline(client, deadline),
            client.stream("GET", url) as response,
        ):
            _check_response(response, url, max_bytes)
            body = _read_body(response, url, max_bytes, deadline, timeout)
            return body, response.headers.get("content-type", "")
    except httpx.TooManyRedirects:
        raise ImportFailure(f"{url}: more than {max_redirects} redirects") from None
    except httpx.TimeoutException:
        raise ImportFailure(f"{url}: timed out after {timeout:g} s") from None
    except httpx.ConnectError as exc:
        raise ImportFailure(f"{url}: cannot connect ({_reason(exc)})") from None
    except httpx.UnsupportedProtocol as exc:
        raise ImportFailure(f"{url}: cannot follow ({_reason(exc)})") from None
    except httpx.InvalidURL as exc:
        raise ImportFailure(f"{url}: not a valid address ({_reason(exc)})") from None
    except httpx.HTTPError as exc:
        raise ImportFailure(f"{url}: download failed ({_reason(exc)})") from None


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every wait is cut to the time left before a deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def _left(self, timeout: float | None, error: type[Exception]) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise error("the time for the whole download is up")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        left = self._left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(
            self._stream.start_tls(ssl_context, server_hostname, left), self._deadline
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, its connections cut off at a deadline."""

    def __init__(self, backend: httpcore.NetworkBackend, deadline: float) -> None:
        self._backend = backend
        self._deadline = deadline

    def _left(self, timeout: float | None) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ConnectTimeout("the time for the whole download is up")
        return left if timeout is None else min(timeout, left)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, self._left(timeout), local_address, socket_options
        )
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_unix_socket(path, self._left(timeout), socket_options)
        return _DeadlineStream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


@contextlib.contextmanager
def _with_deadline(client: httpx.Client, deadline: float) -> Iterator[None]:
    """Make the client's connections give up at the deadline, even while the server drips its
    headers byte by byte (httpx's timeouts bound each wait, not the whole). httpx does not let a
    network backend be chosen, so it is set on its connection pools; where those are not found
    (another httpx), the per-wait timeout and the check between body chunks remain."""
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _DeadlineBackend(backend, deadline)  # type: ignore[union-attr]
    yield


def _check_response(response: httpx.Response, url: str, max_bytes: int) -> None:
    """ImportFailure for an HTTP error status or a declared length over the limit."""
    code = response.status_code
    if not 200 <= code < 300:
        phrase = clean_line(response.reason_phrase) or _phrase(
            code
        )  # the server's words: untrusted
        raise ImportFailure(f"{url}: HTTP {code} {phrase}".rstrip())
    try:
        length = int(response.headers.get("content-length", ""))
    except ValueError:
        return
    if length > max_bytes:
        raise ImportFailure(f"{url}: larger than {_size(max_bytes)}, stopped")


def _read_body(
    response: httpx.Response, url: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    """The response body, stopped when it grows past max_bytes or the deadline passes."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise ImportFailure(f"{url}: larger than {_size(max_bytes)}, stopped")
        if time.monotonic() > deadline:
            raise ImportFailure(f"{url}: timed out after {timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _phrase(code: int) -> str:
    """The standard reason phrase of an HTTP status code."""
    try:
        return http.HTTPStatus(code).phrase
    except ValueError:
        return ""


def _size(count: int) -> str:
    """A byte count for messages: "20 MB", "100,000 bytes"."""
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.3g} MB"
    return f"{count:,} bytes"


def _reason(exc: Exception) -> str:
    """An exception's message on one line, or its class name when it has none."""
    return clean_line(str(exc)) or type(exc).__name__


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
