"""JSON lines dumps (one release per line, optionally gzip'd), with a field mapping for other dumps.

The default mapping reads the corpora pressreader was tested with as they are: the DOJ dump (title,
contents, contents_html, date, topics, components, url) and the State Department / White House dumps
(title, contents, contents_html, date, categories, creator, url). `--map target=field` points a target
at another field name.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from typing import IO, Any, TextIO

from pressreader.importers.base import ImportFailure, RawBlock, RawDoc, parse_date
from pressreader.importers.clean import fold_line
from pressreader.importers.dates import find_date
from pressreader.importers.publishers import record_publisher
from pressreader.importers.text import text_blocks
from pressreader.text import clean

# target → field names tried in order (the first present and non-empty wins)
DEFAULT_MAP: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "name"),
    "date": ("date", "published", "pubDate", "date_published", "datePublished", "created"),
    "html": ("contents_html", "content_html", "body_html", "html"),
    "body": ("contents", "content", "body", "text"),
    "url": ("url", "link", "permalink"),
    "topics": ("topics", "categories", "tags", "keywords"),
    "source": ("publisher", "agency", "components", "creator", "author"),
    "summary": ("summary", "description", "lead", "teaser"),
    "lang": ("lang", "language"),
    "id": (),
}
TARGETS = tuple(DEFAULT_MAP)


def parse_mapping(pairs: list[str]) -> dict[str, tuple[str, ...]]:
    """The mapping after `--map target=field` overrides; a bad pair raises ValueError."""
    mapping = dict(DEFAULT_MAP)
    for pair in pairs:
        target, sep, name = pair.partition("=")
        target, name = target.strip(), name.strip()
        if not sep or not name or target not in mapping:
            raise ValueError(
                f"--map {pair!r}: write TARGET=FIELD with TARGET one of {', '.join(TARGETS)}"
            )
        mapping[target] = (name,)
    return mapping


def _value(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, "", [], "[]"):
            return value
    return None


def _line(value: Any) -> str | None:
    """A field the reader tests or compares (title, url, summary): cleaned as it is taken from
    the record, on one line; None when empty."""
    if value is None:
        return None
    return fold_line(clean(str(value))) or None


def _as_list(value: Any) -> list[str]:
    """A list field that a dump may store as a list, a "['a', 'b']" string or "a, b"."""
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = ast.literal_eval(text)
            except (ValueError, SyntaxError):
                value = [text.strip("[]")]
        else:
            value = [part for part in text.split(",")]
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [str(value)]


def record_to_doc(record: Any, origin: str, mapping: dict[str, tuple[str, ...]]) -> RawDoc:
    """One JSON record as a RawDoc."""
    if not isinstance(record, dict):
        raise ImportFailure(
            f"{origin}: a line must hold a JSON object, not {type(record).__name__}"
        )
    title = _line(_value(record, mapping["title"]))
    if not title:
        raise ImportFailure(f"{origin}: no title (looked in: {', '.join(mapping['title'])})")
    raw_date = _value(record, mapping["date"])
    date = parse_date(str(raw_date)) if raw_date else None
    if date is None and raw_date and (found := find_date([str(raw_date)[:80]])) and found.certain:
        date = found.date
    if date is None:
        raise ImportFailure(f"{origin}: no readable date (found {str(raw_date)[:40]!r})")
    html = _value(record, mapping["html"])
    body = _value(record, mapping["body"])
    if html:
        from pressreader.importers.html import html_blocks  # lxml loads only when needed

        blocks = html_blocks(str(html))
    elif body:
        blocks = text_blocks(str(body))
    else:
        blocks = []
    if not blocks:
        raise ImportFailure(
            f"{origin}: no release text (looked in: {', '.join(mapping['html'] + mapping['body'])})"
        )
    # The title may open the body again.
    if blocks and blocks[0].kind in {"h", "p"} and fold_line(blocks[0].text) == title:
        blocks = blocks[1:]
    url = _line(_value(record, mapping["url"]))
    if mapping["source"] == DEFAULT_MAP["source"]:
        source = record_publisher(
            [(name, _as_list(_value(record, (name,)))) for name in DEFAULT_MAP["source"]], url
        )
    else:  # the user named the field: taken as it is
        source = _as_list(_value(record, mapping["source"]))
    doc = RawDoc(
        title=title,
        date=date,
        source=", ".join(source)[:200] or None,
        topics=_as_list(_value(record, mapping["topics"])),
        lang=_value(record, mapping["lang"]),
        url=url if url and url.startswith(("http://", "https://")) else None,
        summary=_line(_value(record, mapping["summary"])),  # one line, as given
        blocks=[b for b in blocks if isinstance(b, RawBlock)],
        origin=origin,
        id=_value(record, mapping["id"]) if mapping["id"] else None,
    )
    return doc


MAX_LINE_BYTES = 20 * 1024 * 1024  # one JSON line (one release); a longer line is a failure
_SKIP_CHUNK = 1024 * 1024


def _decode_line(line: bytes | str) -> str:
    """A line as text: UTF-8 (a BOM dropped), else cp1252, so one badly encoded line does not
    change how the others are read."""
    if isinstance(line, str):
        return line
    try:
        return line.decode("utf-8-sig")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def _limit_text(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit:,} bytes"


def read_lines(
    stream: IO[bytes] | TextIO, origin: str, max_line: int | None = None
) -> Iterator[tuple[str, Any] | ImportFailure]:
    """(origin of the line, parsed JSON) for each line; a bad line is an ImportFailure, not the end.

    The stream (bytes, decoded line by line, or text) is read one line at a time and never more
    than `max_line` (default MAX_LINE_BYTES) at once: a longer line is a failure and the reading
    goes on after it, so memory stays bounded whatever the input.
    """
    limit = max_line or MAX_LINE_BYTES
    number = 0
    while True:
        try:
            line = stream.readline(limit + 1)
            too_long = len(line) > limit and line[-1:] not in ("\n", b"\n")
            if too_long:
                line = ""  # let go of it before reading on to the end of the line
                while (rest := stream.readline(_SKIP_CHUNK)) and rest[-1:] not in ("\n", b"\n"):
                    pass
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            yield ImportFailure(f"{origin}:{number + 1}: the file cannot be read further ({exc})")
            return
        number += 1
        where = f"{origin}:{number}"
        if too_long:
            yield ImportFailure(
                f"{where}: line {number} is longer than {_limit_text(limit)}; skipped"
            )
            continue
        if not line:
            return
        text = _decode_line(line)
        if not text.strip():
            continue
        try:
            yield where, json.loads(text)
        except json.JSONDecodeError as exc:
            yield ImportFailure(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
        except RecursionError:
            yield ImportFailure(f"{where}: nested too deeply to be read")
