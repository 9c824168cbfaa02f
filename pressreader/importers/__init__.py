"""Importing releases: sources of every kind read into RawDocs, cleaned once, analysed, written.

The way through, for every source:

    sources.read_source  →  a reader  →  RawDoc  →  clean.clean_doc  →  assemble  →  Release  →  YAML

Readers (each hands over what it read, in its format's shape; none cleans fields itself):
    text.py         raw text as copied from a release page: title, meta lines, lead, bullets, links
    html.py         saved pages and body fragments (`read_html`, `html_blocks`, `decode_html`)
    html_page.py      a whole page: main content found with trafilatura, the page's metadata
    html_blocks.py    the element walker: paragraphs, headings, lists, quotes, figures, tables
    html_markup.py    safe parsing (escape sequences and controls out first), chrome removal
    jsonl.py        JSON lines dumps, with a field mapping (`record_to_doc`, `read_lines`)
    feed.py         RSS and Atom feeds, and web addresses serving a feed or a page (`read_url`)
    feed_stream.py    large feed files entry by entry (`stream_feed` → FeedEntry; `entry_doc` in
                      a worker makes the RawDoc feed.py would), with a digest to skip unchanged ones
    fetch.py        downloads with a deadline, a size cap and few redirects (`fetch`)
    titles.py, dates.py   headlines, framing lines and dates as press offices write them
    headline.py     which of a page's first lines is the headline (`pick_headline`)
    furniture.py    a page's menus, cookie banners, skip links and newswire banners
    publishers.py   who published a dump's record: an institution, never a byline

Cleaning and analysis:
    base.py         RawDoc and RawBlock (what readers produce), FeedEntry (a streamed feed entry,
                    unread), ImportFailure, parse_date, slugify
    clean.py        `clean_doc`: every field of a RawDoc cleaned once (pressreader.text)
    assemble.py     RawDoc → Release: cleaned, then quotes marked and figures parsed

The import command:
    run.py          `import_sources`: the import from start to end, and `import_options`
    sources.py      folders expanded, files / stdin / .gz opened with limits, formats found
    workers.py      `prepare` (an item into YAML; `prepare_indexed` also the index's row) and the
                    worker processes for JSON records and streamed feed entries
    report.py       Outcome per item, ImportReport, `report_json`

Names are loaded when first used (`pressreader.importers.read_html` imports lxml only then).
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "import_sources": "run",
    "import_options": "run",
    "report_json": "report",
    "ImportReport": "report",
    "Outcome": "report",
    "not_a_release": "sources",
    "detect_format": "sources",
    "read_source": "sources",
    "read_text": "text",
    "text_blocks": "text",
    "read_html": "html",
    "html_blocks": "html",
    "decode_html": "html",
    "read_feed": "feed",
    "read_url": "feed",
    "fetch": "fetch",
    "record_to_doc": "jsonl",
    "read_lines": "jsonl",
    "parse_mapping": "jsonl",
    "DEFAULT_MAP": "jsonl",
    "clean_doc": "clean",
    "assemble": "assemble",
    "RawDoc": "base",
    "RawBlock": "base",
    "ImportFailure": "base",
    "parse_date": "base",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
