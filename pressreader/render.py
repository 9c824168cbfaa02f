"""Rich renderables of a release, shared by `pressreader show` and the TUI's detail pane.

Every string from a release becomes a rich.text.Text (never markup), so "[bold]" in a title is shown
as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from pressreader.model import Figure, Heading, Image, Paragraph, Quote, Release, Stats

MATCH_STYLE = "black on yellow"


def _fields(block: object) -> dict[str, object]:
    return {f.name: getattr(block, f.name) for f in fields(block)}  # type: ignore[arg-type]


def format_value(value: float | None) -> str:
    """A figure's value for display: 16000 → 16,000; 9.5 → 9.5; None → –."""
    if value is None:
        return "–"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


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


def highlighted(text: str, pattern: re.Pattern[str] | None, style: str = "") -> Text:
    """Plain text (never markup) with the matches of `pattern` marked."""
    result = Text(text, style=style)
    if pattern is not None:
        result.highlight_regex(pattern, MATCH_STYLE)
    return result


def meta_line(release: Release) -> Text:
    """Date · source · topics · link."""
    parts = [release.date.strftime("%d %B %Y").lstrip("0")]
    if release.source:
        parts.append(release.source)
    if release.topics:
        parts.append(", ".join(release.topics))
    text = Text(" · ".join(parts), style="dim")
    if release.url:
        text.append(" · ", style="dim")
        text.append(release.url, style=f"underline link {release.url}")
    return text


def quote_block(quote: Quote, pattern: re.Pattern[str] | None) -> RenderableType:
    """A quote as a block quote with "— Speaker, Role" under it."""
    words = highlighted(f"“{quote.text}”", pattern, "italic")
    attribution = ", ".join(x for x in (quote.speaker, quote.role) if x) or "unattributed"
    footer = highlighted(f"— {attribution}", pattern, "bold")
    if quote.reported:
        footer.append(" (reported speech)", style="dim")
    return LeftBar(Group(words, footer))


def stats_table(stats: Stats, pattern: re.Pattern[str] | None) -> RenderableType:
    """An aligned table of figures: value, qualifier, unit, and the text as written."""
    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        expand=False,
        title=highlighted(stats.intro, pattern, "bold") if stats.intro else None,
        title_justify="left",
    )
    table.add_column("Value", justify="right", style="bold cyan", no_wrap=True)
    table.add_column("Qualifier", style="magenta")
    table.add_column("Unit")
    table.add_column("As written", style="dim")
    for item in stats.items:
        table.add_row(*figure_cells(item, pattern))
    return table


def figure_cells(item: Figure, pattern: re.Pattern[str] | None) -> tuple[Text, ...]:
    """The cells of one statistic."""
    return (
        Text(format_value(item.value)),
        Text(item.qualifier or ""),
        highlighted(item.unit or "", pattern),
        highlighted(item.text, pattern),
    )


def image_line(image: Image, pattern: re.Pattern[str] | None) -> Text:
    """Image caption and credit."""
    text = Text("▣ Image: ", style="dim")
    text.append_text(highlighted(image.caption or "(no caption)", pattern, "italic"))
    if image.credit:
        text.append("  Credit: ", style="dim")
        text.append_text(highlighted(image.credit, pattern, "dim"))
    return text


@dataclass(frozen=True, slots=True)
class Limit:
    """How much of a body to draw: a terminal pane need not lay out a 5 MB release at once."""

    chars: int = 60_000
    blocks: int = 300


def _cut(text: str, room: int) -> str:
    return text if len(text) <= room else text[: max(0, room)] + "…"


def body_renderables(
    release: Release, pattern: re.Pattern[str] | None = None, limit: Limit | None = None
) -> Iterable[RenderableType]:
    """Title, meta line, summary and the body blocks, in order, with blank lines between.

    With a `limit`, drawing stops after that many characters or blocks, with a line saying so.
    """
    yield highlighted(release.title, pattern, "bold")
    yield meta_line(release)
    if release.summary:
        yield Text()
        yield highlighted(release.summary, pattern, "italic")
    used = 0
    for shown, block in enumerate(release.body):
        if limit is not None and (used >= limit.chars or shown >= limit.blocks):
            rest = len(release.body) - shown
            yield Text()
            yield Text(
                f"… {rest:,} more block(s) not shown here (the release is very long). "
                f"Read it all with `pressreader show {release.id}` or export it.",
                style="bold yellow",
            )
            return
        size = len(getattr(block, "text", "") or "")
        if (
            limit is not None
            and isinstance(block, Paragraph | Quote | Heading)
            and used + size > limit.chars
        ):
            block = type(block)(**{**_fields(block), "text": _cut(block.text, limit.chars - used)})
        used += size
        yield Text()
        if isinstance(block, Heading):
            yield highlighted(block.text, pattern, "bold underline")
        elif isinstance(block, Paragraph):
            yield highlighted(block.text, pattern)
        elif isinstance(block, Quote):
            yield quote_block(block, pattern)
        elif isinstance(block, Stats):
            yield stats_table(block, pattern)
        elif isinstance(block, Image):
            yield image_line(block, pattern)


def related_lines(
    release: Release, title_of: Callable[[str], str | None]
) -> list[tuple[str, str, str | None]]:
    """The related navigation: (label, text shown, target ref or None when it resolves to nothing)."""
    rel = release.related
    entries = [("← Previous", rel.previous), ("Next →", rel.next)]
    entries += [("See also", ref) for ref in rel.see_also]
    lines = []
    for label, ref in entries:
        if not ref:
            continue
        title = title_of(ref)
        lines.append((label, title or ref, ref if title else None))
    return lines


def release_renderable(
    release: Release,
    title_of: Callable[[str], str | None] = lambda ref: None,
    pattern: re.Pattern[str] | None = None,
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
