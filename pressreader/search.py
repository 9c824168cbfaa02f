"""The search language's entry point for callers that only highlight: never raises.

The language itself (words, phrases, -word, OR, fields, dates…) is parsed and compiled in query.py.
"""

from __future__ import annotations

from pressreader.query import MIN_PREFIX, ParsedQuery, QueryError, parse

Query = ParsedQuery  # the name older callers use

__all__ = ["MIN_PREFIX", "Query", "parse_query"]


def parse_query(text: str) -> ParsedQuery:
    """The parsed query, or an empty one when it cannot be read (errors are shown elsewhere)."""
    try:
        return parse(text)
    except QueryError:
        return ParsedQuery(text, None)
