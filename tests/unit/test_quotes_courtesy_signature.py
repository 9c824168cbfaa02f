"""A whole-paragraph quotation signed on the same line by "Hon. Name, Office", as a printed
provincial release runs the signature into the paragraph. Sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def test_an_honourable_signature_run_into_the_quotation_paragraph() -> None:
    found = analyse_quotes(
        [
            "Quotes:",
            '"Ferries that run on time are not a luxury for island families. This contract holds '
            'the operator to it." Hon. Rosalind Achterberg-Mwale, Minister of Coastal Transport',
        ],
        ("Ferry contract signed", ""),
    )[0]
    assert [(q.text.split()[0], q.speaker, q.role) for q in found] == [
        ("Ferries", "Rosalind Achterberg-Mwale", "Minister of Coastal Transport")
    ]
