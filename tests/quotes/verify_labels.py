"""Check tests/quotes/labels.jsonl against the State / White House corpus.

Usage: python verify_labels.py [labels.jsonl] [corpus_dir]

For every labelled release it checks that
  - the url exists in the corpus file named by `corpus` (and the title matches),
  - every text_start is an exact substring of that release's `contents`,
    directly preceded by an opening quotation mark,
  - quotes are listed in order of appearance,
  - text_start is at most 12 whitespace-separated words,
  - speaker is a non-empty string and role is a string or null.
Exits non-zero on any failure and prints the counts.
"""

import json
import sys

from label_corpus import FILES, paths, records

LABELS, CORPUS = paths("labels.jsonl")
OPENERS = '“"'


def load(corpus):
    by_url = {}
    for rec in records(CORPUS, corpus):
        by_url.setdefault(rec["url"], []).append(rec)
    return by_url


def check_release(lab, candidates):
    """Return a list of error strings (empty if some candidate record fits)."""
    best = None
    for rec in candidates:
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
            if q.get("kind") == "direct_unmarked":
                continue  # a statement's own words, without marks: optional, in no order
            quoted = [i for i in hits if i > 0 and c[i - 1] in OPENERS]
            if not quoted:
                errs.append(f"text_start not preceded by an opening quote: {ts!r}")
                continue
            nxt = [i for i in quoted if i > last]
            if not nxt:
                errs.append(f"quote out of order: {ts!r}")
                continue
            last = nxt[0]
        if not errs:
            return []
        if best is None or len(errs) < len(best):
            best = errs
    return best or ["no candidate record"]


def main():
    corpora = {k: load(k) for k in FILES}
    n_rel = {k: 0 for k in FILES}
    n_q = {k: 0 for k in FILES}
    failures = 0
    seen = set()
    with open(LABELS, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            lab = json.loads(line)
            corpus = lab.get("corpus")
            if corpus not in FILES:
                print(f"line {lineno}: bad corpus {corpus!r}")
                failures += 1
                continue
            key = (corpus, lab["url"])
            if key in seen:
                print(f"line {lineno}: duplicate release {lab['url']}")
                failures += 1
            seen.add(key)
            cands = corpora[corpus].get(lab["url"])
            if not cands:
                print(f"line {lineno}: url not in {corpus} corpus: {lab['url']}")
                failures += 1
                continue
            errs = check_release(lab, cands)
            for e in errs:
                print(f"line {lineno} ({lab['url']}): {e}")
            failures += len(errs)
            n_rel[corpus] += 1
            n_q[corpus] += len(lab["quotes"])
    print(f"releases: {sum(n_rel.values())} {n_rel}")
    print(f"quotes:   {sum(n_q.values())} {n_q}")
    print("OK" if failures == 0 else f"FAILED: {failures} problem(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
