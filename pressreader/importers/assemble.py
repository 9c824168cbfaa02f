"""Turn a RawDoc into a Release: quotes become attributed blocks, numeric bullets become statistics.

This is where every importer's output is analysed the same way: the number style is settled for the
whole release (its language, else the numbers it writes), direct quotes are lifted out of paragraphs,
indirect speech by a known speaker is kept as a flagged quote, and lists whose items carry numbers
become Stats blocks parsed with the reader's figures parser.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from pressreader.figures import decimal_comma, guess_decimal_comma, parse_figure
from pressreader.importers.base import ImportFailure, RawBlock, RawDoc, slugify
from pressreader.model import Block, Heading, Image, Paragraph, Quote, Related, Release, Stats
from pressreader.quotes import (
    FoundQuote,
    People,
    analyse_quotes,
    find_spans,
    reported_speech,
    sentence_spans,
    split_role_name,
)
from pressreader.text import clean_block, clean_line

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
    quotes, people = analyse_quotes(paragraph_texts, (doc.title, doc.summary or ""))
    by_paragraph: dict[int, list[tuple[int, int, FoundQuote | None]]] = {}
    for quote in quotes:
        for n, (index, start, end) in enumerate(quote.spans):
            by_paragraph.setdefault(index, []).append((start, end, quote if n == 0 else None))
    body: list[Block] = []
    p_index = 0
    for block in doc.blocks:
        if block.kind == "p":
            body.extend(_paragraph(block.text, by_paragraph.get(p_index, []), people))
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


def _paragraph(
    text: str, spans: list[tuple[int, int, FoundQuote | None]], people: People
) -> list[Block]:
    """A paragraph with its direct quotes lifted out; what else it says stays a paragraph.

    The paragraph is cut into sentences (never inside a quote); a sentence holding a quote becomes
    the Quote block, followed by the sentence without the quoted words when that still says more
    than who spoke ("…, speaking in Antwerp on the margins of a meeting").
    """
    segments: list[list[int]] = []
    for a, b in sentence_spans(text):
        if segments and any(s < a < e for s, e, _ in spans):
            segments[-1][1] = b  # a quote runs on over this sentence boundary
        else:
            segments.append([a, b])
    blocks: list[Block] = []
    plain: list[str] = []
    for a, b in segments:
        inside = [q for s, e, q in sorted(spans, key=lambda x: x[0]) if a <= s < b]
        if not inside:
            plain.append(text[a:b])
            continue
        blocks.extend(_narrative(" ".join(plain), people))
        plain = []
        blocks.extend(Quote(q.text, q.speaker, q.role) for q in inside if q is not None)
        rest = _without_quotes(text[a:b])
        if len(rest.split()) > 8:
            plain.append(rest)
    blocks.extend(_narrative(" ".join(plain), people))
    return blocks


def _without_quotes(sentence: str) -> str:
    """A sentence with its quoted words taken out, tidied into a sentence again."""
    out, cursor = [], 0
    for start, end, _ in find_spans(sentence):
        out.append(sentence[cursor:start])
        cursor = end
    out.append(sentence[cursor:])
    text = re.sub(r"\s+", " ", " ".join(out))
    text = re.sub(r"\s+([,.;:])", r"\1", text).strip(" ,;:")
    text = re.sub(r"^[,.;:]+\s*", "", text)
    if text and not text.endswith((".", "!", "?")):
        text += "."
    return text[:1].upper() + text[1:] if text else text


def _narrative(text: str, people: People) -> list[Block]:
    """Paragraph text, with indirect speech of a known speaker kept as a flagged quote."""
    text = clean_block(text)
    if not text:
        return []
    blocks: list[Block] = []
    plain: list[str] = []
    for a, b in sentence_spans(text):
        sentence = text[a:b].strip()
        said = reported_speech(sentence, people.known) if not find_spans(sentence) else None
        if said is None:
            plain.append(sentence)
            continue
        if plain:
            blocks.append(Paragraph(" ".join(plain)))
            plain = []
        words, person = said
        blocks.append(Quote(words, person.name, person.role, reported=True))
    if plain:
        blocks.append(Paragraph(" ".join(plain)))
    return blocks


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
