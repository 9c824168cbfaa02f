"""Dates wherever a press office's page puts them, and a date for every release (resolve_date).

The texts are our own, written in the layouts of UK, EU, German, Canadian, Australian, Finnish and
Irish press offices."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from pressreader.importers.base import RawBlock, RawDoc, parse_date
from pressreader.importers.dates import day_first, find_date, is_date_line, resolve_date
from pressreader.importers.text import read_text

LEAD = "The regional office today confirmed funding for twelve new footbridges across the valley."
BODY = "Work will begin after the flood season.\n\nThe bridges will be built from local timber."

FULL = [
    (
        "Footbridges for the valley\n\nMarch 12, 2026\n\n{lead}\n\n{body}\n\nBoth drivers "
        "were released and will appear in court on April 21, 2026.",
        "2026-03-12",  # people "released … on": no release date
    ),
    (
        "2026-02-19, 3:05 p.m.                Footbridges for the valley | valley.example\n\n"
        "Footbridges for the valley\n\nFebruary 17, 2026 - 11:00 AM\n\n{lead}\n\n{body}",
        "2026-02-17",  # a browser's print header gives the day it was printed
    ),
    (
        "Footbridges for the valley\n\n26 février 2026 Aide humanitaire\n\n{lead}\n\n{body}",
        "2026-02-26",
    ),
    (
        "Footbridges for the valley\n\nNovember 21, 2025    Media inquiries\n\n{lead}\n\n{body}",
        "2025-11-21",
    ),
    (
        "Footbridges for the valley\n\nMedia release  |  Ref: MR/1207/25  |  01 December 2025\n\n"
        "{lead}\n\n{body}",
        "2025-12-01",
    ),
    (
        "Footbridges for the valley\n\n{lead}\n\n{body}\n\nLandeskorrespondenz Nr. 418 vom "
        "21.11.2025, 10:15 Uhr",
        "2025-11-21",
    ),
    (
        "Footbridges for the valley\n\nDate: 6/10/2025\n\n{lead} Work starts on Monday 13 "
        "October.\n\n{body}",
        "2025-10-06",  # unpadded, in a release that writes "13 October": day first
    ),
    (
        "Valley Council\n\nPress release  |  09/10/2025  |  Plenary session\n\n"
        "Footbridges for the valley\n\n{lead}\n\n{body}",
        "2025-10-09",
    ),
    (
        "Pressemitteilung Nr. 214 vom 6. Oktober 2025\n\nFootbridges for the valley\n\n"
        "{lead}\n\n{body}",
        "2025-10-06",
    ),
    (
        "Stadt Talbrück\n\nPressemitteilung vom 12.6.2025\n\nFootbridges for the valley\n\n"
        "{lead}\n\n{body}\n\nZuletzt aktualisiert: 13.06.2025",
        "2025-06-12",
    ),
    (
        "River Agency\n\nNews\n\nLast updated: 12 June 2025\n\nFootbridges for the valley\n\n"
        "GENEVA, 11 June 2025 – {lead}\n\n{body}",
        "2025-06-11",
    ),
    (
        "Footbridges for the valley\n\nDe : Patrimoine des rivières\n\nOttawa (Ontario), le 12 juin "
        "2025\n\n{lead}\n\n{body}\n\nDate de modification :\n2025-06-13",
        "2025-06-12",
    ),
    (
        "Pressemitteilung\n\nVeröffentlicht am 11.06.25 | Zuletzt geändert am 13.06.25\n\n"
        "Footbridges for the valley\n\n{lead}\n\n{body}",
        "2025-06-11",
    ),
    (
        "PRESS RELEASE: Footbridges for the valley\n\nSource: Department "
        "for Rivers\nOriginal publication date: 11/06/25\nPosted here: 12/06/25 08:15\n\n"
        "{lead}\n\n{body}",
        "2025-06-11",
    ),
    ("Tuesday, 4th June 2024\n\nFootbridges for the valley\n\n{lead}\n\n{body}", "2024-06-04"),
    ("Footbridges for the valley\n\nBrussels, 3 May 2018 – {lead}\n\n{body}", "2018-05-03"),
    ("Footbridges for the valley\n\nHALIFAX, June 18, 2019 /CNW/ - {lead}\n\n{body}", "2019-06-18"),
    (
        "Footbridges for the valley\n\nOTTAWA, Ontario – January 30, 2024\n\n{lead}\n\n{body}",
        "2024-01-30",
    ),
    (
        "PRESS RELEASE : Footbridges for the valley [June 2024]\n\n"
        "The press release issued by the Department for Rivers on 12 June 2024.\n\n{lead}\n\n{body}",
        "2024-06-12",
    ),
    ("03.11.2022 - Press release\n\nFootbridges for the valley\n\n{lead}\n\n{body}", "2022-11-03"),
    (
        "European Commission - Daily News\n\nDaily News 21 / 05 / 2019\n\nFootbridges for the valley\n\n"
        "{lead}\n\n{body}",
        "2019-05-21",
    ),
    (
        "Footbridges for the valley\n\nPublication date 16.9.2020 16.43 | Published in English on "
        "17.9.2020 at 9.20\n\n{lead}\n\n{body}",
        "2020-09-16",
    ),
    (
        "Footbridges for the valley\n\nPress release 8 December 2021 | BERLIN – {lead}\n\n{body}",
        "2021-12-08",
    ),
    ("Footbridges for the valley\n\nDate: 19 October 2023\n\n{lead}\n\n{body}", "2023-10-19"),
    (
        "Footbridges for the valley\n\ntype: News , Topic: Transport , Date: 19 October 2023\n\n{lead}\n\n{body}",
        "2023-10-19",
    ),
    (
        "Friday, 21 December 2018\n\nMedia release\n\nFootbridges for the valley\n\n{lead}\n\n{body}",
        "2018-12-21",
    ),
    ("Footbridges for the valley\n\nJun 18, 2019, 10:30 ET\n\n{lead}\n\n{body}", "2019-06-18"),
    ("Footbridges for the valley\n\n07 June 2022, 4:34pm\n\n{lead}\n\n{body}", "2022-06-07"),
    (
        "Footbridges for the valley\n\nToday Thursday 2 July the minister opened the first one.\n\n{body}\n\n"
        "ENDS\n\n02 JULY 2020",
        "2020-07-02",
    ),
    ("Footbridges for the valley\n\nWednesday, 18 June 2025\n\n{lead}\n\n{body}", "2025-06-18"),
]


@pytest.mark.parametrize(("text", "iso"), FULL)
def test_full_dates_wherever_the_page_puts_them(text: str, iso: str) -> None:
    doc = read_text(text.format(lead=LEAD, body=BODY), "x.txt")
    assert doc.date == dt.date.fromisoformat(iso)
    assert doc.date_certain
    assert doc.title == "Footbridges for the valley"
    assert not any("date" in w for w in doc.warnings)
    # the date line is framing, not body text
    assert all(iso[:4] not in (b.text or "") or "ENDS" in b.text for b in doc.blocks[:1])


def test_a_date_in_a_body_sentence_is_not_the_release_date() -> None:
    text = f"Footbridges for the valley\n\n{LEAD} The plan was agreed on 5 May 2023 by the council.\n\n{BODY}"
    assert read_text(text, "x.txt").date is None


def test_month_tag_is_the_first_of_the_month_and_uncertain() -> None:
    doc = read_text(
        f"PRESS RELEASE : Footbridges for the valley [June 2024]\n\n{LEAD}\n\n{BODY}", "x.txt"
    )
    assert doc.title == "Footbridges for the valley"
    assert doc.date == dt.date(2024, 6, 1)
    assert not doc.date_certain
    assert any("only the month" in w for w in doc.warnings)


def test_day_and_month_take_the_year_given_elsewhere() -> None:
    text = f"Footbridges for the valley\n\n12 May\n\n{LEAD}\n\nThe 2024 programme has twelve sites."
    doc = read_text(text, "x.txt")
    assert doc.date == dt.date(2024, 5, 12)
    assert not doc.date_certain
    assert any("without a year" in w for w in doc.warnings)


def test_day_and_month_without_any_year_use_the_fallback_year() -> None:
    doc = read_text(f"Envoys asked to leave\n\n(05/02)\n\n{LEAD}\n\n{BODY}", "x.txt")
    assert doc.date is None and doc.partial_date == (2, 5)
    resolve_date(doc, dt.date(2021, 3, 1))
    assert doc.date == dt.date(2021, 2, 5)
    assert not doc.date_certain
    assert any("no year" in w and "2021-03-01" in w for w in doc.warnings)


def test_day_and_month_after_the_fallback_day_go_to_the_year_before() -> None:
    doc = read_text(f"Envoys asked to leave\n\n(05/12)\n\n{LEAD}\n\n{BODY}", "x.txt")
    resolve_date(doc, dt.date(2021, 3, 1))
    assert doc.date == dt.date(2020, 12, 5)


def test_weekday_chooses_among_the_years_the_text_names() -> None:
    text = (
        "Footbridges for the valley\n\nToday (Thursday 2 July) the minister opened the first one.\n\n"
        "The works began in 2019 and end in 2021; the 2020 budget paid for them."
    )
    doc = read_text(text, "x.txt")
    assert doc.date == dt.date(2020, 7, 2)  # 2 July was a Thursday in 2020
    assert not doc.date_certain


def test_no_date_uses_the_fallback_with_a_warning_saying_how_to_fix_it() -> None:
    doc = read_text(f"Footbridges for the valley\n\n{LEAD}\n\n{BODY}", "x.txt")
    assert doc.date is None  # the reader leaves it to resolve_date
    resolve_date(doc, dt.date(2024, 6, 4))
    assert doc.date == dt.date(2024, 6, 4)
    assert not doc.date_certain
    assert doc.warnings == [
        "no date found in the text; used the file's modification time 2024-06-04 — "
        "set `date:` in the YAML or import with --date"
    ]


def test_no_date_and_no_fallback_is_today() -> None:
    doc = RawDoc(title="T", blocks=[RawBlock("p", "Nothing dated here.")])
    resolve_date(doc, None)
    assert doc.date == dt.date.today()
    assert "today's date" in doc.warnings[0]


def test_resolve_date_reads_the_blocks_of_other_importers() -> None:
    doc = RawDoc(
        title="T", blocks=[RawBlock("p", "Brussels, 3 May 2018 – The Commission said so.")]
    )
    resolve_date(doc, dt.date(2024, 1, 1))
    assert doc.date == dt.date(2018, 5, 3) and doc.date_certain and doc.warnings == []


def test_resolve_date_keeps_a_date_already_found() -> None:
    doc = RawDoc(title="T", date=dt.date(2020, 1, 2))
    resolve_date(doc, dt.date(2024, 1, 1))
    assert doc.date == dt.date(2020, 1, 2) and doc.date_certain and doc.warnings == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tuesday, 4th June 2024", True),
        ("03.11.2022 - Press release", True),
        ("Daily News 21 / 05 / 2019", True),
        ("Press release 8 December 2021 | BERLIN –", True),
        ("Footbridges for the valley [June 2024]", False),
        ("Twelve footbridges by 2026", False),
    ],
)
def test_date_lines(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


def test_parse_date_keeps_its_forms() -> None:
    assert parse_date("5/6/2023") == dt.date(2023, 5, 6)  # U.S. style, unchanged
    assert find_date(["5/6/2023"]).date == dt.date(2023, 5, 6)
    assert find_date(["21/05/2019"]).date == dt.date(2019, 5, 21)


def test_cost_per_release_is_small() -> None:
    text = FULL[0][0].format(lead=LEAD, body=BODY)
    read_text(text, "warm.txt")  # loads dateparser once
    start = time.perf_counter()
    for _ in range(50):
        read_text(text, "x.txt")
    assert (time.perf_counter() - start) / 50 < 0.02


def test_one_rule_reads_a_zero_padded_date_day_first_in_a_date_line_and_a_date_field() -> None:
    assert day_first("07/02/2025") == dt.date(2025, 2, 7)
    assert day_first("7/2/2025") is None  # not padded: the U.S. order, left to parse_date
    assert find_date(["Published 07/02/2025"]).date == dt.date(2025, 2, 7)  # type: ignore[union-attr]
    body = "The ferry timetable changes on Monday, the harbour office said today."
    doc = read_text(f"Ferry timetable changes\n\nDate: 07/02/2025\n\n{body}", "d.txt")
    assert doc.date == dt.date(2025, 2, 7)


def test_a_weekday_that_fits_no_named_year_takes_the_year_next_to_one() -> None:
    text = (
        f"Footbridges for the valley\n\nFriday, 13 June\n\n{LEAD} Eleven bridges were closed, "
        f"against six in 2024.\n\n{BODY}"
    )
    doc = read_text(text, "x.txt")
    assert doc.date == dt.date(2025, 6, 13)  # a Friday; 13 June 2024 was a Thursday
    assert not doc.date_certain


def test_an_unpadded_numeric_date_in_a_us_style_release_is_month_first() -> None:
    doc = read_text(
        f"Footbridges for the valley\n\nDate: 6/10/2025\n\n{LEAD} Work starts October 13.\n\n"
        f"{BODY}",
        "x.txt",
    )
    assert doc.date == dt.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("label", "iso"),
    [
        ("Published: 10/06/25 16:42\nUpdated: 11/06/25 09:10", "2025-06-10"),  # year, time
        ("Date: Wednesday, 8th of October 2025    Category: Bridges and paths", "2025-10-08"),
    ],
)
def test_a_date_label_with_more_on_its_line_reads_without_a_warning(label: str, iso: str) -> None:
    doc = read_text(f"Footbridges for the valley\n\n{label}\n\n{LEAD}\n\n{BODY}", "x.txt")
    assert doc.date == dt.date.fromisoformat(iso)
    assert doc.date_certain
    assert not [w for w in doc.warnings if "could not be read" in w]
