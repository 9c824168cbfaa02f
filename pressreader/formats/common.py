"""What every writer shares: values, dates, the speaker line, the walk over a body, quote spans.

Plain Python (no Rich, no Textual). A writer dispatches once per block over `walk()`'s kinds and
draws annotations through `pieces()` and `quotes_by_block()`, so a new block or annotation kind is
added here and in one table per writer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from pressreader.model import Block, Paragraph, Quote, QuoteRef, Release
from pressreader.tables import one_line
from pressreader.text import clean

Resolver = Callable[[str], str | None]

BLOCK_KINDS = ("paragraph", "heading", "quote", "stats", "image")  # what walk() yields
LABEL = "label"  # the "MS. PSAKI:" before a transcript turn's words (a piece kind, not a mark kind)
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# ------------------------------------------------------------------ values and dates


def format_value(value: float | None) -> str:
    """A figure's value for reading, the same on screen and in exports: 16000 → 16,000; 9.5 → 9.5."""
    if value is None:
        return "–"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def format_date(date: dt.date) -> str:
    """15 January 2024: one style (English month names whatever the locale) on screen and off."""
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def date_label(release: Release) -> str:
    """The release's date as shown in a meta line; a date the importer guessed says so."""
    text = format_date(release.date)
    return text if release.date_certain else f"{text} (date uncertain)"


def chunks(text: str | None) -> list[str]:
    """A text's paragraphs (split at blank lines), each cleaned and folded onto one line."""
    if not text:
        return []
    return [one_line(p) for p in re.split(r"\n\s*\n", text) if p.strip()]


def sentence_end(text: str) -> str:
    """Text ending in a full stop (unless it already ends a sentence)."""
    text = text.rstrip()
    return text if not text or text[-1] in ".?!…" else text + "."


def meta_parts(release: Release) -> list[str]:
    """Date · source · topics (the link is added by each writer in its own way)."""
    parts = [date_label(release)]
    if release.source:
        parts.append(one_line(release.source))
    if release.topics:
        parts.append(", ".join(one_line(t) for t in release.topics))
    return parts


def dumps(data: Any) -> str:
    """Indented JSON; C1 control characters are escaped too (json leaves them raw)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return re.sub("[\x80-\x9f]", lambda m: f"\\u{ord(m.group(0)):04x}", text) + "\n"


# ------------------------------------------------------------------ the speaker line


def attribution(speaker: str | None, role: str | None) -> str:
    """ "Speaker, Role", or "unknown speaker"."""
    return ", ".join(one_line(x) for x in (speaker, role) if x and x.strip()) or "unknown speaker"


def speaker_line(quote: Quote | QuoteRef) -> str:
    """ "— Speaker, Role", "— Speaker (reported)" or "— unknown speaker": the one attribution."""
    line = f"— {attribution(quote.speaker, quote.role)}"
    return f"{line} (reported)" if quote.kind == "reported" else line


def turn_label(paragraph: Paragraph, quote: QuoteRef) -> str:
    """The label before a turn's words ("MS. PSAKI:"), as written."""
    block, start, _ = quote.parts[0]
    return paragraph.text[:start].strip()


def continues_turn(paragraph: Paragraph) -> bool:
    """Whether a paragraph goes on with the transcript turn before it: it opens with the next
    part of that turn, with no label of its own (writers set it apart as part of the turn)."""
    first = min(paragraph.marks, key=lambda m: m.start, default=None)
    return (
        first is not None
        and first.kind == "turn"
        and first.continues
        and not paragraph.text[: first.start].strip()
    )


def paragraph_speaker_lines(paragraph: Paragraph, quotes: list[QuoteRef]) -> list[str]:
    """The speaker lines under a paragraph: one per quote starting in it (repeats once).

    A transcript turn's line is left out when its label, as written, says who speaks and the
    resolved name adds nothing to it ("MS. PSAKI:" → "— Jen Psaki, Press Secretary"; "Q:" alone
    says all there is); a turn without a label always has its line, so the first paragraph of
    every turn shows its speaker. The paragraphs a turn goes on over show none (`continues_turn`).
    """
    lines: list[str] = []
    for quote in quotes:
        if quote.kind == "turn" and (written := turn_label(paragraph, quote)):
            label = set(re.findall(r"\w+", written.lower()))
            said = re.findall(r"\w+", f"{quote.speaker or ''} {quote.role or ''}".lower())
            if not quote.speaker or all(word in label for word in said):
                continue
        line = speaker_line(quote)
        if line not in lines:
            lines.append(line)
    return lines


# ------------------------------------------------------------------ walking a body


def walk(release: Release) -> Iterator[tuple[str, int, Block]]:
    """Each body block with its kind (one of BLOCK_KINDS) and index: what writers dispatch on."""
    for index, block in enumerate(release.body):
        yield block.type, index, block


def quotes_by_block(release: Release) -> dict[int, list[QuoteRef]]:
    """The release's quotes (from the annotations) by the block each one starts in."""
    found: dict[int, list[QuoteRef]] = {}
    for quote in release.quotes:
        found.setdefault(quote.block, []).append(quote)
    return found


class Piece(NamedTuple):
    """A stretch of a paragraph with the annotation kinds covering it ("direct", LABEL, …)."""

    start: int
    end: int
    kinds: frozenset[str]


def pieces(paragraph: Paragraph) -> list[Piece]:
    """The paragraph cut at every mark boundary, in order; together they are the whole text."""
    text, marks = paragraph.text, paragraph.marks
    spans: list[tuple[int, int, str]] = []
    for mark in marks:
        start, end = max(0, mark.start), min(len(text), mark.end)
        if end > start:
            spans.append((start, end, mark.kind))
        if mark.kind == "turn" and not mark.continues and text[:start].strip():
            spans.append((0, start, LABEL))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    return [
        Piece(a, b, frozenset(k for s, e, k in spans if s <= a and b <= e))
        for a, b in zip(cuts, cuts[1:], strict=False)
        if b > a
    ]


def paragraph_chunks(paragraph: Paragraph) -> list[list[tuple[str, frozenset[str]]]]:
    """For plain writers: the paragraph's pieces as (cleaned text, kinds), split at blank lines
    into chunks, whitespace folded (never stripped inside a chunk, so words keep their spaces)."""
    out: list[list[tuple[str, frozenset[str]]]] = [[]]
    for piece in pieces(paragraph):
        parts = re.split(r"\n[ \t]*\n\s*", paragraph.text[piece.start : piece.end])
        for n, part in enumerate(parts):
            if n:
                out.append([])
            folded = re.sub(r"\s+", " ", clean(part))
            if folded:
                out[-1].append((folded, piece.kinds))
    for chunk in out:  # strip the chunk's own ends
        while chunk and not chunk[0][0].strip():
            chunk.pop(0)
        while chunk and not chunk[-1][0].strip():
            chunk.pop()
        if chunk:
            chunk[0] = (chunk[0][0].lstrip(), chunk[0][1])
            chunk[-1] = (chunk[-1][0].rstrip(), chunk[-1][1])
    return [chunk for chunk in out if chunk]


# ------------------------------------------------------------------ related links


def related_links(release: Release, title_of: Resolver | None) -> list[tuple[str, str, str | None]]:
    """("previous" | "next" | "see_also", ref as written, title or None) for each related link."""
    rel = release.related
    entries = [("previous", rel.previous), ("next", rel.next)]
    entries += [("see_also", ref) for ref in rel.see_also]
    return [(key, ref, title_of(ref) if title_of else None) for key, ref in entries if ref]
