"""A speaker's own side, known from the officeholders' table where the text gives no
title: what a minister reports of the state they serve ("X refused ..., said NAME") is
no criticism of it, while what they say of another state still is.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
CR = "criticizes"

OWN_SIDE: list[tuple[str, set[Triple]]] = [
    ("Moscow refused to recognize the election results, said Sergey Lavrov.", set()),
    ("China refused to condemn the attack, Wang Yi said.", set()),
    ("Washington is undermining the talks, Sergey Lavrov said.",
     {("Sergey Lavrov", CR, "United States")}),
    ("Beijing is provoking tensions in the region, Antony Blinken said.",
     {("Antony Blinken", CR, "China")}),
]


@pytest.mark.parametrize(("text", "want"), OWN_SIDE, ids=[t[:40] for t, _ in OWN_SIDE])
def test_review15_own_side_from_the_table(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (CR,)) == want


AT = "attacks"
ENDED_WARS: list[tuple[str, set[Triple]]] = [
    ("The United States decided to help end the war in Donbas.", set()),
    ("Egypt helped settle the conflict between Israel and Hamas.", set()),
    # the war's own side still wages it
    ("Turkey worked to halt the Russian attacks on Ukraine.", {("Russia", AT, "Ukraine")}),
    ("Turkey worked to halt Russia's attacks on Ukraine.", {("Russia", AT, "Ukraine")}),
    ("Russia ended its offensive on Kharkiv.", {("Russia", AT, "Kharkiv")}),
    ("Israel continued its war against Hamas.", {("Israel", AT, "Hamas")}),
]


@pytest.mark.parametrize(("text", "want"), ENDED_WARS, ids=[t[:40] for t, _ in ENDED_WARS])
def test_review15_who_ends_a_war_did_not_wage_it(nlp: Language, text: str,
                                                  want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (AT,)) == want
