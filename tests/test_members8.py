"""Membership stated in three more ways: a list head after the names it describes ("A and
B, both members of ORG, ..."), a membership held ("X's membership in ORG", not one sought,
opposed or awaited), and states that make up an organization ("A, B and C make up the
GROUP bloc"; "A and B form ORG").

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every ``memberOf`` claim it yields.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
M = "memberOf"

CASES: list[tuple[str, set[Triple]]] = [
    # --- names, a comma, then the list head as a second subject
    ("Egypt and Ethiopia, both members of the African Union, are at odds over the dam.",
     {("Egypt", M, "African Union"), ("Ethiopia", M, "African Union")}),
    ("Chile and Peru, members of APEC, signed the deal.",
     {("Chile", M, "APEC"), ("Peru", M, "APEC")}),
    ("Egypt and Ethiopia, two neighbours, are at odds.", set()),
    # --- a membership held
    ("Turkey's membership in NATO gives it a veto over the accession.", {("Turkey", M, "NATO")}),
    ("Poland's membership of the European Union has brought it billions.",
     {("Poland", M, "European Union")}),
    ("Russia opposes Ukraine's NATO membership.", set()),
    ("Georgia's bid for membership in the European Union was delayed.", set()),
    ("Ukraine's future membership of NATO was discussed.", set()),
    ("Serbia's membership in the European Union is not expected soon.", set()),
    # --- states that make up an organization
    ("Brazil, Russia, India, China and South Africa make up the BRICS group.",
     {(s, M, "BRICS") for s in ("Brazil", "Russia", "India", "China", "South Africa")}),
    ("Kazakhstan and Belarus form the Eurasian Economic Union with Russia.",
     {("Kazakhstan", M, "Eurasian Economic Union"), ("Belarus", M, "Eurasian Economic Union")}),
    ("Germany and France did not form the alliance.", set()),
    ("Germany and France could form a new bloc.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_members8_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (M,)) == want
