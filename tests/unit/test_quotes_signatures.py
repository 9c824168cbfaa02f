"""A quotation signed on the line below it with no dash: "Jane Roe, Minister of Ports", "Jo Roe,
ferry pilot, Kell Cove", "Honourable Jane Roe" over "Minister of Ports". Sentences of our own."""

from __future__ import annotations

from pressreader.importers.text import read_text
from pressreader.quotes import analyse_quotes


def _said(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    found = analyse_quotes(list(paragraphs), ("Ferry landing rebuilt", ""))[0]
    return [(q.text.split()[0], q.speaker, q.role) for q in found]


def test_a_name_then_its_office_signs_the_quotation_above() -> None:
    assert _said(
        "The landing will reopen in May.",
        '"Islanders have waited long enough for a landing that does not flood."',
        "Oriane Castellanos-Voigt, Minister of Coastal Services",
        '"We tie up to a rotten post every morning."',
        "Piet Haraldsen-Mbeki, ferry pilot, Kell Cove",
    ) == [
        ("Islanders", "Oriane Castellanos-Voigt", "Minister of Coastal Services"),
        ("We", "Piet Haraldsen-Mbeki", "ferry pilot, Kell Cove"),
    ]


def test_an_honourable_name_over_an_office_is_one_signature_not_a_heading() -> None:
    doc = read_text(
        "Ferry landing rebuilt\n\nThe landing will reopen in May.\n\n"
        '"Islanders have waited long enough for a landing that does not flood."\n\n'
        "Honourable Oriane Castellanos-Voigt\nMinister of Coastal Services\n\n"
        "The work starts in spring.\n",
        "signed.txt",
    )
    paragraphs = [b.text for b in doc.blocks if b.kind == "p"]
    assert _said(*paragraphs) == [
        (
            "Islanders",
            "Oriane Castellanos-Voigt",
            "Minister of Coastal Services",
        )
    ]


def test_a_name_line_ending_in_a_dash_leads_the_quotation_below_it() -> None:
    assert _said(
        "Oriane Castellanos-Voigt, Minister of Coastal Services –",
        "“Islanders have waited long enough for a landing that does not flood.”",
        "Piet Haraldsen-Mbeki, ferry pilot, Kell Cove –",
        "“We tie up to a rotten post every morning.”",
    ) == [
        ("Islanders", "Oriane Castellanos-Voigt", "Minister of Coastal Services"),
        ("We", "Piet Haraldsen-Mbeki", "ferry pilot, Kell Cove"),
    ]


def test_a_name_and_title_after_a_quotation_carried_over_is_a_heading_of_what_follows() -> None:
    assert "Piet Haraldsen-Mbeki" not in [
        speaker
        for _, speaker, _ in _said(
            "Statement from the Governor: “I am proud to name two new advisers. Both have served the "
            "state for years.",
            "“I thank Odile Marchetti-Brun for her service and wish her well.”",
            "Piet Haraldsen-Mbeki, Senior Advisor to the Governor",
            "The Governor announced that Piet Haraldsen-Mbeki will join the office next month.",
        )
    ]


def test_an_office_with_a_comma_after_its_first_word_signs_too() -> None:
    assert _said(
        '"The river came back to the side channel the first spring after the culvert went."',
        "Maren Oduya-Fallis, Chief, Teskwa River Band",
    ) == [("The", "Maren Oduya-Fallis", "Chief, Teskwa River Band")]
