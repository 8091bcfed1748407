"""Attacks in the constructions of ordinary conflict reporting (issue 6).

The sentences are written for these tests (not taken from the corpus). Each rule is tried
in several variants, and each has negative cases: negation, a hypothetical or denied act,
or a look-alike construction (a verbal clash, a fight in court).
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _claims(nlp: Language, text: str) -> set[Triple]:
    return claim_triples(nlp(text), ("attacks",))


# ------------------------------------- attack.weapon_subject: casualties and the place hit
@pytest.mark.parametrize(("text", "want"), [
    ("An Israeli airstrike killed five people in Rafah overnight, medics said.",
     ("Israel", "attacks", "Rafah")),
    ("A Russian missile wounded at least 20 civilians in Kharkiv on Tuesday.",
     ("Russia", "attacks", "Kharkiv")),
    ("Saudi warplanes pounded rebel positions in Yemen for a third straight day.",
     ("Saudi Arabia", "attacks", "Yemen")),
    ("Turkish drones struck a fuel depot in Syria late on Sunday, a monitor said.",
     ("Turkey", "attacks", "Syria")),
])
def test_weapon_subject_place(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text)


def test_weapon_subject_place_negatives(nlp: Language) -> None:
    assert _claims(nlp, "The Israeli airstrike did not kill anyone in Rafah, medics "
                        "said.") == set()
    assert _claims(nlp, "An earthquake killed five people in Turkey on Monday.") == set()


# ------------------------------------------------------------------- attack.opened_fire
@pytest.mark.parametrize(("text", "want"), [
    ("Ukraine said Russian troops opened fire on protesters in Kherson.",
     ("Russian Troops", "attacks", "Kherson")),
    ("Israeli soldiers opened fire at a crowd in Gaza on Thursday.",
     ("Israel", "attacks", "Gaza Strip")),
    ("Houthi fighters opened fire on Saudi border guards, the coalition said.",
     ("Houthis", "attacks", "Saudi Border Guards")),
])
def test_opened_fire(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text)


def test_opened_fire_negatives(nlp: Language) -> None:
    assert _claims(nlp, "Russian troops did not open fire on protesters in Kherson.") == set()
    assert _claims(nlp, "Russia opened an embassy in Kherson.") == set()
    assert _claims(nlp, "If Russian troops open fire on protesters in Kherson, NATO "
                        "will respond.") == set()


# ----------------------------------------------------------------- attack.clash_between
@pytest.mark.parametrize(("text", "want"), [
    ("Clashes between Israeli forces and Hamas fighters erupted in Gaza.",
     {("Israeli Forces", "attacks", "Hamas"), ("Hamas", "attacks", "Israeli Forces")}),
    ("Heavy fighting between Israel and Hezbollah continued on Monday.",
     {("Israel", "attacks", "Hezbollah"), ("Hezbollah", "attacks", "Israel")}),
    ("Deadly clashes between Armenian and Azerbaijani troops erupted on the border.",
     {("Armenia", "attacks", "Azerbaijan"), ("Azerbaijan", "attacks", "Armenia")}),
    ("Heavy clashes broke out between Hamas fighters and Israeli forces in Gaza.",
     {("Israeli Forces", "attacks", "Hamas"), ("Hamas", "attacks", "Israeli Forces")}),
])
def test_clash_between(nlp: Language, text: str, want: set[Triple]) -> None:
    assert want <= _claims(nlp, text)


def test_clash_between_negatives(nlp: Language) -> None:
    # a verbal clash between states, a clash only feared
    assert _claims(nlp, "The clash between China and the United States over tariffs "
                        "deepened.") == set()
    assert _claims(nlp, "Diplomats fear clashes between Armenian and Azerbaijani troops "
                        "could resume.") == set()
    assert _claims(nlp, "There was no fighting between Israel and Hezbollah on "
                        "Monday.") == set()


# ------------------------------------------------------------------------ attack.fought
@pytest.mark.parametrize(("text", "want"), [
    ("The Houthis fought Saudi forces near Marib.", {("Houthis", "attacks", "Saudi Forces")}),
    ("Ukrainian troops battled Russian forces in Bakhmut for months.",
     {("Ukrainian Troops", "attacks", "Russian Forces")}),
    ("Armenian and Azerbaijani forces clashed along the border overnight.",
     {("Armenia", "attacks", "Azerbaijan"), ("Azerbaijan", "attacks", "Armenia")}),
    ("Israeli forces and Hamas militants clashed in Gaza on Friday.",
     {("Israeli Forces", "attacks", "Hamas"), ("Hamas", "attacks", "Israeli Forces")}),
])
def test_fought(nlp: Language, text: str, want: set[Triple]) -> None:
    assert want <= _claims(nlp, text)


def test_fought_negatives(nlp: Language) -> None:
    assert _claims(nlp, "China and the United States clashed over trade at the WTO.") == set()
    assert _claims(nlp, "Poland fought the European Commission in court over the "
                        "rules.") == set()
    assert _claims(nlp, "Ukrainian troops have not fought Russian forces in Bakhmut.") == set()


# --------------------------------------------------------------------- attack.blamed_on
@pytest.mark.parametrize(("text", "want"), [
    ("Strikes on Kyiv were blamed on Russia.", ("Russia", "attacks", "Kyiv")),
    ("Ukraine blamed the missile attack on Kharkiv on Russian forces.",
     ("Russian Forces", "attacks", "Kharkiv")),
    ("Kyiv blamed Russian forces for the shelling of Kharkiv.",
     ("Russian Forces", "attacks", "Kharkiv")),
])
def test_blamed_on(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text)


def test_blamed_on_negatives(nlp: Language) -> None:
    assert _claims(nlp, "Ukraine did not blame the attack on Kharkiv on Russia.") == set()
    assert _claims(nlp, "Russia blamed Ukraine for the collapse of the talks.") == set()
    assert _claims(nlp, "Russia denied carrying out the strike on Kyiv.") == set()


# ---------------------------------------------------- nominal attacks: lexicon synonyms
@pytest.mark.parametrize(("text", "want"), [
    ("The Taliban insurgency in Afghanistan intensified last year.",
     ("Taliban", "attacks", "Afghanistan")),
    ("Russia's aggressive actions against civilians in Donbas must stop, he said.",
     ("Russia", "attacks", "Donbas")),
    ("The assassination of Ismail Haniyeh by Israel drew condemnation.",
     ("Israel", "attacks", "Ismail Haniyeh")),
    ("Repeated Israeli incursions into Lebanon raised fears of a wider war.",
     ("Israel", "attacks", "Lebanon")),
])
def test_attack_noun_synonyms(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text)


def test_attack_noun_negatives(nlp: Language) -> None:
    assert _claims(nlp, "Russia's diplomatic actions in Africa drew attention.") == set()
    assert _claims(nlp, "Russia threatened to attack Ukraine.") == set()
