"""Check the shape of variants.yaml and print its counts (python tests/speakers/verify.py)."""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
MIN_VARIANTS = 130


def main(path: Path = HERE / "variants.yaml") -> int:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors: list[str] = []
    if not isinstance(data, list):
        print("variants.yaml: top level must be a list of people")
        return 1
    ids = Counter(p.get("person") for p in data)
    errors += [f"person id not unique: {i!r}" for i, n in ids.items() if n > 1 or not i]
    seen_pairs: Counter[tuple[str, str | None]] = Counter()
    groups: defaultdict[str, set[str]] = defaultdict(set)
    names: set[str] = set()
    hand = 0
    for person in data:
        pid = person.get("person")
        extra = set(person) - {"person", "variants", "confusable", "note"}
        if extra:
            errors.append(f"{pid}: unknown keys {sorted(extra)}")
        variants = person.get("variants") or []
        if not variants:
            errors.append(f"{pid}: no variants")
        for v in variants:
            if set(v) - {"name", "role", "seen", "hand"} or not isinstance(v.get("name"), str):
                errors.append(f"{pid}: bad variant {v!r}")
                continue
            if v.get("role") is not None and not isinstance(v["role"], str):
                errors.append(f"{pid}: role must be a string or null: {v!r}")
            if v.get("hand"):
                hand += 1
                if v.get("seen") is not None:
                    errors.append(f"{pid}: hand-added variant has a seen date: {v!r}")
            elif not isinstance(v.get("seen"), dt.date):
                errors.append(f"{pid}: corpus variant needs a seen date: {v!r}")
            seen_pairs[(v["name"], v.get("role"))] += 1
            names.add(v["name"])
        for g in person.get("confusable") or []:
            groups[g].add(pid)
    errors += [f"variant listed {n} times: {k!r}" for k, n in seen_pairs.items() if n > 1]
    errors += [
        f"confusable group {g!r} has only {sorted(m)}" for g, m in groups.items() if len(m) < 2
    ]
    total = sum(len(p.get("variants") or []) for p in data)
    if total < MIN_VARIANTS:
        errors.append(f"only {total} variants (at least {MIN_VARIANTS})")
    for e in errors:
        print("ERROR:", e)
    multi = sum(1 for p in data if len(p.get("variants") or []) >= 2)
    multi_names = sum(1 for p in data if len({v["name"] for v in p.get("variants") or []}) >= 2)
    print(f"variants (name, role):        {total}")
    print(f"  distinct name strings:      {len(names)}")
    print(f"  from the corpora / by hand: {total - hand} / {hand}")
    print(f"people:                       {len(data)}")
    print(f"people with 2+ variants:      {multi}")
    print(f"people with 2+ name strings:  {multi_names}")
    print(f"confusable groups:            {len(groups)}")
    for g, m in sorted(groups.items()):
        print(f"  {g}: {', '.join(sorted(m))}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(*(Path(a) for a in sys.argv[1:])))
