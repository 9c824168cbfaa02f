"""The body of a release: paragraphs (with their quote marks), headings, quotes, stats, images."""

from __future__ import annotations

import math

import yaml

from pressreader.figures import parse_figure
from pressreader.model import (
    QUOTE_KINDS,
    Block,
    Figure,
    Heading,
    Image,
    Mark,
    Paragraph,
    Quote,
    Stats,
)
from pressreader.store.advice import Invalid
from pressreader.store.nodes import NodeReader, type_name

BLOCK_KEYS = ("paragraph", "heading", "quote", "stats", "image")
BLOCK_FIELDS = {
    "paragraph": ("paragraph", "quotes"),
    "heading": ("heading",),
    "quote": ("quote", "speaker", "role", "kind", "reported"),
    "stats": ("stats", "intro", "items"),
    "image": ("image", "caption", "credit"),
}
MARK_FIELDS = ("text", "speaker", "role", "kind", "continues")
FIGURE_FIELDS = ("text", "qualifier", "value", "unit")


class BodyReader(NodeReader):
    """Reads `body:`, a list of blocks; `comma` says whether the release writes 9,5 for 9.5."""

    def body(self, node: yaml.Node, comma: bool | None) -> tuple[Block, ...]:
        if isinstance(node, yaml.ScalarNode) and self.scalar(node) is None:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            raise Invalid(
                f"'body' must be a list of blocks (each line starting with '- '), not "
                f"{type_name(node)}",
                node,
            )
        blocks: list[Block] = []
        for item in node.value:
            block = self.block(item, comma)
            if block is not None:
                blocks.append(block)
        return tuple(blocks)

    def block(self, node: yaml.Node, comma: bool | None) -> Block | None:
        if isinstance(node, yaml.ScalarNode):
            text = self.text(node, "a paragraph", block=True)
            return Paragraph(text) if text else None
        if not isinstance(node, yaml.MappingNode):
            raise Invalid("a body block must be a paragraph (text) or a mapping", node)
        keys = [str(k.value) for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
        kinds = [k for k in keys if k in BLOCK_KEYS]
        if len(kinds) != 1:
            found = ", ".join(keys) or "nothing"
            raise Invalid(
                "a body block needs exactly one of paragraph:, heading:, quote:, stats:, "
                f"image: (found: {found})",
                node,
            )
        kind = kinds[0]
        f = self.mapping(node, f"a {kind} block", BLOCK_FIELDS[kind])
        if kind == "paragraph":
            text = self.text(f["paragraph"], "a paragraph", block=True)
            if not text:
                return None
            return Paragraph(text, self.marks(f.get("quotes"), text))
        if kind == "heading":
            return Heading(self.text(f["heading"], "'heading'", required=True) or "")
        if kind == "quote":
            text = self.text(f["quote"], "'quote'", block=True)
            if not text:
                raise Invalid("'quote' has no text; write the quoted words after 'quote:'", node)
            reported = self.scalar(f["reported"]) if "reported" in f else False
            quote_kind = self.kind(f.get("kind")) or ("reported" if reported else "direct")
            return Quote(
                text,
                self.text(f.get("speaker"), "'speaker'"),
                self.text(f.get("role"), "'role'"),
                quote_kind,
            )
        if kind == "stats":
            return self.stats(node, f, comma)
        image = f["image"]
        if isinstance(image, yaml.MappingNode):
            g = self.mapping(image, "'image'", ("caption", "credit"))
            return Image(
                self.text(g.get("caption"), "'caption'"),
                self.text(g.get("credit"), "'credit'"),
            )
        return Image(self.text(image, "'image'"), self.text(f.get("credit"), "'credit'"))

    def kind(self, node: yaml.Node | None) -> str | None:
        value = self.text(node, "'kind'")
        if value is None or value in QUOTE_KINDS:
            return value
        raise Invalid(f"'kind' must be one of {', '.join(QUOTE_KINDS)}, not {value[:30]!r}", node)

    def marks(self, node: yaml.Node | None, text: str) -> tuple[Mark, ...]:
        """A paragraph's `quotes:`: each names its words, found in the paragraph in order."""
        if node is None or (isinstance(node, yaml.ScalarNode) and self.scalar(node) is None):
            return ()
        if not isinstance(node, yaml.SequenceNode):
            raise Invalid("a paragraph's 'quotes' must be a list of quotes (text:, speaker:)", node)
        marks: list[Mark] = []
        cursor = 0
        for item in node.value:
            g = self.mapping(item, "a paragraph's quote", MARK_FIELDS)
            words = self.text(g.get("text"), "'text'", required=True)
            if not words:
                raise Invalid("a paragraph's quote needs 'text:', the quoted words", item)
            words = words.strip()
            start = text.find(words, cursor)
            if start < 0:
                start = text.find(words)
            if start < 0:
                self.warn(
                    g["text"],
                    f"quote text {words[:40]!r} is not in the paragraph; copy the words exactly "
                    "as the paragraph writes them (the paragraph is kept, the mark is dropped)",
                )
                continue
            continues = self.scalar(g["continues"]) if "continues" in g else False
            marks.append(
                Mark(
                    start,
                    start + len(words),
                    self.text(g.get("speaker"), "'speaker'"),
                    self.text(g.get("role"), "'role'"),
                    self.kind(g.get("kind")) or "direct",
                    continues is True,
                )
            )
            cursor = start + len(words)
        return tuple(marks)

    def stats(self, node: yaml.Node, f: dict[str, yaml.Node], comma: bool | None) -> Stats:
        intro = self.text(f.get("intro"), "'intro'")
        items_node = f.get("items")
        stats = f["stats"]
        if isinstance(stats, yaml.MappingNode):
            g = self.mapping(stats, "'stats'", ("intro", "items"))
            intro = self.text(g.get("intro"), "'intro'") or intro
            items_node = g.get("items")
        elif isinstance(stats, yaml.SequenceNode):
            items_node = stats
        if not isinstance(items_node, yaml.SequenceNode):
            raise Invalid("'stats' needs 'items:', a list of statistics", node)
        items: list[Figure] = []
        for item in items_node.value:
            if isinstance(item, yaml.MappingNode):
                g = self.mapping(item, "a statistic", FIGURE_FIELDS)
                value = self.scalar(g["value"]) if "value" in g else None
                if value is not None and (
                    isinstance(value, bool)
                    or not isinstance(value, int | float)
                    or not _finite(value)
                ):
                    raise Invalid(
                        "a statistic's 'value' must be a number like 16000 or 9.5", g["value"]
                    )
                qualifier = self.text(g.get("qualifier"), "'qualifier'")
                unit = self.text(g.get("unit"), "'unit'")
                text = self.text(g.get("text"), "'text'")
                if text and value is None and qualifier is None and unit is None:
                    items.append(parse_figure(text, comma_decimal=comma))
                    continue
                if not text:
                    shown = "" if value is None else f"{value:,.12g}"
                    text = " ".join(x for x in (qualifier, shown, unit) if x)
                if not text:
                    raise Invalid("a statistic needs 'text' or a 'value'", item)
                items.append(Figure(text, qualifier, None if value is None else float(value), unit))
            else:
                text = self.text(item, "a statistic")
                if text:
                    items.append(parse_figure(text, comma_decimal=comma))
        return Stats(tuple(items), intro)


def _finite(value: float) -> bool:
    """A number a figure can hold (not NaN, not infinite, not a 400-digit integer)."""
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False
