"""A quoted phrase the release credits to no one, whose words are part of a quote it credits
elsewhere: the same person's words ("called the city “the epicenter of the crisis”" beside "“I came
to the epicenter of the crisis,” Jo Roe said"; a deck quoting a minister's later sentence).

The words themselves are the evidence: the phrase is marked only when exactly one named speaker
said them, in a quote of this release, and it has four words or more; a name or title in title
case ("opened “The Water Keeps Our Names”") is never one, except in a headline-style line.
"""

from __future__ import annotations

import re

from pressreader.quotes.naming import SO_CALLED, named_thing, nickname_at
from pressreader.quotes.spans import find_spans, inner_span, sentence_start
from pressreader.tokens import word_runs

# A span found elsewhere: (paragraph, start, end) of its words, the words, and who said them
Echo = tuple[tuple[int, int, int], str, str]

_SHORTEST = 4  # fewer words are a scare quote as often as an echo ("called his “friendship”")
_LONGEST = 12  # a longer quotation is a sentence, credited (or not) by its own words


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(word_runs(text.lower()))


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _headline(text: str) -> bool:
    """A line in headline style (short, no full stop), where title case is the house style."""
    return len(text.split()) <= 15 and not re.search(r"[.!?]\s*$", text)


def echoed(
    paragraphs: list[str], said: list[tuple[str, str | None, tuple[tuple[int, int, int], ...]]]
) -> list[Echo]:
    """The uncredited quoted phrases of the paragraphs that repeat words of exactly one named
    speaker's quote; `said` holds each credited quote as (words, speaker, spans)."""
    credited = [(_tokens(words), who) for words, who, _ in said if who]
    inside = [span for *_, spans in said for span in spans]
    out: list[Echo] = []
    for index, text in enumerate(paragraphs):
        for start, end, words in find_spans(text):
            first, last = inner_span(text, start, end)
            if any(i == index and s <= first and last <= e for i, s, e in inside):
                continue  # the quote itself, or a quotation nested in it
            tokens = _tokens(words)
            if not tokens or len(tokens) > _LONGEST:
                continue
            before = text[sentence_start(text, start) : start]
            if SO_CALLED.search(before) or nickname_at(text, start) or named_thing(before, words):
                continue
            titled = all(w[:1].isupper() for w in words.split() if len(w) > 3 and w[:1].isalpha())
            if titled and not _headline(text):
                continue  # "opened “The Water Keeps Our Names”": a name, even if it is their words
            if len(tokens) < _SHORTEST:
                continue  # "a euphemism for “tax fraud”": a scare quote may echo anyone's words
            speakers = {who for said_tokens, who in credited if _contains(said_tokens, tokens)}
            if len(speakers) == 1:
                out.append(((index, first, last), words, speakers.pop()))
    return out
