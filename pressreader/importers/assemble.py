"""Turn a RawDoc into a Release: paragraphs as written with their quotes marked, bullets as figures.

This is where every importer's output is analysed the same way: the number style is settled for the
whole release (its language, else the numbers it writes), quotes, reported speech and transcript
turns become marks on the paragraphs (the words themselves are never changed), and lists whose items
carry numbers become Stats blocks parsed with the reader's figures parser.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from pressreader.figures import decimal_comma, guess_decimal_comma, parse_figure
from pressreader.importers.base import ImportFailure, RawBlock, RawDoc, slugify
from pressreader.marks import find_marks
from pressreader.model import Block, Heading, Image, Paragraph, Quote, Related, Release, Stats
from pressreader.quotes import People, split_role_name
from pressreader.text import clean_line

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
    """The Release for a RawDoc (its `warnings` list may grow)."""
    if not doc.title:
        raise ImportFailure(f"{doc.origin}: no title")
    if doc.date is None:
        raise ImportFailure(
            f"{doc.origin}: no date could be found; add one (e.g. 'Date: 2024-03-12')"
        )
    texts = (
        [doc.title, doc.summary or ""]
        + [b.text for b in doc.blocks]
        + [item for b in doc.blocks for item in b.items]
    )
    comma = decimal_comma(doc.lang)
    if comma is None:
        comma = guess_decimal_comma(texts)
    paragraph_texts = [b.text for b in doc.blocks if b.kind == "p"]
    marks, people = find_marks(paragraph_texts, (doc.title, doc.summary or ""))
    body: list[Block] = []
    p_index = 0
    for block in doc.blocks:
        if block.kind == "p":
            body.append(Paragraph(block.text, tuple(marks.get(p_index, ()))))
            p_index += 1
        elif block.kind == "h":
            body.append(Heading(block.text))
        elif block.kind == "list":
            body.extend(_list(block, comma))
        elif block.kind == "quote":
            body.append(_block_quote(block, people))
        elif block.kind == "image":
            body.append(Image(block.text or None, block.cite))
    related = doc.related
    see_also = related.get("see_also") or ()
    return Release(
        id=make_id(doc),
        title=clean_line(doc.title),
        date=doc.date if isinstance(doc.date, dt.date) else dt.date.fromisoformat(str(doc.date)),
        source=doc.source,
        topics=tuple(dict.fromkeys(clean_line(t) for t in doc.topics if clean_line(t))),
        lang=doc.lang,
        url=doc.url if doc.url and re.match(r"https?://\S+$", doc.url) else None,
        summary=doc.summary,
        body=tuple(body),
        related=Related(
            related.get("previous"),  # type: ignore[arg-type]
            related.get("next"),  # type: ignore[arg-type]
            tuple(see_also),  # type: ignore[arg-type]
        ),
    )


def _list(block: RawBlock, comma: bool | None) -> list[Block]:
    """A list whose items carry numbers is a statistics block; any other list stays text."""
    items = [item for item in block.items if item]
    numeric = [item for item in items if _NUMERIC.search(item)]
    if items and len(numeric) * 2 >= len(items):
        figures = tuple(parse_figure(item, comma_decimal=comma) for item in items)
        return [Stats(figures, block.text.rstrip(":").strip() or None)]
    blocks: list[Block] = [Paragraph(block.text)] if block.text else []
    blocks.extend(Paragraph(f"• {item}") for item in items)
    return blocks


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
