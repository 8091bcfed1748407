"""Write the realnews ``dev5`` split's texts: Kremlin readouts of summits, council
meetings and talks that are not in ``../shared/corpus``.

The source is the one ``../shared/corpus/README.md`` names for the Kremlin items: the
public repository ``PeiYiZhuo/zelenskyy-putin`` at commit
134450b5183c05bcbaac31d87e0e0ed65d54986e, ``press_release_data/putin.csv`` (columns
link, headline, date, location, summary, body). Each item is written as the corpus
writes its Kremlin items: a ``date:`` line, the headline, then two paragraphs, the lead
(``summary``) and the body up to a transcript's ``***`` separator (also written
``* * *``), blank lines between, whitespace normalized and nothing else changed.

Usage:
    python scripts/make_realnews_dev5.py PUTIN_CSV OUT_DIR
"""

import csv
import re
import sys
from pathlib import Path

# Readouts picked by their headline and lead: multilateral summits and council
# meetings attended by several heads of state, and talks in person, of up to 500 words
# once a transcript is cut off.
NUMBERS = ("68696", "68426", "68425", "68424", "68417", "68181", "67805", "67066",
           "67044", "67040", "68564", "67098", "67373", "67244", "67682", "68494", "67568",
           "67461", "67334", "67200", "67010")


def main(argv: list[str]) -> int:
    source, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    csv.field_size_limit(1 << 30)
    rows = {r["link"].rstrip("/").rsplit("/", 1)[-1]: r
            for r in csv.DictReader(source.open(encoding="utf-8"))}
    for number in NUMBERS:
        row = rows[number]
        body = re.split(r"\*\s*\*\s*\*", row["body"])[0]
        paras = [" ".join(p.split()) for p in (row["summary"], body)]
        text = "\n\n".join([f"date: {row['date'][:10]}", " ".join(row["headline"].split())]
                           + [p for p in paras if p])
        (out / f"kremlin-{number}.txt").write_text(text + "\n", encoding="utf-8")
        print(f"kremlin-{number}\t{row['date'][:10]}\t{row['headline']}\t"
              f"https://en.kremlin.ru/events/president/news/{number}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
