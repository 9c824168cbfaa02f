"""The search language of the box and of `pressreader list`: words (AND), "phrases", prefix as you type.

A query is compiled once into an SQLite FTS5 expression for the index and a regular expression that
highlights the same matches in the list and the detail pane.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# The last word is matched as a prefix only from this length on: a one-letter prefix would match
# most of a large store and make every keystroke pay for it.
MIN_PREFIX = 2

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed search: its FTS5 expression and the terms to highlight."""

    text: str
    terms: tuple[tuple[str, ...], ...]  # each term: its tokens (a phrase has several)
    prefix_last: bool

    @property
    def empty(self) -> bool:
        return not self.terms

    def fts(self) -> str:
        """The FTS5 MATCH expression: every term must match (AND)."""
        parts = []
        for i, tokens in enumerate(self.terms):
            phrase = '"' + " ".join(tokens) + '"'
            if self.prefix_last and i == len(self.terms) - 1:
                phrase += "*"
            parts.append(phrase)
        return " AND ".join(parts)

    def highlighter(self) -> re.Pattern[str] | None:
        """A case-insensitive pattern for the matched text (a word start, then the term)."""
        if self.empty:
            return None
        alternatives = []
        for i, tokens in enumerate(self.terms):
            body = r"\W+".join(re.escape(t) for t in tokens)
            prefix = self.prefix_last and i == len(self.terms) - 1
            alternatives.append(rf"\b{body}" + (r"\w*" if prefix else r"\b"))
        return re.compile("|".join(alternatives), re.IGNORECASE)


def _fold(token: str) -> str:
    """Lower-case and strip diacritics, the way the index's tokenizer does."""
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def parse_query(text: str) -> Query:
    """Split a query into words and "quoted phrases"; the last word is a prefix while typing."""
    terms: list[tuple[str, ...]] = []
    last_is_word = False
    for m in re.finditer(r'"([^"]*)"?|(\S+)', text):
        phrase, word = m.group(1), m.group(2)
        tokens = tuple(_fold(t) for t in _TOKEN.findall(phrase if phrase is not None else word))
        if tokens:
            terms.append(tokens)
            last_is_word = phrase is None and m.end() == len(text)
    prefix = last_is_word and len(terms[-1][-1]) >= MIN_PREFIX if terms else False
    return Query(text, tuple(terms), prefix)
