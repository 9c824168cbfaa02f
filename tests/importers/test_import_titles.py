"""Raw text from press offices' pages: the headline, not the page framing, becomes the title;
the office in a banner or an "issued by" line becomes the publisher. Texts are our own."""

from __future__ import annotations

import pytest

from pressreader.importers.publishers import is_person, publisher_for_url
from pressreader.importers.text import read_text
from pressreader.importers.titles import clean_title, is_boilerplate

BODY = (
    "The new scheme will open to applicants next month, the office said in a statement on its "
    "plans for the coming year.\n\nMore details will follow in the autumn."
)


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        (
            "Department for Harbours\n\nTuesday, 4th June 2024\n\nFerry links to three islands restored\n\n"
            + BODY,
            "Ferry links to three islands restored",
            "Department for Harbours",
        ),
        (
            "European Commission - Daily News\n\nDaily News 21 / 05 / 2019\n\n"
            "Commission backs cleaner river barges\n\nBrussels, 21 May 2019 – " + BODY,
            "Commission backs cleaner river barges",
            "European Commission",
        ),
        (
            "PRESS RELEASE : Lighthouse keepers' cottages to be restored [June 2024]\n\n"
            "The press release issued by the Department for Coastal Heritage on 12 June 2024.\n\n"
            + BODY,
            "Lighthouse keepers' cottages to be restored",
            "Department for Coastal Heritage",
        ),
        (
            "Skip to main content\nHome > News > Press releases\n\nMedia release\n\n"
            "Orchard growers get drought support\n\n" + BODY,
            "Orchard growers get drought support",
            None,
        ),
        (
            "Federal Office for Mountain Roads\n\n03.11.2022 - Press release\n\n"
            "Pass road to reopen before winter\n\n" + BODY,
            "Pass road to reopen before winter",
            "Federal Office for Mountain Roads",
        ),
        (
            "News release\n\nStatement\n\nStatement by the Premier on Founders' Day\n\n"
            "January 30, 2024\nLakeport, Northland\n\n" + BODY,
            "Statement by the Premier on Founders' Day",
            None,
        ),
        (
            "Commission valléenne - Communiqué de presse\n\nLa Commission finance dix ponts\n\n"
            + BODY,
            "La Commission finance dix ponts",
            "Commission valléenne",
        ),
        (
            "Daily News – 21.05.2019\n\nPRESS RELEASE :\n\nNew fund for village schools\n\n" + BODY,
            "New fund for village schools",
            None,
        ),
        (
            "Passer au contenu principal\n\nGouvernement du Valmont / Government of Valmont\n\n"
            "Valmont.ca > Nouvelles\n\nDéclaration\n\nDéclaration du ministre sur la fête des "
            "rivières\n\n" + BODY,
            "Déclaration du ministre sur la fête des rivières",
            None,
        ),
        (
            "Valley Constabulary\nKeeping the Valley Safe Together Since the Old Days\n\n"
            "Home | News | Contact us | 101 non-emergency\n\nTwo men charged after tractor thefts "
            "near Orrin\n\n12-06-2025\n\n" + BODY,
            "Two men charged after tractor thefts near Orrin",
            "Valley Constabulary",
        ),
        (
            "Harbour Wire\nCouncil news, as sent to us\n\nHome | Councils | Archive\n\n"
            "PRESS RELEASE: Ferry timetable to add six late sailings from July\n\n" + BODY,
            "Ferry timetable to add six late sailings from July",
            None,
        ),
    ],
)
def test_framing_lines_are_skipped_and_the_headline_kept(
    text: str, title: str, source: str | None
) -> None:
    doc = read_text(text, "x.txt")
    assert doc.title == title
    assert doc.source == source
    assert doc.summary and doc.summary.startswith(("The new scheme", "Brussels, 21 May 2019"))


def test_a_capitalised_headline_naming_an_office_is_kept() -> None:
    doc = read_text("Government Announces New Funding for Rural Clinics\n\n" + BODY, "x.txt")
    assert doc.title == "Government Announces New Funding for Rural Clinics"


def test_a_plain_first_line_title_is_unchanged() -> None:
    doc = read_text("A title\n\nSome text without any date at all.", "x.txt")
    assert doc.title == "A title"
    # A release of one paragraph is all body: the lead is only split off when more follows.
    assert doc.summary is None
    assert [b.text for b in doc.blocks] == ["Some text without any date at all."]


def test_issued_by_at_the_end_names_the_publisher() -> None:
    text = (
        "Man charged after shop robbery\n\n"
        + BODY
        + "\n\nENDS\n\nIssued by Harbour City Police Media Centre"
    )
    assert read_text(text, "x.txt").source == "Harbour City Police Media Centre"


def test_author_byline_is_not_the_publisher() -> None:
    doc = read_text("Bridge reopens\nAuthor: Jane Q. Smith\nDate: 2024-05-02\n\n" + BODY, "x.txt")
    assert doc.source is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Department for Transport", True),
        ("European Commission - Daily News", True),
        ("Daily News – 21.05.2019", True),
        ("PRESS RELEASE :", True),
        ("Press release", True),
        ("Media release", True),
        ("News", True),
        ("News release", True),
        ("Statement", True),
        ("Home > News > Press releases", True),
        ("Skip to main content", True),
        ('Skip to "About this site"', True),
        ("Language selection", True),
        ("Français", True),
        ("Skip to the shops before the storm arrives on the coast tonight", False),
        ("Friday, 21 December 2018", True),
        ("Ministry of Defence announces new base", False),
        ("Ferry links to three islands restored", False),
        ("Statement by the Prime Minister on Canada Day", False),
    ],
)
def test_boilerplate_lines(line: str, expected: bool) -> None:
    assert is_boilerplate(line) is expected


def test_clean_title_strips_wrappers_and_keeps_the_tag() -> None:
    assert clean_title("PRESS RELEASE : Canal towpath reopens [June 2024]") == (
        "Canal towpath reopens",
        "June 2024",
    )
    assert clean_title("Budget (2024) in brief") == ("Budget (2024) in brief", None)


@pytest.mark.parametrize(
    ("value", "person"),
    [
        ("Antony J. Blinken, Secretary of State", True),
        ("Ned Price, Department Spokesperson", True),
        ("Jane Doe", True),
        ("Office of the Spokesperson", False),
        ("U.S. Department of State", False),
        ("Civil Rights Division", False),
    ],
)
def test_person_or_institution(value: str, person: bool) -> None:
    assert is_person(value) is person


def test_publisher_for_url() -> None:
    assert publisher_for_url("https://www.state.gov/a-statement/") == "U.S. Department of State"
    assert publisher_for_url("https://www.whitehouse.gov/briefing-room/x/") == "The White House"
    assert publisher_for_url("https://www.justice.gov/opa/pr/x") == "U.S. Department of Justice"
    assert publisher_for_url("https://news.example.org/x") == "news.example.org"
    assert publisher_for_url(None) is None


def test_a_headline_naming_its_minister_with_a_colon_is_the_title_and_figures_keep_their_sentence() -> (
    None
):
    from pressreader.importers.assemble import assemble
    from pressreader.importers.text import read_text
    from pressreader.marks import role_of
    from pressreader.tables import figure_rows

    text = (
        "Pressemitteilung\n\nBundesministerin Quill: 120 Millionen Euro mehr für Radwege\n\n"
        "Berlin, 3. April 2025\n\nMehr ist geplant. 2.100 neue Stellen sind vorgesehen.\n"
    )
    release = assemble(read_text(text, "de.txt"))
    assert release.title == "Bundesministerin Quill: 120 Millionen Euro mehr für Radwege"
    sentences = [row["sentence"] for row in figure_rows(release) if row["kind"] == "text"]
    assert sentences == ["2.100 neue Stellen sind vorgesehen."]
    assert role_of("Mr.") is None and role_of("Bundesministerin Dr.") == "Bundesministerin"
    assert role_of("Secretary, May 24, 2021") == "Secretary"


def test_a_kicker_under_the_headline_with_only_bylines_below_leaves_the_headline() -> None:
    text = (
        "Share this page\n\nFacebook   Email\n\nMedia releases\n\n"
        "Ferry terminal at Wattle Point to be rebuilt\n\nMedia release\n\n"
        "The Hon Perry Kestrel MP\nMinister for Harbours\n\nTue 4 Feb 2025\n\n" + BODY
    )
    assert read_text(text, "x.txt").title == "Ferry terminal at Wattle Point to be rebuilt"


def test_a_kicker_under_a_from_line_is_below_the_headline_and_the_standfirst_stays_out() -> None:
    text = (
        'Skip to main content\nSkip to "About this site"\n\nLanguage selection\nFrançais\n\n'
        "northland.gov\nHarbours Northland\nNews\n\n"
        "Northland rebuilds the breakwater at Gull Cove\n\nFrom: Harbours Northland\n\n"
        "News release\n\nA longer breakwater will shelter the boats of the cove in winter storms\n\n"
        "March 3, 2025\nGull Cove, Northland\n\n" + BODY
    )
    doc = read_text(text, "x.txt")
    assert doc.title == "Northland rebuilds the breakwater at Gull Cove"
    words = " ".join([doc.summary or ""] + [b.text for b in doc.blocks])
    assert "A longer breakwater will shelter" in words


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (  # a cookie banner, a menu on one line, a breadcrumb step per line
            "Skip to main content\n\nCookies on our site\nWe use a few cookies to run this site.\n"
            "Accept cookies    Reject cookies\n\nHome | Topics | Speeches | Contact\n\nHome\n> Rivers\n\n"
            "Weir at Lowmere to be rebuilt before winter floods",
            "Weir at Lowmere to be rebuilt before winter floods",
        ),
        (  # an official-website notice and a German skip link
            "Direkt zur Suche\n\nAn official website of the Kardavian Republic\n\n"
            "Neue Fähre für die Insel Brandholm",
            "Neue Fähre für die Insel Brandholm",
        ),
        (  # a newswire's banner; the label whose value is the next line
            "Canada NewsWire\nNews provided by\nFenmoor Water Board\nMar 4, 2025, 09:00 ET\n\n"
            "Share this article\n\nFenmoor Water Board opens two new reservoirs",
            "Fenmoor Water Board opens two new reservoirs",
        ),
        (  # a republisher's menu, its label naming the office, a section name alone
            "Scoop\n\nParliament | Politics | Regional\n\nPress Release: Kardavian Government\n\n"
            "Appeal\n\nNew hospital wing for Port Addison",
            "New hospital wing for Port Addison",
        ),
        (  # a German cookie banner on one line, between the search row and the breadcrumb
            "Stadt Talbrück\n\nRathaus | Leben | Aktuelles\n\nDiese Website verwendet Cookies. "
            "Alle akzeptieren | Nur notwendige\n\nSie sind hier: Startseite › Aktuelles\n\n"
            "Hallenbad Talbrück öffnet nach dem Umbau wieder",
            "Hallenbad Talbrück öffnet nach dem Umbau wieder",
        ),
        (  # a U.S. .gov banner; a breadcrumb that ends in the headline itself
            "Skip to content\nAn official website of the Valmont government\nHere's how you know\n\n"
            "Home | Office of the Spokesperson | Press Releases | Ferry talks resume in Orrin\n\n"
            "Ferry talks resume in Orrin",
            "Ferry talks resume in Orrin",
        ),
        (  # a kicker, a release number and a contact line under the headline
            "VALMONT DEPARTMENT OF FARMS\n\nHome › Newsroom › News Releases\n\n"
            "Valmont invests in twelve small dairies across the north\n\nPress Release\n"
            "Release No. 0217.25\nContact: Farms Press Office",
            "Valmont invests in twelve small dairies across the north",
        ),
        (  # a name in two languages over a menu; a row of page tools; a topic kicker
            "Skip to main content\n\nAsiantaeth Dŵr Gwent Isaf\nLower Gwent Water Agency\n\n"
            "Home    About us    Our work    News\n\nListen    Print    Share\n\nRivers\n\n"
            "Work starts on a fish pass at the Abermor weir",
            "Work starts on a fish pass at the Abermor weir",
        ),
        (  # a row of languages, a menu row, a photo's caption over its credit
            "Harbour News\n\nالعربية   中文   English   Español   Français   Русский\n\n"
            "Topics   In depth   Audio   Video\n\nA nurse weighs a baby at the clinic in Orrin.\n"
            "© Harbour Aid/Jo Marren\n\nClinic boats reach 40 island villages",
            "Clinic boats reach 40 island villages",
        ),
        (  # a court's case line above the headline; "Listen to this page"
            "Court of the Valley\n\nPRESS RELEASE No 12/25\n\nJudgment of the Court in Case "
            "C-88/25 | Orrin Ferries\n\nListen to this page\n\nFerry operators must pay for "
            "crossings cancelled for want of crew",
            "Ferry operators must pay for crossings cancelled for want of crew",
        ),
        (  # a reading time under the date row
            "Valley Health Office\n\nNewsroom  /  News  /  Item\n\n27 November 2025  |  News "
            "release\n\nReading time: 3 min (684 words)\n\nCatch-up clinics reach 9,000 children",
            "Catch-up clinics reach 9,000 children",
        ),
        (  # accessibility links; a two-name banner over "Menü / Menu" and a language row
            "Kantonspolizei Talwil\nPolice cantonale de Talwil\n\nMenü / Menu\nDE | FR\n\n"
            "Easy read\nIrish Sign Language (ISL)\n\nBrand in Lagerhalle – niemand verletzt",
            "Brand in Lagerhalle – niemand verletzt",
        ),
        (  # a link's preview card pasted above the page
            "premier.valley.example.au\nSix new ferry berths for the valley | Premier of the Valley"
            "\nThe berths open next spring.\npremier.valley.example.au/six-new-ferry-berths\n\n"
            "Premier of the Valley\nMenu\n\nSix new ferry berths for the valley",
            "Six new ferry berths for the valley",
        ),
        (  # a reader view's reading time under the headline
            "gov.valley\n\nRail passengers to get refunds for delays of 15 minutes\n6–8 minutes",
            "Rail passengers to get refunds for delays of 15 minutes",
        ),
        (  # a numbered kicker; a place line under a kicker
            "Pressemitteilung 014/2025\n\nStadt Lindenau baut neue Radwege\n\nNews release\n\n"
            "Lindenau, Saxony",
            "Stadt Lindenau baut neue Radwege",
        ),
    ],
)
def test_page_furniture_above_the_headline_is_passed_over(head: str, title: str) -> None:
    doc = read_text(head + "\n\n12 March 2025\n\n" + BODY, "furniture.txt")
    assert doc.title == title
    kept = [doc.summary, *(getattr(b, "text", "") for b in doc.blocks)]
    assert BODY.split("\n\n")[0] in kept  # the lead stays the release's text


def test_a_headline_about_cookie_rules_is_still_a_headline() -> None:
    doc = read_text("Press release\n\nNew rules on cookies for shop websites\n\n" + BODY, "c.txt")
    assert doc.title == "New rules on cookies for shop websites"


def test_a_french_dateline_in_the_lead_dates_the_release() -> None:
    text = (
        "Communiqué de presse\n\nLe port de Vanualo rouvre\n\n"
        "Le 3 mars 2025 – Vanualo (Québec) – Le port rouvrira aux bateaux de pêche lundi, a "
        "annoncé la ministre.\n\nLes travaux ont coûté 2,4 millions de dollars."
    )
    doc = read_text(text, "fr.txt")
    assert str(doc.date) == "2025-03-03" and doc.title == "Le port de Vanualo rouvre"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Press Room\n\nHarbour dues frozen for small fishing boats",
            "Harbour dues frozen for small fishing boats",
        ),
        (
            "gov.example\n\nKardavian Government\n\nRialtas na Cardaive\n\nNew ferry for the outer isles",
            "New ferry for the outer isles",
        ),
        (
            "Hochwasserschutz\n\nDeiche an der Lanne werden erhöht",
            "Deiche an der Lanne werden erhöht",
        ),
        (
            "Go to content | Go to main menu | Go to search\n\nBridge repairs to start in May across the region",
            "Bridge repairs to start in May across the region",
        ),
        (
            "Joint media release\n\nThe Hon Ada Vell MP\nMinister for Rivers\n\nTom Harte MP\nFederal Member for Kestle\n\n$40 million to raise flood-prone roads",
            "$40 million to raise flood-prone roads",
        ),
        (  # a department's name, a bilingual banner, a search box, a menu spaced with two blanks
            "Kardavian Water Board\nBord Uisce na Cardaive\n\nHome  News  Your area  Contact us\n\n"
            "Search this site    Search\n\nHarbour Works and Transport\n\n"
            "New pumping station keeps the old town dry",
            "New pumping station keeps the old town dry",
        ),
        (
            "Te Whare Awa | Rivers Office\n\nAccessibility tools   Translate this page\n\n"
            "Flood gauges go live on the Orrin and Kell",
            "Flood gauges go live on the Orrin and Kell",
        ),
    ],
)
def test_labels_banners_rows_of_links_and_portfolio_lines_above_the_headline_are_passed_over(
    head: str, title: str
) -> None:
    doc = read_text(head + "\n\n12 March 2025\n\n" + BODY, "labels.txt")
    assert doc.title == title


def test_a_short_headline_with_no_longer_line_under_it_stays_the_title() -> None:
    doc = read_text("Budget 2025\n\nPublished\n12 March 2025\n\n" + BODY, "short.txt")
    assert doc.title == "Budget 2025"


def test_a_headline_under_many_paragraphs_of_page_furniture_is_found() -> None:
    furniture = "\n\n".join(
        ["Skip to main content", "Cookies on this site", "We use cookies to run the site."]
        + ["Accept cookies | Reject cookies", "GOV.EXAMPLE", "Menu", "Search", "Home > Harbours"]
        + ["Press release"]
    )
    doc = read_text(f"{furniture}\n\nSlipway at Orrin Bay to reopen\n\n" + BODY, "deep.txt")
    assert doc.title == "Slipway at Orrin Bay to reopen"


def test_day_first_dates_with_hyphens_and_an_agency_tag_date_the_release() -> None:
    first = read_text(
        "Press Room\n\nPLENARY  ENVI  23-04-2025 - 13:05\n\nMEPs back new harbour rules\n\n" + BODY,
        "ep.txt",
    )
    assert str(first.date) == "2025-04-23" and first.title == "MEPs back new harbour rules"
    second = read_text(
        "Rathauskorrespondenz\n\nNeue Brücke über die Lanne\n\n"
        "Lindenau, 24.04.2025 (RK) – Der Gemeinderat hat die neue Brücke beschlossen, sagte die "
        "Bürgermeisterin.\n\nDer Bau beginnt im Herbst.",
        "rk.txt",
    )
    assert str(second.date) == "2025-04-24"


def test_a_title_case_headline_of_few_words_with_only_body_under_it_stays() -> None:
    doc = read_text("Ferry Links Restored\n\n12 March 2025\n\n" + BODY, "tc.txt")
    assert doc.title == "Ferry Links Restored"


def test_a_dateline_in_parentheses_dates_the_release() -> None:
    text = (
        "Relief funds released for Vanualo\n\n(New York/Port Addison, 14 May 2025): The relief "
        "fund released money today for families hit by the cyclone, the coordinator said.\n\n"
        "More aid will follow."
    )
    assert str(read_text(text, "ocha.txt").date) == "2025-05-14"


def test_a_release_pasted_from_an_email_takes_its_headline_not_its_header() -> None:
    text = (
        "From: Valley Water Press Office <press@valleywater.example.org>\nSent: 03 February 2026 "
        "09:12\nTo: Press Office Distribution List\nSubject: PRESS RELEASE: Weir repairs ordered "
        "at twelve reservoirs\n\nFOR IMMEDIATE RELEASE\n\nWeir repairs ordered at twelve "
        "reservoirs\n\n" + BODY
    )
    doc = read_text(text, "mail.txt")
    assert doc.title == "Weir repairs ordered at twelve reservoirs"
    assert doc.source != "Valley Water Press Office <press@valleywater.example.org>"


def test_a_latest_news_list_above_the_headline_gives_neither_title_nor_date() -> None:
    text = (
        "Valley Council\n\nHome  >  News\n\nLatest news\n\nLibrary hours change from March\n"
        "Tuesday 10 February 2026\n\nCouncil tax set at budget meeting\nThursday 5 February 2026"
        "\n\nBus lane cameras switch on along the Queensway\n\nMonday 9 February 2026\n\n" + BODY
    )
    doc = read_text(text, "list.txt")
    assert doc.title == "Bus lane cameras switch on along the Queensway"
    assert doc.date is not None and doc.date.isoformat() == "2026-02-09"


def test_a_headline_in_two_languages_is_read_in_the_language_of_the_release() -> None:
    text = (
        "Llywodraeth y Cwm\nValley Government\n\nDyddiad / Date: 16/02/2026\n\n"
        "Bysiau trydan i 30 o ysgolion\nElectric buses for 30 rural schools from September\n\n"
        + BODY
    )
    assert read_text(text, "two.txt").title == "Electric buses for 30 rural schools from September"


@pytest.mark.parametrize(
    "headline",
    [
        "Readout of the White House Convening on Rural Broadband",  # no institution's banner
        "Deputy Secretary Ellery-Vance Honors Locally Employed Staff of the Year",  # no byline
    ],
)
def test_a_readout_or_an_office_honoring_is_the_headline(headline: str) -> None:
    raw = f"BRIEFING ROOM\n\n{headline}\n\nAPRIL 6, 2022\n\nThe convening brought together forty mayors.\n"
    assert read_text(raw, "x.txt").title == headline
