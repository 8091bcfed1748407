"""Events, their participants and their places, on the trained pipeline.

The sentences are written for these tests (other regions and people than the
corpus). Each case checks every ``attended``, ``metWith`` and ``locatedIn``
claim of the text, so an extra claim fails as much as a missing one.
"""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.conftest import claim_triples, node_labels

pytestmark = pytest.mark.model

EVENT_RELATIONS = ("attended", "metWith", "locatedIn")

Triple = tuple[str, str, str]


def _claims(doc: Doc) -> set[Triple]:
    return claim_triples(doc, EVENT_RELATIONS, symmetric=("metWith",))


def test_events_gathered_in_the_city_of_a_named_summit(nlp: Language) -> None:
    doc = nlp("The Lome summit condemned the coup in Niger. Ghanaian Foreign Minister Kwame "
              "Mensah and his Beninese counterpart, Paul Houngbo, gathered in Lome on Friday. "
              "Burkinabe Foreign Minister Olivia Rouamba joined the talks as an observer.")
    assert _claims(doc) == {
        ("Kwame Mensah", "attended", "Lome summit"),
        ("Paul Houngbo", "attended", "Lome summit"),
        ("Kwame Mensah", "metWith", "Paul Houngbo"),
        ("Olivia Rouamba", "attended", "Lome summit"),  # "the talks" refers back
        ("Lome summit", "locatedIn", "Lome")}
    assert "the talks" in node_labels(doc, "Event")["Lome summit"]


def test_events_not_gathered_gives_nothing(nlp: Language) -> None:
    doc = nlp("The Lome summit condemned the coup in Niger. Ghanaian Foreign Minister Kwame "
              "Mensah and his Beninese counterpart, Paul Houngbo, did not gather in Lome on "
              "Friday.")
    assert _claims(doc) == {("Lome summit", "locatedIn", "Lome")}


def test_events_ceremony_named_by_what_it_is_of(nlp: Language) -> None:
    doc = nlp("On Thursday during the opening ceremony of the Danube Gateway bridge, Serbian "
              "President Aleksandar Vucic called for closer ties with Hungary.")
    assert ("Aleksandar Vučić", "attended", "opening ceremony") in _claims(doc)
    assert "opening ceremony of the Danube Gateway bridge" in node_labels(doc, "Event")[
        "opening ceremony"]


def test_events_meeting_of_a_council_is_no_event_of_its_own(nlp: Language) -> None:
    # a meeting of an organization's council may be a session of a larger summit
    doc = nlp("Jens Stoltenberg was speaking at a meeting of the North Atlantic Council.")
    assert node_labels(doc, "Event") == {}


def test_events_two_meetings_told_apart_by_their_sides(nlp: Language) -> None:
    doc = nlp("Kenya joined the trilateral meeting of Uganda, Rwanda and Burundi on May 3. "
              "During the trilateral meeting of Chile, Peru and Bolivia on June 9, the three "
              "states agreed on a water treaty.")
    labels = node_labels(doc, "Event")
    assert len(labels) == 2
    first = next(k for k, v in labels.items() if "trilateral meeting of Uganda, Rwanda and "
                 "Burundi" in v)
    second = next(k for k, v in labels.items() if "trilateral meeting of Chile, Peru and "
                  "Bolivia" in v)
    assert first != second
    got = _claims(doc)
    assert {("Chile", "attended", second), ("Peru", "attended", second),
            ("Bolivia", "attended", second), ("Kenya", "attended", first)} <= got
    assert ("Chile", "attended", first) not in got


def test_events_where_clause_participants(nlp: Language) -> None:
    doc = nlp("Leaders of the region met in Banjul for an ECOWAS summit where on Saturday "
              "Presidents Adama Barrow of Gambia and Bassirou Faye of Senegal signed a border "
              "accord.")
    assert _claims(doc) == {
        ("Adama Barrow", "attended", "ECOWAS summit"),
        ("Bassirou Faye", "attended", "ECOWAS summit"),
        ("ECOWAS summit", "locatedIn", "Banjul")}


def test_events_attended_by_a_long_list(nlp: Language) -> None:
    doc = nlp("The EAC summit opened in Arusha on Monday. The summit was attended by Kenyan "
              "President William Ruto and trade minister Rebecca Miano, Ugandan President "
              "Yoweri Museveni and trade minister Francis Mwebesa, and Tanzanian President "
              "Samia Suluhu Hassan.")
    people = ("William Ruto", "Rebecca Miano", "Yoweri Museveni", "Francis Mwebesa",
              "Samia Suluhu Hassan")
    assert _claims(doc) == {(p, "attended", "EAC summit") for p in people} | {
        ("EAC summit", "locatedIn", "Arusha")}


def test_events_talks_placed_by_their_with_phrase(nlp: Language) -> None:
    doc = nlp("Chilean President Gabriel Boric told Peruvian President Dina Boluarte about his "
              "talks with Argentine President Javier Milei in Santiago on March 4.")
    assert _claims(doc) == {
        ("Gabriel Boric", "attended", "talks"), ("Javier Milei", "attended", "talks"),
        ("Gabriel Boric", "metWith", "Javier Milei"), ("talks", "locatedIn", "Santiago"),
        ("Dina Boluarte", "metWith", "Gabriel Boric")}  # he told her: they spoke


def test_events_bare_meeting_does_not_refer_ahead(nlp: Language) -> None:
    doc = nlp("The meeting ended without a deal. On Monday the Quito summit opened.")
    assert node_labels(doc, "Event") == {"Quito summit": ["Quito summit", "the Quito summit"]}


def test_events_sides_in_the_name_are_no_place(nlp: Language) -> None:
    doc = nlp("The Russia-Africa summit opened in Sochi on Monday. Russia's trade with Africa "
              "has grown.")
    got = _claims(doc)
    assert ("Russia-Africa summit", "locatedIn", "Sochi") in got
    assert not any(o == "Africa" for _, p, o in got if p == "locatedIn")
