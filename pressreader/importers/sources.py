"""Sources of an import: folders expanded, files and stdin opened (gzip unpacked as it is read),
formats found, and each source read into its items.

Reading is bounded: a file or stdin over MAX_SOURCE_BYTES is refused, a .gz is unpacked once
without being kept (damaged data and bombs are refused before anything is imported), and a text,
HTML or feed source, which is read whole, may not exceed MAX_DOCUMENT_BYTES. JSON lines are read
a line at a time. In a folder, files that are not releases are skipped with the reason.
"""

from __future__ import annotations

import gzip
import os
import re
import sys
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, cast

from pressreader.importers.base import ImportFailure, RawDoc
from pressreader.importers.jsonl import MAX_LINE_BYTES, read_lines
from pressreader.importers.report import Outcome
from pressreader.importers.text import read_text

FORMATS = ("auto", "text", "html", "jsonl", "feed")
MAX_SOURCE_BYTES = 512 * 1024 * 1024  # a single file or decompressed stream (read in pieces)
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024  # a text, HTML or feed source, which is read whole
FETCH_TIMEOUT = 20.0  # seconds for a whole download
STREAM_FEEDS_ABOVE = 4 * 1024 * 1024  # a larger feed file is read entry by entry (feed_stream)


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


def _read_document_head(stream: BinaryIO, name: str, limit: int) -> bytes:
    """Up to limit + 1 bytes of a source (more than limit: the rest is to be streamed)."""
    try:
        return stream.read(limit + 1)
    except (EOFError, zlib.error) as exc:
        raise ImportFailure(f"{name}: the gzip data is damaged or truncated ({exc})") from None


class _Joined:
    """The bytes already read of a source, then the rest of it (whose damage is a failure)."""

    def __init__(self, head: bytes, stream: BinaryIO, name: str) -> None:
        self._head = head
        self._stream = stream
        self._name = name

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size < 0 or size >= len(self._head):
                out, self._head = self._head, b""
            else:
                out, self._head = self._head[:size], self._head[size:]
            return out
        try:
            return self._stream.read(size)
        except (EOFError, zlib.error) as exc:
            raise ImportFailure(
                f"{self._name}: the gzip data is damaged or truncated ({exc})"
            ) from None


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
    source: str,
    fmt: str,
    mapping: dict[str, tuple[str, ...]],
    timeout: float = FETCH_TIMEOUT,
    salt: str = "",
) -> Iterator[RawDoc | ImportFailure | tuple[str, Any, int] | Any]:
    """The items of one source: RawDocs, JSON records (analysed later, in parallel) with the size
    of their line, the entries of a large feed file (feed_stream.FeedEntry, read and analysed
    later, in parallel; `salt` goes into their digests), or failures. Unexpected errors are left
    to the caller."""
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
                # Small feeds are read whole (feedparser); larger ones an entry at a time.
                data = _read_document_head(stream, name, STREAM_FEEDS_ABOVE)
                if len(data) <= STREAM_FEEDS_ABOVE:
                    from pressreader.importers.feed import read_feed

                    yield from read_feed(data, name)
                else:
                    from pressreader.importers.feed_stream import stream_feed

                    joined = cast(BinaryIO, _Joined(data, stream, name))
                    yield from stream_feed(joined, name, salt)
            elif kind == "html":
                from pressreader.importers.html import read_html

                yield read_html(_read_document(stream, name), name)
            else:
                yield read_text(_decode(_read_document(stream, name)), name)
        except ImportFailure as exc:
            yield exc
