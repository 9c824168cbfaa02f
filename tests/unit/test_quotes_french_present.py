"""French credits a quotation in the present tense after it: "», indique le porte-parole X.",
"», précise-t-elle." Sentences of our own."""

from __future__ import annotations

from pressreader.quotes import analyse_quotes


def test_a_present_tense_french_verb_after_the_quotation() -> None:
    found = analyse_quotes(
        [
            "«Le pont restera fermé aux camions jusqu'à la fin des travaux», indique la "
            "porte-parole Maëlle Quintard-Osei. Les travaux dureront six semaines.",
            "«Les piétons pourront toujours passer par la passerelle provisoire», précise-t-elle.",
        ],
        ("Fermeture du pont de Vauclerc", ""),
    )[0]
    assert [(q.text.split()[0], q.speaker) for q in found] == [
        ("Le", "Maëlle Quintard-Osei"),
        ("Les", "Maëlle Quintard-Osei"),
    ]
