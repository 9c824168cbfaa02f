"""A release as plain text wrapped at 78 columns, in the same order as the Markdown.

Paragraphs are written as published (their quotation marks are the release's own); the speakers of
the quotes marked on a paragraph follow it, indented.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from pressreader.formats.common import (
    Resolver,
    chunks,
    continues_turn,
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

WIDTH = 78  # plain text is wrapped at this many columns


def wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,  # a long address stays whole (and may run past the margin)
        break_on_hyphens=False,
    ) or [(indent if first is None else first).rstrip()]


def _underlined(text: str, rule: str) -> list[str]:
    line = one_line(text)
    return wrap(line) + [rule * min(len(line), WIDTH)]


# ------------------------------------------------------------------ one function per block kind


def _paragraph(block: Paragraph, quotes: list[QuoteRef]) -> list[list[str]]:
    indent = "  " if continues_turn(block) else ""  # a turn's further paragraph, under its first
    blocks = [wrap("".join(text for text, _ in chunk), indent) for chunk in paragraph_chunks(block)]
    speakers = [
        line for s in paragraph_speaker_lines(block, quotes) for line in wrap(s, "      ", "    ")
    ]
    if speakers and blocks:
        blocks[-1] += speakers
    elif speakers:
        blocks.append(speakers)
    return blocks


def _heading(block: Heading, quotes: list[QuoteRef]) -> list[list[str]]:
    return [_underlined(block.text, "-")]


def _quote(block: Quote, quotes: list[QuoteRef]) -> list[list[str]]:
    parts = chunks(block.text) or [""]
    if block.kind == "direct":
        parts[0] = "“" + parts[0]
        parts[-1] = parts[-1] + "”"
    lines = [line for chunk in parts for line in wrap(chunk, "    ")]
    return [lines + wrap(speaker_line(block), "      ", "    ")]


def _stats(block: Stats, quotes: list[QuoteRef]) -> list[list[str]]:
    lines = wrap(one_line(block.intro)) if block.intro else []
    rows = [("Value", "Qualifier", "Unit", "As written")]
    rows += [
        (format_value(f.value), one_line(f.qualifier), short_unit(f.unit) or "", one_line(f.text))
        for f in block.items
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    if 2 + sum(widths) + 6 <= WIDTH:
        for row in rows:
            cells = [row[0].rjust(widths[0])] + [
                c.ljust(w) for c, w in zip(row[1:], widths[1:], strict=True)
            ]
            lines.append(("  " + "  ".join(cells)).rstrip())
        return [lines]
    for value, qualifier, unit, text in rows[1:]:  # too wide for a table: one wrapped item a line
        parsed = " · ".join(x for x in (value, qualifier, unit) if x)
        lines += wrap(f"{parsed} (as written: {text})", "    ", "  • ")
    return [lines]


def _image(block: Image, quotes: list[QuoteRef]) -> list[list[str]]:
    text = "[Image: " + one_line(block.caption or "(no caption)")
    text += f" — Credit: {one_line(block.credit)}]" if block.credit else "]"
    return [wrap(text, "  ")]


# Each writer takes the block of its kind; the table is keyed by Block.type (see common.walk).
WRITERS: dict[str, Callable[[Any, list[QuoteRef]], list[list[str]]]] = {
    "paragraph": _paragraph,
    "heading": _heading,
    "quote": _quote,
    "stats": _stats,
    "image": _image,
}


def to_text(release: Release, resolve_title: Resolver | None = None) -> str:
    """The release as plain text wrapped at 78 columns, in the same order as the Markdown."""
    blocks: list[list[str]] = [_underlined(release.title, "=")]
    meta = meta_parts(release) + ([one_line(release.url)] if release.url else [])
    blocks.append(wrap(" · ".join(meta)))
    blocks.extend(wrap(chunk) for chunk in chunks(release.summary))
    by_block = quotes_by_block(release)
    for kind, index, block in walk(release):
        blocks.extend(WRITERS[kind](block, by_block.get(index, [])))
    labels = {"previous": "Previous", "next": "Next", "see_also": "See also"}
    links = related_links(release, resolve_title)
    if links:
        lines = ["Related", "-------"]
        for key, ref, title in links:
            resolved = resolve_title is None or title is not None
            note = "" if resolved else " (not in this store)"
            lines += wrap(f"{labels[key]}: {one_line(title or ref)}{note}", "  ", "")
        blocks.append(lines)
    return "\n\n".join("\n".join(lines) for lines in blocks) + "\n"
