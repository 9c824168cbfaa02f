"""How a figure's number is written (pattern, value, qualifier, counted noun): shared by figures.py and figures_text.py."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from pressreader.figure_words import (
    COMMA_DECIMAL_LANGS,
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DIGIT_WORDS,
    FRACTIONS,
    IRREGULAR_PLURALS,
    MONTHS,
    NUMBER_WORDS,
    PERCENT_WORDS,
    POINT_WORDS,
    QUALIFIERS,
    SCALES,
    STOP_WORDS,
    TENS,
    TIME_WORDS,
)

# Longer written forms that a typo may disturb (edit distance 1 is tolerated for these).
_FUZZY_QUALIFIERS = [q for q in QUALIFIERS if len(q) >= 6 and " " in q or len(q) >= 8]


def _alt(words: Iterable[str]) -> str:
    """An alternation of words as a trie ("e(?:ight(?:een|y)?|leven)"): the longest word wins as
    with a longest-first list, but the engine tries one branch per letter instead of every word
    at every position, three times faster over running text."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:  # type: ignore[type-arg]
    """The pattern of one trie node (an empty key marks the end of a word)."""
    branches = [re.escape(char) + _trie_pattern(sub) for char, sub in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer ones are tried first
        return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else body + "?"
    return body


_LONG_SCALES = [s for s in SCALES if len(s) > 1]
_WORD_RE = rf"(?:{_alt(TENS)})-(?:{_alt(DIGIT_WORDS)})|{_alt([*FRACTIONS, *NUMBER_WORDS])}"
_PCT_WORDS = _alt([*POINT_WORDS, *(w for w in PERCENT_WORDS if w != "%")])
# A number: digits with optional grouping (., comma, space, thin/no-break space, Swiss ') and decimals, or
# a number word; then a scale ("million", "bn"; a one-letter scale only glued: "£40m") and percent.
_NUMBER = re.compile(
    rf"""
    (?:
      (?:(?:(?<![\w$])(?P<cur>{_alt(CURRENCY_PREFIXES)})|(?<!\w)(?P<code>{_alt(CURRENCY_CODES)})(?=\s?\d))\s?)?
      (?:(?<![\w])(?P<sign>[-−+]))?
      (?<![\w,])(?<!\d\.)(?P<num>\d{{1,3}}(?:[\u00a0\u202f '’]\d{{3}})+(?![\d.,]\d)|\d+(?:[.,]\d+)*)
    | (?<![\w-])(?P<word>{_WORD_RE})(?![\w-])
    )
    (?:\s?(?P<scale>{_alt(_LONG_SCALES)})(?![\w])|(?<=\d)(?P<scale1>[mbk])(?![\w])
      |\s?(?P<mcur>Md|M|G|k)\$)?  # Quebec: "12,4 M$" (millions of dollars), "1,2 G$", "500 k$"
    (?P<pct>\s?%|\s(?:{_PCT_WORDS})\b)?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_DOLLAR_SCALES = {"k": 1e3, "m": 1e6, "md": 1e9, "g": 1e9}
_NUMBER_WORD = re.compile(rf"(?<![\w-])(?:{_WORD_RE})(?![\w-])", re.IGNORECASE)
# The same over lower-cased text: without IGNORECASE the engine scans twice as fast.
_NUMBER_WORD_LOWER = re.compile(
    # (a lookahead of the words' first letters lets the engine skip to where one may start)
    rf"(?=[{re.escape(''.join(sorted({w[0] for w in [*TENS, *FRACTIONS, *NUMBER_WORDS]})))}])"
    rf"(?<![\w-])(?:{_WORD_RE})(?![\w-])"
)
# What a number's match may start with before its first digit: a currency, a code, a sign.
_LEADS = frozenset(w[0].lower() for w in [*CURRENCY_PREFIXES, *CURRENCY_CODES]) | set("-−+")
_LEADS |= {c.upper() for c in _LEADS}  # either case, so no character need be lowered
_LEAD_SPAN = 8  # "u.s.$ -5": a match starts at most this far before its first digit


def number_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of _NUMBER.finditer(text), tried only near digits and at number words.

    The pattern starts with optional parts, so the engine would try it at every character; a
    number always starts with a number word or at most a few characters before a digit, so trying
    those places finds the same matches about three times faster.
    """
    lower = text.lower()
    if len(lower) == len(text):  # the same offsets ("İ" lowers to two characters)
        words = _NUMBER_WORD_LOWER.finditer(lower)
    else:
        words = _NUMBER_WORD.finditer(text)
    starts = sorted([m.start() for m in _DIGITS.finditer(text)] + [m.start() for m in words])
    pos = 0
    for start in starts:
        if start < pos:
            continue
        for at in range(max(pos, start - _LEAD_SPAN), start + 1):
            char = text[at]
            if at < start and char.isascii() and char not in _LEADS:
                continue
            m = _NUMBER.match(text, at)
            if m:
                yield m
                pos = m.end()
                break


_CUR_AFTER = re.compile(rf"\s?(?P<w>{_alt(CURRENCY_WORDS)})(?![\w])", re.IGNORECASE)
_TIME_AFTER = re.compile(rf"[:.]\d|\s?(?:{TIME_WORDS})(?![\w])", re.IGNORECASE)
_WORD_TOKEN = re.compile(r"[ \t\u00a0]+([^\W\d_][\w'’]*(?:[.-][\w'’]+)*\.?)")
_ADVERB = re.compile(r"^(?!(?:family|assembly|supply|ally|rally|monopoly|anomaly)$)\w{3,}ly$")
_ING_NOUNS = frozenset(
    ["funding", "housing", "clothing", "training", "building", "lodging", "shipping", "financing"]
)


def decimal_comma(lang: str | None) -> bool | None:
    """Whether `lang` writes decimals with a comma; None when unknown (then the text decides)."""
    if not lang:
        return None
    return lang.lower().split("-")[0].split("_")[0] in COMMA_DECIMAL_LANGS


def parse_number(raw: str, comma_decimal: bool | None = None) -> float | None:
    """Read '16.000', '16,000', '16 000', '9,5', '1.2' under the given separator convention."""
    s = re.sub(r"[\u00a0\u202f '’]", "", raw)  # groups: 16 000, 1 250 000, Swiss 12'500
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


def _qualifier(prefix: str) -> tuple[str | None, int]:
    """The canonical qualifier ending `prefix` and where it starts (len(prefix) when none)."""
    spans = [m.span() for m in _NON_SPACE.finditer(prefix[-60:])]
    offset = max(0, len(prefix) - 60)
    words = [prefix[offset + a : offset + b].lower() for a, b in spans]
    # "to more than 50": an exact "more than" first, not a fuzzy "no more than".
    for fuzzy in (False, True):
        for n in (3, 2, 1):
            if len(words) < n:
                continue
            tail = " ".join(words[-n:])
            start = offset + spans[-n][0]
            if not fuzzy:
                if tail in QUALIFIERS:
                    return QUALIFIERS[tail], start
                continue
            written = _fuzzy_match(tail, n)
            if written is not None:
                return QUALIFIERS[written], start
    glued = _GLUED_QUALIFIER.search(prefix) if prefix[-1:] in ".xX" else None  # "approx.12"
    if glued:
        return "approximately", glued.start()
    return None, len(prefix)


@lru_cache(maxsize=4096)
def _fuzzy_match(tail: str, n: int) -> str | None:
    """The first of _FUZZY_QUALIFIERS that `tail` (n words) is a typo of, or written without
    its spaces (one word); only those of a near length are compared. Cached: the words before
    a number ("of the", "than") come back in every release."""
    size = len(tail)
    found = [
        i
        for length in (size - 1, size, size + 1)
        for i in _FUZZY_BY_SHAPE.get((n, length), ())
        if _edit_distance_le1(tail, _FUZZY_QUALIFIERS[i])
    ]
    if n == 1 and tail in _FUZZY_JOINED:
        found.append(_FUZZY_JOINED[tail])
    return _FUZZY_QUALIFIERS[min(found)] if found else None


def _shapes() -> tuple[dict[tuple[int, int], list[int]], dict[str, int]]:
    by_shape: dict[tuple[int, int], list[int]] = {}
    joined: dict[str, int] = {}
    for i, written in enumerate(_FUZZY_QUALIFIERS):
        by_shape.setdefault((written.count(" ") + 1, len(written)), []).append(i)
        joined.setdefault(written.replace(" ", ""), i)
    return by_shape, joined


# The fuzzy qualifiers by (words, length), and by their form without spaces: their order kept.
_FUZZY_BY_SHAPE, _FUZZY_JOINED = _shapes()
_NON_SPACE = re.compile(r"\S+")
_GLUED_QUALIFIER = re.compile(r"(approx\.?|ca\.|appr\.)$", re.IGNORECASE)


def _word_value(word: str) -> float:
    key = word.lower()
    if key in FRACTIONS:
        return round(FRACTIONS[key], 4)
    tens, _, ones = key.partition("-")
    return float(TENS[tens] + NUMBER_WORDS[ones]) if ones else float(NUMBER_WORDS[key])


def _match_value(m: re.Match[str], comma_decimal: bool | None) -> tuple[float | None, str | None]:
    """The numeric value and the unit the number itself carries (currency code or percent)."""
    if m.group("word"):
        value: float | None = _word_value(m.group("word"))
    else:
        value = parse_number(m.group("num"), comma_decimal)
    if value is None:
        return None, None
    scale = m.group("scale") or m.group("scale1")
    if scale:
        value *= SCALES[scale.lower()]
    if m.group("sign") in ("-", "−"):
        value = -value
    unit = None
    if m.group("mcur"):
        value *= _DOLLAR_SCALES[m.group("mcur").lower()]
        unit = "USD"  # the release's own dollar, if it says which country (currency.py)
    if m.group("cur"):
        unit = CURRENCY_PREFIXES[m.group("cur").lower()]
    elif m.group("code"):
        unit = m.group("code").upper()
    pct = (m.group("pct") or "").strip().lower()
    if pct:
        unit = "percentage points" if pct in POINT_WORDS else "%"
    return value, unit


def _is_change(unit: str | None) -> bool:
    # Percent, points and money: what "up"/"down" may qualify.
    if not unit:
        return False
    return unit[0] == "%" or unit[:3].isupper() or unit.startswith("percentage")


def _clean_value(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None  # "10^400" overflows: keep the text, not a number JSON cannot hold
    return float(round(value, 6))


def _plural(word: str) -> bool:
    w = word.lower().rstrip("'’")
    if "." in w:
        return False  # "U.S."
    return w in IRREGULAR_PLURALS or (w.endswith("s") and not w.endswith(("ss", "us", "is")))


def _noun_phrase(text: str, pos: int, connectors: bool = True) -> tuple[str, int]:
    """The short counted noun phrase right after text[pos] ("tonnes of cocaine", "new posts") and
    where it ends; ("", pos) when the next word cannot start one (a verb, a preposition, a month)."""
    first, end, words, plural, head_end = -1, pos, 0, False, pos
    connector = -1 if connectors else 0  # 0: already past an "of" ("45 percent of ...")
    while True:
        m = _WORD_TOKEN.match(text, pos)
        if not m:
            break
        word = m.group(1)
        key = word.lower().rstrip(".")
        if key in ("of", "in") and words and connectors and connector < 0:
            connector, pos, head_end = words, m.end(), end
            continue
        if connector == words and key in ("the", "all"):
            pos = m.end()
            continue
        if key in STOP_WORDS or key in MONTHS or _ADVERB.search(key) or plural and connector < 0:
            break
        if connector >= 0 and words > connector and _plural(text[first:end].split()[-1]):
            break
        if connector >= 0 and (word[0].isupper() and key != "u.s" or words - connector >= 3):
            break
        if connector == words and key.endswith("ing") and key not in _ING_NOUNS:
            end = head_end  # "counts of accepting bribes" → "counts"
            break
        if words + (connector >= 0) >= 5 or connector < 0 and words >= 4:
            if connector >= 0:
                end = head_end  # "counts of aggravated identity ..." → "counts"
            break
        sentence_end = word.endswith(".") and "." not in word[:-1] and len(word) > 4
        first = m.start(1) if first < 0 else first
        end = pos = m.end() - (1 if sentence_end else 0)
        words += 1
        plural = plural or _plural(key) and not word.endswith(("'", "’"))
        if sentence_end:
            break
    return (text[first:end], end) if first >= 0 else ("", pos)
