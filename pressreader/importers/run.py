"""`pressreader import`: read sources, turn each item into a Release, write it into the store safely.

Nothing already in the store is lost or silently changed: an id that exists with other content is
skipped (unless `update`), identical content counts as unchanged (so re-running an import is a no-op),
and every file is written atomically. Large JSON lines dumps and large feed files are analysed on
every core. The entries of a large feed are streamed (feed_stream): an entry whose digest is the one
it had when the last import wrote its release, whose file has not changed since, is unchanged
without being analysed again; the others are analysed in worker processes, which also make what the
index stores of each new file, so the index records it as it is written instead of reading it back.

The parts: `sources` (finding, opening and reading sources), `workers` (analysing items, in worker
processes for JSON lines), `report` (the outcomes); here the import itself and its options.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pressreader.importers.base import FeedEntry, ImportFailure, RawDoc
from pressreader.importers.jsonl import DEFAULT_MAP
from pressreader.importers.report import ImportReport, Outcome, report_json
from pressreader.importers.sources import (
    FETCH_TIMEOUT,
    FORMATS,
    detect_format,
    expand_sources,
    not_a_release,
    read_source,
)
from pressreader.importers.workers import (
    Overrides,
    Prepared,
    RecordPool,
    comparable,
    doc_digest,
    prepare,
)
from pressreader.index import Library
from pressreader.store import sync_all, write_atomic

__all__ = [
    "FETCH_TIMEOUT",
    "FORMATS",
    "ImportReport",
    "Importer",
    "Outcome",
    "detect_format",
    "import_options",
    "import_sources",
    "not_a_release",
    "report_json",
]


RECORD_EVERY = 1000  # files written and then recorded in the index in one transaction


class Importer:
    """Writes prepared releases into a store, deciding imported / unchanged / skipped / updated.

    Releases that come with what the index stores of them (`Prepared.parsed`) are recorded in
    the index as they are written, and streamed feed entries are remembered by their digest
    (`unchanged_entry`); `flush` stores what is waiting (`import_sources` calls it at the end).
    """

    def __init__(self, into: Path, update: bool) -> None:
        self.into = into
        self.update = update
        self.library = Library(into)
        self.library.refresh()
        self.seen: dict[str, str] = {}  # ids written in this run: the digest of their release
        self._records: list[Any] = []  # index rows of files written, not yet stored
        self._entries: list[tuple[str, str, str, str, int, int, str]] = []

    def unchanged_entry(self, origin: str, key: str, digest: str) -> Outcome | None:
        """The "unchanged" outcome of a streamed entry whose release is in the store as the last
        import wrote it from the same entry, without analysing it; None when it must be."""
        try:
            found = self.library.import_item(key, digest)
        except sqlite3.Error:
            return None
        if found is None:
            return None
        release_id, path, digest_of_doc = found
        if self.seen.setdefault(release_id, digest_of_doc) != digest_of_doc:
            return None  # another entry of this run wrote that id: decide as before
        return Outcome(origin, "unchanged", release_id, path=path)

    def flush(self) -> None:
        """Store the index rows and entry digests waiting (a failure only costs a re-read)."""
        records, self._records = self._records, []
        entries, self._entries = self._entries, []
        try:
            self.library.record(records)
            self.library.remember_import_items(entries)
        except sqlite3.Error:
            pass

    def _remember(self, item: Prepared, path: str, written: bool) -> None:
        """What the index and the next import need to know of an item written (or unchanged)."""
        if item.entry is None and item.parsed is None:
            return
        try:
            info = os.stat(path)
        except OSError:
            return
        if written and item.parsed is not None and item.parsed.path == path:
            self._records.append(
                dataclasses.replace(item.parsed, size=info.st_size, mtime_ns=info.st_mtime_ns)
            )
        if item.entry is not None:
            key, digest = item.entry
            self._entries.append(
                (key, digest, item.id, path, info.st_size, info.st_mtime_ns, item.digest)
            )
        if len(self._records) >= RECORD_EVERY or len(self._entries) >= RECORD_EVERY * 4:
            self.flush()

    def write(self, item: Prepared) -> Outcome:
        outcome = Outcome(item.origin, "imported", item.id, warnings=list(item.warnings))
        digest = item.digest
        if item.id in self.seen:
            if self.seen[item.id] == digest:
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
            if doc_digest(comparable(existing.to_dict())) == digest:
                outcome.status = "unchanged"
                self.seen[item.id] = digest
                if existing.path:
                    self._remember(item, existing.path, written=False)
                return outcome
            if not self.update:
                outcome.status = "skipped"
                outcome.reason = f"{existing.path} already holds the id {item.id} with other content (use --update to replace it)"
                return outcome
            target = Path(existing.path or target)
            outcome.status = "updated"
        elif target.exists() and not _empty(target):  # an empty file (a crash's) holds nothing
            outcome.status = "skipped"
            outcome.reason = f"{target} exists but is not a readable release; not overwritten"
            return outcome
        try:
            # A new file is put on disk with the others at the end of the import (`flush`); a
            # file replaced is on disk before the next one is written.
            write_atomic(target, item.yaml, durable=outcome.status == "updated")
        except OSError as exc:
            outcome.status, outcome.reason = (
                "failed",
                f"{item.origin}: cannot write {target} ({exc.strerror or exc})",
            )
            return outcome
        outcome.path = str(target)
        self.seen[item.id] = digest
        if outcome.status == "imported":  # the index names files under the resolved store path
            target = self.library.root / item.folder / f"{item.id}.yaml"
        self._remember(item, str(target), written=True)
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
    salt = repr((source_name, default_date))  # the options that change a release
    into.mkdir(parents=True, exist_ok=True)
    importer = Importer(into, update)
    report = ImportReport()
    workers = workers if workers is not None else (os.cpu_count() or 1)

    def finish(result: Prepared | Outcome) -> None:
        if isinstance(result, Prepared):
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

    with RecordPool(workers, mapping, overrides, finish, importer.library.root) as records:
        for entry in expand_sources(sources):
            if isinstance(entry, Outcome):
                finish(entry)
                continue
            source = entry
            try:
                for item in read_source(source, fmt, mapping, timeout, salt):
                    if isinstance(item, FeedEntry):  # of a large feed, read in a worker process
                        done = importer.unchanged_entry(item.origin, item.key, item.digest)
                        if done is not None:
                            records.add_done(done)
                        else:
                            records.add_entry(item)
                    elif isinstance(item, ImportFailure):
                        records.add_done(
                            Outcome(_origin_of(source, item), "failed", reason=str(item))
                        )
                    elif isinstance(item, RawDoc):
                        records.add_done(prepare(item, overrides))
                    else:
                        records.add(*item)  # a JSON record, analysed in a worker process
            except Exception as exc:  # noqa: BLE001 - one source must not stop an import
                reason = str(exc) if isinstance(exc, ImportFailure) else f"{exc!r}"
                if not reason.startswith(source):
                    reason = f"{source}: could not be read ({reason})"
                records.add_done(Outcome(source, "failed", reason=reason))
        records.drain()
    importer.flush()
    sync_all()  # the new files, written without an fsync each
    importer.library.refresh()
    return report


def _empty(path: Path) -> bool:
    """Whether a file is empty (what a system crash can leave of a file not yet on disk)."""
    try:
        return path.stat().st_size == 0
    except OSError:
        return False


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
