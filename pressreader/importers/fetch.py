"""Downloads with limits: a deadline for the whole download, a size cap and few redirects.

`fetch` is how every web address is read (feeds and release pages, see `feed.read_url`): httpx
with a timeout that bounds the whole download (even a server that drips its headers byte by byte
ends), a 20 MB cap on the body and 5 redirects at most, and a readable ImportFailure for every
way it can fail.
"""

from __future__ import annotations

import contextlib
import http
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from pressreader import __version__
from pressreader.importers.base import ImportFailure
from pressreader.text import clean_line

USER_AGENT = f"pressreader/{__version__}"


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
