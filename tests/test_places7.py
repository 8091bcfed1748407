"""Where places, facilities and bodies are: "the STATE-based charity X", "X is based in
CITY" (place.based); "X is a port in REGION", "X, a city in STATE", "an DEMONYM port",
"CITY, the nation's third-largest city" (place.described); "the NAME region of STATE",
"the North-West Province of STATE", "STATE's NAME province" (place.region_of); and the
names that must be places or bodies for that ("NAME Hospital in CITY", "Taipei City",
"the NAME province"), while troops, meetings and people in a place stay unplaced here.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every ``locatedIn`` claim it should give.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]

CASES: list[tuple[str, set[Triple]]] = [
    # --- "-based" before a body's name; "X is based in CITY"
    ("The Kabul-based Afghan Independent Human Rights Commission published a report.",
     {("Afghan Independent Human Rights Commission", "locatedIn", "Kabul")}),
    ("On Monday, UK-based aid agency Oxfam International warned of famine in Yemen.",
     {("Oxfam International", "locatedIn", "United Kingdom")}),
    ("The Paris-based group Reporters Without Borders condemned the arrest.",
     {("Reporters Without Borders", "locatedIn", "Paris")}),
    ("The London-based Syrian Observatory for Human Rights said 20 people were killed.",
     {("Syrian Observatory", "locatedIn", "London")}),
    ("The Red Crescent office is located in Tabriz.",
     {("International Federation of Red Cross and Red Crescent Societies office", "locatedIn",
       "Tabriz")}),
    ("The Syrian Observatory for Human Rights is based in London.",
     {("Syrian Observatory", "locatedIn", "London")}),
    # (a person is not seated anywhere; nor is a body said not to be)
    ("The Paris-based journalist John Smith wrote the story.", set()),
    ("The Afghan Independent Human Rights Commission is not based in Kabul.", set()),
    # --- a place described by a noun of place
    ("Mosul is a city in northern Iraq.", {("Mosul", "locatedIn", "Iraq")}),
    ("Basra is an Iraqi port.", {("Basra", "locatedIn", "Iraq")}),
    ("Nearly 500 people were detained in Iraq during a raid on militants in Mosul, the "
     "nation's second-largest city.", {("Mosul", "locatedIn", "Iraq")}),
    ("Haifa, a port city in Israel, was hit by rockets.", {("Haifa", "locatedIn", "Israel")}),
    ("Paris is not a city in Germany.", set()),
    # --- a region named with its noun of place and its owner
    ("Rebels seized the Kurram district of Pakistan.", {("Kurram", "locatedIn", "Pakistan")}),
    ("Fighting spread to the Idlib province of Syria.", {("Idlib", "locatedIn", "Syria")}),
    ("Most of the damage was done in the North-West Province of Pakistan.",
     {("North-West Province", "locatedIn", "Pakistan")}),
    ("Turkey's Hatay province was hit by the quake.", {("Hatay", "locatedIn", "Turkey")}),
    ("Drought has ruined farms in California's Central Valley.",
     {("Central Valley", "locatedIn", "California")}),
    # (the city of a place is the place itself, not its owner)
    ("The delegation flew to the city of Basra.", set()),
    # --- names that are a facility's or a place's by their last word
    ("The wounded were taken to Barzilai Hospital in Ashkelon.",
     {("Barzilai Hospital", "locatedIn", "Ashkelon")}),
    ("Taipei City, the capital of Taiwan, hosted the rally.",
     {("Taipei City", "locatedIn", "Taiwan")}),
    # --- troops, meetings, people in a place: not located by these rules
    ("US troops in Iraq came under fire.", set()),
    ("John Smith, who lives in London, spoke to reporters.", set()),
    ("Ms Smith was in Paris last week.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_places7_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), ("locatedIn",)) == want


RULED: list[tuple[str, str]] = [
    ("The Kabul-based Afghan Independent Human Rights Commission published a report.",
     "place.based"),
    ("Mosul is a city in northern Iraq.", "place.described"),
    ("Rebels seized the Kurram district of Pakistan.", "place.region_of"),
]


@pytest.mark.parametrize(("text", "name"), RULED, ids=[n for _, n in RULED])
def test_places7_rule_names(nlp: Language, text: str, name: str) -> None:
    assert {c.extractor for c in nlp(text)._.kg_claims if c.relation == "locatedIn"} == {name}


def test_places7_meeting_is_an_event(nlp: Language) -> None:
    """A meeting in a place is an event's place (place.located), not one of these rules'."""
    doc = nlp("A meeting in Geneva was planned for March.")
    assert {(c.subject.key, c.object.key, c.extractor) for c in doc._.kg_claims
            if c.relation == "locatedIn"} == {("meeting in Geneva", "Geneva", "place.located")}
