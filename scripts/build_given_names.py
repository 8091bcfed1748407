"""Build ``kg/data/given_names.txt``: given names that mark a span as a person.

spaCy's small English model tags many non-English personal names as
organizations or places ("Nikos Christodoulides" as ORG, "Greta Berlin" as
Berlin the city). :mod:`kg.extract.mentions` takes such a span for a person
when its first word is a known given name. The list is the union of:

- the given names of the 1990 United States Census (``dist.male.first`` and
  ``dist.female.first``; a work of the U.S. government, in the public domain),
  the most frequent ``--census-top`` of each; the files ship with the ``names``
  package on PyPI (MIT), which the script reads when installed
  (``pip install names==0.3.0``), or pass ``--census DIR``;
- the first words of every name and alias in the officeholder tables
  (``kg/data/officeholders.csv``, Wikidata, CC0, and the team's
  ``officeholders_extra.csv``), which cover politicians world-wide.

Names that are also gazetteer names or demonyms ("Jordan", "Georgia",
"Israel") or common English words ("Will", "May", "Grant") are left out.

It also writes ``kg/data/given_name_sex.txt``: the census names borne mostly by one
sex (a share of the men at least ``SEX_RATIO`` times its share of the women, or the
reverse), which tell "he" from "she" when the text gives no title ("Ms", "Mr").

Usage::

    .venv/bin/python scripts/build_given_names.py [--census DIR] [--out PATH]
"""

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.gazetteer import load_gazetteer  # noqa: E402
from kg.officeholders import fold_name  # noqa: E402

# Given names that are everyday English words or titles, and so no evidence.
COMMON_WORDS = {
    "abu", "amber", "april", "art", "august", "autumn", "baron", "bill", "bin", "black",
    "brown", "central", "chief", "crystal", "dawn", "dean", "del", "don", "duke", "earl",
    "east", "emir", "faith", "fort", "frank", "general", "golden", "grace", "grant", "gray",
    "green", "grey", "guy", "hall", "honey", "hope", "ibn", "ivory", "jack", "jade", "joy",
    "june", "king", "lady", "lane", "long", "lord", "love", "major", "mark", "may", "merry",
    "miss", "new", "north", "page", "pearl", "port", "prince", "ray", "rich", "rose", "ruby",
    "said", "saint", "san", "santa", "sheikh", "sky", "south", "star", "sterling", "sultan",
    "summer", "sunny", "united", "van", "von", "ward", "west", "white", "will", "winter",
    "young",
}


SEX_RATIO = 4.0  # a name this many times more frequent among one sex marks that sex
# Census names of one sex in the U.S. but of the other, or a surname, elsewhere: no
# evidence of sex in world news (a Korean surname first, a French or Italian man's name).
OTHER_SEX_ELSEWHERE = {
    "andrea", "camille", "carol", "claude", "daniele", "dominique", "gabriele", "jean",
    "kim", "lee", "michele", "nicola", "noel", "park", "rene", "sasha", "simone",
}


def census_sexes(folder: Path, top: int) -> dict[str, str]:
    """The most frequent ``top`` names of each census list borne mostly by one sex."""
    share: dict[str, list[float]] = {}
    for column, file in enumerate(("dist.male.first", "dist.female.first")):
        with open(folder / file, encoding="ascii") as fh:
            for n, line in enumerate(fh):
                if n >= top:
                    break
                name, percent = line.split()[:2]
                share.setdefault(name.lower(), [0.0, 0.0])[column] = float(percent)
    out: dict[str, str] = {}
    for name, (male, female) in share.items():
        if male >= SEX_RATIO * female:
            out[name] = "m"
        elif female >= SEX_RATIO * male:
            out[name] = "f"
    return out


def census_names(folder: Path, top: int) -> set[str]:
    names: set[str] = set()
    for file in ("dist.male.first", "dist.female.first"):
        with open(folder / file, encoding="ascii") as fh:
            for n, line in enumerate(fh):
                if n >= top:
                    break
                names.add(line.split()[0].lower())
    return names


def officeholder_names(*tables: Path) -> set[str]:
    names: set[str] = set()
    for table in tables:
        with open(table, encoding="utf-8") as fh:
            rows = csv.DictReader(line for line in fh if not line.startswith("#"))
            for row in rows:
                for name in [row["name"], *row.get("aliases", "").split(";")]:
                    words = name.split()
                    if len(words) >= 2 and re.fullmatch(r"[^\W\d_][\w'-]+", words[0]):
                        names.add(fold_name(words[0]).lower())
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--census", type=Path, help="folder with dist.male.first and "
                        "dist.female.first (default: the installed 'names' package)")
    parser.add_argument("--census-top", type=int, default=1500)
    parser.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "given_names.txt")
    parser.add_argument("--sex-out", type=Path,
                        default=ROOT / "kg" / "data" / "given_name_sex.txt")
    args = parser.parse_args()
    folder = args.census
    if folder is None:
        try:
            import names  # type: ignore[import-not-found]
        except ImportError:
            sys.exit("build_given_names: pass --census DIR or pip install names==0.3.0")
        folder = Path(names.__file__).parent
    data = ROOT / "kg" / "data"
    found = census_names(folder, args.census_top) | officeholder_names(
        data / "officeholders.csv", data / "officeholders_extra.csv")
    gaz = load_gazetteer()
    keep = sorted(n for n in found if len(n) > 2 and n not in COMMON_WORDS
                  and gaz.find(n.title()) is None)
    header = ("# Given names: a span the NER tagged ORG or GPE that starts with one is a person.\n"
              "# Built by scripts/build_given_names.py from the 1990 U.S. Census given names\n"
              "# (public domain) and the first names of kg/data/officeholders*.csv (Wikidata,\n"
              "# CC0; team additions). One lower-case name per line; do not edit by hand.\n")
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    tmp.replace(args.out)
    print(f"wrote {len(keep)} names to {args.out}")
    sexes = census_sexes(folder, args.census_top)
    rows = sorted(f"{n} {x}" for n, x in sexes.items()
                  if len(n) > 2 and n not in COMMON_WORDS | OTHER_SEX_ELSEWHERE)
    header = ("# Given names borne mostly by one sex: NAME m|f, one a line. Built by\n"
              "# scripts/build_given_names.py from the 1990 U.S. Census given names (public\n"
              f"# domain): a name {SEX_RATIO:g} times as frequent among one sex as among the\n"
              "# other. Do not edit by hand.\n")
    tmp = args.sex_out.with_suffix(".tmp")
    tmp.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    tmp.replace(args.sex_out)
    print(f"wrote {len(rows)} names to {args.sex_out}")


if __name__ == "__main__":
    main()
