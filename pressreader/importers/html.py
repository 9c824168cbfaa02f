"""Release text from HTML: body fragments, saved release pages and feed content, as RawBlocks.

`html_blocks` turns markup into paragraphs, headings, lists, block quotes (with their attribution)
and images (with caption and credit), in reading order. `read_html` reads a whole saved page or a
fragment into a RawDoc; for a page, trafilatura tells which part of it is the release, and that part
of the original page is then read with `html_blocks`, because trafilatura's own output loses quote
attributions, figure captions and photo credits.
"""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from pressreader.importers.base import ImportFailure, RawBlock, RawDoc, clean_meta, parse_date
from pressreader.importers.dates import TOP_LINES, find_date
from pressreader.importers.titles import clean_title
from pressreader.text import clean, clean_block, clean_line

# Elements whose content is never release text (scripts, forms, widgets, the page's <head>).
_DROP = frozenset(
    (
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "frame",
        "frameset",
        "form",
        "nav",
        "button",
        "svg",
        "select",
        "input",
        "textarea",
        "option",
        "audio",
        "video",
        "canvas",
        "object",
        "embed",
        "source",
        "track",
        "map",
        "dialog",
        "head",
        "title",
        "meta",
        "link",
        "base",
    )
)
# Text-level elements: their text flows into the paragraph around them.
_INLINE = frozenset(
    (
        "a",
        "abbr",
        "acronym",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "label",
        "mark",
        "nobr",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "picture",
    )
)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_LISTS = frozenset(("ul", "ol", "menu"))
_PARAGRAPHS = frozenset(("p", "pre", "address"))
# A header/footer inside one of these belongs to the content; one outside them is page chrome.
_SECTIONING = frozenset(("article", "section", "main", "aside", "blockquote", "figure", "details"))
_CHROME_ROLES = frozenset(("navigation", "banner", "contentinfo", "search", "menubar", "toolbar"))
# Inside a table cell, these mean the table lays out a page rather than holding data.
_LAYOUT_INSIDE = _HEADINGS | _LISTS | {"table", "blockquote", "figure"}
_MAX_DEPTH = 150  # deeper markup is read as plain text, so hostile nesting cannot exhaust the stack

_WS = re.compile(r"\s+")
_DASHES = "—–―‒-"
_DASH_LINE = re.compile(r"^\s*(?:[—–―‒]+|-{1,2}(?=\s))\s*(?P<who>\S.*)$")
_CREDIT_WORDS = (
    r"photos?|photograph|photo credit|credits?|source|foto|fotos|image|picture|bild|drawing|"
    r"illustration|graphic|grafik|video"
)
_CREDIT_PREFIX = re.compile(rf"^\s*(?:(?:{_CREDIT_WORDS})\s*:|©)\s*", re.IGNORECASE)
_CREDIT_TAIL = re.compile(
    rf"(?:^|(?<=[\s.;,(\[|/]))(?:(?:{_CREDIT_WORDS})\s*:|©)\s*(?P<who>[^\n]+?)[\s)\]]*$",
    re.IGNORECASE,
)
_CREDIT_XPATH = (
    ".//*[self::small or self::cite or contains(@class, 'credit') or contains(@class, 'copyright')]"
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_CHAR_REF = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,6})|(?P<dec>[0-9]{1,7}));?")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
_PAGE = re.compile(r"<(?:html|body|head)[\s>]|<!doctype\s+html", re.IGNORECASE)
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


# ---------------------------------------------------------------------------------------------
# Decoding and parsing


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


def _prepare(html: str) -> str:
    """Markup ready for lxml: no XML declaration, and no escape sequences or control characters."""
    html = _XML_DECL.sub("", html, count=1)
    html = _CHAR_REF.sub(_char_ref, html)
    # Cleaned line by line, so a broken escape sequence cannot swallow the rest of the page.
    return "\n".join(clean(line) for line in html.split("\n"))


def _char_ref(match: re.Match[str]) -> str:
    """A numeric character reference to a control character, made literal so that cleaning sees it.

    References to 128-159 mean the Windows-1252 characters (curly quotes, dashes), as in browsers.
    """
    code = int(match["hex"], 16) if match["hex"] else int(match["dec"])
    if 0x80 <= code <= 0x9F:
        return bytes([code]).decode("cp1252", errors="ignore")
    if (code < 0x20 and code not in (0x09, 0x0A, 0x0D)) or code == 0x7F:
        return chr(code)
    return match[0]


def _parse(html: str) -> lxml.html.HtmlElement | None:
    """The <html> root of markup (a fragment is wrapped in a body), or None when there is none."""
    html = _prepare(html)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _is_page(html: str) -> bool:
    """Whether markup is a whole page (has <html>, <head> or <body>) rather than a fragment."""
    return bool(_PAGE.search(html))


def _body(root: etree._Element) -> etree._Element:
    """The <body> of a parsed document, or the root itself."""
    body = root.find("body")
    return body if body is not None else root


# ---------------------------------------------------------------------------------------------
# Chrome removal


def _prune(root: etree._Element, page: bool) -> None:
    """Remove scripts, navigation, forms and widgets, and in a page its header, footer and sidebars."""
    doomed = [
        el
        for el in root.iter()
        if el is not root and isinstance(el.tag, str) and _is_chrome(el, page)
    ]
    for el in doomed:
        _remove(el)


def _is_chrome(el: etree._Element, page: bool) -> bool:
    """Whether an element is never part of the release text."""
    tag = el.tag
    if tag in _DROP or el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if (el.get("role") or "").strip().lower() in _CHROME_ROLES:
        return True
    if not page or tag not in ("header", "footer", "aside"):
        return False
    ancestors = {a.tag for a in el.iterancestors()}
    if tag == "aside":  # a sidebar, unless it is a box inside the article
        return not ancestors & {"article", "main"}
    return not ancestors & _SECTIONING


def _remove(el: etree._Element) -> None:
    """Take an element out of its tree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# ---------------------------------------------------------------------------------------------
# Text helpers


def _ws(text: str | None) -> str:
    """Source whitespace (newlines included) folded to single spaces, as a browser shows it."""
    return _WS.sub(" ", text) if text else ""


def _raw_text(el: etree._Element, skip: frozenset[str] = frozenset(), depth: int = 0) -> str:
    """An element's text with "\\n" for <br> and blank lines around block elements (not cleaned)."""
    if depth > _MAX_DEPTH:
        return _ws(etree.tostring(el, method="text", encoding="unicode", with_tail=False))
    parts = [_ws(el.text)]
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in skip:
            if tag == "br":
                parts.append("\n")
            elif tag in _INLINE or tag == "img":
                parts.append(_raw_text(child, skip, depth + 1))
            else:
                parts.append("\n\n" + _raw_text(child, skip, depth + 1) + "\n\n")
        parts.append(_ws(child.tail))
    return "".join(parts)


def _has_block(el: etree._Element) -> bool:
    """Whether an element contains block-level elements (then it cannot flow as inline text)."""
    return any(
        isinstance(d.tag, str) and d.tag not in _INLINE and d.tag not in ("br", "img")
        for d in el.iterdescendants()
    )


def _key(text: str) -> str:
    """Text reduced to lower-case letters and digits, for comparing texts from different readers."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# ---------------------------------------------------------------------------------------------
# Quotes, images and tables


def _attribution(text: str) -> str | None:
    """A quote attribution without its leading dash: "— Jane Doe, Minister" -> "Jane Doe, Minister"."""
    return clean_line(text).lstrip(_DASHES + " ").strip() or None


def _quote(el: etree._Element) -> RawBlock:
    """A block quote with its attribution from <footer>, a final <cite> or a last "— Name" line."""
    el = copy.deepcopy(el)  # the attribution is cut out of a copy
    cite = _take_attribution(el)
    raw = _raw_text(el)
    if cite is None:
        raw, cite = _split_dash_line(raw)
    else:
        raw = re.sub(rf"[\s,{_DASHES}]+$", "", raw)  # the dash that stood before a removed <cite>
    return RawBlock("quote", clean_block(raw), cite=cite)


def _take_attribution(el: etree._Element) -> str | None:
    """Remove and return a quote's <footer>, or its <cite> when that is what the quote ends with."""
    footer = next(el.iter("footer"), None)
    if footer is not None:
        who = _raw_text(footer)
        _remove(footer)
        return _attribution(who)
    cites = list(el.iter("cite"))
    if not cites:
        return None
    who = clean_line(_raw_text(cites[-1]))
    # A <cite> in mid-sentence names a work ("as the <cite>Harbour Act</cite> says"); keep it.
    if not who or not _key(_raw_text(el)).endswith(_key(who)):
        return None
    _remove(cites[-1])
    return _attribution(who)


def _split_dash_line(raw: str) -> tuple[str, str | None]:
    """Split a last line that starts with a dash off a quote's text, as its attribution."""
    lines = raw.split("\n")
    last = max((i for i, line in enumerate(lines) if line.strip()), default=None)
    if last is None:
        return raw, None
    match = _DASH_LINE.match(lines[last])
    rest = "\n".join(lines[:last])
    if match and clean_block(rest) and len(match["who"]) <= 200:
        return rest, _attribution(match["who"])
    return raw, None


def _credit(text: str) -> str | None:
    """A credit without its "Photo:"/"©" label or brackets."""
    text = _CREDIT_PREFIX.sub("", clean_line(text).strip("()[] "))
    return clean_line(text) or None


def _split_credit(caption: str) -> tuple[str, str | None]:
    """Split a trailing "Photo: X" / "Credit: X" / "Source: X" / "Foto: X" / "© X" off a caption."""
    match = _CREDIT_TAIL.search(caption)
    if not match:
        return caption, None
    rest = caption[: match.start()].rstrip(" \t\n([|/" + _DASHES)
    return rest, _credit(match["who"])


def _figure_image(fig: etree._Element) -> RawBlock:
    """A figure's image block: the caption, and the credit from a credit element or caption tail."""
    fig = copy.deepcopy(fig)  # the credit is cut out of a copy
    caption_el = fig.find(".//figcaption")
    credit = None
    for cand in fig.xpath(_CREDIT_XPATH):
        if caption_el is not None and (cand is caption_el or cand in caption_el.iterancestors()):
            continue
        credit = _credit(_raw_text(cand))
        _remove(cand)
        break
    caption = _raw_text(caption_el) if caption_el is not None else ""
    if credit is None:
        caption, credit = _split_credit(caption)
    if not clean_block(caption):
        caption = next((img.get("alt") or "" for img in fig.iter("img") if img.get("alt")), "")
    return RawBlock("image", clean_block(caption), cite=credit)


def _rows(table: etree._Element) -> list[etree._Element]:
    """A table's own rows (not those of tables nested in it)."""
    return table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")


def _cells(row: etree._Element) -> list[etree._Element]:
    """A row's cells."""
    return row.xpath("./td | ./th")


def _is_layout(table: etree._Element) -> bool:
    """Whether a table lays out a page (one column, or cells holding paragraphs and lists)."""
    rows = _rows(table)
    if all(len(_cells(row)) <= 1 for row in rows):
        return True
    for cell in (cell for row in rows for cell in _cells(row)):
        if any(isinstance(d.tag, str) and d.tag in _LAYOUT_INSIDE for d in cell.iterdescendants()):
            return True
        if sum(1 for child in cell if child.tag in ("p", "div")) > 1:
            return True
    return False


# ---------------------------------------------------------------------------------------------
# The walk


class _Walker:
    """Turns an element tree into blocks in reading order."""

    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self._text: list[str] = []  # the paragraph being gathered
        self._held: list[RawBlock] = []  # images met inside it, emitted after it
        self._in_p = False

    def run(self, root: etree._Element) -> list[RawBlock]:
        """All blocks of the tree under root."""
        self._walk(root, 0)
        self._flush()
        return self.blocks

    def _add(self, block: RawBlock) -> None:
        """Keep a block unless it is empty (a repeated paragraph is the release's own words)."""
        if not (block.text or block.items):
            return
        self.blocks.append(block)

    def _flush(self) -> None:
        """End the paragraph being gathered (blank lines from <br><br> split it)."""
        text = clean_block("".join(self._text))
        self._text.clear()
        for part in text.split("\n\n"):
            self._add(RawBlock("p", part))
        for block in self._held:
            self._add(block)
        self._held.clear()

    def _walk(self, el: etree._Element, depth: int) -> None:
        """An element's own text and children, in order."""
        self._text.append(_ws(el.text))
        for child in el:
            self._visit(child, depth + 1)
            self._text.append(_ws(child.tail))

    def _visit(self, el: etree._Element, depth: int) -> None:
        """One child: inline content joins the paragraph, block content ends it."""
        tag = el.tag
        if not isinstance(tag, str):  # a comment or processing instruction
            return
        if tag == "br":  # a line break in a paragraph, a paragraph break in loose text
            self._text.append("\n" if self._in_p else "\n\n")
        elif tag == "img":
            self._image(el)
        elif tag in _INLINE and not _has_block(el):
            self._walk(el, depth)
        else:
            self._flush()
            if depth > _MAX_DEPTH:
                self._text.append(_raw_text(el, depth=_MAX_DEPTH + 1))
            else:
                self._block(el, tag, depth)
            self._flush()

    def _block(self, el: etree._Element, tag: str, depth: int) -> None:
        """A block-level element as blocks."""
        if tag in _PARAGRAPHS:
            self._paragraph(el, depth)
        elif tag in _HEADINGS:
            self._add(RawBlock("h", clean_line(_raw_text(el))))
        elif tag in _LISTS:
            self._list(el, depth)
        elif tag == "blockquote":
            self._add(_quote(el))
        elif tag == "figure":
            self._figure(el, depth)
        elif tag == "table":
            self._table(el, depth)
        elif tag != "hr":  # div, section, article, li outside a list, unknown elements ...
            self._walk(el, depth)

    def _paragraph(self, el: etree._Element, depth: int) -> None:
        """A <p>: a single <br> is a line break inside it."""
        outer, self._in_p = self._in_p, True
        try:
            self._walk(el, depth)
            self._flush()
        finally:
            self._in_p = outer

    def _list(self, el: etree._Element, depth: int) -> None:
        """A list, with the items of nested lists following their parent item."""
        items = tuple(
            text for li in el.iter("li") if (text := clean_line(_raw_text(li, skip=_LISTS)))
        )
        if el.tag == "ol":  # the numbers are the release's too: "1. …" as a reader sees them
            start = int(el.get("start", "1")) if el.get("start", "1").isdigit() else 1
            own = [li for li in el if isinstance(li.tag, str) and li.tag == "li"]
            numbers = {id(li): start + n for n, li in enumerate(own)}
            items = tuple(
                f"{numbers[id(li)]}. {text}" if id(li) in numbers else text
                for li in el.iter("li")
                if (text := clean_line(_raw_text(li, skip=_LISTS)))
            )
        if items:
            self._add(RawBlock("list", items=items))
        else:
            self._walk(el, depth)

    def _figure(self, el: etree._Element, depth: int) -> None:
        """A figure: an image with caption and credit, or a quote attributed by its caption."""
        has_img = el.find(".//img") is not None
        quote = el.find(".//blockquote")
        caption = el.find(".//figcaption")
        if quote is not None and not has_img:
            block = _quote(quote)
            if block.cite is None and caption is not None:
                block = RawBlock("quote", block.text, cite=_attribution(_raw_text(caption)))
            self._add(block)
        elif (has_img or caption is not None) and not el.xpath(".//table | .//ul | .//ol"):
            self._add(_figure_image(el))
        else:
            self._walk(el, depth)

    def _image(self, el: etree._Element) -> None:
        """An <img> outside a figure: an image block when it has alt text."""
        alt = clean_block(el.get("alt") or "")
        if not alt:
            return
        if "".join(self._text).strip():
            self._held.append(RawBlock("image", alt))
        else:
            self._add(RawBlock("image", alt))

    def _table(self, el: etree._Element, depth: int) -> None:
        """A data table as one paragraph per row ("a | b | c"); a layout table as its content."""
        if _is_layout(el):
            self._walk(el, depth)
            return
        caption = el.find("caption")
        if caption is not None:
            self._add(RawBlock("p", clean_block(_raw_text(caption))))
        for row in _rows(el):
            cells = (clean_line(_raw_text(cell)) for cell in _cells(row))
            self._add(RawBlock("p", " | ".join(cell for cell in cells if cell)))


def html_blocks(html: str) -> list[RawBlock]:
    """The blocks of an HTML body or fragment, in reading order, without scripts, forms and chrome."""
    root = _parse(html)
    if root is None:
        return []
    body = _body(root)
    _prune(body, page=_is_page(html))
    return _Walker().run(body)


# ---------------------------------------------------------------------------------------------
# Whole pages


def read_html(data: bytes | str, origin: str, url: str | None = None) -> RawDoc:
    """One release from a saved page or a body fragment; ImportFailure when it holds no text.

    For a whole page, trafilatura finds the main content and the metadata (title, date, site,
    tags); page markup (og:*, article:*, <time datetime>, canonical link) is used before its
    guesses. `url` is where the page came from: it resolves a relative canonical link and is
    the release URL when the page names none.
    """
    text = decode_html(data) if isinstance(data, bytes) else data
    doc = _page_doc(text, origin, url) if _is_page(text) else _fragment_doc(text, origin, url)
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
    _ensure_title(doc)
    return doc


def _ensure_title(doc: RawDoc) -> None:
    """Give a document without a title one made of its first words, with a warning."""
    if doc.title or not doc.blocks:
        return
    doc.title = title_from_blocks(doc.blocks)
    doc.warnings.append(f"{doc.origin}: no title; made one from the first words")


def title_from_blocks(blocks: Iterable[RawBlock], words: int = 10) -> str:
    """A stand-in title: the first sentence of the text if it is short, else its first words + "…"."""
    text = next((b.text or " ".join(b.items) for b in blocks if b.text or b.items), "")
    text = clean_line(text)
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".")
    if len(sentence.split()) <= words + 2:
        return sentence
    return " ".join(text.split()[:words]).rstrip(",;:") + "…"


def fresh_summary(summary: str | None, title: str, blocks: list[RawBlock]) -> str | None:
    """A summary, unless it only repeats the title or the beginning of the text (a lead, a teaser)."""
    text = clean_block(summary or "")
    key = _key(text)
    if not key or key == _key(title):
        return None
    first_p = next((i for i, b in enumerate(blocks) if b.kind == "p"), 0)
    for start in (0, first_p):
        if _key(" ".join(_block_text(b) for b in blocks[start:])).startswith(key):
            return None
    return text


def _page_doc(text: str, origin: str, url: str | None) -> RawDoc:
    """A whole page: metadata from its markup and trafilatura, blocks from its main content."""
    root = _parse(text)
    if root is None:
        raise ImportFailure(f"{origin}: no release text found in the HTML")
    meta = _meta_tags(root)
    page_url = _page_url(root, meta, url)
    extracted, warnings = _extract(_prepare(text), page_url)
    info: dict[str, Any] = _extracted_meta(extracted)
    body = _body(root)
    _prune(body, page=True)
    blocks, main = _page_blocks(body, extracted)
    title = _page_title(meta, info, main, root)
    if blocks and title and blocks[0].kind in ("h", "p") and _key(blocks[0].text) == _key(title):
        blocks = blocks[1:]
    doc = RawDoc(
        title=title,
        date=_page_date(meta, body, info.get("date")),
        source=_first(meta.get("og:site_name"), [info.get("sitename")], meta.get("publisher")),
        topics=_topics(info, meta),
        lang=_lang(root, meta),
        url=page_url or http_url(info.get("url")),
        blocks=blocks,
        origin=origin,
        warnings=warnings,
    )
    doc.summary = fresh_summary(
        _first(meta.get("description"), meta.get("og:description"), [info.get("description")]),
        doc.title,
        doc.blocks,
    )
    _ensure_title(doc)
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
    return {name: getattr(extracted, name, None) for name in fields}


def _page_blocks(
    body: etree._Element, extracted: Any
) -> tuple[list[RawBlock], etree._Element | None]:
    """The release's blocks, read by us from the part of the page that holds trafilatura's main
    text, and that part (None when it is the whole page or trafilatura's reading is used)."""
    tree = getattr(extracted, "body", None)
    if tree is None:
        return _Walker().run(body), None
    main = _trafilatura_blocks(tree)
    known = _key(etree.tostring(tree, method="text", encoding="unicode"))
    keys = [k for k in (_key(_block_text(b))[:_KEY_LEN] for b in main) if len(k) >= 12]
    keys = keys or [k for k in (_key(_block_text(b))[:_KEY_LEN] for b in main) if k]
    keys = keys[:: max(1, len(keys) // 30)]  # a sample is enough to locate the main element
    node = _main_element(body, keys)
    if node is None:  # its text is all in what we removed as chrome: read the rest of the page
        return _Walker().run(body), None
    own = [kept for block in _Walker().run(node) if (kept := _keep(block, known))]
    covered = _key(" ".join(_block_text(b) for b in own))
    if sum(k in covered for k in keys) < 0.7 * len(keys):
        return main, None  # our reading of that part lost too much of the text: use trafilatura's
    return own, node


def _trafilatura_blocks(tree: etree._Element) -> list[RawBlock]:
    """Blocks of trafilatura's XML output, its tags read as their HTML counterparts."""
    tree = copy.deepcopy(tree)
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag in _TRAFILATURA_TAGS:
            el.tag = _TRAFILATURA_TAGS[el.tag]
    return _Walker().run(tree)


def _block_text(block: RawBlock) -> str:
    """All the text of a block, for comparing."""
    return " ".join((block.text, *block.items))


def _main_element(body: etree._Element, keys: list[str]) -> etree._Element | None:
    """The innermost element that still holds nearly all (85 %) of the main text's paragraphs."""

    def hits(el: etree._Element) -> int:
        text = _key(etree.tostring(el, method="text", encoding="unicode", with_tail=False))
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
        items = tuple(i for i in block.items if _key(i)[:_KEY_LEN] in known)
        return RawBlock("list", items=items) if items else None
    if block.kind == "image" and block.cite:
        return block
    return block if _key(block.text)[:_KEY_LEN] in known else None


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


def _first(*candidates: list[str] | None) -> str | None:
    """The first clean non-empty value of the candidate lists."""
    for values in candidates:
        for value in values or ():
            if text := clean_meta(value):
                return text
    return None


def http_url(value: str | None, base: str | None = None) -> str | None:
    """An absolute http(s) URL (relative ones resolved against base), else None: no javascript:."""
    if not value:
        return None
    value = clean_line(value)
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
        return [_raw_text(el)] if el is not None else []

    title = _first(
        meta.get("og:title"),
        meta.get("twitter:title"),
        text_of(next(main.iter("h1"), None) if main is not None else None),
        [info.get("title")],
        text_of(next(_body(root).iter("h1"), None)),
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
            if found := parse_date(clean_line(value)):
                return found
    times = [el for el in body.iter("time") if el.get("datetime")]
    times.sort(key=lambda el: not any(a.tag in ("article", "main") for a in el.iterancestors()))
    for el in times:
        if found := parse_date(clean_line(el.get("datetime") or "")):
            return found
    if found := parse_date(guessed):
        return found
    # The page's own text: a date line, dateline or "issued … on" line near the top, a title tag.
    lines = [*meta.get("og:title", []), *(s.strip() for s in body.itertext() if s.strip())]
    top = find_date([clean_line(line) for line in lines[: TOP_LINES * 3]])
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
            topic = clean_line(part)
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
