"""Large feeds: streamed entry by entry, unchanged entries known before analysis, analysed releases
handed to the index directly, memory bounded."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from pressreader.importers import sources
from pressreader.importers.base import ImportFailure, RawDoc
from pressreader.importers.feed import read_feed
from pressreader.importers.feed_stream import read_feed_streamed
from pressreader.importers.run import import_sources
from pressreader.index import Library

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
ROOT = Path(__file__).resolve().parents[2]

ODD_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Office &lt;b&gt;of&lt;/b&gt; the Harbour</title><language>de-DE</language>
<image><title>Not the feed title</title><url>https://h.example/logo.png</url></image>
<item><title>Quay &amp;amp; locks reopen</title><guid>https://h.example/p/quay</guid>
  <dc:date>2024-05-02T10:00:00+02:00</dc:date><dc:subject>Ports</dc:subject>
  <category domain="x">Ports</category><category>Transport</category>
  <description>The quay &lt;i&gt;reopens&lt;/i&gt; today.</description></item>
<item><title>Caf\u00c3\u00a9 on the pier \u0092s menu</title><link>https://h.example/p/cafe?a=1&amp;b=2</link>
  <guid isPermaLink="false">cafe-1</guid><pubDate>Fri, 03 May 2024 00:30:00 +0200</pubDate>
  <content:encoded><![CDATA[<p>The caf\u00e9 opens.</p><script>alert(1)</script><p>It serves 40 seats.</p>]]></content:encoded>
  <description>Short.</description></item>
<item><title>Ferry plan</title><link>https://h.example/p/ferry</link>
  <content:encoded><![CDATA[<p>“Ferries run every hour,” said Jana Holm, the harbour master.</p>
  <ul><li>12 ferries</li><li>€3.5 million</li></ul>]]></content:encoded>
  <media:thumbnail url="https://h.example/t.png"/><dc:creator>Press office</dc:creator></item>
<item><title>Plain words</title><description>No markup at all here.</description>
  <pubDate>not a date</pubDate></item>
<item><link>https://h.example/only-a-link</link></item>
</channel></rss>
"""


def comparable(results: list[RawDoc | ImportFailure]) -> list[str]:
    return [f"failure: {r}" if isinstance(r, ImportFailure) else repr(r) for r in results]


WORDS = (
    "harbour berth crane quay ferry tide lock canal barge pier dock cargo vessel pilot tug "
    "channel dredging terminal container freight customs storm flood barrier beacon buoy "
    "anchor hull deck mooring wharf jetty slipway boatyard lighthouse coast river estuary"
).split()


def varied(n: int, words: int) -> str:
    """Words of their own for release n (alike releases would be grouped as copies)."""
    rng = random.Random(n)
    return " ".join(rng.choice(WORDS) for _ in range(words)) + "."


def feed_xml(items: int, body: int = 0, changed: int | None = None) -> str:
    """An RSS feed of `items` short releases, each with `body` words of its own (item `changed`
    with other words)."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Port Authority</title><language>en</language>\n"
    ]
    for n in range(1, items + 1):
        words = "The new berth takes larger ships" if n != changed else "The berth is delayed"
        parts.append(
            f"<item><title>Berth {n} opens</title><link>https://port.example/r/{n}</link>"
            f"<guid>https://port.example/r/{n}</guid>"
            f"<pubDate>Mon, {1 + n % 28:02d} Apr 2024 09:00:00 +0000</pubDate>"
            f"<content:encoded><![CDATA[<p>{words}, officials said on Monday.</p>"
            f"<p>“We are ready,” said Ana Ruiz, the port director. {varied(n, body)}</p>]]>"
            "</content:encoded></item>\n"
        )
    parts.append("</channel></rss>\n")
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# The streamed reading equals feedparser's


@pytest.mark.parametrize("name", ["rss_feed.xml", "atom_feed.xml"])
def test_streamed_reading_equals_feedparser_on_the_fixtures(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    assert comparable(read_feed_streamed(data, name)) == comparable(read_feed(data, name))


def test_streamed_reading_equals_feedparser_on_odd_entries() -> None:
    data = ODD_RSS.encode()
    streamed = read_feed_streamed(data, "odd.xml")
    assert comparable(streamed) == comparable(read_feed(data, "odd.xml"))
    assert len(streamed) == 5 and isinstance(streamed[-1], ImportFailure)


def test_streamed_reading_equals_feedparser_on_a_generated_feed() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_feed_ingest
    finally:
        sys.path.pop(0)
    import random

    rng = random.Random(3)
    paragraphs = bench_feed_ingest.synthetic_paragraphs(rng, 50)
    items = "".join(bench_feed_ingest.item_xml(n, rng, paragraphs) for n in range(1, 61))
    data = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Example Press Office</title>{items}</channel></rss>"
    ).encode()
    streamed = read_feed_streamed(data, "gen.xml")
    assert len(streamed) == 60
    assert comparable(streamed) == comparable(read_feed(data, "gen.xml"))


def test_a_damaged_large_feed_keeps_the_entries_before_the_damage() -> None:
    data = feed_xml(3).replace("</channel></rss>", "<item><title>Broken</item>").encode()
    results = read_feed_streamed(data, "d.xml")
    assert [isinstance(r, RawDoc) for r in results] == [True, True, True, False]
    assert "the feed is damaged after entry 3" in str(results[-1])


def test_not_a_feed_is_a_failure() -> None:
    with pytest.raises(ImportFailure, match=r"^x\.xml: not an RSS or Atom feed"):
        read_feed_streamed(b"<html><body><p>Hello</p></body></html>", "x.xml")


# ---------------------------------------------------------------------------------------------
# Import


@pytest.fixture
def streamed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every feed file over 1 KB is streamed."""
    monkeypatch.setattr(sources, "STREAM_FEEDS_ABOVE", 1024)


def count_assemble(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import pressreader.importers.workers as workers_module

    calls: list[str] = []
    real = workers_module.assemble

    def counting(doc):  # noqa: ANN001, ANN202
        calls.append(doc.origin)
        return real(doc)

    monkeypatch.setattr(workers_module, "assemble", counting)
    return calls


def test_reimport_of_an_unchanged_feed_analyses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: None
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(30))
    store = tmp_path / "store"
    calls = count_assemble(monkeypatch)
    first = import_sources([str(feed)], store, workers=1)
    assert first.count("imported") == 30 and len(calls) == 30
    calls.clear()
    again = import_sources([str(feed)], store, workers=1)
    assert calls == []
    assert again.count("unchanged") == 30 and not again.failed
    assert [o.path for o in again.outcomes] == [o.path for o in first.outcomes]
    assert [o.origin for o in again.outcomes] == [f"{feed}#{n}" for n in range(1, 31)]


def test_a_modified_entry_is_analysed_and_updated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: None
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(20))
    store = tmp_path / "store"
    import_sources([str(feed)], store, workers=1)
    feed.write_text(feed_xml(20, changed=7))
    calls = count_assemble(monkeypatch)
    skipped = import_sources([str(feed)], store, workers=1)
    assert calls == [f"{feed}#7"]
    assert skipped.count("unchanged") == 19 and skipped.count("skipped") == 1
    calls.clear()
    updated = import_sources([str(feed)], store, workers=1, update=True)
    assert calls == [f"{feed}#7"] and updated.count("updated") == 1
    (changed,) = [o for o in updated.outcomes if o.status == "updated"]
    assert "The berth is delayed" in Path(changed.path).read_text()
    calls.clear()
    assert import_sources([str(feed)], store, workers=1).count("unchanged") == 20
    assert calls == []


def test_a_file_edited_by_hand_is_never_taken_for_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: None
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(5))
    store = tmp_path / "store"
    first = import_sources([str(feed)], store, workers=1)
    path = Path(first.outcomes[2].path)
    path.write_text(path.read_text().replace("Berth 3 opens", "Berth 3 opened"))
    calls = count_assemble(monkeypatch)
    again = import_sources([str(feed)], store, workers=1)
    assert calls == [f"{feed}#3"]
    assert again.outcomes[2].status == "skipped"  # other content: only --update replaces it


def test_options_that_change_releases_are_part_of_the_digest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: None
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(4))
    store = tmp_path / "store"
    import_sources([str(feed)], store, workers=1)
    calls = count_assemble(monkeypatch)
    report = import_sources([str(feed)], store, workers=1, source_name="Harbour Board")
    assert len(calls) == 4  # analysed again: the same ids, now with another publisher
    assert report.count("skipped") == 4


def test_the_index_records_imported_releases_without_reading_them_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: None
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(25))
    store = tmp_path / "store"
    import pressreader.index.parsing as building

    reads: list[str] = []
    real = building._parse_file
    monkeypatch.setattr(
        building, "_parse_file", lambda item, sign=True: reads.append(item[0]) or real(item, sign)
    )
    report = import_sources([str(feed)], store, workers=2)
    assert report.count("imported") == 25
    assert reads == []  # neither the import's own refresh nor any later one parsed them
    library = Library(store)
    refreshed = library.refresh()
    assert refreshed.parsed == 0 and refreshed.unchanged == 25
    assert library.count == 25
    rids = library.search("berth")
    assert rids
    release = library.release(rids[0])
    assert release is not None and release.path and Path(release.path).exists()
    assert library.speakers()  # the tables derived from all releases followed
    # The rows are those a parse of the files gives.
    fresh = Library(store, db_path=tmp_path / "fresh.sqlite")
    fresh.refresh()
    assert library.search("berth") == fresh.search("berth")  # copies grouped the same way
    assert sorted(s.title for s in library.iter_summaries(library.search(""))) == sorted(
        s.title for s in fresh.iter_summaries(fresh.search(""))
    )
    assert (
        library.release(rids[0]).to_dict()
        == fresh.release(  # type: ignore[union-attr]
            fresh.rid_of(release.id)  # type: ignore[arg-type]
        ).to_dict()
    )


def test_memory_stays_bounded_on_a_large_feed(tmp_path: Path) -> None:
    feed = tmp_path / "big.xml"
    feed.write_text(feed_xml(6_000, body=120))  # ~6 MB: streamed (over 4 MiB), quick enough
    assert feed.stat().st_size > sources.STREAM_FEEDS_ABOVE
    script = (
        "import json, resource, subprocess, sys\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps([p.returncode, peak, p.stdout[-300:], p.stderr[-600:]]))\n"
    )
    env_cache = tmp_path / "cache"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            sys.executable,
            "-m",
            "pressreader",
            "import",
            str(feed),
            "--into",
            str(tmp_path / "store"),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        check=True,
        env={
            "PRESSREADER_CACHE": str(env_cache),
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(ROOT),
        },  # fmt: skip
    )
    code, peak, out, err = json.loads(done.stdout)
    assert code == 0, err
    assert "6,000 imported" in out
    assert peak < 400, f"peak {peak:.0f} MB"  # the whole feed was kept in memory before


def test_new_files_are_synced_once_at_the_end_not_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: None
) -> None:
    import pressreader.atomic as atomic

    fsyncs: list[int] = []
    syncs: list[int] = []
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: fsyncs.append(fd))
    monkeypatch.setattr(atomic.os, "sync", lambda: syncs.append(1))
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(12))
    report = import_sources([str(feed)], tmp_path / "store", workers=1)
    assert report.count("imported") == 12
    assert fsyncs == [] and syncs == [1]
    for outcome in report.outcomes:
        assert Path(outcome.path).read_text(encoding="utf-8").startswith("id:")


def test_an_empty_file_left_by_a_crash_is_written_again(tmp_path: Path, streamed: None) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(5))
    store = tmp_path / "store"
    first = import_sources([str(feed)], store, workers=1)
    victim = Path(first.outcomes[2].path)
    text = victim.read_text(encoding="utf-8")
    victim.write_text("")  # what a system crash before the final sync can leave
    again = import_sources([str(feed)], store, workers=1)
    assert not again.failed and again.count("skipped") == 0
    assert victim.read_text(encoding="utf-8") == text


def test_windows_1252_controls_in_a_streamed_entry_read_as_feedparser_reads_them() -> None:
    """A C1 control (a Windows-1252 quote mark sent as a character) becomes the mark it meant,
    exactly as feedparser maps it; text without one is passed through untouched."""
    title = "Harbour \x93open\x94 again \x96 and the ferry"
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>{title}</title><link>https://example.org/a</link>"
        "<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>"
        "<description>The harbour reopens to ferries on Monday, the port office said.</description>"
        "</item></channel></rss>"
    ).encode()
    (streamed,) = read_feed_streamed(xml, "c1.xml")
    (parsed,) = read_feed(xml, "c1.xml")
    assert isinstance(streamed, RawDoc) and isinstance(parsed, RawDoc)
    assert streamed.title == parsed.title == "Harbour “open” again – and the ferry"
