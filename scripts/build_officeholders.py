"""Build ``kg/data/officeholders.csv`` from the shared Wikidata table.

The input (``../shared/data/officeholders.csv``, CC0, from Wikidata by way of the
every-politician-scrapers repositories; its README gives the provenance) lists
terms of heads of state and government, foreign ministers and a few heads of
international bodies. This script keeps the rows the extractors can use and
cleans them:

- each row's state or organization is mapped to its gazetteer key (column
  ``actor``); rows of entities the gazetteer lacks (Abkhazia, Transnistria ...)
  and rows whose name has no Latin letter are dropped;
- ``other`` posts that head an international body ("Secretary-General of the
  United Nations", "Director-General of the World Trade Organization", "President
  of the International Court of Justice") become ``head_of_organization``; the
  rest of ``other`` (ambassadors, judges, deputies) is dropped;
- rows of one person in one office of one actor whose terms overlap or touch
  (Wikidata splits terms; snapshots repeat them) are merged into one term;
- an empty ``end`` means "in office on the snapshot date" (the date in
  ``source``), not today: where a later holder of a single-holder office took
  over, the open term is closed at that holder's start and ``note`` says so.

The hand-written ``kg/data/officeholders_extra.csv`` is not touched: it is the
team's own additions, read beside this table by :mod:`kg.officeholders`.

Usage::

    .venv/bin/python scripts/build_officeholders.py [--source PATH] [--out PATH]
"""

import argparse
import csv
import io
import logging
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from kg.gazetteer import Gazetteer, load_gazetteer

__all__ = ["COLUMNS", "Row", "build_rows", "main"]

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "officeholders.csv"
DEFAULT_OUT = ROOT / "kg" / "data" / "officeholders.csv"

COLUMNS = ("name", "aliases", "wikidata", "actor", "office", "position_title",
           "position_wikidata", "start", "end", "note", "source")
SINGLE_HOLDER = ("head_of_state", "head_of_government", "foreign_minister")
# Offices with more than one holder at a time, which no later holder closes.
MULTI_HOLDER = frozenset({
    ("Andorra", "head_of_state"),                 # two co-princes
    ("San Marino", "head_of_state"),              # two captains regent
    ("Bosnia and Herzegovina", "head_of_state"),  # a three-member presidency
    ("Switzerland", "head_of_state"),             # the Federal Council
})
# Posts of "other" that head an international organization or court.
_HEAD_POSTS = re.compile(
    r"^(?:Secretary-General|Director-General|President) of the "
    r"(?:United Nations|World Trade Organization|International Court of Justice)$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}-\d{2})?$")
_SNAPSHOT = re.compile(r"\((\d{4}-\d{2}-\d{2})\)\s*$")

_HEADER = (
    "# Officeholders: heads of state and government, foreign ministers and heads of\n"
    "# international bodies, with Wikidata Q-ids. Data from Wikidata (CC0 1.0), by way of\n"
    "# every-politician-scrapers (see the source column and ../shared/data/README.md).\n"
    "# GENERATED FILE: written by scripts/build_officeholders.py; do not edit by hand.\n"
    "# An empty end means in office on the snapshot date given in source, not today.\n"
)


@dataclass(frozen=True, slots=True)
class Row:
    """One term of office, as the output table writes it."""

    name: str
    aliases: str
    wikidata: str
    actor: str
    office: str
    position_title: str
    position_wikidata: str
    start: str
    end: str
    note: str
    source: str


def _key(date: str, *, end: bool = False) -> str:
    """A sortable form of a YYYY or YYYY-MM-DD date (a year sorts as its first or last day)."""
    if len(date) == 4:
        return f"{date}-12-31" if end else f"{date}-01-01"
    return date


def _touch(earlier: Row, later: Row) -> bool:
    """Whether ``later`` starts before ``earlier`` ends (or in the same year)."""
    if not earlier.end:
        return True
    return _key(later.start) <= _key(earlier.end, end=True)


def _later_end(a: str, b: str) -> str:
    if not a or not b:
        return ""
    return a if _key(a, end=True) >= _key(b, end=True) else b


def _merge(rows: list[Row]) -> list[Row]:
    """Merge the overlapping or touching terms of one person in one office."""
    rows = sorted(rows, key=lambda r: (_key(r.start), _key(r.end or "9999", end=True)))
    out: list[Row] = []
    for row in rows:
        if out and _touch(out[-1], row):
            last = out[-1]
            aliases = "; ".join(dict.fromkeys(
                a for a in (last.aliases.split("; ") + row.aliases.split("; ")) if a))
            # The more precise start of the same year wins.
            start = last.start
            if start[:4] == row.start[:4] and len(row.start) > len(start):
                start = row.start
            end = _later_end(last.end, row.end)
            if not last.end and row.end and _key(row.end, end=True) > _key(
                    _snapshot(last.source), end=True):
                end = row.end  # a newer snapshot closed the term after the older one's date
            source = row.source if _snapshot(row.source) > _snapshot(last.source) else last.source
            if end == "" and row.end == "" and last.end:
                source = row.source
            out[-1] = replace(last, aliases=aliases, start=start, end=end, source=source)
        else:
            out.append(row)
    return out


def _snapshot(source: str) -> str:
    match = _SNAPSHOT.search(source)
    return match.group(1) if match else ""


def _close_superseded(rows: list[Row]) -> list[Row]:
    """Close an open term of a single-holder office at the next holder's start."""
    by_office: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        by_office[(row.actor, row.office)].append(row)
    out: list[Row] = []
    for (actor, office), terms in by_office.items():
        if office not in SINGLE_HOLDER or (actor, office) in MULTI_HOLDER:
            out.extend(terms)
            continue
        for term in terms:
            if term.end:
                out.append(term)
                continue
            later = sorted((t for t in terms if t.wikidata != term.wikidata
                            and _key(t.start) > _key(term.start, end=True)),
                           key=lambda t: _key(t.start))
            if later:
                term = replace(term, end=later[0].start,
                               note=f"end: start of the next holder, {later[0].name}")
            out.append(term)
    return out


def _actor(gazetteer: Gazetteer, country: str) -> str | None:
    found = gazetteer.find(country)
    if found is None or found[1] != "name" or found[0].kind not in ("State", "Organization",
                                                                    "Body"):
        return None
    return found[0].key


def build_rows(records: Iterable[dict[str, str]], gazetteer: Gazetteer) -> list[Row]:
    """Clean the shared table's records into the shipped table's rows.

    Args:
        records: the rows of the shared CSV, as ``csv.DictReader`` gives them.
        gazetteer: maps the ``country`` column to actor keys.

    Returns:
        The rows, sorted by actor, office and start.

    Raises:
        ValueError: a record has a malformed date or no Q-id; the message names it.
    """
    dropped: dict[str, int] = defaultdict(int)
    groups: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for number, rec in enumerate(records, start=2):
        where = f"row {number} ({rec.get('name')!r})"
        if not re.match(r"^Q\d+$", rec["wikidata"]):
            raise ValueError(f"{where}: wikidata must be a Q-id, got {rec['wikidata']!r}")
        for column in ("start", "end"):
            if rec[column] and not _DATE.match(rec[column]):
                raise ValueError(f"{where}: {column} must be YYYY or YYYY-MM-DD, "
                                 f"got {rec[column]!r}")
        office = rec["office"]
        if office == "other" and _HEAD_POSTS.match(rec["position_title"]):
            office = "head_of_organization"
        if office == "other":
            dropped["a post that heads no state or organization"] += 1
            continue
        if not re.search(r"[A-Za-z]", rec["name"]):
            dropped["a name in a non-Latin script"] += 1
            continue
        if not rec["start"]:
            dropped["no start date"] += 1
            continue
        actor = _actor(gazetteer, rec["country"])
        if actor is None:
            dropped[f"not in the gazetteer: {rec['country']}"] += 1
            continue
        row = Row(name=rec["name"], aliases=rec["aliases"], wikidata=rec["wikidata"],
                  actor=actor, office=office, position_title=rec["position_title"],
                  position_wikidata=rec["position_wikidata"], start=rec["start"],
                  end=rec["end"], note="", source=rec["source"])
        groups[(row.wikidata, actor, office)].append(row)
    for reason, count in sorted(dropped.items()):
        log.info("dropped %d row(s): %s", count, reason)
    merged = [row for rows in groups.values() for row in _merge(rows)]
    rows = _close_superseded(merged)
    rows.sort(key=lambda r: (r.actor, r.office, _key(r.start), r.name))
    return rows


def render_csv(rows: Sequence[Row]) -> str:
    """Write the rows as CSV text, with the header comment."""
    buffer = io.StringIO()
    buffer.write(_HEADER)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([getattr(row, column) for column in COLUMNS])
    return buffer.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    """Build the shipped officeholders table.

    Args:
        argv: command-line arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 on success, 1 when the input cannot be read or is malformed.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help="the shared Wikidata table")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the CSV file to write")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        with args.source.open(encoding="utf-8", newline="") as handle:
            rows = build_rows(csv.DictReader(handle), load_gazetteer())
    except OSError as err:
        log.error("cannot read %s: %s", args.source, err)
        return 1
    except (ValueError, KeyError) as err:
        log.error("%s: %s", args.source, err)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(render_csv(rows), encoding="utf-8")
    tmp.replace(args.out)
    log.info("wrote %s: %d terms", args.out, len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
