"""Feed ingest at scale: `pressreader import` of one large RSS 2.0 file, then its re-import.

Usage: python benchmarks/bench_feed_ingest.py [--items N] [--newsboat] [--keep DIR]

Generates an RSS 2.0 file of N items (default 100,000; title, link, guid, pubDate, categories, a
description and a content:encoded body of about 3.5 KB of release text with paragraphs and a quote)
in a temporary folder. The bodies are paragraphs sampled from ../shared/corpus (read, never copied
into the repository), else synthetic text. Then it times `pressreader import FILE --into STORE` in a
fresh process (wall time, peak resident memory of the largest process), the re-import of the
unchanged file, and prints the size of the store plus the index (PRESSREADER_CACHE is a temporary
folder). `--newsboat` runs `newsboat -x reload` on the same file side by side when it is installed.
"""

from __future__ import annotations

import argparse
import contextlib
import email.utils
import gzip
import html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SPEAKERS = [
    ("Maria Lindqvist", "Minister of Transport"),
    ("David Okafor", "Secretary of Labor"),
    ("Hannah Reyes", "Mayor of Quellmouth"),
    ("Tomás Ferreira", "Commissioner for Health"),
    ("Aiko Tanaka", "Director of the Water Authority"),
]
TOPICS = ["Transport", "Health", "Justice", "Environment", "Economy", "Housing", "Education"]
SYNTHETIC = (
    "The department announced on {day} that {n:,} households in the region will receive support "
    "under the new programme, which runs for {k} years and costs ${m}.{d} million. Officials said "
    "the first payments would be made within weeks, and that applications open online and at "
    "local offices. The measure follows a review of the previous scheme, which reached fewer "
    "than half of those eligible, according to the agency's annual report."
)


# ---------------------------------------------------------------------------------------------
# The feed


def corpus_paragraphs(limit: int = 40_000) -> list[str]:
    """Paragraphs of real releases (40 to 900 characters), or [] when the corpus is absent."""
    found: list[str] = []
    for path in sorted(CORPUS.glob("*/*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                try:
                    text = json.loads(line).get("contents") or ""
                except (ValueError, AttributeError):
                    continue
                for part in text.split("\n"):
                    part = part.strip()
                    if 40 <= len(part) <= 900 and part.endswith((".", '"', "”")):
                        found.append(part)
                if len(found) >= limit:
                    return found
    return found


def synthetic_paragraphs(rng: random.Random, count: int = 2000) -> list[str]:
    return [
        SYNTHETIC.format(
            day=f"{rng.randint(1, 28)} May",
            n=rng.randint(100, 90_000),
            k=rng.randint(2, 9),
            m=rng.randint(1, 900),
            d=rng.randint(0, 9),
        )
        for _ in range(count)
    ]


def item_xml(n: int, rng: random.Random, paragraphs: list[str]) -> str:
    """One <item>: its body about 3.5 KB of paragraphs, a quote and sometimes a list."""
    day = 1_262_304_000 + rng.randrange(0, 15 * 365 * 86400)  # 2010 … 2024
    date = email.utils.formatdate(day, localtime=False)
    name, role = rng.choice(SPEAKERS)
    first = rng.choice(paragraphs)
    title_words = first.split()[: rng.randint(6, 12)]
    title = " ".join(title_words).rstrip(",.;:") + f" ({n})"
    body = [f"<p>{html.escape(first)}</p>"]
    size = len(first)
    while size < 3000:
        para = rng.choice(paragraphs)
        body.append(f"<p>{html.escape(para)}</p>")
        size += len(para)
        if len(body) == 3:
            quote = rng.choice(paragraphs).rstrip(".")
            body.append(
                f"<p>{html.escape(f'“{quote},” said {name}, {role}. “We will keep our word.”')}</p>"
            )
            size += len(quote) + 60
    if n % 5 == 0:
        body.append(
            "<p>Key figures:</p><ul>"
            f"<li>{rng.randint(2, 900):,} new jobs</li><li>${rng.randint(2, 90)}.5 million</li>"
            f"<li>{rng.randint(2, 60)} per cent more</li></ul>"
        )
    link = f"https://press.example.gov/releases/{n}"
    topics = "".join(f"<category>{t}</category>" for t in rng.sample(TOPICS, rng.randint(1, 2)))
    content = "".join(body).replace("]]>", "]]&gt;")
    return (
        f"<item><title>{html.escape(title)}</title><link>{link}</link>"
        f'<guid isPermaLink="false">press-example-{n}</guid><pubDate>{date}</pubDate>{topics}'
        f"<description>{html.escape(first[:300])}</description>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded></item>\n"
    )


def write_feed(path: Path, items: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    paragraphs = corpus_paragraphs() or synthetic_paragraphs(rng)
    with path.open("w", encoding="utf-8") as fh:
        fh.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
            "<channel><title>Example Press Office</title><link>https://press.example.gov/</link>"
            "<description>Press releases</description><language>en</language>\n"
        )
        for n in range(1, items + 1):
            fh.write(item_xml(n, rng, paragraphs))
        fh.write("</channel></rss>\n")


# ---------------------------------------------------------------------------------------------
# Measuring


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """Wall seconds, peak resident MB (largest process) and exit status of a command, run from a
    fresh measuring process so that getrusage(RUSAGE_CHILDREN) sees this command only."""
    script = (
        "import json, resource, subprocess, sys, time\n"
        "argv = json.loads(sys.argv[1])\n"
        "start = time.perf_counter()\n"
        "p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
        "wall = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "tail = (p.stdout + p.stderr).decode('utf-8', 'replace').strip().splitlines()[-3:]\n"
        "print(json.dumps([wall, peak, p.returncode, tail]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, json.dumps(argv)],
        env=env,
        stdout=subprocess.PIPE,
        check=True,
    )
    wall, peak, code, tail = json.loads(done.stdout)
    return wall, peak, code, " | ".join(tail)


def disk_mib(*paths: Path) -> float:
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_blocks * 512
        for root, _, files in os.walk(path):
            for name in files:
                with contextlib.suppress(OSError):
                    total += os.lstat(os.path.join(root, name)).st_blocks * 512
    return total / 2**20


def run_pressreader(feed: Path, work: Path, raise_limit: bool) -> None:
    store, cache = work / "store", work / "cache"
    env = {**os.environ, "PRESSREADER_CACHE": str(cache)}
    if raise_limit:  # the reader before streaming refused feeds over 32 MB: lift that limit
        command = [
            sys.executable,
            "-c",
            "import sys, pressreader.importers.sources as s; s.MAX_DOCUMENT_BYTES = 1 << 30\n"
            "from pressreader.cli import main; sys.exit(main(sys.argv[1:]))",
        ]
    else:
        command = [sys.executable, "-m", "pressreader"]
    argv = [*command, "import", str(feed), "--into", str(store)]
    for label in ("import", "re-import (unchanged)"):
        wall, peak, code, tail = measure(argv, env)
        print(f"pressreader {label:<22} {wall:8.1f} s  peak {peak:7.0f} MB  exit {code}  {tail}")
        sys.stdout.flush()
    size = disk_mib(store, *cache.glob("index-*"))
    print(f"pressreader store + index       {size:8.0f} MiB")


def run_newsboat(feed: Path, work: Path) -> None:
    exe = shutil.which("newsboat")
    if exe is None:
        print("newsboat: not installed (skipped)")
        return
    folder = work / "newsboat"
    folder.mkdir()
    (folder / "urls").write_text(f"file://{feed}\n")
    (folder / "config").write_text("")
    argv = [
        exe, "-u", str(folder / "urls"), "-c", str(folder / "cache.db"),
        "-C", str(folder / "config"), "-x", "reload",
    ]  # fmt: skip
    env = {**os.environ, "HOME": str(folder), "XDG_DATA_HOME": str(folder)}
    for label in ("reload", "re-reload (unchanged)"):
        wall, peak, code, _ = measure(argv, env)
        print(f"newsboat    {label:<22} {wall:8.1f} s  peak {peak:7.0f} MB  exit {code}")
    print(f"newsboat    cache                 {disk_mib(folder / 'cache.db'):8.0f} MiB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--newsboat", action="store_true", help="run newsboat side by side")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (reuses its feed)")
    parser.add_argument(
        "--raise-document-limit",
        action="store_true",
        help="lift the 32 MB limit of whole-document sources (to measure the reader before "
        "feeds were streamed)",
    )
    args = parser.parse_args()
    tmp = None
    if args.keep:
        work = Path(args.keep)
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="bench-feed-")
        work = Path(tmp.name)
    try:
        feed = work / f"feed-{args.items}.xml"
        if not feed.exists():
            start = time.perf_counter()
            write_feed(feed, args.items)
            print(
                f"generated {feed.name}: {args.items:,} items, "
                f"{feed.stat().st_size / 1e6:.0f} MB in {time.perf_counter() - start:.1f} s"
            )
        print(f"cores: {os.cpu_count()}, python {sys.version.split()[0]}")
        for name in ("store", "cache", "newsboat"):
            shutil.rmtree(work / name, ignore_errors=True)
        run_pressreader(feed, work, args.raise_document_limit)
        if args.newsboat:
            run_newsboat(feed, work)
    finally:
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
