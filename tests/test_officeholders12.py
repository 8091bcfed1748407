"""Officeholders before 2016 and defence ministers (kg/data/officeholders_extra.csv):
the table answers who held an office on a day of the 1990s and 2000s, and a title
without its state ("President SURNAME", "Defence Minister NAME", "under President
NAME") ties the person to the state only where the table has them in that office on
the article's date.

The sentences are written for these tests; the dated ones run through the trained
pipeline (``--model``) with the article's date set as the build sets it.
"""

import datetime

import pytest
from spacy.language import Language

from kg.officeholders import Officeholders, load_officeholders
from tests.conftest import claim_triples
from tests.conftest import dated_doc as _dated

A = "affiliatedWith"
D = datetime.date


@pytest.fixture(scope="module")
def table() -> Officeholders:
    return load_officeholders()


@pytest.mark.parametrize(("actor", "office", "day", "name"), [
    ("Nigeria", "head_of_state", D(2005, 6, 1), "Olusegun Obasanjo"),
    ("Nigeria", "head_of_state", D(2009, 6, 1), "Umaru Musa Yar'Adua"),
    ("Israel", "defence_minister", D(2008, 12, 28), "Ehud Barak"),
    ("Israel", "defence_minister", D(2004, 6, 1), "Shaul Mofaz"),
    ("Israel", "head_of_government", D(2003, 6, 1), "Ariel Sharon"),
    ("France", "head_of_state", D(1990, 6, 1), "François Mitterrand"),
    ("France", "defence_minister", D(2008, 6, 1), "Hervé Morin"),
    ("Myanmar", "head_of_government", D(2004, 2, 1), "Khin Nyunt"),
    ("United Nations", "head_of_organization", D(1994, 3, 1), "Boutros Boutros-Ghali"),
    ("NATO", "head_of_organization", D(2001, 9, 13), "George Robertson"),
    ("Iran", "head_of_government", D(2001, 3, 12), "Mohammad Khatami"),
    ("Egypt", "defence_minister", D(2010, 1, 1), "Mohamed Hussein Tantawi"),
    ("United Kingdom", "defence_minister", D(2007, 3, 1), "Des Browne"),
    ("Germany", "defence_minister", D(2007, 3, 1), "Franz Josef Jung"),
    ("Japan", "defence_minister", D(2008, 1, 10), "Shigeru Ishiba"),
    ("Ukraine", "head_of_state", D(2009, 1, 5), "Viktor Yushchenko"),
    ("Pakistan", "head_of_government", D(2009, 5, 1), "Yousaf Raza Gilani"),
    ("Thailand", "head_of_government", D(2005, 3, 1), "Thaksin Shinawatra"),
])
def test_officeholders12_holder_on_a_day(table: Officeholders, actor: str, office: str,
                                         day: datetime.date, name: str) -> None:
    assert [p.name for p in table.holders(actor, office, day)] == [name]


def test_officeholders12_one_person_across_offices_and_spellings(table: Officeholders) -> None:
    barak = table.find_person("Ehud Barak")
    assert barak is not None
    offices = {(t.actor, t.office) for t in table.terms_of(barak.id, D(2000, 6, 1))}
    assert offices == {("Israel", "head_of_government"), ("Israel", "defence_minister")}
    assert table.terms_of(barak.id, D(2005, 6, 1)) == []  # out of office then
    # a spelling without diacritics, and a variant, find the same person
    mitterrand = table.find_person("François Mitterrand")
    assert mitterrand is not None and table.find_person("Francois Mitterrand") == mitterrand
    lieberman = table.find_person("Avigdor Lieberman")
    assert lieberman is not None and table.find_person("Avigdor Liberman") == lieberman
    # a surname alone finds the person
    obasanjo = [p.name for p in table.find_surname("Obasanjo")]
    assert obasanjo == ["Olusegun Obasanjo"]


def test_officeholders12_surnames_of_recent_leaders_stay_unambiguous(
        table: Officeholders) -> None:
    # an undated article reads a surname against every term: holders from before 2004
    # who share a surname or an office with a leader of the 2000s are left out where
    # they would make that leader's surname ambiguous
    assert [p.name for p in table.find_surname("Bush")] == ["George W. Bush"]
    assert [p.name for p in table.find_surname("Assad")] == ["Bashar al-Assad"]
    assert [p.name for p in table.holders("Palestine", "head_of_state")] == ["Mahmoud Abbas"]


@pytest.mark.parametrize(("text", "day", "want"), [
    # a title and a surname alone: the one of that surname in that office on the day
    ("President Obasanjo said Nigeria would send more troops to Darfur.", D(2005, 6, 1),
     {("Olusegun Obasanjo", A, "Nigeria")}),
    ("President Obasanjo said Nigeria would send more troops to Darfur.", D(2010, 6, 1),
     set()),
    # a title and a full name without the state
    ("Defence Minister Ehud Barak ordered the army to prepare for a wider operation.",
     D(2008, 12, 20), {("Ehud Barak", A, "Israel")}),
    ("Defence Minister Ehud Barak ordered the army to prepare for a wider operation.",
     D(2015, 12, 20), set()),
    ("The reforms were first tried under President Francois Mitterrand, aides said.",
     D(1991, 1, 10), {("François Mitterrand", A, "France")}),
    ("Prime Minister Khin Nyunt received the envoy in Yangon on Monday.",
     D(2004, 2, 1), {("Khin Nyunt", A, "Myanmar")}),
    ("Prime Minister Khin Nyunt received the envoy in Yangon on Monday.",
     D(2008, 2, 1), set()),
    # a title and a surname alone, on a day when two holders share the office's year
    # boundary: the one in office on that day
    ("Defence Minister Barak said the operation would go on.", D(2009, 1, 5),
     {("Ehud Barak", A, "Israel")}),
    # a surname with its particle ("de NAME") after a title
    ("President Chirac and Prime Minister de Villepin met in Paris.", D(2006, 2, 1),
     {("Jacques Chirac", A, "France"), ("Dominique de Villepin", A, "France")}),
    # one person in two offices of a state, by surname and by a short first name
    ("Foreign Minister Sikorski said the shield decision was a blow to the region.",
     D(2009, 9, 17), {("Radosław Sikorski", A, "Poland")}),
    ("Defence Minister Radek Sikorski said the talks would continue.", D(2006, 9, 17),
     {("Radosław Sikorski", A, "Poland")}),
    ("Defence Minister Radek Sikorski said the talks would continue.", D(2011, 9, 17),
     set()),
    # a one-word name wire copy uses alone
    ("Prime Minister Thaksin said the government would not accept mediation.",
     D(2005, 3, 1), {("Thaksin Shinawatra", A, "Thailand")}),
    ("Defence Minister Amir Peretz said the operation would go on.", D(2006, 7, 20),
     {("Amir Peretz", A, "Israel")}),
])
def test_officeholders12_title_without_state(nlp: Language, text: str,
                                             day: datetime.date | None,
                                             want: set[tuple[str, str, str]]) -> None:
    assert claim_triples(_dated(nlp, text, day), (A,)) == want
