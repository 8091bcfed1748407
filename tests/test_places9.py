"""Places in wire copy: a capital followed by its own state's name is the city ("to
CAPITAL, STATE"); "the city of NAME in REGION" read by the tagger as one name is a place
in a region; a name tagged as an organization's or a facility's before ", (compass)
STATE" after a locative preposition, and a dateline's "CITY, STATE —", are places in the
state; "CITY's NAME Prison" lies in the
city (place.possessor); "X was airlifted to CITY" is a visit (place.carried_to).

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the listed relations it should give.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]

CASES: list[tuple[str, set[Triple]]] = [
    # --- "CAPITAL, STATE" after a verb of carrying: the city, visited; in its state
    ("Opposition leader John Smith was airlifted to Berlin, Germany on Saturday.",
     {("John Smith", "visited", "Berlin"), ("Berlin", "locatedIn", "Germany")}),
    ("Opposition leader John Smith was evacuated to Austria after the attack.",
     {("John Smith", "visited", "Austria")}),
    # (the active subject carries; it does not travel; a negated act gives nothing)
    ("The army airlifted John Smith to Germany.", set()),
    ("Opposition leader John Smith was not airlifted to Germany.", set()),
    # --- a possessive place
    ("Protesters gathered outside Istanbul's Dolmabahce Palace on Friday.",
     {("Dolmabahce Palace", "locatedIn", "Istanbul")}),
    # (a capital standing for its state owns its ministry: no location)
    ("Beijing's Foreign Ministry rejected the claim.", set()),
    # --- a dateline "CITY, STATE —"
    ("NAIROBI, Kenya — The talks collapsed on Monday.", {("NAIROBI", "locatedIn", "Kenya")}),
    # --- "the city of NAME in REGION" tagged as one name
    ("The patient was moved from the city of Kemerovo in Siberia to Moscow.",
     {("Kemerovo", "locatedIn", "Siberia")}),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_places9_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), ("locatedIn", "visited")) == want


def test_places9_capital_with_own_state_is_a_place(nlp: Language) -> None:
    doc = nlp("The envoy was flown to Paris, France for treatment.")
    assert ("Paris", "Place") in {(r.key, r.kind) for r in doc._.kg_refs}


def test_places9_rule_names(nlp: Language) -> None:
    doc = nlp("Protesters gathered outside Istanbul's Dolmabahce Palace on Friday.")
    assert {c.extractor for c in doc._.kg_claims if c.relation == "locatedIn"} == {
        "place.possessor"}
    doc = nlp("Opposition leader John Smith was airlifted to Austria on Saturday.")
    assert {c.extractor for c in doc._.kg_claims if c.relation == "visited"} == {
        "place.carried_to"}
