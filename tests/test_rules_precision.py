"""Precision: constructions that look like a relation but state none, found by an
audit of unannotated readouts (judged by the guidelines).

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case names the relations it checks and lists every claim of
those relations the sentence should give.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]

CASES: list[tuple[str, tuple[str, ...], set[Triple]]] = [
    # praising or backing a tie between parties backs neither party
    ("Ilham Aliyev praised the friendly Azerbaijani-Georgian relations.",
     ("supports",), set()),
    ("The presidents welcomed the current level of bilateral cooperation with Kazakhstan.",
     ("supports",), set()),
    ("Kassym-Jomart Tokayev supported the resumption of contacts between Armenia and "
     "Azerbaijan.", ("supports",), set()),
    ("Serbia accused Kosovo of blocking the dialogue between Belgrade and Pristina.",
     ("opposes",), set()),
    # the one whose act the tie is still is backed, and an actor named outright is
    ("Kassym-Jomart Tokayev supported Armenia's cooperation with the European Union.",
     ("supports",), {("Kassym-Jomart Tokayev", "supports", "Armenia")}),
    ("Kassym-Jomart Tokayev supported Armenia and Azerbaijan.",
     ("supports",), {("Kassym-Jomart Tokayev", "supports", "Armenia"),
                     ("Kassym-Jomart Tokayev", "supports", "Azerbaijan")}),
    # criticizing a tie does criticize its parties
    ("Iran condemned the growing cooperation between Israel and Azerbaijan.",
     ("criticizes",), {("Iran", "criticizes", "Israel"), ("Iran", "criticizes", "Azerbaijan")}),
    # a tie or meeting only wished or proposed has not happened
    ("The ministers noted the importance of establishing cooperation between Baku and "
     "Tbilisi in the energy sector.", ("cooperatesWith",), set()),
    ("They agreed that it was necessary to launch talks between Serbia and Kosovo.",
     ("metWith",), set()),
    ("Tokayev mentioned the UN Secretary General's proposal to hold a trilateral "
     "(UN-Armenia-Azerbaijan) meeting in Geneva.", ("metWith", "attended"), set()),
    # (a tie that exists is still one)
    ("The ministers noted the importance of the cooperation between Baku and Tbilisi in "
     "the energy sector.", ("cooperatesWith",), {("Azerbaijan", "cooperatesWith", "Georgia")}),
    ("Serbia and Kosovo began talks in Brussels.", ("metWith",),
     {("Serbia", "metWith", "Kosovo")}),
    # a conversation someone initiated is no proposal; changes someone proposed are
    ("After a telephone conversation initiated by the President of Kazakhstan, the two "
     "leaders issued a statement.", ("proposes",), set()),
    ("The amendments proposed by Kazakhstan were adopted.", ("proposes",),
     {("Kazakhstan", "proposes", "amendments")}),
    # a title phrase followed by a finite verb is that verb's subject, not an apposition
    ("Asked about the strikes on Kharkiv, the President of Ukraine said that the city "
     "was holding out.", ("affiliatedWith",), set()),
    ("Replying to a question from Jens Stoltenberg, the Prime Minister of Finland noted "
     "that talks were continuing.", ("affiliatedWith",), set()),
    ("Sanna Marin, Finland's Prime Minister, said the talks were continuing.",
     ("affiliatedWith",), {("Sanna Marin", "affiliatedWith", "Finland")}),
    # title words alone are no entities
    ("The Turkish delegation was headed by Mevlut Cavusoglu, Co-Chair of the Russia-Turkey "
     "Intergovernmental Commission.", ("affiliatedWith",),
     {("Mevlüt Çavuşoğlu", "affiliatedWith", "Turkey")}),
    # an "in X" inside a capitalised name places nothing; armed forces are not located
    ("The ministers recalled the Paris Conference on Peace and Security in Africa.",
     ("locatedIn",), set()),
    ("The ministers discussed attacks by the Azerbaijani military in Nagorno-Karabakh.",
     ("locatedIn",), set()),
    ("The NATO Summit in Vilnius ended on Wednesday.", ("locatedIn",),
     {("NATO summit", "locatedIn", "Vilnius")}),
    ("The breakthrough came at a meeting on Monday in Tallinn.", ("locatedIn",),
     {("meeting in Tallinn", "locatedIn", "Tallinn")}),
    # "with" names a manner, not a partner, unless its object is an actor
    ("The President of Kazakhstan spoke with understanding about the position of the "
     "Kyrgyz side.", ("metWith",), set()),
    ("Sergei Lavrov met with Chinese officials in Beijing.", ("metWith",),
     {("Sergey Lavrov", "metWith", "China")}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "relations", "want"), CASES,
                         ids=[t[:40] for t, _, _ in CASES])
def test_rules_precision_sentence(nlp: Language, text: str, relations: tuple[str, ...],
                                  want: set[Triple]) -> None:
    assert claim_triples(nlp(text), relations) == want


@pytest.mark.model
def test_title_words_alone_are_no_entities(nlp: Language) -> None:
    doc = nlp("The Turkish delegation was headed by Mevlut Cavusoglu, Co-Chair of the "
              "Russia-Turkey Intergovernmental Commission.")
    assert "Co-Chair" not in {r.key for r in doc._.kg_refs}
