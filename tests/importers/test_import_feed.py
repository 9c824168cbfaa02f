"""Feed import: RSS and Atom entries become RawDocs; downloads fail with clear, bounded messages."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pressreader import __version__
from pressreader.importers.base import ImportFailure, RawBlock, RawDoc
from pressreader.importers.feed import fetch, read_feed, read_url

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
RSS = (FIXTURES / "rss_feed.xml").read_bytes()
ATOM = (FIXTURES / "atom_feed.xml").read_bytes()
PAGE = (FIXTURES / "release_page.html").read_bytes()


def docs(results: list[RawDoc | ImportFailure]) -> list[RawDoc]:
    """The results, asserting that none is a failure."""
    assert all(isinstance(r, RawDoc) for r in results), results
    return [r for r in results if isinstance(r, RawDoc)]


# ---------------------------------------------------------------------------------------------
# Reading feeds


def test_rss_entry_with_full_content() -> None:
    first = docs(read_feed(RSS, "rss_feed.xml"))[0]
    assert first.title == "Lantern Lock opens on the Orsa river"
    assert first.date == dt.date(2024, 6, 3)  # the publisher's day, not UTC's 2 June
    assert first.url == "https://canals.veltria.example/press/lantern-lock"
    assert first.topics == ["Waterways", "Infrastructure"]
    assert first.source == "Ministry of Canals of Veltria – Press releases"
    assert first.lang == "en"
    assert first.origin == "rss_feed.xml#1"
    assert first.summary == "The first new lock on the Orsa in forty years is open to barges."
    assert first.blocks == [
        RawBlock(
            "p",
            "The Ministry of Canals today opened the Lantern Lock, the first new lock on the Orsa"
            " river in forty years.",
        ),
        RawBlock("h", "For boat owners"),
        RawBlock(
            "list",
            items=("Passage is free until 30 September.", "The lock runs from 6:00 to 22:00."),
        ),
        RawBlock(
            "quote",
            "“Every barge saves two hours on the way to the sea.”",
            cite="Ilse Marrow, Minister of Canals",
        ),
    ]
    assert first.warnings == []


def test_rss_entry_with_summary_only() -> None:
    second = docs(read_feed(RSS, "rss_feed.xml"))[1]
    assert second.title == "Ferry timetable for the summer"
    assert second.date == dt.date(2024, 5, 31)
    assert second.summary is None  # the summary is the body here
    assert second.blocks == [
        RawBlock("p", "From 1 June the Orsa ferries run every twenty minutes."),
        RawBlock("p", "Night crossings return on Fridays."),
    ]


def test_rss_entry_without_title_gets_one_and_a_warning() -> None:
    third = docs(read_feed(RSS, "rss_feed.xml"))[2]
    assert third.title == "Dredging of the Marrow canal starts next week and lasts…"
    assert third.warnings == ["rss_feed.xml#3: entry has no title; made one from its first words"]
    assert third.url is None  # a javascript: link is no address
    assert third.origin == "rss_feed.xml#3"


def test_atom_entries() -> None:
    first, second = docs(read_feed(ATOM, "atom_feed.xml"))
    assert first.title == "Harbour of Quellmouth gets a tide barrier"
    assert first.date == dt.date(2024, 3, 14)  # published, not updated
    assert first.url == "https://quellmouth.example/press/tide-barrier"
    assert first.topics == ["Flood protection"]
    assert first.source == "City of Quellmouth newsroom"
    assert first.summary == "A movable barrier will protect the harbour district from storm floods."
    assert first.blocks == [
        RawBlock(
            "p",
            "The City of Quellmouth will build a movable tide barrier at the mouth of the old"
            " harbour.",
        ),
        RawBlock("p", "It protects 4,000 homes."),
    ]
    assert second.title == "Night buses return"
    assert second.date == dt.date(2024, 2, 1)
    assert second.summary is None
    assert second.blocks == [  # plain-text content is split at blank lines
        RawBlock("p", "Night buses run again on lines 3 and 7."),
        RawBlock("p", "They leave the harbour every half hour after midnight."),
    ]


def test_unusable_entries_are_returned_as_failures_and_the_rest_imported() -> None:
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Orsa</title>'
        b"<item><title>Link only</title><link>https://orsa.example/1</link></item>"
        b"<item><link>https://orsa.example/2</link></item>"
        b"<item><title>Full</title><description>Some text.</description></item>"
        b"</channel></rss>"
    )
    link_only, nothing, full = read_feed(feed, "f.xml")
    assert (
        str(link_only)
        == "f.xml#1: entry 'Link only' has no text (only a link: https://orsa.example/1)"
    )
    assert str(nothing) == "f.xml#2: entry has neither a title nor any text"
    assert isinstance(full, RawDoc)
    assert full.blocks == [RawBlock("p", "Some text.")]


def test_markup_in_titles_is_stripped_and_escape_sequences_removed() -> None:
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Orsa &lt;b&gt;Press&lt;/b&gt;'
        b"</title><item><title>[bold]Rich[/bold] &lt;i&gt;tags&lt;/i&gt; &amp;amp; more</title>"
        b"<description>Body &#x1b;[31mred text.</description></item></channel></rss>"
    )
    (doc,) = docs(read_feed(feed, "f.xml"))
    assert doc.source == "Orsa Press"
    assert doc.title == "[bold]Rich[/bold] tags & more"  # Rich-like markup stays plain text
    assert doc.blocks == [RawBlock("p", "Body red text.")]


def test_feed_without_entries_is_empty() -> None:
    feed = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'
    assert read_feed(feed, "f.xml") == []


@pytest.mark.parametrize(
    "name", ["not_a_feed.txt", "release_page.html"], ids=["plain text", "html page"]
)
def test_not_a_feed(name: str) -> None:
    with pytest.raises(ImportFailure, match=rf"^{name}: not an RSS or Atom feed \(.+\)$"):
        read_feed((FIXTURES / name).read_bytes(), name)


def test_feed_data_that_looks_like_an_address_is_not_fetched() -> None:
    with pytest.raises(ImportFailure, match="not an RSS or Atom feed"):
        read_feed(b"http://127.0.0.1:9/feed.xml", "x")


# ---------------------------------------------------------------------------------------------
# A local server


SLOW_SECONDS = 3.0  # the slow endpoint's delay; the client gives up after TIMEOUT
TIMEOUT = 0.5


def _handler(stop: threading.Event, agents: list[str]) -> type[BaseHTTPRequestHandler]:
    """A request handler class with one route per case; every loop in it ends by itself."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            """Keep test output quiet."""

        def do_GET(self) -> None:
            """Serve the route named by the path."""
            agents.append(self.headers.get("User-Agent", ""))
            route = getattr(self, "route_" + self.path.strip("/").replace("-", "_"), None)
            if route is None:
                self.send_error(404)
                return
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                route()  # a client that stops reading (as it should) breaks the pipe

        def reply(self, body: bytes, content_type: str, **headers: str) -> None:
            """A 200 response with a body."""
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def route_feed(self) -> None:
            self.reply(RSS, "application/rss+xml")

        def route_feed_as_html(self) -> None:
            self.reply(ATOM, "text/html")

        def route_feed_gzip(self) -> None:
            self.reply(gzip.compress(RSS), "application/rss+xml", Content_Encoding="gzip")

        def route_page(self) -> None:
            self.reply(PAGE, "text/html; charset=utf-8")

        def route_blob(self) -> None:
            self.reply(b"\x00\x01\x02 binary", "application/octet-stream")

        def route_broken(self) -> None:
            self.send_error(500)

        def route_slow(self) -> None:
            stop.wait(SLOW_SECONDS)
            self.reply(RSS, "application/rss+xml")

        def route_loop(self) -> None:
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def route_huge(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(10**9))
            self.end_headers()

        def route_endless(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            chunk = b"<item>" + b"x" * 8186 + b"</item>"
            for _ in range(10_000):  # at most ~80 MB, though the client leaves after 100 kB
                if stop.is_set():
                    return
                self.wfile.write(chunk)

        def route_drip(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            for _ in range(60):  # one byte every 50 ms, for 3 s at most
                if stop.wait(0.05):
                    return
                self.wfile.write(b" ")

    return Handler


@pytest.fixture
def agents() -> list[str]:
    """The User-Agent of every request the server saw."""
    return []


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch, agents: list[str]) -> Iterator[str]:
    """A local HTTP server on 127.0.0.1 (a free port) in a daemon thread; its base URL."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    stop = threading.Event()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(stop, agents))
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=2)


def test_fetch_feed(server: str, agents: list[str]) -> None:
    body, content_type = fetch(f"{server}/feed")
    assert body == RSS
    assert content_type == "application/rss+xml"
    assert agents == [f"pressreader/{__version__}"]


def test_read_url_feed(server: str) -> None:
    results = docs(read_url(f"{server}/feed"))
    assert [d.title for d in results][:2] == [
        "Lantern Lock opens on the Orsa river",
        "Ferry timetable for the summer",
    ]
    assert [d.origin for d in results] == [f"{server}/feed#{n}" for n in (1, 2, 3)]


def test_read_url_sniffs_a_feed_served_as_html(server: str) -> None:
    assert len(docs(read_url(f"{server}/feed-as-html"))) == 2


def test_read_url_gzip_feed(server: str) -> None:
    assert len(docs(read_url(f"{server}/feed-gzip"))) == 3


def test_read_url_html_page(server: str) -> None:
    (doc,) = docs(read_url(f"{server}/page"))
    assert doc.title == "Harbour of Quellmouth gets a tide barrier"
    assert doc.url == "https://quellmouth.example/press/tide-barrier"  # its canonical link
    assert doc.origin == f"{server}/page"
    assert doc.blocks[-1] == RawBlock(
        "p", "Press contact: Communications office, City of Quellmouth."
    )


def test_read_url_neither_feed_nor_page(server: str) -> None:
    with pytest.raises(ImportFailure) as info:
        read_url(f"{server}/blob")
    assert str(info.value) == (
        f"{server}/blob: neither a feed nor an HTML page (content type application/octet-stream)"
    )


@pytest.mark.parametrize(
    ("path", "message"),
    [("missing", "HTTP 404 Not Found"), ("broken", "HTTP 500 Internal Server Error")],
)
def test_http_errors(server: str, path: str, message: str) -> None:
    with pytest.raises(ImportFailure) as info:
        fetch(f"{server}/{path}")
    assert str(info.value) == f"{server}/{path}: {message}"


def test_slow_server_times_out(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(ImportFailure) as info:
        fetch(f"{server}/slow", timeout=TIMEOUT)
    assert str(info.value) == f"{server}/slow: timed out after 0.5 s"
    assert time.monotonic() - started < 1.5


def test_dripping_server_meets_the_total_deadline(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(ImportFailure) as info:
        fetch(f"{server}/drip", timeout=TIMEOUT)
    assert str(info.value) == f"{server}/drip: timed out after 0.5 s"
    assert time.monotonic() - started < 1.5


def test_endless_body_is_stopped(server: str) -> None:
    with pytest.raises(ImportFailure) as info:
        fetch(f"{server}/endless", max_bytes=100_000)
    assert str(info.value) == f"{server}/endless: larger than 100,000 bytes, stopped"


def test_declared_length_over_the_limit_is_refused_at_once(server: str) -> None:
    with pytest.raises(ImportFailure) as info:
        fetch(f"{server}/huge")
    assert str(info.value) == f"{server}/huge: larger than 20 MB, stopped"


def test_redirect_loop(server: str) -> None:
    with pytest.raises(ImportFailure) as info:
        fetch(f"{server}/loop", max_redirects=3)
    assert str(info.value) == f"{server}/loop: more than 3 redirects"


def test_cannot_connect() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago has no server now
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/feed"
    with pytest.raises(ImportFailure, match=rf"^{url}: cannot connect \(.+\)$"):
        fetch(url, timeout=TIMEOUT)


@pytest.mark.parametrize("url", ["ftp://orsa.example/feed", "file:///etc/hosts", "feed.xml"])
def test_only_web_addresses_are_fetched(url: str) -> None:
    with pytest.raises(ImportFailure, match="only http:// and https:// addresses can be read"):
        fetch(url)


def test_a_plain_text_entry_reads_a_line_break_as_the_text_reader_does() -> None:
    story = (
        "The county will get a share of the bridge money the state is sending out this year,"
        " the roads director said on Friday, and the first crews start in March."
    )
    headline = (
        "Valley Courier: Roads director lists the bridges the county wants mended first, from"
        " Orrin Ford to Kell"
    )
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Kell County</title><entry><title>Bridges first</title>"
        "<link href='https://kell.example/bridges'/><updated>2025-03-12T09:00:00Z</updated>"
        f'<content type="text">The county sent its list.\n\n{headline}\n{story}\n\n'
        "Ilse Marrow-Tan\nDirector of Roads</content></entry></feed>"
    ).encode()
    (doc,) = docs(read_feed(atom, "kell.atom"))
    assert [b.text for b in doc.blocks] == [
        "The county sent its list.",
        headline,
        story,
        "Ilse Marrow-Tan Director of Roads",
    ]
