"""Local feed servers for tests and benchmarks: good feeds with ETag / Last-Modified (304 when asked
conditionally) and hostile ones, on 127.0.0.x, counting requests at once per host and in all.

A FeedSite holds the routes; `serve(site, hosts)` starts one ThreadingHTTPServer per host address
(each its own "host" for per-host limits) and stops them on leaving, or by itself after `lifetime`
seconds. Handlers that hold a connection (drip, gate) end when the site is stopped.
"""

from __future__ import annotations

import contextlib
import email.utils
import gzip
import hashlib
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[["_RequestHandler"], None]


@dataclass
class Request:
    host: str
    path: str
    headers: dict[str, str]


@dataclass
class FeedSite:
    """Routes by path, and what the servers saw."""

    routes: dict[str, Handler] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    active: Counter[str] = field(default_factory=Counter)  # requests being served, per host
    most: Counter[str] = field(default_factory=Counter)  # the most at once, per host
    active_total: int = 0
    most_total: int = 0
    stopped: threading.Event = field(default_factory=threading.Event)
    gate: threading.Event = field(default_factory=threading.Event)  # holds "gated" routes
    changed: threading.Condition = field(default_factory=threading.Condition)

    def enter(self, host: str, path: str, headers: dict[str, str]) -> None:
        with self.changed:
            self.requests.append(Request(host, path, headers))
            self.active[host] += 1
            self.active_total += 1
            self.most[host] = max(self.most[host], self.active[host])
            self.most_total = max(self.most_total, self.active_total)
            self.changed.notify_all()

    def leave(self, host: str) -> None:
        with self.changed:
            self.active[host] -= 1
            self.active_total -= 1
            self.changed.notify_all()

    def wait_for(self, test: Callable[[], bool], timeout: float = 10.0) -> bool:
        """Block until test() holds (checked whenever a request starts or ends)."""
        with self.changed:
            return self.changed.wait_for(test, timeout)

    def requests_for(self, path: str) -> list[Request]:
        with self.changed:
            return [r for r in self.requests if r.path == path]


class _RequestHandler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10  # a client that stops reading does not hold a thread for ever
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        site = self.server.site
        host = self.server.server_address[0]
        path = self.path.split("?")[0]
        site.enter(host, path, {k.lower(): v for k, v in self.headers.items()})
        try:
            route = site.routes.get(path)
            if route is None:
                self.send_error(404, "Not Found")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the client gave up, as it should with hostile answers
        finally:
            site.leave(host)

    @property
    def site(self) -> FeedSite:
        return self.server.site

    def send_body(
        self, body: bytes, content_type: str, status: int = 200, headers: dict | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: FeedSite


@contextlib.contextmanager
def serve(site: FeedSite, hosts: tuple[str, ...] = ("127.0.0.1",), lifetime: float = 120):
    """Serve `site` on each host address; yields {host: "http://host:port"}."""
    servers = []
    for host in hosts:
        server = _Server((host, 0), _RequestHandler)
        server.site = site
        servers.append(server)
        threading.Thread(
            target=server.serve_forever, args=(0.05,), daemon=True, name=f"feeds-{host}"
        ).start()

    def stop() -> None:
        site.stopped.set()
        site.gate.set()
        for server in servers:
            server.shutdown()
            server.server_close()

    watchdog = threading.Timer(lifetime, stop)  # never outlives a hung test
    watchdog.daemon = True
    watchdog.start()
    try:
        yield {
            host: f"http://{host}:{s.server_address[1]}"
            for host, s in zip(hosts, servers, strict=True)
        }
    finally:
        watchdog.cancel()
        if not site.stopped.is_set():
            stop()


# ----------------------------------------------------------------------------- content


def rss(title: str, items: list[dict[str, str]]) -> bytes:
    parts = [
        f"<item><title>{i['title']}</title><link>{i['link']}</link>"
        f"<pubDate>{i.get('date', 'Mon, 03 Jun 2024 09:00:00 +0200')}</pubDate>"
        f"<guid>{i['link']}</guid><description><![CDATA[{i['html']}]]></description></item>"
        for i in items
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://example.org/</link><language>en</language>"
        + "".join(parts)
        + "</channel></rss>"
    ).encode()


_WORDS = "harbour ferry lock canal bridge tunnel quay pier dock basin".split()


def release_html(feed: str, n: int, long: bool = True) -> str:
    """A short release body with a quote and figures, different for each feed and n."""
    word = _WORDS[n % len(_WORDS)]
    text = (
        f"<p>The {feed} office today announced the {word} programme number {n}, which starts "
        f"on 1 July with a budget agreed by the council.</p>"
    )
    if long:
        text += (
            f"<p>“The {word} programme {n} will serve the whole coast,” said Ada Lind, Minister "
            "of Transport.</p><ul><li>More than 12,000 passengers a year</li>"
            f"<li>About {n + 3} million euros</li></ul><p>Work begins in the autumn.</p>"
        )
    return text


def feed_items(feed: str, base: str, count: int, start: int = 0, long: bool = True) -> list[dict]:
    return [
        {
            "title": f"{feed.title()} announces {_WORDS[n % len(_WORDS)]} programme {n}",
            "link": f"{base}/{feed}/releases/{n}",
            "date": f"Mon, {1 + n % 28:02d} Jul 2024 09:00:00 +0200",
            "html": release_html(feed, n, long),
        }
        for n in range(start, start + count)
    ]


class FeedRoute:
    """A good feed whose content can change; answers 304 to a matching conditional request."""

    def __init__(
        self, body: bytes, etag: bool = True, modified: bool = True, gzip_it: bool = False
    ) -> None:
        self.use_etag, self.use_modified, self.gzip_it = etag, modified, gzip_it
        self.set(body)

    def set(self, body: bytes) -> None:
        self.body = body
        self.etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        self.modified = email.utils.formatdate(time.time(), usegmt=True)

    def __call__(self, h: _RequestHandler) -> None:
        headers = {}
        if self.use_etag:
            headers["ETag"] = self.etag
        if self.use_modified:
            headers["Last-Modified"] = self.modified
        inm, ims = h.headers.get("If-None-Match"), h.headers.get("If-Modified-Since")
        if (self.use_etag and inm == self.etag) or (
            self.use_modified and not inm and ims == self.modified
        ):
            h.send_response(304)
            for key, value in headers.items():
                h.send_header(key, value)
            h.end_headers()
            return
        body = self.body
        if self.gzip_it:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        h.send_body(body, "application/rss+xml; charset=utf-8", headers=headers)


def status(code: int) -> Handler:
    def handler(h: _RequestHandler) -> None:
        h.send_body(f"<h1>{code}</h1>".encode(), "text/html", status=code)

    return handler


def raw(body: bytes, content_type: str = "application/xml") -> Handler:
    return lambda h: h.send_body(body, content_type)


def redirect(to: str, code: int = 302) -> Handler:
    def handler(h: _RequestHandler) -> None:
        h.send_response(code)
        h.send_header("Location", to)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handler


def drip(every: float = 0.05, limit: float = 20.0) -> Handler:
    """Headers at once, then one byte of a feed every `every` seconds, until the client leaves or
    the site stops (waiting on the site's event, not sleeping blindly)."""

    def handler(h: _RequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.end_headers()
        body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>drip' + b" " * 10_000
        end = time.monotonic() + limit
        for byte in body:
            if h.site.stopped.wait(every) or time.monotonic() > end:
                return
            h.wfile.write(bytes([byte]))
            h.wfile.flush()

    return handler


def huge(size: int, declare: bool) -> Handler:
    """`size` bytes of a feed-like body, with or without a Content-Length."""

    def handler(h: _RequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        if declare:
            h.send_header("Content-Length", str(size))
        h.end_headers()
        h.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>')
        block = b"<!-- " + b"x" * (1024 * 1024 - 9) + b" -->"
        sent = 0
        while sent < size and not h.site.stopped.is_set():
            h.wfile.write(block)
            sent += len(block)

    return handler


_BOMB: list[bytes] = []


def gzip_bomb(unpacked: int = 64 * 1024 * 1024) -> Handler:
    """A small gzip body that unpacks to `unpacked` bytes."""
    if not _BOMB:
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = b"\0" * (1024 * 1024)
        _BOMB.append(
            b"".join(packer.compress(zeros) for _ in range(unpacked // len(zeros))) + packer.flush()
        )
    body = _BOMB[0]

    def handler(h: _RequestHandler) -> None:
        h.send_body(body, "application/rss+xml", headers={"Content-Encoding": "gzip"})

    return handler


def gated(inner: Handler) -> Handler:
    """Hold the request until the site's gate opens (the test opens it)."""

    def handler(h: _RequestHandler) -> None:
        h.site.gate.wait(30)
        inner(h)

    return handler


def page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<main><article><h1>{title}</h1><time datetime='2024-07-02'>2 July 2024</time>{body}"
        "</article></main><footer>Contact the press office</footer></body></html>"
    ).encode()
