"""Figures in running text: only quantities (counts, money, percentages, measures), each with the
offsets of its text as written; dates, times, ages, citations and names with digits are left out."""

from __future__ import annotations

import time

import pytest

from pressreader.figures import find_figure_spans, find_figures

# text, lang, [(figure text, qualifier, value, unit), ...]
FOUND = [
    (
        "Inspectors checked 2,400 lorries and found 38 kg of heroin.",
        "en",
        [("2,400 lorries", None, 2400, "lorries"), ("38 kg of heroin", None, 38, "kg of heroin")],
    ),
    (
        "The port handled 1.200 containers last week.",
        "de",
        [("1.200 containers", None, 1200, "containers")],
    ),
    (
        "Coastguards found 110 tonnes of cocaine on board.",
        "en",
        [("110 tonnes of cocaine", None, 110, "tonnes of cocaine")],
    ),
    (
        "Officers seized more than 9,5 tonnes of cannabis.",
        "de",
        [("more than 9,5 tonnes of cannabis", "more than", 9.5, "tonnes of cannabis")],
    ),
    # Money in every house style.
    (
        "The council will spend £4.2 million on lighting.",
        "en",
        [("£4.2 million", None, 4_200_000, "GBP")],
    ),
    (
        "The grant of $118.5 million was approved.",
        "en",
        [("$118.5 million", None, 118_500_000, "USD")],
    ),
    (
        "Canberra pledged A$250 million for reefs.",
        "en",
        [("A$250 million", None, 250_000_000, "AUD")],
    ),
    (
        "Ottawa added C$40 million and CA$15 million.",
        "en",
        [("C$40 million", None, 40_000_000, "CAD"), ("CA$15 million", None, 15_000_000, "CAD")],
    ),
    ("Wellington gave NZ$8m to the trust.", "en", [("NZ$8m", None, 8_000_000, "NZD")]),
    (
        "The fund holds €3.1bn and paid out €2.4m.",
        "en",
        [("€3.1bn", None, 3_100_000_000, "EUR"), ("€2.4m", None, 2_400_000, "EUR")],
    ),
    (
        "Brussels released 3.1 billion euros in aid.",
        "en",
        [("3.1 billion euros", None, 3_100_000_000, "EUR")],
    ),
    ("A further EUR 12 million is planned.", "en", [("EUR 12 million", None, 12_000_000, "EUR")]),
    (
        "Der Bund gibt 1,5 Milliarden Euro und 300 Mio. Euro frei.",
        "de",
        [
            ("1,5 Milliarden Euro", None, 1_500_000_000, "EUR"),
            ("300 Mio. Euro", None, 300_000_000, "EUR"),
        ],
    ),
    (
        "Exports reached 17,9 billion euros in the first half.",
        "de",
        [("17,9 billion euros", None, 17_900_000_000, "EUR")],
    ),
    (
        "Fines of nearly $2 million were paid.",
        "en",
        [("nearly $2 million", "nearly", 2_000_000, "USD")],
    ),
    # Percentages and signs.
    ("Sales grew plus 4,2 % on the year.", "de", [("plus 4,2 %", "plus", 4.2, "%")]),
    ("Imports fell minus 3 % in May.", "de", [("minus 3 %", "minus", -3, "%")]),
    (
        "Ridership was down 3 percent, while fares were up 2 per cent.",
        "en",
        [("down 3 percent", "down", -3, "%"), ("up 2 per cent", "up", 2, "%")],
    ),
    ("Die Quote stieg um 45 Prozent.", "de", [("45 Prozent", None, 45, "%")]),
    (
        "Almost 70% of beaches passed.",
        "en",
        [("Almost 70% of beaches", "almost", 70, "% of beaches")],
    ),
    (
        "Turnout rose by 0.4 percentage points.",
        "en",
        [("0.4 percentage points", None, 0.4, "percentage points")],
    ),
    # Measures.
    (
        "The new line is 14km long and carries 3 million passengers a year.",
        "en",
        [("14km", None, 14, "km"), ("3 million passengers", None, 3_000_000, "passengers")],
    ),
    (
        "He was sentenced to 46 months in federal prison.",
        "en",
        [("46 months in federal prison", None, 46, "months in federal prison")],
    ),
    (
        "The department named 65 U.S. citizen diplomats.",
        "en",
        [("65 U.S. citizen diplomats", None, 65, "U.S. citizen diplomats")],
    ),
    # Spelled-out numbers that count people or things.
    ("Three men – aged 19, 31 and 40 – were arrested.", "en", [("Three men", None, 3, "men")]),
    (
        "Two vessels and twenty-five crew were detained.",
        "en",
        [("Two vessels", None, 2, "vessels"), ("twenty-five crew", None, 25, "crew")],
    ),
    (
        "Inspectors visited four ports and five million people use them.",
        "en",
        [("four ports", None, 4, "ports"), ("five million people", None, 5_000_000, "people")],
    ),
    # The unit is a short noun phrase, never the rest of the sentence.
    (
        "Police questioned 31 witnesses who saw the crash near the bridge.",
        "en",
        [("31 witnesses", None, 31, "witnesses")],
    ),
    ("The scheme created 450 jobs across the county.", "en", [("450 jobs", None, 450, "jobs")]),
    (
        "Auditors flagged 12 contracts awarded without tender.",
        "en",
        [("12 contracts", None, 12, "contracts")],
    ),
    (
        "The agency hired 200 armed officers.",
        "en",
        [("200 armed officers", None, 200, "armed officers")],
    ),
    ("It added 80 other routes.", "en", [("80 other routes", None, 80, "other routes")]),
    ("He faces four counts of accepting bribes.", "en", [("four counts", None, 4, "counts")]),
    # A range keeps its second, unit-bearing number; a name's possessive does not name the number.
    ("Fares rose 10-15 percent.", "en", [("15 percent", None, 15, "%")]),
    (
        "The agency’s 12 regional offices reopened.",
        "en",
        [("12 regional offices", None, 12, "regional offices")],
    ),
    (
        "Spanning 39 years of service, her career ended.",
        "en",
        [("39 years of service", None, 39, "years of service")],
    ),
    (
        "It was sentenced in May 2019 to 18 months in prison.",
        "en",
        [("18 months in prison", None, 18, "months in prison")],
    ),
    (
        "Over 50 tactics were taught to more than 50 cadets.",
        "en",
        [
            ("Over 50 tactics", "over", 50, "tactics"),
            ("more than 50 cadets", "more than", 50, "cadets"),
        ],
    ),
]

# Numbers that are not quantities: nothing is found in these sentences.
NOTHING = [
    # times
    "The briefing began at 2:00 P.M. and ended at 3:15 p.m.",
    "Doors open at 10 a.m. sharp.",
    "Die Sitzung beginnt um 14.30 Uhr.",
    # dates and years
    "The treaty was signed on June 5 and ratified on 5 June.",
    "The talks ran from 12 to 14 March in the capital.",
    "The budget for FY2022 and FY 2023 was adopted.",
    "The 2021-22 season was cancelled.",
    "Elections were held in 2021.",
    "Am 5. Juni trat das Gesetz in Kraft.",
    "Arrivals peaked in the 1990s.",
    # ordinals
    "It was the 5th meeting of the 117th Congress.",
    "She finished 2nd and he was 3rd.",
    # ages
    "John Roe, 33, of Springfield, was charged.",
    "The defendants, Jane Doe, 45, and Richard Poe, 52, pleaded guilty.",
    "A 33-year-old man was detained.",
    "The victim, aged 71, was unhurt.",
    "The suspects are 19 years old.",
    # phone numbers
    "Call (202) 555-0147 for details.",
    "The hotline is 1-800-555-0199.",
    # statute, case and order numbers
    "He was charged under 18 U.S.C. 1001 and 18 U.S.C. § 1343.",
    "See 42 U.S.C. 1701 et seq. for the details.",
    "Tariffs under Section 232 remain.",
    "Expulsions under Title 42 ended.",
    "The matter is Case No. 1:20-cr-123 in the district court.",
    "Executive Order 14042 was revoked.",
    "The ruling in 550 U.S. 544 stands.",
    # names with digits
    "The COVID-19 pandemic hit trade.",
    "Leaders of the G7 and G20 met.",
    "The House passed H.R. 3684 yesterday.",
    "The F-35 programme was reviewed.",
    "The Council adopted Resolution 2231 unanimously.",
    "Region 9 of the agency responded.",
    # versions and pages
    "Version 2.0 of the app is out; see page 14 and p. 22.",
    "The software moved to v3.1 last year.",
    # vote tallies
    "The bill passed 31 to 9 in committee.",
    "The motion carried 52-48.",
    # ratios
    "A poll found 3 in 10 adults agree.",
    # addresses
    "The office is at 950 Pennsylvania Avenue, NW.",
    "Send letters to 135 West 23rd Street.",
    # spelled-out numbers that do not count people or things
    "One of the officers said two of them were known to police.",
    "The two leaders discussed trade for three years.",
    "I have two questions for you.",
    "About half of the budget went on staff.",
]


@pytest.mark.parametrize(("text", "lang", "expected"), FOUND)
def test_quantities_are_found(
    text: str, lang: str, expected: list[tuple[str, str | None, float, str | None]]
) -> None:
    found = find_figures(text, lang)
    assert [(f.text, f.qualifier, f.unit) for f in found] == [(t, q, u) for t, q, _, u in expected]
    assert [f.value for f in found] == [pytest.approx(v) for _, _, v, _ in expected]


@pytest.mark.parametrize("text", NOTHING)
def test_numbers_that_are_not_quantities(text: str) -> None:
    assert find_figures(text, "en") == []


def test_table_covers_the_report() -> None:
    assert len(FOUND) >= 35 and len(NOTHING) >= 40


@pytest.mark.parametrize("text", [t for t, _, _ in FOUND] + NOTHING)
def test_spans_are_the_text_as_written(text: str) -> None:
    spans = find_figure_spans(text, "en")
    for start, end, figure in spans:
        assert text[start:end] == figure.text
    assert [start for start, _, _ in spans] == sorted(start for start, _, _ in spans)
    assert find_figures(text, "en") == [f for _, _, f in spans]


def test_spans_point_into_the_paragraph() -> None:
    text = "Officers seized\u00a0more than 4,000 kg of cocaine and $1.2 million in cash."
    assert [(s, e, f.text) for s, e, f in find_figure_spans(text)] == [
        (16, 45, "more than 4,000 kg of cocaine"),
        (50, 62, "$1.2 million"),
    ]


def test_units_are_short() -> None:
    text = (
        "Customs officers seized 4,000 packages of counterfeit medicines and other prohibited goods "
        "that had been shipped through three different countries to avoid detection."
    )
    for figure in find_figures(text, "en"):
        assert figure.unit is not None and len(figure.unit.split()) <= 5


def test_long_paragraphs_stay_fast() -> None:
    paragraph = (
        "On 5 June 2023 officials said 110 tonnes of cocaine were seized, worth $1.2 million, "
        "and that 45 percent of cases in 2022 were cross-border; John Roe, 33, was charged "
        "under 18 U.S.C. 1001 at 2:00 P.M. "
    ) * 200
    started = time.perf_counter()
    found = find_figures(paragraph, "en")
    assert len(found) == 600
    assert time.perf_counter() - started < 2.0


def test_a_number_glued_to_a_capital_letter_is_a_format_not_a_quantity() -> None:
    from pressreader.figures import parse_figure
    from pressreader.figures_text import find_figures

    text = "The 5G masts and 4K cameras reached 1,200 towns; a 2L bottle, $4K and £40M."
    assert [f.text for f in find_figures(text)] == ["1,200 towns", "2L", "$4K", "£40M"]
    assert parse_figure("5G coverage for every county").value is None
    assert parse_figure("4K cameras in 300 schools").value == 300
