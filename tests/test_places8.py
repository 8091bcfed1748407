"""Places named by what they are, and places in places: a name before a noun of a built
place ("the NAME prison in STATE", "the NAME refugee camp") is one place with its noun;
a name after "the town of" / "the DEMONYM city of" is a place (and in the state the
demonym names); "in TOWN in REGION", "to TOWN in the north of STATE" (place.in_in) says
where the town is.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every ``locatedIn`` claim it should give.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]

CASES: list[tuple[str, set[Triple]]] = [
    # --- a name and the noun of a built place are one place
    ("Two prisoners escaped from the Kandar prison in Iraq on Friday.",
     {("Kandar prison", "locatedIn", "Iraq")}),
    ("The minister met the elders at the Marvan residence in Sochi.",
     {("Marvan residence", "locatedIn", "Sochi")}),
    # --- a body's name that the tagger ran on into its city's
    ("The injured were rushed to Tamar Medical Center in Haifa.",
     {("Tamar Medical Center", "locatedIn", "Haifa")}),
    ("He was treated at the Kestrel hospital in Tripoli.",
     {("Kestrel hospital", "locatedIn", "Tripoli")}),
    # --- "TOWN, NAME Province", "CITY, two-word STATE"
    ("Gunmen stormed a school in Baghlan, Kunduz Province.",
     {("Baghlan", "locatedIn", "Kunduz Province")}),
    ("The new plant opened in Ulsan, South Korea.", {("Ulsan", "locatedIn", "South Korea")}),
    ("Smoke from the fires turned the city of Recife, Brazil dark.",
     {("Recife", "locatedIn", "Brazil")}),
    ("The pipeline will run between the gas field and Preveza, Greece.",
     {("Preveza", "locatedIn", "Greece")}),
    ("Voters in Ohio, Smith said, are tired of the war.", set()),
    # --- an unknown name described by a noun of place
    ("Qalat is a town in southern Afghanistan.", {("Qalat", "locatedIn", "Afghanistan")}),
    # --- a meeting at a place in a city is in the city too
    ("The two presidents held talks at the Marvan residence in Sochi.",
     {("talks at Marvan residence", "locatedIn", "Marvan residence"),
      ("talks at Marvan residence", "locatedIn", "Sochi"),
      ("Marvan residence", "locatedIn", "Sochi")}),
    # "talks in the town of TOWN in STATE": the town is in the state
    ("The envoys held talks in the lakeside town of Prespa in Greece.",
     {("Prespa", "locatedIn", "Greece"), ("talks", "locatedIn", "Prespa"),
      ("talks", "locatedIn", "Greece")}),
    # --- a name after a noun of place and "of"
    ("Heavy shelling was reported in the Syrian town of Tel Hamra.",
     {("Tel Hamra", "locatedIn", "Syria")}),
    # --- "in TOWN in REGION", "to TOWN in the north of STATE"
    ("Aid convoys arrived in Aleppo in the north of Syria.",
     {("Aleppo", "locatedIn", "Syria")}),
    ("The wounded were flown to Kandahar in Afghanistan.",
     {("Kandahar", "locatedIn", "Afghanistan")}),
    # a place's name that the tagger cut before its "City"
    ("The victims were taken to the Kamal Hospital in Gaza City.",
     {("Kamal Hospital", "locatedIn", "Gaza City")}),
    # (a place is not "at" another: "fired from CITY at STATE")
    ("Rockets were fired from Gaza City at Israel.", set()),
    # a capital said to be in a region is named as a place, not as its state
    ("The wounded were driven to Ramallah in the West Bank.",
     {("Ramallah", "locatedIn", "West Bank")}),
    # (a date, not a place, after the town; a negated act places nothing)
    ("The envoy arrived in Kabul in January.", set()),
    ("The convoy did not travel to Kandahar in Afghanistan.", set()),
    # (a person named before a building's noun is no place)
    ("John Smith residence staff declined to comment.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_places8_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), ("locatedIn",)) == want


def test_places8_town_of_is_a_place(nlp: Language) -> None:
    """"the town of NAME": the name is a place's, even where the tagger leaves it
    untagged or makes it a body's."""
    doc = nlp("The worst damage was in the town of Baramsar.")
    assert ("Baramsar", "Place") in {(r.key, r.kind) for r in doc._.kg_refs}


def test_places8_facility_is_a_place(nlp: Language) -> None:
    doc = nlp("Troops surrounded the Bureij refugee camp in Gaza.")
    assert ("Bureij refugee camp", "Place") in {(r.key, r.kind) for r in doc._.kg_refs}


def test_places8_capital_acting_stays_its_state(nlp: Language) -> None:
    """A capital that acts ("a crackdown by CAPITAL in REGION") stays its state."""
    doc = nlp("The crackdown by Beijing in Xinjiang drew criticism.")
    assert ("China", "State") in {(r.key, r.kind) for r in doc._.kg_refs}


def test_places8_rule_name(nlp: Language) -> None:
    doc = nlp("Aid convoys arrived in Aleppo in the north of Syria.")
    assert {c.extractor for c in doc._.kg_claims if c.relation == "locatedIn"} == {
        "place.in_in"}
