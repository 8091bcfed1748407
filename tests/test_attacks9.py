"""Armed acts and joint action in wire copy: a named victim killed in a strike whose owner
modifies it ("killed in a DEMONYM drone strike"), armed movements led against someone ("led
a guerrilla movement against Y", "led an insurgency against Y"), and forces of two states
named together as the doers of one act ("DEMONYM and DEMONYM troops patrolled ...": the
two cooperate), and a standing alliance told by a participle ("X, which is allied with Y").

The sentences are written for these tests (not taken from the corpus). Each construction
has negative cases: negation, modality, victims that name nobody, a movement that is not
armed, forces that fight each other.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _claims(nlp: Language, text: str, *relations: str) -> set[Triple]:
    return claim_triples(nlp(text), relations)


def _coop(nlp: Language, text: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, _, o in _claims(nlp, text, "cooperatesWith")}


# -------------------------------------------------- attack.killed_in
@pytest.mark.parametrize(("text", "want"), [
    ("The militia commander Omar Farouk was reportedly killed in a U.S. drone strike.",
     ("United States", "attacks", "Omar Farouk")),
    ("Khalid Mansour has been killed in a US counter-terrorism operation, officials said.",
     ("United States", "attacks", "Khalid Mansour")),
    ("Khalid Mansour died in a Russian air strike near the border on Tuesday.",
     ("Russia", "attacks", "Khalid Mansour")),
    ("Khalid Mansour, who was killed in an Israeli raid last year, had led the cell.",
     ("Israel", "attacks", "Khalid Mansour")),
])
def test_killed_in(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


@pytest.mark.parametrize("text", [
    "Khalid Mansour was not killed in a US drone strike, his family said.",
    "Khalid Mansour could be killed in a US drone strike.",
    "Four soldiers were killed in an Israeli air strike on Tuesday.",
    "Khalid Mansour was killed in a car crash in France.",
])
def test_killed_in_negative(nlp: Language, text: str) -> None:
    assert not any(p == "attacks" and o == "Khalid Mansour" or s in ("United States", "Israel")
                   for s, p, o in _claims(nlp, text, "attacks"))


# -------------------------------------------------- attack.led_against (armed movements)
@pytest.mark.parametrize(("text", "want"), [
    ("Before independence, Samuel Okoro led an armed struggle against Portugal.",
     ("Samuel Okoro", "attacks", "Portugal")),
    ("Samuel Okoro led a guerrilla movement against Portugal in the 1960s.",
     ("Samuel Okoro", "attacks", "Portugal")),
    ("Samuel Okoro led the insurgency against Ethiopia for a decade.",
     ("Samuel Okoro", "attacks", "Ethiopia")),
])
def test_led_armed_movement(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


@pytest.mark.parametrize("text", [
    "Samuel Okoro led a student movement against Portugal.",
    "Samuel Okoro did not lead the armed struggle against Portugal.",
    "Samuel Okoro led a guerrilla movement against Maria Santos's government.",
])
def test_led_armed_movement_negative(nlp: Language, text: str) -> None:
    assert not any(s == "Samuel Okoro" for s, _, _ in _claims(nlp, text, "attacks"))


# -------------------------------------------------- coop.joint_forces
@pytest.mark.parametrize(("text", "pair"), [
    ("Iraqi and U.S. troops are patrolling the outskirts of the town.",
     {"Iraq", "United States"}),
    ("The raid was carried out by French and Malian soldiers before dawn.",
     {"France", "Mali"}),
    ("Syrian and Russian forces are fighting together against the rebels.",
     {"Syria", "Russia"}),
])
def test_joint_forces(nlp: Language, text: str, pair: set[str]) -> None:
    assert frozenset(pair) in _coop(nlp, text)


@pytest.mark.parametrize("text", [
    "Iraqi and Syrian troops clashed near the border on Sunday.",
    "Fighting broke out between Iraqi and Syrian troops near the border.",
    "U.S. troops are patrolling the outskirts of the town.",
    "Armenian and Azerbaijani forces exchanged fire overnight.",
    "Hundreds of Armenian and Azerbaijani soldiers have died since September.",
    "Indian and Chinese troops are on high alert along the frontier.",
    "Iraqi and U.S. troops could patrol the outskirts of the town next year.",
])
def test_joint_forces_negative(nlp: Language, text: str) -> None:
    assert not _coop(nlp, text)


# -------------------------------------------------- coop.allied_with
@pytest.mark.parametrize(("text", "pair"), [
    ("Hezbollah, which is allied with Iran, fired rockets overnight.", {"Hezbollah", "Iran"}),
    ("The Houthis, who are closely aligned with Iran, control the capital.",
     {"Houthis", "Iran"}),
    ("Iran-aligned Hezbollah fighters attacked the base.", {"Hezbollah", "Iran"}),
    ("Belarus is allied with Russia.", {"Belarus", "Russia"}),
])
def test_allied_with(nlp: Language, text: str, pair: set[str]) -> None:
    assert frozenset(pair) in _coop(nlp, text)


@pytest.mark.parametrize("text", [
    "Belarus is not allied with Russia.",
    "He said Belarus would never be allied with Russia.",
    "Militias allied with Iran attacked the base.",
])
def test_allied_with_negative(nlp: Language, text: str) -> None:
    assert not _coop(nlp, text)


# -------------------------------------------------- destruction verbs (attack.weapon_subject)
@pytest.mark.parametrize(("text", "want"), [
    ("Witnesses said Sudanese troops burnt down hundreds of homes in El Fasher.",
     ("Sudanese Troops", "attacks", "El Fasher")),
    ("Russian soldiers destroyed a school in Kharkiv last week.",
     ("Russia", "attacks", "Kharkiv")),
])
def test_destroyed_by_forces(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


@pytest.mark.parametrize("text", [
    "Russian soldiers did not destroy the school in Kharkiv.",
    "A wildfire destroyed hundreds of homes in Kharkiv.",
    "Protesters burned a Russian flag in Kharkiv.",
])
def test_destroyed_by_forces_negative(nlp: Language, text: str) -> None:
    assert not _claims(nlp, text, "attacks")


# -------------------------------------------------- a named war led by someone
def test_led_named_war(nlp: Language) -> None:
    text = "He served in the United States-led Iraq War before entering politics."
    assert ("United States", "attacks", "Iraq") in _claims(nlp, text, "attacks")


def test_named_war_without_leader(nlp: Language) -> None:
    assert not _claims(nlp, "He served in the Iraq War before entering politics.", "attacks")


# -------------------------------------------------- a state's forces as the victims
@pytest.mark.parametrize(("text", "want"), [
    ("At least nine Malian soldiers were killed by Boko Haram militants on Friday.",
     ("Boko Haram", "attacks", "Mali")),
    ("Three Kenyan soldiers were killed in an al-Shabaab raid near the border.",
     ("al-Shabaab", "attacks", "Kenya")),
])
def test_forces_killed(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


@pytest.mark.parametrize("text", [
    "A Malian teacher was killed in a Boko Haram raid on Friday.",
    "Nine Malian soldiers were not killed in the al-Shabaab raid.",
])
def test_forces_killed_negative(nlp: Language, text: str) -> None:
    assert not any(o == "Mali" for _, _, o in _claims(nlp, text, "attacks"))


# -------------------------------------------------- the owner of forces sent against someone
@pytest.mark.parametrize(("text", "want"), [
    ("In 2019 Recep Tayyip Erdogan ordered Turkish troops into Syria.",
     ("Turkey", "attacks", "Syria")),
    ("The president sent Ethiopian troops against al-Shabaab.",
     ("Ethiopia", "attacks", "al-Shabaab")),
])
def test_forces_owner_sent(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_forces_owner_sent_negative(nlp: Language) -> None:
    text = "The president refused to send Ethiopian troops into Somalia."
    assert not _claims(nlp, text, "attacks")
