"""Write the real-news dev and test splits from ../shared/corpus.

All 35 Wikinews stories and 20 Kremlin readouts chosen to spread over
regions go to ``tests/data/realnews/{dev,test}/<id>.txt`` (a ``date:`` line
where the source gives a date, the title where it has one, then the text).
The split is drawn once with a fixed seed, stratified by source: 12 Wikinews
stories and 10 Kremlin readouts for ``test``, the rest for ``dev``.

usage: python scripts/make_realnews_split.py [CORPUS_DIR]
"""

import json
import random
import sys
from pathlib import Path

KREMLIN = [  # spread over regions: Asia, Europe, Africa, Americas, Middle East, Caucasus
    "kremlin-67019", "kremlin-67287", "kremlin-67712", "kremlin-68418", "kremlin-68700",
    "kremlin-68611", "kremlin-67561", "kremlin-67487", "kremlin-67189", "kremlin-67950",
    "kremlin-67236", "kremlin-67607", "kremlin-68230", "kremlin-67587", "kremlin-68171",
    "kremlin-67798", "kremlin-67269", "kremlin-68300", "kremlin-67599", "kremlin-67907",
]
TEST_WIKINEWS, TEST_KREMLIN = 12, 10


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    records = {}
    for name in ("realnews.jsonl", "wikinews-2005-2010.jsonl"):
        for line in (corpus / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            records[rec["id"]] = rec
    wikinews = sorted(i for i in records if i.startswith("wikinews-"))
    rng = random.Random(20261129)
    test = set(rng.sample(wikinews, TEST_WIKINEWS)) | set(rng.sample(KREMLIN, TEST_KREMLIN))
    out = Path(__file__).resolve().parent.parent / "tests" / "data" / "realnews"
    for ident in wikinews + KREMLIN:
        rec = records[ident]
        head = [f"date: {rec['date']}"] if rec.get("date") else []
        if rec.get("title"):
            head.append(rec["title"])
        text = "\n\n".join(head + [p for p in rec["text"].split("\n") if p.strip()]) + "\n"
        folder = out / ("test" if ident in test else "dev")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{ident}.txt").write_text(text, encoding="utf-8")
    print(f"dev {len(wikinews) + len(KREMLIN) - len(test)}, test {len(test)}")


if __name__ == "__main__":
    main()
