"""`pressreader import`: read sources, turn each item into a Release, write it into the store safely.

Nothing already in the store is lost or silently changed: an id that exists with other content is
skipped (unless `update`), identical content counts as unchanged (so re-running an import is a no-op),
and every file is written atomically. Large JSON lines dumps are analysed on every core.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import multiprocessing
import os
import re
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from pressreader.importers.assemble import assemble
from pressreader.importers.base import ImportFailure, RawDoc, slugify
from pressreader.importers.jsonl import DEFAULT_MAP, MAX_LINE_BYTES, read_lines, record_to_doc
from pressreader.importers.text import read_text
from pressreader.index import Library
from pressreader.store import dump_release, parse_release, write_atomic

FORMATS = ("auto", "text", "html", "jsonl", "feed")
MAX_SOURCE_BYTES = 512 * 1024 * 1024  # a single file or decompressed stream (read in pieces)
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024  # a text, HTML or feed source, which is read whole
CHUNK = 64  # JSON records per task for the worker processes
CHUNK_BYTES = 8 * 1024 * 1024  # ... or fewer when their lines are long
IN_FLIGHT_BYTES = 64 * 1024 * 1024  # JSON lines handed to workers and not yet written
FETCH_TIMEOUT = 20.0  # seconds for a whole download


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


@dataclass(frozen=True, slots=True)
class Overrides:
    """What `--source` and `--date` set on every item of an import."""

    source: str | None = None  # the publisher of every release, whatever the source says
    date: dt.date | None = None  # the date of every release that has none

    def apply(self, doc: RawDoc) -> RawDoc:
        if self.source:
            doc.source = self.source
        if self.date and doc.date is None:  # before any guess of a date: the user's date wins
            doc.date = self.date
            if hasattr(doc, "date_certain"):
                doc.date_certain = True
        return doc


NO_OVERRIDES = Overrides()


def prepare(doc: RawDoc, overrides: Overrides = NO_OVERRIDES) -> _Prepared | Outcome:
    """Analyse one RawDoc into YAML (or a failed Outcome); runs in worker processes."""
    try:
        overrides.apply(doc)
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


_DATE_FIELD = "\x00pressreader --date"  # where --date is put for a record without a date


def _prepare_records(
    items: list[tuple[str, Any]],
    mapping: dict[str, tuple[str, ...]],
    overrides: Overrides = NO_OVERRIDES,
) -> list[_Prepared | Outcome]:
    if overrides.date:  # a record without a date gets --date (one with an unreadable date fails)
        mapping = {**mapping, "date": (*mapping["date"], _DATE_FIELD)}
    out: list[_Prepared | Outcome] = []
    for origin, record in items:
        try:
            if overrides.date and isinstance(record, dict):
                record = {**record, _DATE_FIELD: overrides.date.isoformat()}
            doc = record_to_doc(record, origin, mapping)
        except ImportFailure as exc:
            out.append(Outcome(origin, "failed", reason=str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop an import
            out.append(Outcome(origin, "failed", reason=f"{origin}: could not be read ({exc!r})"))
            continue
        out.append(prepare(doc, overrides))
    return out


# ----------------------------------------------------------------------------- reading sources


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 1024} KB"


_SPOOL = 8 * 1024 * 1024  # stdin is kept in memory up to this size, on disk beyond it
_BLOCK = 1024 * 1024


def _open_raw(source: str) -> tuple[BinaryIO, str]:
    """A seekable binary file of a source ("-" is stdin, spooled), with its name for messages."""
    if source != "-":
        fh = open(source, "rb")  # noqa: SIM115 - closed by the caller
        try:
            size = os.fstat(fh.fileno()).st_size
        except OSError:
            size = 0
        if size > MAX_SOURCE_BYTES:
            fh.close()
            raise ImportFailure(f"{source}: larger than {_size(MAX_SOURCE_BYTES)}; split it")
        return fh, source
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL)  # noqa: SIM115
    total = 0
    while block := sys.stdin.buffer.read(_BLOCK):
        total += len(block)
        if total > MAX_SOURCE_BYTES:
            spool.close()
            raise ImportFailure(f"stdin: larger than {_size(MAX_SOURCE_BYTES)}; split it")
        spool.write(block)
    spool.seek(0)
    return spool, "stdin"  # type: ignore[return-value]


def _gunzip_check(raw: BinaryIO, name: str) -> bytes:
    """Unpack a gzip stream once without keeping it, to refuse damaged data and bombs before
    anything is imported; the first bytes of the unpacked data (for finding the format)."""
    head = b""
    total = 0
    try:
        with gzip.GzipFile(fileobj=raw) as gz:
            while block := gz.read(_BLOCK):
                if not head:
                    head = block[:4096]
                total += len(block)
                if total > MAX_SOURCE_BYTES:
                    raise ImportFailure(
                        f"{name}: larger than {_size(MAX_SOURCE_BYTES)} once unpacked; split it "
                        "(nothing was imported from it)"
                    )
    except (OSError, EOFError, zlib.error) as exc:
        raise ImportFailure(f"{name}: the gzip data is damaged or truncated ({exc})") from None
    raw.seek(0)
    return head


def _open_stream(source: str) -> tuple[BinaryIO, str, bytes]:
    """A binary stream of a source's contents (gunzipped as it is read when gzip'd), its name
    without .gz, and its first bytes. Memory stays small whatever the size: callers read it in
    pieces."""
    raw, name = _open_raw(source)
    try:
        head = raw.read(4096)
        raw.seek(0)
        if head[:2] != b"\x1f\x8b":
            return raw, name, head
        head = _gunzip_check(raw, name)
        stream = gzip.GzipFile(fileobj=raw)
    except BaseException:
        raw.close()
        raise
    return stream, name[:-3] if name.endswith(".gz") else name, head  # type: ignore[return-value]


def _read_document(stream: BinaryIO, name: str) -> bytes:
    """All of a one-document source (text, HTML, a feed), up to MAX_DOCUMENT_BYTES."""
    try:
        data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except (EOFError, zlib.error) as exc:
        raise ImportFailure(f"{name}: the gzip data is damaged or truncated ({exc})") from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ImportFailure(
            f"{name}: larger than {_size(MAX_DOCUMENT_BYTES)}, too large for one release page "
            "or feed; split it"
        )
    return data


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
    return _sniff(data) or "text"


def _sniff(data: bytes) -> str | None:
    """ "jsonl", "feed" or "html" from a source's first bytes, else None."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<p" in head:
        return "html"
    return None


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# Which files of a folder are read. Files named on the command line are always read.
RELEASE_SUFFIXES = {
    ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml",
    ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom",
}  # fmt: skip
_NOTE_NAMES = re.compile(  # matched against the name up to its first dot
    r"^(?:read[ _-]?me|sources?|change[ _-]?log|changes|history|authors|contributors|contributing"
    r"|code[ _-]?of[ _-]?conduct|security|todo|notice|(?:licen[cs]e|copying)(?:[ _-]\w+)?)$",
    re.IGNORECASE,
)
_NOT_RELEASE_KINDS = {
    "an image": ".png .jpg .jpeg .gif .webp .svg .bmp .tif .tiff .ico .heic .avif",
    "a document": ".pdf .doc .docx .odt .rtf .xls .xlsx .ods .ppt .pptx .odp .epub .csv",
    "an archive": ".zip .tar .tgz .bz2 .xz .zst .7z .rar .tar.gz",
    "audio or video": ".mp3 .wav .ogg .flac .mp4 .mov .avi .mkv .webm",
    "YAML, as in a store (stores are not imported)": ".yaml .yml",
}
_NOT_RELEASE_SUFFIXES = {
    suffix: kind for kind, suffixes in _NOT_RELEASE_KINDS.items() for suffix in suffixes.split()
}


def _suffix(name: str) -> str:
    """The file's type suffix, lower case, without a trailing .gz (".tar.gz" stays whole)."""
    lower = name.lower()
    if lower.endswith(".tar.gz"):
        return ".tar.gz"
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return os.path.splitext(lower)[1]


def not_a_release(path: Path) -> str | None:
    """Why a file found in a folder is not read as a release, or None when it is a candidate.

    Candidates: text, Markdown, HTML, JSON (lines) and XML/RSS/Atom files (each also .gz), and
    files of another or no type whose first bytes look like JSON, a feed or HTML (or, without a
    type, plain text). Not candidates: hidden files, README/SOURCE/CHANGELOG/LICENSE-like notes,
    images, documents, archives, media, YAML, binary data.
    """
    name = path.name
    if name.startswith("."):
        return "a hidden file"
    if _NOTE_NAMES.match(name.split(".")[0]):
        return "a README/SOURCE/CHANGELOG/LICENSE-like note"
    suffix = _suffix(name)
    if suffix in RELEASE_SUFFIXES:
        return None
    if suffix in _NOT_RELEASE_SUFFIXES:
        return _NOT_RELEASE_SUFFIXES[suffix]
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
            if head[:2] == b"\x1f\x8b":
                fh.seek(0)
                with gzip.GzipFile(fileobj=fh) as gz:
                    head = gz.read(4096)
    except (OSError, EOFError, zlib.error):
        return None  # let the import say what is wrong with it
    if _sniff(head):
        return None
    if b"\x00" in head or (head and _binary_share(head) > 0.1):
        return "binary data"
    if not suffix:
        return None  # plain text without a type: read as raw text
    return f"an unknown type of file ({suffix})"


def _binary_share(head: bytes) -> float:
    """The share of control bytes (other than tab, newline, carriage return, form feed)."""
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in head)
    return controls / len(head)


def expand_sources(sources: list[str]) -> Iterator[str | Outcome]:
    """Files under folders (sorted), other sources as given; a file of a folder that is not a
    release, or a hidden folder, is a "skipped" Outcome."""
    for source in sources:
        path = Path(source)
        if source != "-" and not source.startswith(("http://", "https://")) and path.is_dir():
            yield from _folder_files(path)
        else:
            yield source


def _folder_files(folder: Path) -> Iterator[str | Outcome]:
    found: list[tuple[str, str | None]] = []  # (path, why it is not read)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            if name.startswith("."):
                found.append((str(Path(root) / name), "a hidden folder, not read"))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            child = Path(root) / name
            if child.is_file():
                found.append((str(child), not_a_release(child)))
    for path, why in sorted(found):
        if why:
            yield Outcome(path, "skipped", reason=f"not a release: {path} ({why})")
        else:
            yield path


def read_source(
    source: str, fmt: str, mapping: dict[str, tuple[str, ...]], timeout: float = FETCH_TIMEOUT
) -> Iterator[RawDoc | ImportFailure | tuple[str, Any, int]]:
    """The items of one source: RawDocs, JSON records (analysed later, in parallel) with the size
    of their line, or failures. Unexpected errors are left to the caller."""
    if source.startswith(("http://", "https://")):
        from pressreader.importers.feed import read_url

        try:
            yield from read_url(source, timeout=timeout)
        except ImportFailure as exc:
            yield exc
        return
    try:
        stream, name, head = _open_stream(source)
    except FileNotFoundError:
        yield ImportFailure(f"{source}: no such file")
        return
    except IsADirectoryError:
        yield ImportFailure(f"{source}: is a folder")
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
    with stream:
        kind = detect_format(name, head) if fmt == "auto" else fmt
        try:
            if kind == "jsonl":
                # Line by line, each decoded on its own: one badly encoded line must not change
                # how the others are read, and no line is held longer than MAX_LINE_BYTES.
                last = 0
                for item in read_lines(stream, name, MAX_LINE_BYTES):
                    if isinstance(item, ImportFailure):
                        yield item
                        continue
                    position = stream.tell()
                    yield item[0], item[1], max(1, position - last)
                    last = position
            elif kind == "feed":
                from pressreader.importers.feed import read_feed

                yield from read_feed(_read_document(stream, name), name)
            elif kind == "html":
                from pressreader.importers.html import read_html

                yield read_html(_read_document(stream, name), name)
            else:
                yield read_text(_decode(_read_document(stream, name)), name)
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
    *,
    source_name: str | None = None,
    default_date: dt.date | None = None,
    timeout: float = FETCH_TIMEOUT,
) -> ImportReport:
    """Import every item of every source into the store at `into`; `progress(n)` per item done.

    source_name (`--source`) is the publisher of every release; default_date (`--date`) the date
    of every release without one; timeout bounds each download. A source that cannot be read,
    for whatever reason, is a failure in the report and the next source is read.
    """
    mapping = mapping or DEFAULT_MAP
    overrides = Overrides(source_name, default_date)
    into.mkdir(parents=True, exist_ok=True)
    importer = Importer(into, update)
    report = ImportReport()
    workers = workers if workers is not None else (os.cpu_count() or 1)
    pool: ProcessPoolExecutor | None = None
    pending: list[tuple[str, Any]] = []
    pending_bytes = 0
    # JSON records in the workers, oldest first: (origins, size of their lines, future)
    futures: list[tuple[list[str], int, Future]] = []

    def finish(result: _Prepared | Outcome) -> None:
        if isinstance(result, _Prepared):
            try:
                outcome = importer.write(result)
            except Exception as exc:  # noqa: BLE001 - one bad item must not stop an import
                outcome = Outcome(
                    result.origin, "failed", result.id, reason=f"{result.origin}: {exc!r}"
                )
        else:
            outcome = result
        report.outcomes.append(outcome)
        if progress:
            progress(1)

    def finish_chunk(origins: list[str], future: Future) -> None:
        try:
            results = future.result()
        except Exception as exc:  # noqa: BLE001 - a worker that died takes only its records
            results = [
                Outcome(o, "failed", reason=f"{o}: could not be analysed ({exc!r})")
                for o in origins
            ]
        for result in results:
            finish(result)

    def send(chunk: list[tuple[str, Any]], size: int) -> None:
        nonlocal pool
        if pool is None and workers > 1:
            ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
        if pool is None:
            for result in _prepare_records(chunk, mapping, overrides):
                finish(result)
            return
        futures.append(
            ([o for o, _ in chunk], size, pool.submit(_prepare_records, chunk, mapping, overrides))
        )
        # Bounded: not more than a few chunks per worker, nor more than IN_FLIGHT_BYTES of lines.
        while len(futures) > workers * 4 or (
            len(futures) > 1 and sum(f[1] for f in futures) > IN_FLIGHT_BYTES
        ):
            origins, _, future = futures.pop(0)
            finish_chunk(origins, future)

    try:
        for entry in expand_sources(sources):
            if isinstance(entry, Outcome):
                finish(entry)
                continue
            source = entry
            try:
                for item in read_source(source, fmt, mapping, timeout):
                    if isinstance(item, ImportFailure):
                        finish(Outcome(_origin_of(source, item), "failed", reason=str(item)))
                    elif isinstance(item, RawDoc):
                        finish(prepare(item, overrides))
                    else:
                        where, record, size = item
                        pending.append((where, record))
                        pending_bytes += size
                        if len(pending) >= CHUNK or pending_bytes >= CHUNK_BYTES:
                            chunk, pending = pending, []
                            send(chunk, pending_bytes)
                            pending_bytes = 0
            except Exception as exc:  # noqa: BLE001 - one source must not stop an import
                reason = str(exc) if isinstance(exc, ImportFailure) else f"{exc!r}"
                if not reason.startswith(source):
                    reason = f"{source}: could not be read ({reason})"
                finish(Outcome(source, "failed", reason=reason))
        if pending:
            send(pending, pending_bytes)
        while futures:
            origins, _, future = futures.pop(0)
            finish_chunk(origins, future)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    importer.library.refresh()
    return report


def _origin_of(source: str, failure: ImportFailure) -> str:
    """Where a failure happened: the source, or the part of it the message names."""
    message = str(failure)
    if message.startswith(source):
        return source
    return message.split(":")[0]


def import_options(
    source: str | None, date: str | None, timeout: float = FETCH_TIMEOUT
) -> tuple[str | None, dt.date | None, float]:
    """`--source`, `--date` and `--timeout` checked; ValueError with a message for the user."""
    from pressreader.text import clean_line

    name = None
    if source is not None:
        name = clean_line(source)[:200]
        if not name:
            raise ValueError("--source: give the publisher's name, e.g. --source 'City Hall'")
    day = None
    if date is not None:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date.strip()):
                raise ValueError
            day = dt.date.fromisoformat(date.strip())
        except ValueError:
            raise ValueError(
                f"--date {date!r}: not a date; write YYYY-MM-DD, e.g. --date 2024-03-12"
            ) from None
    if not 0 < timeout <= 3600:
        raise ValueError(f"--timeout {timeout:g}: give a number of seconds from 0 to 3600")
    return name, day, timeout


def report_json(report: ImportReport) -> str:
    """The machine-readable report of `import --json`."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
