"""Duplicate signatures: the words they are made of, and that one sketch reused gives each release
its own signature."""

from __future__ import annotations

import datetime as dt
import re
import threading

import pytest

from pressreader.index import duplicates
from pressreader.model import Figure, Heading, Paragraph, Release, Stats


def _release(title: str, *body: object) -> Release:
    return Release(id="r", title=title, date=dt.date(2024, 3, 12), body=tuple(body))  # type: ignore[arg-type]


def _reference_words(release: Release) -> list[str]:
    """The definition: the title and the text blocks up to the one that takes them past 2,000
    characters, joined by spaces, lower-cased, its first WORDS runs of word characters."""
    parts = [release.title]
    for block in release.body:
        if isinstance(block, Paragraph | Heading):
            parts.append(block.text)
        if sum(len(p) for p in parts) > 2000:
            break
    return re.findall(r"\w+", " ".join(parts).lower())[: duplicates.WORDS]


STATS = Stats((Figure("12 ferries", None, 12.0, "ferries"),))
CASES = {
    "short": _release(
        "Harbour opens", Paragraph("The new ferry_pier opens on 4 May, said Jo Roe.")
    ),
    "long text": _release(
        "Port plan",
        *(Paragraph(f"Paragraph {n}: " + "the quay works go on " * 30) for n in range(8)),
    ),
    "few words, many characters": _release(
        "Tiny", *(Paragraph("x" * 900 + f" word{n}") for n in range(5))
    ),
    "long title, stats first": _release("Ferry " * 400, STATS, Paragraph("Never read.")),
    "long title, text first": _release("Ferry " * 400, Paragraph("Read once."), Paragraph("Not.")),
    "not ASCII": _release(
        "ΟΔΟΣ Straße",
        Paragraph("Die Bürgermeisterin sagte: „Wir bauen 3,5 km Radweg.“"),
        Heading("ΣΟΦΟΣ"),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_opening_words_are_those_of_the_joined_text(name: str) -> None:
    release = CASES[name]
    assert duplicates._opening_words(release) == _reference_words(release)


def test_one_sketch_reused_gives_each_release_its_own_signature() -> None:
    first = _release("Harbour opens", Paragraph("The new pier opens on 4 May, the council said."))
    other = _release("School closes", Paragraph("Snow shut every school in the valley on Monday."))
    alone = duplicates.signature(first)
    duplicates.signature(other)
    assert duplicates.signature(first) == alone  # the sketch is cleared between releases
    found: list[bytes] = []
    thread = threading.Thread(target=lambda: found.append(duplicates.signature(first)))
    thread.start()
    thread.join()
    assert found == [alone]  # another thread's sketch gives the same
    assert duplicates.similarity(alone, duplicates.signature(other)) < duplicates.SAME
