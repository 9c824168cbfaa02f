"""The one place where the fields of an imported document are cleaned: `clean_doc`.

Readers hand over what they read, in the shape of their format (lines split, HTML whitespace
collapsed, entities decoded), and `clean_doc` cleans every field of the RawDoc and of its blocks
once, with pressreader.text: escape sequences, control, bidi and zero-width characters removed,
whitespace folded (`clean_line` for one-line fields, `clean_block` for paragraphs). `assemble`
calls it first, so every importer's output, however it was read, is cleaned the same way before
quotes and figures are found (their offsets are taken in the cleaned text).

Readers need no cleaning of their own, with one exception: where a reader finds a document's
structure in its characters (the lines of raw text, the tags of HTML, the fields of a JSON record
or a feed it compares and tests), the raw input first goes through `pressreader.text.clean` as it
enters, since an escape sequence could otherwise hide or fake that structure. What a reader does
with whitespace while reading is `fold_line` / `fold_block`, which change nothing else.
"""

from __future__ import annotations

import re

from pressreader.importers.base import RawBlock, RawDoc
from pressreader.text import clean, clean_block, clean_line

# The whitespace pressreader.text folds (runs of spaces, tabs, no-break and other wide spaces).
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINE = re.compile(r"\n\s*\n")

# Which cleaning each kind of block gets: (its text, its items, its cite).
_LINE_TEXT = frozenset(("h",))


def clean_doc(doc: RawDoc) -> RawDoc:
    """Clean every field of doc and of its blocks (in place; doc is returned).

    Blocks left without any text are dropped, and optional fields left empty become None.
    """
    doc.title = clean_line(doc.title or "")
    doc.source = _optional_line(doc.source)
    doc.topics = [topic for value in doc.topics if (topic := clean_line(str(value)))]
    doc.lang = _optional_line(doc.lang)
    doc.url = _optional_line(doc.url)
    doc.id = _optional_line(doc.id)
    doc.summary = clean_block(doc.summary) or None if doc.summary else None
    doc.related = {key: _related(value) for key, value in doc.related.items()}
    doc.preamble = [clean(line) for line in doc.preamble]  # context for finding people, not shown
    doc.blocks = [block for raw in doc.blocks if (block := clean_block_fields(raw)) is not None]
    return doc


def clean_block_fields(block: RawBlock) -> RawBlock | None:
    """A block with its text, items and cite cleaned; None when no text is left."""
    text = clean_line(block.text) if block.kind in _LINE_TEXT else clean_block(block.text)
    items = tuple(clean_line(item) for item in block.items)
    if not (text or items):
        return None
    cite = _optional_line(block.cite)
    if text == block.text and items == block.items and cite == block.cite:
        return block
    return RawBlock(block.kind, text, items, cite)


def _optional_line(value: object) -> str | None:
    """A metadata value as one clean line, or None."""
    if value is None:
        return None
    return clean_line(str(value)) or None


def _related(value: object) -> object:
    """A related reference (a title or an id), or a list of them, cleaned."""
    if isinstance(value, str):
        return clean_line(value)
    if isinstance(value, list | tuple):
        return type(value)(clean_line(str(v)) for v in value)
    return value


def fold_line(text: str) -> str:
    """Whitespace as on one line: newlines and runs of spaces folded to single spaces, stripped.

    For readers, on text that `clean` has seen: then it gives what `clean_line` gives.
    """
    if "  " not in text and text.isprintable():
        return text.strip()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def fold_block(text: str) -> str:
    """Whitespace as in paragraphs: single newlines and runs of spaces folded, blank lines kept
    (as one blank line between paragraphs), stripped.

    For readers, on text that `clean` has seen: then it gives what `clean_block` gives.
    """
    if "  " not in text and text.isprintable():
        return text.strip()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    folded = (
        _SPACES.sub(" ", " ".join(line.strip() for line in part.split("\n"))).strip()
        for part in _BLANK_LINE.split(text)
    )
    return "\n\n".join(part for part in folded if part)


def line_paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs a reader sees in the lines of one block (split at single line breaks).

    A break before or after a long line is a paragraph break ("Newspaper: its headline" over the
    story it heads); short lines stay one paragraph (a name over an office, an address), and so
    does a line that goes on in lower case ("…to her classroom," / "she was glued …").
    """
    out: list[str] = []
    for line in lines:
        if out and (line[:1].islower() or (len(out[-1]) <= 100 and len(line) <= 150)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out
