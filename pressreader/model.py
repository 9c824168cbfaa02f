"""The Release and its body blocks: the one model every reader, importer and exporter shares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Figure:
    """A parsed statistic: "more than 16.000 email addresses" → more than · 16000 · email addresses."""

    text: str
    qualifier: str | None = None
    value: float | None = None
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        value = self.value
        if value is not None and float(value).is_integer():
            value = int(value)
        return {"text": self.text, "qualifier": self.qualifier, "value": value, "unit": self.unit}


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of running text."""

    text: str
    type = "paragraph"

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "text": self.text}


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading inside the body."""

    text: str
    type = "heading"

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "text": self.text}


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a speaker; `reported` marks indirect speech kept for reference."""

    text: str
    speaker: str | None = None
    role: str | None = None
    reported: bool = False
    type = "quote"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": self.type,
            "text": self.text,
            "speaker": self.speaker,
            "role": self.role,
        }
        if self.reported:
            data["reported"] = True
        return data


@dataclass(frozen=True, slots=True)
class Stats:
    """A list of bullet statistics, each parsed into a Figure."""

    items: tuple[Figure, ...]
    intro: str | None = None
    type = "stats"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "intro": self.intro,
            "items": [item.to_dict() for item in self.items],
        }


@dataclass(frozen=True, slots=True)
class Image:
    """An image's caption and credit (the picture itself is not shown in a terminal)."""

    caption: str | None = None
    credit: str | None = None
    type = "image"

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "caption": self.caption, "credit": self.credit}


Block = Paragraph | Heading | Quote | Stats | Image


@dataclass(frozen=True, slots=True)
class Related:
    """Links to other releases as written in the document: ids or exact titles."""

    previous: str | None = None
    next: str | None = None
    see_also: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.previous or self.next or self.see_also)


@dataclass(frozen=True, slots=True)
class Release:
    """One press release, as loaded from the store or produced by an importer."""

    id: str
    title: str
    date: dt.date
    source: str | None = None
    topics: tuple[str, ...] = ()
    lang: str | None = None
    url: str | None = None
    summary: str | None = None
    body: tuple[Block, ...] = ()
    related: Related = field(default_factory=Related)
    path: str | None = None

    @property
    def quotes(self) -> list[Quote]:
        """Every quote of the body, in order."""
        return [block for block in self.body if isinstance(block, Quote)]

    @property
    def figures(self) -> list[Figure]:
        """Every bullet statistic of the body, in order."""
        return [item for block in self.body if isinstance(block, Stats) for item in block.items]

    def to_dict(self, resolve: Any = None) -> dict[str, Any]:
        """The JSON shape of `show --json`; `resolve(ref)` maps a related ref to an id or None."""

        def ref(value: str | None) -> str | None:
            if value is None or resolve is None:
                return value
            return resolve(value) or value

        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat(),
            "source": self.source,
            "topics": list(self.topics),
            "lang": self.lang,
            "url": self.url,
            "summary": self.summary,
            "body": [block.to_dict() for block in self.body],
            "related": {
                "previous": ref(self.related.previous),
                "next": ref(self.related.next),
                "see_also": [ref(item) for item in self.related.see_also],
            },
        }

    def search_text(self) -> dict[str, str]:
        """The text of each searchable column, for the full-text index."""
        parts: list[str] = []
        speakers: list[str] = []
        for block in self.body:
            if isinstance(block, Paragraph | Heading):
                parts.append(block.text)
            elif isinstance(block, Quote):
                parts.append(block.text)
                speakers.extend(x for x in (block.speaker, block.role) if x)
            elif isinstance(block, Stats):
                if block.intro:
                    parts.append(block.intro)
                parts.extend(item.text for item in block.items)
            elif isinstance(block, Image):
                parts.extend(x for x in (block.caption, block.credit) if x)
        return {
            "title": self.title,
            "summary": self.summary or "",
            "body": "\n".join(parts),
            "speakers": "\n".join(speakers),
            "topics": " ; ".join(self.topics),
            "source": self.source or "",
        }


def block_from_dict(data: dict[str, Any]) -> Block:
    """Rebuild a block from its `to_dict` form (used by the index cache)."""
    kind = data["type"]
    if kind == "paragraph":
        return Paragraph(data["text"])
    if kind == "heading":
        return Heading(data["text"])
    if kind == "quote":
        return Quote(
            data["text"], data.get("speaker"), data.get("role"), data.get("reported", False)
        )
    if kind == "stats":
        items = tuple(Figure(**item) for item in data["items"])
        return Stats(items, data.get("intro"))
    if kind == "image":
        return Image(data.get("caption"), data.get("credit"))
    raise ValueError(f"unknown block type {kind!r}")


def release_from_dict(data: dict[str, Any]) -> Release:
    """Rebuild a Release from its `to_dict` form (related refs as written)."""
    related = data.get("related") or {}
    return Release(
        id=data["id"],
        title=data["title"],
        date=dt.date.fromisoformat(data["date"]),
        source=data.get("source"),
        topics=tuple(data.get("topics") or ()),
        lang=data.get("lang"),
        url=data.get("url"),
        summary=data.get("summary"),
        body=tuple(block_from_dict(block) for block in data.get("body") or ()),
        related=Related(
            related.get("previous"), related.get("next"), tuple(related.get("see_also") or ())
        ),
        path=data.get("path"),
    )
