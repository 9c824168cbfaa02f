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
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from pressreader import tables
from pressreader.formats.common import Resolver
from pressreader.model import Release
from pressreader.tables import plain_number
from pressreader.text import clean

if TYPE_CHECKING:
    from pressreader.index import Library

ROW_FORMATS = ("csv", "json", "jsonl")
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
    """One row per quote of the releases, in reading order (see tables.quote_rows)."""
    for release in releases:
        base = _base(release)
        for row in tables.quote_rows(release):
            row = {**base, **row, "reported": row["kind"] == "reported"}
            yield {name: row[name] for name in QUOTE_FIELDS}


def figure_rows(releases: Iterable[Release]) -> Iterator[dict[str, Any]]:
    """One row per figure of the releases, in body order (see tables.figure_rows)."""
    for release in releases:
        base = _base(release)
        for row in tables.figure_rows(release):
            row = {**base, **row}
            yield {name: row[name] for name in FIGURE_FIELDS}


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


def _json_line(row: dict[str, Any], indent: int | None = None) -> str:
    text = json.dumps(_cell(row), ensure_ascii=False, indent=indent)
    return re.sub("[\x80-\x9f]", lambda m: f"\\u{ord(m.group(0)):04x}", text)


def write_rows(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    stream: IO[str],
    fields: Sequence[str] | None = None,
    limit: int | None = None,
) -> int:
    """Write rows as they come: CSV (a header row first; `fields` or the first row's keys), a JSON
    list, or JSON lines (one object a line). At most `limit` rows. Returns how many were written.

    Nothing is held in memory but the row being written, so a table of 100,000 releases streams.
    """
    if fmt not in ROW_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(ROW_FORMATS)}")
    it = iter(rows) if limit is None else itertools.islice(rows, limit)
    count = 0
    if fmt == "json":
        stream.write("[")
        for row in it:
            stream.write(("," if count else "") + "\n  " + _json_line(row).replace("\n", "\n  "))
            count += 1
        stream.write("\n]\n" if count else "]\n")
        return count
    if fmt == "jsonl":
        for row in it:
            stream.write(_json_line(row) + "\n")
            count += 1
        return count
    first = next(it, None)
    names = list(fields) if fields else list(first or ())
    if not names:
        return 0
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(names)
    for row in itertools.chain([first], it) if first is not None else ():
        writer.writerow([_plain_csv(row.get(name)) for name in names])
        count += 1
    return count


def _plain_csv(value: Any) -> Any:
    """A CSV cell: the common cases (text, whole numbers, nothing) without the general path."""
    if value is None:
        return ""
    if type(value) is str:
        return value if value.isprintable() else clean(value)
    if type(value) is int:
        return value
    return _csv_cell(_cell(value))


# ------------------------------------------------------------------ from a store


def matching_releases(library: Library, query: str = "") -> Iterator[Release]:
    """The releases matching `query` (the search of `list`; "" = all), newest first."""
    for rid in library.search(query):
        release = library.release(rid)
        if release is not None:
            yield release


def indexed_rows(library: Library, kind: str, rids: list[int]) -> Iterator[dict[str, Any]]:
    """Quote or figure rows of the given releases (a search's result), in its order, read from the
    index's tables (no release is parsed again), with the columns of quote_rows / figure_rows."""
    fields = QUOTE_FIELDS if kind == "quotes" else FIGURE_FIELDS
    row: dict[str, Any]
    for row in library.annotation_rows(kind, rids):
        if kind == "quotes":
            row["reported"] = row["kind"] == "reported"
            row["parts"] = json.loads(row["parts"]) if row["parts"] else None
        else:
            row["value"] = plain_number(row["value"])
        yield {name: row.get(name) for name in fields}


def title_resolver(library: Library) -> Resolver:
    """resolve_title for a store: a related ref → the title of the release it names, or None."""

    def title_of(ref: str) -> str | None:
        rid = library.resolve(ref)
        summary = library.summaries([rid]).get(rid) if rid is not None else None
        return summary.title if summary else None

    return title_of
