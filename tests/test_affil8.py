"""Affiliations from a body's descriptor, a government named by its leader and an aide
"one of" a leader's aides: "the head of mining company ORG, X", "the SURNAME
administration", "X, one of President Y's advisers" (and the nodes they need: a name
that the tagger takes for a person's after "the company" is the company).

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
    # --- a title "of" a body that a common noun describes
    ("The chief executive of mining company Rio Tinto, Sam Walsh, said profits fell.",
     {("Sam Walsh", A, "Rio Tinto")}),
    ("The former head of the investment bank UBS, Oswald Gruebel, spoke on Monday.",
     {("Oswald Gruebel", A, "UBS")}),
    # the name the noun describes is no person; a contact clause's subject is one
    ("He said the company Elon Musk founded was growing.", set()),
    # --- a government named by its leader (the officeholders table gives the state)
    ("The Barack Obama administration said on Monday that it would respond.",
     {("Barack Obama", A, "United States")}),
    ("The George W. Bush administration asked Congress for more money.",
     {("George W. Bush", A, "United States")}),
    # a person the table does not list heads no government it knows
    ("The Peter Holmgaard administration said on Monday that it would respond.", set()),
    # --- one of a leader's aides acts for the leader's state
    ("Ukrainian President Volodymyr Zelensky met the envoy. Andriy Yermak, one of "
     "Zelensky's aides, said the talks failed.",
     {("Volodymyr Zelenskyy", A, "Ukraine"), ("Andriy Yermak", A, "Ukraine")}),
    ("Ukrainian President Volodymyr Zelensky met the envoy. Andriy Yermak, one of "
     "Zelensky's critics, said the talks failed.",
     {("Volodymyr Zelenskyy", A, "Ukraine")}),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_affil8_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (A,)) == want


@pytest.mark.parametrize(("day", "want"), [
    (datetime.date(2007, 5, 3), {("George W. Bush", A, "United States")}),
    # a surname that headed no government on the article's date
    (datetime.date(2015, 5, 3), set()),
])
def test_affil8_surname_administration(nlp: Language, day: datetime.date,
                                       want: set[Triple]) -> None:
    text = "The Bush administration asked Congress for more money for the war."
    assert claim_triples(_dated(nlp, text, day), (A,)) == want


def test_affil8_former_administration(nlp: Language) -> None:
    doc = _dated(nlp, "The former Bush administration asked Congress for more money.",
                 datetime.date(2007, 5, 3))
    assert claim_triples(doc, (A,)) == set()
