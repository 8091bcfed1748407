"""State visits and trips abroad as wire copy tells them: a call paid on someone ("X
called on President Y", "X paid a courtesy call on Y": the two met, no appeal), a
continent's demonym after a word of direction ("South American leaders": no state), a
joint communiqué written with its accent.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
ME, UR, AD, CO = "metWith", "urges", "attended", "cooperatesWith"

CALLS: list[tuple[str, set[Triple]]] = [
    # a call paid on a person, nothing asked of them: a visit
    ("Indonesian Foreign Minister Retno Marsudi called on Prime Minister Nguyen Xuan Phuc "
     "at his office in Hanoi on Tuesday.",
     {("Retno Marsudi", ME, "Nguyen Xuan Phuc")}),
    ("Retno Marsudi called on Prime Minister Nguyen Xuan Phuc and President Nguyen Phu "
     "Trong.",
     {("Retno Marsudi", ME, "Nguyen Xuan Phuc"), ("Retno Marsudi", ME, "Nguyen Phu Trong")}),
    ("Retno Marsudi paid a courtesy call on President Joko Widodo at the palace.",
     {("Retno Marsudi", ME, "Joko Widodo")}),
    # an appeal: a clause of what to do, a "for" phrase, a state called on
    ("Retno Marsudi called on Prime Minister Nguyen Xuan Phuc to release the fishermen.",
     {("Retno Marsudi", UR, "Nguyen Xuan Phuc")}),
    ("Retno Marsudi called on Prime Minister Nguyen Xuan Phuc for restraint.",
     {("Retno Marsudi", UR, "Nguyen Xuan Phuc")}),
    ("Retno Marsudi called on Vietnam and China.",
     {("Retno Marsudi", UR, "Vietnam"), ("Retno Marsudi", UR, "China")}),
    # a call not paid, or still to come: nothing
    ("Retno Marsudi did not call on Prime Minister Nguyen Xuan Phuc.", set()),
    ("Retno Marsudi will call on Prime Minister Nguyen Xuan Phuc on Friday.", set()),
    ("Will Retno Marsudi call on Prime Minister Nguyen Xuan Phuc?", set()),
]


@pytest.mark.parametrize(("text", "want"), CALLS, ids=[t[:40] for t, _ in CALLS])
def test_visits16_call_paid_on_someone(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (ME, UR)) == want


REGIONS: list[tuple[str, set[Triple]]] = [
    # a continent's demonym after a word of direction names no state
    ("Central American presidents gathered in Managua for the summit.", set()),
    ("South American leaders gathered in Santiago for the summit.", set()),
    # a state's own demonym of two words does
    ("South African President Thabo Mbeki and South Korean President Moon Jae-in gathered "
     "in Managua for the summit.",
     {("Thabo Mbeki", AD, "summit"), ("Moon Jae-in", AD, "summit")}),
]


@pytest.mark.parametrize(("text", "want"), REGIONS, ids=[t[:40] for t, _ in REGIONS])
def test_visits16_region_demonym_is_no_state(nlp: Language, text: str,
                                             want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (AD,)) == want


COMMUNIQUES: list[tuple[str, set[Triple]]] = [
    ("Wen Jiabao and Angela Merkel signed a joint communiqué on the strategic partnership.",
     {("Wen Jiabao", CO, "Angela Merkel")}),
    # a third party reporting it signs nothing; a communiqué not signed agrees nothing
    ("Xinhua said Wen Jiabao and Angela Merkel did not sign a joint communiqué.", set()),
]


@pytest.mark.parametrize(("text", "want"), COMMUNIQUES, ids=[t[:40] for t, _ in COMMUNIQUES])
def test_visits16_joint_communique(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (CO,)) == want
