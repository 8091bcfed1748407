"""Who acts in a nominal that a participle gives its maker: "the proposals put forward by
X", "the strikes carried out by X", but not "the declaration read out by X", whose reader
need not be its author.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
PR, AT, ME = "proposes", "attacks", "metWith"

MAKERS: list[tuple[str, tuple[str, ...], set[Triple]]] = [
    ("The Chinese side supports the proposals put forward by the Russian Federation to create "
     "security guarantees in Europe.", (PR,),
     {("Russia", PR, "security guarantees"), ("Russia", PR, "proposals")}),
    ("China backed the plan drawn up by Egypt to rebuild Gaza.", (PR,),
     {("Egypt", PR, "plan")}),
    ("China condemned the strikes carried out by Israel on Gaza.", (AT,),
     {("Israel", AT, "Gaza Strip")}),
    # a reader is no author: the parties of the declaration still met
    ("In a joint declaration read out by Ralph Gonsalves, Nicolas Maduro and Irfaan Ali "
     "committed to peace.", (PR,), set()),
    # a participle that is denied makes nothing
    ("China rejected the plan, which was never put forward by Egypt.", (PR,), set()),
]


@pytest.mark.parametrize(("text", "rels", "want"), MAKERS, ids=[t[:40] for t, _, _ in MAKERS])
def test_readouts16_participle_agent_makes_the_act(nlp: Language, text: str,
                                                   rels: tuple[str, ...],
                                                   want: set[Triple]) -> None:
    assert claim_triples(nlp(text), rels) == want
