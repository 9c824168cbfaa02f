"""The quotes and figures of many releases as rows (`pressreader quotes` / `figures`, CSV or JSON).

Quote rows come from the annotations: who, the words, their kind and where they are (`block`,
`start`, `end` into that block's text; `parts` when a quote runs over several spans). Figure rows
give value, qualifier and a short unit, with the figure as written and, for running text, the
sentence it stands in.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from pressreader.formats.common import (
    Resolver,
    dumps,
    plain_number,
    walk,
)
from pressreader.formats.figures import paragraph_figures, sentence_of, short_unit
from pressreader.model import Release
from pressreader.text import clean

if TYPE_CHECKING:
    from pressreader.index import Library

ROW_FORMATS = ("csv", "json")
QUOTE_FIELDS = (
    "release_id",
    "date",
    "title",
    "speaker",
    "role",
    "kind",
    "reported",
    "text",
    "block",
    "start",
    "end",
    "parts",
)
FIGURE_FIELDS = (
    "release_id",
    "date",
    "title",
    "kind",
    "intro",
    "qualifier",
    "value",
    "unit",
    "text",
    "sentence",
    "block",
    "start",
    "end",
)


def _base(release: Release) -> dict[str, Any]:
    return {"release_id": release.id, "date": release.date.isoformat(), "title": release.title}


def quote_rows(releases: Iterable[Release]) -> Iterator[dict[str, Any]]:
    """One row per quote (marked in a paragraph or written as a block), in reading order."""
    for release in releases:
        for quote in release.quotes:
            block, start, end = quote.parts[0]
            parts = [{"block": b, "start": s, "end": e} for b, s, e in quote.parts]
            yield {
                **_base(release),
                "speaker": quote.speaker,
                "role": quote.role,
                "kind": quote.kind,
                "reported": quote.reported,
                "text": quote.text,
                "block": block,
                "start": start,
                "end": end,
                "parts": parts if len(parts) > 1 else None,
            }


def figure_rows(releases: Iterable[Release]) -> Iterator[dict[str, Any]]:
    """One row per figure, in body order: bullet statistics (kind "stats", with their intro) and
    figures in running text (kind "text", with the sentence and their offsets in the paragraph)."""
    for release in releases:
        for kind, index, block in walk(release):
            if kind == "stats":
                found = [(None, None, item, None) for item in block.items]
                row_kind, intro = "stats", block.intro
            elif kind == "paragraph":
                found = [
                    (s, e, figure, sentence_of(block.text, s, e))
                    for s, e, figure in paragraph_figures(release, block.text)
                ]
                row_kind, intro = "text", None
            else:
                continue
            for start, end, figure, sentence in found:
                yield {
                    **_base(release),
                    "kind": row_kind,
                    "intro": intro,
                    "qualifier": figure.qualifier,
                    "value": plain_number(figure.value),
                    "unit": short_unit(figure.unit),
                    "text": figure.text,
                    "sentence": sentence,
                    "block": index,
                    "start": start,
                    "end": end,
                }


def _cell(value: Any) -> Any:
    """A value for either format: text cleaned of control characters."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_cell(x) for x in value]
    if isinstance(value, dict):
        return {k: _cell(v) for k, v in value.items()}
    return value


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and "e" in repr(value):  # no 1e-07 in a spreadsheet
        return f"{value:.12f}".rstrip("0").rstrip(".")
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_rows(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    stream: IO[str],
    fields: Sequence[str] | None = None,
) -> int:
    """Write rows as CSV (a header row first; `fields` or the first row's keys) or as a JSON list.

    Returns how many rows were written.
    """
    if fmt == "json":
        data = [_cell(row) for row in rows]
        stream.write(dumps(data))
        return len(data)
    if fmt != "csv":
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(ROW_FORMATS)}")
    it = iter(rows)
    first = next(it, None)
    names = list(fields) if fields else list(first or ())
    if not names:
        return 0
    writer = csv.DictWriter(stream, fieldnames=names, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in itertools.chain([first], it) if first is not None else ():
        writer.writerow({k: _csv_cell(_cell(v)) for k, v in row.items()})
        count += 1
    return count


# ------------------------------------------------------------------ from a store


def matching_releases(library: Library, query: str = "") -> Iterator[Release]:
    """The releases matching `query` (the search of `list`; "" = all), newest first."""
    for rid in library.search(query):
        release = library.release(rid)
        if release is not None:
            yield release


def title_resolver(library: Library) -> Resolver:
    """resolve_title for a store: a related ref → the title of the release it names, or None."""

    def title_of(ref: str) -> str | None:
        rid = library.resolve(ref)
        summary = library.summaries([rid]).get(rid) if rid is not None else None
        return summary.title if summary else None

    return title_of
