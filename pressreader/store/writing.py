"""Writing a release: its YAML document in the documented format, readable and hand-editable.

Files are written with atomic.write_atomic (re-exported by the store package).
"""

from __future__ import annotations

from typing import Any

import yaml

from pressreader.model import Heading, Image, Mark, Paragraph, Quote, Release, Stats
from pressreader.store.loading import STR_TAG, SafeDumper


def _str_style(value: str) -> str | None:
    """Multi-line text as a literal block, long text folded, the rest plain (or as needed)."""
    if "\n" in value:
        return "|"
    return ">" if len(value) > 80 else None


class _BlockDumper(SafeDumper):  # type: ignore[misc, valid-type]
    """Writes long or multi-line strings as block scalars, for hand editing.

    The strings, mappings and lists a release's document is made of become nodes here directly,
    as the general representer makes them (its lookups for each value cost more than writing the
    YAML); anything else, and the rare case it handles itself, goes to it.
    """

    def represent_data(self, data: Any) -> yaml.Node:
        kind = type(data)
        if kind is str:
            return yaml.ScalarNode(STR_TAG, data, style=_str_style(data) or self.default_style)
        if (
            (kind is dict or kind is list)
            and not self.sort_keys
            and self.default_flow_style is not None
        ):
            key = id(data)
            if key in self.represented_objects:  # the same object again: the representer's alias
                return super().represent_data(data)
            self.object_keeper.append(data)
            if kind is dict:
                pairs: list[tuple[yaml.Node, yaml.Node]] = []
                node: yaml.Node = yaml.MappingNode(
                    "tag:yaml.org,2002:map", pairs, flow_style=self.default_flow_style
                )
                self.represented_objects[key] = node
                for name, value in data.items():
                    pairs.append((self.represent_data(name), self.represent_data(value)))
                return node
            items: list[yaml.Node] = []
            node = yaml.SequenceNode(
                "tag:yaml.org,2002:seq", items, flow_style=self.default_flow_style
            )
            self.represented_objects[key] = node
            items.extend(self.represent_data(item) for item in data)
            return node
        return super().represent_data(data)


def release_to_document(release: Release) -> dict[str, Any]:
    """The YAML document of a release, in the documented format and a readable key order."""
    doc: dict[str, Any] = {"id": release.id, "title": release.title, "date": release.date}
    if not release.date_certain:
        doc["date_certain"] = False  # the importer guessed the date: check it, then drop this line
    for key in ("source", "lang", "url", "summary"):
        value = getattr(release, key)
        if value:
            doc[key] = value
    if release.topics:
        doc["topics"] = list(release.topics)
    body: list[Any] = []
    for block in release.body:
        if isinstance(block, Paragraph) and block.marks:
            body.append(
                {"paragraph": block.text, "quotes": [_mark_doc(block, m) for m in block.marks]}
            )
        elif isinstance(block, Paragraph):
            body.append(block.text)
        elif isinstance(block, Heading):
            body.append({"heading": block.text})
        elif isinstance(block, Quote):
            quote: dict[str, Any] = {"quote": block.text}
            if block.speaker:
                quote["speaker"] = block.speaker
            if block.role:
                quote["role"] = block.role
            if block.kind != "direct":
                quote["kind"] = block.kind
            body.append(quote)
        elif isinstance(block, Stats):
            stats: dict[str, Any] = {}
            if block.intro:
                stats["intro"] = block.intro
            stats["items"] = [
                {k: v for k, v in item.to_dict().items() if v is not None} for item in block.items
            ]
            body.append({"stats": stats})
        elif isinstance(block, Image):
            body.append(
                {
                    "image": {
                        k: v for k, v in (("caption", block.caption), ("credit", block.credit)) if v
                    }
                }
            )
    if body:
        doc["body"] = body
    related = release.related
    if related:
        rel: dict[str, Any] = {}
        if related.previous:
            rel["previous"] = related.previous
        if related.next:
            rel["next"] = related.next
        if related.see_also:
            rel["see_also"] = list(related.see_also)
        doc["related"] = rel
    return doc


def _mark_doc(paragraph: Paragraph, mark: Mark) -> dict[str, Any]:
    """A mark as written in YAML: its words (found again on load), speaker, role, kind."""
    doc: dict[str, Any] = {"text": paragraph.text[mark.start : mark.end]}
    if mark.speaker:
        doc["speaker"] = mark.speaker
    if mark.role:
        doc["role"] = mark.role
    if mark.kind != "direct":
        doc["kind"] = mark.kind
    if mark.continues:
        doc["continues"] = True
    return doc


def dump_release(release: Release) -> str:
    """The release as YAML text in the documented format."""
    return yaml.dump(
        release_to_document(release),
        Dumper=_BlockDumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
