"""Conditional, bounded downloads for `update`, at most N at once per host.

The limits are `pressreader import`'s (importers/fetch.py `fetch`): a deadline for the whole download
(every network wait, headers included, is cut to the time left, so a server that drips bytes ends),
a size cap counted after decompression, a redirect cap. On top of that this module sends
If-None-Match / If-Modified-Since, returns a 304 without a body, follows redirects itself (each hop
counted against its host's limit, a loop named as such), and decompresses gzip/deflate itself, a
bounded piece at a time, so a gzip bomb never takes more memory than the cap.
"""

from __future__ import annotations

import contextlib
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from pressreader.importers import ImportFailure
from pressreader.importers.fetch import USER_AGENT, _with_deadline  # the import command's deadline
from pressreader.text import clean_line

MAX_BYTES = 20 * 1024 * 1024  # as `pressreader import` for a feed or a page
MAX_REDIRECTS = 5  # as `pressreader import`
_REDIRECTS = (301, 302, 303, 307, 308)
_PIECE = 256 * 1024  # decompressed bytes taken at a time


@dataclass(frozen=True, slots=True)
class Fetched:
    """A download: 200 with its body, or 304 (not modified) with none."""

    url: str  # after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


class HostLimiter:
    """At most `per_host` downloads at once from one host name (a semaphore per host)."""

    def __init__(self, per_host: int) -> None:
        self.per_host = max(1, per_host)
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.BoundedSemaphore] = {}

    @contextlib.contextmanager
    def slot(self, url: str) -> Iterator[None]:
        host = host_of(url)
        with self._lock:
            sem = self._hosts.setdefault(host, threading.BoundedSemaphore(self.per_host))
        with sem:
            yield


_SSL: list[ssl.SSLContext] = []
_SSL_LOCK = threading.Lock()


def _ssl_context() -> ssl.SSLContext:
    """One verifying TLS context for every download (making one costs some 20 ms: per download,
    that was most of an update where every feed answers 304)."""
    with _SSL_LOCK:
        if not _SSL:
            import certifi  # httpx's own source of trusted certificates

            _SSL.append(ssl.create_default_context(cafile=certifi.where()))
        return _SSL[0]


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = 20.0,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    limiter: HostLimiter | None = None,
    accept: str = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8",
) -> Fetched:
    """GET url, conditionally when etag / last_modified are given; ImportFailure saying why not.

    `timeout` bounds the whole download, redirects included.
    """
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    seen = [url]
    current = url
    try:
        with (
            httpx.Client(
                follow_redirects=False,
                timeout=httpx.Timeout(timeout),
                headers=headers,
                verify=_ssl_context(),
            ) as client,
            _with_deadline(client, deadline),
        ):
            for _ in range(max_redirects + 1):
                if urlsplit(current).scheme.lower() not in ("http", "https"):
                    raise ImportFailure(f"{url}: redirected to {current}, which is not http(s)")
                with (
                    limiter.slot(current) if limiter else contextlib.nullcontext(),
                    client.stream("GET", current) as response,
                ):
                    code = response.status_code
                    if code in _REDIRECTS and "location" in response.headers:
                        target = urljoin(current, response.headers["location"].strip())
                        if target in seen:
                            raise ImportFailure(f"{url}: redirect loop (back to {target})")
                        seen.append(target)
                        current = target
                        continue
                    etag_out = response.headers.get("etag")
                    modified_out = response.headers.get("last-modified")
                    if code == 304:
                        return Fetched(current, 304, etag=etag_out, last_modified=modified_out)
                    if not 200 <= code < 300:
                        phrase = clean_line(response.reason_phrase or "")
                        raise ImportFailure(f"{url}: HTTP {code} {phrase}".rstrip())
                    body = _read_body(response, url, max_bytes, deadline, timeout)
                    return Fetched(
                        current,
                        code,
                        body,
                        response.headers.get("content-type", ""),
                        etag_out,
                        modified_out,
                    )
            raise ImportFailure(f"{url}: more than {max_redirects} redirects")
    except httpx.TimeoutException:
        raise ImportFailure(f"{url}: timed out after {timeout:g} s") from None
    except httpx.ConnectError as exc:
        raise ImportFailure(f"{url}: cannot connect ({_reason(exc)})") from None
    except httpx.InvalidURL as exc:
        raise ImportFailure(f"{url}: not a valid address ({_reason(exc)})") from None
    except httpx.HTTPError as exc:
        raise ImportFailure(f"{url}: download failed ({_reason(exc)})") from None


def _read_body(
    response: httpx.Response, url: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    """The body, decompressed here a bounded piece at a time; ImportFailure past max_bytes or
    the deadline, or for a damaged or unknown compression."""
    too_large = ImportFailure(f"{url}: larger than {max_bytes // 2**20} MB, stopped")
    try:
        declared = int(response.headers.get("content-length", ""))
    except ValueError:
        declared = -1
    if declared > max_bytes:
        raise too_large
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        decoder = None
    elif encoding in ("gzip", "x-gzip", "deflate"):
        decoder = zlib.decompressobj(47)  # gzip or zlib header, found from the data
    else:
        raise ImportFailure(f"{url}: compressed as {clean_line(encoding)[:40]!r}, not readable")
    out = bytearray()
    first = True
    for raw in response.iter_raw():
        if time.monotonic() > deadline:
            raise ImportFailure(f"{url}: timed out after {timeout:g} s")
        if decoder is None:
            out += raw
        else:
            if first and encoding == "deflate" and raw and (raw[0] & 0x0F) != 8:
                decoder = zlib.decompressobj(-15)  # raw deflate, as some servers send
            first = False
            data = raw
            try:
                while data and not decoder.eof:
                    out += decoder.decompress(data, min(_PIECE, max_bytes + 1 - len(out)))
                    if len(out) > max_bytes:
                        raise too_large
                    data = decoder.unconsumed_tail
            except zlib.error as exc:
                raise ImportFailure(f"{url}: the compressed body is damaged ({exc})") from None
        if len(out) > max_bytes:
            raise too_large
    if decoder is not None and not decoder.eof and out:
        with contextlib.suppress(zlib.error):
            out += decoder.flush()
    return bytes(out)


def _reason(exc: Exception) -> str:
    return clean_line(str(exc)) or type(exc).__name__
