"""Write a synthetic store of N releases in the documented YAML format, for the scale benchmarks.

Usage: python benchmarks/make_store.py N DIR [--seed S]

Text comes from the real corpora in ../shared/corpus when present (shuffled paragraphs, quotes and
bullet lists, so sizes and word frequencies are real), else from generated words. Ids are unique,
dates spread over 2000-2025, files spread over folders by source and year. Nothing is copied into the
project: the store is written to DIR.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import random
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pressreader.figures import parse_figure
from pressreader.model import Heading, Paragraph, Quote, Release, Stats
from pressreader.store import dump_release

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FILES = [
    CORPUS / "doj-opa-2009-2018" / "doj_press_releases_2009-2018.jsonl.gz",
    CORPUS / "state-whitehouse-2021-2022" / "state_press_releases_2021-2022.jsonl.gz",
    CORPUS / "state-whitehouse-2021-2022" / "whitehouse_briefing_room_2021-2022.jsonl.gz",
]
SOURCES = [
    f"Press Office {name}"
    for name in [
        "Alder",
        "Birch",
        "Cedar",
        "Dogwood",
        "Elm",
        "Fir",
        "Gum",
        "Hazel",
        "Ivy",
        "Juniper",
    ]
]
TOPICS = [
    "justice",
    "health",
    "budget",
    "ports",
    "climate",
    "housing",
    "transport",
    "cyber",
    "trade",
    "energy",
]
SPEAKERS = [
    ("Ada Quill", "Minister of Ports"),
    ("Bo Renn", "Harbour Master"),
    ("Cy Marsh", "Mayor"),
    ("Dana Holt", "Attorney General"),
    ("Eli Varga", "Secretary of Health"),
]
WORDS = [
    "the",
    "ministry",
    "said",
    "new",
    "plan",
    "port",
    "city",
    "council",
    "budget",
    "police",
    "court",
    "report",
    "data",
    "year",
    "people",
    "public",
    "health",
    "energy",
    "climate",
    "housing",
    "transport",
    "security",
    "program",
    "funding",
    "support",
    "federal",
    "state",
    "local",
    "community",
    "agency",
    "department",
    "office",
    "measures",
    "million",
    "percent",
    "cases",
    "officers",
]

_pool: dict[str, list[str]] = {}


def load_pool() -> dict[str, list[str]]:
    """Paragraphs, quoted sentences, bullet items and titles from the corpora (or generated)."""
    paragraphs, quotes, items, titles = [], [], [], []
    for path in FILES:
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if n >= 6000:
                    break
                record = json.loads(line)
                titles.append(record.get("title") or "")
                for part in re.split(r"\n\s*\n", record.get("contents") or ""):
                    part = " ".join(part.split())
                    if part.startswith(("- ", "1. ")):
                        items.extend(
                            x.strip("- ").strip() for x in part.split(" - ") if re.search(r"\d", x)
                        )
                    elif 80 <= len(part) <= 900:
                        (quotes if "“" in part or '"' in part else paragraphs).append(part)
    if len(paragraphs) < 100:  # no corpus: generated words with a real-ish length distribution
        rng = random.Random(1)
        paragraphs = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 110))) + "."
            for _ in range(3000)
        ]
        quotes = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 40))) for _ in range(800)
        ]
        items = [
            f"more than {rng.randint(2, 90000):,} {rng.choice(WORDS)} {rng.choice(WORDS)}"
            for _ in range(800)
        ]
        titles = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 11))).capitalize()
            for _ in range(3000)
        ]
    return {
        "paragraphs": paragraphs,
        "quotes": quotes,
        "items": items or ["12 cases"],
        "titles": [t for t in titles if t],
    }


def make_release(i: int, seed: int) -> Release:
    """Release number i, the same for the same (i, seed)."""
    rng = random.Random(seed * 1_000_003 + i)
    pool = _pool
    date = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(26 * 365))
    body: list = []
    size = 0
    target = rng.randint(2500, 3700)
    while size < target:
        kind = rng.random()
        if kind < 0.12:
            speaker, role = rng.choice(SPEAKERS)
            text = rng.choice(pool["quotes"]).replace("“", "").replace("”", "").replace('"', "")
            body.append(Quote(text[:600], speaker, role))
            size += min(len(text), 600)
        elif kind < 0.18:
            body.append(Heading(" ".join(rng.choice(pool["titles"]).split()[:6])))
        elif kind < 0.24:
            figures = tuple(
                parse_figure(rng.choice(pool["items"])[:160]) for _ in range(rng.randint(3, 5))
            )
            body.append(Stats(figures, "In numbers"))
            size += sum(len(f.text) for f in figures)
        else:
            text = rng.choice(pool["paragraphs"])
            body.append(Paragraph(text))
            size += len(text)
    source = rng.choice(SOURCES)
    return Release(
        id=f"syn-{i:07d}",
        title=f"{rng.choice(pool['titles'])[:140]} #{i}",
        date=date,
        source=source,
        topics=tuple(rng.sample(TOPICS, rng.randint(1, 3))),
        lang="en",
        url=f"https://press.example.org/{i}",
        summary=rng.choice(pool["paragraphs"])[:300],
        body=tuple(body),
    )


def _init(pool: dict[str, list[str]]) -> None:
    _pool.update(pool)


def write_range(args: tuple[int, int, str, int]) -> int:
    start, stop, root, seed = args
    for i in range(start, stop):
        release = make_release(i, seed)
        folder = Path(root) / release.source.split()[-1].lower() / str(release.date.year)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{release.id}.yaml").write_text(dump_release(release), encoding="utf-8")
    return stop - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    pool = load_pool()
    args.dir.mkdir(parents=True, exist_ok=True)
    step = 500
    tasks = [(s, min(s + step, args.n), str(args.dir), args.seed) for s in range(0, args.n, step)]
    done = 0
    with ProcessPoolExecutor(os.cpu_count() or 1, initializer=_init, initargs=(pool,)) as ex:
        for count in ex.map(write_range, tasks):
            done += count
            print(f"\r{done:,} / {args.n:,}", end="", file=sys.stderr)
    print(file=sys.stderr)
    total = sum(p.stat().st_size for p in args.dir.rglob("*.yaml"))
    print(
        f"wrote {args.n:,} releases to {args.dir} ({total / args.n / 1024:.1f} KB each on average)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
