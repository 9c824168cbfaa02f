"""Where quotations are in a paragraph, and where its sentences start and end."""

from __future__ import annotations

import bisect
import functools
import re

from pressreader.quotes.words import ABBREV, CLOSERS, PAIRS

_LOST_CLOSE = re.compile(
    r"(?<=\w)(?:[,.]?(?=\s+(?:said|added|stated)\s+(?:[A-Z]|the\s))"
    r"|,(?=\s+(?:[A-Z][\w.]*\s+){1,6}(?:said|added|stated)\b))"
)


OPENER = re.compile("[" + re.escape("".join(PAIRS)) + "]")


def _closer(closers: str) -> re.Pattern[str]:
    """A pattern for the closing marks; a ’ followed by a letter is an apostrophe, not a close."""
    parts = []
    if closers.replace("’", ""):
        parts.append("[" + re.escape(closers.replace("’", "")) + "]")
    if "’" in closers:
        parts.append(r"’(?![^\W\d_])")
    return re.compile("|".join(parts))


_CLOSER = {opener: _closer(closers) for opener, closers in PAIRS.items()}


# A straight single mark opens a quotation only at the start of a paragraph or a sentence, before a
# capital ("'We ran checkpoints …,' she says. 'The message is simple.'"); elsewhere it is an
# apostrophe or a name's mark ("the 'Green Lanes' scheme").
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[.!?:,]\s))'(?=[A-Z])")
# Its close: after a word or a stop, before a space, a stop or the end, not inside a word ("don't")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?…])'(?![\w])")
# Where a sentence may end: a stop (and a closing mark) before a space and a capital or digit
_STOP = re.compile(r"[.!?][”\"’»]?\s+(?=[“\"„«A-Z0-9])")
_STOP_OR_ELLIPSIS = re.compile(r"[.!?…][”\"’»]?\s+(?=[“\"„«A-Z0-9])")


def _single_close(text: str, i: int) -> int | None:
    """Where a straight single quotation opened at `i` closes; "drivers' cars" is possessive."""
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(text, i + 1)]
    for k, j in enumerate(closes):
        possessive = text[j - 1] == "s" and re.match(r" [a-z]", text[j + 1 : j + 3])
        if not possessive or k == len(closes) - 1:
            return j
    return None


def find_spans(text: str) -> list[tuple[int, int, str]]:
    """Quoted spans (start, end, words) of a paragraph; an unclosed quote runs to the end."""
    return list(_spans(text))


@functools.lru_cache(maxsize=256)
def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """find_spans, once per paragraph (the analysis asks three times of each)."""
    spans: list[tuple[int, int, str]] = []
    n = len(text)
    i = 0
    single = "'" in text and text.lstrip()[:1] == "'"  # the house style of the whole paragraph
    while True:
        m = OPENER.search(text, i)
        s = _SINGLE_OPEN.search(text, i) if single else None
        if s is not None and (m is None or s.start() < m.start()):
            j = _single_close(text, s.start())
            end = j if j is not None else n
            spans.append((s.start(), min(end + 1, n), text[s.start() + 1 : end].strip()))
            i = end + 1
            continue
        if m is None:
            return tuple(spans)
        i = m.start()
        ch = text[i]
        if ch in "‘‚" and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        close = _CLOSER[ch].search(text, i + 1)
        # "‘Our officers’ instincts…’": ’ after a plural s and before a lower-case word is possessive,
        # unless no other close follows in a quote opened mid-paragraph ("the ‘Safe Futures’ scheme")
        while (
            close is not None
            and text[close.start()] == "’"
            and text[close.start() - 1] == "s"
            and re.match(r" [a-z]", text[close.start() + 1 : close.start() + 3])
        ):
            later = _CLOSER[ch].search(text, close.start() + 1)
            if later is None and text[:i].strip():
                break
            close = later
        j = close.start() if close else n
        lost = _LOST_CLOSE.search(text, i + 1, j) if ch == '"' else None
        if lost:  # "…, said X — the closing mark was lost; the attribution ends the quote
            spans.append((i, lost.start(), text[i + 1 : lost.start()].strip()))
            i = lost.start()
            continue
        spans.append((i, min(j + 1, n), text[i + 1 : j].strip()))
        i = j + 1


def inner_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words of a span from find_spans: without the marks, edge spaces and a last comma."""
    if start < end and (text[start] in PAIRS or text[start] == "'"):
        start += 1
    if end > start and (text[end - 1] in CLOSERS or text[end - 1] == "'"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (abbreviations and initials do not end one)."""
    starts = _sentence_starts(text)
    k = bisect.bisect_right(starts, pos) - 1
    return starts[k] if k >= 0 else 0


@functools.lru_cache(maxsize=64)
def _sentence_starts(text: str) -> tuple[int, ...]:
    """Where each sentence after the first starts, once per paragraph (a paragraph of hundreds of
    quotations asks for every one of them)."""
    return tuple(
        m.end()
        for m in _STOP.finditer(text)
        if not ABBREV.search(text, max(0, m.start() - 12), m.start() + 1)
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph (abbreviations and initials do not end one)."""
    spans, start = [], 0
    for m in _STOP_OR_ELLIPSIS.finditer(text):
        if ABBREV.search(text, max(0, m.start() - 12), m.start() + 1):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences."""
    return [text[a:b].strip() for a, b in sentence_spans(text)]
