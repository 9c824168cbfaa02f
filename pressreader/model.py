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


QUOTE_KINDS = ("direct", "reported", "turn")


@dataclass(frozen=True, slots=True)
class Mark:
    """An annotation on a paragraph: words at text[start:end] said by someone.

    `kind` is "direct" (words in quotation marks), "reported" (indirect speech, as written) or
    "turn" (a transcript turn's own words). `continues` joins this span to the previous mark of the
    release's last mark of the same kind: one quote split by its attribution or running over
    paragraphs, or a transcript turn of several paragraphs.
    """

    start: int
    end: int
    speaker: str | None = None
    role: str | None = None
    kind: str = "direct"
    continues: bool = False

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"start": self.start, "end": self.end}
        data.update(speaker=self.speaker, role=self.role, kind=self.kind)
        if self.continues:
            data["continues"] = True
        return data


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of running text, as published, with the quotes it holds marked on it."""

    text: str
    marks: tuple[Mark, ...] = ()
    type = "paragraph"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.type, "text": self.text}
        if self.marks:
            data["marks"] = [mark.to_dict() for mark in self.marks]
        return data


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading inside the body."""

    text: str
    type = "heading"

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "text": self.text}


@dataclass(frozen=True, slots=True)
class Quote:
    """A hand-written quote block: words attributed to a speaker (`kind` as for a Mark)."""

    text: str
    speaker: str | None = None
    role: str | None = None
    kind: str = "direct"
    type = "quote"

    @property
    def reported(self) -> bool:
        return self.kind == "reported"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": self.type,
            "text": self.text,
            "speaker": self.speaker,
            "role": self.role,
        }
        if self.kind != "direct":
            data["kind"] = self.kind
        if self.reported:
            data["reported"] = True
        return data


@dataclass(frozen=True, slots=True)
class QuoteRef:
    """One quote of a release wherever it is written: its words, who said them, and where.

    `parts` are (block, start, end): indexes into `Release.body` and character offsets in that
    block's text. A hand-written quote block is one part covering its whole text.
    """

    text: str
    speaker: str | None
    role: str | None
    kind: str
    parts: tuple[tuple[int, int, int], ...]

    @property
    def reported(self) -> bool:
        return self.kind == "reported"

    @property
    def block(self) -> int:
        return self.parts[0][0]

    def to_dict(self) -> dict[str, Any]:
        block, start, end = self.parts[0]
        data: dict[str, Any] = {
            "text": self.text,
            "speaker": self.speaker,
            "role": self.role,
            "kind": self.kind,
            "block": block,
            "start": start,
            "end": end,
        }
        if len(self.parts) > 1:
            data["parts"] = [{"block": b, "start": s, "end": e} for b, s, e in self.parts]
        return data


def join_words(parts: list[str]) -> str:
    """The words of a quote's parts as one text (a quote split by its attribution reads on)."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if not out:
            out = part
        elif out.endswith((".", "!", "?", "…", ":", ";")):
            out = f"{out} {part}"
        else:  # the release's own words ran on around an attribution: mark the gap
            out = f"{out} … {part}"
    return out


def collect_quotes(body: tuple[Block, ...]) -> list[QuoteRef]:
    """Every quote of a body in reading order: marks joined across `continues`, quote blocks."""
    found: list[tuple[list[str], Mark | Quote, list[tuple[int, int, int]]]] = []
    last: dict[str, int] = {}  # kind → index in `found` of the last mark of that kind
    for index, block in enumerate(body):
        if isinstance(block, Quote):
            found.append(([block.text], block, [(index, 0, len(block.text))]))
        elif isinstance(block, Paragraph):
            for mark in block.marks:
                words = block.text[mark.start : mark.end]
                if mark.continues and mark.kind in last:
                    words_of, _, parts = found[last[mark.kind]]
                    words_of.append(words)
                    parts.append((index, mark.start, mark.end))
                else:
                    last[mark.kind] = len(found)
                    found.append(([words], mark, [(index, mark.start, mark.end)]))
    return [
        QuoteRef(join_words(words), head.speaker, head.role, head.kind, tuple(parts))
        for words, head, parts in found
    ]


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

    date_certain: bool = True

    @property
    def quotes(self) -> list[QuoteRef]:
        """Every quote of the body (marked in paragraphs or written as blocks), in order."""
        return collect_quotes(self.body)

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

        data: dict[str, Any] = {
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
            "quotes": [quote.to_dict() for quote in self.quotes],
        }
        if not self.date_certain:
            data["date_certain"] = False
        return data

    def search_text(self) -> dict[str, str]:
        """The text of each searchable column, for the full-text index."""
        parts: list[str] = []
        speakers: list[str] = []
        for quote in self.quotes:
            speakers.extend(x for x in (quote.speaker, quote.role) if x)
        for block in self.body:
            if isinstance(block, Paragraph | Heading | Quote):
                parts.append(block.text)
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
        marks = tuple(Mark(**mark) for mark in data.get("marks") or ())
        return Paragraph(data["text"], marks)
    if kind == "heading":
        return Heading(data["text"])
    if kind == "quote":
        kind = data.get("kind") or ("reported" if data.get("reported") else "direct")
        return Quote(data["text"], data.get("speaker"), data.get("role"), kind)
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
        date_certain=data.get("date_certain", True),
    )
