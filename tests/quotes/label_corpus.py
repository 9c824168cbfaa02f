"""What the quote label checkers share: where the State / White House corpus is, its files, and
reading them (each checker is still run alone: `python tests/quotes/verify_….py`)."""

import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {
    "state": "state_press_releases_2021-2022.jsonl.gz",
    "whitehouse": "whitehouse_briefing_room_2021-2022.jsonl.gz",
}


def paths(default_labels: str) -> tuple[Path, Path]:
    """The label file and the corpus folder: the command line's, else the defaults."""
    labels = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / default_labels
    corpus = (
        Path(sys.argv[2])
        if len(sys.argv) > 2
        else HERE.parents[2] / "shared/corpus/state-whitehouse-2021-2022"
    )
    return labels, corpus


def records(corpus_dir: Path, corpus: str):
    """Every record of one corpus file, in file order."""
    with gzip.open(corpus_dir / FILES[corpus], "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def other_urls(labels: Path) -> set[str]:
    """Urls of every other *.jsonl label file here (only the url field is read: held-out files
    stay unread)."""
    urls = set()
    for path in sorted(HERE.glob("*.jsonl")):
        if path.resolve() == labels.resolve():
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    urls.add(json.loads(line)["url"])
    return urls


def first_records(corpus_dir: Path, wanted: set[tuple[str, str]]) -> dict[str, dict]:
    """corpus -> url -> first record with that url (only the wanted (corpus, url) pairs)."""
    out: dict[str, dict] = {corpus: {} for corpus in FILES}
    for corpus in FILES:
        for r in records(corpus_dir, corpus):
            if (corpus, r["url"]) in wanted:
                out[corpus].setdefault(r["url"], r)
    return out
