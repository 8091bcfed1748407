"""A bare definite title ("the president", "the prime minister", "the foreign minister")
with no owner of its own names the person named last with that title in its paragraph or
the three sentences before, so that the title's acts are that person's; but not where two
persons were named with that title close before, not a title with its own owner ("the
president of X"), a former or deputy one, one inside a quotation, one that owns a seat
("the president's office") or one that is the object of another's title ("the office of
the president"). Negated, planned, questioned and third-party acts stay as they are.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]
RELS = ("criticizes", "urges", "supports", "opposes", "visited", "metWith")
MAC = "Emmanuel Macron"
KIS = "Fumio Kishida"

CASES: list[tuple[str, set[Triple]]] = [
    # --- the one person named with the title before
    ("French President Emmanuel Macron arrived in Beijing on Wednesday. The president "
     "criticized Japan.", {(MAC, "visited", "Beijing"), (MAC, "criticizes", "Japan")}),
    ("Japanese Prime Minister Fumio Kishida arrived in Hanoi on Monday. The prime minister "
     "urged China to release the detainees.",
     {(KIS, "visited", "Hanoi"), (KIS, "urges", "China")}),
    ("Kenya hosted President Emmanuel Macron on Monday. Officials welcomed the visit. The "
     "president later condemned Russia.",
     {("Kenya", "metWith", MAC), (MAC, "criticizes", "Russia")}),
    # --- two persons with the title named close before: no one
    ("French President Emmanuel Macron met US President Joe Biden on Wednesday. The "
     "president criticized Japan.", {(MAC, "metWith", "Joe Biden")}),
    # --- a title with its own owner, a deputy, a seat, another's title
    ("French President Emmanuel Macron arrived in Beijing. The vice president criticized "
     "Japan.", {(MAC, "visited", "Beijing")}),
    ("French President Emmanuel Macron arrived in Beijing. The president's office "
     "criticized Japan.", {(MAC, "visited", "Beijing")}),
    ("French President Emmanuel Macron arrived in Beijing. An adviser to the president "
     "criticized Japan.", {(MAC, "visited", "Beijing")}),
    # --- negated, planned, questioned acts
    ("French President Emmanuel Macron arrived in Beijing. The president did not criticize "
     "Japan.", {(MAC, "visited", "Beijing")}),
    ("French President Emmanuel Macron arrived in Beijing. The president will visit Tokyo "
     "next year.", {(MAC, "visited", "Beijing")}),
    ("French President Emmanuel Macron arrived in Beijing. Will the president criticize "
     "Japan?", {(MAC, "visited", "Beijing")}),
    # --- a third party's act on the president: the object is the person
    ("French President Emmanuel Macron arrived in Beijing. Japan criticized the president.",
     {(MAC, "visited", "Beijing"), ("Japan", "criticizes", MAC)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_bare_title(nlp: Language, text: str, expected: set[Triple]) -> None:
    want = {(min(s, o), r, max(s, o)) if r == "metWith" else (s, r, o) for s, r, o in expected}
    assert claim_triples(nlp(text), RELS, symmetric=("metWith",)) == want


def test_quoted_title_names_no_one(nlp: Language) -> None:
    doc = nlp("French President Emmanuel Macron arrived in Beijing. \"The president condemned "
              "Japan,\" a Chinese diplomat said.")
    assert (MAC, "criticizes", "Japan") not in claim_triples(doc, ("criticizes",))
