"""OPML: a subscription list from another reader followed in one go, and the store's list exported.

Reading uses listparser (by feedparser's maintainer): it reads the OPML other readers write, however
sloppy, through lxml's HTML parser, which never expands entities nor loads external ones, and it is
only ever given bytes (given a string that starts with http it would download it). Nested outlines
(folders) are flattened; each feed keeps its title as its name. OPML carries no `source` or
`full_text`: those stay in feeds.yaml.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

from pressreader.follow.feed import Feed, FollowError, check_name, check_url, normalise_url
from pressreader.follow.feeds_file import feeds_path, write_subscriptions
from pressreader.follow.subscriptions import _editable

MAX_OPML_BYTES = 8 * 1024 * 1024


@dataclass
class OpmlReport:
    """What an OPML import did: the feeds added, and each outline not added with the reason."""

    added: list[Feed] = field(default_factory=list)
    already: list[str] = field(default_factory=list)  # addresses already followed
    refused: list[tuple[str, str]] = field(default_factory=list)  # (address or title, reason)

    def to_dict(self) -> dict[str, object]:
        return {
            "added": [f.to_yaml() for f in self.added],
            "already": self.already,
            "refused": [{"feed": what, "reason": why} for what, why in self.refused],
        }


def import_opml(store: Path | str, path: Path | str) -> OpmlReport:
    """Follow every feed of an OPML file; FollowError when the file cannot be read or holds no
    subscription list, or when feeds.yaml has problems to fix first."""
    import listparser

    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_OPML_BYTES + 1)
    except OSError as exc:
        raise FollowError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_OPML_BYTES:
        raise FollowError(f"{path}: larger than {MAX_OPML_BYTES // 2**20} MB; not an OPML list")
    parsed = listparser.parse(data)  # bytes: never fetched
    if not parsed.get("version") and not parsed.feeds:
        why = parsed.get("bozo_exception") or "no <opml> element"
        raise FollowError(f"{path}: not an OPML subscription list ({why})")
    feeds = _editable(store)
    urls = {normalise_url(f.url) for f in feeds}
    names = {f.name.casefold() for f in feeds if f.name}
    report = OpmlReport()
    for entry in parsed.feeds:
        raw_url = entry.get("url") or ""
        try:
            url = check_url(raw_url)
        except FollowError as exc:
            report.refused.append((raw_url or entry.get("title") or "?", str(exc)))
            continue
        if normalise_url(url) in urls:
            report.already.append(url)
            continue
        try:
            name = check_name(entry.get("title"))
        except FollowError:
            name = None
        if name == url:
            name = None  # exported without a name: OPML's text is then the address
        if name and name.casefold() in names:
            name = None  # two feeds of one name: the second goes by its address
        feed = Feed(url, name)
        feeds.append(feed)
        report.added.append(feed)
        urls.add(normalise_url(url))
        if name:
            names.add(name.casefold())
    if report.added:
        try:
            write_subscriptions(store, feeds)
        except OSError as exc:
            raise FollowError(
                f"{feeds_path(store)}: cannot be written ({exc.strerror or exc})"
            ) from None
    return report


def export_opml(store: Path | str, title: str | None = None) -> str:
    """The followed feeds as an OPML 2.0 document."""
    from pressreader.follow.subscriptions import following

    when = email.utils.format_datetime(dt.datetime.now(dt.UTC))
    head = title or f"pressreader feeds of {Path(store).expanduser().name}"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_text(head)}</title>",
        f"    <dateCreated>{when}</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    for feed in following(store):
        label = quoteattr(feed.label)
        lines.append(
            f'    <outline type="rss" text={label} title={label} xmlUrl={quoteattr(feed.url)}/>'
        )
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
