"""A release's quotes and figures as flat rows: what the index stores and `quotes`/`figures` print.

One place builds them, so the index, the CLI tables and the views agree: a quote row has its speaker,
role, kind, words and where they are (block, start, end); a figure row has its value, qualifier,
short unit, the text as written, and for running text the sentence and offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pressreader.figures import find_figure_spans
from pressreader.model import Figure, Paragraph, Release, Stats
from pressreader.text import clean

QUOTE_COLUMNS = ("speaker", "role", "kind", "text", "block", "start", "end", "parts")
FIGURE_COLUMNS = (
    "kind", "intro", "qualifier", "value", "unit", "text", "sentence", "block", "start", "end",
)  # fmt: skip


def one_line(text: str | None) -> str:
    """Text cleaned of control characters and folded onto one line."""
    return " ".join(clean(text or "").split())


def plain_number(value: float | None) -> int | float | None:
    """A value for machines: 16000.0 → 16000, 9.5 stays, None stays."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def paragraph_figures(release: Release, text: str) -> list[tuple[int, int, Figure]]:
    """Figures in a paragraph's running text with their offsets, read in the release's style."""
    return list(find_figure_spans(text, lang=release.lang))


_UNIT_STOP = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "do",
        "does",
        "did",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "after",
        "before",
        "since",
        "during",
        "compared",
        "than",
        "when",
        "while",
        "because",
    ]
)


def short_unit(unit: str | None, words: int = 6) -> str | None:
    """The counted noun phrase of a unit: "arrest warrants were executed" → "arrest warrants"."""
    if not unit:
        return None
    text = re.split(r"[,;:()\[\]]|\s[-–—]\s", one_line(unit))[0].split()
    kept: list[str] = []
    for word in text[:words]:
        if kept and word.lower() in _UNIT_STOP:
            break
        kept.append(word)
    return " ".join(kept) or None


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9ÄÖÜ])")


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of running text holding text[start:end], folded onto one line."""
    begin = 0
    # Up to the figure's first character included: a sentence may start with the figure itself
    # ("2.100 new posts are planned."), which the look-ahead must see.
    for m in _SENTENCE_END.finditer(text, 0, min(len(text), start + 1)):
        if m.end() <= start:
            begin = m.end()
    stop = re.compile(r"[.!?…][\"'”’)]*(?=\s|$)").search(text, end)
    return one_line(text[begin : stop.end() if stop else len(text)])


def quote_rows(release: Release) -> Iterator[dict[str, Any]]:
    """One row per quote (marked in a paragraph or written as a block), in reading order."""
    for quote in release.quotes:
        block, start, end = quote.parts[0]
        parts = [{"block": b, "start": s, "end": e} for b, s, e in quote.parts]
        yield {
            "speaker": quote.speaker,
            "role": quote.role,
            "kind": quote.kind,
            "text": quote.text,
            "block": block,
            "start": start,
            "end": end,
            "parts": parts if len(parts) > 1 else None,
        }


def figure_rows(release: Release) -> Iterator[dict[str, Any]]:
    """One row per figure, in body order: bullet statistics (kind "stats", with their intro) and
    figures in running text (kind "text", with the sentence and their offsets in the paragraph)."""
    for index, block in enumerate(release.body):
        found: list[tuple[int | None, int | None, Figure, str | None]]
        if isinstance(block, Stats):
            found = [(None, None, item, None) for item in block.items]
            kind, intro = "stats", block.intro
        elif isinstance(block, Paragraph):
            found = [
                (s, e, figure, sentence_of(block.text, s, e))
                for s, e, figure in paragraph_figures(release, block.text)
            ]
            kind, intro = "text", None
        else:
            continue
        for start, end, figure, sentence in found:
            yield {
                "kind": kind,
                "intro": intro,
                "qualifier": figure.qualifier,
                "value": plain_number(figure.value),
                "unit": short_unit(figure.unit),
                "text": figure.text,
                "sentence": sentence,
                "block": index,
                "start": start,
                "end": end,
            }
