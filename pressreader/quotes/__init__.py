"""Find direct quotes in a release's paragraphs and attribute them to speakers with their roles.

The extractor reads the whole release, so a speaker introduced once in full ("Federal Minister of
the Interior Nancy Faeser") is recognised later by surname ("Federal Minister Faeser"), by title or by
pronoun, and keeps the role given at the first mention. Only words inside quotation marks are quotes;
indirect speech ("…, the minister said.") is reported separately by `reported_speech`.
"""

from __future__ import annotations

from pressreader.quotes.analyse import FoundQuote, analyse_quotes, extract_quotes
from pressreader.quotes.attribution import attribution_before, explicit_speaker
from pressreader.quotes.authors import statement_speaker
from pressreader.quotes.learning import learn_people
from pressreader.quotes.names import tidy_name
from pressreader.quotes.people import (
    People,
    Person,
    register,
    resolve,
    split_role_name,
    surname_of,
)
from pressreader.quotes.reported import reported_spans, reported_speech
from pressreader.quotes.spans import (
    find_spans,
    inner_span,
    sentence_spans,
    sentence_start,
    split_sentences,
)
from pressreader.quotes.words import CLOSERS, NAME_PHRASE, PAIRS, ROLE_WORDS, VERBS

__all__ = [
    "CLOSERS", "NAME_PHRASE", "PAIRS", "ROLE_WORDS", "VERBS", "FoundQuote", "People", "Person",
    "analyse_quotes", "attribution_before", "explicit_speaker", "extract_quotes", "find_spans",
    "inner_span", "learn_people", "register", "reported_spans", "reported_speech", "resolve",
    "sentence_spans", "sentence_start", "split_role_name", "split_sentences", "statement_speaker",
    "surname_of", "tidy_name",
]  # fmt: skip
