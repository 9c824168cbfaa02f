"""Check tests/quotes/wh_tune.jsonl against the State / White House corpus.

Usage: python verify_wh_tune.py [wh_tune.jsonl] [corpus_dir]

Modelled on verify_sw_tune.py (README.md, section "`wh_tune.jsonl` (tuning set)"). It checks that
  - every url is in the named corpus file, with the same title,
  - no url is in another label file of this directory (only their `url` fields are read),
    and no url occurs twice,
  - every text_start is an exact substring of that release's `contents`, directly after an
    opening mark (“ " or ‘; for kind "direct_unmarked", after the wrong glyph ” that the
    source uses as an opening mark), the quotes are in order of appearance, and text_start
    is what the rule gives: the first 10 whitespace tokens after the mark, stopping before
    the quote's closing mark,
  - text_start is at most 12 whitespace-separated words,
  - speaker is a non-empty string or null (a document or an unclear speaker), role is a
    string or null, and kind, when present, is "direct" or "direct_unmarked".
Exits non-zero on any failure and prints the counts.
"""

import json
import re
import sys
from collections import Counter

from label_corpus import FILES, first_records, other_urls, paths
from verify_sw_tune import rule_text_start

LABELS, CORPUS = paths("wh_tune.jsonl")
OPENERS = '“"‘'
KINDS = {"direct", "direct_unmarked"}


def unglitch(c, i):
    """contents with a ” used as an opening mark at c[i] read as “."""
    return c if c[i] != "”" else c[:i] + "“" + c[i + 1 :]


def check_release(lab, rec):
    errs, starts = [], []
    if rec["title"] != lab["title"]:
        errs.append("title differs from corpus")
    c = rec["contents"]
    pos = 0
    for k, q in enumerate(lab["quotes"]):
        if set(q) - {"text_start", "speaker", "role", "kind"}:
            errs.append(f"quote {k}: unexpected keys {sorted(q)}")
        kind = q.get("kind", "direct")
        if kind not in KINDS:
            errs.append(f"quote {k}: bad kind {kind!r}")
        spk = q.get("speaker")
        if spk is not None and (not isinstance(spk, str) or not spk.strip()):
            errs.append(f"quote {k}: speaker must be a non-empty string or null")
        if q.get("role") is not None and not isinstance(q["role"], str):
            errs.append(f"quote {k}: role must be string or null")
        ts = q.get("text_start")
        if not ts:
            errs.append(f"quote {k}: empty text_start")
            continue
        if len(ts.split()) > 12:
            errs.append(f"quote {k}: text_start longer than 12 words")
        openers = "”" if kind == "direct_unmarked" else OPENERS
        # the first occurrence after an opening mark whose rule text_start is ts; if none,
        # the first occurrence after an opening mark (reported below as a rule mismatch)
        first = j = c.find(ts, pos)
        while j > 0 and c[j - 1] not in openers:
            j = first = c.find(ts, j + 1)
        while j > 0 and not (
            c[j - 1] in openers and rule_text_start(unglitch(c, j - 1), j - 1) == ts
        ):
            j = c.find(ts, j + 1)
        if j <= 0:
            j = first
        if j <= 0:
            where = "at all" if ts not in c else "after an opening mark, in order"
            errs.append(f"quote {k}: text_start not found {where}: {ts!r}")
            continue
        text = unglitch(c, j - 1)
        if rule_text_start(text, j - 1) != ts:
            errs.append(
                f"quote {k}: text_start is not the first 10 tokens after its mark: "
                f"{ts!r} vs {rule_text_start(text, j - 1)!r}"
            )
        starts.append(j - 1)
        pos = j + 1
    return errs, starts


def main():
    with open(LABELS, encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    excluded = other_urls(LABELS)
    recs = first_records(CORPUS, {(lab.get("corpus"), lab.get("url")) for lab in labels})

    failures = 0
    seen = set()
    rel, quo, kinds = Counter(), Counter(), Counter()
    null_speakers = 0
    no_quote = 0
    other_marks = 0
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
            errs.append("url not in corpus file")
        else:
            e2, starts = check_release(lab, rec)
            errs += e2
            c = rec["contents"]
            marks = [m.start() for m in re.finditer('[“"]', c)]
            curly = [i for i in marks if c[i] == "“"]
            straight = [i for i in marks if c[i] == '"'][::2]
            other_marks += len([i for i in curly + straight if i not in starts])
        if errs:
            failures += 1
            print(f"line {n + 1} ({lab['url']}):")
            for e in errs:
                print("   ", e)
        rel[lab["corpus"]] += 1
        quo[lab["corpus"]] += len(lab["quotes"])
        no_quote += not lab["quotes"]
        for q in lab["quotes"]:
            kinds[q.get("kind", "direct")] += 1
            null_speakers += q.get("speaker") is None

    print(f"{len(labels)} releases ({no_quote} with no quote), {sum(quo.values())} quotes")
    for corpus in FILES:
        print(f"  {corpus:10s} releases {rel[corpus]:3d}  quotes {quo[corpus]:3d}")
    print("  by kind:", dict(kinds), f"; speaker null: {null_speakers}")
    print(
        f'  opening marks “ or " in these releases that do not start a labelled quote: {other_marks}'
    )
    if failures:
        print(f"FAILED: {failures} line(s) with errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
