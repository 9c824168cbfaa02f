"""The figures parser: qualifier, value and unit from the way press offices write statistics."""

from __future__ import annotations

import pytest

from pressreader.figures import (
    detect_lang,
    find_figures,
    guess_decimal_comma,
    parse_figure,
    parse_number,
)

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
    ("€3.5 million in fines", "en", None, 3_500_000, "EUR in fines"),
    ("$2.1 billion", "en", None, 2_100_000_000, "USD"),
    ("£40m for schools", "en", None, 40_000_000, "GBP for schools"),
    ("3,5 Mio. Euro", "de", None, 3_500_000, "EUR"),
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
    # Signs: the word stays the qualifier, "minus"/"down" make the value negative.
    ("plus 4,2 % gegenüber dem Vorjahr", "de", "plus", 4.2, "% gegenüber dem Vorjahr"),
    ("minus 3 %", "de", "minus", -3, "%"),
    ("down 3 percent on the year", "en", "down", -3, "% on the year"),
    ("up 12 per cent", "en", "up", 12, "%"),
    ("-2.5% in the third quarter", "en", None, -2.5, "% in the third quarter"),
    ("up 40 lorries", "en", None, 40, "lorries"),  # "up" only qualifies a change
    # Currencies in every house style, as ISO codes.
    ("17,9 billion euros", "de", None, 17_900_000_000, "EUR"),
    ("£4.2 million", "en", None, 4_200_000, "GBP"),
    ("$118.5 million", "en", None, 118_500_000, "USD"),
    ("US$9 million", "en", None, 9_000_000, "USD"),
    ("A$250 million", "en", None, 250_000_000, "AUD"),
    ("C$75 million", "en", None, 75_000_000, "CAD"),
    ("CA$ 12 million", "en", None, 12_000_000, "CAD"),
    ("NZ$30m", "en", None, 30_000_000, "NZD"),
    ("€3.1bn", "en", None, 3_100_000_000, "EUR"),
    ("€2.4mn", "en", None, 2_400_000, "EUR"),
    ("3.1 billion euros", "en", None, 3_100_000_000, "EUR"),
    ("EUR 12 million", "en", None, 12_000_000, "EUR"),
    ("1,5 Milliarden Euro", "de", None, 1_500_000_000, "EUR"),
    ("2,8 Mrd. Euro", "de", None, 2_800_000_000, "EUR"),
    ("4 Millionen Euro", "de", None, 4_000_000, "EUR"),
    ("45 Prozent", "de", None, 45, "%"),
    ("0.4 percentage points", "en", None, 0.4, "percentage points"),
    ("to more than 50 countries", "en", "more than", 50, "countries"),  # not "no more than"
    # A bullet whose unit would be a whole sentence keeps only the counted noun phrase.
    (
        "more than 3,100 officers were deployed across the region during the two-week operation, "
        "which the ministry described as the largest of its kind",
        "en",
        "more than",
        3100,
        "officers",
    ),
    (
        "12 tonnes of synthetic drugs, seized at the border after months of joint surveillance",
        "en",
        None,
        12,
        "tonnes of synthetic drugs",
    ),
    (
        "In 2023, 640 new apprentices started training in the city's workshops and depots",
        "en",
        None,
        640,
        "new apprentices",
    ),
    ("over 1,000 extra trips a month", "en", "over", 1000, "extra trips a month"),
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


@pytest.mark.parametrize(
    "text",
    [
        "1,5 and 1.234.567 and 1.234,5 at 10.30",
        "a1,5 _2,5 .3,5 ,4,5 x-6,5 (7,5) 8,5.",
        "12 1,2,3 5.6.2021 1.2.3.4 9,5% ٣,٥ and ١٬٢",
        "0,1,2 3,4.5 6.7,8 99.",
    ],
)
def test_the_grouped_number_pattern_finds_what_its_definition_finds(text: str) -> None:
    """The pattern opens with a digit (so the engine skips to digits) and then looks behind it:
    the numbers it finds are those of "(?=\\d)(?<![\\w.,])\\d+…", the plain definition."""
    import re

    from pressreader.figures import _GROUPED

    plain = re.compile(r"(?=\d)(?<![\w.,])\d+((?:[.,]\d+)+)(?![\w]|[.,]\d)")
    found = [(m.span(), m.groups()) for m in _GROUPED.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert found or "99." in text


def test_guess_decimal_comma() -> None:
    assert guess_decimal_comma(["more than 16.000 items", "9,5 tonnes"]) is True
    assert guess_decimal_comma(["9.5 tonnes and 1,234,567 people"]) is False
    assert guess_decimal_comma(["no numbers here"]) is None


@pytest.mark.parametrize(
    ("texts", "lang", "expected"),
    [
        # Only "16.000" or "48,000": ambiguous, the release's language decides...
        (["some 16.000 visitors came"], "de", True),
        (["some 16.000 visitors came"], "en", False),
        (["48,000 households were reconnected"], "en", False),
        (["48,000 households were reconnected"], "en-GB", False),
        # ... and without one there is no guess (parse_number then reads both as thousands).
        (["some 16.000 visitors came"], None, None),
        (["48,000 households were reconnected"], None, None),
        # Unambiguous numbers outvote the language.
        (["16.000 visitors, up 4,5 %"], "en", True),
        (["1.234.567 euros"], None, True),
        (["1.234,5 hectares"], None, True),
        (["1,234.5 hectares"], "de", False),
        (["2,750,000 doses", "3.25 percent"], None, False),
        # Times, dates and versions are not number styles.
        (["the meeting at 10.30 a.m.", "16.000 visitors"], "de", True),
        (["signed on 5.6.2021 and version 1.2.3"], None, None),
    ],
)
def test_guess_decimal_comma_house_styles(
    texts: list[str], lang: str | None, expected: bool | None
) -> None:
    assert guess_decimal_comma(texts, lang) is expected


def test_ambiguous_number_reads_as_thousands_without_a_guess() -> None:
    comma = guess_decimal_comma(["48,000 households and 16.000 visitors"])
    assert comma is None
    assert parse_number("48,000", comma) == 48000
    assert parse_number("16.000", comma) == 16000


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["The ministry said that the new ferry will run from the harbour to the island."], "en"),
        (
            [
                "Die Polizei hat in der Nacht mehr als 300 Fahrzeuge kontrolliert und eine Bilanz gezogen."
            ],
            "de",
        ),
        (
            [
                "Le ministère a annoncé que les travaux sur la ligne seront terminés pour la rentrée."
            ],
            "fr",
        ),
        (["Press release", "Contact"], None),  # too little text
        ([], None),
        (["12 345 678"], None),
    ],
)
def test_detect_lang(texts: list[str], expected: str | None) -> None:
    assert detect_lang(texts) == expected


def test_detect_lang_reads_many_paragraphs() -> None:
    paragraphs = ["The council said the plan was approved."] * 3 + [
        "Der Rat hat den Plan gebilligt."
    ]
    assert detect_lang(iter(paragraphs)) == "en"


def test_find_figures_in_running_text() -> None:
    text = (
        "On 5 June 2023 officials said 110 tonnes of cocaine were seized, worth $1.2 million, "
        "and that 45 percent of cases in 2022 were cross-border."
    )
    found = find_figures(text, "en")
    assert [(f.value, f.unit) for f in found] == [
        (110, "tonnes of cocaine"),
        (1_200_000, "USD"),
        (45, "% of cases"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("1,8\u202fmillion de dollars pour le quai", "fr", 1_800_000, "USD pour le quai"),
        ("2\u202f400\u202f000\u202f$ au total", "fr", 2_400_000, "USD au total"),
        ("3 millions de francs suisses", "fr", 3_000_000, "CHF"),
        ("4,5 millions de dollars canadiens", "fr", 4_500_000, "CAD"),
        ("12.500 € für Bänke", "de", 12_500, "EUR für Bänke"),
        ("£7.5 million for the harbour", "en", 7_500_000, "GBP for the harbour"),
    ],
)
def test_a_currency_after_the_number_in_french_and_german_style(
    text: str, lang: str, value: float, unit: str
) -> None:
    figure = parse_figure(text, lang=lang)
    assert (figure.value, figure.unit) == (value, unit)


def test_swiss_apostrophes_group_thousands() -> None:
    assert parse_figure("rund 12'500 Einwohnerinnen", lang="de").value == 12_500
    assert parse_figure("1’250’000 Franken", lang="de").value == 1_250_000
    assert [f.value for f in find_figures("In the 1990's, 5'000 people came.")] == [5_000]


def test_a_sum_in_digits_wins_over_a_number_word_before_it() -> None:
    assert parse_figure("The four stations will cost $31.5 million in total").value == 31_500_000
    assert parse_figure("Calls in the four towns rose by 38 per cent").value == 38
    assert parse_figure("Three men – aged 19, 31 and 40").value == 3  # a count, then ages


def test_a_number_word_after_the_refers_back_and_the_digits_are_the_figure() -> None:
    assert parse_figure("The four clinics will employ 46 health professionals").value == 46
    assert parse_figure("two new ferries for 300 passengers").value == 2


def test_a_count_in_digits_wins_over_a_number_word_of_a_circumstance() -> None:
    text = "Kellbrook Cells will partner with two colleges in Ohio to train 350 technicians"
    assert parse_figure(text).value == 350
    assert parse_figure("will open sites in four states and hire at least 600 fitters").value == 600
    assert parse_figure("two new ferries for 300 passengers").value == 2  # the item's own count
