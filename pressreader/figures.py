"""Parse statistics such as "more than 16.000 email addresses" into qualifier, value and unit.

`parse_figure` reads a bullet item; `find_figure_spans` finds the quantities of running text (counts,
money, percentages, measures), not dates, times, ordinals, ages, phone numbers, citations or names
("COVID-19", "Section 232"). A Figure's text is always the text exactly as written."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from pressreader.figure_words import (
    AGE_AFTER,
    AGE_BEFORE,
    CHANGE_ONLY_QUALIFIERS,
    CITATION_AFTER,
    COMMA_DECIMAL_LANGS,
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DESIGNATORS,
    DIGIT_WORDS,
    DISCOURSE_NOUNS,
    FRACTIONS,
    GLUED_UNITS,
    IRREGULAR_PLURALS,
    LANG_STOP_WORDS,
    MONTHS,
    NEGATIVE_QUALIFIERS,
    NUMBER_WORDS,
    OPENING_WORDS,
    PERCENT_WORDS,
    POINT_WORDS,
    QUALIFIERS,
    SCALES,
    STOP_WORDS,
    STREET_WORDS,
    TENS,
    TIME_NOUNS,
    TIME_WORDS,
)
from pressreader.model import Figure

# Longer written forms that a typo may disturb (edit distance 1 is tolerated for these).
_FUZZY_QUALIFIERS = [q for q in QUALIFIERS if len(q) >= 6 and " " in q or len(q) >= 8]


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_LONG_SCALES = [s for s in SCALES if len(s) > 1]
_WORD_RE = rf"(?:{_alt(TENS)})-(?:{_alt(DIGIT_WORDS)})|{_alt([*FRACTIONS, *NUMBER_WORDS])}"
_PCT_WORDS = _alt([*POINT_WORDS, *(w for w in PERCENT_WORDS if w != "%")])
# A number: digits with optional grouping (., comma, space, thin/no-break space) and decimals, or
# a number word; then a scale ("million", "bn"; a one-letter scale only glued: "£40m") and percent.
_NUMBER = re.compile(
    rf"""
    (?:
      (?:(?:(?<![\w$])(?P<cur>{_alt(CURRENCY_PREFIXES)})|(?<!\w)(?P<code>{_alt(CURRENCY_CODES)})(?=\s?\d))\s?)?
      (?:(?<![\w])(?P<sign>[-−+]))?
      (?<![\w,])(?<!\d\.)(?P<num>\d{{1,3}}(?:[\u00a0\u202f ]\d{{3}})+(?![\d.,]\d)|\d+(?:[.,]\d+)*)
    | (?<![\w-])(?P<word>{_WORD_RE})(?![\w-])
    )
    (?:\s?(?P<scale>{_alt(_LONG_SCALES)})(?![\w])|(?<=\d)(?P<scale1>[mbk])(?![\w]))?
    (?P<pct>\s?%|\s(?:{_PCT_WORDS})\b)?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CUR_AFTER = re.compile(rf"\s?(?P<w>{_alt(CURRENCY_WORDS)})(?![\w])", re.IGNORECASE)
_MONTH = rf"(?:{_alt(MONTHS)})"
_DATE_AFTER = re.compile(
    rf"(?:\.|st|nd|rd|th)?(?:\s*(?:-|–|/|and|to|&)\s*\d{{1,2}}\.?)*\s*{_MONTH}\b", re.I
)
_DATE_BEFORE = re.compile(
    rf"\b{_MONTH}\.?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:,|and|&|-|–|to|through|or)\s*)*$", re.I
)
_TIME_AFTER = re.compile(rf"[:.]\d|\s?(?:{TIME_WORDS})(?![\w])", re.IGNORECASE)
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
_WORD_TOKEN = re.compile(r"[ \t\u00a0]+([^\W\d_][\w'’]*(?:[.-][\w'’]+)*\.?)")
_ADVERB = re.compile(r"^(?!(?:family|assembly|supply|ally|rally|monopoly|anomaly)$)\w{3,}ly$")
_ING_NOUNS = frozenset(
    ["funding", "housing", "clothing", "training", "building", "lodging", "shipping", "financing"]
)
_NOT_COUNTS = frozenset(["zero", "one", "dozen", "a dozen", "hundred", "a hundred"])
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


def guess_decimal_comma(texts: Iterable[str], lang: str | None = None) -> bool | None:
    """A text's number style from unambiguous numbers (9,5 · 1.234.567 · 1.234,5 against 9.5 ·
    1,234,567 · 1,234.5). "16.000" or "48,000" alone says nothing: then the release's `lang`
    decides, and without one the answer is None (both then read as thousands)."""
    votes = 0
    for text in texts:
        for m in re.finditer(r"(?<![\w.,])\d+((?:[.,]\d+)+)(?![\w]|[.,]\d)", text):
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


def detect_lang(texts: Iterable[str]) -> str | None:
    """The language ("en", "de", "fr") of the commonest short words; None when unsure."""
    counts: Counter[str] = Counter()
    seen = 0
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", text.lower()):
            seen += 1
            for lang, words in LANG_STOP_WORDS.items():
                if word in words:
                    counts[lang] += 1
        if seen > 5000:
            break
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3:
        return None
    if len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]:
        return None
    return ranked[0][0]


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
    spans = [m.span() for m in re.finditer(r"\S+", prefix[-60:])]
    offset = max(0, len(prefix) - 60)
    words = [prefix[offset + a : offset + b].lower() for a, b in spans]
    # "to more than 50": an exact "more than" first, not a fuzzy "no more than".
    for fuzzy in (False, True):
        for n in (3, 2, 1):
            if len(words) < n:
                continue
            tail = " ".join(words[-n:])
            start = offset + spans[-n][0]
            if not fuzzy and tail in QUALIFIERS:
                return QUALIFIERS[tail], start
            for written in _FUZZY_QUALIFIERS if fuzzy else ():
                same_words = written.count(" ") == n - 1 and _edit_distance_le1(tail, written)
                if same_words or (n == 1 and tail == written.replace(" ", "")):
                    return QUALIFIERS[written], start
    glued = re.search(r"(approx\.?|ca\.|appr\.)$", prefix, re.IGNORECASE)  # "approx.12 million"
    if glued:
        return "approximately", glued.start()
    return None, len(prefix)


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


def _is_noise(text: str, m: re.Match[str], start: int, strong: bool) -> bool:
    """Whether the number at text[start:m.end()] is a date, time, age, citation or name."""
    end = m.end()
    before, after = text[max(0, start - 80) : start], text[end : end + 80]
    if m.group("word") or strong:
        return strong and bool(m.group("num")) and before[-1:] in "-–/" and before[-2:-1].isalpha()
    raw = m.group("num")
    glued = re.match(r"[^\W\d_][\w'’²°]*|°[CF]", after)
    if glued and glued.group(0).lower() not in GLUED_UNITS:
        return True  # 5th, 117th, 1990s, 5G
    if before[-1:] in "-–/:#§" and before[-2:-1] not in ("", " ") or before.endswith(("§ ", "# ")):
        return True  # COVID-19, F-35, 1:20-cr-123, 5/6, § 1001
    if before.endswith("(") and after.startswith(")") or _JOINED_AFTER.match(after):
        return True  # (202) 514-2007, the first of 2021-22
    if _TIME_AFTER.match(after) or _CITATION.match(after) or _RANGE_BEFORE.search(before):
        return True
    if re.fullmatch(r"(1[89]|20)\d\d", raw) and not m.group("scale"):
        return True  # a year
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
    for m in _NUMBER.finditer(text):
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


def _bullet_unit(rest: str, pos: int = 0) -> str:
    """A bullet's unit: a short fragment as written ("arrest warrants were executed"), else the
    counted noun phrase that starts it, never a whole sentence."""
    rest = _TRAILING.sub("", _LEADING.sub("", rest[pos:])).strip()
    if len(rest.split()) <= 5 and len(rest) <= 48 and not re.search(r"[,;:!?()\[\]]|\.\s", rest):
        return rest
    noun, _ = _noun_phrase(" " + rest, 0)
    return noun


def parse_figure(text: str, lang: str | None = None, comma_decimal: bool | None = None) -> Figure:
    """Parse one statistic; the original text is kept whatever is understood of it."""
    if comma_decimal is None:
        comma_decimal = decimal_comma(lang)
    matches = [(m, *_match_value(m, comma_decimal)) for m in _NUMBER.finditer(text)]
    matches = [(m, v, u) for m, v, u in matches if v is not None]
    wanted = [x for x in matches if not _is_noise(text, x[0], x[0].start(), bool(x[2]))]
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
