"""Check tests/quotes/doj_holdout.jsonl and tests/quotes/transcripts.jsonl.

Usage: python verify_new_labels.py

Whitespace is normalised on both sides before any comparison: every run of
whitespace (spaces, newlines, paragraph breaks) becomes one space.

doj_holdout.jsonl, for every release:
  - corpus is "doj", the url is in the DOJ file and the title matches,
  - the release is not in labels.jsonl or holdout.jsonl,
  - the releases are exactly the ones the documented seeded draw gives
    (see README.md, "DOJ set"): the first 25 of the shuffled marked pool and
    the first 5 of the shuffled no-marks pool, in that order,
  - every text_start occurs in `contents`, in order of appearance
    (all kinds together), and is at most 12 words,
  - kind is direct, direct_unmarked or reported; a direct quote starts right
    after a straight " (one space between is allowed); a no-marks release has
    no " at all and no direct quotes,
  - speaker is a non-empty string, role a string or null,
    reported_labelled a bool.
transcripts.jsonl, for every transcript:
  - the url is in the named corpus file and the title matches,
  - every turn label appears at the start of a line ("LABEL:" or "Q "),
    directly followed by the turn's text_start, turns in order, and the
    number of labelled lines equals the number of turns (no turn missed),
  - every inner quote's text_start occurs inside its turn, directly after an
    opening quotation mark.
Prints counts and exits non-zero on any failure.
"""

import gzip
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOJ_LABELS = HERE / "doj_holdout.jsonl"
TRANSCRIPTS = HERE / "transcripts.jsonl"
OLD_SETS = [HERE / "labels.jsonl", HERE / "holdout.jsonl"]
DOJ_FILE = (
    Path(__file__).resolve().parents[3]
    / "shared/corpus/doj-opa-2009-2018/doj_press_releases_2009-2018.jsonl.gz"
)
SW = Path(__file__).resolve().parents[3] / "shared/corpus/state-whitehouse-2021-2022"
SW_FILES = {
    "state": SW / "state_press_releases_2021-2022.jsonl.gz",
    "whitehouse": SW / "whitehouse_briefing_room_2021-2022.jsonl.gz",
}

# The documented draw (README.md, "DOJ set").
SEED = 4242
N_MARKED = 25
N_NO_MARKS = 5
SPEECH_VERB = re.compile(r"\b(said|says|stated|added)\b")
NO_MARKS_CUE = re.compile(r"According to documents filed in court|said Attorney General")
KINDS = {"direct", "direct_unmarked", "reported"}
LABEL_LINE = re.compile(
    r"^(?:(MS\. PSAKI|MR\. PRICE|SECRETARY BLINKEN|QUESTION|MODERATOR|OPERATOR"
    r"|SENIOR ADMINISTRATION OFFICIAL):|(Q)\s)",
    re.M,
)


def norm(s):
    return " ".join(s.split())


def load(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def seeded_draw(doj, excluded):
    marked = [
        r
        for r in doj
        if '"' in r["contents"] and SPEECH_VERB.search(r["contents"]) and r["url"] not in excluded
    ]
    rng = random.Random(SEED)
    order = list(range(len(marked)))
    rng.shuffle(order)
    no_marks = [
        r
        for r in doj
        if '"' not in r["contents"]
        and r["url"] not in excluded
        and NO_MARKS_CUE.search(r["contents"])
    ]
    rng2 = random.Random(SEED)
    order2 = list(range(len(no_marks)))
    rng2.shuffle(order2)
    return [marked[i]["url"] for i in order[:N_MARKED]] + [
        no_marks[i]["url"] for i in order2[:N_NO_MARKS]
    ]


def check_doj(lab, rec):
    errs = []
    if lab.get("corpus") != "doj":
        errs.append("corpus must be doj")
    if rec["title"] != lab["title"]:
        errs.append("title differs from corpus")
    if not isinstance(lab.get("reported_labelled"), bool):
        errs.append("reported_labelled must be true/false")
    c = norm(rec["contents"])
    no_marks = lab.get("pick") == "no_marks"
    if no_marks and '"' in c:
        errs.append('no-marks release contains a " mark')
    pos = 0
    for q in lab["quotes"]:
        ts = q.get("text_start")
        if not isinstance(ts, str) or not ts.strip():
            errs.append(f"empty text_start: {q!r}")
            continue
        ts = norm(ts)
        if len(ts.split()) > 12:
            errs.append(f"text_start longer than 12 words: {ts!r}")
        if q.get("kind") not in KINDS:
            errs.append(f"bad kind {q.get('kind')!r} for {ts!r}")
        if not isinstance(q.get("speaker"), str) or not q["speaker"]:
            errs.append(f"missing speaker for {ts!r}")
        if q.get("role") is not None and not isinstance(q["role"], str):
            errs.append(f"role must be string or null for {ts!r}")
        if no_marks and q.get("kind") == "direct":
            errs.append(f"direct quote in a no-marks release: {ts!r}")
        hits = [m.start() for m in re.finditer(re.escape(ts), c)]
        if not hits:
            errs.append(f"text_start not in contents: {ts!r}")
            continue
        if q.get("kind") == "direct":
            hits = [
                i for i in hits if (i >= 1 and c[i - 1] == '"') or (i >= 2 and c[i - 2 : i] == '" ')
            ]
            if not hits:
                errs.append(f'direct quote not right after a " mark: {ts!r}')
                continue
        nxt = [i for i in hits if i >= pos]
        if not nxt:
            errs.append(f"out of order: {ts!r}")
            continue
        pos = nxt[0] + 1
    return errs


def check_transcript(lab, rec):
    errs = []
    if rec["title"] != lab["title"]:
        errs.append("title differs from corpus")
    text = rec["contents"]
    lines = list(LABEL_LINE.finditer(text))
    if len(lines) != len(lab["turns"]):
        errs.append(f"{len(lines)} labelled lines in contents but {len(lab['turns'])} turns")
    spans = []
    for k, (m, t) in enumerate(zip(lines, lab["turns"], strict=False)):
        label = m.group(1) or m.group(2)
        if label != t.get("label"):
            errs.append(f"turn {k}: label {t.get('label')!r}, line starts {label!r}")
        start = m.end()
        end = lines[k + 1].start() if k + 1 < len(lines) else len(text)
        body = norm(text[start:end])
        spans.append(body)
        ts = norm(t.get("text_start") or "")
        if not ts or not body.startswith(ts):
            errs.append(f"turn {k}: text_start {ts!r} does not start the turn")
        if len(ts.split()) > 8:
            errs.append(f"turn {k}: text_start longer than 8 words")
        if t.get("speaker") is not None and not isinstance(t["speaker"], str):
            errs.append(f"turn {k}: speaker must be string or null")
        if t.get("role") is not None and not isinstance(t["role"], str):
            errs.append(f"turn {k}: role must be string or null")
        if label == "Q" and (t.get("speaker") is not None or t.get("role") != "reporter"):
            errs.append(f"turn {k}: a Q turn has speaker null, role 'reporter'")
    for iq in lab.get("inner_quotes", []):
        k = iq.get("turn")
        ts = norm(iq.get("text_start") or "")
        if not isinstance(k, int) or not 0 <= k < len(spans):
            errs.append(f"inner quote with bad turn {k!r}")
            continue
        body = spans[k]
        hits = [m.start() for m in re.finditer(re.escape(ts), body)]
        if not [i for i in hits if i > 0 and body[i - 1] in "“\"‘'"]:
            errs.append(f"inner quote not after an opening mark in turn {k}: {ts!r}")
    return errs


def main():
    failures = 0
    excluded = set()
    for p in OLD_SETS:
        if p.exists():
            with open(p, encoding="utf-8") as f:
                excluded |= {json.loads(line)["url"] for line in f if line.strip()}

    doj = load(DOJ_FILE)
    by_url = {}
    for r in doj:
        by_url.setdefault(r["url"], []).append(r)
    with open(DOJ_LABELS, encoding="utf-8") as f:
        labs = [json.loads(line) for line in f if line.strip()]
    expected = seeded_draw(doj, excluded)
    got = [lab["url"] for lab in labs]
    if got != expected:
        print("doj: releases differ from the documented seeded draw")
        failures += 1
    counts = {k: 0 for k in KINDS}
    rel_with = {k: 0 for k in KINDS}
    n_reported_labelled = 0
    for n, lab in enumerate(labs, 1):
        if lab["url"] in excluded:
            print(f"doj line {n}: release already in labels.jsonl/holdout.jsonl")
            failures += 1
        cands = by_url.get(lab["url"])
        if not cands:
            print(f"doj line {n}: url not in corpus: {lab['url']}")
            failures += 1
            continue
        errs = min((check_doj(lab, r) for r in cands), key=len)
        for e in errs:
            print(f"doj line {n} ({lab['url']}): {e}")
        failures += len(errs)
        kinds = [q.get("kind") for q in lab["quotes"]]
        for k in KINDS:
            counts[k] += kinds.count(k)
            rel_with[k] += k in kinds
        n_reported_labelled += bool(lab.get("reported_labelled"))
    print(
        f"doj: releases {len(labs)} (marked {sum(x.get('pick') == 'marked' for x in labs)},"
        f" no marks {sum(x.get('pick') == 'no_marks' for x in labs)}),"
        f" reported labelled in {n_reported_labelled}"
    )
    for k in sorted(KINDS):
        print(f"  {k:16s} {counts[k]:4d} in {rel_with[k]} releases")

    sw = {k: {} for k in SW_FILES}
    for k, p in SW_FILES.items():
        for r in load(p):
            sw[k].setdefault(r["url"], []).append(r)
    with open(TRANSCRIPTS, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            lab = json.loads(line)
            cands = sw.get(lab.get("corpus"), {}).get(lab["url"])
            if not cands:
                print(f"transcripts line {n}: url not in {lab.get('corpus')}: {lab['url']}")
                failures += 1
                continue
            errs = min((check_transcript(lab, r) for r in cands), key=len)
            for e in errs:
                print(f"transcripts line {n} ({lab['url']}): {e}")
            failures += len(errs)
            print(
                f"transcript {lab['corpus']:10s} turns {len(lab['turns']):3d}"
                f"  inner quotes {len(lab.get('inner_quotes', []))}  {lab['title'][:60]}"
            )
    print("OK" if failures == 0 else f"FAILED: {failures} problem(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
