"""Affiliations in wire copy's short forms: a news outlet's reporter ("CNN's NAME"), a
party named as its leader's ("NAME's PARTY"), an office without its state before or
beside the name ("former president NAME", "under President NAME", "the current
president, NAME", "NAME, who is the secretary of state": the officeholders table gives
the state), and a title compound with its body ("Retired FBI agent NAME").

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every ``affiliatedWith`` claim it yields.
"""

import datetime

import pytest
from spacy.language import Language

from tests.conftest import claim_triples
from tests.conftest import dated_doc as _dated

Triple = tuple[str, str, str]
A = "affiliatedWith"

CASES: list[tuple[str, set[Triple]]] = [
    # --- a name possessed by the body it works for
    ("CNN's Dan Rivers reported from the scene on Tuesday.", {("Dan Rivers", A, "CNN")}),
    # the person possesses something else: no affiliation with it
    ("Biden's remarks on NATO angered Moscow.", set()),
    # --- a party named as its leader's (not a state: rhetoric)
    ("Benjamin Netanyahu's Likud party lost two seats in the vote.",
     {("Benjamin Netanyahu", A, "Likud")}),
    ("Putin's Russia is more isolated than ever.", set()),
    # --- a past office, on any date, where the table gives one state
    ("Former president Nicolas Sarkozy said the plan was flawed.",
     {("Nicolas Sarkozy", A, "France")}),
    ("The treaty was drafted under President George W. Bush, officials said.",
     {("George W. Bush", A, "United States")}),
    # a person the table does not list
    ("Former president Piet Holmgaard said the plan was flawed.", set()),
    # --- an office beside the name, with no state named
    ("The vote was called by the current president, Alexander Lukashenko.",
     {("Alexander Lukashenko", A, "Belarus")}),
    # his deputy: not the office itself
    ("The vote was called by his deputy, Alexander Lukashenko.", set()),
    # --- the founder of a body acts for it; "found" the past of "find" does not
    ("The Muslim Brotherhood, founded by Hassan al-Banna in 1928, was banned.",
     {("Hassan al-Banna", A, "Muslim Brotherhood")}),
    ("Police found Ahmed Karimi at the Interior Ministry.", set()),
    # --- a title compound with its body
    ("Retired FBI agent and terrorism specialist Ali Soufan said the group was weak.",
     {("Ali Soufan", A, "Federal Bureau of Investigation"), ("Ali Soufan", A, "United States")}),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_affil9_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (A,)) == want


@pytest.mark.parametrize(("day", "want"), [
    (datetime.date(2019, 5, 3), {("Mike Pompeo", A, "United States")}),
    # not secretary of state on the article's date
    (datetime.date(2023, 5, 3), set()),
])
def test_affil9_relative_clause_office(nlp: Language, day: datetime.date,
                                       want: set[Triple]) -> None:
    text = "The deal was signed by Mike Pompeo who is the secretary of state."
    assert claim_triples(_dated(nlp, text, day), (A,)) == want


def test_affil9_former_office_any_date(nlp: Language) -> None:
    # "former" reads the table on any date, not the article's
    doc = _dated(nlp, "Former president Nicolas Sarkozy criticized the plan.",
                 datetime.date(2023, 5, 3))
    assert claim_triples(doc, (A,)) == {("Nicolas Sarkozy", A, "France")}
