"""Armed conflict and stances in fresh wire copy (dev3): a named victim killed by a
state's strike, forces ordered into a state, refusing to deal with someone, "pro-X"
groups, and "anti-X" modifiers that name no owner.

The sentences are written for these tests (not taken from the corpus). Each construction
is tried in several variants, with negative cases: negation, an unnamed victim, a
deployment to a place rather than into a state, a look-alike construction.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _claims(nlp: Language, text: str, *relations: str) -> set[Triple]:
    return claim_triples(nlp(text), relations)


# -------------------------------------------------- attack.killed_by: a named victim
@pytest.mark.parametrize(("text", "want"), [
    ("Abu Bakr al-Baghdadi was killed on Sunday by a United States drone strike in Syria.",
     ("United States", "attacks", "Abu Bakr al-Baghdadi")),
    ("Hassan Nasrallah was killed by an Israeli airstrike in Beirut, officials said.",
     ("Israel", "attacks", "Hassan Nasrallah")),
    ("Ayman al-Zawahiri, killed by an American drone in Kabul, had led the group since 2011.",
     ("United States", "attacks", "Ayman al-Zawahiri")),
    ("Ismail Haniyeh was wounded by Israeli missiles in Gaza last year.",
     ("Israel", "attacks", "Ismail Haniyeh")),
])
def test_killed_by(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_killed_by_negatives(nlp: Language) -> None:
    # not killed; an unnamed victim is no attack on the victim's state
    assert ("United States", "attacks", "Abu Bakr al-Baghdadi") not in _claims(
        nlp, "Abu Bakr al-Baghdadi was not killed by a United States drone strike.", "attacks")
    assert ("Russia", "attacks", "Ukraine") not in _claims(
        nlp, "A Ukrainian farmer was killed by a Russian drone on Friday.", "attacks")
    # killed by something that is not a weapon or force
    assert _claims(nlp, "Ali Khamenei was killed by a heart attack.", "attacks") == set()


# -------------------------------------------- attack.sent_into: forces ordered into a state
@pytest.mark.parametrize(("text", "want"), [
    ("Tony Blair, who ordered British troops into Iraq, left office in 2007.",
     ("Tony Blair", "attacks", "Iraq")),
    ("Vladimir Putin sent Russian troops into Ukraine in February 2022.",
     ("Vladimir Putin", "attacks", "Ukraine")),
    ("In 1979 Leonid Brezhnev ordered the army into Afghanistan.",
     ("Leonid Brezhnev", "attacks", "Afghanistan")),
    ("Turkey deployed its forces into Syria last October.",
     ("Turkey", "attacks", "Syria")),
])
def test_sent_into(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_sent_into_negatives(nlp: Language) -> None:
    # not sent; sent to a place that is no state; sent people who are no force
    assert _claims(nlp, "Vladimir Putin did not send troops into Ukraine.", "attacks") == set()
    assert _claims(nlp, "Germany sent troops to Lithuania to reassure its ally.",
                   "attacks") == set()
    assert _claims(nlp, "Joe Biden sent diplomats into Ukraine.", "attacks") == set()


def test_order_of_forces_is_no_appeal(nlp: Language) -> None:
    """Ordering one's forces somewhere is no appeal to their owner (no ``urges``)."""
    for text in ("Tony Blair, who ordered the country's troops into Iraq, spoke.",
                 "Vladimir Putin ordered Russia's troops to the border."):
        assert _claims(nlp, text, "urges") == set()
    # ordering a state to act still urges it
    assert ("Donald Trump", "urges", "Iran") in _claims(
        nlp, "Donald Trump ordered Iran to halt its enrichment programme.", "urges")


# ------------------------------------------- verb.refused_dealings: refusing to deal with Y
@pytest.mark.parametrize(("text", "want"), [
    ("Israel refused to deal with Yasser Arafat for years.",
     ("Israel", "opposes", "Yasser Arafat")),
    ("Colombia refused to negotiate with the FARC until the kidnappings ended.",
     ("Colombia", "opposes", "FARC")),
    ("Ukraine has declined to talk to Russia while its troops remain.",
     ("Ukraine", "opposes", "Russia")),
    ("The United States will not negotiate with the Taliban, Joe Biden said.",
     ("United States", "opposes", "Taliban")),
])
def test_refused_dealings(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "opposes")


def test_refused_dealings_negatives(nlp: Language) -> None:
    # dealing with someone, or agreeing to, states no opposition
    assert _claims(nlp, "Israel agreed to deal with Mahmoud Abbas.", "opposes") == set()
    assert _claims(nlp, "Colombia negotiated with the FARC for four years.",
                   "opposes") == set()
    # a question whether to negotiate is no refusal
    assert _claims(nlp, "Ukraine did not say whether it would talk to Russia.",
                   "opposes") == set()


# --------------------------------------------------------- nominal.pro: "pro-X" groups
@pytest.mark.parametrize(("text", "want"), [
    ("Hezbollah, a pro-Iranian militia, fired rockets into Israel.",
     ("Hezbollah", "supports", "Iran")),
    ("The Houthis, a pro-Iranian movement, seized Sanaa in 2014.",
     ("Houthis", "supports", "Iran")),
    ("Viktor Orban's pro-Russian policy has angered Poland.",
     ("Viktor Orbán", "supports", "Russia")),
])
def test_pro(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "supports")


def test_pro_negatives(nlp: Language) -> None:
    # unnamed pro-X protesters; a pro-X group that is not stated to exist
    assert _claims(nlp, "Pro-Russian protesters marched in Donetsk.", "supports") == set()
    assert _claims(nlp, "Police clashed with pro-Fatah gunmen in Gaza.", "supports") == set()


# ---------------------------------------- "anti-X" names no owner and no object of support
@pytest.mark.parametrize("text", [
    "Yasser Arafat was accused of support for anti-Israel militants.",
    "Iran has long funded anti-American militias in Iraq.",
    "Russia stepped up its aid to anti-Ukrainian separatists.",
])
def test_anti_is_not_owner(nlp: Language, text: str) -> None:
    claims = _claims(nlp, text, "supports")
    assert not any(o in ("Israel", "United States", "Ukraine") for _, _, o in claims)


# ------------------------------- judging a war led by X does not make the judge its party
@pytest.mark.parametrize(("text", "party"), [
    ("Denmark supported the U.S.-led war on Iraq.", "Denmark"),
    ("France condemned the Saudi-led bombing of Yemen.", "France"),
    ("Germany backed the U.S.-led invasion of Afghanistan.", "Germany"),
])
def test_judged_led_war(nlp: Language, text: str, party: str) -> None:
    assert not any(s == party for s, _, _ in _claims(nlp, text, "attacks"))


def test_joined_led_act_still_party(nlp: Language) -> None:
    assert ("Germany", "sanctions", "Iran") in _claims(
        nlp, "Germany joined the U.S.-led sanctions against Iran.", "sanctions")
