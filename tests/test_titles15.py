"""Persons named after long title chains and in titled lists: "Deputy Head of the Office
of the President of STATE GIVEN SURNAME", "Minister of Foreign Affairs of the Republic of
STATE GIVEN SURNAME", "Speaker of the NAME of the Republic of STATE GIVEN SURNAME",
"Chief of the General Staff of the Armed Forces of STATE GIVEN SURNAME" (the name the NER
leaves untagged, cuts short or takes for a body), a demonym before such a title ("DEMONYM
Member of the Presidency of STATE X": the office's state, not the demonym's), a line of
such titled names after "met with", the title of the next item of a list (no
affiliation of the item before), and a portfolio the NER takes for a body ("Minister of
PORTFOLIO X"). The negatives: negated, planned, hypothetical and questioned meetings,
and a third party's meeting.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
A = "affiliatedWith"
W = "metWith"
OP = "Office of the President"

AFFILIATION: list[tuple[str, set[Triple]]] = [
    ("Deputy Head of the Office of the President of Moldova Taras Hlibenko spoke to reporters "
     "on Monday.", {("Taras Hlibenko", A, "Moldova"), ("Taras Hlibenko", A, OP)}),
    ("Minister of Foreign Affairs of the Republic of Kazakhstan Nurlan Abenov arrived on "
     "Tuesday.", {("Nurlan Abenov", A, "Kazakhstan")}),
    ("Speaker of the Saeima of the Republic of Latvia Ilze Berzina gave a speech.",
     {("Ilze Berzina", A, "Latvia")}),
    ("Chief of the General Staff of the Armed Forces of Russia Pavel Zorin inspected the "
     "troops.", {("Pavel Zorin", A, "Russian Armed Forces"), ("Pavel Zorin", A, "Russia")}),
    # a demonym before the title: the holder's people, not the office's state
    ("Croatian Member of the Presidency of Bosnia and Herzegovina Ante Kovac gave a "
     "speech.", {("Ante Kovac", A, "Bosnia and Herzegovina")}),
    # a portfolio the NER takes for a body is no employer
    ("Minister of Natural Resources and Environment Oleg Petrov gave a speech.", set()),
    # the next item's title is no title of the one before
    ("Taking part were Speaker of the Federation Council Irina Sokolova, Speaker of the "
     "State Duma Pavel Lebedev and others.",
     {("Irina Sokolova", A, "Federation Council"), ("Irina Sokolova", A, "Russia"),
      ("Pavel Lebedev", A, "State Duma"), ("Pavel Lebedev", A, "Russia")}),
]


@pytest.mark.parametrize(("text", "want"), AFFILIATION, ids=[t[:40] for t, _ in AFFILIATION])
def test_titles15_affiliation(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (A,)) == want


MEETINGS: list[tuple[str, set[Triple]]] = [
    ("Deputy Head of the Office of the President of Moldova Taras Hlibenko held talks with "
     "Prime Minister of Japan Fumio Kishida.", {("Fumio Kishida", W, "Taras Hlibenko")}),
    ("Croatian Member of the Presidency of Bosnia and Herzegovina Ante Kovac met Emmanuel "
     "Macron in Paris.", {("Ante Kovac", W, "Emmanuel Macron")}),
    # a line of titled names under the first title: each one met
    ("Emmanuel Macron met with Minister of Foreign Affairs of the Republic of Estonia Kadri "
     "Tamm, Minister of Foreign Affairs of the Republic of Latvia Janis Ozols and Minister "
     "of Foreign Affairs of the Republic of Lithuania Tomas Petraitis.",
     {("Emmanuel Macron", W, "Kadri Tamm"), ("Emmanuel Macron", W, "Janis Ozols"),
      ("Emmanuel Macron", W, "Tomas Petraitis")}),
    # negated, planned, hypothetical, questioned: no meeting
    ("Emmanuel Macron did not meet with Minister of Foreign Affairs of the Republic of "
     "Estonia Kadri Tamm.", set()),
    ("Emmanuel Macron will meet with Minister of Foreign Affairs of the Republic of Estonia "
     "Kadri Tamm next week.", set()),
    ("Emmanuel Macron may meet with Minister of Foreign Affairs of the Republic of Estonia "
     "Kadri Tamm.", set()),
    ("Did Emmanuel Macron meet with Minister of Foreign Affairs of the Republic of Estonia "
     "Kadri Tamm?", set()),
    # a third party's meeting, only reported by the titled person
    ("Deputy Head of the Office of the President of Moldova Taras Hlibenko said that "
     "Fumio Kishida had met Emmanuel Macron.", {("Emmanuel Macron", W, "Fumio Kishida")}),
]


@pytest.mark.parametrize(("text", "want"), MEETINGS, ids=[t[:40] for t, _ in MEETINGS])
def test_titles15_meetings(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (W,), symmetric=(W,)) == want
