"""A text that condemns or urges speaks for whoever issued it, not for whoever voted on it.

"The assembly adopted a resolution condemning X" criticizes X for the assembly, as "X
issued a statement urging Y" urges Y for X; but one who abstains on, votes against, rejects
or backs such a text is not aimed at the one it names ("backed a motion urging Y to ..."
is no support of Y). The sentences are written for these tests; they run on the trained
pipeline (``--model``).
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]

RELATIONS = ("criticizes", "urges", "supports")

CASES: list[tuple[str, set[Triple]]] = [
    # the issuer of the text: the subject of a verb of issuing, or the text's owner
    ("The General Assembly adopted a resolution condemning Russia's invasion of Ukraine.",
     {("General Assembly", "criticizes", "Russia")}),
    ("Kenya issued a statement on Friday condemning Somalia's cross-border raids.",
     {("Kenya", "criticizes", "Somalia")}),
    ("India abstained on the UN resolution condemning Russia's invasion.",
     {("United Nations", "criticizes", "Russia")}),
    ("In a letter urging Japan to reconsider, China said the plan was dangerous.",
     {("China", "urges", "Japan")}),
    # ... not one who votes against it, rejects it or backs it
    ("China voted against a resolution condemning Russia.", set()),
    # (the motion itself, an initiative named by its complement, is backed)
    ("France backed a motion urging Israel to halt the offensive.",
     {("France", "supports", "motion")}),
    ("Brazil abstained on a draft resolution urging Venezuela to hold new elections.", set()),
    # a measure aimed at someone is still aimed at them
    ("The European Union condemned measures targeting Russian journalists.",
     {("European Union", "criticizes", "Russia")}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_texts_speak_for_their_issuer(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), RELATIONS) == want
