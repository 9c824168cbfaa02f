"""Whole saved release pages: the main content found with trafilatura, and the page's metadata.

trafilatura tells which part of a page is the release; that part of the original page is then
read with the element walker (`html_blocks.Walker`), because trafilatura's own output loses quote
attributions, figure captions and photo credits. Title, date, publisher, topics and language
come from the page's markup (og:*, article:*, <time datetime>, canonical link) before
trafilatura's guesses.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from pressreader.importers.base import ImportFailure, RawBlock, RawDoc, parse_date
from pressreader.importers.clean import fold_line
from pressreader.importers.dates import TOP_LINES, find_date
from pressreader.importers.html_blocks import Walker, block_text, ensure_title, fresh_summary
from pressreader.importers.html_markup import (
    body_of,
    parse,
    prepare,
    prune,
    raw_text,
    scrub,
    text_key,
)
from pressreader.importers.titles import clean_title
from pressreader.text import clean

_KEY_LEN = 60  # how much of a block's text identifies it when comparing with trafilatura's output
_TRAFILATURA_TAGS = {
    "head": "h2",
    "list": "ul",
    "item": "li",
    "quote": "blockquote",
    "graphic": "img",
    "lb": "br",
    "hi": "span",
    "ref": "a",
    "row": "tr",
    "cell": "td",
    "code": "pre",
}


def page_doc(text: str, origin: str, url: str | None) -> RawDoc:
    """A whole page: metadata from its markup and trafilatura, blocks from its main content."""
    root = parse(text)
    if root is None:
        raise ImportFailure(f"{origin}: no release text found in the HTML")
    meta = _meta_tags(root)
    page_url = _page_url(root, meta, url)
    extracted, warnings = _extract(prepare(text), page_url)
    info: dict[str, Any] = _extracted_meta(extracted)
    body = body_of(root)
    prune(body, page=True)
    blocks, main = _page_blocks(body, extracted)
    title = _page_title(meta, info, main, root)
    if (
        blocks
        and title
        and blocks[0].kind in ("h", "p")
        and text_key(blocks[0].text) == text_key(title)
    ):
        blocks = blocks[1:]
    doc = RawDoc(
        title=title,
        date=_page_date(meta, body, info.get("date")),
        source=_first(meta.get("og:site_name"), _one(info.get("sitename")), meta.get("publisher")),
        topics=_topics(info, meta),
        lang=_lang(root, meta),
        url=page_url or http_url(info.get("url")),
        blocks=blocks,
        origin=origin,
        warnings=warnings,
    )
    doc.summary = fresh_summary(
        _first(meta.get("description"), meta.get("og:description"), _one(info.get("description"))),
        doc.title,
        doc.blocks,
    )
    ensure_title(doc)
    return doc


def _extract(text: str, url: str | None) -> tuple[Any, list[str]]:
    """trafilatura's reading of a page (None when it finds no main text), and any warning."""
    try:
        import trafilatura
    except ImportError as exc:  # a broken install: read the whole page instead
        return None, [f"trafilatura is not available ({exc}); read the whole page"]
    try:
        return trafilatura.bare_extraction(
            text,
            url=url,
            output_format="python",
            include_comments=False,
            include_formatting=True,
            include_images=True,
            include_tables=True,
            with_metadata=True,
            date_extraction_params={"original_date": True, "extensive_search": False},
        ), []
    except Exception as exc:  # a heuristic on hostile input: it must never end the import
        return None, [f"main content extraction failed ({exc}); read the whole page"]


def _extracted_meta(extracted: Any) -> dict[str, Any]:
    """The metadata fields of trafilatura's result, or nothing."""
    if extracted is None:
        return {}
    fields = ("title", "date", "sitename", "categories", "tags", "url", "description")
    info = {name: getattr(extracted, name, None) for name in fields}
    # trafilatura also reads metadata outside the markup we cleaned (JSON-LD): its text fields
    # are cleaned as they come in; the date is only parsed, and topics are cleaned by _topics.
    for name in ("title", "sitename", "url", "description"):
        value = info[name]
        if isinstance(value, str):
            info[name] = clean(value)
    return info


def _page_blocks(
    body: etree._Element, extracted: Any
) -> tuple[list[RawBlock], etree._Element | None]:
    """The release's blocks, read by us from the part of the page that holds trafilatura's main
    text, and that part (None when it is the whole page or trafilatura's reading is used)."""
    tree = getattr(extracted, "body", None)
    if tree is None:
        return Walker().run(body), None
    main = _trafilatura_blocks(tree)
    known = text_key(etree.tostring(tree, method="text", encoding="unicode"))
    keys = [k for k in (text_key(block_text(b))[:_KEY_LEN] for b in main) if len(k) >= 12]
    keys = keys or [k for k in (text_key(block_text(b))[:_KEY_LEN] for b in main) if k]
    keys = keys[:: max(1, len(keys) // 30)]  # a sample is enough to locate the main element
    node = _main_element(body, keys)
    if node is None:  # its text is all in what we removed as chrome: read the rest of the page
        return Walker().run(body), None
    own = [kept for block in Walker().run(node) if (kept := _keep(block, known))]
    covered = text_key(" ".join(block_text(b) for b in own))
    if sum(k in covered for k in keys) < 0.7 * len(keys):
        return main, None  # our reading of that part lost too much of the text: use trafilatura's
    return own, node


def _trafilatura_blocks(tree: etree._Element) -> list[RawBlock]:
    """Blocks of trafilatura's XML output, its tags read as their HTML counterparts."""
    tree = copy.deepcopy(tree)
    scrub(tree)  # the text comes from trafilatura's own parse of the page
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag in _TRAFILATURA_TAGS:
            el.tag = _TRAFILATURA_TAGS[el.tag]
    return Walker().run(tree)


def _main_element(body: etree._Element, keys: list[str]) -> etree._Element | None:
    """The innermost element that still holds nearly all (85 %) of the main text's paragraphs."""

    def hits(el: etree._Element) -> int:
        text = text_key(etree.tostring(el, method="text", encoding="unicode", with_tail=False))
        return sum(k in text for k in keys)

    total = hits(body)
    if not total:
        return None
    node = body
    while True:
        inner = next(
            (c for c in node if isinstance(c.tag, str) and hits(c) >= 0.85 * total),
            None,
        )
        if inner is None:
            return node
        node = inner


def _keep(block: RawBlock, known: str) -> RawBlock | None:
    """A block of the main element if trafilatura also took it for release text, else None.

    Quotes keep their attribution and images with a credit are kept: trafilatura drops those.
    """
    if block.kind == "list":
        items = tuple(i for i in block.items if text_key(i)[:_KEY_LEN] in known)
        return RawBlock("list", items=items) if items else None
    if block.kind == "image" and block.cite:
        return block
    return block if text_key(block.text)[:_KEY_LEN] in known else None


# ---------------------------------------------------------------------------------------------
# Page metadata


def _meta_tags(root: etree._Element) -> dict[str, list[str]]:
    """The page's <meta> values by lower-case name/property/itemprop, in order."""
    found: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        name = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        name = (name or "").strip().lower()
        value = el.get("content")
        if name and value and value.strip():
            found.setdefault(name, []).append(value)
    return found


def _one(value: object) -> list[str] | None:
    """A metadata value as a candidate list for _first (None when it is not text)."""
    return [value] if isinstance(value, str) else None


def _first(*candidates: list[str] | None) -> str | None:
    """The first clean non-empty value of the candidate lists."""
    for values in candidates:
        for value in values or ():
            if value is not None and (text := fold_line(str(value))):
                return text
    return None


def http_url(value: str | None, base: str | None = None) -> str | None:
    """An absolute http(s) URL (relative ones resolved against base), else None: no javascript:."""
    if not value:
        return None
    value = fold_line(value)
    if base:
        value = urljoin(base, value)
    parts = urlsplit(value)
    return value if parts.scheme in ("http", "https") and parts.netloc else None


def _page_url(root: etree._Element, meta: dict[str, list[str]], url: str | None) -> str | None:
    """The page's own address: canonical link, og:url, else where it was read from."""
    base = http_url(url)
    canonical = [
        el.get("href")
        for el in root.iter("link")
        if "canonical" in (el.get("rel") or "").lower().split()
    ]
    for value in [*canonical, *meta.get("og:url", [])]:
        if found := http_url(value, base):
            return found
    return base


def _page_title(
    meta: dict[str, list[str]],
    info: dict[str, Any],
    main: etree._Element | None,
    root: etree._Element,
) -> str:
    """og:title, else the main content's <h1>, trafilatura's title, the first <h1>, the <title>.

    Markup and the article's own heading come before trafilatura's guess, which can pick the
    heading of a hidden dialog or a site-wide <h1>.
    """

    def text_of(el: etree._Element | None) -> list[str]:
        return [raw_text(el)] if el is not None else []

    title = _first(
        meta.get("og:title"),
        meta.get("twitter:title"),
        text_of(next(main.iter("h1"), None) if main is not None else None),
        _one(info.get("title")),
        text_of(next(body_of(root).iter("h1"), None)),
        text_of(root.find(".//title")),
    )
    # A republisher's wrappers ("PRESS RELEASE : … [June 2024]"); the tag is read by _page_date.
    return clean_title(title)[0] if title else ""


_DATE_META = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "dcterms.issued",
    "dc.date.issued",
    "dcterms.date",
    "dc.date",
    "date",
    "pubdate",
    "publish-date",
    "publication_date",
)


def _page_date(
    meta: dict[str, list[str]], body: etree._Element, guessed: str | None
) -> dt.date | None:
    """Published date: date meta tags, then <time datetime> (main content first), then trafilatura."""
    for name in _DATE_META:
        for value in meta.get(name, []):
            if found := parse_date(fold_line(value)):
                return found
    times = [el for el in body.iter("time") if el.get("datetime")]
    times.sort(key=lambda el: not any(a.tag in ("article", "main") for a in el.iterancestors()))
    for el in times:
        if found := parse_date(fold_line(el.get("datetime") or "")):
            return found
    if found := parse_date(guessed):
        return found
    # The page's own text: a date line, dateline or "issued … on" line near the top, a title tag.
    lines = [*meta.get("og:title", []), *(s.strip() for s in body.itertext() if s.strip())]
    top = find_date([fold_line(line) for line in lines[: TOP_LINES * 3]])
    return top.date if top is not None and top.certain else None


def _topics(info: dict[str, Any], meta: dict[str, list[str]]) -> list[str]:
    """Categories and tags (trafilatura's, article:section, article:tag), each once."""
    values = [
        *(info.get("categories") or []),
        *(info.get("tags") or []),
        *meta.get("article:section", []),
        *meta.get("article:tag", []),
    ]
    topics: list[str] = []
    seen: set[str] = set()
    for value in values:
        for part in re.split(r"[,;]", str(value)):
            topic = fold_line(clean(part))  # trafilatura's tags are not cleaned yet
            if topic and len(topic) <= 80 and topic.casefold() not in seen:
                seen.add(topic.casefold())
                topics.append(topic)
    return topics


def _lang(root: etree._Element, meta: dict[str, list[str]]) -> str | None:
    """The page language from <html lang>, og:locale or Content-Language."""
    candidates = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    candidates += meta.get("og:locale", []) + meta.get("content-language", [])
    return next((code for value in candidates if (code := lang_code(value))), None)


def lang_code(value: str | None) -> str | None:
    """A language tag as its primary subtag, as releases store it: "en-GB" -> "en"."""
    match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|\s*$)", value or "")
    return match[1].lower() if match else None
