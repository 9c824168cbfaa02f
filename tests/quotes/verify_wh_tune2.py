"""Check tests/quotes/wh_tune2.jsonl against the State / White House corpus.

Usage: python verify_wh_tune2.py [wh_tune2.jsonl] [corpus_dir]

See README.md, section "wh_tune2.jsonl (tuning set)". Both sides are compared after whitespace
normalisation (every run of whitespace becomes one space). The script checks that
  - every line has the keys corpus, url, title, quotes, and every quote only text_start, speaker,
    role and (optionally) kind, with kind "direct" or "direct_unmarked";
  - every url is in the named corpus file and its first record there has the same title;
  - no url occurs twice, and no url is in another *.jsonl file of this directory (only their
    `url` fields are read);
  - every text_start has at most 12 whitespace-separated words and occurs in the release's
    contents, and the labels are in order of appearance;
  - every `direct` text_start follows an opening mark (“ or ", optionally with one space between)
    and is what the rule gives: the first 10 whitespace tokens after that mark, stopping before the
    quote's closing mark (nested “…” pairs inside the quote are skipped over);
  - a `direct_unmarked` text_start only has to occur in the contents (in order);
  - speaker is a non-empty string or null, role a string or null.
It prints the counts and exits non-zero on any failure.
"""

import json
import re
import sys
from collections import Counter

from label_corpus import FILES, first_records, other_urls, paths

LABELS, CORPUS = paths("wh_tune2.jsonl")
OPENERS = '“"'
KINDS = {"direct", "direct_unmarked"}
WS = re.compile(r"\s+")


def norm(s):
    return WS.sub(" ", s)


def rule_text_start(c, i):
    """First 10 whitespace tokens after the opening mark c[i], stopping before its closing mark."""
    s = c[i + 1 :]
    if c[i] == "“":
        opener, closers = "“", "”″"
    else:
        opener, closers = None, '"'
    depth, stop = 1, len(s)
    for k, ch in enumerate(s):
        if opener and ch == opener:
            depth += 1
        elif ch in closers:
            depth -= 1
            if depth == 0:
                stop = k
                break
    toks = [t for t in list(re.finditer(r"\S+", s))[:10] if t.start() < stop]
    if not toks:
        return ""
    return s[toks[0].start() : min(toks[-1].end(), stop)]


def mark_before(c, j):
    """Index of the opening mark directly before c[j] (one space allowed), else -1."""
    if j >= 1 and c[j - 1] in OPENERS:
        return j - 1
    if j >= 2 and c[j - 1] == " " and c[j - 2] in OPENERS:
        return j - 2
    return -1


def check_release(lab, rec):
    errs = []
    if rec["title"] != lab["title"]:
        errs.append("title differs from the corpus")
    c = norm(rec["contents"])
    pos = 0
    for k, q in enumerate(lab["quotes"]):
        if not isinstance(q, dict) or set(q) - {"text_start", "speaker", "role", "kind"}:
            errs.append(f"quote {k}: unexpected keys")
            continue
        kind = q.get("kind", "direct")
        if kind not in KINDS:
            errs.append(f"quote {k}: bad kind {kind!r}")
        spk = q.get("speaker")
        if spk is not None and (not isinstance(spk, str) or not spk.strip()):
            errs.append(f"quote {k}: speaker must be a non-empty string or null")
        if "role" not in q or (q["role"] is not None and not isinstance(q["role"], str)):
            errs.append(f"quote {k}: role must be a string or null")
        ts = q.get("text_start")
        if not isinstance(ts, str) or not ts.strip():
            errs.append(f"quote {k}: empty text_start")
            continue
        ts = norm(ts)
        if len(ts.split()) > 12:
            errs.append(f"quote {k}: text_start longer than 12 words")
        if kind == "direct_unmarked":
            j = c.find(ts, pos)
            if j < 0:
                where = "at all" if ts not in c else "in order"
                errs.append(f"quote {k}: direct_unmarked text_start not found {where}: {ts!r}")
                continue
            pos = j + 1
            continue
        # direct: the first occurrence from pos that follows an opening mark and is what the rule
        # gives; failing that, the first that follows a mark (reported as a rule mismatch)
        found = after_mark = -1
        j = c.find(ts, pos)
        while j >= 0:
            m = mark_before(c, j)
            if m >= 0:
                if after_mark < 0:
                    after_mark = j
                if rule_text_start(c, m) == ts:
                    found = j
                    break
            j = c.find(ts, j + 1)
        if found < 0 and after_mark >= 0:
            m = mark_before(c, after_mark)
            errs.append(
                f"quote {k}: text_start is not the first 10 tokens after its mark: "
                f"{ts!r} vs {rule_text_start(c, m)!r}"
            )
            found = after_mark
        if found < 0:
            if ts not in c:
                errs.append(f"quote {k}: text_start not in contents: {ts!r}")
            elif c.find(ts, pos) < 0:
                errs.append(f"quote {k}: text_start out of order: {ts!r}")
            else:
                errs.append(f"quote {k}: text_start not directly after an opening mark: {ts!r}")
            continue
        pos = found + 1
    return errs


def main():
    with open(LABELS, encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    excluded = other_urls(LABELS)
    recs = first_records(CORPUS, {(lab.get("corpus"), lab.get("url")) for lab in labels})

    failures = 0
    seen = set()
    rel, quo, kinds = Counter(), Counter(), Counter()
    null_speakers = 0
    for n, lab in enumerate(labels):
        errs = []
        if lab.get("corpus") not in FILES:
            print(f"line {n + 1}: bad corpus {lab.get('corpus')!r}")
            failures += 1
            continue
        if set(lab) != {"corpus", "url", "title", "quotes"}:
            errs.append(f"unexpected keys {sorted(lab)}")
        if lab["url"] in excluded:
            errs.append("url is also in another label file")
        if lab["url"] in seen:
            errs.append("url occurs twice")
        seen.add(lab["url"])
        rec = recs[lab["corpus"]].get(lab["url"])
        if rec is None:
            errs.append("url not in the corpus file")
        else:
            errs += check_release(lab, rec)
        if errs:
            failures += 1
            print(f"line {n + 1} ({lab['url']}):")
            for e in errs:
                print("   ", e)
        rel[lab["corpus"]] += 1
        quo[lab["corpus"]] += len(lab["quotes"])
        for q in lab["quotes"]:
            kinds[q.get("kind", "direct")] += 1
            null_speakers += q.get("speaker") is None

    print(f"{len(labels)} releases, {sum(quo.values())} quotes")
    for corpus in FILES:
        print(f"  {corpus:10s} releases {rel[corpus]:3d}  quotes {quo[corpus]:3d}")
    print("  by kind:", dict(kinds), f"; speaker null: {null_speakers}")
    if failures:
        print(f"FAILED: {failures} line(s) with errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
