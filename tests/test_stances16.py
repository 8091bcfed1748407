"""Stances in wire reports of disputes: a paragraph that opens with coordinated subjects
after a headline, an accession that is objected to ("objects to X joining ORG"), a
summoned envoy named with a title, a verb that names its object ("called X a Y for Z"),
an act done "in protest at" an actor's act, and backing conveyed in a call ("phoned Y to
express his support").

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
OP, CR, UR, SU, MB = "opposes", "criticizes", "urges", "supports", "memberOf"

OPENING: list[tuple[str, set[Triple]]] = [
    # a headline line, then a paragraph whose subjects are coordinated: both act
    ("Moscow and Beijing side with Caracas\n\nRussia and China on Thursday condemned the "
     "United States.", {("Russia", CR, "United States"), ("China", CR, "United States")}),
    ("Pacific partners speak out\n\nJapan and Australia rejected the claim by China.",
     {("Japan", OP, "China"), ("Australia", OP, "China")}),
    # a dateline before them
    ("Talks stall\n\nMOSCOW (Reuters) - Russia and China on Monday condemned the United "
     "States.", {("Russia", CR, "United States"), ("China", CR, "United States")}),
    # negated: nothing
    ("Talks stall\n\nRussia and China did not condemn the United States.", set()),
]


@pytest.mark.parametrize(("text", "want"), OPENING, ids=[t[:40] for t, _ in OPENING])
def test_stances16_coordinated_subjects_open_a_paragraph(nlp: Language, text: str,
                                                         want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (OP, CR)) == want


JOINING: list[tuple[str, set[Triple]]] = [
    # an accession objected to is no membership, neither of the joiner nor of the objector
    ("Turkey objected to Sweden joining NATO.", set()),
    ("Turkey objects to Finland, Sweden joining NATO", set()),
    ("Turkey blocked Finland and Sweden joining NATO.", set()),
    # an accession told as done still is one
    ("Estonia and Latvia joined NATO in 2004.", {("Estonia", MB, "NATO"),
                                                 ("Latvia", MB, "NATO")}),
    ("Finland and Sweden, joining NATO in 2023, ended their neutrality.",
     {("Finland", MB, "NATO"), ("Sweden", MB, "NATO")}),
    # and a future one is not
    ("Sweden will join NATO next year.", set()),
]


@pytest.mark.parametrize(("text", "want"), JOINING, ids=[t[:40] for t, _ in JOINING])
def test_stances16_an_accession_objected_to(nlp: Language, text: str,
                                            want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (MB,)) == want


def test_stances16_the_objector_opposes_the_joiner(nlp: Language) -> None:
    assert claim_triples(nlp("Turkey objected to Sweden joining NATO."), (OP,)) == {
        ("Turkey", OP, "Sweden")}


SUMMONED: list[tuple[str, set[Triple]]] = [
    # the envoy's state, not the envoy
    ("China summoned Japanese Ambassador Uichiro Niwa.", {("China", CR, "Japan")}),
    ("China summoned Japan's ambassador, Uichiro Niwa, on Tuesday.", {("China", CR, "Japan")}),
    ("China summoned the Japanese ambassador.", {("China", CR, "Japan")}),
    # not the state the envoy is posted to
    ("Russia summoned the US ambassador to Moscow, John Sullivan.",
     {("Russia", CR, "United States")}),
    ("China did not summon Japanese Ambassador Uichiro Niwa.", set()),
]


@pytest.mark.parametrize(("text", "want"), SUMMONED, ids=[t[:40] for t, _ in SUMMONED])
def test_stances16_a_summoned_envoy_named(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (CR,)) == want


NAMING: list[tuple[str, set[Triple]]] = [
    # "called X a Y for Z" names X; it asks nothing of Z
    ('European Council President Charles Michel called the opening of talks "a clear signal '
     'of hope" for Ukrainians.', set()),
    # an appeal still is one
    ("Charles Michel called for Ukraine to reform its courts.",
     {("Charles Michel", UR, "Ukraine")}),
]


@pytest.mark.parametrize(("text", "want"), NAMING, ids=[t[:40] for t, _ in NAMING])
def test_stances16_a_verb_that_names_its_object(nlp: Language, text: str,
                                                want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (UR,)) == want


PROTEST: list[tuple[str, set[Triple]]] = [
    ("Serbia recalled its ambassador in protest at U.S. recognition of Kosovo.",
     {("Serbia", CR, "United States")}),
    ("Lithuania walked out in protest at Belarus's crackdown.", {("Lithuania", CR, "Belarus")}),
    ("Vietnam walked out in protest at Chinese construction on the reefs.",
     {("Vietnam", CR, "China")}),
    # the one an act is "of" did not do it
    ("Serbia recalled its ambassador in protest at the arrest of a Kosovo official.", set()),
    # negated, or only possible: nothing
    ("Serbia did not recall its ambassador in protest at U.S. recognition of Kosovo.", set()),
    ("Serbia may recall its ambassador in protest at U.S. recognition of Kosovo.", set()),
]


@pytest.mark.parametrize(("text", "want"), PROTEST, ids=[t[:40] for t, _ in PROTEST])
def test_stances16_in_protest_at_an_actors_act(nlp: Language, text: str,
                                               want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (CR,)) == want


BACKING: list[tuple[str, set[Triple]]] = [
    ("Turkish President Recep Tayyip Erdogan phoned Nicolas Maduro to express his support.",
     {("Recep Tayyip Erdoğan", SU, "Nicolás Maduro")}),
    ("Recep Tayyip Erdogan phoned Nicolas Maduro and expressed his support.",
     {("Recep Tayyip Erdoğan", SU, "Nicolás Maduro")}),
    # backing with a target of its own is that target's
    ("Recep Tayyip Erdogan phoned Nicolas Maduro and expressed support for Venezuela.",
     {("Recep Tayyip Erdoğan", SU, "Venezuela")}),
    # concern is no backing; a future, negated or asked call conveys nothing; nor does a
    # third party's backing
    ("Erdogan phoned Maduro to express his concern.", set()),
    ("Erdogan will phone Maduro to express his support.", set()),
    ("Erdogan did not phone Maduro to express his support.", set()),
    ("Did Erdogan phone Maduro to express his support?", set()),
    ("Erdogan phoned Maduro, but Putin expressed his support.", set()),
]


@pytest.mark.parametrize(("text", "want"), BACKING, ids=[t[:40] for t, _ in BACKING])
def test_stances16_backing_conveyed_in_a_call(nlp: Language, text: str,
                                              want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (SU,)) == want


MEASURES: list[tuple[str, set[Triple]]] = [
    # sanctions told just before and then answered with a bare "the sanctions"
    ("The EU imposed sanctions on Russia on Monday. Moscow condemned the sanctions as "
     "illegal.", {("Russia", CR, "European Union")}),
    ("The United States imposed sanctions on Russia. Ukraine and Poland welcomed the "
     "sanctions.", {("Ukraine", SU, "United States"), ("Poland", SU, "United States")}),
    ("The United States imposed sanctions on companies building the pipeline. Germany "
     "criticised the measures.", {("Germany", CR, "United States")}),
    # sanctions only possible, or an answer negated: nothing
    ("The EU may impose sanctions on Russia. Moscow condemned the sanctions.", set()),
    ("The EU imposed sanctions on Russia. Moscow did not condemn the sanctions.", set()),
]


@pytest.mark.parametrize(("text", "want"), MEASURES, ids=[t[:40] for t, _ in MEASURES])
def test_stances16_measures_answered(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (CR, SU)) == want
