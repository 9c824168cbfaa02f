"""Check tests/figures/running_labels.jsonl against the DOJ and State / White House corpora.

Usage: python verify_running_labels.py [running_labels.jsonl] [corpus_root]

For every label it checks that
  - the fields are present and well typed (quantities have a numeric value and a unit,
    non-quantities have value/unit/qualifier/sign null; `kind` is a known category),
  - the url is in the corpus file named by `corpus` (exactly once),
  - `para` is a paragraph of `contents` split on blank lines ("\\n\\n"),
  - `token` occurs in that paragraph, not glued to a neighbouring letter or digit,
    preceded by exactly the words in `left` (the last len(left.split()) whitespace-
    separated words before it), and that this position is unique,
  - no two labels point at the same position.
It also checks that the labelled paragraphs are complete (every digit in each labelled
paragraph lies inside some labelled token) and that the labelled paragraphs are exactly
the first rounds of the seeded sample described in README.md (pass --no-sample to skip
that part).
Exits non-zero on any failure and prints the counts.
"""

import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
CHECK_SAMPLE = "--no-sample" not in sys.argv
LABELS = Path(ARGS[0]) if ARGS else HERE / "running_labels.jsonl"
ROOT = Path(ARGS[1]) if len(ARGS) > 1 else Path(__file__).resolve().parents[3] / "shared/corpus"
FILES = {  # order matters for the seeded sample
    "doj": "doj-opa-2009-2018/doj_press_releases_2009-2018.jsonl.gz",
    "state": "state-whitehouse-2021-2022/state_press_releases_2021-2022.jsonl.gz",
    "whitehouse": "state-whitehouse-2021-2022/whitehouse_briefing_room_2021-2022.jsonl.gz",
}
SEED = 20250117
QUANTITY_KINDS = {"count", "money", "percent", "measure"}
OTHER_KINDS = {
    "date",
    "year",
    "time",
    "ordinal",
    "age",
    "phone",
    "legal_ref",
    "name",
    "address",
    "page_section",
    "version",
    "enumerator",
    "idiom",
    "other",
}
FIELDS = [
    "corpus",
    "url",
    "para",
    "token",
    "left",
    "quantity",
    "value",
    "unit",
    "qualifier",
    "sign",
    "kind",
]

# --- the seeded paragraph sample (see README.md) ---------------------------------
LIST_LINE = re.compile(r"^\s*(- |[•*] |\(?\d+[.)] |\([a-z]\) )", re.M)


def eligible(p):
    return bool(
        re.search(r"\d", p)
        and not LIST_LINE.search(p)
        and " | " not in p
        and len(p.split()) >= 12
        and re.search(r"[.!?][\"”’)]?\s*$", p.strip())
    )


def sample(records):
    """records: {corpus: [record, ...]} in file order -> {corpus: [(url, para), ...]}."""
    rng = random.Random(SEED)
    out = {}
    for corpus in FILES:
        recs = records[corpus]
        n = Counter(r["url"] for r in recs)
        if corpus == "whitehouse":
            recs = [r for r in recs if "Statements and Releases" in r["categories"]]
        recs = sorted((r for r in recs if n[r["url"]] == 1), key=lambda r: r["url"])
        rng.shuffle(recs)
        picked = []
        for r in recs:
            paras = r["contents"].split("\n\n")
            idx = [i for i, p in enumerate(paras) if eligible(p)]
            if idx:
                picked.append((r["url"], rng.choice(idx)))
        out[corpus] = picked
    return out


# --- locating tokens ---------------------------------------------------------------
def clean_bounds(p, s, e):
    if s > 0 and p[s - 1].isalnum():
        return False
    if e < len(p):
        if p[e].isalnum():
            return False
        if p[e] in ".," and e + 1 < len(p) and p[e + 1].isdigit():
            return False
    return True


def left_of(p, s, nwords):
    return " ".join(p[:s].split()[-nwords:]) if nwords else ""


def positions(p, token, left):
    n = len(left.split())
    return [
        s
        for s in range(len(p))
        if p.startswith(token, s)
        and clean_bounds(p, s, s + len(token))
        and left_of(p, s, n) == left
    ]


def check_fields(lab):
    errs = [f"missing field {f!r}" for f in FIELDS if f not in lab]
    if errs:
        return errs
    if not isinstance(lab["para"], int) or lab["para"] < 0:
        errs.append("para must be a non-negative int")
    if not isinstance(lab["token"], str) or not lab["token"].strip():
        errs.append("empty token")
    if not isinstance(lab["left"], str):
        errs.append("left must be a string")
    if lab["sign"] not in (None, "+", "-"):
        errs.append(f"bad sign {lab['sign']!r}")
    if lab["quantity"] is True:
        if lab["kind"] not in QUANTITY_KINDS:
            errs.append(f"quantity with kind {lab['kind']!r}")
        v = lab["value"]
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            errs.append(f"quantity needs a numeric value, got {v!r}")
        if not isinstance(lab["unit"], str) or not lab["unit"]:
            errs.append("quantity needs a unit")
        if lab["qualifier"] is not None and not isinstance(lab["qualifier"], str):
            errs.append("qualifier must be string or null")
    elif lab["quantity"] is False:
        if lab["kind"] not in OTHER_KINDS:
            errs.append(f"non-quantity with kind {lab['kind']!r}")
        for f in ("value", "unit", "qualifier", "sign"):
            if lab[f] is not None:
                errs.append(f"non-quantity must have {f} null")
    else:
        errs.append("quantity must be true or false")
    return errs


def main():
    records = {}
    for corpus, rel in FILES.items():
        with gzip.open(ROOT / rel, "rt", encoding="utf-8") as f:
            records[corpus] = [json.loads(line) for line in f]
    by_url = {c: {} for c in FILES}
    for c, recs in records.items():
        for r in recs:
            by_url[c].setdefault(r["url"], []).append(r)

    failures = 0

    def fail(msg):
        nonlocal failures
        failures += 1
        print("FAIL", msg)

    labels = []
    with open(LABELS, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if line.strip():
                labels.append((lineno, json.loads(line)))

    used = {}  # (corpus, url, para) -> list of (start, end)
    for lineno, lab in labels:
        errs = check_fields(lab)
        if lab.get("corpus") not in FILES:
            errs.append(f"bad corpus {lab.get('corpus')!r}")
        if errs:
            for e in errs:
                fail(f"line {lineno}: {e}")
            continue
        cands = by_url[lab["corpus"]].get(lab["url"], [])
        if len(cands) != 1:
            fail(f"line {lineno}: url found {len(cands)} times in {lab['corpus']}: {lab['url']}")
            continue
        paras = cands[0]["contents"].split("\n\n")
        if lab["para"] >= len(paras):
            fail(f"line {lineno}: para {lab['para']} out of range ({len(paras)} paragraphs)")
            continue
        p = paras[lab["para"]]
        hits = positions(p, lab["token"], lab["left"])
        if not hits:
            fail(
                f"line {lineno}: MISSING token {lab['token']!r} after {lab['left']!r} "
                f"in para {lab['para']} of {lab['url']}"
            )
            continue
        if len(hits) > 1:
            fail(
                f"line {lineno}: AMBIGUOUS token {lab['token']!r} after {lab['left']!r} "
                f"({len(hits)} positions)"
            )
            continue
        span = (hits[0], hits[0] + len(lab["token"]))
        key = (lab["corpus"], lab["url"], lab["para"])
        if any(a < span[1] and span[0] < b for a, b in used.get(key, [])):
            fail(f"line {lineno}: token {lab['token']!r} overlaps another label")
        used.setdefault(key, []).append(span)

    # completeness: every digit of a labelled paragraph is inside a labelled token
    for (corpus, url, para), spans in used.items():
        p = by_url[corpus][url][0]["contents"].split("\n\n")[para]
        for m in re.finditer(r"\d", p):
            if not any(a <= m.start() < b for a, b in spans):
                ctx = p[max(0, m.start() - 25) : m.start() + 10].replace("\n", " ")
                fail(f"unlabelled digit in para {para} of {url}: …{ctx}…")
                break

    # the labelled paragraphs are the first k rounds of the seeded sample
    if CHECK_SAMPLE:
        s = sample(records)
        got = {(c, u, i) for c, u, i in used}
        rounds = 1 + max(k for c in FILES for k, (u, i) in enumerate(s[c]) if (c, u, i) in got)
        want = {(c, u, i) for c in FILES for (u, i) in s[c][:rounds]}
        for x in sorted(want - got):
            fail(f"sampled paragraph (round < {rounds}) has no labels: {x}")
        for x in sorted(got - want):
            fail(f"labelled paragraph is not in the first {rounds} sample rounds: {x}")
        print(f"sample:     seed {SEED}, {rounds} rounds x 3 corpora = {len(want)} paragraphs")

    labs = [lab for _, lab in labels]
    q = [x for x in labs if x.get("quantity") is True]
    print(f"paragraphs: {len(used)}")
    print(f"tokens:     {len(labs)} {dict(Counter(x.get('corpus') for x in labs))}")
    print(f"digit tokens: {sum(bool(re.search(r'[0-9]', x.get('token', ''))) for x in labs)}")
    print(f"quantities: {len(q)} {dict(Counter(x.get('kind') for x in q))}")
    print(
        f"other:      {len(labs) - len(q)} "
        f"{dict(Counter(x.get('kind') for x in labs if x.get('quantity') is not True))}"
    )
    print("OK" if failures == 0 else f"FAILED: {failures} problem(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
