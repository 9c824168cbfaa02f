"""`pressreader import`: read sources, turn each item into a Release, write it into the store safely.

Nothing already in the store is lost or silently changed: an id that exists with other content is
skipped (unless `update`), identical content counts as unchanged (so re-running an import is a no-op),
and every file is written atomically. Large JSON lines dumps are analysed on every core.
"""

from __future__ import annotations

import gzip
import io
import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pressreader.importers.assemble import assemble
from pressreader.importers.base import ImportFailure, RawDoc, slugify
from pressreader.importers.jsonl import DEFAULT_MAP, read_lines, record_to_doc
from pressreader.importers.text import read_text
from pressreader.index import Library
from pressreader.store import dump_release, parse_release, write_atomic

FORMATS = ("auto", "text", "html", "jsonl", "feed")
MAX_SOURCE_BYTES = 512 * 1024 * 1024  # a single file or decompressed stream
CHUNK = 64  # JSON records per task for the worker processes


@dataclass
class Outcome:
    """What happened to one source item."""

    origin: str
    status: str  # imported | updated | unchanged | skipped | failed
    id: str | None = None
    path: str | None = None
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, [])}


@dataclass
class ImportReport:
    """Every outcome of an import, with counts by status."""

    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def to_dict(self) -> dict[str, Any]:
        counts = {
            s: self.count(s) for s in ("imported", "updated", "unchanged", "skipped", "failed")
        }
        return {"counts": counts, "items": [o.to_dict() for o in self.outcomes]}


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A release ready to write: its id, YAML text and normalised JSON form."""

    origin: str
    id: str
    folder: str
    yaml: str
    doc: dict[str, Any]
    warnings: tuple[str, ...]


def prepare(doc: RawDoc) -> _Prepared | Outcome:
    """Analyse one RawDoc into YAML (or a failed Outcome); runs in worker processes."""
    try:
        release = assemble(doc)
        text = dump_release(release)
    except ImportFailure as exc:
        return Outcome(doc.origin, "failed", reason=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad item must not stop an import
        return Outcome(
            doc.origin, "failed", reason=f"{doc.origin}: could not be analysed ({exc!r})"
        )
    again, problems = parse_release(text, f"{release.id}.yaml")
    if again is None:
        return Outcome(doc.origin, "failed", reason=f"{doc.origin}: {problems[0].message}")
    publisher = (release.source or "imported").split(",")[0]
    folder = f"{slugify(publisher, 40)}/{release.date.year}"
    return _Prepared(
        doc.origin, release.id, folder, text, _comparable(again.to_dict()), tuple(doc.warnings)
    )


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    data.pop("path", None)
    return data


def _prepare_records(
    items: list[tuple[str, Any]], mapping: dict[str, tuple[str, ...]]
) -> list[_Prepared | Outcome]:
    out: list[_Prepared | Outcome] = []
    for origin, record in items:
        try:
            doc = record_to_doc(record, origin, mapping)
        except ImportFailure as exc:
            out.append(Outcome(origin, "failed", reason=str(exc)))
            continue
        out.append(prepare(doc))
    return out


# ----------------------------------------------------------------------------- reading sources


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 1024} KB"


def _open_bytes(source: str) -> tuple[bytes, str]:
    """The bytes of a file or stdin ("-"), gunzipped when gzip'd, with the name without .gz."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_SOURCE_BYTES + 1)
        name = "stdin"
    else:
        with open(source, "rb") as fh:
            data = fh.read(MAX_SOURCE_BYTES + 1)
        name = source
    if len(data) > MAX_SOURCE_BYTES:
        raise ImportFailure(f"{name}: larger than {_size(MAX_SOURCE_BYTES)}; split it")
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(MAX_SOURCE_BYTES + 1)
        except (OSError, EOFError) as exc:
            raise ImportFailure(f"{name}: the gzip data is damaged or truncated ({exc})") from None
        if len(data) > MAX_SOURCE_BYTES:
            raise ImportFailure(
                f"{name}: larger than {_size(MAX_SOURCE_BYTES)} once unpacked; split it "
                "(nothing was imported from it)"
            )
        if name.endswith(".gz"):
            name = name[:-3]
    return data, name


def detect_format(name: str, data: bytes) -> str:
    """The format of a source from its name, else from its first bytes."""
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith((".rss", ".atom", ".xml")):
        return "feed"
    if lower.endswith((".txt", ".text", ".md")):
        return "text"
    head = data[:2048].lstrip().lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<p" in head:
        return "html"
    return "text"


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def expand_sources(sources: list[str]) -> Iterator[str]:
    """Files under folders (sorted), other sources as given."""
    for source in sources:
        path = Path(source)
        if source != "-" and not source.startswith(("http://", "https://")) and path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield str(child)
        else:
            yield source


def read_source(
    source: str, fmt: str, mapping: dict[str, tuple[str, ...]]
) -> Iterator[RawDoc | ImportFailure | tuple[str, Any]]:
    """The items of one source: RawDocs, JSON records (analysed later, in parallel), or failures."""
    if source.startswith(("http://", "https://")):
        from pressreader.importers.feed import read_url

        yield from read_url(source)
        return
    try:
        data, name = _open_bytes(source)
    except FileNotFoundError:
        yield ImportFailure(f"{source}: no such file")
        return
    except PermissionError:
        yield ImportFailure(f"{source}: permission denied")
        return
    except OSError as exc:
        yield ImportFailure(f"{source}: cannot be read ({exc.strerror or exc})")
        return
    except ImportFailure as exc:
        yield exc
        return
    kind = detect_format(name, data) if fmt == "auto" else fmt
    try:
        if kind == "jsonl":
            # Line by line: one badly encoded line must not change how the others are read.
            text = "".join(_decode(line) for line in data.splitlines(keepends=True))
            yield from read_lines(io.StringIO(text), name)
        elif kind == "feed":
            from pressreader.importers.feed import read_feed

            yield from read_feed(data, name)
        elif kind == "html":
            from pressreader.importers.html import read_html

            yield read_html(data, name)
        else:
            yield read_text(_decode(data), name)
    except ImportFailure as exc:
        yield exc


# ----------------------------------------------------------------------------- the import


class Importer:
    """Writes prepared releases into a store, deciding imported / unchanged / skipped / updated."""

    def __init__(self, into: Path, update: bool) -> None:
        self.into = into
        self.update = update
        self.library = Library(into)
        self.library.refresh()
        self.seen: dict[str, dict[str, Any]] = {}  # ids written in this run

    def write(self, item: _Prepared) -> Outcome:
        outcome = Outcome(item.origin, "imported", item.id, warnings=list(item.warnings))
        if item.id in self.seen:
            if self.seen[item.id] == item.doc:
                outcome.status = "unchanged"
            else:
                outcome.status, outcome.reason = (
                    "skipped",
                    f"the id {item.id} was already imported from another item of this run",
                )
            return outcome
        existing_rid = self.library.rid_of(item.id)
        target = self.into / item.folder / f"{item.id}.yaml"
        if existing_rid is not None:
            existing = self.library.release(existing_rid)
            assert existing is not None
            outcome.path = existing.path
            if _comparable(existing.to_dict()) == item.doc:
                outcome.status = "unchanged"
                self.seen[item.id] = item.doc
                return outcome
            if not self.update:
                outcome.status = "skipped"
                outcome.reason = f"{existing.path} already holds the id {item.id} with other content (use --update to replace it)"
                return outcome
            target = Path(existing.path or target)
            outcome.status = "updated"
        elif target.exists():
            outcome.status = "skipped"
            outcome.reason = f"{target} exists but is not a readable release; not overwritten"
            return outcome
        try:
            write_atomic(target, item.yaml)
        except OSError as exc:
            outcome.status, outcome.reason = (
                "failed",
                f"{item.origin}: cannot write {target} ({exc.strerror or exc})",
            )
            return outcome
        outcome.path = str(target)
        self.seen[item.id] = item.doc
        return outcome


def import_sources(
    sources: list[str],
    into: Path,
    fmt: str = "auto",
    update: bool = False,
    mapping: dict[str, tuple[str, ...]] | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Import every item of every source into the store at `into`; `progress(n)` per item done."""
    mapping = mapping or DEFAULT_MAP
    into.mkdir(parents=True, exist_ok=True)
    importer = Importer(into, update)
    report = ImportReport()
    workers = workers if workers is not None else (os.cpu_count() or 1)
    pool = None
    pending_records: list[tuple[str, Any]] = []

    def finish(result: _Prepared | Outcome) -> None:
        outcome = importer.write(result) if isinstance(result, _Prepared) else result
        report.outcomes.append(outcome)
        if progress:
            progress(1)

    def flush_records(futures: list) -> None:
        for future in futures:
            for result in future.result() if hasattr(future, "result") else future:
                finish(result)

    futures: list = []
    try:
        for source in expand_sources(sources):
            for item in read_source(source, fmt, mapping):
                if isinstance(item, ImportFailure):
                    finish(Outcome(str(item).split(":")[0], "failed", reason=str(item)))
                elif isinstance(item, RawDoc):
                    finish(prepare(item))
                else:
                    pending_records.append(item)
                    if len(pending_records) >= CHUNK:
                        if pool is None and workers > 1:
                            ctx = multiprocessing.get_context(
                                "fork" if os.name == "posix" else "spawn"
                            )
                            pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
                        chunk, pending_records = pending_records, []
                        if pool is not None:
                            futures.append(pool.submit(_prepare_records, chunk, mapping))
                            if len(futures) > workers * 4:
                                flush_records(futures[:1])
                                futures = futures[1:]
                        else:
                            flush_records([_prepare_records(chunk, mapping)])
        if pending_records:
            flush_records([_prepare_records(pending_records, mapping)])
        flush_records(futures)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    importer.library.refresh()
    return report


def report_json(report: ImportReport) -> str:
    """The machine-readable report of `import --json`."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
