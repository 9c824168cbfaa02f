"""Reading one release file: bytes → text → YAML nodes → a Release, or the Problem that stopped it.

`read_release` reads a file (I/O errors become Problems), `parse_release` its contents: decoded and
loaded by loading.py, checked as a whole by `check_tree`, then read field by field by
`ReleaseReader`, which warns about what it can skip and raises `Invalid` for what it cannot.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from pressreader.figures import decimal_comma
from pressreader.model import Block, Related, Release
from pressreader.store.advice import Invalid, Problem, problem_of
from pressreader.store.body import BodyReader
from pressreader.store.loading import MAX_FILE_BYTES, SafeLoader, check_tree, decode
from pressreader.store.nodes import type_name

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
RELATED_FIELDS = ("previous", "next", "see_also")


class ReleaseReader(BodyReader):
    """Turns one composed YAML document into a Release, collecting warnings on the way."""

    def release(self, node: yaml.Node, default_id: str) -> Release:
        if not isinstance(node, yaml.MappingNode):
            raise Invalid(
                f"the top level is {type_name(node)}; a release is a mapping of fields "
                "(title:, date:, body:, ...)",
                node,
            )
        f = self.mapping(node, "the release", FIELDS)
        title = self.text(f.get("title"), "'title'", required=True)
        if "title" not in f:
            raise Invalid(
                "'title' is missing; add a line like  title: Minister opens new port", node
            )
        date = self.date(f.get("date"))
        lang = self.text(f.get("lang"), "'lang'")
        rid = self.text(f.get("id"), "'id'") or default_id
        topics = self.strings(f.get("topics"), "'topics'") + self.strings(f.get("topic"), "'topic'")
        url = self.text(f.get("url"), "'url'")
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
            source=self.text(f.get("source"), "'source'"),
            topics=tuple(dict.fromkeys(topics)),
            lang=lang,
            url=url,
            summary=self.text(f.get("summary"), "'summary'", block=True),
            body=body,
            related=self.related(f.get("related")),
            path=self.path,
            date_certain=self.scalar(f["date_certain"]) is not False
            if "date_certain" in f
            else True,
        )

    def date(self, node: yaml.Node | None) -> dt.date:
        if node is None:
            raise Invalid("'date' is missing; add a line like  date: 2024-03-12")
        value = self.scalar(node)
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

    def related(self, node: yaml.Node | None) -> Related:
        if node is None:
            return Related()
        if isinstance(node, yaml.ScalarNode) and self.scalar(node) is None:
            return Related()
        f = self.mapping(node, "'related'", RELATED_FIELDS)
        return Related(
            self.text(f.get("previous"), "'previous'"),
            self.text(f.get("next"), "'next'"),
            self.strings(f.get("see_also"), "'see_also'"),
        )


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
            data = decode(data)
        elif data.startswith("\ufeff"):
            data = data[1:]
        loader = SafeLoader(data)
        node = loader.get_single_node()
        if node is None:
            raise Invalid("the file is empty; a release needs at least title: and date:")
        check_tree(node)
        reader = ReleaseReader(loader, path)
        release = reader.release(node, default_id)
        return release, reader.warnings
    except (Invalid, yaml.YAMLError, RecursionError) as exc:
        return None, [problem_of(exc, path, data if isinstance(data, str) else "")]
    finally:
        if loader is not None:
            loader.dispose()


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
