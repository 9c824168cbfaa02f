"""A bare "$" is the dollar of the country a release comes from, when its words say which."""

from __future__ import annotations

from pressreader.currency import local_dollar, with_dollar
from pressreader.figures import parse_figure


def test_a_canadian_release_reads_a_bare_dollar_as_cad() -> None:
    texts = ["OTTAWA, Ontario – The Government of Canada announced $14.8 million.", "-30-"]
    assert local_dollar(texts) == "CAD"
    assert (
        with_dollar(parse_figure("$14.8 million for new ferries"), "CAD").unit
        == "CAD for new ferries"
    )


def test_australian_and_new_zealand_marks() -> None:
    assert local_dollar(["Cr Jo Roe said the Shire would match the $2 million."]) == "AUD"
    assert local_dollar(["Ngā mihi. Te Awa District iwi welcomed the $3 million."]) == "NZD"


def test_a_us_release_naming_another_country_keeps_usd() -> None:
    texts = [
        "The United States and Australia will fund a $100 million facility.",
        "Australia, Japan and India join; Australia leads one strand. Australia hosts it.",
        "U.S. officials said the United States would provide half.",
    ]
    assert local_dollar(texts) is None


def test_thin_evidence_or_an_explicit_us_dollar_keeps_usd() -> None:
    assert (
        local_dollar(["The fraud took $8 million from investors, one of them in Canada."]) is None
    )
    assert with_dollar(parse_figure("US$2 million in aid"), "CAD").unit == "USD in aid"
    assert (
        with_dollar(parse_figure("£4.2 million for roads"), "CAD").unit
        == parse_figure("£4.2 million for roads").unit
    )


def test_united_nations_appeals_stay_in_us_dollars() -> None:
    texts = ["Le HCR lance un appel de 27,5 millions de dollars.", "Nations Unies, Genève, Canada"]
    assert local_dollar(texts) is None


def test_quebec_millions_of_dollars_are_read_with_their_scale() -> None:
    assert parse_figure("Investissement de 12,4 M$ pour le parc", lang="fr").value == 12_400_000
    assert parse_figure("1,2 G$ pour les routes", lang="fr").value == 1_200_000_000
    assert parse_figure("500 k$ en subventions", lang="fr").unit == "USD en subventions"
    assert (
        with_dollar(parse_figure("12,4 M$ pour le parc", lang="fr"), "CAD").unit
        == "CAD pour le parc"
    )


def test_a_province_in_the_banner_counts_twice() -> None:
    texts = ["The four stations will cost $31.5 million, the minister said."]
    assert local_dollar(texts) is None
    assert local_dollar(texts, ["Government of Alberta"]) == "CAD"


def test_bilingual_canadian_and_te_reo_marks_and_swiss_francs() -> None:
    texts = ["From: News <news@valley.example.ca>", "(Le français suit)", "It adds $2.4 million."]
    assert local_dollar(texts) == "CAD"
    assert (
        local_dollar(["Pānui pāpāho | Media release", "Council sets aside $1.8 million."]) == "NZD"
    )
    assert local_dollar(["From: News <news@valley.example.ca>", "Funding of $3 million."]) is None
    assert (
        parse_figure("340 Millionen Franken für die Jahre 2027 bis 2032", lang="de").unit == "CHF"
    )
