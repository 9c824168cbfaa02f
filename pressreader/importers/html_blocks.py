"""Release text from HTML elements: paragraphs, headings, lists, block quotes (with their
attribution), images (with caption and credit) and tables, as RawBlocks in reading order.

`html_blocks` reads a body or a fragment; `Walker` is the element walker that pages use too.
The text is the markup's with browser whitespace (`fold_line` / `fold_block`); it is cleaned
with every other field by `importers.clean` (the markup was made safe as it was parsed).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable

from lxml import etree

from pressreader.importers.base import RawBlock, RawDoc
from pressreader.importers.clean import fold_block, fold_line, line_paragraphs
from pressreader.importers.html_markup import (
    HEADINGS,
    INLINE,
    LISTS,
    MAX_DEPTH,
    PARAGRAPHS,
    body_of,
    has_block,
    is_page,
    parse,
    prune,
    raw_text,
    remove,
    text_key,
    ws,
)

# Inside a table cell, these mean the table lays out a page rather than holding data.
_LAYOUT_INSIDE = HEADINGS | LISTS | {"table", "blockquote", "figure"}
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

_BLANK_LINE = re.compile(r"\n\s*\n")  # where a <br><br> split a paragraph


# ---------------------------------------------------------------------------------------------
# Quotes, images and tables


def _attribution(text: str) -> str | None:
    """A quote attribution without its leading dash: "— Jane Doe, Minister" -> "Jane Doe, Minister"."""
    return fold_line(text).lstrip(_DASHES + " ").strip() or None


def _quote(el: etree._Element) -> RawBlock:
    """A block quote with its attribution from <footer>, a final <cite> or a last "— Name" line."""
    el = copy.deepcopy(el)  # the attribution is cut out of a copy
    cite = _take_attribution(el)
    raw = raw_text(el)
    if cite is None:
        raw, cite = _split_dash_line(raw)
    else:
        raw = re.sub(rf"[\s,{_DASHES}]+$", "", raw)  # the dash that stood before a removed <cite>
    return RawBlock("quote", fold_block(raw), cite=cite)


def _take_attribution(el: etree._Element) -> str | None:
    """Remove and return a quote's <footer>, or its <cite> when that is what the quote ends with."""
    footer = next(el.iter("footer"), None)
    if footer is not None:
        who = raw_text(footer)
        remove(footer)
        return _attribution(who)
    cites = list(el.iter("cite"))
    if not cites:
        return None
    who = fold_line(raw_text(cites[-1]))
    # A <cite> in mid-sentence names a work ("as the <cite>Harbour Act</cite> says"); keep it.
    if not who or not text_key(raw_text(el)).endswith(text_key(who)):
        return None
    remove(cites[-1])
    return _attribution(who)


def _split_dash_line(raw: str) -> tuple[str, str | None]:
    """Split a last line that starts with a dash off a quote's text, as its attribution."""
    lines = raw.split("\n")
    last = max((i for i, line in enumerate(lines) if line.strip()), default=None)
    if last is None:
        return raw, None
    match = _DASH_LINE.match(lines[last])
    rest = "\n".join(lines[:last])
    if match and fold_block(rest) and len(match["who"]) <= 200:
        return rest, _attribution(match["who"])
    return raw, None


def _credit(text: str) -> str | None:
    """A credit without its "Photo:"/"©" label or brackets."""
    text = _CREDIT_PREFIX.sub("", fold_line(text).strip("()[] "))
    return fold_line(text) or None


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
        credit = _credit(raw_text(cand))
        remove(cand)
        break
    caption = raw_text(caption_el) if caption_el is not None else ""
    if credit is None:
        caption, credit = _split_credit(caption)
    if not fold_block(caption):
        caption = next((img.get("alt") or "" for img in fig.iter("img") if img.get("alt")), "")
    return RawBlock("image", fold_block(caption), cite=credit)


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


class Walker:
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
        text = "".join(self._text)  # "\n" only for a <br>: source whitespace is folded
        self._text.clear()
        for part in _BLANK_LINE.split(text) if "\n" in text else (text,):
            lines = [line for raw in part.split("\n") if (line := fold_line(raw))]
            for paragraph in line_paragraphs(lines):  # a headline <br> its story: two
                self._add(RawBlock("p", paragraph))
        for block in self._held:
            self._add(block)
        self._held.clear()

    def _walk(self, el: etree._Element, depth: int) -> None:
        """An element's own text and children, in order."""
        self._text.append(ws(el.text))
        for child in el:
            self._visit(child, depth + 1)
            self._text.append(ws(child.tail))

    def _visit(self, el: etree._Element, depth: int) -> None:
        """One child: inline content joins the paragraph, block content ends it."""
        tag = el.tag
        if not isinstance(tag, str):  # a comment or processing instruction
            return
        if tag == "br":  # a line break in a paragraph, a paragraph break in loose text
            self._text.append("\n" if self._in_p else "\n\n")
        elif tag == "img":
            self._image(el)
        elif tag in INLINE and not has_block(el):
            self._walk(el, depth)
        else:
            self._flush()
            if depth > MAX_DEPTH:
                self._text.append(raw_text(el, depth=MAX_DEPTH + 1))
            else:
                self._block(el, tag, depth)
            self._flush()

    def _block(self, el: etree._Element, tag: str, depth: int) -> None:
        """A block-level element as blocks."""
        if tag in PARAGRAPHS:
            self._paragraph(el, depth)
        elif tag in HEADINGS:
            self._add(RawBlock("h", fold_line(raw_text(el))))
        elif tag in LISTS:
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
        items = tuple(text for li in el.iter("li") if (text := fold_line(raw_text(li, skip=LISTS))))
        if el.tag == "ol":  # the numbers are the release's too: "1. …" as a reader sees them
            start = int(el.get("start", "1")) if el.get("start", "1").isdigit() else 1
            own = [li for li in el if isinstance(li.tag, str) and li.tag == "li"]
            numbers = {id(li): start + n for n, li in enumerate(own)}
            items = tuple(
                f"{numbers[id(li)]}. {text}" if id(li) in numbers else text
                for li in el.iter("li")
                if (text := fold_line(raw_text(li, skip=LISTS)))
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
                block = RawBlock("quote", block.text, cite=_attribution(raw_text(caption)))
            self._add(block)
        elif (has_img or caption is not None) and not el.xpath(".//table | .//ul | .//ol"):
            self._add(_figure_image(el))
        else:
            self._walk(el, depth)

    def _image(self, el: etree._Element) -> None:
        """An <img> outside a figure: an image block when it has alt text."""
        alt = fold_block(el.get("alt") or "")
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
            self._add(RawBlock("p", fold_block(raw_text(caption))))
        for row in _rows(el):
            cells = (fold_line(raw_text(cell)) for cell in _cells(row))
            self._add(RawBlock("p", " | ".join(cell for cell in cells if cell)))


def html_blocks(html: str) -> list[RawBlock]:
    """The blocks of an HTML body or fragment, in reading order, without scripts, forms and chrome."""
    root = parse(html)
    if root is None:
        return []
    body = body_of(root)
    prune(body, page=is_page(html))
    return Walker().run(body)


def ensure_title(doc: RawDoc) -> None:
    """Give a document without a title one made of its first words, with a warning."""
    if doc.title or not doc.blocks:
        return
    doc.title = title_from_blocks(doc.blocks)
    doc.warnings.append(f"{doc.origin}: no title; made one from the first words")


def title_from_blocks(blocks: Iterable[RawBlock], words: int = 10) -> str:
    """A stand-in title: the first sentence of the text if it is short, else its first words + "…"."""
    text = next((b.text or " ".join(b.items) for b in blocks if b.text or b.items), "")
    text = fold_line(text)
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".")
    if len(sentence.split()) <= words + 2:
        return sentence
    return " ".join(text.split()[:words]).rstrip(",;:") + "…"


def fresh_summary(summary: str | None, title: str, blocks: list[RawBlock]) -> str | None:
    """A summary, unless it only repeats the title or the beginning of the text (a lead, a teaser)."""
    text = fold_block(summary or "")
    key = text_key(text)
    if not key or key == text_key(title):
        return None
    first_p = next((i for i, b in enumerate(blocks) if b.kind == "p"), 0)
    for start in (0, first_p):
        if text_key(" ".join(block_text(b) for b in blocks[start:])).startswith(key):
            return None
    return text


def block_text(block: RawBlock) -> str:
    """All the text of a block, for comparing."""
    return " ".join((block.text, *block.items))
