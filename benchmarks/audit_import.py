"""Audit the importer on the real corpora: words kept, speakers that are names, import speed.

Usage: python benchmarks/audit_import.py [--per-corpus N] [--show K]
For every sampled release (evenly spread over each corpus; N per corpus, 0 = all), the source's
plain text (`contents`) is compared word by word with everything the imported release stores; a
release "loses a word" when some word occurs fewer times in the release than in the source. Every
attributed speaker is checked to look like a name, a title or an institution. Prints the figures and
the worst cases. Skips when ../shared is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from pressreader.importers.assemble import assemble
from pressreader.importers.base import ImportFailure
from pressreader.importers.jsonl import DEFAULT_MAP, record_to_doc
from pressreader.model import Heading, Image, Paragraph, Quote, Release, Stats

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FILES = {
    "doj": CORPUS / "doj-opa-2009-2018" / "doj_press_releases_2009-2018.jsonl.gz",
    "state": CORPUS / "state-whitehouse-2021-2022" / "state_press_releases_2021-2022.jsonl.gz",
    "whitehouse": CORPUS
    / "state-whitehouse-2021-2022"
    / "whitehouse_briefing_room_2021-2022.jsonl.gz",
}
_WORD = re.compile(r"\w+")
# Words that never make up a person's name, a title or an institution on their own.
_NOT_NAME = set(
    [
        "i",
        "you",
        "we",
        "he",
        "she",
        "it",
        "they",
        "me",
        "him",
        "her",
        "us",
        "them",
        "my",
        "our",
        "your",
        "their",
        "this",
        "that",
        "these",
        "those",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "before",
        "after",
        "and",
        "or",
        "but",
        "so",
        "if",
        "then",
        "than",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "to",
        "with",
        "q",
        "a",
        "an",
        "the",
        "there",
        "here",
        "today",
        "yesterday",
        "tomorrow",
        "not",
        "no",
        "yes",
        "also",
        "again",
    ]
)


def words(text: str | None) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text or ""))


def stored_words(release: Release) -> Counter[str]:
    """Every word the release stores, wherever it is kept."""
    found = words(release.title) + words(release.summary) + words(release.source)
    for topic in release.topics:
        found += words(topic)
    for block in release.body:
        if isinstance(block, Paragraph | Heading | Quote):
            found += words(block.text)
        elif isinstance(block, Stats):
            found += words(block.intro)
            for item in block.items:
                found += words(item.text)
        elif isinstance(block, Image):
            found += words(block.caption) + words(block.credit)
    for ref in (release.related.previous, release.related.next, *release.related.see_also):
        found += words(ref)
    found += words(release.url)
    return found


def plausible_speaker(name: str) -> bool:
    """A name, a title or an institution: capitalised words, none of them a function word."""
    tokens = name.replace(",", " ").split()
    if len(tokens) > 1 and tokens[0] == "The":  # "The President", "The Department of Justice"
        tokens = tokens[1:]
    if not tokens or len(tokens) > 12:  # "Department of Justice and the Department of Health
        return False  # and Human Services": two bodies speaking together
    ends = tokens[:1] + ([] if re.fullmatch(r"[A-Z]", tokens[-1]) else tokens[-1:])
    if any(t.lower().strip("’'") in _NOT_NAME for t in ends):  # "Individual A" is a name
        return False
    if len(tokens) > 1 and re.fullmatch(r"[A-Z]{4,}", tokens[0]) and not tokens[1].isupper():
        return False  # "WASHINGTON Daimler AG": a dateline run into a name
    if len(tokens) == 1 and re.fullmatch(r"[A-Z]{4,}", tokens[0]):
        return False  # "COVID"
    if any(re.fullmatch(r"[AaPp]\.[Mm]\.|CET|EST|EDT|GMT|UTC", t) for t in tokens):
        return False  # "P.M. CET": a time
    particles = {"of", "the", "for", "and", "de", "van", "von", "bin", "al", "el", "da", "di"}
    particles |= {"in", "on"}  # "Faith in Public Life", "Friends Committee on National Legislation"
    return all(t[:1].isupper() or t.lower() in particles for t in tokens)


def _composed(token: str, stored: Counter[str]) -> bool:
    """Whether a token is two or more stored words run together ("stampsmedicaidspecial")."""
    ends = {0}
    for i in range(1, len(token) + 1):
        if any(token[j:i] in stored for j in ends if j < i):
            ends.add(i)
    return len(token) in ends and token not in stored


def lost_words(source: str, release: Release) -> Counter[str]:
    """Words of the source the release does not hold as often.

    Two artefacts of the corpora's plain text are not losses: list numbers it restarts ("1." where
    the page's list goes on at 5) and words it runs together or splits where the HTML the importer
    reads has table cells or inline tags ("territoryshare" ⇄ "territory" "share").
    """
    source = re.sub(r"(?m)^\s*\d{1,3}\.\s", " ", source)
    # Markup the scrape left in the plain text (Word's conditional comments, tags): not words.
    source = re.sub(
        r"<!--.*?-->|<!\[[^\]]*\]>|\[(?:if|endif)[^\]]*\]|<[^>]{1,300}>", " ", source, flags=re.S
    )
    stored = stored_words(release)
    lost = words(source) - stored
    extra = stored - words(source)
    for token in list(lost):
        glued = _composed(token, stored)
        split = any(token in e and (e.startswith(token) or e.endswith(token)) for e in extra)
        if glued or split:
            del lost[token]
    return lost


def sample(path: Path, per_corpus: int) -> list[tuple[str, dict[str, Any]]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    step = max(1, len(lines) // per_corpus) if per_corpus else 1
    picked = lines[::step][:per_corpus] if per_corpus else lines
    return [(f"{path.name}:{i * step + 1}", json.loads(line)) for i, line in enumerate(picked)]


def audit(per_corpus: int, show: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    bad_speakers: Counter[str] = Counter()
    losses: list[tuple[int, str, str, list[str]]] = []
    total = losing = quotes = attributed = failed = 0
    seconds = 0.0
    for corpus, path in FILES.items():
        for origin, record in sample(path, per_corpus):
            started = time.perf_counter()
            try:
                release = assemble(record_to_doc(record, origin, DEFAULT_MAP))
            except ImportFailure:
                failed += 1
                continue
            seconds += time.perf_counter() - started
            total += 1
            lost = lost_words(record.get("contents") or "", release)
            if lost:
                losing += 1
                losses.append((sum(lost.values()), corpus, release.title[:70], list(lost)[:8]))
            for quote in release.quotes:
                quotes += 1
                if quote.speaker:
                    attributed += 1
                    if not plausible_speaker(quote.speaker):
                        bad_speakers[quote.speaker] += 1
    losses.sort(reverse=True)
    result = {
        "releases": total,
        "failed": failed,
        "releases_losing_a_word": losing,
        "quotes": quotes,
        "attributed": attributed,
        "speakers_not_a_name": sum(bad_speakers.values()),
        "import_ms_per_release": round(1000 * seconds / max(1, total), 2),
    }
    print(json.dumps(result))
    for n, corpus, title, lost in losses[:show]:
        print(f"LOST {n:4d} {corpus:10s} {title!r}: {lost}")
    for name, n in bad_speakers.most_common(show):
        print(f"SPEAKER {n:3d} {name!r}")
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-corpus", type=int, default=1000, help="releases per corpus; 0 = all")
    parser.add_argument("--show", type=int, default=15, help="worst cases to print")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is not available")
        return 0
    audit(args.per_corpus, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
