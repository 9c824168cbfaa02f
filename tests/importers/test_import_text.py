"""Raw text import: the seed release recovers every expected field; our own examples do too."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pressreader.figures import find_figures
from pressreader.importers.assemble import assemble
from pressreader.importers.base import parse_date
from pressreader.importers.text import read_text
from pressreader.model import Heading, Image, Quote, Stats
from tests.conftest import shared_path

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import_text"


def import_text(path: Path):
    doc = read_text(path.read_text(encoding="utf-8"), str(path))
    return assemble(doc), doc.warnings


def test_seed_release_recovers_every_expected_field() -> None:
    seed = shared_path("seed")
    expected = yaml.safe_load((seed / "expected.yaml").read_text(encoding="utf-8"))
    release, warnings = import_text(seed / "000_4cc6447f4da4e83d.txt")

    assert release.title == expected["title"]
    assert release.date == expected["date"]
    assert release.topics == ()  # the label is empty
    assert release.summary == expected["summary"]
    assert [b.text for b in release.body if isinstance(b, Heading)] == expected["headings"]
    images = [b for b in release.body if isinstance(b, Image)]
    assert [(i.caption, i.credit) for i in images] == [
        (expected["image"]["caption"], expected["image"]["credit"])
    ]

    direct = [q for q in release.quotes if q.kind == "direct"]
    assert len(direct) == len(expected["quotes"])
    for quote, want in zip(direct, expected["quotes"], strict=True):
        assert quote.text.startswith(want["starts"])
        assert quote.speaker == want["speaker"]
        assert quote.role == expected["quotes"][0]["role"]
    reported = [q for q in release.quotes if q.kind == "reported"]
    assert len(reported) >= expected["reported_speech_min"]
    assert all(q.speaker == "Nancy Faeser" for q in reported)

    stats = [b for b in release.body if isinstance(b, Stats)]
    assert [s.intro for s in stats] == [g["group"] for g in expected["statistics"]]
    for block, group in zip(stats, expected["statistics"], strict=True):
        got = [(f.qualifier, f.value) for f in block.items]
        assert got == [(i["qualifier"], pytest.approx(i["value"])) for i in group["items"]]
        for figure, item in zip(block.items, group["items"], strict=True):
            # Units keep the release's own spelling ("invesitigations"): text is data, not corrected.
            assert figure.unit.split()[-1] == item["unit"].split()[-1]

    running = [
        f
        for b in release.body
        if hasattr(b, "text") and not isinstance(b, Quote)
        for f in find_figures(b.text)
    ]
    for want in expected["figures_in_text"]:
        assert any(f.value == want["value"] and f.unit == want["unit"] for f in running)

    assert release.related.previous == expected["related"]["previous"]
    assert release.related.next == expected["related"]["next"]
    assert release.url is None
    assert any("Originally published at" in w for w in warnings)


def test_own_ministry_example() -> None:
    release, warnings = import_text(FIXTURES / "ministry-bridges.txt")
    assert release.title == "Bridge inspections speed up across the republic"
    assert release.topics == ("Transport",)
    assert str(release.date) == "2025-03-14"
    quotes = [(q.text, q.speaker, q.role, q.reported) for q in release.quotes]
    assert quotes == [
        (
            "We owe drivers bridges they never have to think about",
            "Lena Okafor",
            "Transport Minister",
            False,
        ),
        (
            "The money is there. What we need now are engineers … We will hire them.",
            "Lena Okafor",
            "Transport Minister",
            False,
        ),
        (
            "The ministry expects the first results in the autumn",
            "Lena Okafor",
            "Transport Minister",
            True,
        ),
    ]
    stats = next(b for b in release.body if isinstance(b, Stats))
    assert [(f.value, f.unit) for f in stats.items] == [
        (1250, "bridges inspected"),
        (4_500_000, "EUR for sensors"),
        (38, "new engineering posts"),
    ]
    assert release.related.previous == "Rail freight grows for a third year"
    assert warnings == []


def test_own_city_example_with_inline_meta_and_dash_bullets() -> None:
    release, _ = import_text(FIXTURES / "city-parks.txt")
    assert release.source == "Office of the Mayor of Eastbrook"
    assert release.url == "https://eastbrook.example.org/news/parks-2024"
    assert [(q.speaker, q.role) for q in release.quotes] == [
        ("Tomas Reyes", "Mayor"),
        ("Aiko Brandt", "Deputy Mayor"),
    ]
    stats = next(b for b in release.body if isinstance(b, Stats))
    assert stats.intro == "New green spaces"
    assert [f.value for f in stats.items] == [12, 2400, 3_500_000]


def test_numbered_and_starred_bullets() -> None:
    text = "Budget approved\n\nDate: 2024-05-01\n\nThe council approved the budget.\n\nThe main items:\n1. 40 new buses\n2. 12% more for parks\n* about 300 new flats\n"
    release = assemble(read_text(text, "x.txt"))
    stats = next(b for b in release.body if isinstance(b, Stats))
    assert stats.intro == "The main items"
    assert [f.value for f in stats.items] == [40, 12, 300]


def test_text_without_date_is_imported_with_an_uncertain_date() -> None:
    import datetime as dt

    doc = read_text("A title\n\nSome text without any date at all.", "x.txt")
    doc.fallback_date = dt.date(2024, 6, 4)
    release = assemble(doc)
    assert release.date == dt.date(2024, 6, 4)
    assert release.date_certain is False
    assert any("no date found" in w and "--date" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("05 June 2023", "2023-06-05"),
        ("June 5, 2023", "2023-06-05"),
        ("5.6.2023", "2023-06-05"),
        ("2023-06-05T10:00:00+02:00", "2023-06-05"),
        ("Mon, 05 Jun 2023 10:00:00 GMT", "2023-06-05"),
        ("5. Juni 2023", "2023-06-05"),
        ("no date here", None),
    ],
)
def test_dates_press_offices_write(text: str, iso: str | None) -> None:
    parsed = parse_date(text)
    assert (parsed.isoformat() if parsed else None) == iso


def _marks_of(text: str) -> list[tuple[str, str | None, bool]]:
    """(first words, speaker, continues) of every direct quote of a raw-text release."""
    release = assemble(read_text(text, "own.txt"))
    found = []
    for block in release.body:
        for mark in getattr(block, "marks", ()):
            if mark.kind == "direct":
                words = " ".join(block.text[mark.start : mark.end].split()[:4])
                found.append((words, mark.speaker, mark.continues))
    return found


def test_a_statement_named_in_its_title_is_its_authors_words() -> None:
    text = (
        "Harbour Authority - Statement\n\n"
        "Statement by Commissioner for Ports, Canals and Ferries Ada Quill on the ferry strike\n\n"
        "Portmere, 4 March 2025\n\n"
        "Today I want to speak to every family who waited on the quay this week and could not "
        "get home because the ferries stayed tied up.\n\n"
        "We have asked both sides to meet again on Monday, and I will chair that meeting myself.\n\n"
        'The so-called "winter timetable" is not the answer.\n\n'
        "PORTS/25/118\n"
    )
    assert _marks_of(text) == [
        ("Today I want to", "Ada Quill", False),
        ("We have asked both", "Ada Quill", True),
    ]


def test_a_statement_introduced_with_words_before_the_colon() -> None:
    text = (
        "Statement on the storm in Lowmoor\n\n"
        "Published on: 3 February 2025\n\n"
        "The Taoiseach, Brendan Ashe TD, issued the following statement this afternoon:\n\n"
        "My thanks go to the crews who worked through the night to clear the roads.\n\n"
        "ENDS\n"
    )
    assert _marks_of(text) == [("My thanks go to", "Brendan Ashe", False)]


def test_a_lead_quotation_credited_in_so_many_words_by_the_next_paragraph() -> None:
    for credit in (
        "Those are the words of Lowmoor dairy farmer Nell Carrow, one of 300 growers hit.",
        "That is how beekeeper Nell Carrow remembers the morning of the flood.",
    ):
        text = (
            "Flood grants open for Lowmoor farms\n\n12 May 2024\n\n"
            "Farmers hit by the spring floods can apply for grants from Monday.\n\n"
            "“The water stood in the milking shed for nine days and we lost the whole herd.”\n\n"
            f"{credit}\n"
        )
        assert _marks_of(text) == [("The water stood in", "Nell Carrow", False)], credit


def test_a_quote_in_a_paragraph_that_introduces_a_list_is_marked() -> None:
    text = (
        "Harbour Authority - Daily News\n\nDaily News 03 / 11 / 2020\n\n"
        "Authority funds new ferries for the islands\n\n"
        'The Authority has chosen four ferry projects. "Islanders should not wait a day for a '
        'doctor because the boat is broken," said Commissioner for Ports Ada Quill. '
        "The projects include:\n\n- two electric ferries\n- one new quay\n\n"
        'The first ferry sails in May. "Nobody should be cut off by the sea," she said.\n'
    )
    assert _marks_of(text) == [
        ("Islanders should not wait", "Ada Quill", False),
        ("Nobody should be cut", "Ada Quill", False),  # not the banner's "Daily News"
    ]


def test_a_joint_statement_is_not_credited_to_one_of_its_authors() -> None:
    text = (
        "Statement by Mayor Ada Quill and Harbour Master Bo Renn Thanking the Lifeboat Crews\n\n"
        "4 March 2025\n\n"
        "We want to thank every volunteer who put to sea in the storm on Saturday night and "
        "brought the crew of the trawler home.\n"
    )
    assert _marks_of(text) == []


@pytest.mark.parametrize(
    ("from_lines", "publisher"),
    [
        ("From:\nDepartment for Harbours and The Rt Hon Ada Quill MP", "Department for Harbours"),
        (
            "From: Department for Ports, Food and Rural Affairs",
            "Department for Ports, Food and Rural Affairs",
        ),
    ],
)
def test_a_gov_uk_from_line_gives_the_publisher(from_lines: str, publisher: str) -> None:
    text = (
        "Press release\n\nFerry routes to get new funding\n\n"
        "New money for island ferry routes will keep fares down this winter.\n\n"
        f"{from_lines}\nPublished\n12 June 2024\n\n"
        "The department today announced £4.2 million for island ferry routes.\n"
    )
    release = assemble(read_text(text, "own.txt"))
    assert release.source == publisher
    assert "From:" in " ".join(getattr(b, "text", "") for b in release.body)  # the line stays


@pytest.mark.parametrize(
    ("head", "title", "iso"),
    [
        (
            "Skip to main content\n\nHarbour Commission - Press Corner\n\nHome > Press release > "
            "IP/25/1\n\nEnglish\n\nPress release | 11 March 2025 | Portmere | 4 min read",
            "Ferry fares frozen for the islands",
            "2025-03-11",
        ),
        (
            "Direkt zum Inhalt\nDirekt zur Hauptnavigation\n\nPressemitteilung Nr. 14\n\n3. März 2025",
            "Ferry fares frozen for the islands",
            "2025-03-03",
        ),
        (
            "Harbour Office\n\nPress notice\n\nReference: PN 14/25\nDate: 04/03/2025",
            "Ferry fares frozen for the islands",
            "2025-03-04",
        ),
        (
            "Beehive.govt.nz\nThe official website of the Harbour Government\n\nRelease\n\n"
            "Portmere, le 14 mars 2025",
            "Ferry fares frozen for the islands",
            "2025-03-14",
        ),
    ],
)
def test_page_furniture_is_no_title_and_dates_in_house_styles(
    head: str, title: str, iso: str
) -> None:
    text = (
        f"{head}\n\n{title}\n\nFares on every island ferry will stay at this year's level until "
        "the new boats arrive, the harbour office said today.\n\nThe freeze covers 14 routes.\n"
    )
    release = assemble(read_text(text, "own.txt"))
    assert (release.title, release.date.isoformat()) == (title, iso)


def test_an_issued_date_in_the_footer_is_the_date() -> None:
    text = (
        "Market hall to reopen in May\n\nThe council's market hall will reopen in May after "
        "repairs to its roof.\n\nTraders can apply for stalls from Monday.\n\n"
        "News release NR-117 | Issued 2025-03-13\n"
    )
    assert assemble(read_text(text, "own.txt")).date.isoformat() == "2025-03-13"


def test_a_two_line_headline_whole_in_the_breadcrumb_and_an_issue_year_line() -> None:
    text = (
        "Home / Media centre / Ferry fares frozen until\n2026 on every island route\n\n"
        "Media statement\n\nFerry fares frozen until\n2026 on every island route\n\n"
        "18 March 2025\n\nFares on every island ferry will stay at this year's level.\n"
    )
    assert assemble(read_text(text, "own.txt")).title == (
        "Ferry fares frozen until 2026 on every island route"
    )
    text = (
        "Hafenamt Portmere\n\nMedienmitteilung\n\nAusgabejahr 2025\nDatum 19.03.2025\n\n"
        "Fährpreise bleiben stabil\n\nDie Fährpreise bleiben bis 2026 auf dem Stand dieses Jahres.\n"
    )
    release = assemble(read_text(text, "own.txt"))
    assert (release.title, release.date.isoformat()) == ("Fährpreise bleiben stabil", "2025-03-19")


@pytest.mark.parametrize(
    ("intro", "speaker", "role"),
    [  # B.C.'s "Quotes" name line; "Quote attributable to" with no colon
        (
            "Ottoline Brask, harbourmaster, Port Quillan –",
            "Ottoline Brask",
            "harbourmaster, Port Quillan",
        ),
        (
            "Quote attributable to Minister for Ports Wenna Tralloway",
            "Wenna Tralloway",
            "Minister for Ports",
        ),
    ],
)
def test_a_line_introducing_the_quote_below_is_no_heading(
    intro: str, speaker: str, role: str
) -> None:
    text = (
        "Second tug for Port Quillan\n\nDate: 2025-03-04\n\nA second tug will be based in the "
        f"harbour from spring.\n\nQuotes:\n\n{intro}\n\n"
        "“Our pilots have waited ten years for a second tug. It arrives in spring.”\n"
    )
    release = assemble(read_text(text, "x.txt"))
    assert not any(isinstance(b, Heading) for b in release.body)
    assert [(q.speaker, q.role) for q in release.quotes] == [(speaker, role)]


def test_a_bare_dollar_in_a_canadian_release_is_stored_as_cad() -> None:
    text = (
        "New ferry for Kettle Sound\n\nOTTAWA, Ontario, March 4, 2025 /CNW/ - The Government of "
        "Canada is funding a new ferry.\n\nThe investment includes:\n\n"
        "- $14.8 million for the ferry\n- 120 new berths\n\n-30-\n"
    )
    stats = next(b for b in assemble(read_text(text, "x.txt")).body if isinstance(b, Stats))
    assert [f.unit for f in stats.items] == ["CAD for the ferry", "new berths"]


def test_a_list_with_figures_whose_item_quotes_someone_stays_text() -> None:
    # a fact sheet's bullets: the numbers would make it statistics, but an item quotes a person
    text = (
        "FACT SHEET: Harbor Safety Plan\n\nMarch 3, 2022\n\nToday the plan was announced.\n\n"
        "- New cranes. The Port ordered 12 cranes on March 7 for $40 million.\n"
        "- Oversight. Following a review, Inspector General Tomasz Ridley-Vance reported to the "
        "Board on March 9 that the Port and its unions “are committed to the highest safety "
        "standards.”\n"
    )
    release = assemble(read_text(text, "own.txt"))
    assert not any(isinstance(b, Stats) for b in release.body)
    assert _marks_of(text) == [("are committed to the", "Tomasz Ridley-Vance", False)]
    # without the quotation the same list is statistics, as before
    plain = assemble(read_text(text.replace("“are", "are").replace(".”", "."), "own.txt"))
    assert any(isinstance(b, Stats) for b in plain.body)


def test_unwrapped_text_keeps_a_headline_line_over_its_story_apart() -> None:
    story = (
        "The county will get a share of the bridge money the state is sending out this year,"
        " the roads director said on Friday, and the first crews start in March."
    )
    headline = "Valley Courier: Roads director lists the bridges the county wants mended first, from Orrin Ford to Kell"
    doc = read_text(
        f"Bridges first\n\nThe county roads office sent its list.\n\n{headline}\n{story}\n", "t"
    )
    assert [b.text for b in doc.blocks][-2:] == [headline, story]


def test_text_wrapped_at_a_fixed_width_joins_its_lines() -> None:
    doc = read_text(
        "Kell County mends its bridges first\n\n12 March 2025\n\n"
        "The county roads office sent its list of bridges\n"
        "To mend to the state on Friday, and the first\ncrews start in March.\n\nMore soon.\n",
        "t",
    )
    texts = [doc.summary] + [b.text for b in doc.blocks]
    assert (
        "The county roads office sent its list of bridges To mend to the state on Friday, and the"
        " first crews start in March." in texts
    )
