"""syntax.in_name: an "in" phrase inside a capitalised name is no place of the event."""

import pytest
from spacy.language import Language

from kg.extract.syntax import in_name

pytestmark = pytest.mark.model


def _in_after(nlp: Language, text: str, head: str) -> bool:
    """in_name for the "in" that follows the word ``head``."""
    doc = nlp(text)
    word = next(t for t in doc if t.text == head)
    prep = next(t for t in doc[word.i:] if t.lower_ == "in")
    return in_name(word.i + 1, prep)


def test_in_name_inside_a_capitalised_name(nlp: Language) -> None:
    assert _in_after(nlp, "Kenya attended the Conference on Security and Cooperation in "
                          "Europe.", "Conference")
    assert _in_after(nlp, "Kenya attended the Summit on Trade and Investment in Africa on "
                          "Monday.", "Summit")


def test_in_name_not_after_a_common_noun_or_a_place(nlp: Language) -> None:
    # the head is no name: "the meeting of A and B in CITY" is placed in CITY
    assert not _in_after(nlp, "Kenya and Uganda attended the meeting of Kenya and Uganda in "
                              "Nairobi.", "meeting")
    # a state inside the phrase ends the name: "the Conference on STATE in CITY"
    assert not _in_after(nlp, "Kenya attended the Conference on Afghanistan in Moscow.",
                         "Conference")


def test_meeting_of_two_states_is_placed(nlp: Language) -> None:
    doc = nlp("Kenya and Uganda attended the meeting of Kenya and Uganda in Nairobi.")
    placed = {(c.subject.key, c.object.key) for c in doc._.kg_claims if c.relation == "locatedIn"}
    assert any(obj == "Nairobi" for _, obj in placed), placed
