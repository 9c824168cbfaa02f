"""`pressreader import` stays bounded: a source that fails (any way) is one failure of the report,
slow servers end, and no input (a gzip bomb, an endless line) makes it use much memory."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pressreader.cli import main
from pressreader.importers.jsonl import read_lines
from pressreader.importers.run import import_sources

FIXTURES = Path(__file__).parents[1] / "fixtures"
TEXT = FIXTURES / "import_text" / "city-parks.txt"
ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def record(title: str, day: int = 1) -> str:
    return json.dumps(
        {
            "title": title,
            "date": f"2024-05-{day:02d}",
            "contents": f"{title} was announced by the office on Monday, the office said.",
        }
    )


# ----------------------------------------------------------------------------- a dripping server


DRIP_EVERY = 0.25  # seconds between two bytes; the import gives up after TIMEOUT
TIMEOUT = 1.0


@pytest.fixture
def drip_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A server on 127.0.0.1 whose /drip sends one byte every DRIP_EVERY s (10 s at most) and
    whose /drip-headers sends its headers that way: no single wait is long, the whole is."""
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

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

        def do_GET(self) -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                if self.path == "/drip-headers":
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                    for _ in range(40):
                        if stop.wait(DRIP_EVERY):
                            return
                        self.wfile.write(b"X-Slow: x\r\n")
                        self.wfile.flush()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.end_headers()
                self.wfile.write(b"<rss>")
                for _ in range(40):
                    if stop.wait(DRIP_EVERY):
                        return
                    self.wfile.write(b" ")
                    self.wfile.flush()

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
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


@pytest.mark.parametrize("path", ["drip", "drip-headers"])
def test_dripping_server_is_one_failure_and_later_sources_import(
    drip_server: str, path: str, tmp_path: Path
) -> None:
    url = f"{drip_server}/{path}"
    started = time.monotonic()
    report = import_sources([url, str(TEXT)], tmp_path / "s", timeout=TIMEOUT)
    elapsed = time.monotonic() - started
    assert elapsed < TIMEOUT + 3
    assert report.count("imported") == 1
    [failure] = report.failed
    assert failure.origin == url
    assert failure.reason.startswith(url) and "timed out" in failure.reason


def test_dripping_server_from_the_command_line(
    drip_server: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    url = f"{drip_server}/drip"
    code, out, err = run(
        capsys, "import", url, str(TEXT), "--into", str(tmp_path / "s"), "--timeout", "1"
    )
    assert code == 1
    assert "1 imported" in out and "1 failed" in out
    assert f"failed: {url}: timed out after 1 s" in err
    assert "Traceback" not in err


def test_any_error_of_a_source_is_its_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected exception while reading one source fails that source, not the import."""
    import pressreader.importers.sources as sources_module

    real_read_text = sources_module.read_text

    def flaky(data: str, name: str):  # noqa: ANN202
        if "first" in name:
            raise RuntimeError("a bug in a reader")
        return real_read_text(data, name)

    monkeypatch.setattr(sources_module, "read_text", flaky)
    first = tmp_path / "first.txt"
    first.write_text(TEXT.read_text())
    feed = tmp_path / "second.rss"
    feed.write_text("<rss><channel>")
    dump = tmp_path / "third.jsonl"
    dump.write_text(record("Harbour opens") + "\n")
    monkeypatch.setattr(
        "pressreader.importers.feed.read_feed",
        lambda *a, **k: (_ for _ in ()).throw(RecursionError("deep")),
    )
    report = import_sources([str(first), str(feed), str(dump), str(TEXT)], tmp_path / "s")
    assert report.count("imported") == 2
    reasons = {o.origin: o.reason for o in report.failed}
    assert "RuntimeError('a bug in a reader')" in reasons[str(first)]
    assert "RecursionError('deep')" in reasons[str(feed)]


# ----------------------------------------------------------------------------- long lines, bombs


def test_a_line_longer_than_the_limit_fails_and_the_next_lines_are_read() -> None:
    lines = [record("First"), '{"title": "' + "x" * 500 + '"}', "[1]", record("Last")]
    data = ("\n".join(lines) + "\n").encode()
    items = list(read_lines(io.BytesIO(data), "dump.jsonl", max_line=200))
    assert [i[0] for i in items if isinstance(i, tuple)] == [
        "dump.jsonl:1",
        "dump.jsonl:3",
        "dump.jsonl:4",
    ]
    [failure] = [str(i) for i in items if isinstance(i, Exception)]
    assert failure == "dump.jsonl:2: line 2 is longer than 200 bytes; skipped"
    # The same without a final newline, and from a text stream.
    items = list(read_lines(io.StringIO("\n".join(lines[:2])), "d", max_line=200))
    assert [str(i) for i in items if isinstance(i, Exception)] == [
        "d:2: line 2 is longer than 200 bytes; skipped"
    ]


def test_badly_encoded_line_does_not_change_the_others() -> None:
    data = record("Café one").encode() + b"\n" + record("Caf\xe9 two").encode("cp1252") + b"\n"
    items = list(read_lines(io.BytesIO(data), "d"))
    assert [r["title"] for _, r in items] == ["Café one", "Café two"]


BOMB_MB = 400


def _write_bomb(path: Path) -> None:
    """≈400 KB of gzip: a good line, one line of 400 MB, a good line."""
    with gzip.open(path, "wb", compresslevel=9) as gz:
        gz.write(record("Before the bomb", 1).encode() + b"\n")
        gz.write(b'{"title": "Bomb", "date": "2024-05-02", "contents": "')
        block = b"a" * 2**20
        for _ in range(BOMB_MB):
            gz.write(block)
        gz.write(b'"}\n')
        gz.write(record("After the bomb", 3).encode() + b"\n")


def test_gzip_bomb_with_one_huge_line_is_read_in_bounded_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.jsonl.gz"
    _write_bomb(bomb)
    assert bomb.stat().st_size < 1024 * 1024
    script = textwrap.dedent(
        """
        import json, resource, sys
        from pressreader.cli import main
        code = main(["import", sys.argv[1], "--into", sys.argv[2], "--json"])
        peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        print(json.dumps({"code": code, "peak_kb": peak}), file=sys.stderr)
        """
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script, str(bomb), str(tmp_path / "s")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stderr.strip().splitlines()[-1])
    report = json.loads(done.stdout)
    peak_mb = result["peak_kb"] / 1024
    print(f"bomb of {BOMB_MB} MB: peak memory {peak_mb:.0f} MB, {elapsed:.1f} s")
    assert peak_mb < 1024
    assert result["code"] == 1
    assert report["counts"]["imported"] == 2
    [failed] = [i for i in report["items"] if i["status"] == "failed"]
    assert failed["reason"] == f"{tmp_path / 'bomb.jsonl'}:2: line 2 is longer than 20 MB; skipped"


def test_a_bomb_past_the_total_limit_imports_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pressreader.importers.sources.MAX_SOURCE_BYTES", 1024 * 1024)
    bomb = tmp_path / "bomb.jsonl.gz"
    bomb.write_bytes(gzip.compress(("\n".join([record("Same")] * 20_000) + "\n").encode()))
    report = import_sources([str(bomb), str(TEXT)], tmp_path / "s")
    assert report.count("imported") == 1  # the text file only
    [failure] = report.failed
    assert "larger than 1 MB once unpacked" in failure.reason


def test_a_huge_page_is_refused_without_reading_it_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pressreader.importers.sources.MAX_DOCUMENT_BYTES", 64 * 1024)
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(b"<html><body>" + b"<p>word</p>" * 100_000))
    report = import_sources([str(page)], tmp_path / "s")
    [failure] = report.failed
    assert "larger than 64 KB" in failure.reason


def test_long_lines_are_handed_to_workers_in_bounded_amounts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Records go to the worker processes in chunks bounded by their size, not only their count."""
    import pressreader.importers.workers as workers_module

    monkeypatch.setattr(workers_module, "CHUNK_BYTES", 4096)
    sizes: list[int] = []
    real = workers_module._prepare_records

    def counting(items, mapping, *rest):  # noqa: ANN001, ANN002, ANN202
        sizes.append(len(items))
        return real(items, mapping, *rest)

    monkeypatch.setattr(workers_module, "_prepare_records", counting)
    body = "The office said the harbour is open again. " * 40  # ≈1.8 KB a line
    lines = [
        json.dumps({"title": f"Release {n}", "date": "2024-05-01", "contents": body})
        for n in range(10)
    ]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n")
    report = import_sources([str(dump)], tmp_path / "s", workers=1)
    assert report.count("imported") == 10
    assert max(sizes) <= 3 and sum(sizes) == 10
