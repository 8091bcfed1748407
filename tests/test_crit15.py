"""Criticism in reported speech and in verbs of attacking said of words: a verb of attacking
with an issue, a label or a reason ("attacked X over/for/as ...") criticizes X; a reported
clause whose act is done in a manner judged bad ("with contempt", "in an unlawful way",
"illegally") criticizes its subject; and the false criticisms of a quote that names a
victim: the subject of a verb of bearing or countering harm ("X is facing terrorist
attacks") and the possessor or "of" phrase of a noun of harm suffered ("X's murder is
unacceptable") are not criticized.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relation it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
K = "criticizes"
A = "attacks"

CASES: list[tuple[str, set[Triple]]] = [
    # --- a verb of attacking said of words: an issue, a reason, a label
    ("Angela Merkel met Emmanuel Macron. Merkel attacked Macron over his pension reform.",
     {("Angela Merkel", K, "Emmanuel Macron")}),
    ("Angela Merkel met Emmanuel Macron. Macron attacked Merkel for blocking the budget deal.",
     {("Emmanuel Macron", K, "Angela Merkel")}),
    ("Angela Merkel met Emmanuel Macron. Merkel attacked Macron as a weak negotiator.",
     {("Angela Merkel", K, "Emmanuel Macron")}),
    # (negated, modal, or a question: nothing)
    ("Angela Merkel met Emmanuel Macron. Merkel did not attack Macron over his pension reform.",
     set()),
    ("Angela Merkel met Emmanuel Macron. Merkel may attack Macron over his pension reform.",
     set()),
    # (an armed attack on a state stays an attack, no criticism)
    ("Iraq attacked Kuwait over the weekend.", set()),
    # --- a reported act done in a manner judged bad
    ('"Russia treats the rule of law with utter contempt," said Gabriel Boric.',
     {("Gabriel Boric", K, "Russia")}),
    ('"The Chinese authorities chose to break up the protests in a grossly unlawful way," '
     "Dina Boluarte said.", {("Dina Boluarte", K, "China")}),
    ("Nicolas Maduro said the Colombian army had crossed the border illegally.",
     {("Nicolás Maduro", K, "Colombian Army")}),
    # (denied, passive, or a third party's plan: nothing)
    ("Nicolas Maduro said the Colombian authorities had not acted in an unlawful way.", set()),
    ("Nicolas Maduro said the Colombian envoys were treated with contempt.", set()),
    # --- a victim named in a critical quote is not criticized
    ('"Chile is facing terrorist attacks, so every security measure is understandable," said '
     "Gabriel Boric.", set()),
    ('"Peru has suffered brutal repression for decades," Dina Boluarte said.', set()),
    ("\"Pedro Castillo's arrest is unacceptable,\" said Gustavo Petro.", set()),
    ('"The killing of Pedro Castillo was a crime," said Gustavo Petro.', set()),
    # (the doer of the harm is still criticized)
    ('"Peru is waging an illegal war," said Gustavo Petro.', {("Gustavo Petro", K, "Peru")}),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_crit15_criticizes(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (K,)) == want


ATTACKS: list[tuple[str, set[Triple]]] = [
    # a verb of attacking said of words is no armed attack; an armed one still is
    ("Angela Merkel met Emmanuel Macron. Merkel attacked Macron over his pension reform.",
     set()),
    ("Iraq attacked Kuwait over the weekend.", {("Iraq", A, "Kuwait")}),
]


@pytest.mark.parametrize(("text", "want"), ATTACKS, ids=[t[:40] for t, _ in ATTACKS])
def test_crit15_attacks(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (A,)) == want
