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

import sys
from pathlib import Path

from make_realnews_dev3 import write_stories  # the same writing, from the same samples

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


def main(argv: list[str]) -> int:
    csv19, csv20, train, out = map(Path, argv)
    write_stories((csv19, csv20), (train,), TITLES, NUMBERS, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
