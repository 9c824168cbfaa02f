"""Problems with a file, located and with advice: what is wrong, where, and how to fix it.

`Problem` is what every reader of the store reports; `Invalid` is a fatal problem raised while a file
is read. `problem_of` turns whatever reading a file raised (Invalid, a YAML syntax error, a control
character) into the one Problem shown for it, with advice a person can act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml


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
    """A fatal problem in one file (raised while reading it, returned as a Problem)."""

    def __init__(
        self, message: str, node: yaml.Node | None = None, where: tuple[int, int] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.node = node
        self.where = where  # (line, column) when there is no node


def problem_of(exc: Exception, path: str, text: str) -> Problem:
    """The Problem for what reading the file at `path` (whose text is `text`, if known) raised.

    Handles Invalid, yaml.YAMLError and RecursionError; `text` locates control characters and
    tabs.
    """
    if isinstance(exc, Invalid):
        line = col = None
        if exc.node is not None:
            line, col = exc.node.start_mark.line + 1, exc.node.start_mark.column + 1
        elif exc.where is not None:
            line, col = exc.where
        return Problem(path, line, col, exc.message)
    if isinstance(exc, yaml.reader.ReaderError):
        # A control character libyaml refuses: say where it is.
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        return Problem(
            path,
            line,
            col,
            f"the file holds a control character ({exc.character!r}) YAML does not allow; "
            "remove it",
        )
    if isinstance(exc, yaml.MarkedYAMLError):
        return yaml_problem(path, exc, text)
    if isinstance(exc, yaml.YAMLError):
        return Problem(path, None, None, f"not valid YAML: {exc}")
    if isinstance(exc, RecursionError):
        return Problem(path, None, None, "the document nests too deeply to read")
    raise TypeError(f"no advice for {type(exc).__name__}") from exc


def yaml_problem(path: str, exc: yaml.MarkedYAMLError, text: str = "") -> Problem:
    """A YAML syntax error as a located Problem, with the likely cause and its fix."""
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
