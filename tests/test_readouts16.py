"""Who acts in a nominal that a participle gives its maker: "the proposals put forward by
X", "the strikes carried out by X", but not "the declaration read out by X", whose reader
need not be its author.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import datetime

import pytest
from spacy.language import Language

from tests.conftest import claim_triples, dated_doc

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


CALLS: list[tuple[str, set[Triple]]] = [
    # a call to act or for something is an appeal, no conversation
    ("Moscow has resisted calls by the United States to withdraw its troops.", set()),
    ("Joe Biden renewed his call on Russia to withdraw.", set()),
    # a call between or with two people is a conversation
    ("The call between Vladimir Putin and Joe Biden lasted an hour.",
     {("Joe Biden", ME, "Vladimir Putin")}),
    ("Vladimir Putin had a call with Joe Biden.", {("Joe Biden", ME, "Vladimir Putin")}),
]


@pytest.mark.parametrize(("text", "want"), CALLS, ids=[t[:40] for t, _ in CALLS])
def test_readouts16_an_appeal_is_no_call(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (ME,), symmetric=(ME,)) == want


HIT: list[tuple[str, set[Triple]]] = [
    # what a relative clause on the act says it hit
    ("The United States carried out a drone strike that killed Iranian general Qasem "
     "Soleimani in Baghdad.", {("United States", AT, "Qasem Soleimani")}),
    ("Israel launched a raid which targeted Hamas commanders.", {("Israel", AT, "Hamas")}),
    # not what it did not hit
    ("Israel launched a raid that did not hit Hamas.", set()),
    # nor where the one who speaks of it did not do it
    ("The United States condemned the attack that killed ten soldiers.", set()),
]


@pytest.mark.parametrize(("text", "want"), HIT, ids=[t[:40] for t, _ in HIT])
def test_readouts16_what_the_act_hit(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (AT,)) == want


AD, LO = "attended", "locatedIn"
PAIRS: list[tuple[str, set[Triple]]] = [
    # "the two leaders": the only two people named since the sentence before, and a
    # building named by its noun and an "of" phrase is where their talks were held
    ("Vladimir Putin arrived in Dushanbe on a working visit. At the airport, the President of "
     "Russia was welcomed by President of Tajikistan Emomali Rahmon. The two leaders held "
     "talks at the Palace of the Nation.",
     {("Vladimir Putin", AD, "talks at Palace of the Nation"),
      ("Emomali Rahmon", AD, "talks at Palace of the Nation"),
      ("talks at Palace of the Nation", LO, "Palace of the Nation")}),
    # one person named in the sentence before: "the two leaders" is a guess, so no one
    ("At the airport, Vladimir Putin was welcomed by Emomali Rahmon. Shavkat Mirziyoyev "
     "arrived later. The two leaders held talks at the Palace of the Nation.",
     {("talks at Palace of the Nation", LO, "Palace of the Nation")}),
]


@pytest.mark.parametrize(("text", "want"), PAIRS, ids=[t[:40] for t, _ in PAIRS])
def test_readouts16_the_two_named_leaders(nlp: Language, text: str, want: set[Triple]) -> None:
    # (dated: the officeholders' table names the one a title stands for)
    doc = dated_doc(nlp, text, datetime.date(2022, 6, 28))
    assert claim_triples(doc, (AD, LO)) == want


SU = "supports"
GIVEN: list[tuple[str, set[Triple]]] = [
    # thanks for aid a participle says another gave: the giver, not the one thanked
    ("Kassym-Jomart Tokayev thanked Vladimir Putin for the assistance provided by the CSTO "
     "member states at Kazakhstan's request.",
     {("Collective Security Treaty Organization", SU, "Kazakhstan")}),
    # and the participle's "to" phrase is who gets it, not the one who is grateful
    ("Andriy Yermak expressed gratitude for the security assistance provided by the United "
     "States to Ukraine.", {("United States", SU, "Ukraine")}),
    ("The aid provided by Japan to Turkey arrived on Monday.", {("Japan", SU, "Turkey")}),
    # thanks with no giver named: the one thanked gave it
    ("Kazakhstan thanked Russia for its assistance.", {("Russia", SU, "Kazakhstan")}),
]


@pytest.mark.parametrize(("text", "want"), GIVEN, ids=[t[:40] for t, _ in GIVEN])
def test_readouts16_aid_given_by_a_participle_agent(nlp: Language, text: str,
                                                    want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (SU,)) == want


CR = "criticizes"
JUDGED: list[tuple[str, set[Triple], set[Triple]]] = [
    # condemning an act of harm a participle gives its doer is aimed at the doer, not at
    # the one it strikes
    ("China condemned the sanctions imposed by the United States on Iran.",
     {("China", CR, "United States")}, {("China", CR, "Iran")}),
    ("China condemned the US sanctions on Iran.", {("China", CR, "United States")},
     {("China", CR, "Iran")}),
    # a partnership signed by states is no act of harm: the named partnership is condemned
    ("Wang Yi condemned the AUKUS security partnership signed by Canberra, London and "
     "Washington.", {("Wang Yi", CR, "AUKUS")}, set()),
]


@pytest.mark.parametrize(("text", "want", "not_want"), JUDGED,
                         ids=[t[:40] for t, _, _ in JUDGED])
def test_readouts16_condemned_act_of_a_participle_agent(
        nlp: Language, text: str, want: set[Triple], not_want: set[Triple]) -> None:
    got = claim_triples(nlp(text), (CR,))
    assert want <= got
    assert not got & not_want
