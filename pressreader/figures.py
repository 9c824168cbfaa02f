"""Parse statistics such as "more than 16.000 email addresses" into qualifier, value and unit.

`parse_figure` reads a bullet item; `find_figure_spans` finds the quantities of running text (counts,
money, percentages, measures), not dates, times, ordinals, ages, phone numbers, citations or names
("COVID-19", "Section 232"). A Figure's text is always the text exactly as written."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from pressreader.figure_numbers import (
    _CUR_AFTER,
    _TIME_AFTER,
    _clean_value,
    _is_change,
    _match_value,
    _noun_phrase,
    _qualifier,
    number_matches,
)
from pressreader.figure_numbers import decimal_comma as decimal_comma
from pressreader.figure_numbers import parse_number as parse_number
from pressreader.figure_words import (
    CHANGE_ONLY_QUALIFIERS,
    CURRENCY_WORDS,
    LANG_STOP_WORDS,
    NEGATIVE_QUALIFIERS,
)
from pressreader.figures_text import _is_noise
from pressreader.figures_text import find_figure_spans as find_figure_spans
from pressreader.figures_text import find_figures as find_figures
from pressreader.model import Figure
from pressreader.tokens import letter_runs

_LEADING = re.compile(r"^[\s:;,.\-–—•*·]+")
_TRAILING = re.compile(r"[\s:;,\-–—•*·(]+$")


# A number with separators ("9,5", "1.234.567"). It opens with a digit, so the engine skips from
# digit to digit (a pattern that opens with a lookaround is tried at every character: twice the
# time); the lookbehind then asks that no word character, "." or "," stands before that digit.
_GROUPED = re.compile(r"\d(?<![\w.,]\d)\d*((?:[.,]\d+)+)(?![\w]|[.,]\d)")


def guess_decimal_comma(texts: Iterable[str], lang: str | None = None) -> bool | None:
    """A text's number style from unambiguous numbers (9,5 · 1.234.567 · 1.234,5 against 9.5 ·
    1,234,567 · 1,234.5). "16.000" or "48,000" alone says nothing: then the release's `lang`
    decides, and without one the answer is None (both then read as thousands)."""
    votes = 0
    for text in texts:
        for m in _GROUPED.finditer(text):
            if _TIME_AFTER.match(text, m.end()):
                continue  # 10.30 a.m., 14.00 Uhr
            seps = re.findall(r"[.,]", m.group(1))
            groups = re.split(r"[.,]", m.group(1))[1:]
            if any(len(g) != 3 for g in groups[:-1]):
                continue  # 1.2.3, 5.6.2021: versions and dates
            if len(set(seps)) == 2:
                votes += 1 if seps[-1] == "," else -1
            elif len(seps) > 1:
                votes += 1 if seps[0] == "." else -1
            elif len(groups[-1]) != 3:
                votes += 1 if seps[0] == "," else -1
    if votes:
        return votes > 0
    return decimal_comma(lang)


# Each stop word and the languages it is one of, in the order of LANG_STOP_WORDS
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in LANG_STOP_WORDS.items():
    for _word in _words:
        _LANGS_OF[_word] = (*_LANGS_OF.get(_word, ()), _lang)


_STOP_WORDS = frozenset(_LANGS_OF)


def detect_lang(texts: Iterable[str]) -> str | None:
    """The language ("en", "de", "fr") of the commonest short words; None when unsure."""
    counts: Counter[str] = Counter()
    seen = 0
    for text in texts:
        words = letter_runs(text.lower())
        seen += len(words)
        # only the stop words are counted (filtered in C): one lookup a distinct stop word
        for word, times in Counter(filter(_STOP_WORDS.__contains__, words)).items():
            for lang in _LANGS_OF[word]:
                counts[lang] += times
        if seen > 5000:
            break
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3:
        return None
    if len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]:
        return None
    return ranked[0][0]


def _bullet_unit(rest: str, pos: int = 0) -> str:
    """A bullet's unit: a short fragment as written ("arrest warrants were executed"), else the
    counted noun phrase that starts it, never a whole sentence."""
    rest = _TRAILING.sub("", _LEADING.sub("", rest[pos:])).strip()
    if len(rest.split()) <= 5 and len(rest) <= 48 and not re.search(r"[,;:!?()\[\]]|\.\s", rest):
        return rest
    noun, _ = _noun_phrase(" " + rest, 0)
    return noun


_FORMAT = re.compile(r"[A-KM-Z]\b")


_DETERMINER = re.compile(r"\b(?:the|these|those|its|their|all)\s+$", re.IGNORECASE)


_CIRCUMSTANCE = re.compile(r"\b(?:with|in|across|from|at|among|between)\s+$", re.IGNORECASE)


def parse_figure(text: str, lang: str | None = None, comma_decimal: bool | None = None) -> Figure:
    """Parse one statistic; the original text is kept whatever is understood of it."""
    if comma_decimal is None:
        comma_decimal = decimal_comma(lang)
    matches = [(m, *_match_value(m, comma_decimal)) for m in number_matches(text)]
    # "5G", "4K": a number glued to a capital letter names a format, never a quantity
    matches = [
        (m, v, u) for m, v, u in matches if v is not None and not _FORMAT.match(text, m.end())
    ]
    wanted = [x for x in matches if not _is_noise(text, x[0], x[0].start(), bool(x[2]))]
    if wanted and wanted[0][0].group("word"):
        # "The four stations will cost $31.5 million", "calls in the four towns rose by 38 per
        # cent": a sum or a percentage in digits is the item's figure, not the number word; and
        # after "the" the word refers back ("The four clinics will employ 46 staff")
        after_the = _DETERMINER.search(text, 0, wanted[0][0].start()) is not None
        # … and a count in digits after a small number word in a circumstance ("partner with
        # two colleges to train 350 technicians", "in four states … hire 600"), not the item's
        # own count ("two new ferries for 300 passengers")
        small = (wanted[0][1] or 0) < 10 and bool(
            _CIRCUMSTANCE.search(text, 0, wanted[0][0].start())
        )
        measured = [
            x
            for x in wanted[1:]
            if x[0].group("num") and (x[2] or after_the or small and (x[1] or 0) >= 10)
        ]
        wanted = measured[:1] + wanted if measured else wanted
    for m, value, unit in (wanted or matches)[:1]:
        qualifier, q_start = _qualifier(text[: m.start()])
        prefix = text[:q_start]
        rest_at = m.end()
        money = _CUR_AFTER.match(text, rest_at) if not m.group("pct") else None
        if money and unit is None:
            unit, rest_at = CURRENCY_WORDS[money.group("w").lower()], money.end()
        if qualifier in CHANGE_ONLY_QUALIFIERS and not _is_change(unit):
            qualifier = None
        if qualifier in NEGATIVE_QUALIFIERS and value is not None:
            value = -abs(value)
        rest = _bullet_unit(text, rest_at) or _bullet_unit(_TRAILING.sub("", prefix))
        unit = f"{unit} {rest}" if unit and rest else unit or rest
        return Figure(text=text, qualifier=qualifier, value=_clean_value(value), unit=unit or None)
    return Figure(text=text)
