"""Count the (speaker, role) strings the importer writes on the real corpora.

python tests/speakers/collect.py [OUT.tsv]   (default /tmp/speaker_counts.tsv; takes ~2 minutes)
Each row: corpus, count, speaker, role, first date, last date, first release id.
Used to pick and date the variants in variants.yaml; the output is not kept in the repo.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict

from pressreader.importers.assemble import assemble
from pressreader.importers.jsonl import DEFAULT_MAP, record_to_doc

CORPUS = "/work/shared/corpus"
FILES = {
    "doj": f"{CORPUS}/doj-opa-2009-2018/doj_press_releases_2009-2018.jsonl.gz",
    "state": f"{CORPUS}/state-whitehouse-2021-2022/state_press_releases_2021-2022.jsonl.gz",
    "wh": f"{CORPUS}/state-whitehouse-2021-2022/whitehouse_briefing_room_2021-2022.jsonl.gz",
}


def main(out: str = "/tmp/speaker_counts.tsv") -> None:
    rows = []
    for corpus, path in FILES.items():
        seen: defaultdict[tuple[str | None, str | None], list[tuple[str, str]]] = defaultdict(list)
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                release = assemble(record_to_doc(record, "origin", DEFAULT_MAP))
                for q in release.quotes:
                    seen[(q.speaker, q.role)].append(
                        (str(record.get("date"))[:10], str(record.get("id")))
                    )
        for (speaker, role), hits in seen.items():
            hits.sort()
            rows.append((corpus, len(hits), speaker, role, hits[0][0], hits[-1][0], hits[0][1]))
    rows.sort(key=lambda r: (r[0], -r[1]))
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print(f"{len(rows)} (speaker, role) pairs -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
