"""The fast word split gives the pattern's words, in ASCII text and in any other."""

from __future__ import annotations

import re

import pytest

from pressreader.tokens import letter_runs, word_runs

TEXTS = [
    'The ministry\'s 2_000 e-mail users (a.k.a. "staff") met at 9:30; co-operation, then—more.',
    "Tabs\tand\nnew lines, x2y, __init__, 4K, A-10 & C++ #hash @at ~tilde `tick` [x] {y} |z|",
    "Die Straße wird für 3,5 Mio. € saniert: Bürger*innen sind eingeladen.",
    "Ça coûte 12 € ; c'est l'été à Montréal. ΟΔΟΣ ΣΟΦΟΣ",
    "",
    "   ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_word_runs_are_the_patterns(text: str) -> None:
    assert word_runs(text) == re.findall(r"\w+", text)
    assert word_runs(text.lower()) == re.findall(r"\w+", text.lower())


@pytest.mark.parametrize("text", TEXTS)
def test_letter_runs_are_the_patterns(text: str) -> None:
    assert letter_runs(text) == re.findall(r"[^\W\d_]+", text)


def test_every_ascii_character_is_split_as_the_pattern_splits_it() -> None:
    every = "".join(chr(c) for c in range(128))
    spaced = " ".join(every)
    assert word_runs(every) == re.findall(r"\w+", every)
    assert word_runs(spaced) == re.findall(r"\w+", spaced)
    assert letter_runs(spaced) == re.findall(r"[^\W\d_]+", spaced)
