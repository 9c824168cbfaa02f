"""Citations of a release and of one of its quotes, for the clipboard (`y`)."""

from __future__ import annotations

from pressreader.formats.common import format_date, one_line, sentence_end, speaker_line
from pressreader.model import Quote, QuoteRef, Release


def _where(release: Release) -> str:
    """Source, D Month YYYY. URL"""
    text = ", ".join(x for x in (one_line(release.source), format_date(release.date)) if x) + "."
    return f"{text} {one_line(release.url)}" if release.url else text


def citation(release: Release) -> str:
    """Title. Source, D Month YYYY. URL"""
    return f"{sentence_end(one_line(release.title))} {_where(release)}"


def quote_citation(release: Release, quote: Quote | QuoteRef) -> str:
    """“Words” — Speaker, Role. Source, D Month YYYY. URL

    Reported speech is cited as the release wrote it, without quotation marks.
    """
    words = one_line(quote.text)
    if quote.kind != "reported":
        words = f"“{words}”"
    return f"{words} {sentence_end(speaker_line(quote))} {_where(release)}"
