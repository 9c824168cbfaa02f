"""Check tests/quotes/holdout.jsonl against the three press-release corpora.

Usage: python verify_holdout.py [holdout.jsonl]

For every release it checks that
  - the corpus is state, whitehouse or doj and the url is in that corpus file,
    with the same title,
  - the url is not one of the dev-set releases in labels.jsonl,
  - every text_start is an exact substring of the release's `contents`,
    directly after an opening quotation mark (“ or " ; DOJ: "),
  - quotes are listed in order of appearance,
  - text_start is at most 12 whitespace-separated words,
  - speaker is a non-empty string and role is a string or null.
Prints counts per corpus and exits non-zero on any failure.
"""

import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOLDOUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "holdout.jsonl"
DEV = HERE / "labels.jsonl"
SW = Path(__file__).resolve().parents[3] / "shared/corpus/state-whitehouse-2021-2022"
DOJ = Path(__file__).resolve().parents[3] / "shared/corpus/doj-opa-2009-2018"
FILES = {
    "state": SW / "state_press_releases_2021-2022.jsonl.gz",
    "whitehouse": SW / "whitehouse_briefing_room_2021-2022.jsonl.gz",
    "doj": DOJ / "doj_press_releases_2009-2018.jsonl.gz",
}
OPENERS = {"state": '“"', "whitehouse": '“"', "doj": '"'}


def load(path):
    by_url = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            by_url.setdefault(rec["url"], []).append(rec)
    return by_url


def check(lab, rec, openers):
    errs = []
    c = rec["contents"]
    if rec["title"] != lab["title"]:
        errs.append("title differs from corpus")
    last = -1
    for q in lab["quotes"]:
        ts = q.get("text_start")
        if not isinstance(ts, str) or not ts:
            errs.append(f"empty text_start: {q!r}")
            continue
        if len(ts.split()) > 12:
            errs.append(f"text_start longer than 12 words: {ts!r}")
        if not isinstance(q.get("speaker"), str) or not q["speaker"]:
            errs.append(f"missing speaker for {ts!r}")
        if q.get("role") is not None and not isinstance(q["role"], str):
            errs.append(f"role must be string or null for {ts!r}")
        hits = [i for i in range(len(c)) if c.startswith(ts, i)]
        if not hits:
            errs.append(f"text_start not in contents: {ts!r}")
            continue
        quoted = [i for i in hits if i > 0 and c[i - 1] in openers]
        if not quoted:
            errs.append(f"text_start not directly after an opening mark: {ts!r}")
            continue
        nxt = [i for i in quoted if i > last]
        if not nxt:
            errs.append(f"quote out of order: {ts!r}")
            continue
        last = nxt[0]
    return errs


def main():
    dev_urls = set()
    if DEV.exists():
        with open(DEV, encoding="utf-8") as f:
            dev_urls = {json.loads(line)["url"] for line in f if line.strip()}
    corpora = {k: load(p) for k, p in FILES.items()}
    n_rel = {k: 0 for k in FILES}
    n_q = {k: 0 for k in FILES}
    n_zero = {k: 0 for k in FILES}
    failures = 0
    seen = set()
    with open(HOLDOUT, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            lab = json.loads(line)
            corpus = lab.get("corpus")
            if corpus not in FILES:
                print(f"line {lineno}: bad corpus {corpus!r}")
                failures += 1
                continue
            url = lab["url"]
            if (corpus, url) in seen:
                print(f"line {lineno}: duplicate release {url}")
                failures += 1
            seen.add((corpus, url))
            if url in dev_urls:
                print(f"line {lineno}: release is in the dev set: {url}")
                failures += 1
            cands = corpora[corpus].get(url)
            if not cands:
                print(f"line {lineno}: url not in {corpus} corpus: {url}")
                failures += 1
                continue
            results = [check(lab, rec, OPENERS[corpus]) for rec in cands]
            errs = min(results, key=len)
            for e in errs:
                print(f"line {lineno} ({url}): {e}")
            failures += len(errs)
            n_rel[corpus] += 1
            n_q[corpus] += len(lab["quotes"])
            n_zero[corpus] += not lab["quotes"]
    for k in FILES:
        print(
            f"{k:10s} releases {n_rel[k]:3d} (of which {n_zero[k]} with no quote)  quotes {n_q[k]:3d}"
        )
    print(
        f"{'total':10s} releases {sum(n_rel.values()):3d} (of which {sum(n_zero.values())} with no quote)  quotes {sum(n_q.values()):3d}"
    )
    print("OK" if failures == 0 else f"FAILED: {failures} problem(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
