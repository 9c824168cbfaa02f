"""Each item analysed into a release ready to write: `prepare`, and the worker processes that
analyse JSON records and the entries of streamed feeds on every core (`RecordPool`), in bounded
amounts. A record or streamed entry comes back with what the index stores of it
(`prepare_indexed`), so the index need not read the file again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pressreader.importers.assemble import assemble
from pressreader.importers.base import ImportFailure, RawDoc, slugify
from pressreader.importers.jsonl import record_to_doc
from pressreader.importers.report import Outcome
from pressreader.pool import process_pool
from pressreader.store import dump_release, parse_release

CHUNK = 64  # JSON records per task for the worker processes
CHUNK_BYTES = 8 * 1024 * 1024  # ... or fewer when their lines are long
IN_FLIGHT_BYTES = 64 * 1024 * 1024  # JSON lines handed to workers and not yet written


@dataclass(frozen=True, slots=True)
class Prepared:
    """A release ready to write: its id, YAML text and the digest of its normalised JSON form
    (not the form itself: the digest is all a run compares, and it crosses from the workers in
    40 bytes)."""

    origin: str
    id: str
    folder: str
    yaml: str
    warnings: tuple[str, ...]
    digest: str  # `doc_digest` of the release read back: what a run remembers of the ids it wrote
    parsed: Any = None  # index.parsing._Parsed of the file at `into/folder/id.yaml`, if made
    entry: tuple[str, str] | None = None  # a streamed feed entry's (key, digest)


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


def prepare(doc: RawDoc, overrides: Overrides = NO_OVERRIDES) -> Prepared | Outcome:
    """Analyse one RawDoc into YAML (or a failed Outcome); runs in worker processes."""
    return prepare_indexed(doc, overrides)


def prepare_indexed(
    doc: RawDoc, overrides: Overrides = NO_OVERRIDES, into: Path | None = None
) -> Prepared | Outcome:
    """`prepare`, and with `into` (the store) also what the index stores of the file the release
    is written to when it is new (`Prepared.parsed`, size and time still to be filled in)."""
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
    publisher = (release.source or "imported").split(",")[0]
    folder = f"{slugify(publisher, 40)}/{release.date.year}"
    target = f"{_folder_in(into, folder)}/{release.id}.yaml" if into is not None else None
    again, problems = parse_release(text, target or f"{release.id}.yaml")
    if again is None:
        return Outcome(doc.origin, "failed", reason=f"{doc.origin}: {problems[0].message}")
    digest = doc_digest(comparable(again.to_dict()))
    parsed = None
    if target is not None:
        from pressreader.index.parsing import parsed_release

        parsed = parsed_release(again, problems, target, -1, -1)
    return Prepared(
        doc.origin,
        release.id,
        folder,
        text,
        tuple(doc.warnings),
        digest,
        parsed,
    )


@lru_cache(maxsize=256)
def _folder_in(into: Path, folder: str) -> str:
    """`str(into / folder)`, made once per folder (a pathlib join costs 10 µs a release); the id
    after it is slug characters only, so "/" and the file name finish the path as pathlib would."""
    return str(into / folder)


def doc_digest(data: dict[str, Any]) -> str:
    """A digest of a release's normalised JSON form."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(text.encode()).hexdigest()


def comparable(data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    data.pop("path", None)
    return data


_DATE_FIELD = "\x00pressreader --date"  # where --date is put for a record without a date


def _prepare_records(
    items: list[tuple[str, Any]],
    mapping: dict[str, tuple[str, ...]],
    overrides: Overrides = NO_OVERRIDES,
    into: Path | None = None,
) -> list[Prepared | Outcome]:
    """JSON records read and analysed (runs in worker processes); with `into`, each comes back
    with what the index stores of its file, so the index need not read the file again."""
    if overrides.date:  # a record without a date gets --date (one with an unreadable date fails)
        mapping = {**mapping, "date": (*mapping["date"], _DATE_FIELD)}
    out: list[Prepared | Outcome] = []
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
        out.append(prepare_indexed(doc, overrides, into))
    return out


def _prepare_entries(
    entries: list[Any], overrides: Overrides, into: Path | None
) -> list[Prepared | Outcome]:
    """Streamed feed entries (feed_stream.FeedEntry) read and analysed; runs in worker processes."""
    from pressreader.importers.feed_stream import entry_doc

    out: list[Prepared | Outcome] = []
    for entry in entries:
        try:
            doc = entry_doc(entry)
        except ImportFailure as exc:
            out.append(Outcome(entry.origin, "failed", reason=str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad entry must not stop an import
            reason = f"{entry.origin}: could not be read ({exc!r})"
            out.append(Outcome(entry.origin, "failed", reason=reason))
            continue
        result = prepare_indexed(doc, overrides, into)
        if isinstance(result, Prepared):
            result = dataclasses.replace(result, entry=(entry.key, entry.digest))
        out.append(result)
    return out


class RecordPool:
    """JSON records and streamed feed entries analysed in worker processes (in this one when
    `workers` is 1), each result handed to `finish` in the order the items came.

    Items go in chunks of CHUNK items or CHUNK_BYTES of source, and no more than a few chunks
    per worker, nor more than IN_FLIGHT_BYTES of source, are waiting at a time. A worker that dies
    fails only its own items. An item already decided (`add_done`: an unchanged entry) takes its
    place in the order without going to a worker.
    """

    def __init__(
        self,
        workers: int,
        mapping: dict[str, tuple[str, ...]],
        overrides: Overrides,
        finish: Callable[[Prepared | Outcome], None],
        into: Path | None = None,
    ) -> None:
        self.workers = workers
        self.mapping = mapping
        self.overrides = overrides
        self.finish = finish
        self.into = into
        self._pool: ProcessPoolExecutor | None = None
        self._kind = "record"  # of the items pending: "record" or "entry"
        self._pending: list[Any] = []
        self._pending_bytes = 0
        # The order of the pending items: None for the next result of the chunk, or an Outcome
        self._layout: list[Prepared | Outcome | None] = []
        # Chunks in the workers, oldest first: (origins, size of their lines, future, layout)
        self._futures: list[
            tuple[list[str], int, Future | None, list[Prepared | Outcome | None]]
        ] = []

    def __enter__(self) -> RecordPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def add(self, where: str, record: Any, size: int) -> None:
        """One record (its origin, and the size of its line)."""
        self._add("record", (where, record), size)

    def add_entry(self, entry: Any) -> None:
        """One streamed feed entry (feed_stream.FeedEntry)."""
        self._add("entry", entry, len(entry.raw))

    def add_done(self, outcome: Prepared | Outcome) -> None:
        """An item already decided (or analysed here), finished in its turn."""
        if not self._layout and not self._futures:
            self.finish(outcome)
        else:
            self._layout.append(outcome)

    def _add(self, kind: str, item: Any, size: int) -> None:
        if kind != self._kind and self._pending:
            self._send()
        self._kind = kind
        self._pending.append(item)
        self._layout.append(None)
        self._pending_bytes += size
        if len(self._pending) >= CHUNK or self._pending_bytes >= CHUNK_BYTES:
            self._send()

    def drain(self) -> None:
        """Analyse what is left and wait for every result."""
        if self._layout:
            self._send()
        while self._futures:
            self._collect()

    def _origins(self) -> list[str]:
        if self._kind == "entry":
            return [e.origin for e in self._pending]
        return [o for o, _ in self._pending]

    def _send(self) -> None:
        chunk, size, layout = self._pending, self._pending_bytes, self._layout
        origins = self._origins()
        self._pending, self._pending_bytes, self._layout = [], 0, []
        if not chunk:  # only items already decided
            if self._futures:
                self._futures.append(([], 0, None, layout))
            else:
                for outcome in layout:
                    assert outcome is not None
                    self.finish(outcome)
            return
        if self._pool is None and self.workers > 1:
            # The duplicate signatures' library (numpy) loaded once here, before the workers
            # are forked, not once in each of them
            from pressreader.index.duplicates import load_minhash

            load_minhash()
            self._pool = process_pool(self.workers)  # its workers exit if this process dies
        if self._kind == "entry":
            work: tuple[Any, ...] = (_prepare_entries, chunk, self.overrides, self.into)
        else:
            work = (_prepare_records, chunk, self.mapping, self.overrides, self.into)
        if self._pool is None:
            while self._futures:
                self._collect()
            self._finish_in_order(layout, work[0](*work[1:]))
            return
        future = self._pool.submit(*work)
        self._futures.append((origins, size, future, layout))
        # Bounded: not more than a few chunks per worker, nor more than IN_FLIGHT_BYTES of lines.
        while len(self._futures) > self.workers * 4 or (
            len(self._futures) > 1 and sum(f[1] for f in self._futures) > IN_FLIGHT_BYTES
        ):
            self._collect()

    def _collect(self) -> None:
        origins, _, future, layout = self._futures.pop(0)
        if future is None:
            results: list[Prepared | Outcome] = []
        else:
            try:
                results = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker that died takes only its items
                results = [
                    Outcome(o, "failed", reason=f"{o}: could not be analysed ({exc!r})")
                    for o in origins
                ]
        self._finish_in_order(layout, results)

    def _finish_in_order(
        self, layout: list[Prepared | Outcome | None], results: list[Prepared | Outcome]
    ) -> None:
        it = iter(results)
        for slot in layout:
            self.finish(slot if slot is not None else next(it))
