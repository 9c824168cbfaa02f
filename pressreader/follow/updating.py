"""`update`: fetch every followed feed, at most 8 at once and 2 per host, and import what is new.

Each feed is downloaded conditionally (the ETag and Last-Modified saved by the last update), so a
304 costs one small request and imports nothing; a 200 whose body is the one read last time is
"unchanged" without being parsed. A new body is read with the feed reader of `pressreader import`,
its entries already in the store (by the keys kept in feeds-state.json) are passed over, and the rest
go through the importer's own path: the `source` override, `prepare` (assemble + YAML) and the
importer's writer (imported / unchanged / skipped, never overwriting a release already in the store).
For a `full_text` feed an entry that carries only a short summary gets its linked page, read with
the HTML page reader (trafilatura).

Downloads run on a thread pool; reading, analysing and writing happen on the calling thread, one feed
at a time, with only a few finished downloads waiting, so memory stays bounded by the size cap times
the number of workers. One feed failing (HTTP errors, timeouts, bombs, not a feed) never stops the
others: it is a "failed" result with the reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from pressreader.follow.fetching import Fetched, HostLimiter, fetch, host_of
from pressreader.follow.subscriptions import (
    Feed,
    FeedState,
    normalise_url,
    read_state,
    read_subscriptions,
    write_state,
)
from pressreader.importers import (
    ImportFailure,
    Outcome,
    RawDoc,
    decode_html,
    read_feed,
    read_html,
)
from pressreader.importers.html import fresh_summary
from pressreader.importers.run import Importer
from pressreader.importers.workers import Overrides, Prepared, prepare
from pressreader.text import clean_line

FULL_TEXT_BELOW = 600  # characters: an entry with less text than this is "only a summary"
MAX_PAGES = 40  # pages fetched for one full_text feed in one update; the rest wait for the next
_HTML_START = re.compile(rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*(?:<!doctype\s+html|<html[\s>])", re.S)

Progress = Callable[[int, int, "FeedResult"], None]


@dataclass
class FeedResult:
    """What one update did with one feed."""

    url: str
    name: str | None
    status: str  # new | unchanged | failed
    new: int = 0  # releases imported
    unchanged: int = 0  # entries already in the store
    skipped: int = 0  # entries whose id is in the store with other content (never overwritten)
    failed_items: int = 0  # entries that could not become releases
    deferred: int = 0  # full_text entries left for the next update (page budget spent)
    total: int = 0  # entries in the feed
    http_status: int | None = None  # 200, 304, ...
    reason: str | None = None  # why it failed
    outcomes: list[Outcome] = field(default_factory=list)  # per entry, as `pressreader import`
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def label(self) -> str:
        return self.name or self.url

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "outcomes"}
        data["items"] = [o.to_dict() for o in self.outcomes if o.status != "unchanged"]
        return {k: v for k, v in data.items() if v not in (None, [], 0) or k == "status"}


@dataclass
class UpdateReport:
    """Every feed's result, in feeds.yaml order, and problems with the files themselves."""

    feeds: list[FeedResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # feeds.yaml entries not used, state notes
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.feeds)

    @property
    def new(self) -> int:
        return sum(r.new for r in self.feeds)

    @property
    def failed(self) -> list[FeedResult]:
        return [r for r in self.feeds if r.status == "failed"]

    def result(self, url_or_name: str) -> FeedResult | None:
        for r in self.feeds:
            if url_or_name in (r.url, r.name):
                return r
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": {s: self.count(s) for s in ("new", "unchanged", "failed")},
            "releases": self.new,
            "problems": self.problems,
            "feeds": [r.to_dict() for r in self.feeds],
        }


@dataclass
class _Download:
    """A worker's part for one feed: the feed's download and, for full_text, the pages."""

    fetched: Fetched | None = None
    docs: list[RawDoc | ImportFailure] | None = None  # None: unchanged, nothing to read
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    deferred: int = 0
    seconds: float = 0.0


def update(
    store: Path | str,
    *,
    progress: Progress | None = None,
    max_total: int = 8,
    max_per_host: int = 2,
    timeout: float = 20.0,
) -> UpdateReport:
    """Fetch every followed feed and import its new entries into the store.

    At most `max_total` downloads at once and `max_per_host` to one host; `timeout` seconds for
    each whole download. `progress(done, total, result)` is called on the calling thread after
    each feed. The state file is saved even when the update is interrupted.
    """
    started = time.monotonic()
    root = Path(store).expanduser()
    subs = read_subscriptions(root)
    report = UpdateReport(problems=list(subs.problems))
    states = read_state(root, report.problems)
    feeds = _interleave_hosts(subs.feeds)
    results: dict[str, FeedResult] = {}
    limiter = HostLimiter(max_per_host)
    importer: list[Importer] = []  # opened on the first feed with something to import

    def writer() -> Importer:
        if not importer:
            importer.append(Importer(root, update=False))
        return importer[0]

    workers = max(1, max_total)
    pending: dict[Future[_Download], Feed] = {}
    queue = list(feeds)
    try:
        with ThreadPoolExecutor(workers, thread_name_prefix="pressreader-follow") as pool:

            def submit() -> None:
                # A few downloads beyond the workers wait finished, never all of them.
                while queue and len(pending) < workers + 2:
                    feed = queue.pop(0)
                    state = states.get(normalise_url(feed.url), FeedState())
                    future = pool.submit(_download, feed, state, limiter, timeout)
                    pending[future] = feed

            submit()
            try:
                while pending:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        feed = pending.pop(future)
                        key = normalise_url(feed.url)
                        state = states.setdefault(key, FeedState())
                        result = _finish(feed, state, future.result(), writer)
                        results[feed.url] = result
                        if progress:
                            progress(len(results), len(feeds), result)
                    submit()
            except BaseException:
                queue.clear()
                for future in pending:
                    future.cancel()
                raise
    finally:
        if importer:
            importer[0].library.refresh()
        if not subs.problems:  # feeds taken out of feeds.yaml by hand: their state goes too
            followed = {normalise_url(f.url) for f in subs.feeds}
            states = {k: v for k, v in states.items() if k in followed}
        try:
            write_state(root, states)
        except OSError as exc:
            report.problems.append(f"the feeds' state cannot be saved ({exc.strerror or exc})")
    report.feeds = [results[f.url] for f in subs.feeds if f.url in results]
    report.seconds = time.monotonic() - started
    return report


def _interleave_hosts(feeds: list[Feed]) -> list[Feed]:
    """The feeds reordered so that hosts take turns: ten feeds of one host do not hold every
    worker waiting for its two slots while other hosts could be read."""
    by_host: dict[str, list[Feed]] = {}
    for feed in feeds:
        by_host.setdefault(host_of(feed.url), []).append(feed)
    out: list[Feed] = []
    lists = list(by_host.values())
    while lists:
        out.extend(group.pop(0) for group in lists)
        lists = [group for group in lists if group]
    return out


# ----------------------------------------------------------------------------- in the workers


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


# ----------------------------------------------------------------------------- on the caller


def _finish(
    feed: Feed, state: FeedState, download: _Download, writer: Callable[[], Importer]
) -> FeedResult:
    """Import a finished download's new entries and bring the feed's state up to date."""
    fetched = download.fetched
    result = FeedResult(
        feed.url,
        feed.name,
        "unchanged",
        http_status=fetched.status if fetched else None,
        warnings=list(download.warnings),
        seconds=download.seconds,
    )
    state.last_checked = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    state.http_status = result.http_status
    if download.error is not None:
        result.status, result.reason = "failed", download.error
        state.last_status, state.last_error = "failed", download.error
        return result
    assert fetched is not None
    state.last_error = None
    if download.docs is None:  # 304, or the very body read last time
        result.total = state.total
        result.unchanged = state.total
        state.last_status, state.new = "unchanged", 0
        if fetched.status != 304:
            state.etag = fetched.etag or state.etag
            state.last_modified = fetched.last_modified or state.last_modified
        return result
    seen = set(state.seen)
    still: list[str] = []  # keys of the entries in the feed now that are in the store
    overrides = Overrides(source=feed.source)
    importer: Importer | None = None
    retry = False  # an entry could not be written: read the whole feed again next time
    for item in download.docs:
        result.total += 1
        if isinstance(item, ImportFailure):
            result.outcomes.append(Outcome(item.args[0].split(": ")[0], "failed", reason=str(item)))
            continue
        key = entry_key(item)
        if key in seen:
            result.outcomes.append(Outcome(item.origin, "unchanged"))
            still.append(key)
            continue
        prepared = prepare(item, overrides)
        if isinstance(prepared, Outcome):
            outcome = prepared
        else:
            importer = importer or writer()
            try:
                outcome = importer.write(cast(Prepared, prepared))
            except Exception as exc:  # noqa: BLE001 - one bad entry must not stop the feed
                outcome = Outcome(item.origin, "failed", prepared.id, reason=f"{exc!r}")
            retry = retry or outcome.status == "failed"
        result.outcomes.append(outcome)
        if outcome.status in ("imported", "updated", "unchanged", "skipped"):
            still.append(key)
    result.total += download.deferred
    result.deferred = download.deferred
    result.new = sum(o.status in ("imported", "updated") for o in result.outcomes)
    result.unchanged = sum(o.status == "unchanged" for o in result.outcomes)
    result.skipped = sum(o.status == "skipped" for o in result.outcomes)
    result.failed_items = sum(o.status == "failed" for o in result.outcomes)
    result.warnings.extend(w for o in result.outcomes for w in o.warnings)
    result.status = "new" if result.new else "unchanged"
    state.seen = list(dict.fromkeys(still))
    state.new, state.total, state.last_status = result.new, result.total, result.status
    if result.deferred or retry:
        # Entries are left to read again: the next update must get the whole feed.
        state.etag = state.last_modified = state.body_sha256 = None
    else:
        state.etag, state.last_modified = fetched.etag, fetched.last_modified
        state.body_sha256 = hashlib.sha256(fetched.body).hexdigest()
    return result
