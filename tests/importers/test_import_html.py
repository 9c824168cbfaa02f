"""HTML import: fragments become faithful blocks, saved pages lose their chrome and keep metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pressreader.importers import html_page as html_import
from pressreader.importers.base import ImportFailure, RawBlock
from pressreader.importers.html import html_blocks, read_html

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def fixture_text(name: str) -> str:
    """A fixture file's text."""
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_fragment_blocks_in_order() -> None:
    assert html_blocks(fixture_text("fragment.html")) == [
        RawBlock(
            "p",
            "The Ministry of Canals of Veltria today opened the Lantern Lock, the first new lock"
            " on the Orsa river in forty years.",
        ),
        RawBlock("h", "What changes for boat owners"),
        RawBlock(
            "list",
            items=(
                "Passage is free until 30 September.",
                "Opening hours:",
                "weekdays 6:00 to 22:00",
                "weekends 8:00 to 20:00",
            ),
        ),
        RawBlock(
            "quote",
            "“The lock saves every barge two hours on the way to the sea.”",
            cite="Ilse Marrow, Minister of Canals",
        ),
        RawBlock("image", "Lantern Lock at dawn.", cite="Tomas Reed"),
        RawBlock("p", "Year | Barges"),
        RawBlock("p", "2023 | 1,240"),
        RawBlock("p", "Contact: Press office"),  # a <div>'s text, split at its <br>
        RawBlock("p", "Canal House, Veltria"),
        RawBlock("p", "Contact: Press office"),  # the <p> repeated right after it is kept:
        RawBlock("p", "Contact: Press office"),  # a repeated paragraph is the release's words too
    ]


def test_fragment_drops_scripts_styles_and_noscript() -> None:
    text = " ".join(b.text for b in html_blocks(fixture_text("fragment.html")))
    assert "tracking" not in text
    assert "color" not in text
    assert "JavaScript" not in text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "<blockquote>“We will build it.”<br>— Jane Roe, Mayor of Orsa</blockquote>",
            RawBlock("quote", "“We will build it.”", cite="Jane Roe, Mayor of Orsa"),
        ),
        (
            "<blockquote><p>“Short.”</p><p>-- Ann Lee</p></blockquote>",
            RawBlock("quote", "“Short.”", cite="Ann Lee"),
        ),
        (
            "<blockquote><p>“Locks first.”</p><p>— <cite>Ann Lee</cite></p></blockquote>",
            RawBlock("quote", "“Locks first.”", cite="Ann Lee"),
        ),
        (  # a <cite> in mid-sentence names a work, not the speaker
            "<blockquote><p>As the <cite>Canal Act</cite> says, boats first.</p></blockquote>",
            RawBlock("quote", "As the Canal Act says, boats first."),
        ),
        (
            "<figure><blockquote>Open every day.</blockquote>"
            "<figcaption>— Tom Ash, lock keeper</figcaption></figure>",
            RawBlock("quote", "Open every day.", cite="Tom Ash, lock keeper"),
        ),
        (
            "<figure><img src=a.jpg alt='Bridge'><figcaption>The bridge (Foto: Karl Berg)"
            "</figcaption></figure>",
            RawBlock("image", "The bridge", cite="Karl Berg"),
        ),
        (
            "<figure><img src=a.jpg alt='Bridge'><figcaption>Night view"
            "<small>Credit: Orsa Port Authority</small></figcaption></figure>",
            RawBlock("image", "Night view", cite="Orsa Port Authority"),
        ),
        (
            "<figure><img src=a.jpg alt='The old ferry'></figure>",
            RawBlock("image", "The old ferry"),
        ),
    ],
)
def test_quotes_and_figures(markup: str, expected: RawBlock) -> None:
    assert html_blocks(markup) == [expected]


def test_images_outside_figures_need_alt_text() -> None:
    markup = "<p>Text with <img src=a alt='a pin'> inside.</p><img src=b alt=''><img src=c>"
    assert html_blocks(markup) == [RawBlock("p", "Text with inside."), RawBlock("image", "a pin")]


def test_paragraph_breaks() -> None:
    markup = "<p>line one<br>line two<br><br>second</p><div>loose A<br>loose <b>B</b></div>"
    assert html_blocks(markup) == [
        RawBlock("p", "line one line two"),
        RawBlock("p", "second"),
        RawBlock("p", "loose A"),
        RawBlock("p", "loose B"),
    ]


def test_tables_data_and_layout() -> None:
    data = (
        "<table><caption>Budget</caption><thead><tr><th>Item</th><th>Cost</th></tr></thead>"
        "<tbody><tr><td>Lock</td><td>5</td></tr></tbody></table>"
    )
    assert html_blocks(data) == [
        RawBlock("p", "Budget"),
        RawBlock("p", "Item | Cost"),
        RawBlock("p", "Lock | 5"),
    ]
    layout = "<table><tr><td><p>Para one</p><p>Para two</p></td><td>Side</td></tr></table>"
    assert html_blocks(layout) == [
        RawBlock("p", "Para one"),
        RawBlock("p", "Para two"),
        RawBlock("p", "Side"),
    ]


def test_escape_sequences_are_removed_and_rich_markup_stays_text() -> None:
    markup = (
        "<h2>\x1b[2JNotice</h2><p>Alert \x1b[31mred\x1b[0m [bold red]not markup[/] "
        "\x1b]8;;https://x.example\x07link\x1b]8;;\x07 &#27;[1mbold&#146;s\u202e</p>"
    )
    assert html_blocks(markup) == [
        RawBlock("h", "Notice"),
        RawBlock("p", "Alert red [bold red]not markup[/] link bold’s"),
    ]


def test_hidden_and_navigation_elements_are_dropped() -> None:
    markup = (
        "<div hidden>secret</div><div role=navigation>menu</div><form><p>Sign up</p></form>"
        "<p>kept <!-- a comment --> text</p>"
    )
    assert html_blocks(markup) == [RawBlock("p", "kept text")]


def test_deep_nesting_and_empty_input() -> None:
    assert html_blocks("<div>" * 200 + "deep" + "</div>" * 200) == [RawBlock("p", "deep")]
    assert html_blocks("") == []
    assert html_blocks("<!-- nothing -->") == []


def test_saved_page_fields_and_blocks() -> None:
    doc = read_html((FIXTURES / "release_page.html").read_bytes(), "release_page.html")
    assert doc.title == "Harbour of Quellmouth gets a tide barrier"
    assert doc.date == dt.date(2024, 3, 14)
    assert doc.source == "City of Quellmouth"
    assert doc.topics == ["Flood protection"]
    assert doc.lang == "en"
    assert doc.url == "https://quellmouth.example/press/tide-barrier"
    assert doc.summary == (
        "A new tide barrier will protect 4,000 homes in the old harbour district from storm floods."
    )
    assert doc.origin == "release_page.html"
    assert doc.warnings == []
    assert doc.blocks == [
        RawBlock(
            "p",
            "The City of Quellmouth will build a movable tide barrier at the mouth of the old"
            " harbour. Construction starts in May and is to be finished before the autumn storms"
            " of 2026.",
        ),
        RawBlock(
            "p",
            "The barrier closes when the water rises more than two metres above the mean tide. It"
            " protects the harbour district, its 4,000 homes and the fish market from storm floods.",
        ),
        RawBlock("h", "Costs and funding"),
        RawBlock(
            "list",
            items=(
                "Total cost: 86 million crowns",
                "The region pays 40 percent",
                "Works employ about 120 people",
            ),
        ),
        RawBlock("image", "The barrier seen from the fish market.", cite="Holm Architects"),
        RawBlock(
            "quote",
            "“For the first time in a century the harbour families can sleep through a storm"
            " night.”",
            cite="Mara Holt, Mayor of Quellmouth",
        ),
        RawBlock(
            "p",
            "Residents can see the plans at the town hall every weekday until 12 April and ask"
            " the engineers questions at an open evening on 2 April.",
        ),
        RawBlock("p", "Press contact: Communications office, City of Quellmouth."),
    ]


CHROME = ("News", "Privacy", "Imprint", "More news", "New library hours", "analytics")


def test_saved_page_without_main_content_detection_still_drops_chrome(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(html_import, "_extract", lambda text, url: (None, []))
    doc = read_html(fixture_text("release_page.html"), "page.html")
    text = " ".join(" ".join((b.text, *b.items)) for b in doc.blocks)
    assert doc.title == "Harbour of Quellmouth gets a tide barrier"
    assert doc.blocks[0] == RawBlock("p", "14 March 2024")  # the h1 (= title) is dropped
    assert "Share this" in text  # without trafilatura, the whole article is read
    for word in CHROME:
        assert word not in text


def test_page_url_resolves_relative_canonical_and_ignores_other_schemes() -> None:
    page = (
        "<html><head><link rel=canonical href='/press/7'><meta property='og:url' "
        "content='javascript:alert(1)'></head><body><h1>Locks</h1><p>Text of it.</p></body></html>"
    )
    assert (
        read_html(page, "p", url="https://orsa.example/a/b").url == "https://orsa.example/press/7"
    )
    page = page.replace("/press/7", "javascript:void(0)")
    assert read_html(page, "p", url="ftp://orsa.example/x").url is None


def test_summary_that_repeats_the_first_paragraph_is_dropped() -> None:
    page = (
        "<html><head><title>Ferries</title><meta name=description content='The ferries run "
        "every twenty...'></head><body><h1>Ferries</h1><p>The ferries run every twenty minutes "
        "from June.</p></body></html>"
    )
    doc = read_html(page, "p")
    assert doc.summary is None
    assert doc.blocks == [RawBlock("p", "The ferries run every twenty minutes from June.")]


def test_bytes_are_decoded_by_declared_charset() -> None:
    page = (
        b"<html><head><meta charset='iso-8859-1'></head><body><h1>Caf\xe9 opens</h1>"
        b"<p>It\x92s open &#150; daily.</p></body></html>"
    )
    doc = read_html(page, "p")
    assert doc.title == "Café opens"
    assert doc.blocks == [RawBlock("p", "It’s open – daily.")]


def test_fragment_takes_its_heading_as_title() -> None:
    doc = read_html(
        "<h2>Night buses return</h2><p>Lines 3 and 7.</p>", "frag", url="https://q.example/b"
    )
    assert (doc.title, doc.url, doc.blocks) == (
        "Night buses return",
        "https://q.example/b",
        [RawBlock("p", "Lines 3 and 7.")],
    )
    assert doc.warnings == []


def test_fragment_without_heading_gets_a_title_from_its_first_words() -> None:
    doc = read_html("<p>Night buses run again on lines 3 and 7. More soon.</p>", "frag")
    assert doc.title == "Night buses run again on lines 3 and 7"
    assert doc.warnings == ["frag: no title; made one from the first words"]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        "   ",
        "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<h1>Only a heading</h1>",
    ],
)
def test_no_release_text_is_a_failure(data: bytes | str) -> None:
    with pytest.raises(ImportFailure, match=r"^empty\.html: no release text found in the HTML$"):
        read_html(data, "empty.html")


def test_a_line_break_after_a_long_line_is_a_paragraph_break() -> None:
    story = (
        "The county will get a share of the bridge money the state is sending out this year,"
        " the roads director said on Friday, and the first crews start in March."
    )
    headline = "Valley Courier: Roads director lists the bridges the county wants mended first, from Orrin Ford to Kell"
    blocks = html_blocks(f"<p><strong>{headline}</strong><br>{story}</p>")
    assert [b.text for b in blocks] == [headline, story]


def test_short_lines_broken_by_br_stay_one_paragraph() -> None:
    assert html_blocks("<p>Ilse Marrow-Tan<br>Director of Roads<br>County of Kell</p>") == [
        RawBlock("p", "Ilse Marrow-Tan Director of Roads County of Kell")
    ]


def test_source_whitespace_folds_as_the_pattern_folds_it_whatever_the_character() -> None:
    """`ws` folds each run of whitespace to one space with str.split: for every whitespace
    character it must give what the folding pattern gives."""
    import re

    from pressreader.importers.html_markup import ws

    pattern = re.compile(r"[^\S ]\s*| \s+")
    spaces = [chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c)) or chr(c).isspace()]
    assert len(spaces) > 20
    for space in spaces:
        for text in (
            f"a{space}b",
            f"a {space}b",
            f"a{space} b",
            f"{space}",
            f"a {space}",
            f"{space}a",
        ):
            assert ws(text) == pattern.sub(" ", text), repr(text)
    assert ws("already  plain") == "already plain"
    assert ws("one space each") == "one space each"
    assert ws("\n  \t ") == " "
