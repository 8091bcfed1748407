"""Political crises abroad as news tells them: one politician the ally of another ("X, a
close ally of Y"); a group named by a name of its own before a group noun ("the NAME
alliance", "the ACRONYM opposition coalition"), which refers back to no organization named
before; a party named after a person ("the GIVEN SURNAME Bloc"), which is no person; an
"it" in a report after a verb with an object ("criticised the N and warned that it ..."),
which is that thing, not an actor named before; another's call rejected ("rejected calls for
talks"), which the subject does not propose; a person's own party named beside the noun
("X's party, the NAME", "X, whose NAME Party ..."), which the person is affiliated with.

The texts are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import datetime

import pytest
from spacy.language import Language

from tests.conftest import claim_triples, dated_doc, node_labels

Triple = tuple[str, str, str]
CO, AF, CR, UR = "cooperatesWith", "affiliatedWith", "criticizes", "urges"
DAY = datetime.date(2009, 7, 1)

ALLIES: list[tuple[str, set[Triple]]] = [
    ("Soldiers arrested President Manuel Zelaya. Venezuelan President Hugo Chávez, a close "
     "ally of Zelaya, blamed the military.", {("Hugo Chávez", CO, "Manuel Zelaya")}),
    ("President Manuel Zelaya was arrested. Hugo Chávez is a close ally of Zelaya.",
     {("Hugo Chávez", CO, "Manuel Zelaya")}),
    ("President Manuel Zelaya, an ally of Venezuelan President Hugo Chávez, was ousted on "
     "Sunday.", {("Hugo Chávez", CO, "Manuel Zelaya")}),
    # a former ally, a denied one, one that may come to be, a question: no tie now
    ("President Manuel Zelaya, a former ally of Hugo Chávez, was ousted.", set()),
    ("President Manuel Zelaya is not an ally of Hugo Chávez.", set()),
    ("President Manuel Zelaya could become an ally of Hugo Chávez.", set()),
    ("Is President Manuel Zelaya an ally of Hugo Chávez?", set()),
    # a critic is no ally; a third party's ally is the third party's
    ("President Manuel Zelaya, a critic of Hugo Chávez, said that Chávez is an ally of "
     "Fidel Castro.", {("Fidel Castro", CO, "Hugo Chávez")}),
]


@pytest.mark.parametrize(("text", "want"), ALLIES, ids=[t[:40] for t, _ in ALLIES])
def test_crisis16_one_politician_the_ally_of_another(nlp: Language, text: str,
                                                      want: set[Triple]) -> None:
    assert claim_triples(dated_doc(nlp, text, DAY), (CO,), symmetric=(CO,)) == want


NAMED_GROUPS: list[tuple[str, set[Triple]]] = [
    # a group named before its noun is not the organization named before
    ("The Organization of American States released an audit. Opposition leader Carlos "
     "Mesa, of the Civic Community alliance, called the resignation the end of tyranny.",
     {("Carlos Mesa", AF, "Civic Community")}),
    ("ECOWAS condemned the coup. The M5-RFP opposition coalition, led by imam Mahmoud "
     "Dicko, welcomed the resignation.", set()),
    # "the alliance", "the NATO alliance": the organization named
    ("NATO leaders met on Monday. The alliance urged Russia to withdraw its troops.",
     {("NATO", UR, "Russia")}),
    ("NATO leaders met on Monday. The NATO alliance urged Russia to withdraw its troops.",
     {("NATO", UR, "Russia")}),
]


@pytest.mark.parametrize(("text", "want"), NAMED_GROUPS, ids=[t[:40] for t, _ in NAMED_GROUPS])
def test_crisis16_named_group_noun_refers_back_to_no_one(nlp: Language, text: str,
                                                         want: set[Triple]) -> None:
    assert claim_triples(dated_doc(nlp, text, DAY), (AF, UR, "leads")) == want


def test_crisis16_party_named_after_a_person_is_a_group(nlp: Language) -> None:
    doc = dated_doc(nlp, "Prime Minister Yulia Tymoshenko refused to accept the result. "
                    "Tymoshenko's party, the Yulia Tymoshenko Bloc, said it would challenge "
                    "the result in court.", DAY)
    assert "Yulia Tymoshenko Bloc" in node_labels(doc, "Organization")
    assert "Yulia Tymoshenko Bloc" not in node_labels(doc, "Person")
    # its own challenge of the result is no criticism of anyone
    assert claim_triples(doc, (CR,)) == set()
    # a possessor is no name: "NAME's Bloc" is the person's group, not a name of it
    doc = dated_doc(nlp, "Yulia Tymoshenko's Bloc said it would challenge the result.", DAY)
    assert "Yulia Tymoshenko" in node_labels(doc, "Person")


THING_IT: list[tuple[str, set[Triple]]] = [
    # "it" after a verb with an object: that thing
    ("The European Union expressed concern over the loss of life. Thaksin Shinawatra "
     "criticised the crackdown and warned that it could lead to guerrilla warfare.", set()),
    ("The European Union expressed concern. Thaksin Shinawatra condemned the decision, "
     "saying it was a violation of the constitution.", set()),
    # an object that names an actor's act: the actor
    ("Thaksin Shinawatra criticised Russia's decision and said it was illegal.",
     {("Thaksin Shinawatra", CR, "Russia")}),
    # "it" with no object before: the actor named before
    ("Russia deployed troops on Monday. Thaksin Shinawatra said it was violating the "
     "ceasefire.", {("Thaksin Shinawatra", CR, "Russia")}),
]


@pytest.mark.parametrize(("text", "want"), THING_IT, ids=[t[:40] for t, _ in THING_IT])
def test_crisis16_it_after_an_object_is_the_thing(nlp: Language, text: str,
                                                  want: set[Triple]) -> None:
    assert claim_triples(dated_doc(nlp, text, DAY), (CR,)) == want


CALLS: list[tuple[str, set[Triple]]] = [
    # another's call or proposal, rejected or criticized: the subject proposes nothing
    ("Raila Odinga has rejected calls for talks with Mwai Kibaki.", set()),
    ("Raila Odinga rejected the proposal for talks with Mwai Kibaki.", set()),
    # one's own call, renewed: the subject proposes it
    ("Raila Odinga renewed calls for talks with Mwai Kibaki.",
     {("Raila Odinga", "proposes", "talks")}),
]


@pytest.mark.parametrize(("text", "want"), CALLS, ids=[t[:40] for t, _ in CALLS])
def test_crisis16_rejected_call_is_anothers(nlp: Language, text: str,
                                            want: set[Triple]) -> None:
    assert claim_triples(dated_doc(nlp, text, DAY), ("proposes",)) == want


OWN_PARTY: list[tuple[str, set[Triple]]] = [
    ("Prime Minister Yulia Tymoshenko lost. Tymoshenko's party, the Yulia Tymoshenko Bloc, "
     "said it would challenge the result.",
     {("Yulia Tymoshenko", AF, "Yulia Tymoshenko Bloc")}),
    ("Viktor Yanukovych won. The Party of Regions, Yanukovych's party, welcomed the result.",
     {("Viktor Yanukovych", AF, "Party of Regions")}),
    ("Viktor Yanukovych, whose Party of Regions won the vote, spoke.",
     {("Viktor Yanukovych", AF, "Party of Regions")}),
    # denied, asked, or a third party's party beside another name: nothing
    ("Viktor Yanukovych won. The Party of Regions, not Yanukovych's party, welcomed the "
     "result.", set()),
    ("Viktor Yanukovych won. Is the Party of Regions Yanukovych's party?", set()),
    ("Viktor Yanukovych won. Yanukovych's party and the Party of Regions welcomed the "
     "result.", set()),
]


@pytest.mark.parametrize(("text", "want"), OWN_PARTY, ids=[t[:40] for t, _ in OWN_PARTY])
def test_crisis16_a_persons_own_party_named_beside(nlp: Language, text: str,
                                                   want: set[Triple]) -> None:
    got = claim_triples(dated_doc(nlp, text, DAY), (AF,))
    assert {t for t in got if t[2] not in ("Ukraine",)} == want
