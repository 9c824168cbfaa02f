"""Check tests/quotes/sw_tune.jsonl against the State / White House corpus.

Usage: python verify_sw_tune.py [sw_tune.jsonl] [corpus_dir]

It repeats the candidate pools and the seeded draw described in README.md
(section "`sw_tune.jsonl` (tuning set)") and checks that
  - every url is in the named corpus file, with the same title,
  - no url is in labels.jsonl, holdout.jsonl, doj_holdout.jsonl, doj_tune.jsonl,
    transcripts.jsonl or transcripts_tune.jsonl, and no url occurs twice,
  - every url is in one of the three candidate pools, and the lines are in pool
    order (state, whitehouse_sr, whitehouse_ext) and, inside a pool, in the order
    of the random.Random(777) draw,
  - every text_start is an exact substring of that release's `contents`, directly
    after an opening mark (“ " or ‘), the quotes are in order of appearance, and
    text_start is what the rule gives: the first 10 whitespace tokens after the
    mark, stopping before the quote's closing mark,
  - text_start is at most 12 whitespace-separated words,
  - speaker is a non-empty string and role is a string or null.
Exits non-zero on any failure and prints the counts.
"""

import json
import random
import re
import sys
from collections import Counter

from label_corpus import FILES, HERE, paths, records

LABELS, CORPUS = paths("sw_tune.jsonl")
OTHER_LABEL_FILES = [
    "labels.jsonl",
    "holdout.jsonl",
    "doj_holdout.jsonl",
    "doj_tune.jsonl",
    "transcripts.jsonl",
    "transcripts_tune.jsonl",
]
OPENERS = '“"‘'
SEED = 777
POOL_ORDER = ["state", "whitehouse_sr", "whitehouse_ext"]

# A line that starts with a speaker label ("SECRETARY BLINKEN: text", "Q text").
# A release with two or more such lines is treated as a transcript.
LABEL_LINE = re.compile(r"^(?:[A-Z][A-Z .'’-]{0,40}[A-Z]:[ \t]+\S|Q[ \t]+\S)", re.M)


def load_corpus():
    """corpus -> list of records in file order."""
    return {corpus: list(records(CORPUS, corpus)) for corpus in FILES}


def other_urls():
    urls = set()
    for fn in OTHER_LABEL_FILES:
        with open(HERE / fn, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    urls.add(json.loads(line)["url"])
    return urls


def candidate_pools(corpus_recs, excluded):
    """The three candidate pools, each a list of records in file order.

    A record is a candidate if its url is not in another label file (first
    occurrence of a url only), contents <= 15,000 characters, it is not a
    transcript (fewer than two speaker-label lines), its title does not contain
    "remarks", and contents contain “ or ".
      state          : every State record that passes;
      whitehouse_sr  : White House records whose categories contain
                       'Statements and Releases';
      whitehouse_ext : White House records whose categories contain neither
                       'Statements and Releases' nor 'Speeches and Remarks'
                       (Presidential Actions, Legislation, Blog).
    """
    pools = {name: [] for name in POOL_ORDER}
    for corpus, recs in corpus_recs.items():
        seen = set()
        for r in recs:
            c = r["contents"]
            if r["url"] in excluded or r["url"] in seen:
                continue
            if len(c) > 15000 or len(LABEL_LINE.findall(c)) >= 2:
                continue
            if "remarks" in r["title"].lower():
                continue
            if "“" not in c and '"' not in c:
                continue
            seen.add(r["url"])
            cats = str(r["categories"])
            if corpus == "state":
                pools["state"].append(r)
            elif "Statements and Releases" in cats:
                pools["whitehouse_sr"].append(r)
            elif "Speeches and Remarks" not in cats:
                pools["whitehouse_ext"].append(r)
    return pools


def draw_order(pools):
    """url -> (pool, rank). Each pool's index list is shuffled with its own random.Random(777)."""
    order = {}
    for name in POOL_ORDER:
        idx = list(range(len(pools[name])))
        random.Random(SEED).shuffle(idx)
        for rank, i in enumerate(idx):
            order[pools[name][i]["url"]] = (name, rank)
    return order


def rule_text_start(c, i):
    """First 10 whitespace tokens after the opening mark at c[i], stopping before its closing mark."""
    s = c[i + 1 :]
    opener, closer = {"“": ("“", "”"), "‘": ("‘", "’"), '"': (None, '"')}[c[i]]
    depth, stop = 1, len(s)
    for k, ch in enumerate(s):
        if opener and ch == opener:
            depth += 1
        elif ch == closer:
            if closer == "’" and k + 1 < len(s) and s[k + 1].isalpha():
                continue  # apostrophe, not a closing mark
            depth -= 1
            if depth == 0:
                stop = k
                break
    toks = [t for t in list(re.finditer(r"\S+", s))[:10] if t.start() < stop]
    if not toks:
        return ""
    return s[toks[0].start() : min(toks[-1].end(), stop)]


def check_release(lab, recs_by_url):
    errs = []
    cands = recs_by_url.get(lab["url"], [])
    if not cands:
        return ["url not in corpus file"], []
    rec = cands[0]
    if rec["title"] != lab["title"]:
        errs.append("title differs from corpus")
    c = rec["contents"]
    pos = 0
    starts = []
    for k, q in enumerate(lab["quotes"]):
        ts = q.get("text_start")
        if not isinstance(q.get("speaker"), str) or not q["speaker"].strip():
            errs.append(f"quote {k}: empty speaker")
        if q.get("role") is not None and not isinstance(q["role"], str):
            errs.append(f"quote {k}: role must be string or null")
        if not ts:
            errs.append(f"quote {k}: empty text_start")
            continue
        if len(ts.split()) > 12:
            errs.append(f"quote {k}: text_start longer than 12 words")
        j = c.find(ts, pos)
        while j > 0 and c[j - 1] not in OPENERS:
            j = c.find(ts, j + 1)
        if j <= 0:
            where = "at all" if ts not in c else "after an opening mark, in order"
            errs.append(f"quote {k}: text_start not found {where}: {ts!r}")
            continue
        if rule_text_start(c, j - 1) != ts:
            errs.append(
                f"quote {k}: text_start is not the first 10 tokens after its mark: "
                f"{ts!r} vs {rule_text_start(c, j - 1)!r}"
            )
        starts.append(j - 1)
        pos = j + 1
    return errs, starts


def main():
    corpus_recs = load_corpus()
    by_url = {}
    for corpus, recs in corpus_recs.items():
        by_url[corpus] = {}
        for r in recs:
            by_url[corpus].setdefault(r["url"], []).append(r)
    excluded = other_urls()
    order = draw_order(candidate_pools(corpus_recs, excluded))

    with open(LABELS, encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    failures = 0
    seen = set()
    last = None
    rel, quo = Counter(), Counter()
    by_pool, by_year = Counter(), Counter()
    other_marks = 0
    for n, lab in enumerate(labels):
        errs = []
        if lab.get("corpus") not in FILES:
            errs.append(f"bad corpus {lab.get('corpus')!r}")
            print(f"line {n + 1}: {errs}")
            failures += 1
            continue
        if set(lab) != {"corpus", "url", "title", "quotes"}:
            errs.append(f"unexpected keys {sorted(lab)}")
        if lab["url"] in excluded:
            errs.append("url is also in another label file")
        if lab["url"] in seen:
            errs.append("url occurs twice")
        seen.add(lab["url"])
        if lab["url"] not in order:
            errs.append("url is not in any candidate pool")
        else:
            key = (POOL_ORDER.index(order[lab["url"]][0]), order[lab["url"]][1])
            if last is not None and key <= last:
                errs.append("line is out of pool/draw order")
            last = key
        if not lab["quotes"]:
            errs.append("no quotes")
        e2, starts = check_release(lab, by_url[lab["corpus"]])
        errs += e2
        if errs:
            failures += 1
            print(f"line {n + 1} ({lab['url']}):")
            for e in errs:
                print("   ", e)
        rec = by_url[lab["corpus"]].get(lab["url"], [None])[0]
        if rec:
            c = rec["contents"]
            marks = [m.start() for m in re.finditer('[“"]', c)]
            # straight quotes: count every other one as an opening mark
            curly = [i for i in marks if c[i] == "“"]
            straight = [i for i in marks if c[i] == '"'][::2]
            other_marks += len([i for i in curly + straight if i not in starts])
            by_year[(lab["corpus"], rec["date"][:4])] += 1
        rel[lab["corpus"]] += 1
        quo[lab["corpus"]] += len(lab["quotes"])
        if lab["url"] in order:
            by_pool[order[lab["url"]][0]] += 1

    print(f"{len(labels)} releases, {sum(quo.values())} quotes")
    for corpus in FILES:
        print(f"  {corpus:10s} releases {rel[corpus]:3d}  quotes {quo[corpus]:3d}")
    print("  by pool:", dict(by_pool))
    print("  by corpus and year:", {f"{k[0]} {k[1]}": v for k, v in sorted(by_year.items())})
    print(
        f'  opening marks “ or " in these releases that do not start a labelled quote: {other_marks}'
    )
    if failures:
        print(f"FAILED: {failures} line(s) with errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
