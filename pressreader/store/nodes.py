"""Typed access to the nodes of a composed YAML document, every refusal located at its node.

`NodeReader` reads fields, texts and lists out of nodes, refusing what does not fit with `Invalid`
(the node says where) and collecting warnings for what is only odd (duplicate or unknown fields).
The release format builds on it in body.py and reading.py; the document has already passed
loading.check_tree, so no node met here has a foreign tag, deep nesting or runaway aliases.
"""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any

import yaml

from pressreader.store.advice import Invalid, Problem
from pressreader.store.loading import STR_TAG
from pressreader.text import clean_block, clean_line


def type_name(node: yaml.Node) -> str:
    """What a node is, in the words of a message: 'a list', 'a number', ..."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping (key: value lines)"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    tag = node.tag.rsplit(":", 1)[-1]
    return {"int": "a number", "float": "a number", "bool": "true/false", "null": "empty"}.get(
        tag, f"{tag} value"
    )


class NodeReader:
    """Reads the nodes of one document; `warnings` collects what was accepted with a warning."""

    def __init__(self, loader: Any, path: str) -> None:
        self.loader = loader
        self.path = path
        self.warnings: list[Problem] = []

    def warn(self, node: yaml.Node, message: str) -> None:
        """Note something accepted anyway, at the node's line and column."""
        mark = node.start_mark
        self.warnings.append(Problem(self.path, mark.line + 1, mark.column + 1, message, "warning"))

    def mapping(self, node: yaml.Node, what: str, allowed: tuple[str, ...]) -> dict[str, yaml.Node]:
        """The fields of a mapping node; duplicate and unknown keys are warned about."""
        if not isinstance(node, yaml.MappingNode):
            raise Invalid(f"{what} must be a mapping of fields, not {type_name(node)}", node)
        fields: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
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

    def scalar(self, node: yaml.Node) -> Any:
        """A scalar node's value as YAML types it (a list or mapping node is returned as is)."""
        if not isinstance(node, yaml.ScalarNode):
            return node
        if node.tag == STR_TAG:
            return node.value  # what the constructor makes of a string, without its bookkeeping
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
        self, node: yaml.Node | None, what: str, required: bool = False, block: bool = False
    ) -> str | None:
        """A text field: strings as they are, numbers accepted as text, anything else refused."""
        if node is None:
            if required:
                raise Invalid(f"{what} is missing")
            return None
        value = self.scalar(node)
        if value is None:
            if required:
                raise Invalid(f"{what} is empty; write it after the colon", node)
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date):
            raise Invalid(f"{what} must be text, not {type_name(node)}", node)
        if not isinstance(value, str):
            value = node.value  # keep what was typed: 2024 stays "2024", 1.10 stays "1.10"
        value = clean_block(value) if block else clean_line(value)
        if required and not value:
            raise Invalid(f"{what} is empty; write it after the colon", node)
        return value or None

    def strings(self, node: yaml.Node | None, what: str) -> tuple[str, ...]:
        """A list of short texts; a single string is accepted as a list of one."""
        if node is None:
            return ()
        if isinstance(node, yaml.SequenceNode):
            items = (self.text(item, f"an item of {what}") for item in node.value)
            return tuple(item for item in items if item)
        value = self.text(node, what)
        return (value,) if value else ()
