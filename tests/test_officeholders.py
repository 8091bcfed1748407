"""Tests of the officeholders table (kg/data/officeholders*.csv) and its loader."""

import csv
import datetime
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from kg.errors import OntologyError
from kg.gazetteer import load_gazetteer
from kg.officeholders import SINGLE_HOLDER, Officeholders, Term, fold_name, load_officeholders

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
SHARED = ROOT.parent / "shared" / "data" / "officeholders.csv"

# Offices that several people hold at once, so that their terms overlap by design.
MULTI_HOLDER = {
    ("Andorra", "head_of_state"),                 # two co-princes
    ("San Marino", "head_of_state"),              # two captains regent
    ("Bosnia and Herzegovina", "head_of_state"),  # a three-member presidency
    ("Switzerland", "head_of_state"),             # the Federal Council
}
# Rival claimants that Wikidata lists side by side: the Taliban's emir beside the
# Republic's president, Libya's two governments, Yemen's two presidents.
DOCUMENTED = {
    ("Afghanistan", "head_of_state", "Ashraf Ghani", "Haibatullah Akhundzada"),
    ("Libya", "head_of_government", "Abdullah al-Thani", "Fayez al-Sarraj"),
    ("Yemen", "head_of_state", "Abdrabbuh Mansour Hadi", "Mahdi al-Mashat"),
}


def _rows(name: str) -> list[dict[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines(keepends=True)
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


@pytest.fixture(scope="module")
def table() -> Officeholders:
    return load_officeholders()


def test_officeholders_file_is_up_to_date(tmp_path: Path) -> None:
    if not SHARED.exists():
        pytest.skip("the shared Wikidata table is not beside this checkout")
    out = tmp_path / "officeholders.csv"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_officeholders.py"), "--out", str(out)],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == (DATA / "officeholders.csv").read_bytes(), (
        "kg/data/officeholders.csv is stale: run .venv/bin/python scripts/build_officeholders.py")


def test_officeholders_files_keep_provenance() -> None:
    shipped = (DATA / "officeholders.csv").read_text(encoding="utf-8")
    assert "CC0" in shipped.splitlines()[1] + shipped.splitlines()[2]
    assert all(row["source"].startswith("every-politician-scrapers/")
               for row in _rows("officeholders.csv"))
    extra = (DATA / "officeholders_extra.csv").read_text(encoding="utf-8")
    assert "OWN KNOWLEDGE" in extra.splitlines()[0]
    assert all(row["source"] == "team knowledge" for row in _rows("officeholders_extra.csv"))


def test_officeholders_qids_of_the_extra_file_are_the_tables() -> None:
    qids = {row["name"]: row["wikidata"] for row in _rows("officeholders.csv")}
    for row in _rows("officeholders_extra.csv"):
        if row["wikidata"]:
            assert qids.get(row["name"]) == row["wikidata"], row["name"]


def test_officeholders_actors_are_in_the_gazetteer(table: Officeholders) -> None:
    gazetteer = load_gazetteer()
    assert {t.actor for t in table.terms} <= set(gazetteer.actors)


def test_officeholders_dates_are_in_order(table: Officeholders) -> None:
    for term in table.terms:
        assert term.end is None or term.start <= term.end, term
        assert datetime.date(1950, 1, 1) <= term.start <= datetime.date.today(), term


def _overlap(a: Term, b: Term) -> bool:
    """Whether two terms overlap by more than a handover: a shared boundary day, or
    a boundary known only to the year, shared by the other term's boundary."""
    if a.start_year_only and b.start_year_only and a.start.year == b.start.year:
        return False  # both took office in one year that the table gives no days of
    a_end = a.end or datetime.date.max
    b_end = b.end or datetime.date.max
    if a_end < b.start or b_end < a.start:
        return False
    # A handover within a year that one of the two dates gives only to the year.
    if a.end is not None and (a.end_year_only or b.start_year_only) and (
            a.end.year == b.start.year):
        return False
    if b.end is not None and (b.end_year_only or a.start_year_only) and (
            b.end.year == a.start.year):
        return False
    return not (a_end == b.start or b_end == a.start)


def test_officeholders_one_holder_of_a_single_holder_office_at_a_time(
        table: Officeholders) -> None:
    by_office: dict[tuple[str, str], list[Term]] = defaultdict(list)
    for term in table.terms:
        if term.office in SINGLE_HOLDER and (term.actor, term.office) not in MULTI_HOLDER:
            by_office[(term.actor, term.office)].append(term)
    clashes = []
    for (actor, office), terms in by_office.items():
        for i, a in enumerate(terms):
            for b in terms[i + 1:]:
                if a.person == b.person:
                    continue  # split terms of one person
                if (actor, office, *sorted((a.name, b.name))) in DOCUMENTED:
                    continue
                if _overlap(a, b):
                    clashes.append(f"{actor} {office}: {a.name} {a.start}..{a.end} and "
                                   f"{b.name} {b.start}..{b.end}")
    assert not clashes, "\n".join(clashes)


@pytest.mark.parametrize(("actor", "office", "day", "name"), [
    ("Russia", "head_of_state", datetime.date(2005, 1, 1), "Vladimir Putin"),
    ("Russia", "head_of_state", datetime.date(2010, 1, 1), "Dmitry Medvedev"),
    ("Russia", "head_of_government", datetime.date(2010, 1, 1), "Vladimir Putin"),
    ("United States", "head_of_state", datetime.date(2021, 1, 10), "Donald Trump"),
    ("United States", "head_of_state", datetime.date(2021, 2, 1), "Joe Biden"),
    ("Germany", "head_of_government", datetime.date(2022, 3, 4), "Olaf Scholz"),
    ("United Nations", "head_of_organization", datetime.date(2010, 6, 1), "Ban Ki-moon"),
    ("NATO", "head_of_organization", datetime.date(2019, 6, 1), "Jens Stoltenberg"),
])
def test_officeholders_holder_on_a_day(table: Officeholders, actor: str, office: str,
                                       day: datetime.date, name: str) -> None:
    assert [p.name for p in table.holders(actor, office, day)] == [name]


def test_officeholders_offices_of_a_person(table: Officeholders) -> None:
    putin = table.find_person("Vladimir Putin")
    assert putin is not None and putin.wikidata == "http://www.wikidata.org/entity/Q7747"
    offices = {(t.actor, t.office) for t in table.terms_of(putin.id, datetime.date(2009, 1, 1))}
    assert offices == {("Russia", "head_of_government")}
    assert len(table.terms_of(putin.id)) >= 3


def test_officeholders_name_variants_are_one_person(table: Officeholders) -> None:
    erdogan = table.find_person("Recep Tayyip Erdoğan")
    assert erdogan is not None
    for variant in ("Recep Tayyip Erdogan", "recep tayyip erdoğan", "Tayyip Erdogan"):
        assert table.find_person(variant) == erdogan
    assert "Recep Tayyip Erdogan" in table.variants("Tayyip Erdoğan")
    # A hand-added row without a Q-id joins the table's person of the same name.
    assert table.find_person("Binyamin Netanyahu") == table.find_person("Benjamin Netanyahu")
    assert fold_name("Ban  Ki-Moon") == "ban ki-moon"


def test_officeholders_reject_bad_rows() -> None:
    row = {"name": "A B", "aliases": "", "wikidata": "", "actor": "Japan",
           "office": "head_of_state", "position_title": "", "position_wikidata": "",
           "start": "2020-02-30", "end": "", "note": "", "source": "x"}
    with pytest.raises(OntologyError, match="x.csv:3"):
        Officeholders([("x.csv:3", row)])
    with pytest.raises(OntologyError, match="office must be one of"):
        Officeholders([("x.csv:3", {**row, "start": "2020", "office": "king"})])
    with pytest.raises(OntologyError, match="ends"):
        Officeholders([("x.csv:3", {**row, "start": "2020", "end": "2019"})])


def _record(name: str, qid: str, country: str, office: str, start: str, end: str = "",
            snapshot: str = "2024-01-01", title: str = "President of Peru") -> dict[str, str]:
    return {"name": name, "aliases": "", "wikidata": qid, "country": country, "office": office,
            "position_title": title, "position_wikidata": "Q1", "start": start, "end": end,
            "source": f"every-politician-scrapers/x.csv@abc ({snapshot})"}


def test_build_officeholders_cleans_the_shared_table() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_officeholders import build_rows
    finally:
        sys.path.pop(0)
    records = [
        # One term split in two rows by Wikidata, and one repeated by an older snapshot.
        _record("Ana Ruiz", "Q10", "Peru", "head_of_state", "2016", "2018"),
        _record("Ana Ruiz", "Q10", "Peru", "head_of_state", "2018", "", snapshot="2019-01-01"),
        # A later holder closes the open term.
        _record("Luis Soto", "Q11", "Peru", "head_of_state", "2021-07-28"),
        # An ambassador, an entity the gazetteer lacks, a name in another script: dropped.
        _record("Eva Mar", "Q12", "Peru", "other", "2020", title="ambassador of Peru"),
        _record("Ivo Kral", "Q13", "Atlantis", "head_of_state", "2020"),
        _record("علي", "Q14", "Peru", "foreign_minister", "2020"),
        # The UN's Secretary-General heads an organization.
        _record("Kofi Annan", "Q1254", "United Nations", "other", "1997-01-01", "2006-12-31",
                title="Secretary-General of the United Nations"),
    ]
    rows = build_rows(records, load_gazetteer())
    got = [(r.name, r.actor, r.office, r.start, r.end) for r in rows]
    assert got == [
        ("Ana Ruiz", "Peru", "head_of_state", "2016", "2021-07-28"),
        ("Luis Soto", "Peru", "head_of_state", "2021-07-28", ""),
        ("Kofi Annan", "United Nations", "head_of_organization", "1997-01-01", "2006-12-31"),
    ]
    assert rows[0].note.startswith("end: start of the next holder")
