"""The one place YAML is loaded: the safe loader, the limits every document must keep, and decoding.

Files are composed into nodes with the safe loader (libyaml's when PyYAML was built with it), then
`check_tree` refuses, before anything is constructed, what no release needs and a hostile file uses:
tags other than YAML's own (they can run code), deep nesting, and aliases that expand a small file
into millions of values. `read_yaml_mapping` reads the config file with the same loader and limits.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from pressreader.store.advice import Invalid, yaml_problem

try:  # libyaml is about 25 times faster; the pure-Python loader is the fallback.
    SafeLoader: type = yaml.CSafeLoader
    SafeDumper: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    SafeLoader = yaml.SafeLoader
    SafeDumper = yaml.SafeDumper

STR_TAG = "tag:yaml.org,2002:str"  # a string scalar's tag, as the reader and the writer meet it
MAX_FILE_BYTES = 8 * 1024 * 1024  # a release is a few KB; 8 MB leaves room for a book-length one
MAX_NODES = 250_000  # nodes visited while reading one file, aliases counted each time used
MAX_DEPTH = 20  # the format nests at most 5 levels deep


def check_tree(root: yaml.Node) -> None:
    """Refuse foreign tags, nesting beyond MAX_DEPTH and alias expansion beyond MAX_NODES values.

    Every node of the document is checked once (an alias's target when first met), before any
    value is constructed.
    """
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


def decode(data: bytes) -> str:
    """A file's bytes as text: UTF-8 (a BOM dropped); UTF-16, binary and bad bytes are Invalid."""
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


def read_yaml_mapping(path: Path) -> tuple[dict[str, Any], dict[str, int], list[str]]:
    """A small YAML mapping file (the config): its data, each top-level key's line (and each entry's
    of a mapping value, as "key.entry"), and errors.

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
            if isinstance(value_node, yaml.MappingNode):  # "keys.app.quit": the entry's line
                for sub_node, _ in value_node.value:
                    lines[f"{key}.{sub_node.value}"] = sub_node.start_mark.line + 1
            try:
                check_tree(value_node)
                data[key] = loader.construct_object(value_node, deep=True)
            except Invalid as exc:
                errors.append(f"{path}:{lines[key]}:1: '{key}': {exc.message}")
            except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
                shown = str(getattr(value_node, "value", ""))[:40]
                errors.append(f"{path}:{lines[key]}:1: '{key}': {shown!r} cannot be read ({exc})")
    except yaml.MarkedYAMLError as exc:
        return {}, {}, [str(yaml_problem(str(path), exc, text))]
    except yaml.YAMLError as exc:
        return {}, {}, [f"{path}: not valid YAML ({exc})"]
    finally:
        loader.dispose()
    return data, lines, errors
