"""A subject pronoun opening a sentence continues the topic of the sentence before: when
that sentence's main clause has a person as its subject, "he" or "she" names that person
before the person it names as an object ("X met Y on Monday. He urged ...": X), unless
the pronoun is "she" and only the one named last is known (by a title or a given name)
to be a woman. Other slots keep the last person named, and a sentence whose subject is
no person leaves the pronoun to the person named last. Hand-written texts, on the
trained pipeline.
"""

import pytest
from spacy.language import Language

from tests.conftest import refs_covering

pytestmark = pytest.mark.model

# (text, pronoun, which occurrence of it (0 = first), the key it must resolve to)
CASES: list[tuple[str, str, int, str]] = [
    # the subject of the sentence before, not its object
    ("Antony Blinken met Wang Yi in Beijing on Monday. He urged China to restrain North "
     "Korea.", "He", 0, "Antony Blinken"),
    ("Vladimir Putin received Narendra Modi at the Kremlin on Tuesday. He later attended a "
     "state dinner.", "He", 0, "Vladimir Putin"),
    ("Catherine Colonna telephoned Penny Wong on Friday. She said the talks were useful.",
     "She", 0, "Catherine Colonna"),
    # ... unless only the one named last is known to agree ("Penny" names a woman)
    ("Annalena Baerbock telephoned Penny Wong on Friday. She said the talks were useful.",
     "She", 0, "Penny Wong"),
    # the owner of the subject ("His talks ...") continues the topic as well
    ("Emmanuel Macron welcomed Olaf Scholz in Paris. His remarks drew criticism from Moscow.",
     "His", 0, "Emmanuel Macron"),
    # sex decides where a title or given name tells it: "she" is not "Joe" named as subject
    ("Joe Biden met Giorgia Meloni at the White House. She praised the United States.",
     "She", 0, "Giorgia Meloni"),
    # a sentence whose subject is no person: the person named last
    ("China summoned Nicholas Burns on Monday. He rejected the protest.", "He", 0,
     "Nicholas Burns"),
    # "he": a man known by his given name as object does not beat an unknown subject
    ("Narendra Modi met Joe Biden on Friday. He also held talks with Anthony Albanese.",
     "He", 0, "Narendra Modi"),
    # an object pronoun is not its own clause's subject: the last one named
    ("Recep Tayyip Erdogan hosted Ilham Aliyev in Ankara. Mr Erdogan praised him.", "him", 0,
     "Ilham Aliyev"),
]


@pytest.mark.parametrize(("text", "surface", "nth", "key"), CASES, ids=[c[0][:50] for c in CASES])
def test_pronoun_antecedent(nlp: Language, text: str, surface: str, nth: int, key: str) -> None:
    assert refs_covering(nlp(text), surface, nth) == {(key, "Person")}


def test_urging_goes_to_the_subject(nlp: Language) -> None:
    """The claim the pronoun carries is the earlier subject's, not the object's."""
    doc = nlp("Antony Blinken met Wang Yi in Beijing on Monday. He urged China to restrain "
              "North Korea.")
    urges = {(c.subject.key, c.object.key) for c in doc._.kg_claims if c.relation == "urges"}
    assert urges == {("Antony Blinken", "China")}
