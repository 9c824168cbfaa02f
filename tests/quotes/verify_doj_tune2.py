"""Check tests/quotes/doj_tune2.jsonl against the DOJ corpus.

Usage: python verify_doj_tune2.py [doj_tune2.jsonl] [doj_press_releases_2009-2018.jsonl.gz]

See README.md, section "doj_tune2.jsonl (tuning set)". Whitespace is normalised on both sides
(every run of whitespace becomes one space) before any comparison. The script checks that
  - every line is well formed: corpus "doj", pick "marked", reported_labelled true, a date in
    2016-2018, and quotes with text_start, speaker (non-empty string), role (string or null),
    kind (direct / direct_unmarked / reported) and the optional co_speakers and note;
  - every url is in the corpus, with the same title and date, occurs once in this file and is
    in no other *.jsonl file of this directory (only their `url` fields are read);
  - every release has at most 15,000 characters of contents and contains a straight `"`;
  - every text_start is an exact substring of the release's contents, in order of appearance,
    and has at most 12 words;
  - every `direct` item directly follows a `"`, and its text_start is the first 10 whitespace
    tokens after that mark, stopping before the closing `"`;
  - no `direct_unmarked` or `reported` text_start contains a `"`.
Exits non-zero on any failure and prints the counts.
"""

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from label_corpus import HERE, other_urls

LABELS = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "doj_tune2.jsonl"
CORPUS = (
    Path(sys.argv[2])
    if len(sys.argv) > 2
    else HERE.parents[2] / "shared/corpus/doj-opa-2009-2018/doj_press_releases_2009-2018.jsonl.gz"
)
KINDS = ("direct", "direct_unmarked", "reported")
LINE_KEYS = {"corpus", "url", "title", "date", "pick", "reported_labelled", "quotes"}
QUOTE_KEYS = {"text_start", "speaker", "role", "kind"}
OPTIONAL_KEYS = {"co_speakers", "note"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def rule_text_start(c, j):
    """First 10 whitespace tokens of c[j:], stopping before a closing `"`."""
    s = c[j:]
    stop = s.find('"')
    stop = len(s) if stop < 0 else stop
    toks = [m for m in list(re.finditer(r"\S+", s))[:10] if m.start() < stop]
    return s[toks[0].start() : min(toks[-1].end(), stop)] if toks else ""


def check_quote(k, q, c, pos):
    """Errors for one label, and the position where its text_start was found."""
    errs = []
    if not set(q) >= QUOTE_KEYS or set(q) - QUOTE_KEYS - OPTIONAL_KEYS:
        errs.append(f"quote {k}: bad keys {sorted(q)}")
    kind = q.get("kind")
    if kind not in KINDS:
        errs.append(f"quote {k}: bad kind {kind!r}")
    spk = q.get("speaker")
    if not isinstance(spk, str) or not spk.strip():
        errs.append(f"quote {k}: speaker must be a non-empty string")
    if q.get("role") is not None and not isinstance(q["role"], str):
        errs.append(f"quote {k}: role must be a string or null")
    co = q.get("co_speakers", [])
    if not isinstance(co, list) or not all(isinstance(x, str) and x.strip() for x in co):
        errs.append(f"quote {k}: co_speakers must be a list of names")
    ts = q.get("text_start")
    if not isinstance(ts, str) or not ts.strip() or ts != norm(ts):
        return errs + [f"quote {k}: empty or badly spaced text_start"], pos
    if len(ts.split()) > 12:
        errs.append(f"quote {k}: text_start longer than 12 words")
    if kind != "direct" and '"' in ts:
        errs.append(f"quote {k}: {kind} text_start contains a quotation mark")
    j = c.find(ts, pos)
    if kind == "direct":
        while j > 0 and c[j - 1] != '"':
            j = c.find(ts, j + 1)
    if j < 0 or (kind == "direct" and j == 0):
        where = "in order" if ts in c else "at all"
        if kind == "direct" and ts in c:
            where = "directly after a straight quotation mark, in order"
        return errs + [f"quote {k}: text_start not found {where}: {ts!r}"], pos
    if kind == "direct" and rule_text_start(c, j) != ts:
        errs.append(
            f"quote {k}: not the first 10 tokens after the mark: {ts!r} vs {rule_text_start(c, j)!r}"
        )
    return errs, j + 1


def main():
    with open(LABELS, encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    wanted = {lab.get("url") for lab in labels}
    recs = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["url"] in wanted:
                recs.setdefault(r["url"], r)
    excluded = other_urls(LABELS)

    failures, seen = 0, set()
    rel_year, kind_year = Counter(), Counter()
    with_kind, no_label, marks = Counter(), 0, 0
    for n, lab in enumerate(labels, 1):
        errs = []
        if set(lab) != LINE_KEYS:
            errs.append(f"bad keys {sorted(lab)}")
        if lab.get("corpus") != "doj" or lab.get("pick") != "marked":
            errs.append("corpus must be doj and pick marked")
        if lab.get("reported_labelled") is not True:
            errs.append("reported_labelled must be true")
        url = lab.get("url")
        if url in excluded:
            errs.append("url is also in another label file")
        if url in seen:
            errs.append("url occurs twice")
        seen.add(url)
        rec = recs.get(url)
        if rec is None:
            errs.append("url not in corpus")
        else:
            if rec["title"] != lab.get("title"):
                errs.append("title differs from corpus")
            if rec["date"][:10] != lab.get("date"):
                errs.append(f"date differs from corpus ({rec['date'][:10]})")
            if not "2016-01-01" <= rec["date"][:10] <= "2018-12-31":
                errs.append("date outside 2016-2018")
            if len(rec["contents"]) > 15000 or '"' not in rec["contents"]:
                errs.append("contents longer than 15,000 characters or without a straight quote")
            c = norm(rec["contents"])
            marks += c.count('"')
            pos = 0
            for k, q in enumerate(lab.get("quotes", [])):
                e2, pos = check_quote(k, q, c, pos)
                errs += e2
        if errs:
            failures += 1
            print(f"line {n} ({url}):")
            for e in errs:
                print("   ", e)
        year = str(lab.get("date", ""))[:4]
        rel_year[year] += 1
        quotes = lab.get("quotes", [])
        no_label += not quotes
        for q in quotes:
            kind_year[year, q.get("kind")] += 1
        for kind in {q.get("kind") for q in quotes}:
            with_kind[kind] += 1

    years = sorted(rel_year, reverse=True)
    print(f"{len(labels)} releases, {sum(kind_year.values())} labels, {marks} straight marks")
    print(f"  {'year':6s} {'releases':>8s} " + " ".join(f"{k:>15s}" for k in KINDS))
    for y in years:
        print(f"  {y:6s} {rel_year[y]:8d} " + " ".join(f"{kind_year[y, k]:15d}" for k in KINDS))
    print(
        f"  {'total':6s} {len(labels):8d} "
        + " ".join(f"{sum(kind_year[y, k] for y in years):15d}" for k in KINDS)
    )
    print(
        "  releases with at least one: "
        + ", ".join(f"{k} {with_kind[k]}" for k in KINDS)
        + f"; with no label: {no_label}"
    )
    if failures:
        print(f"FAILED: {failures} line(s) with errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
