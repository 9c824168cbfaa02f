"""The Rich renderable of a release, shared by `pressreader show` and the TUI's detail pane.

Every string from a release becomes a rich.text.Text built from plain (cleaned) strings, never
markup, so "[bold]" in a title is shown as typed. Paragraphs are shown as written; the quotes marked
on them are styled in place and attributed by a dim line under the paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from pressreader.formats.common import (
    LABEL,
    continues_turn,
    format_date,
    format_value,
    meta_parts,
    one_line,
    paragraph_speaker_lines,
    pieces,
    quotes_by_block,
    related_links,
    speaker_line,
    walk,
)
from pressreader.formats.figures import figure_adds, short_unit
from pressreader.model import (
    Block,
    Figure,
    Heading,
    Image,
    Paragraph,
    Quote,
    QuoteRef,
    Release,
    Stats,
)
from pressreader.text import clean

__all__ = [
    "MATCH_STYLE",
    "SPAN_STYLES",
    "SPOT_STYLE",
    "LeftBar",
    "Limit",
    "Spot",
    "body_renderables",
    "figure_cells",
    "format_value",
    "highlighted",
    "meta_line",
    "related_lines",
    "release_renderable",
]

MATCH_STYLE = "black on yellow"
# The quote or figure a view opened the release at ("provenance"): drawn apart from everything else.
SPOT_STYLE = "bold black on bright_cyan"
# How each annotation kind is drawn on a paragraph's text.
SPAN_STYLES = {"direct": "italic cyan", "reported": "underline", "turn": "", LABEL: "bold"}
SPEAKER_STYLE = "dim"
TURN_INDENT = 2  # cells a transcript turn's further paragraphs are indented by, under its first

Pattern = re.Pattern[str] | None


class LeftBar:
    """Draws a renderable indented behind a vertical bar, like a block quote."""

    def __init__(self, renderable: RenderableType, style: str = "cyan") -> None:
        self.renderable = renderable
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        inner = options.update_width(max(1, options.max_width - 2))
        bar = Segment("▌ ", console.get_style(self.style))
        for line in console.render_lines(self.renderable, inner, pad=False):
            yield bar
            yield from line
            yield Segment.line()


class Spot:
    """The block holding the spot a view opened the release at (a quote, a figure): drawn as it
    is; the detail pane finds it among the parts to scroll to it."""

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.renderable


def spotlight(renderable: RenderableType, start: int | None, end: int | None) -> RenderableType:
    """A block with text[start:end] styled SPOT_STYLE (a quote block: all of it); a block without
    offsets (a table of statistics) is left as it is."""
    if start is None or end is None:
        return renderable
    target = renderable
    if isinstance(target, LeftBar):  # a quote block: the quote is the whole block
        inner = target.renderable
        first = inner.renderables[0] if isinstance(inner, Group) else inner
        if isinstance(first, Text):
            first.stylize(SPOT_STYLE)
        return renderable
    if isinstance(target, Padding):  # a turn's further paragraph
        target = target.renderable
    if isinstance(target, Group):
        target = target.renderables[0]
    if isinstance(target, Text):
        target.stylize(SPOT_STYLE, start, end)
    return renderable


def highlighted(text: str, pattern: Pattern, style: str = "") -> Text:
    """Plain text (never markup, cleaned of control characters) with the matches of `pattern` marked."""
    result = Text(clean(text), style=style)
    if pattern is not None:
        result.highlight_regex(pattern, MATCH_STYLE)
    return result


def meta_line(release: Release) -> Text:
    """Date · source · topics · id · link; a date the importer guessed says to check it."""
    parts = meta_parts(release)
    text = Text(style="dim")
    if not release.date_certain:  # "1 March 2024 (date uncertain)" → a warning, not dim
        text.append(format_date(release.date), style="not dim bold")
        text.append(" (date uncertain — check it)", style="not dim bold yellow")
        parts = parts[1:]
    else:
        text.append(parts.pop(0))
    for part in parts:
        text.append(f" · {part}")
    text.append(" · id ")
    text.append(one_line(release.id), style="not dim")
    if release.url:
        url = one_line(release.url)
        text.append(" · ", style="dim")
        text.append(url, style=f"underline link {url}")
    return text


# ------------------------------------------------------------------ one function per block kind


def _paragraph(block: Paragraph, pattern: Pattern, quotes: list[QuoteRef]) -> RenderableType:
    """The paragraph as written, quoted spans styled, and a speaker line per quote starting here;
    a transcript turn's further paragraphs are indented under its first (which names the speaker:
    its label, and the speaker line when the name adds to it)."""
    text = Text()
    for piece in pieces(block):
        style = " ".join(SPAN_STYLES[k] for k in sorted(piece.kinds) if SPAN_STYLES.get(k))
        text.append(clean(block.text[piece.start : piece.end]), style=style)
    if pattern is not None:
        text.highlight_regex(pattern, MATCH_STYLE)
    lines = [
        highlighted(line, pattern, SPEAKER_STYLE) for line in paragraph_speaker_lines(block, quotes)
    ]
    drawn: RenderableType = Group(text, *lines) if lines else text
    return Padding(drawn, (0, 0, 0, TURN_INDENT)) if continues_turn(block) else drawn


def _quote(block: Quote, pattern: Pattern, quotes: list[QuoteRef]) -> RenderableType:
    """A hand-written quote as a block quote with its speaker line under it (reported speech and
    transcript turns without added quotation marks)."""
    words = f"“{block.text}”" if block.kind == "direct" else block.text
    style = SPAN_STYLES.get(block.kind) or "italic"
    return LeftBar(
        Group(highlighted(words, pattern, style), highlighted(speaker_line(block), pattern, "bold"))
    )


def _heading(block: Heading, pattern: Pattern, quotes: list[QuoteRef]) -> RenderableType:
    return highlighted(block.text, pattern, "bold underline")


def figure_cells(item: Figure, pattern: Pattern) -> tuple[Text, ...]:
    """The cells of one statistic: value, qualifier, short unit, and the text as written when it
    says more than those (not repeated when it does not)."""
    return (
        Text(format_value(item.value)),
        Text(one_line(item.qualifier)),
        highlighted(short_unit(item.unit) or "", pattern),
        highlighted(item.text if figure_adds(item) else "", pattern),
    )


def _stats(block: Stats, pattern: Pattern, quotes: list[QuoteRef]) -> RenderableType:
    """An aligned table of figures: value, qualifier, unit, and the text as written."""
    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        expand=False,
        title=highlighted(block.intro, pattern, "bold") if block.intro else None,
        title_justify="left",
    )
    table.add_column("Value", justify="right", style="bold cyan", no_wrap=True)
    table.add_column("Qualifier", style="magenta")
    table.add_column("Unit")
    table.add_column("As written", style="dim")
    for item in block.items:
        table.add_row(*figure_cells(item, pattern))
    return table


def _image(block: Image, pattern: Pattern, quotes: list[QuoteRef]) -> RenderableType:
    """Image caption and credit."""
    text = Text("▣ Image: ", style="dim")
    text.append_text(highlighted(block.caption or "(no caption)", pattern, "italic"))
    if block.credit:
        text.append("  Credit: ", style="dim")
        text.append_text(highlighted(block.credit, pattern, "dim"))
    return text


WRITERS: dict[str, Callable[..., RenderableType]] = {
    "paragraph": _paragraph,
    "heading": _heading,
    "quote": _quote,
    "stats": _stats,
    "image": _image,
}

# ------------------------------------------------------------------ the release


@dataclass(frozen=True, slots=True)
class Limit:
    """How much of a body to draw: a terminal pane need not lay out a 5 MB release at once."""

    chars: int = 60_000
    blocks: int = 300


def _cut(block: Block, room: int) -> Block:
    """A paragraph, heading or quote cut to `room` characters (marks clipped to what is left)."""
    text = getattr(block, "text", None)
    if text is None or len(text) <= room:
        return block
    short = text[: max(0, room)] + "…"
    if isinstance(block, Paragraph):
        marks = tuple(
            type(m)(m.start, min(m.end, room), m.speaker, m.role, m.kind, m.continues)
            for m in block.marks
            if m.start < room
        )
        return Paragraph(short, marks)
    if isinstance(block, Quote):
        return Quote(short, block.speaker, block.role, block.kind)
    return Heading(short)


def body_renderables(
    release: Release,
    pattern: Pattern = None,
    limit: Limit | None = None,
    spot: tuple[int, int | None, int | None] | None = None,
) -> Iterable[RenderableType]:
    """Title, meta line, summary and the body blocks, in order, with blank lines between.

    With a `limit`, drawing stops after that many characters or blocks, with a line saying so.
    With a `spot` (block, start, end), that block comes wrapped in `Spot` and the words at
    start:end styled SPOT_STYLE.
    """
    yield highlighted(release.title, pattern, "bold")
    yield meta_line(release)
    if release.summary:
        yield Text()
        yield highlighted(release.summary, pattern, "italic")
    by_block = quotes_by_block(release)
    used = 0
    for kind, index, block in walk(release):
        if limit is not None and (used >= limit.chars or index >= limit.blocks):
            rest = len(release.body) - index
            yield Text()
            yield Text(
                f"… {rest:,} more block(s) not shown here (the release is very long). "
                f"Read it all with `pressreader show {release.id}` or export it.",
                style="bold yellow",
            )
            return
        size = len(getattr(block, "text", "") or "")
        if limit is not None and used + size > limit.chars:
            block = _cut(block, limit.chars - used)
        used += size
        yield Text()
        drawn = WRITERS[kind](block, pattern, by_block.get(index, []))
        if spot is not None and index == spot[0]:
            drawn = Spot(spotlight(drawn, spot[1], spot[2]))
        yield drawn


def related_lines(
    release: Release, title_of: Callable[[str], str | None]
) -> list[tuple[str, str, str | None]]:
    """The related navigation: (label, text shown, target ref or None when it resolves to nothing)."""
    labels = {"previous": "← Previous", "next": "Next →", "see_also": "See also"}
    return [
        (labels[key], one_line(title or ref), ref if title else None)
        for key, ref, title in related_links(release, title_of)
    ]


def release_renderable(
    release: Release,
    title_of: Callable[[str], str | None] = lambda ref: None,
    pattern: Pattern = None,
) -> RenderableType:
    """The whole release for a terminal (used by `pressreader show`)."""
    parts = list(body_renderables(release, pattern))
    related = related_lines(release, title_of)
    if related:
        parts.append(Text())
        parts.append(Text("Related", style="bold"))
        for label, shown, target in related:
            line = Text(f"{label}: ", style="dim")
            line.append(shown, style="" if target else "dim italic")
            if not target:
                line.append("  (not in this store)", style="dim")
            parts.append(line)
    return Group(*parts)
