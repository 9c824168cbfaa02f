"""Property tests (hypothesis): the loader, the figures parser and the quote extractor on arbitrary
input never raise and never hang, and what they return keeps its promises.

Reproducible in CI: derandomize=True (examples follow from the test's name), no example database,
a 1 s deadline per example (the machines are shared and noisy; a pathological case, such as the
quadratic reading of a paragraph of hundreds of quotations fixed on 2026-12-01, takes seconds) and
60-150 examples per test (the file runs in a few seconds).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pressreader.figures import find_figures, parse_figure
from pressreader.model import Release
from pressreader.quotes import extract_quotes
from pressreader.store import FIELDS, dump_release, parse_release

FUZZ = settings(
    max_examples=150,
    deadline=1000,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# What a loaded release may never hold: C0 controls but newline (tab included: text is folded),
# DEL, C1, and the bidi controls and zero-width characters pressreader.text removes.
FORBIDDEN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)

# Characters that make text dangerous or awkward: escapes, controls, bidi, zero-width, quotes,
# markup, YAML indicators, wide and combining characters.
NASTY = (
    "\x1b\x07\x00\x08\x0b\x0c\r\n\t\x7f\x85\x90\x9b\x9c\x9d\x9f"
    "\u200b\u200e\u200f\u202a\u202e\u2060\u2066\u2069\ufeff\u061c\u2028\u2029"
    "[]/{}:#&*!|>'\"%@`,-?~ "
    "“”„«»‘’‚‹›"
    "港口é\u0301👩\u200d👧🇳🇴"
)
nasty_text = st.text(
    alphabet=st.one_of(st.sampled_from(NASTY), st.characters(codec="utf-8")), max_size=120
)


def strings_of(release: Release) -> list[str]:
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    data = release.to_dict()
    data.pop("path", None)
    walk(data)
    return found


def check_result(result: Any) -> None:
    """parse_release's contract: (Release, warnings) or (None, [one error]); a clean Release."""
    release, problems = result
    assert isinstance(problems, list)
    for problem in problems:
        assert problem.message and problem.severity in ("error", "warning")
        assert problem.line is None or problem.line >= 1
        assert problem.column is None or problem.column >= 1
    if release is None:
        assert [p.severity for p in problems] == ["error"]
        return
    assert all(p.severity == "warning" for p in problems)
    assert release.title and isinstance(release.date, dt.date)
    for text in strings_of(release):
        bad = FORBIDDEN.search(text)
        assert bad is None, f"{bad.group()!r} survived in {text!r}"
    for figure in release.figures:
        assert figure.value is None or math.isfinite(figure.value)


# ----------------------------------------------------------------------------- the loader


@FUZZ
@given(st.binary(max_size=3000))
@example(b"")
@example(b"\xef\xbb\xbf")
@example(b"\x00" * 10)
@example(b"\xff\xfe" + "title: x\n".encode("utf-16-le"))
@example(b"title: x\ndate: 2024-01-01\n\xe9")
def test_parse_release_never_raises_on_bytes(data: bytes) -> None:
    check_result(parse_release(data, "fuzz.yaml"))


# Scalars of every type YAML knows, and strings full of nasty characters.
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.datetimes(),
    nasty_text,
    st.sampled_from(["2024-02-30", "yesterday", "~", "null", "1e400", ".nan", "0x1F", "--- x"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(FIELDS), nasty_text), inner, max_size=4),
    ),
    max_leaves=20,
)
block_keys = st.sampled_from(
    ["paragraph", "heading", "quote", "speaker", "role", "reported", "stats", "intro", "items"]
    + ["image", "caption", "credit", "text", "value", "qualifier", "unit"]
)
blocks = st.one_of(
    nasty_text,
    st.dictionaries(block_keys, values, min_size=1, max_size=4),
    values,
)
documents = st.fixed_dictionaries(
    {"title": st.one_of(nasty_text, scalars), "date": st.one_of(st.dates(), scalars)},
    optional={
        "id": st.one_of(nasty_text, scalars),
        "source": st.one_of(nasty_text, values),
        "topics": st.one_of(st.lists(nasty_text, max_size=3), values),
        "topic": st.one_of(nasty_text, values),
        "lang": st.one_of(st.sampled_from(["en", "de", "fr", "", "xx"]), values),
        "url": st.one_of(st.sampled_from(["https://x.example/a", "javascript:alert(1)"]), values),
        "summary": st.one_of(nasty_text, values),
        "body": st.one_of(st.lists(blocks, max_size=6), values),
        "related": st.one_of(
            st.fixed_dictionaries(
                {},
                optional={
                    "previous": nasty_text,
                    "next": values,
                    "see_also": st.one_of(st.lists(nasty_text, max_size=3), values),
                },
            ),
            values,
        ),
        "sumary": values,
    },
)


@FUZZ
@given(documents)
def test_parse_release_never_raises_on_documents(document: dict[str, Any]) -> None:
    """Random mappings with the real field names and random values and types, as YAML."""
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    check_result(parse_release(text.encode("utf-8"), "fuzz.yaml"))


@FUZZ
@given(documents)
def test_a_loaded_release_survives_being_written_back(document: dict[str, Any]) -> None:
    """What loads can be written in the documented format and read back unchanged (the import
    command relies on this)."""
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    release, _ = parse_release(text.encode("utf-8"), "fuzz.yaml")
    if release is None:
        return
    again, problems = parse_release(dump_release(release).encode("utf-8"), "fuzz.yaml")
    assert again is not None, problems
    assert again.to_dict() == release.to_dict()


# YAML written by hand: field lines whose values are raw tokens (unquoted dates, explicit tags,
# anchors, flow collections), so PyYAML's constructors meet values they cannot build.
RAW_TOKENS = [
    "2024-02-30",
    "2024-01-01",
    "2024-13-01",
    "2024-01-01T25:00:00",
    "!!int twelve",
    "!!float x",
    "!!bool maybe",
    "!!timestamp soon",
    "!!binary ???",
    "!!str 12",
    "!!python/object/apply:os.system [true]",
    "!shell x",
    "&a x",
    "*a",
    "[a, b]",
    "{a: 1}",
    "'quoted'",
    '"\\e]0;x\\a"',
    "|",
    ">",
    "~",
    "1e400",
    ".nan",
    "0x1F",
    "0o17",
    "12:30:00",
    "yes",
]
raw_lines = st.lists(
    st.tuples(
        st.sampled_from([*FIELDS, "reported", "value", "x"]),
        st.one_of(st.sampled_from(RAW_TOKENS), nasty_text.map(lambda t: t.replace("\n", " "))),
    ),
    min_size=1,
    max_size=6,
).map(lambda pairs: "\n".join(f"{key}: {value}" for key, value in pairs) + "\n")


@FUZZ
@given(raw_lines)
@example("title: x\ndate: 2024-02-30\n")
def test_parse_release_never_raises_on_hand_written_yaml(text: str) -> None:
    check_result(parse_release(text.encode("utf-8", "surrogatepass"), "fuzz.yaml"))


# ----------------------------------------------------------------------------- figures

NUMBERISH = [
    "more than",
    "mor than",
    "up to",
    "approx.",
    "rund",
    "mehr als",
    "16.000",
    "16,000",
    "16 000",
    "9,5",
    "9.5",
    "1.2bn",
    "12 million",
    "€3.5 million",
    "$2.1 billion",
    "£",
    "45%",
    "45 percent",
    "two-thirds",
    "twelve",
    "2024",
    "12 March 2024",
    "1,2,3,4,5,6,7,8,9",
    "9" * 400,
    "1e400",
    "0,000001",
    "-",
    "tonnes of cocaine",
    "email addresses",
]
figure_text = st.lists(
    st.one_of(st.sampled_from(NUMBERISH), nasty_text), min_size=0, max_size=12
).map(" ".join)
langs = st.sampled_from([None, "en", "de"])


@FUZZ
@given(figure_text, langs)
@example("1" * 5000, "en")
@example("9" * 400 + " million", None)
@example("more than " * 200 + "16.000", "de")
def test_parse_figure_keeps_the_text(text: str, lang: str | None) -> None:
    figure = parse_figure(text, lang=lang)
    assert figure.text == text
    assert figure.qualifier is None or figure.qualifier.strip()


@FUZZ
@given(figure_text, langs)
@example(("1.000.000 " * 300), "de")
@example("approx. " * 500 + "5 tonnes", None)
def test_find_figures_returns_pieces_of_the_text(text: str, lang: str | None) -> None:
    for figure in find_figures(text, lang=lang):
        assert figure.text and figure.text in text


@FUZZ
@given(figure_text, langs)
@example("9" * 400 + " tonnes", None)
def test_figures_are_finite_numbers(text: str, lang: str | None) -> None:
    figures = [parse_figure(text, lang=lang), *find_figures(text, lang=lang)]
    for figure in figures:
        assert figure.value is None or math.isfinite(figure.value)


# ----------------------------------------------------------------------------- quotes

QUOTISH = [
    "“",
    "”",
    '"',
    "„",
    "«",
    "»",
    "‘",
    "’",
    "'",
    " said Ada Quill, Minister of Ports.",
    "Ada Quill said: ",
    ", she said. ",
    "according to the minister",
    " — Ada Quill",
    "Federal Minister of the Interior Nancy Faeser",
    "Faeser",
    "the so-called ",
    "released the following statement:",
    "We will act.",
    "Mr. Smith",
    "U.S.",
    "…",
    ". ",
]
paragraph = st.lists(st.one_of(st.sampled_from(QUOTISH), nasty_text), max_size=14).map("".join)


@FUZZ
@given(st.lists(paragraph, max_size=6))
@example(["“" * 300])
@example(["“" + "word " * 2000])
@example(["„a“ " * 200 + "said Ada Quill."])
@example(['"Words," she said. "More words." ' * 100])
def test_extract_quotes_never_raises(paragraphs: list[str]) -> None:
    for quote in extract_quotes(paragraphs):
        assert isinstance(quote.text, str)
        for index, start, end in quote.spans:
            assert 0 <= index < len(paragraphs)
            assert 0 <= start <= end <= len(paragraphs[index])


# Text made of the pieces numbers are written with: digits, separators, signs, currencies, codes,
# number words and scales, so that the fast finder meets every way a number can start.
_NUMBER_PIECES = st.sampled_from(
    [
        *"0123456789 .,-−+/:$€£¥%ſKk\u00a0\u202f٣",
        "US$",
        "u.s.$",
        "A$",
        "nz$",
        "EUR ",
        "usd",
        "one",
        "twenty-one",
        "a dozen",
        "Three",
        "million",
        "bn",
        "m ",
        " percent",
        "x",
        "COVID-",
        "aged ",
    ]
)


@FUZZ
@given(st.lists(_NUMBER_PIECES, max_size=40).map("".join))
@example("paid US$ -5 and €3.1bn, twenty-one men, 1 000 000 and 4,2 %")
def test_number_matches_equal_the_plain_scan(text: str) -> None:
    from pressreader.figure_numbers import _NUMBER, number_matches

    fast = [(m.span(), m.groupdict()) for m in number_matches(text)]
    assert fast == [(m.span(), m.groupdict()) for m in _NUMBER.finditer(text)]
