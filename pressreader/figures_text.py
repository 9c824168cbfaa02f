"""The running-text finder (`find_figure_spans`): quantities, not dates, ages or names; apart from figures.py to keep modules small."""

from __future__ import annotations

import re

from pressreader.figure_numbers import (
    _CUR_AFTER,
    _TIME_AFTER,
    _alt,
    _clean_value,
    _is_change,
    _match_value,
    _noun_phrase,
    _plural,
    _qualifier,
    decimal_comma,
    number_matches,
)
from pressreader.figure_words import (
    AGE_AFTER,
    AGE_BEFORE,
    CHANGE_ONLY_QUALIFIERS,
    CITATION_AFTER,
    CURRENCY_WORDS,
    DESIGNATORS,
    DISCOURSE_NOUNS,
    FRACTIONS,
    GLUED_UNITS,
    MONTHS,
    NEGATIVE_QUALIFIERS,
    OPENING_WORDS,
    STREET_WORDS,
    TIME_NOUNS,
)
from pressreader.model import Figure

_MONTH = rf"(?:{_alt(MONTHS)})"
_DATE_AFTER = re.compile(
    rf"(?:\.|st|nd|rd|th)?(?:\s*(?:-|–|/|and|to|&)\s*\d{{1,2}}\.?)*\s*{_MONTH}\b", re.I
)
_DATE_BEFORE = re.compile(
    rf"\b{_MONTH}\.?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:,|and|&|-|–|to|through|or)\s*)*$", re.I
)
_JOINED_AFTER = re.compile(r"[-–/:]\d|\)\s*\d")  # phone numbers, case numbers, first of a range
_CITATION = re.compile(rf"\s*(?:{CITATION_AFTER})")
_STREET = re.compile(
    rf"\s+(?:(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))\s+){{1,3}}(?:{STREET_WORDS})(?![\w])"
)
_AGE_LIST = rf"{AGE_BEFORE}(?:\d{{1,3}}\s*(?:,|and|to|or|through|-|–)\s*)*$"
_AGE_BEFORE = re.compile(_AGE_LIST, re.IGNORECASE)
_AGE_AFTER = re.compile(AGE_AFTER, re.IGNORECASE)
_NAME_COMMA = re.compile(r"[A-Z][\w'’.-]*,\s*$")
_AGE_CLOSE = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$|\s+(?:and|of|from|who|was|were|is|has|had)\b)")
_LAST_TOKEN = re.compile(r"(\S+)\s*$")
_RANGE_BEFORE = re.compile(r"\d\s+(?:[-–]|in|out of)\s+$")  # 10 - 15, "3 in 10 adults"
_DEFINITE = re.compile(r"\b(?:the|these|those|our|their|its|his|her|my|your|all|both)\s+$", re.I)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NOT_COUNTS = frozenset(["zero", "one", "dozen", "a dozen", "hundred", "a hundred"])


def _is_noise(text: str, m: re.Match[str], start: int, strong: bool) -> bool:
    """Whether the number at text[start:m.end()] is a date, time, age, citation or name."""
    end = m.end()
    before, after = text[max(0, start - 80) : start], text[end : end + 80]
    if (
        m.group("scale1")
        and m.group("scale1").isupper()
        and not (m.group("cur") or m.group("code"))
    ):
        return True  # "4K cameras": a format, not four thousand (money has "$4K")
    if m.group("word") or strong:
        return strong and bool(m.group("num")) and before[-1:] in "-–/" and before[-2:-1].isalpha()
    raw = m.group("num")
    # (each test below that returns True stands alone: the commonest, a year, goes first)
    if _YEAR.fullmatch(raw) and not m.group("scale"):
        return True  # a year
    glued = re.match(r"[^\W\d_][\w'’²°]*|°[CF]", after)
    if glued and (
        glued.group(0).lower() not in GLUED_UNITS or re.fullmatch(r"[A-KM-Z]", glued.group(0))
    ):
        return True  # 5th, 117th, 1990s, 5G
    if before[-1:] in "-–/:#§" and before[-2:-1] not in ("", " ") or before.endswith(("§ ", "# ")):
        return True  # COVID-19, F-35, 1:20-cr-123, 5/6, § 1001
    if before.endswith("(") and after.startswith(")") or _JOINED_AFTER.match(after):
        return True  # (202) 514-2007, the first of 2021-22
    if _TIME_AFTER.match(after) or _CITATION.match(after) or _RANGE_BEFORE.search(before):
        return True
    if len(raw) <= 2 and (_DATE_AFTER.match(after) or _DATE_BEFORE.search(before)):
        return True
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after) or _STREET.match(after):
        return True
    if len(raw) <= 3 and _NAME_COMMA.search(before) and _AGE_CLOSE.match(after):
        return True  # "Jane Roe, 33, of Springfield"
    last = _LAST_TOKEN.search(before)
    if last and (before.endswith(" ") or last.group(1).endswith(".")):
        token = last.group(1)
        key = token.lower()
        if key in DESIGNATORS or key.rstrip(".") in DESIGNATORS:
            return True  # page 4, No. 12, Section 232
        bare = token.rstrip(".")
        abbreviation = "." in bare or len(bare) <= 3
        named = re.fullmatch(r"[A-Z][\w.&/-]*", token) and (abbreviation or token == bare)
        verb = key.endswith(("ing", "ed"))  # "Spanning 39 years": a sentence's first word
        opening = verb and re.search(r"(?:^|[.!?:;\"“(—–-]\s*)\S+\s*$", before)
        return bool(named) and not opening and key.rstrip(".") not in OPENING_WORDS  # Section 232
    return False


def _running_unit(text: str, m: re.Match[str], unit: str | None) -> tuple[str | None, int] | None:
    """The unit of a running-text number and where the figure ends; None when it is no quantity."""
    end = m.end()
    money = _CUR_AFTER.match(text, end) if not m.group("pct") else None
    if money:
        return CURRENCY_WORDS[money.group("w").lower()], money.end()
    if unit:  # money and percent; "% of households"
        of = re.compile(r"\s+of\s+").match(text, end) if unit != "USD" else None
        noun, noun_end = _noun_phrase(text, of.end() - 1, False) if of else ("", end)
        return (f"{unit} of {noun}", noun_end) if noun and "%" in unit else (unit, end)
    glued = re.match(r"[^\W\d_][\w²°]*", text[end : end + 8])
    if glued:
        return glued.group(0), end + glued.end()  # 10km
    noun, noun_end = _noun_phrase(text, end)
    if m.group("word"):
        head = noun.split(" of ")[0].split(" in ")[0].split()
        if not head or not _plural(head[-1]) or head[-1].lower() in TIME_NOUNS | DISCOURSE_NOUNS:
            return None  # "three men" counts; "three years", "two of them" do not
        if _DEFINITE.search(text, max(0, m.start() - 12), m.start()):
            return None  # "the two leaders" refers, it does not count
    if not noun:
        return (None, end) if (m.group("scale") or m.group("scale1")) else None
    return noun, noun_end


def find_figure_spans(
    text: str, lang: str | None = None, comma_decimal: bool | None = None
) -> list[tuple[int, int, Figure]]:
    """Quantities in running text with their offsets: text[start:end] == figure.text."""
    if comma_decimal is None:
        comma_decimal = decimal_comma(lang)
    found: list[tuple[int, int, Figure]] = []
    for m in number_matches(text):
        word = (m.group("word") or "").lower()
        if word in FRACTIONS or word in _NOT_COUNTS and not m.group("scale"):
            continue  # "one of them", "half of the budget", "a dozen"
        value, unit = _match_value(m, comma_decimal)
        if value is None:
            continue
        start = m.start()
        if _is_noise(text, m, start, bool(unit)):
            continue
        unit_end = _running_unit(text, m, unit)
        if unit_end is None:
            continue
        unit, end = unit_end
        qualifier, q_start = _qualifier(text[max(0, start - 60) : start])
        if qualifier in CHANGE_ONLY_QUALIFIERS and not _is_change(unit):
            qualifier = None  # "picked up 300 kilos"
        if qualifier:
            start = max(0, start - 60) + q_start
            value = -abs(value) if qualifier in NEGATIVE_QUALIFIERS else value
        figure = Figure(text[start:end], qualifier, _clean_value(value), unit or None)
        found.append((start, end, figure))
    return found


def find_figures(
    text: str, lang: str | None = None, comma_decimal: bool | None = None
) -> list[Figure]:
    """Figures in running text ("110 tonnes of cocaine", "$1.2 million", "45 percent")."""
    return [f for _, _, f in find_figure_spans(text, lang, comma_decimal)]
