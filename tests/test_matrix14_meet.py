"""Cells of the meetings/visits/events probe matrix that failed and were fixed: wars named
by their place as Event objects of a stance ("opposed the Iraq war", "condemned the war in
X") whose compound is no attacker; a call taken from a caller ("received a telephone call
from X"); talks by videoconference; "greeted by" in the passive; the partners of
trilateral talks meeting each other; DEMONYM mediators as their state; a possessor's
participation in or attendance at an event; a meal given for a guest; and, as negatives, a
trip or meeting that is only planned, weighed or denied.

The sentences are written for these tests (not taken from any corpus). Each cell has a
negative case: negation, modality or a look-alike construction yields nothing.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _claims(nlp: Language, text: str, *relations: str) -> set[Triple]:
    return claim_triples(nlp(text), relations or None, symmetric=["metWith"])


def _labels(nlp: Language, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    actors = doc._.kg_actors or {}
    return {r.key: list(actors[r.key].labels) if r.key in actors else []
            for r in doc._.kg_refs if r.kind == "Event"}


# ------------------------------------------------------------ wars as stance objects
@pytest.mark.parametrize(("text", "triple"), [
    ("Spain opposed the Iraq war.", ("Spain", "opposes", "Iraq war")),
    ("Belgium condemned the war in Syria.", ("Belgium", "criticizes", "war in Syria")),
    ("Former President Jacques Chirac opposed the war in Iraq, his office said.",
     ("Jacques Chirac", "opposes", "war in Iraq")),
    ("Poland supported the U.S.-led war on Iraq.", ("Poland", "supports", "U.S.-led war")),
])
def test_matrix14_war_stance_object(nlp: Language, text: str, triple: Triple) -> None:
    assert triple in _claims(nlp, text, triple[1])


def test_matrix14_war_labels(nlp: Language) -> None:
    labels = _labels(nlp, "Poland supported the U.S.-led war on Iraq.")
    assert "U.S.-led war on Iraq" in labels.get("U.S.-led war", [])
    labels = _labels(nlp, "Belgium condemned the war in Syria.")
    assert {"war in Syria", "the war"} <= set(labels.get("war in Syria", []))


@pytest.mark.parametrize(("text", "absent"), [
    # the state compounded on the war is where it is fought: no stance on it, no attacker
    ("Spain opposed the Iraq war.", ("Spain", "opposes", "Iraq")),
    ("Students marched against the Iraq war in Madrid.", ("Iraq", "attacks", "Madrid")),
    ("Poland supported the U.S.-led war on Iraq.", ("Poland", "supports", "United States")),
])
def test_matrix14_war_not_its_place(nlp: Language, text: str, absent: Triple) -> None:
    assert absent not in _claims(nlp, text)


@pytest.mark.parametrize(("text", "relation"), [
    ("Spain did not oppose the Iraq war.", "opposes"),
    ("Brazil has refused to condemn the war in Syria.", "criticizes"),
])
def test_matrix14_war_stance_negative(nlp: Language, text: str, relation: str) -> None:
    assert not _claims(nlp, text, relation)


def test_matrix14_war_with_aggressor_stays_attack(nlp: Language) -> None:
    # "X's war in Y" names its aggressor: an attack, no event
    claims = _claims(nlp, "Russia's war in Ukraine entered its third year.")
    assert ("Russia", "attacks", "Ukraine") in claims
    assert not _labels(nlp, "Russia's war in Ukraine entered its third year.")


# ------------------------------------------------------------ a call taken from a caller
@pytest.mark.parametrize(("text", "pair"), [
    ("Vladimir Putin received a telephone call from French President Emmanuel Macron on "
     "Tuesday.", ("Emmanuel Macron", "Vladimir Putin")),
    ("Joe Biden took a phone call from Japanese Prime Minister Fumio Kishida.",
     ("Fumio Kishida", "Joe Biden")),
])
def test_matrix14_call_from(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "metWith", pair[1]) in _claims(nlp, text, "metWith")


@pytest.mark.parametrize("text", [
    "Vladimir Putin did not receive a call from Emmanuel Macron.",
    "Russia received a shipment of grain from Kazakhstan.",
])
def test_matrix14_call_from_negative(nlp: Language, text: str) -> None:
    assert not _claims(nlp, text, "metWith")


# ------------------------------------------------------------ talks by video, greeted by
@pytest.mark.parametrize(("text", "pair"), [
    ("Chinese Premier Li Qiang held a videoconference with German Chancellor Olaf Scholz "
     "on Monday.", ("Li Qiang", "Olaf Scholz")),
    ("Indian Prime Minister Narendra Modi was greeted by Russian President Vladimir Putin "
     "at the airport.", ("Narendra Modi", "Vladimir Putin")),
    ("Olaf Scholz hosted a dinner for Emmanuel Macron in Hamburg on Tuesday.",
     ("Emmanuel Macron", "Olaf Scholz")),
    ("Emmanuel Macron had lunch with Olaf Scholz in Paris.", ("Emmanuel Macron", "Olaf Scholz")),
])
def test_matrix14_met_by_video_greeting_or_meal(nlp: Language, text: str,
                                               pair: tuple[str, str]) -> None:
    assert (pair[0], "metWith", pair[1]) in _claims(nlp, text, "metWith")


@pytest.mark.parametrize("text", [
    "Chinese Premier Li Qiang will hold a videoconference with German Chancellor Olaf "
    "Scholz next week.",
    "Indian Prime Minister Narendra Modi was not greeted by Russian President Vladimir Putin.",
    "Olaf Scholz will host a dinner for Emmanuel Macron next week.",
    "Joe Biden raised money at a dinner for donors in New York.",
])
def test_matrix14_met_by_video_greeting_or_meal_negative(nlp: Language, text: str) -> None:
    assert not _claims(nlp, text, "metWith")


# ------------------------------------------------------------ trilateral talks, mediators
def test_matrix14_trilateral_partners_meet(nlp: Language) -> None:
    claims = _claims(nlp, "Joe Biden held trilateral talks with Fumio Kishida and South "
                          "Korean President Yoon Suk Yeol at Camp David.", "metWith")
    assert {("Fumio Kishida", "metWith", "Joe Biden"), ("Joe Biden", "metWith", "Yoon Suk Yeol"),
            ("Fumio Kishida", "metWith", "Yoon Suk Yeol")} <= claims


@pytest.mark.parametrize("text", [
    # separate talks: the partners need not have met each other
    "Joe Biden held separate talks with Fumio Kishida and South Korean President Yoon Suk "
    "Yeol at Camp David.",
    "Joe Biden will hold trilateral talks with Fumio Kishida and South Korean President "
    "Yoon Suk Yeol next month.",
])
def test_matrix14_trilateral_partners_negative(nlp: Language, text: str) -> None:
    assert ("Fumio Kishida", "metWith", "Yoon Suk Yeol") not in _claims(nlp, text, "metWith")


def test_matrix14_mediators_are_their_state(nlp: Language) -> None:
    claims = _claims(nlp, "Egyptian mediators held talks with Israel and Hamas in Cairo on "
                          "Sunday.", "metWith")
    assert {("Egypt", "metWith", "Israel"), ("Egypt", "metWith", "Hamas")} <= claims
    assert ("Hamas", "metWith", "Israel") not in claims


# ------------------------------------------------------------ participation, attendance
@pytest.mark.parametrize(("text", "who"), [
    ("Narendra Modi's participation in the G7 summit drew attention.", "Narendra Modi"),
    ("Luiz Inacio Lula da Silva's attendance at the G20 summit drew attention.",
     "Luiz Inácio Lula da Silva"),
])
def test_matrix14_possessor_attended(nlp: Language, text: str, who: str) -> None:
    assert any(s == who for s, _, _ in _claims(nlp, text, "attended"))


@pytest.mark.parametrize("text", [
    "Narendra Modi's participation in the G7 summit would draw attention.",
    "Narendra Modi's participation in the G7 summit was cancelled.",
])
def test_matrix14_possessor_attended_negative(nlp: Language, text: str) -> None:
    assert not _claims(nlp, text, "attended")


# ------------------------------------------------------------ trips only planned
@pytest.mark.parametrize("text", [
    "Japanese Prime Minister Fumio Kishida is planning a trip to Kyiv.",
    "Japanese Prime Minister Fumio Kishida is mulling a visit to Kyiv.",
    "Japanese Prime Minister Fumio Kishida is considering a trip to Kyiv.",
])
def test_matrix14_planned_trip_negative(nlp: Language, text: str) -> None:
    assert not _claims(nlp, text, "visited")


def test_matrix14_made_trip(nlp: Language) -> None:
    text = "Japanese Prime Minister Fumio Kishida made a trip to Kyiv on Tuesday."
    assert ("Fumio Kishida", "visited", "Kyiv") in _claims(nlp, text, "visited")


def test_matrix14_bare_war_refers_back(nlp: Language) -> None:
    # "opposed the war" after a war named by its place is that war; alone it is none
    text = "Spain opposed the Iraq war. Former Prime Minister Jose Maria Aznar, who " \
           "originally opposed the war, changed his mind."
    assert any(o == "Iraq war" for _, _, o in _claims(nlp, text, "opposes"))
    assert not _claims(nlp, "Former Prime Minister Jose Maria Aznar, who originally opposed "
                            "the war, changed his mind.", "opposes")


# ------------------------------------------------------------ two who held a summit
def test_matrix14_pair_held_summit(nlp: Language) -> None:
    text = "Vladimir Putin and Kim Jong Un held a summit at a cosmodrome in the Amur region " \
           "on Wednesday."
    assert ("Kim Jong Un", "metWith", "Vladimir Putin") in _claims(nlp, text, "metWith")


@pytest.mark.parametrize("text", [
    "Joe Biden and Fumio Kishida held the G7 summit in Hiroshima.",
    "Indonesia and Cambodia hosted the summit in Bali.",
    "Joe Biden and Xi Jinping will hold a summit next month.",
])
def test_matrix14_pair_held_summit_negative(nlp: Language, text: str) -> None:
    assert not _claims(nlp, text, "metWith")


# ------------------------------------------------------------ "his DEMONYM counterpart NAME"
@pytest.mark.parametrize(("text", "pair", "state"), [
    ("Sergei Lavrov met his Turkish counterpart Hakan Fidan in Moscow.",
     ("Hakan Fidan", "Sergey Lavrov"), "Turkey"),
    ("Antony Blinken met with his Chinese counterpart, Wang Yi, in Beijing.",
     ("Antony Blinken", "Wang Yi"), "China"),
])
def test_matrix14_counterpart_named_after(nlp: Language, text: str, pair: tuple[str, str],
                                          state: str) -> None:
    claims = _claims(nlp, text, "metWith")
    assert (pair[0], "metWith", pair[1]) in claims
    assert not any(state in (s, o) for s, _, o in claims)  # the person, not the state


@pytest.mark.parametrize(("text", "absent"), [
    # the name after the comma is the speaker, not the title
    ("China criticized Japanese officials, Wang Yi said.", ("China", "criticizes", "Wang Yi")),
    ("Vladimir Putin met his Turkish counterpart, Hakan Fidan said.",
     ("Hakan Fidan", "metWith", "Vladimir Putin")),
])
def test_matrix14_counterpart_named_after_negative(nlp: Language, text: str,
                                                   absent: Triple) -> None:
    assert absent not in _claims(nlp, text)


# ------------------------------------------------------------ "the talks held by X with Y"
@pytest.mark.parametrize(("text", "pairs"), [
    ("The two presidents reviewed the talks held by Vladimir Putin with Kassym-Jomart "
     "Tokayev in Astana.", {("Kassym-Jomart Tokayev", "Vladimir Putin")}),
    ("The ministers welcomed the contacts held by Emmanuel Macron and Olaf Scholz with the "
     "leaders of Armenia and Azerbaijan.",
     {("Armenia", "Emmanuel Macron"), ("Azerbaijan", "Olaf Scholz")}),
])
def test_matrix14_talks_held_by_with(nlp: Language, text: str,
                                     pairs: set[tuple[str, str]]) -> None:
    claims = _claims(nlp, text, "metWith")
    assert {(a, "metWith", b) for a, b in pairs} <= claims


@pytest.mark.parametrize("text", [
    "The two presidents discussed the talks to be held by Vladimir Putin with Kassym-Jomart "
    "Tokayev next week.",
    "There were no talks held by Vladimir Putin with Kassym-Jomart Tokayev.",
])
def test_matrix14_talks_held_by_with_negative(nlp: Language, text: str) -> None:
    assert not _claims(nlp, text, "metWith")


# ------------------------------------------------------------ "X was VERBed after arriving in Y"
@pytest.mark.parametrize(("text", "triple"), [
    ("Opposition leader Imran Khan was welcomed by supporters after arriving in Lahore.",
     ("Imran Khan", "visited", "Lahore")),
    ("Benazir Bhutto was greeted by thousands of supporters hours after landing in Karachi.",
     ("Benazir Bhutto", "visited", "Karachi")),
])
def test_matrix14_passive_then_arrival(nlp: Language, text: str, triple: Triple) -> None:
    assert triple in _claims(nlp, text, "visited")


def test_matrix14_passive_then_arrival_negative(nlp: Language) -> None:
    # the agent of the passive did not arrive
    claims = _claims(nlp, "Imran Khan was welcomed by Nawaz Sharif after arriving in Lahore.",
                     "visited")
    assert ("Nawaz Sharif", "visited", "Lahore") not in claims
    assert not _claims(nlp, "Imran Khan was welcomed by supporters before leaving for "
                            "Lahore.", "visited")
