"""Precision fixes found by auditing the claims that the fourth round of rules added on
unlabelled articles: "lay down" and "lies in" are no lying; "torpedo" is opposition, not
an attack; taking ground attacks the place taken, not the owner of what is seized; what an
object phrase is about is not backed, opposed or proposed; a clause on what a hypothetical
would be is hypothetical; an act inside what one denies or avoids is not stated; a meeting
inside what one is in favour of, or whose restoration one backs or calls for, has not
happened.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks (a negative case
that fired before the fix, and a positive case that must still fire).
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
SYMMETRIC = ("metWith", "cooperatesWith")

CASES: list[tuple[str, tuple[str, ...], set[Triple]]] = [
    # --- "lie" is negative only as telling an untruth ("lay" is lemmatized "lie")
    ("Egypt said that Sudanese rebels must stop fighting and lay down their weapons.",
     ("criticizes",), set()),
    ("Kenya said Ethiopian troops lay in wait near the border.", ("criticizes",), set()),
    ("Kenya's president said the solution lies in dialogue with Ethiopia.",
     ("criticizes",), set()),
    ("Ghana said Togo was lying about the border incident.",
     ("criticizes",), {("Ghana", "criticizes", "Togo")}),
    # --- torpedoing a plan opposes it; it attacks nobody
    ("Poland torpedoed the European Union's migration pact at the summit.",
     ("attacks", "opposes"),
     {("Poland", "opposes", "European Union"), ("Poland", "opposes", "migration pact")}),
    # --- taking ground attacks the place taken, not the owner of what is seized
    ("Canada seized Russian assets worth billions of dollars.", ("attacks",), set()),
    ("Ukrainian officials captured the attention of NATO at the summit.", ("attacks",), set()),
    ("Azerbaijani forces captured the town of Shusha in November.",
     ("attacks",), {("Azerbaijani Forces", "attacks", "Shusha")}),
    ("Moldovan marines were seized by Russian troops on the river.",
     ("attacks",), {("Russian Troops", "attacks", "Moldova")}),
    # --- a topic of the object phrase is not backed, opposed or proposed
    ("Sweden favours a tougher line on Iran, diplomats said.", ("supports",), set()),
    ("Sweden favours Finland's candidacy, diplomats said.",
     ("supports",), {("Sweden", "supports", "Finland")}),
    ("Greece contested the results of the election in Albania.", ("opposes",), set()),
    ("Greece contested Turkey's claims in the Aegean.",
     ("opposes",), {("Greece", "opposes", "Turkey")}),
    ("Macron laid out his assessment of the talks on a peace agreement.", ("proposes",), set()),
    ("Qatar laid out a peace plan on Monday.",
     ("proposes",), {("Qatar", "proposes", "peace plan")}),
    # --- a clause on what a hypothetical would be is hypothetical
    ("If the report is true, it would be the first time an attack was carried out inside "
     "Ethiopia by Eritrean forces.", ("attacks",), set()),
    ("It was the first time an attack was carried out inside Ethiopia by Eritrean forces.",
     ("attacks",), {("Eritrean Forces", "attacks", "Ethiopia")}),
    # --- a nominal act that a verb of denial or avoidance takes as its object is not stated
    ("The Sudanese army denied any links with the Wagner Group.", ("cooperatesWith",), set()),
    ("Eritrea denied any involvement in the attack on Ethiopia.", ("attacks",), set()),
    ("Sudan has links with the Wagner Group.",
     ("cooperatesWith",), {("Sudan", "cooperatesWith", "Wagner Group")}),
    ("Eritrea admitted its role in the attack on Ethiopia.",
     ("attacks",), {("Eritrea", "attacks", "Ethiopia")}),
    # --- a meeting one is in favour of, or whose restoration one backs, has not happened
    ("Egypt supported the restoration of contacts between Sudan and Chad.",
     ("metWith",), set()),
    ("The president spoke in favour of settling the dispute during direct contacts between "
     "Sudan and Chad.", ("metWith",), set()),
    ("Egypt welcomed the resumption of talks between Sudan and Chad.",
     ("metWith",), {("Chad", "metWith", "Sudan")}),
]


@pytest.mark.parametrize(("text", "relations", "want"), CASES,
                         ids=[t[:40] for t, _, _ in CASES])
def test_audit4_sentence(nlp: Language, text: str, relations: tuple[str, ...],
                         want: set[Triple]) -> None:
    assert claim_triples(nlp(text), relations, symmetric=SYMMETRIC) == want
