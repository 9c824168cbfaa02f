"""Releases out of the reader: Markdown, plain text and JSON documents, citations, and the quotes and
figures of many releases as CSV or JSON rows.

Plain Python (no Rich, no Textual). Release text is data: the Markdown writer escapes whatever would
change the rendering ("# not a heading" stays a paragraph, "a | b" stays in its table cell).
"""

from __future__ import annotations

import csv
import itertools
import json
import re
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from pressreader.figures import decimal_comma, find_figures
from pressreader.model import Figure, Heading, Image, Paragraph, Quote, Release, Stats

if TYPE_CHECKING:
    from pressreader.index import Library

WIDTH = 78  # plain text is wrapped at this many columns
FORMATS = ("md", "json", "txt")
ROW_FORMATS = ("csv", "json")
QUOTE_FIELDS = ("release_id", "date", "title", "speaker", "role", "reported", "text")
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
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

Resolver = Callable[[str], str | None]

# ------------------------------------------------------------------ small helpers


def format_date(release: Release) -> str:
    """15 January 2024 (English month names whatever the locale)."""
    d = release.date
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def format_value(value: float | None) -> str:
    """A figure's value for reading: 16000 → 16,000; 9.5 → 9.5; None → –."""
    if value is None:
        return "–"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def plain_number(value: float | None) -> int | float | None:
    """A value for machines: 16000.0 → 16000, 9.5 stays, None stays."""
    if value is None:
        return None
    if float(value).is_integer():
        return int(value)
    return float(value)


def _chunks(text: str | None) -> list[str]:
    """A text's paragraphs (split at blank lines), each folded onto one line."""
    if not text:
        return []
    parts = re.split(r"\n\s*\n", text)
    return [" ".join(p.split()) for p in parts if p.strip()]


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _sentence(text: str) -> str:
    """Text ending in a full stop (unless it already ends a sentence)."""
    text = text.rstrip()
    return text if not text or text[-1] in ".?!…" else text + "."


def _attribution(quote: Quote) -> str:
    return ", ".join(_one_line(x) for x in (quote.speaker, quote.role) if x) or "unattributed"


def _meta_parts(release: Release) -> list[str]:
    parts = [format_date(release)]
    if release.source:
        parts.append(_one_line(release.source))
    if release.topics:
        parts.append(", ".join(_one_line(t) for t in release.topics))
    return parts


def _related(release: Release, resolve_title: Resolver | None) -> list[tuple[str, str, bool]]:
    """(label, text shown, resolved) for previous, next and each see-also link."""
    rel = release.related
    entries = [("Previous", rel.previous), ("Next", rel.next)]
    entries += [("See also", ref) for ref in rel.see_also]
    found = []
    for label, ref in entries:
        if not ref:
            continue
        title = resolve_title(ref) if resolve_title else None
        found.append((label, _one_line(title or ref), resolve_title is None or bool(title)))
    return found


# ------------------------------------------------------------------ Markdown

_ASCII_PUNCT = re.escape("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_INLINE = re.compile(
    rf"""
    \\(?=[{_ASCII_PUNCT}]|$)     # a backslash that would escape what follows (or the next syntax)
  | [*`|~]                       # emphasis, code, table cells, strikethrough: always
  | (?<![^\W_])_|_(?![^\W_])     # an underscore not inside a word (snake_case stays as is)
  | \](?=[(\[:])                 # the end of a link, image or reference definition
  | <(?=[A-Za-z/!?])             # raw HTML and autolinks
  | &(?=\#?[A-Za-z0-9]+;)        # character references (&amp; stays as typed)
    """,
    re.VERBOSE,
)
_LINE_START = re.compile(r"^(?:[#>+=\-]|\d{1,9}(?=[.)]))")


def escape_md(text: str, line_start: bool = True) -> str:
    """One line of release text as Markdown that renders as exactly that text.

    `line_start`: the text begins a line, so "# x", "> x", "- x", "1. x", "===" must not become a
    heading, a block quote, a list or an underline.
    """
    text = _INLINE.sub(lambda m: "\\" + m.group(0), _one_line(text))
    if line_start:
        m = _LINE_START.match(text)
        if m:
            end = m.end()
            text = "\\" + text if not m.group(0)[0].isdigit() else text[:end] + "\\" + text[end:]
    return text


def _md_heading(text: str, level: int) -> str:
    escaped = escape_md(text, line_start=False)
    if escaped.startswith("#") or escaped.endswith("#"):  # an opening or closing hash sequence
        escaped = re.sub(r"^#|#$", r"\\#", escaped)
    return f"{'#' * level} {escaped or '(untitled)'}"


def _md_autolink(url: str) -> str:
    if re.fullmatch(r"https?://[^\s<>]+", url):
        return f"<{url}>"
    return escape_md(url, line_start=False)


def _md_quote(quote: Quote) -> list[str]:
    chunks = _chunks(quote.text) or [""]
    lines: list[str] = []
    for i, chunk in enumerate(chunks):
        words = escape_md(chunk, line_start=quote.reported or i > 0)
        if not quote.reported:
            words = ("“" if i == 0 else "") + words + ("”" if i == len(chunks) - 1 else "")
        lines += [f"> {words}", ">"]
    footer = f"> — {escape_md(_attribution(quote), line_start=False)}"
    if quote.reported:
        footer += " (reported speech)"
    return [*lines, footer]


def _md_stats(stats: Stats) -> list[str]:
    lines: list[str] = []
    if stats.intro:
        lines += [escape_md(stats.intro), ""]
    lines += ["| Value | Qualifier | Unit | As written |", "| ---: | --- | --- | --- |"]
    for item in stats.items:
        cells = (format_value(item.value), item.qualifier or "", item.unit or "", item.text)
        lines.append("| " + " | ".join(escape_md(c, line_start=False) for c in cells) + " |")
    return lines


def _md_image(image: Image) -> str:
    caption = escape_md(image.caption or "(no caption)", line_start=False)
    line = f"*Image: {caption}*"
    if image.credit:
        line += f" — Credit: {escape_md(image.credit, line_start=False)}"
    return line


def to_markdown(release: Release, resolve_title: Resolver | None = None) -> str:
    """The release as a Markdown document; `resolve_title(ref)` names related links by title."""
    blocks: list[list[str]] = [[_md_heading(release.title, 1)]]
    meta = " · ".join(escape_md(part, line_start=False) for part in _meta_parts(release))
    if release.url:
        meta += " · " + _md_autolink(release.url)
    blocks.append([meta])
    for chunk in _chunks(release.summary):
        blocks.append([f"*{escape_md(chunk, line_start=False)}*"])
    for block in release.body:
        if isinstance(block, Heading):
            blocks.append([_md_heading(block.text, 2)])
        elif isinstance(block, Paragraph):
            blocks.extend([escape_md(chunk)] for chunk in _chunks(block.text))
        elif isinstance(block, Quote):
            blocks.append(_md_quote(block))
        elif isinstance(block, Stats):
            blocks.append(_md_stats(block))
        elif isinstance(block, Image):
            blocks.append([_md_image(block)])
    related = _related(release, resolve_title)
    if related:
        blocks.append(["## Related"])
        items = []
        for label, shown, resolved in related:
            line = f"- {label}: {escape_md(shown, line_start=False)}"
            items.append(line if resolved else line + " (not in this store)")
        blocks.append(items)
    return "\n\n".join("\n".join(lines) for lines in blocks) + "\n"


# ------------------------------------------------------------------ plain text


def _wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,  # a long address stays whole (and may run past the margin)
        break_on_hyphens=False,
    ) or [(indent if first is None else first).rstrip()]


def _txt_stats(stats: Stats) -> list[str]:
    lines = _wrap(_one_line(stats.intro)) if stats.intro else []
    rows = [("Value", "Qualifier", "Unit", "As written")]
    rows += [
        (format_value(f.value), f.qualifier or "", _one_line(f.unit), _one_line(f.text))
        for f in stats.items
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    if 2 + sum(widths) + 6 <= WIDTH:
        for row in rows:
            cells = [row[0].rjust(widths[0])] + [
                c.ljust(w) for c, w in zip(row[1:], widths[1:], strict=True)
            ]
            lines.append(("  " + "  ".join(cells)).rstrip())
        return lines
    for f in stats.items:  # too wide for a table: one wrapped item a line
        parsed = " · ".join(x for x in (format_value(f.value), f.qualifier, _one_line(f.unit)) if x)
        lines += _wrap(f"{parsed} (as written: {_one_line(f.text)})", "    ", "  • ")
    return lines


def to_text(release: Release, resolve_title: Resolver | None = None) -> str:
    """The release as plain text wrapped at 78 columns, in the same order as the Markdown."""
    title = _one_line(release.title)
    blocks: list[list[str]] = [_wrap(title) + ["=" * min(len(title), WIDTH)]]
    meta = _meta_parts(release) + ([release.url] if release.url else [])
    blocks.append(_wrap(" · ".join(meta)))
    blocks.extend(_wrap(chunk) for chunk in _chunks(release.summary))
    for block in release.body:
        if isinstance(block, Heading):
            heading = _one_line(block.text)
            blocks.append(_wrap(heading) + ["-" * min(len(heading), WIDTH)])
        elif isinstance(block, Paragraph):
            blocks.extend(_wrap(chunk) for chunk in _chunks(block.text))
        elif isinstance(block, Quote):
            chunks = _chunks(block.text) or [""]
            if not block.reported:
                chunks[0] = "“" + chunks[0]
                chunks[-1] = chunks[-1] + "”"
            lines: list[str] = []
            for chunk in chunks:
                lines += _wrap(chunk, "    ")
            footer = "— " + _attribution(block)
            lines += _wrap(
                footer + (" (reported speech)" if block.reported else ""), "      ", "    "
            )
            blocks.append(lines)
        elif isinstance(block, Stats):
            blocks.append(_txt_stats(block))
        elif isinstance(block, Image):
            text = "[Image: " + _one_line(block.caption or "(no caption)")
            text += f" — Credit: {_one_line(block.credit)}]" if block.credit else "]"
            blocks.append(_wrap(text, "  "))
    related = _related(release, resolve_title)
    if related:
        lines = ["Related", "-------"]
        for label, shown, resolved in related:
            lines += _wrap(
                f"{label}: {shown}" + ("" if resolved else " (not in this store)"), "  ", ""
            )
        blocks.append(lines)
    return "\n\n".join("\n".join(lines) for lines in blocks) + "\n"


# ------------------------------------------------------------------ JSON


def paragraph_figures(release: Release, text: str) -> list[Figure]:
    """Figures in a paragraph of the release, read in the release's number style."""
    return find_figures(text, comma_decimal=decimal_comma(release.lang))


def to_data(release: Release, resolve: Resolver | None = None) -> dict[str, Any]:
    """The `show --json` shape, with a `figures` list on every paragraph block."""
    data = release.to_dict(resolve)
    for block, item in zip(release.body, data["body"], strict=True):
        if isinstance(block, Paragraph):
            item["figures"] = [f.to_dict() for f in paragraph_figures(release, block.text)]
    return data


def to_json(release: Release, resolve: Resolver | None = None) -> str:
    """to_data() as indented JSON text."""
    return json.dumps(to_data(release, resolve), ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ several releases


def export_releases(
    releases: Sequence[Release],
    fmt: str = "md",
    resolve: Resolver | None = None,
    resolve_title: Resolver | None = None,
) -> str:
    """Several releases as one document: md separated by `---`, txt by a line of `=`, json a list
    (a single object for one release)."""
    if fmt == "json":
        data = [to_data(r, resolve) for r in releases]
        return json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return "\n---\n\n".join(to_markdown(r, resolve_title) for r in releases)
    if fmt == "txt":
        return ("\n" + "=" * WIDTH + "\n\n").join(to_text(r, resolve_title) for r in releases)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


# ------------------------------------------------------------------ citations


def _where(release: Release) -> str:
    """Source, D Month YYYY. URL"""
    text = ", ".join(x for x in (_one_line(release.source), format_date(release)) if x) + "."
    return f"{text} {release.url}" if release.url else text


def citation(release: Release) -> str:
    """Title. Source, D Month YYYY. URL"""
    return f"{_sentence(_one_line(release.title))} {_where(release)}"


def quote_citation(release: Release, quote: Quote) -> str:
    """“Text” — Speaker, Role. Source, D Month YYYY. URL (reported speech without the marks)."""
    words = _one_line(quote.text)
    if quote.reported:
        head = f"{words} — {_attribution(quote)} (reported speech)."
    else:
        head = f"“{words}” — {_sentence(_attribution(quote))}"
    return f"{head} {_where(release)}"


# ------------------------------------------------------------------ rows


def quote_rows(releases: Iterable[Release]) -> Iterator[dict[str, Any]]:
    """One row per quote: release_id, date, title, speaker, role, reported, text."""
    for release in releases:
        for quote in release.quotes:
            yield {
                "release_id": release.id,
                "date": release.date.isoformat(),
                "title": release.title,
                "speaker": quote.speaker,
                "role": quote.role,
                "reported": quote.reported,
                "text": quote.text,
            }


def figure_rows(releases: Iterable[Release]) -> Iterator[dict[str, Any]]:
    """One row per figure, in body order: bullet statistics (kind "stats", with their intro) and
    figures in running text (kind "text", found in paragraphs)."""
    for release in releases:
        base = {"release_id": release.id, "date": release.date.isoformat(), "title": release.title}
        for block in release.body:
            if isinstance(block, Stats):
                found, kind, intro = block.items, "stats", block.intro
            elif isinstance(block, Paragraph):
                found, kind, intro = tuple(paragraph_figures(release, block.text)), "text", None
            else:
                continue
            for figure in found:
                yield {
                    **base,
                    "kind": kind,
                    "intro": intro,
                    "qualifier": figure.qualifier,
                    "value": plain_number(figure.value),
                    "unit": figure.unit,
                    "text": figure.text,
                }


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and "e" in repr(value):  # no 1e-07 in a spreadsheet
        return f"{value:.12f}".rstrip("0").rstrip(".")
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
        data = list(rows)
        stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
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
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
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
