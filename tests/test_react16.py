"""Reactions in wire and Wikinews copy: UN votes on a draft named again as "the text" or
"the draft", and joining another state in a vote; a call for the release (or arrest) of
someone, who undergoes the act and is not urged; a wire dateline that opens at its date;
a headline's subjects joined by a comma alone.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
OP, SU, UR, CR = "opposes", "supports", "urges", "criticizes"

VOTES: list[tuple[str, set[Triple]]] = [
    # the bare "text" or "draft" refers back to the resolution named last
    ("The Assembly adopted a resolution drafted by Ukraine. Belarus voted against the text.",
     {("Belarus", OP, "resolution")}),
    ("The Council rejected a US resolution to extend the embargo. Russia and China voted "
     "against the draft.",
     {("Council", OP, "US resolution"), ("Russia", OP, "US resolution"),
      ("China", OP, "US resolution")}),
    # joining another in a vote: both vote
    ("The Assembly adopted a resolution drafted by Ukraine. Belarus joined Russia in voting "
     "against the resolution.",
     {("Belarus", OP, "resolution"), ("Russia", OP, "resolution")}),
    # not joining: the one joined alone
    ("The Assembly adopted a resolution drafted by Ukraine. Belarus did not join Russia in "
     "voting against the text.", {("Russia", OP, "resolution")}),
    # no resolution named before: "the text" is nothing
    ("Russia said the text was unacceptable and rejected it.", set()),
    # a statement is no resolution: "the text" does not refer back to it
    ("The EU drafted a statement on Iran. Russia rejected the text.", set()),
]


@pytest.mark.parametrize(("text", "want"), VOTES, ids=[t[:40] for t, _ in VOTES])
def test_react16_votes_on_a_draft(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (OP, SU)) == want


RELEASE: list[tuple[str, set[Triple]]] = [
    # the one to be freed is not urged
    ("Japan called for the release of Aung San Suu Kyi.", set()),
    ("The European Union called for the immediate release of Alexei Navalny.", set()),
    ("Britain demanded the release of Nazanin Zaghari-Ratcliffe.", set()),
    ("France called for the arrest of Omar al-Bashir.", set()),
    # the one who holds them is
    ("Japan called for the release of the journalists detained by Iran.",
     {("Japan", UR, "Iran")}),
    # an act of the one named: "for X's withdrawal", "demanded an explanation from X"
    ("Japan called for Israel's withdrawal from Gaza.", {("Japan", UR, "Israel")}),
    ("Angela Merkel demanded a full explanation from Saudi Arabia.",
     {("Angela Merkel", UR, "Saudi Arabia")}),
    # a question asks nothing
    ("Will Japan call for the release of Aung San Suu Kyi?", set()),
]


@pytest.mark.parametrize(("text", "want"), RELEASE, ids=[t[:40] for t, _ in RELEASE])
def test_react16_release_of_someone_urges_no_one(nlp: Language, text: str,
                                                  want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (UR,)) == want


HEADLINES: list[tuple[str, tuple[str, ...], set[Triple]]] = [
    # a dateline opening at its date: the agency takes no part
    ("July 12 (Reuters) - China on Tuesday rejected a ruling by an international tribunal.",
     (OP,), set()),
    ("BEIJING, July 12 (Reuters) - China on Tuesday criticized Japan.", (CR,),
     {("China", CR, "Japan")}),
    # a headline's subjects joined by a comma: both act, neither is the object
    ("Arab League, EU reject US recognition of Israeli sovereignty over Golan Heights",
     (OP,), {("Arab League", OP, "United States"), ("European Union", OP, "United States")}),
    # a modifier of time before the subject is no subject
    ("On Tuesday, Japan condemns North Korea", (CR,), {("Japan", CR, "North Korea")}),
]


@pytest.mark.parametrize(("text", "rels", "want"), HEADLINES,
                         ids=[t[:40] for t, _, _ in HEADLINES])
def test_react16_datelines_and_headlines(nlp: Language, text: str, rels: tuple[str, ...],
                                         want: set[Triple]) -> None:
    assert claim_triples(nlp(text), rels) == want
