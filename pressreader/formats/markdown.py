"""A release as a Markdown document.

Release text is data: whatever would change the rendering is escaped ("# not a heading" stays a
paragraph, "a | b" stays in its table cell). Paragraphs are written as published; a direct quote's
words are set in italics, a transcript turn's label in bold, and the speakers follow in an italic line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from pressreader.formats.common import (
    LABEL,
    Resolver,
    chunks,
    format_value,
    meta_parts,
    one_line,
    paragraph_chunks,
    paragraph_speaker_lines,
    quotes_by_block,
    related_links,
    speaker_line,
    walk,
)
from pressreader.formats.figures import short_unit
from pressreader.model import Heading, Image, Paragraph, Quote, QuoteRef, Release, Stats

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
# How an annotation kind is marked inside a paragraph (reported speech and turns stay as written).
EMPHASIS = {"direct": "*", LABEL: "**"}


def _escape_inline(text: str) -> str:
    return _INLINE.sub(lambda m: "\\" + m.group(0), text)


def _escape_start(text: str) -> str:
    m = _LINE_START.match(text)
    if not m:
        return text
    end = m.end()
    return "\\" + text if not m.group(0)[0].isdigit() else text[:end] + "\\" + text[end:]


def escape_md(text: str, line_start: bool = True) -> str:
    """One line of release text as Markdown that renders as exactly that text.

    `line_start`: the text begins a line, so "# x", "> x", "- x", "1. x", "===" must not become a
    heading, a block quote, a list or an underline.
    """
    text = _escape_inline(one_line(text))
    return _escape_start(text) if line_start else text


def _punct(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _emphasize(before: str, core: str, after: str, marker: str) -> str:
    """`core` wrapped in `marker` when CommonMark will read it as emphasis there, else as is."""
    if not core or core[0].isspace() or core[-1].isspace():
        return core
    if _punct(core[0]) and before and not (before.isspace() or _punct(before)):
        return core
    if _punct(core[-1]) and after and not (after.isspace() or _punct(after)):
        return core
    return f"{marker}{core}{marker}"


def _marked_line(parts: list[tuple[str, frozenset[str]]]) -> str:
    """A paragraph chunk with its annotated pieces emphasised.

    The chunk is escaped as a whole (so no link or entity forms across a piece boundary), then cut
    back into its pieces.
    """
    full = "".join(text for text, _ in parts)
    at = {m.start() for m in _INLINE.finditer(full)}
    head = _LINE_START.match(full)
    if head:
        at.add(head.end() if head.group(0)[0].isdigit() else 0)
    escaped, start = [], 0
    for text, _ in parts:
        end = start + len(text)
        escaped.append("".join("\\" + c if start + i in at else c for i, c in enumerate(text)))
        start = end
    out = ""
    for n, ((_, kinds), text) in enumerate(zip(parts, escaped, strict=True)):
        marker = next((EMPHASIS[k] for k in (LABEL, "direct") if k in kinds), None)
        if marker is None:
            out += text
            continue
        spaced = re.fullmatch(r"(\s*)(.*?)(\s*)", text, re.S)
        assert spaced is not None  # the pattern matches any text
        lead, core, trail = spaced.groups()
        following = escaped[n + 1][:1] if n + 1 < len(escaped) else ""
        out += lead + _emphasize((out + lead)[-1:], core, trail[:1] or following, marker) + trail
    return out


def _heading_line(text: str, level: int) -> str:
    escaped = escape_md(text, line_start=False)
    if escaped.startswith("#") or escaped.endswith("#"):  # an opening or closing hash sequence
        escaped = re.sub(r"^#|#$", r"\\#", escaped)
    return f"{'#' * level} {escaped or '(untitled)'}"


def _autolink(url: str) -> str:
    if re.fullmatch(r"https?://[^\s<>]+", url):
        return f"<{url}>"
    return escape_md(url, line_start=False)


# ------------------------------------------------------------------ one function per block kind


def _paragraph(block: Paragraph, quotes: list[QuoteRef]) -> list[list[str]]:
    blocks = [[_marked_line(chunk)] for chunk in paragraph_chunks(block)]
    speakers = [
        escape_md(line, line_start=False) for line in paragraph_speaker_lines(block, quotes)
    ]
    if speakers:
        blocks.append(["\\\n".join(_emphasize("", line, "", "*") for line in speakers)])
    return blocks


def _heading(block: Heading, quotes: list[QuoteRef]) -> list[list[str]]:
    return [[_heading_line(block.text, 2)]]


def _quote(block: Quote, quotes: list[QuoteRef]) -> list[list[str]]:
    parts = chunks(block.text) or [""]
    lines: list[str] = []
    for i, chunk in enumerate(parts):
        words = escape_md(chunk, line_start=block.kind != "direct" or i > 0)
        if block.kind == "direct":
            words = ("“" if i == 0 else "") + words + ("”" if i == len(parts) - 1 else "")
        lines += [f"> {words}", ">"]
    return [[*lines, f"> {escape_md(speaker_line(block), line_start=False)}"]]


def _stats(block: Stats, quotes: list[QuoteRef]) -> list[list[str]]:
    lines: list[str] = []
    if block.intro:
        lines += [escape_md(block.intro), ""]
    lines += ["| Value | Qualifier | Unit | As written |", "| ---: | --- | --- | --- |"]
    for item in block.items:
        cells = (format_value(item.value), item.qualifier, short_unit(item.unit), item.text)
        lines.append("| " + " | ".join(escape_md(c or "", line_start=False) for c in cells) + " |")
    return [lines]


def _image(block: Image, quotes: list[QuoteRef]) -> list[list[str]]:
    line = f"*Image: {escape_md(block.caption or '(no caption)', line_start=False)}*"
    if block.credit:
        line += f" — Credit: {escape_md(block.credit, line_start=False)}"
    return [[line]]


# Each writer takes the block of its kind; the table is keyed by Block.type (see common.walk).
WRITERS: dict[str, Callable[[Any, list[QuoteRef]], list[list[str]]]] = {
    "paragraph": _paragraph,
    "heading": _heading,
    "quote": _quote,
    "stats": _stats,
    "image": _image,
}


def to_markdown(release: Release, resolve_title: Resolver | None = None) -> str:
    """The release as a Markdown document; `resolve_title(ref)` names related links by title."""
    blocks: list[list[str]] = [[_heading_line(release.title, 1)]]
    meta = " · ".join(escape_md(part, line_start=False) for part in meta_parts(release))
    if release.url:
        meta += " · " + _autolink(one_line(release.url))
    blocks.append([meta])
    blocks.extend([f"*{escape_md(chunk, line_start=False)}*"] for chunk in chunks(release.summary))
    by_block = quotes_by_block(release)
    for kind, index, block in walk(release):
        blocks.extend(WRITERS[kind](block, by_block.get(index, [])))
    labels = {"previous": "Previous", "next": "Next", "see_also": "See also"}
    links = related_links(release, resolve_title)
    if links:
        items = []
        for key, ref, title in links:
            line = f"- {labels[key]}: {escape_md(title or ref, line_start=False)}"
            resolved = resolve_title is None or title is not None
            items.append(line if resolved else line + " (not in this store)")
        blocks += [["## Related"], items]
    return "\n\n".join("\n".join(lines) for lines in blocks) + "\n"
