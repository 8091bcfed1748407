"""Wire reports of armed conflict: "the coalition" after other groups, "both sides" after
mediators, a spokesman "calling it" a crime in a "with" phrase, an offensive announced,
towns placed by a second locative phrase, foes driven out of ground, a lone "Congo", a
capital before a facility noun, and the state of a bare "the armed forces".

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
AT, CR, SU, UR, PR, LO = ("attacks", "criticizes", "supports", "urges", "proposes",
                          "locatedIn")

COREF: list[tuple[str, tuple[str, ...], set[Triple]]] = [
    # "the coalition" is the coalition named before, not the group named since
    ("Air strikes by the Saudi-led coalition hit Sanaa on Saturday. The Houthis accused the "
     "coalition of carrying out the strikes.", (CR,),
     {("Houthis", CR, "Saudi-led coalition")}),
    ("Air strikes by the Saudi-led coalition hit Sanaa on Saturday, officials in the "
     "Houthi-controlled capital said. The United States announced a review of its support "
     "for the coalition.", (SU,), {("United States", SU, "Saudi-led coalition")}),
    # negated: nothing
    ("Air strikes by the Saudi-led coalition hit Sanaa on Saturday. The Houthis did not "
     "accuse the coalition of carrying out the strikes.", (CR,), set()),
    # "both sides" are not the mediators
    ("Egypt and Qatar were trying to mediate a ceasefire, diplomats said. UN envoy Tor "
     "Wennesland urged both sides to stop the violence.", (UR,), set()),
    ("Egypt and Qatar held talks on Monday. UN envoy Tor Wennesland urged both sides to "
     "stop the violence.", (UR,),
     {("Tor Wennesland", UR, "Egypt"), ("Tor Wennesland", UR, "Qatar")}),
    # a lone "Congo" is the Congo the text names; none where it names both
    ("The Democratic Republic of Congo accused Rwanda of backing the rebels. William Ruto "
     "urged Rwanda and Congo to resolve the crisis.", (UR,),
     {("William Ruto", UR, "Rwanda"), ("William Ruto", UR, "Democratic Republic of the Congo")}),
    ("The Republic of Congo and the Democratic Republic of Congo signed a deal. Rwanda "
     "criticized Congo.", (CR,), set()),
]


@pytest.mark.parametrize(("text", "rels", "want"), COREF, ids=[t[:40] for t, _, _ in COREF])
def test_conf16_groups_referred_back_to(nlp: Language, text: str, rels: tuple[str, ...],
                                        want: set[Triple]) -> None:
    assert claim_triples(nlp(text), rels) == want


LABELS: list[tuple[str, tuple[str, ...], set[Triple]]] = [
    # "it" in a "with" phrase is what the clause condemned, not the condemner
    ("Iran condemned the bombing, with foreign ministry spokesman Bahram Qasemi calling it "
     "a war crime.", (CR,), set()),
    ("Iran condemned the strikes carried out by Israel, with foreign ministry spokesman "
     "Bahram Qasemi calling it a war crime.", (CR,),
     {("Iran", CR, "Israel"), ("Bahram Qasemi", CR, "Israel")}),
    # an offensive announced is no proposal; a plan announced is one
    ("The offensive, announced by the Syrian army on Thursday, came after the talks "
     "collapsed.", (PR,), set()),
    # a capital before a noun of a built place is the city, no attacker
    ("The Kabul airport bombing killed 13 US troops.", (AT,), set()),
    ("Islamic State claims Kabul airport bombing that killed 13 US troops", (AT,),
     {("Islamic State", AT, "American Troops")}),
    # a state named only as the leader of others owns no bare "the armed forces"
    ("Backed by US-led coalition air strikes, Iraqi troops drove Islamic State militants "
     "out of Mosul. Haider al-Abadi arrived in Mosul to congratulate the armed forces.",
     (SU,), set()),
]


@pytest.mark.parametrize(("text", "rels", "want"), LABELS, ids=[t[:40] for t, _, _ in LABELS])
def test_conf16_acts_and_their_labels(nlp: Language, text: str, rels: tuple[str, ...],
                                      want: set[Triple]) -> None:
    assert claim_triples(nlp(text), rels) == want


PLACES: list[tuple[str, set[Triple]]] = [
    ("A missile struck the railway station in Kramatorsk, in Ukraine's eastern Donetsk "
     "region, on Friday.", {("railway station in Kramatorsk", LO, "Kramatorsk"),
                            ("Kramatorsk", LO, "Ukraine")}),
    ("Gunmen stormed a school in Chibok, in Borno State, on Monday.",
     {("Chibok", LO, "Borno State")}),
    ("Gunmen ambushed a police convoy near Chilpancingo, in Mexico's southern Guerrero "
     "state, killing six officers.", {("Chilpancingo", LO, "Mexico")}),
    # a list of places places none in another
    ("Israel struck targets in Gaza, in southern Lebanon and in Syria.", set()),
    ("Protests were held in Paris, in London, and in Berlin.", set()),
]


@pytest.mark.parametrize(("text", "want"), PLACES, ids=[t[:40] for t, _ in PLACES])
def test_conf16_town_placed_by_a_second_phrase(nlp: Language, text: str,
                                               want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (LO,)) == want


DRIVEN: list[tuple[str, set[Triple]]] = [
    ("Iraqi troops drove Islamic State militants out of Mosul.",
     {("Iraqi Troops", AT, "Islamic State")}),
    ("Islamic State militants were driven out of Palmyra by Syrian government forces.",
     {("Syrian Government Forces", AT, "Islamic State")}),
    ("Russian troops drove Ukrainian forces out of Avdiivka.",
     {("Russian Troops", AT, "Ukrainian Forces")}),
    # denied, awaited or asked: nothing
    ("Iraqi troops failed to drive Islamic State militants out of Mosul.", set()),
    ("Iraqi troops will try to drive Islamic State out of Mosul.", set()),
    ("Did Iraqi troops drive Islamic State militants out of Mosul?", set()),
    # no driver named, or no force driven
    ("Russia said Ukrainian forces were pushed out of Avdiivka.", set()),
    ("China pushed American firms out of the market.", set()),
    ("Israeli troops drove Palestinian families out of the village.", set()),
    ("The army forced British journalists out of the country.", set()),
]


@pytest.mark.parametrize(("text", "want"), DRIVEN, ids=[t[:40] for t, _ in DRIVEN])
def test_conf16_driven_out_of_ground(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (AT,)) == want


TRAILING: list[tuple[str, set[Triple]]] = [
    # a trailing participle hung on a clause of what came before is no one's sure act
    ("Israel launched air strikes on the Gaza Strip on Tuesday after Hamas fired rockets at "
     "Jerusalem, killing at least 24 Palestinians.",
     {("Israel", AT, "Gaza Strip"), ("Hamas", AT, "Jerusalem")}),
    # on the main clause it is the subject's
    ("Hamas fired rockets at Israel, killing two Israelis.", {("Hamas", AT, "Israel")}),
]


@pytest.mark.parametrize(("text", "want"), TRAILING, ids=[t[:40] for t, _ in TRAILING])
def test_conf16_trailing_participle_after_a_sequence_clause(nlp: Language, text: str,
                                                            want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (AT,)) == want
