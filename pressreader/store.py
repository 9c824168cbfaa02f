"""The folder of YAML files: read each into a Release or a located Problem, and write them back.

All YAML I/O of the project lives here. Files are read with the safe loader (libyaml's when present),
validated node by node so every problem has a line and column, and written atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import math
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pressreader.figures import decimal_comma, parse_figure
from pressreader.model import (
    QUOTE_KINDS,
    Block,
    Figure,
    Heading,
    Image,
    Mark,
    Paragraph,
    Quote,
    Related,
    Release,
    Stats,
)
from pressreader.text import clean_block, clean_line

try:  # libyaml is about 25 times faster; the pure-Python loader is the fallback.
    SafeLoader: type = yaml.CSafeLoader
    SafeDumper: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    SafeLoader = yaml.SafeLoader
    SafeDumper = yaml.SafeDumper

SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 8 * 1024 * 1024  # a release is a few KB; 8 MB leaves room for a book-length one
MAX_NODES = 250_000  # nodes visited while reading one file, aliases counted each time used
MAX_DEPTH = 20  # the format nests at most 5 levels deep

FIELDS = (
    "id",
    "title",
    "date",
    "source",
    "topics",
    "topic",
    "date_certain",
    "lang",
    "url",
    "summary",
    "body",
    "related",
)
BLOCK_KEYS = ("paragraph", "heading", "quote", "stats", "image")
BLOCK_FIELDS = {
    "paragraph": ("paragraph", "quotes"),
    "heading": ("heading",),
    "quote": ("quote", "speaker", "role", "kind", "reported"),
    "stats": ("stats", "intro", "items"),
    "image": ("image", "caption", "credit"),
}
RELATED_FIELDS = ("previous", "next", "see_also")
MARK_FIELDS = ("text", "speaker", "role", "kind", "continues")
FIGURE_FIELDS = ("text", "qualifier", "value", "unit")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with a file: where it is, what it is and how to fix it."""

    path: str
    line: int | None
    column: int | None
    message: str
    severity: str = "error"  # "error": the file is skipped; "warning": loaded anyway

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: {self.severity}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "message": self.message,
        }


class Invalid(Exception):
    """A fatal problem in one file (raised inside the reader, returned as a Problem)."""

    def __init__(
        self, message: str, node: yaml.Node | None = None, where: tuple[int, int] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.node = node
        self.where = where  # (line, column) when there is no node


def _type_name(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping (key: value lines)"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    tag = node.tag.rsplit(":", 1)[-1]
    return {"int": "a number", "float": "a number", "bool": "true/false", "null": "empty"}.get(
        tag, f"{tag} value"
    )


class _Reader:
    """Turns one composed YAML document into a Release, collecting warnings on the way."""

    def __init__(self, loader: Any, path: str) -> None:
        self.loader = loader
        self.path = path
        self.warnings: list[Problem] = []
        self.visited = 0

    def warn(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.warnings.append(Problem(self.path, mark.line + 1, mark.column + 1, message, "warning"))

    def visit(self, node: yaml.Node, depth: int) -> None:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise Invalid(
                f"the document is too large once its aliases are expanded (over {MAX_NODES:,} "
                "values); a release needs no anchors or aliases: write it out plainly",
                node,
            )
        if not node.tag.startswith("tag:yaml.org,2002:") or node.tag.count(":") > 2:
            raise Invalid(
                f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} is refused (YAML tags can "
                "run code); remove it and write plain text",
                node,
            )
        if depth > MAX_DEPTH:
            raise Invalid(
                f"the document nests deeper than {MAX_DEPTH} levels; the release format needs "
                "at most 5: check the indentation",
                node,
            )

    def mapping(
        self, node: yaml.Node, what: str, allowed: tuple[str, ...], depth: int
    ) -> dict[str, yaml.Node]:
        """The fields of a mapping node; duplicate and unknown keys are warned about."""
        self.visit(node, depth)
        if not isinstance(node, yaml.MappingNode):
            raise Invalid(f"{what} must be a mapping of fields, not {_type_name(node)}", node)
        fields: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            self.visit(key_node, depth + 1)
            if not isinstance(key_node, yaml.ScalarNode):
                raise Invalid(f"a field name in {what} must be plain text", key_node)
            key = str(key_node.value)
            if key in fields:
                self.warn(
                    key_node,
                    f"field '{key}' appears twice in {what}; this later value is used: "
                    "delete one of them",
                )
            elif key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(allowed)}"
                self.warn(key_node, f"unknown field '{key}' in {what} is ignored; {hint}")
                continue
            fields[key] = value_node
        return fields

    def scalar(self, node: yaml.Node, depth: int) -> Any:
        self.visit(node, depth)
        if not isinstance(node, yaml.ScalarNode):
            return node
        try:
            return self.loader.construct_object(node)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError, yaml.YAMLError):
            # "2024-02-30", "!!int twelve": YAML's own types refuse the value.
            raise Invalid(
                f"the value {str(node.value)[:40]!r} cannot be read as "
                f"{node.tag.rsplit(':', 1)[-1]}; write a valid value or put it in quotes",
                node,
            ) from None

    def text(
        self, node: yaml.Node | None, what: str, depth: int, required: bool = False, block=False
    ) -> str | None:
        """A text field: strings as they are, numbers accepted as text, anything else refused."""
        if node is None:
            if required:
                raise Invalid(f"{what} is missing")
            return None
        value = self.scalar(node, depth)
        if value is None:
            if required:
                raise Invalid(f"{what} is empty; write it after the colon", node)
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date):
            raise Invalid(f"{what} must be text, not {_type_name(node)}", node)
        if not isinstance(value, str):
            value = node.value  # keep what was typed: 2024 stays "2024", 1.10 stays "1.10"
        value = clean_block(value) if block else clean_line(value)
        if required and not value:
            raise Invalid(f"{what} is empty; write it after the colon", node)
        return value or None

    def strings(self, node: yaml.Node | None, what: str, depth: int) -> tuple[str, ...]:
        """A list of short texts; a single string is accepted as a list of one."""
        if node is None:
            return ()
        if isinstance(node, yaml.SequenceNode):
            self.visit(node, depth)
            items = (self.text(item, f"an item of {what}", depth + 1) for item in node.value)
            return tuple(item for item in items if item)
        value = self.text(node, what, depth)
        return (value,) if value else ()

    def date(self, node: yaml.Node | None) -> dt.date:
        if node is None:
            raise Invalid("'date' is missing; add a line like  date: 2024-03-12")
        value = self.scalar(node, 1)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise Invalid(
            f"'date' must be an ISO date like 2024-03-12, not {str(node.value)[:40]!r}", node
        )

    def release(self, node: yaml.Node, default_id: str) -> Release:
        if not isinstance(node, yaml.MappingNode):
            raise Invalid(
                f"the top level is {_type_name(node)}; a release is a mapping of fields "
                "(title:, date:, body:, ...)",
                node,
            )
        f = self.mapping(node, "the release", FIELDS, 0)
        title = self.text(f.get("title"), "'title'", 1, required=True)
        if "title" not in f:
            raise Invalid(
                "'title' is missing; add a line like  title: Minister opens new port", node
            )
        date = self.date(f.get("date"))
        lang = self.text(f.get("lang"), "'lang'", 1)
        rid = self.text(f.get("id"), "'id'", 1) or default_id
        topics = self.strings(f.get("topics"), "'topics'", 1) + self.strings(
            f.get("topic"), "'topic'", 1
        )
        url = self.text(f.get("url"), "'url'", 1)
        if url and not re.match(r"https?://\S+$", url):
            self.warn(f["url"], f"'url' {url[:60]!r} is not an http(s) address; it is not linked")
            url = None
        body_node = f.get("body")
        body: tuple[Block, ...] = ()
        if body_node is not None:
            comma = decimal_comma(lang)
            body = self.body(body_node, comma)
        return Release(
            id=rid,
            title=title or "",
            date=date,
            source=self.text(f.get("source"), "'source'", 1),
            topics=tuple(dict.fromkeys(topics)),
            lang=lang,
            url=url,
            summary=self.text(f.get("summary"), "'summary'", 1, block=True),
            body=body,
            related=self.related(f.get("related")),
            path=self.path,
            date_certain=self.scalar(f["date_certain"], 1) is not False
            if "date_certain" in f
            else True,
        )

    def body(self, node: yaml.Node, comma: bool | None) -> tuple[Block, ...]:
        self.visit(node, 1)
        if isinstance(node, yaml.ScalarNode) and self.scalar(node, 1) is None:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            raise Invalid(
                f"'body' must be a list of blocks (each line starting with '- '), not "
                f"{_type_name(node)}",
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
            text = self.text(node, "a paragraph", 2, block=True)
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
        f = self.mapping(node, f"a {kind} block", BLOCK_FIELDS[kind], 2)
        if kind == "paragraph":
            text = self.text(f["paragraph"], "a paragraph", 3, block=True)
            if not text:
                return None
            return Paragraph(text, self.marks(f.get("quotes"), text))
        if kind == "heading":
            return Heading(self.text(f["heading"], "'heading'", 3, required=True) or "")
        if kind == "quote":
            text = self.text(f["quote"], "'quote'", 3, block=True)
            if not text:
                raise Invalid("'quote' has no text; write the quoted words after 'quote:'", node)
            reported = self.scalar(f["reported"], 3) if "reported" in f else False
            quote_kind = self.kind(f.get("kind")) or ("reported" if reported else "direct")
            return Quote(
                text,
                self.text(f.get("speaker"), "'speaker'", 3),
                self.text(f.get("role"), "'role'", 3),
                quote_kind,
            )
        if kind == "stats":
            return self.stats(node, f, comma)
        image = f["image"]
        if isinstance(image, yaml.MappingNode):
            g = self.mapping(image, "'image'", ("caption", "credit"), 3)
            return Image(
                self.text(g.get("caption"), "'caption'", 4),
                self.text(g.get("credit"), "'credit'", 4),
            )
        return Image(self.text(image, "'image'", 3), self.text(f.get("credit"), "'credit'", 3))

    def kind(self, node: yaml.Node | None) -> str | None:
        value = self.text(node, "'kind'", 4)
        if value is None or value in QUOTE_KINDS:
            return value
        raise Invalid(f"'kind' must be one of {', '.join(QUOTE_KINDS)}, not {value[:30]!r}", node)

    def marks(self, node: yaml.Node | None, text: str) -> tuple[Mark, ...]:
        """A paragraph's `quotes:`: each names its words, found in the paragraph in order."""
        if node is None or (isinstance(node, yaml.ScalarNode) and self.scalar(node, 3) is None):
            return ()
        if not isinstance(node, yaml.SequenceNode):
            raise Invalid("a paragraph's 'quotes' must be a list of quotes (text:, speaker:)", node)
        self.visit(node, 3)
        marks: list[Mark] = []
        cursor = 0
        for item in node.value:
            g = self.mapping(item, "a paragraph's quote", MARK_FIELDS, 4)
            words = self.text(g.get("text"), "'text'", 5, required=True)
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
            continues = self.scalar(g["continues"], 5) if "continues" in g else False
            marks.append(
                Mark(
                    start,
                    start + len(words),
                    self.text(g.get("speaker"), "'speaker'", 5),
                    self.text(g.get("role"), "'role'", 5),
                    self.kind(g.get("kind")) or "direct",
                    continues is True,
                )
            )
            cursor = start + len(words)
        return tuple(marks)

    def stats(self, node: yaml.Node, f: dict[str, yaml.Node], comma: bool | None) -> Stats:
        intro = self.text(f.get("intro"), "'intro'", 3)
        items_node = f.get("items")
        stats = f["stats"]
        if isinstance(stats, yaml.MappingNode):
            g = self.mapping(stats, "'stats'", ("intro", "items"), 3)
            intro = self.text(g.get("intro"), "'intro'", 4) or intro
            items_node = g.get("items")
        elif isinstance(stats, yaml.SequenceNode):
            items_node = stats
        if not isinstance(items_node, yaml.SequenceNode):
            raise Invalid("'stats' needs 'items:', a list of statistics", node)
        self.visit(items_node, 4)
        items: list[Figure] = []
        for item in items_node.value:
            if isinstance(item, yaml.MappingNode):
                g = self.mapping(item, "a statistic", FIGURE_FIELDS, 5)
                value = self.scalar(g["value"], 6) if "value" in g else None
                if value is not None and (
                    isinstance(value, bool)
                    or not isinstance(value, int | float)
                    or not _finite(value)
                ):
                    raise Invalid(
                        "a statistic's 'value' must be a number like 16000 or 9.5", g["value"]
                    )
                qualifier = self.text(g.get("qualifier"), "'qualifier'", 6)
                unit = self.text(g.get("unit"), "'unit'", 6)
                text = self.text(g.get("text"), "'text'", 6)
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
                text = self.text(item, "a statistic", 5)
                if text:
                    items.append(parse_figure(text, comma_decimal=comma))
        return Stats(tuple(items), intro)

    def related(self, node: yaml.Node | None) -> Related:
        if node is None:
            return Related()
        if isinstance(node, yaml.ScalarNode) and self.scalar(node, 1) is None:
            return Related()
        f = self.mapping(node, "'related'", RELATED_FIELDS, 1)
        return Related(
            self.text(f.get("previous"), "'previous'", 2),
            self.text(f.get("next"), "'next'", 2),
            self.strings(f.get("see_also"), "'see_also'", 2),
        )


def _finite(value: float) -> bool:
    """A number a figure can hold (not NaN, not infinite, not a 400-digit integer)."""
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def _decode(data: bytes, path: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Invalid("the file is UTF-16 text; save it as UTF-8 in your editor", where=(1, 1))
    if b"\x00" in data[:8192]:
        raise Invalid("this is a binary file, not YAML text; remove it or rename it", where=(1, 1))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise Invalid(
            f"line {line} is not valid UTF-8 (byte {data[exc.start]:#04x}); save the file as "
            "UTF-8 in your editor",
            where=(line, column),
        ) from None


def parse_release(
    data: bytes | str, path: str, default_id: str | None = None
) -> tuple[Release | None, list[Problem]]:
    """Parse one file's contents: the Release (or None) and every problem found in it."""
    default_id = default_id or Path(path).stem
    loader = None
    try:
        if isinstance(data, bytes):
            if len(data) > MAX_FILE_BYTES:
                raise Invalid(
                    f"the file is {len(data) / 1e6:.1f} MB; releases are limited to "
                    f"{MAX_FILE_BYTES // 2**20} MB: split it or shorten it"
                )
            data = _decode(data, path)
        elif data.startswith("\ufeff"):
            data = data[1:]
        loader = SafeLoader(data)
        node = loader.get_single_node()
        if node is None:
            raise Invalid("the file is empty; a release needs at least title: and date:")
        _check_size(node)
        reader = _Reader(loader, path)
        release = reader.release(node, default_id)
        return release, reader.warnings
    except Invalid as exc:
        line = col = None
        if exc.node is not None:
            line, col = exc.node.start_mark.line + 1, exc.node.start_mark.column + 1
        elif exc.where is not None:
            line, col = exc.where
        return None, [Problem(path, line, col, exc.message)]
    except yaml.reader.ReaderError as exc:
        # A control character libyaml refuses: say where it is.
        text = data if isinstance(data, str) else ""
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        return None, [
            Problem(
                path,
                line,
                col,
                f"the file holds a control character ({exc.character!r}) YAML does not allow; "
                "remove it",
            )
        ]
    except yaml.MarkedYAMLError as exc:
        return None, [_yaml_problem(path, exc, data if isinstance(data, str) else "")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, None, None, f"not valid YAML: {exc}")]
    except RecursionError:
        return None, [Problem(path, None, None, "the document nests too deeply to read")]
    finally:
        if loader is not None:
            loader.dispose()


def _yaml_problem(path: str, exc: yaml.MarkedYAMLError, text: str = "") -> Problem:
    mark = exc.problem_mark or exc.context_mark
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    at = text[mark.index] if mark is not None and text and 0 <= mark.index < len(text) else ""
    if "while scanning a quoted scalar" in context and exc.context_mark is not None:
        mark = exc.context_mark  # where the quote opens, not where the file ends
    if "tab" in problem or at == "\t":
        advice = "YAML indentation must use spaces, not tabs: replace the tab with spaces"
    elif "expected a single document" in context or "but found another document" in problem:
        advice = "the file holds several YAML documents (---); keep one release per file"
    elif "could not determine a constructor" in problem:
        tag = problem.split("tag")[-1].strip(" '!")
        advice = f"the tag !{tag} is not allowed (tags can run code); remove it"
    elif "found unexpected end of stream" in problem or "while scanning a quoted scalar" in context:
        advice = "a quoted string is not closed: add the closing quotation mark"
    elif "mapping values are not allowed" in problem:
        advice = "a ': ' inside a value: put the value in quotes, or fix the indentation"
    elif "expected <block end>" in problem or "did not find expected" in problem:
        advice = f"{context} {problem}: check the indentation and the '- ' of list items".strip()
    elif "nesting depth" in problem:
        advice = "the document nests too deeply (over 1,000 levels); a release needs at most 5"
    elif "found duplicate anchor" in problem or "found undefined alias" in problem:
        advice = f"{problem}: anchors (&) and aliases (*) must match"
    else:
        advice = f"{context}; {problem}".strip("; ") + ": check the syntax here"
    line = mark.line + 1 if mark else None
    col = mark.column + 1 if mark else None
    return Problem(path, line, col, f"not valid YAML: {advice}")


def _check_size(root: yaml.Node) -> None:
    """Refuse documents whose aliases expand beyond MAX_NODES values or that nest too deeply."""
    sizes: dict[int, int] = {}

    def size(node: yaml.Node, depth: int) -> int:
        if id(node) in sizes:
            return sizes[id(node)]
        if depth > MAX_DEPTH:
            raise Invalid(
                f"the document nests deeper than {MAX_DEPTH} levels; the release format needs "
                "at most 5: check the indentation",
                node,
            )
        if not node.tag.startswith("tag:yaml.org,2002:") or node.tag.count(":") > 2:
            raise Invalid(
                f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} is refused (YAML tags can "
                "run code); remove it and write plain text",
                node,
            )
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(k, depth + 1) + size(v, depth + 1) for k, v in node.value)
        if total > MAX_NODES:
            raise Invalid(
                f"the document expands to over {MAX_NODES:,} values through its aliases (*name); "
                "a release needs no anchors or aliases: write it out plainly",
                node,
            )
        sizes[id(node)] = total
        return total

    size(root, 0)


def read_release(path: Path, default_id: str | None = None) -> tuple[Release | None, list[Problem]]:
    """Read one release file; I/O errors become Problems, never exceptions."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [
                Problem(
                    str(path),
                    None,
                    None,
                    f"the file is {size / 1e6:.1f} MB; releases are limited to "
                    f"{MAX_FILE_BYTES // 2**20} MB: split it or shorten it",
                )
            ]
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None, [
            Problem(str(path), None, None, "the file disappeared while the store was read")
        ]
    except PermissionError:
        return None, [
            Problem(
                str(path),
                None,
                None,
                "cannot read the file: permission denied (check its permissions)",
            )
        ]
    except OSError as exc:
        return None, [
            Problem(str(path), None, None, f"cannot read the file: {exc.strerror or exc}")
        ]
    return parse_release(data, str(path), default_id)


def scan_stat(root: Path) -> Iterator[tuple[str, int, int]]:
    """(path, size, mtime_ns) of every release file under `root`, recursively, in no set order.

    Hidden files and folders are skipped; a symlink loop is entered once; a file that cannot be
    stat'ed is reported with size and mtime -1 (so it is read, and its problem reported).
    """
    seen: set[tuple[int, int]] = set()
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(entry.path)
            elif entry.name.endswith(SUFFIXES):
                # A dangling or looping link is yielded too, so reading it reports the problem.
                try:
                    if not entry.is_file() and not entry.is_symlink():
                        continue
                    info = entry.stat()
                    yield entry.path, info.st_size, info.st_mtime_ns
                except OSError:
                    yield entry.path, -1, -1
        stack.extend(reversed(subfolders))


def scan(root: Path) -> list[Path]:
    """Every release file under `root`, sorted (see scan_stat)."""
    return sorted(Path(path) for path, _, _ in scan_stat(root))


# ----------------------------------------------------------------------------- writing


class _BlockDumper(SafeDumper):  # type: ignore[misc, valid-type]
    """Writes long or multi-line strings as folded block scalars, for hand editing."""


def _str_representer(dumper: yaml.Dumper, value: str) -> yaml.Node:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    if len(value) > 80:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_BlockDumper.add_representer(str, _str_representer)


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


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that a crash leaves either the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def read_yaml_mapping(path: Path) -> tuple[dict[str, Any], dict[str, int], list[str]]:
    """A small YAML mapping file (the config): its data, each top-level key's line, and errors.

    A missing file is an empty mapping. A value that cannot be read is left out and named in the
    errors; a file that cannot be read at all gives ({}, {}, [message]).
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return {}, {}, []
    except (OSError, UnicodeDecodeError) as exc:
        return {}, {}, [f"{path}: cannot be read ({exc})"]
    loader = SafeLoader(text)
    data: dict[str, Any] = {}
    lines: dict[str, int] = {}
    errors: list[str] = []
    try:
        node = loader.get_single_node()
        if node is None:
            return {}, {}, []
        if not isinstance(node, yaml.MappingNode):
            return (
                {},
                {},
                [f"{path}:1:1: the file must be a mapping of settings (key: value lines)"],
            )
        for key_node, value_node in node.value:
            key = str(key_node.value)
            lines[key] = key_node.start_mark.line + 1
            try:
                _check_size(value_node)
                data[key] = loader.construct_object(value_node, deep=True)
            except Invalid as exc:
                errors.append(f"{path}:{lines[key]}:1: '{key}': {exc.message}")
            except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
                shown = str(getattr(value_node, "value", ""))[:40]
                errors.append(f"{path}:{lines[key]}:1: '{key}': {shown!r} cannot be read ({exc})")
    except yaml.MarkedYAMLError as exc:
        return {}, {}, [str(_yaml_problem(str(path), exc, text))]
    except yaml.YAMLError as exc:
        return {}, {}, [f"{path}: not valid YAML ({exc})"]
    finally:
        loader.dispose()
    return data, lines, errors
