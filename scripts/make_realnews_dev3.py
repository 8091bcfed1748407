"""Write the realnews ``dev3`` split's texts from the two public Wikinews samples.

``dev3`` holds Wikinews stories that are not in ``../shared/corpus`` (which kept only the
stories about relations between states): stories on other subjects in which states,
leaders and armed groups still act on one another (a ruler's death and the tributes, a
bombing, an election with foreign monitors, a security alert), picked by reading them.
The sources are the ones ``../shared/corpus/README.md`` names:

- ``vanatteveldt/wikinews`` at commit 347254178bf343f3801aac1d03c41cc09c35decb,
  ``data/wikinews_2019.csv`` and ``data/wikinews_2020.csv`` (url, date, title, text);
- ``airKlizz/TextSegmentation`` at commit 4f5d15c1fdcccede5cf23794adc456f604c183b0,
  ``wikinews/train.txt`` and ``wikinews/test.data.txt`` (sentences with a mark where
  each paragraph starts; no title, date or url).

Each text is written as the other splits' are: a ``date:`` line and the title where the
source has them, then the paragraphs, blank lines between; the Wikinews dateline line
("Friday, January 4, 2019") is left out and whitespace normalized, nothing else changed.

Usage:
    python scripts/make_realnews_dev3.py CSV_2019 CSV_2020 TRAIN_TXT TEST_DATA_TXT OUT_DIR
"""

import csv
import hashlib
import re
import sys
from pathlib import Path

# Stories chosen by title (CSV) or by article number (segmentation sample).
TITLES = (
    "Turkey's President Erdogan proposes converting Hagia Sophia Museum to mosque",
    "Sultan Qaboos of Oman dies",
    "Car bomb ramming attack kills dozens at military base in Maidan Wardak, Afghanistan",
    "Stampede during funeral procession of Qasem Soleimani causes deaths, delays burial",
    "Boris Johnson elected Conservative leader, slated to be Britain's next Prime Minister",
)
NUMBERS = ("136", "386", "197", "138", "86", "245", "279", "95", "387", "230", "165", "341")
_DATELINE = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
                       r"\w+ \d{1,2}, \d{4}\s*$")


def _paragraphs(text: str) -> list[str]:
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return [p for p in paras if p and not _DATELINE.match(p)]


def _id(seed: str) -> str:
    return "wikinews-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:10]


def write_stories(csvs: tuple[Path, ...], samples: tuple[Path, ...], titles: tuple[str, ...],
                  numbers: tuple[str, ...], out: Path) -> None:
    """Write the stories named by title (from the CSVs) and by article number (from the
    segmentation samples) to ``out``, one ``<id>.txt`` each, and print a line per story:
    id, date, title or source, url (tab-separated)."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    rows = [r for f in csvs for r in csv.DictReader(f.open(encoding="utf-8"))]
    for title in titles:
        row = next(r for r in rows if r["title"] == title)
        body = "\n\n".join(_paragraphs(row["text"]))
        name = _id(row["url"])
        (out / f"{name}.txt").write_text(f"date: {row['date']}\n\n{title}\n\n{body}\n",
                                         encoding="utf-8")
        written.append((name, row["date"], title, row["url"]))
    for path in samples:
        current: str | None = None
        sample: dict[str, list[tuple[str, bool]]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if cols[0] == "Article":
                current = cols[1]
                sample.setdefault(current, [])
            elif cols[0] == "Sentence" and current is not None:
                sample[current].append((cols[2], len(cols) > 3 and cols[3] == "1"))
        for number in numbers:
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


def main(argv: list[str]) -> int:
    csv19, csv20, train, test, out = map(Path, argv)
    write_stories((csv19, csv20), (train, test), TITLES, NUMBERS, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
