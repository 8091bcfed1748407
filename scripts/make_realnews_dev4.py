"""Write the realnews ``dev4`` split's texts from the two public Wikinews samples.

``dev4`` holds Wikinews stories that are in neither ``../shared/corpus`` nor ``dev3``:
stories on politics and conflict in which states, leaders, bodies and armed groups act
on one another (a former leader's death and the tributes, an opposition rally, a bill
withdrawn after protests, air strikes and bombings, prisoners freed by a junta), picked
by reading their titles and opening sentences. The sources are the ones
``../shared/corpus/README.md`` names:

- ``vanatteveldt/wikinews`` at commit 347254178bf343f3801aac1d03c41cc09c35decb,
  ``data/wikinews_2019.csv`` and ``data/wikinews_2020.csv`` (url, date, title, text);
- ``airKlizz/TextSegmentation`` at commit 4f5d15c1fdcccede5cf23794adc456f604c183b0,
  ``wikinews/train.txt`` (sentences with a mark where each paragraph starts; no title,
  date or url).

Each text is written as the other splits' are: a ``date:`` line and the title where the
source has them, then the paragraphs, blank lines between; the Wikinews dateline line
("Friday, January 4, 2019") is left out and whitespace normalized, nothing else changed.

Usage:
    python scripts/make_realnews_dev4.py CSV_2019 CSV_2020 TRAIN_TXT OUT_DIR
"""

import csv
import hashlib
import re
import sys
from pathlib import Path

# Stories chosen by title (CSV) or by article number (segmentation sample).
TITLES = (
    "Longtime leader of Zimbabwe Robert Mugabe dies aged 95",
    "Former president of France Jacques Chirac dies aged 86",
    "Burundi President Pierre Nkurunziza dies aged 55",
    "Russia's Navalny airlifted to Germany",
    "Belarussian opposition presidential candidate Sviatlana Tsikhanouskaya holds major rally "
    "in Minsk",
    "Hong Kong leader announces withdrawal of extradition bill",
    "US President Trump says Osama bin Laden's son killed",
    "US president Trump ousts national security advisor Bolton",
)
NUMBERS = ("328", "239", "63", "334", "176", "348", "233", "178")  # in train.txt
_DATELINE = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
                       r"\w+ \d{1,2}, \d{4}\s*$")


def _paragraphs(text: str) -> list[str]:
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return [p for p in paras if p and not _DATELINE.match(p)]


def _id(seed: str) -> str:
    return "wikinews-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:10]


def main(argv: list[str]) -> int:
    csv19, csv20, train, out = map(Path, argv)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    rows = [r for f in (csv19, csv20) for r in csv.DictReader(f.open(encoding="utf-8"))]
    for title in TITLES:
        row = next(r for r in rows if r["title"] == title)
        body = "\n\n".join(_paragraphs(row["text"]))
        name = _id(row["url"])
        (out / f"{name}.txt").write_text(f"date: {row['date']}\n\n{title}\n\n{body}\n",
                                         encoding="utf-8")
        written.append((name, row["date"], title, row["url"]))
    for path in (train,):
        current: str | None = None
        sample: dict[str, list[tuple[str, bool]]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if cols[0] == "Article":
                current = cols[1]
                sample.setdefault(current, [])
            elif cols[0] == "Sentence" and current is not None:
                sample[current].append((cols[2], len(cols) > 3 and cols[3] == "1"))
        for number in NUMBERS:
            if number not in sample:
                continue
            paras: list[list[str]] = []
            for sentence, starts in sample[number]:
                if starts or not paras:
                    paras.append([])
                paras[-1].append(" ".join(sentence.split()))
            body = "\n\n".join(" ".join(p) for p in paras)
            name = _id(f"{path.name}:{number}")
            (out / f"{name}.txt").write_text(body + "\n", encoding="utf-8")
            written.append((name, "", f"({path.name} article {number})", ""))
    for name, date, title, url in written:
        print(f"{name}\t{date}\t{title}\t{url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
