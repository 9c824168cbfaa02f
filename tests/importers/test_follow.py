"""Following feeds: subscriptions kept with the store, OPML, and `update` against local servers.

The servers (tests/feeds_server.py) run on 127.0.0.x, count the requests they serve at once per
host and in all, and stop by themselves. Nothing here sleeps and hopes: a test that needs requests
in flight waits on the server's condition, and held requests wait on an event the test sets.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from pressreader.follow import (
    FollowError,
    export_opml,
    feed_states,
    feeds_path,
    follow,
    following,
    import_opml,
    read_subscriptions,
    state_path,
    unfollow,
    update,
)
from pressreader.store import scan
from tests.feeds_server import (
    FeedRoute,
    FeedSite,
    drip,
    feed_items,
    gated,
    gzip_bomb,
    huge,
    page,
    raw,
    redirect,
    rss,
    serve,
    status,
)

HOSTS = ("127.0.0.1", "127.0.0.2", "127.0.0.3")


@pytest.fixture
def site() -> Iterator[tuple[FeedSite, dict[str, str]]]:
    feeds = FeedSite()
    with serve(feeds, HOSTS, lifetime=90) as bases:
        yield feeds, bases


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    return tmp_path / "store"


def release_files(store: Path) -> dict[str, int]:
    return {str(p.relative_to(store)): p.stat().st_mtime_ns for p in scan(store)}


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ----------------------------------------------------------------------------- subscriptions


def test_follow_unfollow_and_their_files(fresh: Path) -> None:
    feed = follow(fresh, " https://Press.Example.org/feed.xml ", name="Ministry", source="MoE")
    assert feed.url == "https://Press.Example.org/feed.xml"
    follow(fresh, "https://coast.example.org/rss", full_text=True)
    assert [(f.url, f.name, f.source, f.full_text) for f in following(fresh)] == [
        ("https://Press.Example.org/feed.xml", "Ministry", "MoE", False),
        ("https://coast.example.org/rss", None, None, True),
    ]
    data = yaml.safe_load(feeds_path(fresh).read_text())
    assert data == {
        "feeds": [
            {"url": "https://Press.Example.org/feed.xml", "name": "Ministry", "source": "MoE"},
            {"url": "https://coast.example.org/rss", "full_text": True},
        ]
    }
    assert feeds_path(fresh).parent == fresh / ".pressreader"
    assert scan(fresh) == []  # the store scanner never takes them for releases
    assert not list(feeds_path(fresh).parent.glob(".*.tmp"))  # atomic writes leave nothing
    assert unfollow(fresh, "ministry").url == "https://Press.Example.org/feed.xml"
    assert unfollow(fresh, "HTTPS://COAST.example.org:443/rss#x").full_text is True
    assert following(fresh) == []


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "give the feed's address"),
        ("press.example.org/feed", "did you mean https://press.example.org/feed?"),
        ("ftp://press.example.org/feed", "only http:// and https://"),
        ("https:///feed", "names no host"),
        ("https://press.example.org/my feed", "spaces or control characters"),
        ("https://user:secret@press.example.org/feed", "user name or password"),
        ("https://press.example.org:99999/feed", "not a valid address"),
        ("https://example.org/" + "a" * 2100, "longer than 2000"),
    ],
)
def test_follow_refuses_bad_addresses(fresh: Path, url: str, message: str) -> None:
    with pytest.raises(FollowError, match=message.replace("?", r"\?")):
        follow(fresh, url)
    assert not feeds_path(fresh).exists()


def test_follow_refuses_duplicates(fresh: Path) -> None:
    follow(fresh, "http://press.example.org/feed", name="Press")
    with pytest.raises(FollowError, match="already followed as 'Press'"):
        follow(fresh, "HTTP://PRESS.example.org:80/feed#latest")
    with pytest.raises(FollowError, match="the name 'press' is already used"):
        follow(fresh, "http://other.example.org/feed", name="press")
    with pytest.raises(FollowError, match="'source' is longer than 200"):
        follow(fresh, "http://other.example.org/feed", source="x" * 201)
    with pytest.raises(FollowError, match=r"'nobody' is not followed \(followed: Press\)"):
        unfollow(fresh, "nobody")
    assert len(following(fresh)) == 1


def test_hand_edited_feeds_yaml(fresh: Path) -> None:
    path = feeds_path(fresh)
    path.parent.mkdir(parents=True)
    path.write_text(
        "# our press offices\n"
        "feeds:\n"
        "  - url: https://a.example.org/feed\n"
        "    name: A\n"
        "    team: politics   # a key of our own\n"
        "  - url: ftp://b.example.org/feed\n"
        "  - url: https://c.example.org/feed\n"
        "    full_text: yes please\n"
        "  - url: https://A.example.org/feed\n"
        "  - name: no address\n"
    )
    subs = read_subscriptions(fresh)
    assert [f.url for f in subs.feeds] == ["https://a.example.org/feed"]
    assert subs.feeds[0].extra == (("team", "politics"),)
    assert subs.problems == [
        f"{path}:6: ftp://b.example.org/feed: only http:// and https:// feeds can be followed",
        f"{path}:7: 'full_text' must be true or false, not 'yes please'",
        f"{path}:9: https://A.example.org/feed is already followed at line 3; this entry is not used",
        f"{path}:10: the entry has no 'url'",
    ]
    with pytest.raises(FollowError, match="fix them first so that no entry is lost"):
        follow(fresh, "https://d.example.org/feed")
    # Once fixed, a rewrite keeps the keys pressreader does not know.
    path.write_text("feeds:\n  - url: https://a.example.org/feed\n    team: politics\n")
    follow(fresh, "https://d.example.org/feed")
    assert yaml.safe_load(path.read_text())["feeds"][0] == {
        "url": "https://a.example.org/feed",
        "team": "politics",
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds: [\n", "not valid YAML"),
        ("- !!python/object/apply:os.system [echo]\n", "is refused"),
        ("feeds: https://a.example.org\n", "'feeds' must be a list"),
        ("a: [1]\n", "must hold 'feeds:'"),
        (
            "x0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
            + "".join(f"x{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]\n" for n in range(1, 7))
            + "feeds: *a6\n",
            "expands to over",
        ),
    ],
)
def test_broken_feeds_yaml_is_reported_not_lost(fresh: Path, text: str, message: str) -> None:
    path = feeds_path(fresh)
    path.parent.mkdir(parents=True)
    path.write_text(text)
    subs = read_subscriptions(fresh)
    assert subs.feeds == []
    assert len(subs.problems) == 1 and message in subs.problems[0], subs.problems
    with pytest.raises(FollowError):
        follow(fresh, "https://a.example.org/feed")
    assert path.read_text() == text


# ----------------------------------------------------------------------------- OPML


def test_opml_round_trip(fresh: Path, tmp_path: Path) -> None:
    follow(fresh, "https://press.example.org/feed?lang=en&all=1", name="Press & Co <en>")
    follow(fresh, "https://coast.example.org/rss")
    text = export_opml(fresh)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    (tmp_path / "feeds.opml").write_text(text)
    other = tmp_path / "other"
    report = import_opml(other, tmp_path / "feeds.opml")
    assert [(f.url, f.name) for f in report.added] == [
        ("https://press.example.org/feed?lang=en&all=1", "Press & Co <en>"),
        ("https://coast.example.org/rss", None),  # named by its address in OPML, not in YAML
    ]
    assert following(other) == following(fresh)
    again = import_opml(other, tmp_path / "feeds.opml")  # importing twice adds nothing
    assert again.added == [] and len(again.already) == 2


def test_opml_from_another_reader(fresh: Path, tmp_path: Path) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_bytes(
        b'<?xml version="1.0"?>\n'
        b'<!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        b'<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        b'<opml version="1.0"><head><title>&d;</title></head><body>\n'
        b'<outline text="Government">\n'
        b'  <outline text="Ministry" type="rss" xmlUrl="https://gov.example.org/rss"/>\n'
        b'  <outline text="&xxe;" type="rss" xmlUrl="https://leak.example.org/rss"/>\n'
        b"</outline>\n"
        b'<outline text="Old" type="rss" xmlUrl="gopher://old.example.org/feed"/>\n'
        b'<outline text="Ministry" type="rss" xmlUrl="https://gov2.example.org/rss"/>\n'
        b"</body></opml>\n"
    )
    report = import_opml(fresh, opml)
    assert [(f.url, f.name) for f in report.added] == [
        ("https://gov.example.org/rss", "Ministry"),
        ("https://leak.example.org/rss", "&xxe;"),  # never expanded, never read from disk
        ("https://gov2.example.org/rss", None),  # the name is taken: goes by its address
    ]
    assert report.refused[0][0] == "gopher://old.example.org/feed"
    assert "only http:// and https://" in report.refused[0][1]


def test_opml_that_is_not_opml(fresh: Path, tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("just some notes, not a subscription list")
    with pytest.raises(FollowError, match="not an OPML subscription list"):
        import_opml(fresh, bad)
    with pytest.raises(FollowError, match="cannot be read"):
        import_opml(fresh, tmp_path / "missing.opml")
    assert not feeds_path(fresh).exists()


# ----------------------------------------------------------------------------- update


ATOM = (
    b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
    b"<title>Atom office</title><id>urn:atom</id><updated>2024-07-01T09:00:00Z</updated>"
    b"<entry><title>Atom office opens a new quay</title><id>urn:atom:1</id>"
    b'<link href="http://atom.example/1"/><updated>2024-07-01T09:00:00Z</updated>'
    b'<content type="html">&lt;p&gt;The atom office opened a new quay in the harbour today, the '
    b"first in ten years, for ferries and barges.&lt;/p&gt;</content></entry></feed>"
)
MALFORMED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken &bogus; <item>'
HTML_PAGE = page("Our news", ["We moved our feed. Please visit our new news page."])
EMPTY_FEED = rss("Quiet office", [])

# name -> (expected status, part of the reason, releases)
EXPECTED = {
    "etag-and-date": ("new", None, 3),
    "etag-only": ("new", None, 2),
    "date-only": ("new", None, 2),
    "no-validators": ("new", None, 2),
    "gzipped": ("new", None, 2),
    "publisher": ("new", None, 2),
    "moved": ("new", None, 1),
    "full-text": ("new", None, 3),
    "second-host": ("new", None, 2),
    "third-host": ("new", None, 2),
    "atom": ("new", None, 1),
    "empty-feed": ("unchanged", None, 0),
    "not-found": ("failed", "HTTP 404", 0),
    "server-error": ("failed", "HTTP 500", 0),
    "drip": ("failed", "timed out after 1.5 s", 0),
    "redirect-loop": ("failed", "redirect loop", 0),
    "redirect-chain": ("failed", "more than 5 redirects", 0),
    "huge-declared": ("failed", "larger than 20 MB", 0),
    "huge-streamed": ("failed", "larger than 20 MB", 0),
    "gzip-bomb": ("failed", "larger than 20 MB", 0),
    "malformed": ("failed", "not an RSS or Atom feed (undefined entity at line 1)", 0),
    "html-page": ("failed", "an HTML page, not a feed", 0),
    "empty-body": ("failed", "empty page, not a feed", 0),
    "refused": ("failed", "cannot connect", 0),
}


def build(feeds: FeedSite, bases: dict[str, str], store: Path) -> dict[str, FeedRoute]:
    """Serve the feeds of EXPECTED and follow each; the good feeds' routes by name."""
    one, two, three = (bases[h] for h in HOSTS)
    good = {
        "etag-and-date": FeedRoute(rss("Harbour", feed_items("harbour", one, 3))),
        "etag-only": FeedRoute(rss("Lock", feed_items("lock", one, 2)), modified=False),
        "date-only": FeedRoute(rss("Canal", feed_items("canal", one, 2)), etag=False),
        "no-validators": FeedRoute(
            rss("Bridge", feed_items("bridge", one, 2)), etag=False, modified=False
        ),
        "gzipped": FeedRoute(rss("Tunnel", feed_items("tunnel", one, 2)), gzip_it=True),
        "publisher": FeedRoute(rss("Quay feed", feed_items("quay", one, 2))),
        "moved": FeedRoute(rss("Pier", feed_items("pier", one, 1))),
        "full-text": FeedRoute(rss("Dock", feed_items("dock", one, 3, long=False))),
        "second-host": FeedRoute(rss("Basin", feed_items("basin", two, 2))),
        "third-host": FeedRoute(rss("Ferry", feed_items("ferry", three, 2))),
        "atom": FeedRoute(ATOM),
    }
    routes = {f"/{name}/feed": route for name, route in good.items()}
    routes["/moved/feed"] = redirect("/pier/new-feed", 301)
    routes["/pier/new-feed"] = good["moved"]
    for n in range(2):  # the third page is missing: that entry keeps its summary
        routes[f"/dock/releases/{n}"] = raw(
            page(
                f"Dock programme {n}",
                [
                    f"The dock programme {n} brings new cranes, new quays and a new ferry "
                    "terminal to the old harbour over the next five years. " * 4,
                    f"“It is the largest works in a generation,” said Ola Berg, Harbour Master, "
                    f"at the presentation of programme {n}.",
                ],
            ),
            "text/html; charset=utf-8",
        )
    routes |= {
        "/empty-feed/feed": raw(EMPTY_FEED),
        "/not-found/feed": status(404),
        "/server-error/feed": status(500),
        "/drip/feed": drip(),
        "/redirect-loop/feed": redirect("/redirect-loop/b"),
        "/redirect-loop/b": redirect("/redirect-loop/feed"),
        "/huge-declared/feed": huge(30 * 1024 * 1024, declare=True),
        "/huge-streamed/feed": huge(30 * 1024 * 1024, declare=False),
        "/gzip-bomb/feed": gzip_bomb(),
        "/malformed/feed": raw(MALFORMED),
        "/html-page/feed": raw(HTML_PAGE, "text/html"),
        "/empty-body/feed": raw(b"", "application/rss+xml"),
    }
    routes |= {f"/redirect-chain/{n}": redirect(f"/redirect-chain/{n + 1}") for n in range(10)}
    feeds.routes.update(routes)
    hosts = {"second-host": two, "third-host": three}
    for name in EXPECTED:
        if name == "refused":
            url = f"http://127.0.0.1:{closed_port()}/feed"
        elif name == "redirect-chain":
            url = f"{one}/redirect-chain/0"
        else:
            url = f"{hosts.get(name, one)}/{name}/feed"
        follow(
            store,
            url,
            name=name,
            source="Harbour Office" if name == "publisher" else None,
            full_text=name == "full-text",
        )
    return good


def test_update_reports_every_feed_and_reads_only_what_is_new(
    site: tuple[FeedSite, dict[str, str]], fresh: Path
) -> None:
    feeds, bases = site
    good = build(feeds, bases, fresh)
    assert len(following(fresh)) == len(EXPECTED) >= 20
    calls: list[tuple[int, int, str, int]] = []
    report = update(
        fresh,
        timeout=1.5,
        progress=lambda done, total, r: calls.append(
            (done, total, r.name or "", threading.get_ident())
        ),
    )
    # Every feed reported, in feeds.yaml order; progress once per feed, on the calling thread.
    assert [r.name for r in report.feeds] == list(EXPECTED)
    assert [c[0] for c in calls] == list(range(1, len(EXPECTED) + 1))
    assert {c[1] for c in calls} == {len(EXPECTED)}
    assert {c[3] for c in calls} == {threading.get_ident()}
    for name, (want, reason, count) in EXPECTED.items():
        result = report.result(name)
        assert result is not None
        assert (result.status, result.new) == (want, count), (name, result)
        if reason:
            assert reason in (result.reason or ""), (name, result.reason)
            assert result.reason.startswith("http://"), result.reason  # which feed, always
        else:
            assert result.reason is None, (name, result.reason)
    assert report.new == sum(c for _, _, c in EXPECTED.values())
    files = release_files(fresh)
    assert len(files) == report.new

    # The publisher override names the releases and their folder; full_text read the pages.
    quay = [p for p in files if "quay-announces" in p]
    assert quay and all(p.startswith("harbour-office/2024/") for p in quay)
    assert "source: Harbour Office" in (fresh / quay[0]).read_text()
    dock = {p: (fresh / p).read_text() for p in files if "dock-announces" in p}
    with_page = [t for t in dock.values() if "largest works in a generation" in t]
    assert len(with_page) == 2  # the page of the third one is missing
    assert all("summary:" in t and "brings new cranes" in t for t in with_page)
    full = report.result("full-text")
    assert full is not None and any("HTTP 404" in w for w in full.warnings)

    # The state file keeps what the update found, for people and for the next update.
    states = feed_states(fresh)
    first = states[following(fresh)[0].url]
    assert (first.last_status, first.new, first.total, first.http_status) == ("new", 3, 3, 200)
    assert first.etag == good["etag-and-date"].etag
    assert first.last_modified == good["etag-and-date"].modified
    failed = states[following(fresh)[list(EXPECTED).index("not-found")].url]
    assert failed.last_status == "failed" and "HTTP 404" in (failed.last_error or "")

    # A second update sends conditional requests, gets 304s and imports nothing.
    before = len(feeds.requests)
    again = update(fresh, timeout=1.5)
    sent = {r.path: r.headers for r in feeds.requests[before:]}
    assert sent["/harbour/feed".replace("harbour", "etag-and-date")]["if-none-match"] == (
        good["etag-and-date"].etag
    )
    assert sent["/etag-and-date/feed"]["if-modified-since"] == good["etag-and-date"].modified
    assert sent["/etag-only/feed"]["if-none-match"] == good["etag-only"].etag
    assert "if-none-match" not in sent["/date-only/feed"]
    assert sent["/date-only/feed"]["if-modified-since"] == good["date-only"].modified
    assert sent["/pier/new-feed"]["if-none-match"] == good["moved"].etag
    assert not any(path.startswith("/dock/releases/") for path in sent)  # no page again
    for name, (want, _, _) in EXPECTED.items():
        result = again.result(name)
        assert result is not None
        assert result.new == 0, (name, result)
        assert result.status == ("failed" if want == "failed" else "unchanged"), (name, result)
    statuses = {r.name: r.http_status for r in again.feeds}
    assert statuses["etag-and-date"] == statuses["date-only"] == statuses["gzipped"] == 304
    assert statuses["no-validators"] == 200  # nothing to ask with: the same body, unchanged
    assert release_files(fresh) == files  # nothing written

    # New items on the server appear after the next update, and only they are written.
    good["etag-and-date"].set(rss("Harbour", feed_items("harbour", bases[HOSTS[0]], 5)))
    good["no-validators"].set(rss("Bridge", feed_items("bridge", bases[HOSTS[0]], 3)))
    third = update(fresh, timeout=1.5)
    assert (third.result("etag-and-date").status, third.result("etag-and-date").new) == ("new", 2)
    assert third.result("etag-and-date").unchanged == 3
    assert third.result("no-validators").new == 1
    assert third.result("etag-only").status == "unchanged"
    now = release_files(fresh)
    assert len(now) == len(files) + 3
    assert {p: m for p, m in now.items() if p in files} == files  # the others not touched


def test_update_never_exceeds_the_limits(
    site: tuple[FeedSite, dict[str, str]], tmp_path: Path
) -> None:
    feeds, bases = site
    extra = ("127.0.0.4", "127.0.0.5", "127.0.0.6")
    with serve(feeds, extra, lifetime=60) as more:
        bases = {**bases, **more}
        for n, (_host, base) in enumerate(sorted(bases.items())):
            for k in range(4):
                name = f"h{n}f{k}"
                feeds.routes[f"/{name}/feed"] = gated(
                    FeedRoute(rss(name, feed_items(name, base, 1)))
                )
                follow(tmp_path / "store", f"{base}/{name}/feed")
        results: list = []
        worker = threading.Thread(
            target=lambda: results.append(update(tmp_path / "store", timeout=20))
        )
        worker.start()
        try:
            # Held by the gate, requests pile up to the limit: 8 in all (6 hosts x 2 > 8).
            assert feeds.wait_for(lambda: feeds.active_total >= 8, timeout=15)
            assert feeds.most_total == 8
            assert max(feeds.most.values()) == 2
        finally:
            feeds.gate.set()
            worker.join(30)
        assert not worker.is_alive()
    report = results[0]
    assert report.count("new") == 24 and report.new == 24
    assert feeds.most_total <= 8 and max(feeds.most.values()) <= 2
    assert len(feeds.most) == 6


def test_update_limits_are_parameters(
    site: tuple[FeedSite, dict[str, str]], tmp_path: Path
) -> None:
    feeds, bases = site
    store = tmp_path / "store"
    for n, base in enumerate(bases.values()):
        for k in range(3):
            name = f"p{n}f{k}"
            feeds.routes[f"/{name}/feed"] = gated(FeedRoute(rss(name, feed_items(name, base, 1))))
            follow(store, f"{base}/{name}/feed")
    worker = threading.Thread(
        target=update, args=(store,), kwargs={"max_total": 2, "max_per_host": 1}
    )
    worker.start()
    try:
        assert feeds.wait_for(lambda: feeds.active_total >= 2, timeout=15)
    finally:
        feeds.gate.set()
        worker.join(30)
    assert feeds.most_total == 2 and max(feeds.most.values()) == 1
    assert len(release_files(store)) == 9


def test_interrupted_update_keeps_what_it_finished(
    site: tuple[FeedSite, dict[str, str]], fresh: Path
) -> None:
    feeds, bases = site
    for name in ("first", "second", "third"):
        feeds.routes[f"/{name}/feed"] = FeedRoute(rss(name, feed_items(name, bases[HOSTS[0]], 1)))
        follow(fresh, f"{bases[HOSTS[0]]}/{name}/feed", name=name)

    def stop(done: int, total: int, result: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        update(fresh, progress=stop, max_total=1)
    states = json.loads(state_path(fresh).read_text())["feeds"]
    finished = [s for s in states.values() if s.get("last_status") == "new"]
    assert len(finished) == 1 and finished[0]["etag"]
    assert len(release_files(fresh)) == 1


def test_unfollow_forgets_the_state_and_damaged_state_is_moved_aside(
    site: tuple[FeedSite, dict[str, str]], fresh: Path
) -> None:
    feeds, bases = site
    feeds.routes["/a/feed"] = FeedRoute(rss("A", feed_items("a", bases[HOSTS[0]], 1)))
    follow(fresh, f"{bases[HOSTS[0]]}/a/feed", name="A")
    assert update(fresh).new == 1
    state_path(fresh).write_text("{not json")
    report = update(fresh)
    assert any("could not be read" in p and "corrupt-" in p for p in report.problems)
    assert list(state_path(fresh).parent.glob("feeds-state.json.corrupt-*"))
    assert report.result("A").status == "unchanged"  # fetched afresh: already in the store
    assert report.result("A").unchanged == 1
    unfollow(fresh, "A")
    assert json.loads(state_path(fresh).read_text())["feeds"] == {}
    assert len(release_files(fresh)) == 1  # its releases stay
