"""The follow commands: follow, following, update (exit status and report), unfollow, OPML."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

from pressreader.cli import main
from tests.feeds_server import FeedRoute, FeedSite, feed_items, rss, serve, status


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_follow_update_following_unfollow(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("PRESSREADER_CACHE", str(tmp_path / "cache"))
    store = tmp_path / "store"
    store.mkdir()
    site = FeedSite()
    with contextlib.ExitStack() as stack:
        (base,) = stack.enter_context(serve(site, ("127.0.0.1",), lifetime=60)).values()
        site.routes["/ports.xml"] = FeedRoute(rss("Ports", feed_items("ports", base, 3)))
        site.routes["/gone.xml"] = status(404)
        data = ("--data", str(store))
        assert run(capsys, "follow", f"{base}/ports.xml", "--name", "Ports", *data)[0] == 0
        assert run(capsys, "follow", f"{base}/gone.xml", *data)[0] == 0
        code, _, err = run(capsys, "follow", f"{base}/ports.xml", *data)
        assert code == 1 and "already" in err.lower()

        code, out, _ = run(capsys, "update", *data)
        assert code == 1  # one feed failed
        assert "3 new   Ports" in out and "failed" in out and "404" in out
        assert "3 new releases from 1 feed" in out

        code, out, _ = run(capsys, "update", "--json", *data)
        report = json.loads(out)
        assert code == 1 and report["releases"] == 0 and report["counts"]["failed"] == 1

        code, out, _ = run(capsys, "following", "--json", *data)
        rows = {r["name"] or r["url"]: r for r in json.loads(out)}
        assert rows["Ports"]["total"] == 3 and rows["Ports"]["last_status"] == "unchanged"
        assert "404" in rows[f"{base}/gone.xml"]["last_error"]

        code, out, _ = run(capsys, "opml", "export", *data)
        assert code == 0 and f"{base}/ports.xml" in out
        opml = tmp_path / "feeds.opml"
        opml.write_text(out, encoding="utf-8")

        assert run(capsys, "unfollow", "Ports", *data)[0] == 0
        assert run(capsys, "unfollow", "Ports", *data)[0] == 1
        code, out, _ = run(capsys, "opml", "import", str(opml), *data)
        assert code == 0 and "1 feed followed, 1 already followed" in out
        code, out, _ = run(capsys, "list", *data)
        assert len(out.splitlines()) == 3  # the releases stayed
