"""The figures parser: qualifier, value and unit from the way press offices write statistics."""

from __future__ import annotations

import pytest

from pressreader.figures import find_figures, guess_decimal_comma, parse_figure, parse_number

# text, lang, qualifier, value, unit
CASES = [
    ("more than 16.000 email addresses", "de", "more than", 16000, "email addresses"),
    ("mor than 16.000 email addresses", "de", "more than", 16000, "email addresses"),
    ("approx.12 million messages", "de", "approximately", 12_000_000, "messages"),
    ("approx. 12 million messages", "en", "approximately", 12_000_000, "messages"),
    (
        "more than 231.000 images and geodata sent",
        "de",
        "more than",
        231000,
        "images and geodata sent",
    ),
    (
        "more than 9,5 tonnes of narcotics were seized",
        "de",
        "more than",
        9.5,
        "tonnes of narcotics were seized",
    ),
    ("16,000 cases", "en", None, 16000, "cases"),
    ("16.000 cases", "de", None, 16000, "cases"),
    ("16 000 cases", None, None, 16000, "cases"),
    ("16\u00a0000 cases", "fr", None, 16000, "cases"),
    ("9,5 tonnes", "de", None, 9.5, "tonnes"),
    ("9.5 tonnes", "en", None, 9.5, "tonnes"),
    ("9,5 tonnes", "en", None, 9.5, "tonnes"),
    ("1,250 kg", "de", None, 1.25, "kg"),
    ("1.250 kg", "en", None, 1.25, "kg"),
    ("1.250 kg", None, None, 1250, "kg"),
    ("1,234,567 visitors", "en", None, 1234567, "visitors"),
    ("1.234.567 visitors", "de", None, 1234567, "visitors"),
    ("1.234,5 hectares", "de", None, 1234.5, "hectares"),
    ("1,234.5 hectares", "en", None, 1234.5, "hectares"),
    ("12 million passengers", "en", None, 12_000_000, "passengers"),
    ("1.2bn in loans", "en", None, 1_200_000_000, "in loans"),
    ("€3.5 million in fines", "en", None, 3_500_000, "€ in fines"),
    ("$2.1 billion", "en", None, 2_100_000_000, "$"),
    ("£40m for schools", "en", None, 40_000_000, "£ for schools"),
    ("3,5 Mio. Euro", "de", None, 3_500_000, "€"),
    ("45%", None, None, 45, "%"),
    ("45 % of households", "de", None, 45, "% of households"),
    ("nearly 40 percent of riders", "en", "nearly", 40, "% of riders"),
    ("45 per cent", "en", None, 45, "%"),
    ("two-thirds of all cases", "en", None, 0.6667, "of all cases"),
    ("half of the budget", "en", None, 0.5, "of the budget"),
    ("over 1,000 extra trips", "en", "over", 1000, "extra trips"),
    ("nearly 300 officers", "en", "nearly", 300, "officers"),
    ("up to 2,500 jobs", "en", "up to", 2500, "jobs"),
    ("at least 18 vessels", "en", "at least", 18, "vessels"),
    ("almost 70% of beaches", "en", "almost", 70, "% of beaches"),
    ("approximately 4,000 households", "en", "approximately", 4000, "households"),
    ("around 150 staff", "en", "around", 150, "staff"),
    ("less than 5 percent", "en", "less than", 5, "%"),
    ("fewer than 20 complaints", "en", "less than", 20, "complaints"),
    ("atleast 18 vessels", "en", "at least", 18, "vessels"),
    (
        "Arrest warrants executed: more than 1.900",
        "de",
        "more than",
        1900,
        "Arrest warrants executed",
    ),
    ("twelve new patrol boats", "en", None, 12, "new patrol boats"),
    ("mehr als 500 Schusswaffen", "de", "more than", 500, "Schusswaffen"),
    ("rund 2.000 Beamte", "de", "approximately", 2000, "Beamte"),
]


@pytest.mark.parametrize(("text", "lang", "qualifier", "value", "unit"), CASES)
def test_parse_figure(
    text: str, lang: str | None, qualifier: str | None, value: float, unit: str
) -> None:
    figure = parse_figure(text, lang)
    assert figure.text == text
    assert figure.qualifier == qualifier
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 40


def test_text_without_a_number_is_kept() -> None:
    figure = parse_figure("a great many people")
    assert (figure.text, figure.value, figure.qualifier, figure.unit) == (
        "a great many people",
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("raw", "comma", "expected"),
    [
        ("16.000", True, 16000),
        ("16.000", False, 16.0),
        ("16,000", True, 16.0),
        ("16,000", False, 16000),
        ("1.2.3", None, None),
    ],
)
def test_parse_number_conventions(raw: str, comma: bool | None, expected: float | None) -> None:
    assert parse_number(raw, comma) == expected


def test_guess_decimal_comma() -> None:
    assert guess_decimal_comma(["more than 16.000 items", "9,5 tonnes"]) is True
    assert guess_decimal_comma(["9.5 tonnes and 1,234,567 people"]) is False
    assert guess_decimal_comma(["no numbers here"]) is None


def test_find_figures_in_running_text() -> None:
    text = (
        "On 5 June 2023 officials said 110 tonnes of cocaine were seized, worth $1.2 million, "
        "and that 45 percent of cases in 2022 were cross-border."
    )
    found = find_figures(text, "en")
    assert [(f.value, f.unit) for f in found] == [
        (110, "tonnes of cocaine"),
        (1_200_000, "$"),
        (45, "% of cases"),
    ]
