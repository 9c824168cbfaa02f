"""Import never drops a word: samples of every corpus keep each word of the source text.

The word-by-word comparison is the one of benchmarks/audit_import.py (which runs it over all
17,042 releases); here 150 releases of each corpus, evenly spread, keep the suite quick. The same
samples must attribute no quote to something that is not a name, a title or an institution.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pressreader.importers.assemble import assemble
from pressreader.importers.jsonl import DEFAULT_MAP, record_to_doc
from pressreader.model import Paragraph
from tests.conftest import shared_path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import audit_import  # noqa: E402


@pytest.mark.parametrize("corpus", ["doj", "state", "whitehouse"])
def test_every_word_of_the_source_is_kept(corpus: str) -> None:
    shared_path("corpus")
    losing, bad_speakers, quotes = [], [], 0
    for origin, record in audit_import.sample(audit_import.FILES[corpus], 150):
        release = assemble(record_to_doc(record, origin, DEFAULT_MAP))
        if audit_import.lost_words(record.get("contents") or "", release):
            losing.append(release.title)
        for quote in release.quotes:
            quotes += 1
            if quote.speaker and not audit_import.plausible_speaker(quote.speaker):
                bad_speakers.append(quote.speaker)
    assert losing == []
    assert bad_speakers == []
    assert quotes > 50  # the sample does hold quotes


def test_marks_point_into_their_paragraph_and_the_words_are_untouched() -> None:
    shared_path("corpus")
    for origin, record in audit_import.sample(audit_import.FILES["whitehouse"], 60):
        release = assemble(record_to_doc(record, origin, DEFAULT_MAP))
        for block in release.body:
            if isinstance(block, Paragraph):
                for mark in block.marks:
                    assert 0 <= mark.start < mark.end <= len(block.text)
                    assert block.text[mark.start : mark.end].strip()
        for quote in release.quotes:
            for index, start, end in quote.parts:
                text = release.body[index].text  # type: ignore[union-attr]
                assert text[start:end] in quote.text or quote.kind == "turn"


def test_lost_words_sees_a_dropped_sentence() -> None:
    """The comparison fails when a sentence goes missing (so the test above can fail)."""
    shared_path("corpus")
    origin, record = audit_import.sample(audit_import.FILES["doj"], 5)[2]
    release = assemble(record_to_doc(record, origin, DEFAULT_MAP))
    assert not audit_import.lost_words(record["contents"], release)
    assert audit_import.lost_words(record["contents"] + "\n\nZebras quietly outnumbered.", release)
