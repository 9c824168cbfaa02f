"""Release text from HTML: saved release pages, body fragments and feed content, as RawDocs.

`read_html` reads a whole saved page (see `html_page`) or a fragment (its leading heading is the
title) into a RawDoc; `html_blocks` (see `html_blocks`) reads a body or fragment into RawBlocks;
`decode_html` turns a page's bytes into text as browsers do. The parsing itself is `html_markup`.
"""

from __future__ import annotations

import codecs
import re

from pressreader.importers.base import ImportFailure, RawDoc
from pressreader.importers.html_blocks import (
    ensure_title,
    fresh_summary,
    html_blocks,
    title_from_blocks,
)
from pressreader.importers.html_markup import is_page
from pressreader.importers.html_page import http_url, lang_code, page_doc
from pressreader.text import clean

__all__ = [
    "decode_html",
    "fresh_summary",
    "html_blocks",
    "http_url",
    "lang_code",
    "read_html",
    "title_from_blocks",
]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)


def read_html(data: bytes | str, origin: str, url: str | None = None) -> RawDoc:
    """One release from a saved page or a body fragment; ImportFailure when it holds no text.

    For a whole page, trafilatura finds the main content and the metadata (title, date, site,
    tags); page markup (og:*, article:*, <time datetime>, canonical link) is used before its
    guesses. `url` is where the page came from: it resolves a relative canonical link and is
    the release URL when the page names none.
    """
    text = decode_html(data) if isinstance(data, bytes) else data
    url = clean(url) if url else url
    doc = page_doc(text, origin, url) if is_page(text) else _fragment_doc(text, origin, url)
    if not doc.blocks:
        raise ImportFailure(f"{origin}: no release text found in the HTML")
    return doc


def _fragment_doc(text: str, origin: str, url: str | None) -> RawDoc:
    """A body fragment: its leading heading is the title."""
    blocks = html_blocks(text)
    doc = RawDoc(title="", url=http_url(url), origin=origin)
    if blocks and blocks[0].kind == "h":
        doc.title, blocks = blocks[0].text, blocks[1:]
    doc.blocks = blocks
    ensure_title(doc)
    return doc


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Bytes of a page as text: BOM, then the declared (HTTP) charset, then <meta>/XML, else UTF-8."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    label = declared
    if not label:
        head = data[:4096]
        match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
        label = match[1].decode("ascii") if match else None
    try:
        return data.decode(_codec(label), errors="replace")
    except LookupError:  # a label naming a non-text codec such as "zlib"
        return data.decode("utf-8", errors="replace")


def _codec(label: str | None) -> str:
    """The Python codec for a charset label, read as browsers do (Latin-1 and ASCII mean cp1252)."""
    if not label:
        return "utf-8"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return "utf-8"
    if name in ("iso8859-1", "ascii"):
        return "cp1252"
    if name.startswith(("utf-16", "utf-32")):  # a page without a BOM claiming UTF-16 is not
        return "utf-8"
    return name
