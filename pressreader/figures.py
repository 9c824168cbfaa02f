"""Parse statistics such as "more than 16.000 email addresses" into qualifier, value and unit."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from pressreader.model import Figure

# Languages that write 9,5 for nine and a half and 16.000 for sixteen thousand.
COMMA_DECIMAL_LANGS = frozenset(
    [
        "de",
        "fr",
        "es",
        "it",
        "nl",
        "pt",
        "pl",
        "da",
        "sv",
        "nb",
        "nn",
        "no",
        "fi",
        "cs",
        "sk",
        "sl",
        "hr",
        "sr",
        "ro",
        "hu",
        "el",
        "tr",
        "ru",
        "uk",
        "bg",
        "lt",
        "lv",
        "et",
        "id",
        "vi",
    ]
)

# Qualifier as written (lower case) → canonical form.
QUALIFIERS: dict[str, str] = {
    "more than": "more than",
    "over": "over",
    "well over": "well over",
    "just over": "just over",
    "above": "above",
    "in excess of": "more than",
    "nearly": "nearly",
    "almost": "almost",
    "close to": "nearly",
    "up to": "up to",
    "at least": "at least",
    "at most": "at most",
    "no more than": "at most",
    "less than": "less than",
    "fewer than": "less than",
    "under": "under",
    "just under": "just under",
    "below": "under",
    "about": "about",
    "around": "around",
    "roughly": "approximately",
    "some": "about",
    "approximately": "approximately",
    "approx.": "approximately",
    "approx": "approximately",
    "appr.": "approximately",
    "ca.": "approximately",
    "circa": "approximately",
    "an estimated": "approximately",
    "estimated": "approximately",
    "exactly": "exactly",
    "mehr als": "more than",
    "über": "over",
    "rund": "approximately",
    "etwa": "approximately",
    "knapp": "nearly",
    "fast": "almost",
    "bis zu": "up to",
    "mindestens": "at least",
    "weniger als": "less than",
}
# Longer written forms that a typo may disturb (edit distance 1 is tolerated for these).
_FUZZY_QUALIFIERS = [q for q in QUALIFIERS if len(q) >= 6 and " " in q or len(q) >= 8]

SCALES: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "tsd.": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "mio.": 1e6,
    "mio": 1e6,
    "m": 1e6,
    "millionen": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "mrd.": 1e9,
    "mrd": 1e9,
    "milliarden": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
CURRENCY_SYMBOLS = {"€": "€", "$": "$", "£": "£", "¥": "¥", "US$": "$"}
CURRENCY_CODES = {"eur": "€", "euro": "€", "euros": "€", "usd": "$", "gbp": "£", "dollars": "$"}
PERCENT_WORDS = ("percent", "per cent", "prozent", "percentage points")
FRACTIONS: dict[str, float] = {
    "half": 0.5,
    "one-half": 0.5,
    "one-third": 1 / 3,
    "a third": 1 / 3,
    "two-thirds": 2 / 3,
    "two thirds": 2 / 3,
    "one-quarter": 0.25,
    "a quarter": 0.25,
    "three-quarters": 0.75,
    "three quarters": 0.75,
}
NUMBER_WORDS: dict[str, int] = {
    word: i
    for i, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
NUMBER_WORDS |= {"ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12}

_SCALE_RE = "|".join(re.escape(s) for s in sorted(SCALES, key=len, reverse=True))
_WORD_NUMBER_RE = "|".join(
    re.escape(w) for w in sorted([*FRACTIONS, *NUMBER_WORDS], key=len, reverse=True)
)
# A number: digits with optional grouping (., comma, space, thin/no-break space) and decimals.
_NUMBER = re.compile(
    rf"""
    (?P<cur>US\$|[€$£¥])?\s?
    (?<![\w])(?P<num>\d{{1,3}}(?:[\u00a0\u202f ]\d{{3}})+(?![\d.,]\d)|\d+(?:[.,]\d+)*)
    (?:\s?(?P<scale>(?:{_SCALE_RE}))(?![\w]))?
    (?P<pct>\s?%|\s(?:{"|".join(re.escape(w) for w in PERCENT_WORDS)})\b)?
    |(?<![\w-])(?P<word>{_WORD_NUMBER_RE})(?![\w-])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    "august|september|october|november|december"
)
_DATE_AFTER = re.compile(rf"\s*(?:{_MONTHS})\b\.?", re.IGNORECASE)
_DATE_BEFORE = re.compile(rf"(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_LEADING = re.compile(r"^[\s:;,.\-–—•*·]+")
_TRAILING = re.compile(r"[\s:;,\-–—•*·(]+$")


def decimal_comma(lang: str | None) -> bool | None:
    """Whether `lang` writes decimals with a comma; None when unknown (then the text decides)."""
    if not lang:
        return None
    return lang.lower().split("-")[0].split("_")[0] in COMMA_DECIMAL_LANGS


def parse_number(raw: str, comma_decimal: bool | None = None) -> float | None:
    """Read '16.000', '16,000', '16 000', '9,5', '1.2' under the given separator convention."""
    s = re.sub(r"[\u00a0\u202f ]", "", raw)
    if not s:
        return None
    seps = [c for c in s if c in ".,"]
    if not seps:
        try:
            return float(s)
        except OverflowError:
            return None
    groups = re.split(r"[.,]", s)
    if len(set(seps)) == 2:
        decimal = seps[-1]
        thousands = "," if decimal == "." else "."
        if s.count(decimal) > 1:
            return None
        int_part, frac = s.rsplit(decimal, 1)
        return float(int_part.replace(thousands, "") + "." + frac)
    sep = seps[0]
    grouped = all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    if len(seps) > 1:
        return float("".join(groups)) if grouped else None
    int_part, frac = groups
    if len(frac) != 3 or not grouped:
        return float(f"{int_part}.{frac}")
    # One separator followed by exactly three digits: the convention decides.
    if comma_decimal is None:
        return float(int_part + frac)  # 16.000 and 16,000 both read as thousands
    is_decimal = (sep == ",") == comma_decimal
    return float(f"{int_part}.{frac}") if is_decimal else float(int_part + frac)


def guess_decimal_comma(texts: Iterable[str]) -> bool | None:
    """Guess a text's number style from unambiguous numbers (9,5 or 1.234.567 vs 9.5 or 1,234,567)."""
    votes = 0
    for text in texts:
        for m in re.finditer(r"(?<![\w.,])\d+((?:[.,]\d+)+)(?![\w])", text):
            tail = m.group(1)
            seps = re.findall(r"[.,]", tail)
            groups = re.split(r"[.,]", tail)[1:]
            last = seps[-1]
            if len(groups[-1]) != 3:  # a decimal separator
                votes += 1 if last == "," else -1
            elif len(seps) > 1 and len(set(seps)) == 1:  # repeated thousands separator
                votes += 1 if last == "." else -1
            elif last == "." and len(seps) == 1:  # 16.000: English would rarely write this
                votes += 0.5
    if votes > 0:
        return True
    if votes < 0:
        return False
    return None


def _edit_distance_le1(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _qualifier(prefix: str) -> tuple[str | None, str]:
    """Split the words before a number into (canonical qualifier, remaining prefix)."""
    words = prefix.rstrip().split()
    lowered = [w.lower() for w in words]
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        tail = " ".join(lowered[-n:])
        rest = " ".join(words[:-n])
        if tail in QUALIFIERS:
            return QUALIFIERS[tail], rest
        for written in _FUZZY_QUALIFIERS:
            same_words = written.count(" ") == n - 1 and _edit_distance_le1(tail, written)
            if same_words or (n == 1 and tail == written.replace(" ", "")):
                return QUALIFIERS[written], rest
    # "approx.12 million": a qualifier glued to the number.
    glued = re.search(r"(approx\.?|ca\.|appr\.)$", prefix, re.IGNORECASE)
    if glued:
        return "approximately", prefix[: glued.start()].strip()
    return None, prefix.strip()


def _match_value(m: re.Match[str], comma_decimal: bool | None) -> tuple[float | None, str | None]:
    """The numeric value and unit prefix (currency/percent) of a number match."""
    word = m.group("word")
    if word:
        key = word.lower()
        return (round(FRACTIONS[key], 4) if key in FRACTIONS else float(NUMBER_WORDS[key])), None
    value = parse_number(m.group("num"), comma_decimal)
    if value is None:
        return None, None
    scale = m.group("scale")
    if scale:
        value *= SCALES[scale.lower()]
    unit = None
    if m.group("cur"):
        unit = CURRENCY_SYMBOLS[m.group("cur")]
    if m.group("pct"):
        unit = "%"
    return value, unit


def _clean_value(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None  # "10^400" overflows: keep the text, not a number JSON cannot hold
    return float(round(value, 6))


def parse_figure(text: str, lang: str | None = None, comma_decimal: bool | None = None) -> Figure:
    """Parse one statistic; the original text is kept whatever is understood of it."""
    if comma_decimal is None:
        comma_decimal = decimal_comma(lang)
    for m in _NUMBER.finditer(text):
        value, unit = _match_value(m, comma_decimal)
        if value is None:
            continue
        qualifier, prefix = _qualifier(text[: m.start()])
        rest = _TRAILING.sub("", _LEADING.sub("", text[m.end() :])).strip()
        code = re.match(r"(EUR|USD|GBP|euros?|dollars)\b\s*", rest, re.IGNORECASE)
        if code and unit is None:
            unit = CURRENCY_CODES[code.group(1).lower()]
            rest = rest[code.end() :]
        if not rest:
            rest = _TRAILING.sub("", prefix).strip()
        if unit and rest:
            unit = f"{unit} {rest}"
        elif rest:
            unit = rest
        return Figure(text=text, qualifier=qualifier, value=_clean_value(value), unit=unit or None)
    return Figure(text=text)


_UNIT_WORDS = re.compile(
    r"\s*(?P<unit>(?:[^\W\d][\w'’-]*)(?:\s+(?:of|in)\s+(?:the\s+)?[^\W\d][\w'’-]*|"
    r"\s+[^\W\d][\w'’-]*){0,2})",
)
_STOP_UNIT = re.compile(
    r"\b(?:was|were|is|are|has|have|had|will|would|and|or|that|which|who|to|for|on|at|by|with|"
    r"from|since|this|last|per|a|an|the)\b.*$",
    re.IGNORECASE,
)


def find_figures(
    text: str, lang: str | None = None, comma_decimal: bool | None = None
) -> list[Figure]:
    """Figures in running text ("110 tonnes of cocaine", "$1.2 million", "45 percent")."""
    if comma_decimal is None:
        comma_decimal = decimal_comma(lang)
    found: list[Figure] = []
    for m in _NUMBER.finditer(text):
        if m.group("word"):
            continue  # spelled-out numbers in prose are too often not statistics
        raw = m.group("num")
        after, before = text[m.end() :], text[: m.start()]
        if _DATE_AFTER.match(after) or _DATE_BEFORE.search(before):
            continue
        is_year = re.fullmatch(r"(1[89]|20)\d\d", raw) and not m.group("cur")
        if is_year and not m.group("scale") and not m.group("pct"):
            continue
        value, unit = _match_value(m, comma_decimal)
        if value is None:
            continue
        if unit or m.group("scale"):
            words = re.match(r"\s+of\s+(?:the\s+)?[^\W\d][\w'’-]*", after)
            noun = words.group(0).strip() if words else ""
        else:
            words = _UNIT_WORDS.match(after)
            noun = _STOP_UNIT.sub("", words.group("unit")).strip() if words else ""
        if not (unit or m.group("scale") or noun):
            continue
        qualifier, rest = _qualifier(before[-40:])
        if unit and noun:
            unit = f"{unit} {noun}"
        elif noun:
            unit = noun
        start = m.start()
        if qualifier:
            n = len(before[-40:].split()) - len(rest.split())
            start = re.search(rf"(?:\S+\s+){{{n - 1}}}\S+\s*$", before).start()
        end = m.end() + (after.find(noun) + len(noun) if noun else 0)
        snippet = text[start:end].strip()
        found.append(Figure(snippet, qualifier, _clean_value(value), unit or None))
    return found
