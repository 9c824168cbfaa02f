"""Figures for every writer: those of a paragraph's running text, a statistic's short unit, the
sentence a figure stands in, and whether a statistic's text says more than its cells."""

from __future__ import annotations

import re

from pressreader import figures as _figures
from pressreader.formats.common import one_line
from pressreader.model import Figure, Release


def paragraph_figures(release: Release, text: str) -> list[tuple[int, int, Figure]]:
    """Figures in a paragraph's running text with their offsets, read in the release's style."""
    spans = getattr(_figures, "find_figure_spans", None)
    if spans is not None:
        return list(spans(text, lang=release.lang))
    comma = _figures.decimal_comma(release.lang)
    found, at = [], 0
    for figure in _figures.find_figures(text, comma_decimal=comma):
        start = text.find(figure.text, at)
        start = start if start >= 0 else at
        found.append((start, start + len(figure.text), figure))
        at = start + len(figure.text)
    return found


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
_SCALE_WORDS = frozenset(
    [
        "thousand",
        "million",
        "millions",
        "billion",
        "billions",
        "trillion",
        "mn",
        "bn",
        "k",
        "percent",
        "per",
        "cent",
        "euro",
        "euros",
        "dollar",
        "dollars",
        "pounds",
    ]
)


def short_unit(unit: str | None, words: int = 6) -> str | None:
    """The counted noun phrase of a unit: "arrest warrants were executed" → "arrest warrants".

    Cut at a clause break or at the first verb-like or linking word, at most `words` words.
    """
    if not unit:
        return None
    text = re.split(r"[,;:()\[\]]|\s[-–—]\s", one_line(unit))[0].split()
    kept: list[str] = []
    for word in text[:words]:
        if kept and word.lower() in _UNIT_STOP:
            break
        kept.append(word)
    return " ".join(kept) or None


def figure_adds(figure: Figure) -> bool:
    """Whether a statistic's text says more than its value, qualifier and short unit."""
    shown = f"{figure.qualifier or ''} {short_unit(figure.unit) or ''}".lower()
    said = set(re.findall(r"[^\W\d_]+", shown))
    for word in re.findall(r"[^\W\d_]+", figure.text.lower()):
        if word in said or word in _SCALE_WORDS or any(w.startswith(word) for w in said):
            continue
        return True
    return False


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of running text holding text[start:end], folded onto one line."""
    begin = 0
    for m in re.finditer(r"[.!?…][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9ÄÖÜ])", text[:start]):
        begin = m.end()
    stop = re.compile(r"[.!?…][\"'”’)]*(?=\s|$)").search(text, end)
    return one_line(text[begin : stop.end() if stop else len(text)])
