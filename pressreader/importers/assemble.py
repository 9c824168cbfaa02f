"""Turn a RawDoc into a Release: paragraphs as written with their quotes marked, bullets as figures.

This is where every importer's output is cleaned (`importers.clean.clean_doc`, once, before
anything else) and analysed the same way: the number style is settled for the
whole release (its language, else the numbers it writes), quotes, reported speech and transcript
turns become marks on the paragraphs (the words themselves are never changed), and lists whose items
carry numbers become Stats blocks parsed with the reader's figures parser.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable

from pressreader.currency import local_dollar, with_dollar
from pressreader.figures import detect_lang, guess_decimal_comma, parse_figure
from pressreader.importers.base import ImportFailure, RawBlock, RawDoc, slugify
from pressreader.importers.clean import clean_doc
from pressreader.importers.dates import resolve_date
from pressreader.marks import find_marks
from pressreader.model import Block, Heading, Image, Paragraph, Quote, Related, Release, Stats
from pressreader.quotes import People, split_role_name

_NUMERIC = re.compile(
    r"\d|\b(?:half|third|quarter|two-thirds|dozen|million|billion)\b", re.IGNORECASE
)


def make_id(doc: RawDoc) -> str:
    """A stable id: the date and a slug of the title (or of the URL's last part)."""
    if doc.id:
        return slugify(doc.id, 100)
    base = doc.title
    if doc.url:
        tail = re.sub(r"[?#].*$", "", doc.url).rstrip("/").rsplit("/", 1)[-1]
        tail = re.sub(r"\.(?:html?|php|aspx?)$", "", tail)
        if len(re.findall(r"[a-z]{3,}", tail.lower())) >= 2:
            base = tail
    prefix = doc.date.isoformat() if doc.date else "undated"
    slug = slugify(base, 200)
    if len(slug) > 60:  # shortened: a hash of the whole keeps two long titles apart
        digest = hashlib.sha1(slug.encode()).hexdigest()[:6]
        slug = f"{slug[:60].rstrip('-')}-{digest}"
    return f"{prefix}-{slug}"


def assemble(doc: RawDoc) -> Release:
    """The Release for a RawDoc, cleaned first (see importers.clean); its `warnings` may grow."""
    clean_doc(doc)
    if not doc.title:
        raise ImportFailure(f"{doc.origin}: no title")
    if doc.date is None:  # never refused for want of a date: the best evidence, marked uncertain
        resolve_date(doc, doc.fallback_date)
    if doc.date is None:  # pragma: no cover - resolve_date always sets one
        raise ImportFailure(f"{doc.origin}: no date could be found; add one with --date")
    texts = (
        [doc.title, doc.summary or ""]
        + [b.text for b in doc.blocks]
        + [item for b in doc.blocks for item in b.items]
    )
    if doc.lang is None:  # the source does not say: the text's commonest short words do
        doc.lang = detect_lang(texts)
    comma = guess_decimal_comma(texts, lang=doc.lang)  # the release's own numbers first
    words, header = list(texts), [doc.source or "", doc.url or "", *doc.preamble]
    dollars: list[str | None] = []  # the release's dollar, read once and only if a "$" needs it

    def dollar() -> str | None:
        if not dollars:
            dollars.append(local_dollar(words, header))
        return dollars[0]

    # Paragraphs first (a list without figures reads as paragraphs, one an item), so that quotes
    # are found over the whole text in reading order; a string is a paragraph.
    laid_out: list[Block | str | RawQuote] = []
    for block in doc.blocks:
        if block.kind == "p":
            laid_out.append(block.text)
        elif block.kind == "h":
            laid_out.append(Heading(block.text))
        elif block.kind == "list":
            laid_out.extend(_list(block, comma, dollar))
        elif block.kind == "quote":
            laid_out.append(RawQuote(block))
        elif block.kind == "image":
            laid_out.append(Image(block.text or None, block.cite))
    texts = [item for item in laid_out if isinstance(item, str)]
    # the heading right above a paragraph: a roundup's "Mayor Jo Roe, Kell, Georgia" over a quote
    headings: dict[int, str] = {}
    above, count = None, 0
    for item in laid_out:
        if isinstance(item, str):
            if above is not None:
                headings[count] = above
            count += 1
        above = item.text if isinstance(item, Heading) else None
    marks, people = find_marks(texts, (doc.title, doc.summary or "", *doc.preamble), headings)
    body: list[Block] = []
    p_index = 0
    for item in laid_out:
        if isinstance(item, str):
            body.append(Paragraph(item, tuple(marks.get(p_index, ()))))
            p_index += 1
        elif isinstance(item, RawQuote):
            body.append(_block_quote(item.block, people))
        else:
            body.append(item)
    related = doc.related
    see_also = related.get("see_also") or ()
    return Release(
        id=make_id(doc),
        title=doc.title,
        date=doc.date if isinstance(doc.date, dt.date) else dt.date.fromisoformat(str(doc.date)),
        source=doc.source,
        topics=tuple(dict.fromkeys(doc.topics)),
        lang=doc.lang,
        url=doc.url if doc.url and re.match(r"https?://\S+$", doc.url) else None,
        summary=doc.summary,
        body=tuple(body),
        date_certain=doc.date_certain,
        related=Related(
            related.get("previous"),  # type: ignore[arg-type]
            related.get("next"),  # type: ignore[arg-type]
            tuple(see_also),  # type: ignore[arg-type]
        ),
    )


class RawQuote:
    """A block quote waiting for the release's people to be known."""

    def __init__(self, block: RawBlock) -> None:
        self.block = block


# A quotation of four words or more: a list item that quotes someone is read as text, so that
# whose words they are is found (a fact sheet's "• Jo Roe, a welder, told the President, “…”")
_QUOTATION = re.compile(r"[“\"](?:[^“”\"\s]+\s+){3,}[^“”\"]*[”\"]")


def _list(
    block: RawBlock, comma: bool | None, dollar: Callable[[], str | None]
) -> list[Block | str | RawQuote]:
    """A list whose items carry numbers is a statistics block (unless one quotes someone); any
    other list stays text. A bare
    "$" is the release's own `dollar` (CAD, AUD, NZD) when its words say which country it is."""
    items = [item for item in block.items if item]
    numbered = all(re.match(r"\d{1,3}[.)]\s", item) for item in items)
    bare = [re.sub(r"^\d{1,3}[.)]\s+", "", item) for item in items]  # "1." is list layout here
    numeric = [item for item in bare if _NUMERIC.search(item)]
    quoting = any(_QUOTATION.search(item) for item in items)  # "… told the President, “…”"
    if items and len(numeric) * 2 >= len(items) and not quoting:
        figures = tuple(parse_figure(item, comma_decimal=comma) for item in bare)
        if any((f.unit or "").startswith("USD") for f in figures):
            figures = tuple(with_dollar(f, dollar()) for f in figures)
        return [Stats(figures, block.text.rstrip(":").strip() or None)]
    texts: list[Block | str | RawQuote] = [block.text] if block.text else []
    return texts + [item if numbered else f"• {item}" for item in items]


def _block_quote(block: RawBlock, people: People) -> Quote:
    """A block quote of the source, attributed by its cite line when there is one."""
    text = block.text.strip().strip('“”"„«»').strip()
    speaker = role = None
    if block.cite:
        cite = block.cite.strip(" —–-")
        head, _, tail = cite.partition(",")
        role, name = split_role_name(head)
        if name:
            person = people.add(name, tail.strip() or role)
            speaker, role = person.name, person.role
        else:
            speaker = cite
    return Quote(text, speaker, role)
