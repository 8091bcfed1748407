"""Armed attacks and armed actors in wire copy: a state's troops as a body of the state
("DEMONYM troops stormed Y"), a state's armed body named with "the" alone once the story's
one state is set ("the army said it killed ..."), taking people by force ("X abducted
DEMONYM engineers"), an attack owned in a relative clause ("the attack on Y, which X
claimed"; "X claimed responsibility for the attack, which killed N people in Y"), attack
nouns that hit like weapons ("DEMONYM attacks hit Y", "attacks from X hit Y", "raids by X
killed N people in Y"), and an operation that armed forces launch ("DEMONYM security forces
launched an operation against Y").

The sentences are written for these tests (not taken from any corpus). Each asserts the
exact set of ``attacks`` claims; the negatives (negation, denial, the future, a claim of
ownership, a rescue operation, two states named before the army, a noun modifier) assert
none or no armed body.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _attacks(nlp: Language, text: str) -> set[Triple]:
    return claim_triples(nlp(text), ("attacks",))


@pytest.mark.parametrize(("text", "want"), [
    # a state's troops are a body of the state
    ("Israeli troops stormed the Jenin refugee camp on Monday.",
     {("Israeli Troops", "attacks", "Jenin refugee camp")}),
    ("U.S. troops killed an Iranian general in Baghdad.",
     {("American Troops", "attacks", "Iran")}),
    # the troops sent are still the sender's act
    ("The president sent Ethiopian troops against al-Shabaab.",
     {("Ethiopia", "attacks", "al-Shabaab")}),
    # taking people by force
    ("Hezbollah kidnapped two Israeli soldiers in 2006.", {("Hezbollah", "attacks", "Israel")}),
    ("Gunmen from the Houthi movement kidnapped two Saudi diplomats.",
     {("Houthis", "attacks", "Saudi Arabia")}),
    ("Boko Haram militants abducted more than 200 schoolgirls in Chibok.",
     {("Boko Haram", "attacks", "Chibok")}),
    # an attack owned in a relative clause
    ("The attack on Kabul, which the Islamic State claimed, killed 170 people.",
     {("Islamic State", "attacks", "Kabul")}),
    ("The bombing, which al-Shabaab claimed, killed 12 people in Mogadishu.",
     {("al-Shabaab", "attacks", "Mogadishu")}),
    ("The Islamic State claimed responsibility for the attack, which killed 20 people in Kabul.",
     {("Islamic State", "attacks", "Kabul")}),
    # attack nouns that hit like weapons
    ("Russian attacks hit Kharkiv overnight.", {("Russia", "attacks", "Kharkiv")}),
    ("Israeli raids killed 20 people in Gaza on Friday.", {("Israel", "attacks", "Gaza Strip")}),
    ("Missile attacks by Azerbaijan hit Stepanakert overnight.",
     {("Azerbaijan", "attacks", "Stepanakert")}),
    # attacks "from" a state may be a group's on its soil: no attacker
    ("Rocket attacks from Lebanon hit northern Israel on Sunday.", set()),
    ("Air raids by Israel killed 20 people in Gaza.", {("Israel", "attacks", "Gaza Strip")}),
    # a count of a state's soldiers killed in an owner's strike
    ("Dozens of Ukrainian soldiers were killed in a Russian missile strike on a training ground.",
     {("Russia", "attacks", "Ukraine")}),
    # a town named by a place noun came under fire: the town, not its state
    ("The Ukrainian town of Avdiivka came under heavy fire from Russian forces on Tuesday.",
     {("Russian Forces", "attacks", "Avdiivka")}),
    # "the DEMONYM town of NAME" struck: the town, not the state
    ("Al-Shabaab attacked the Kenyan coastal town of Mpeketoni.",
     {("al-Shabaab", "attacks", "Mpeketoni")}),
    ("Ukrainian drones struck the Russian city of Belgorod.",
     {("Ukraine", "attacks", "Belgorod")}),
    ("Russian forces attacked Ukrainian towns.", {("Russian Forces", "attacks", "Ukraine")}),
    # a named force takes a craft: armed by a word of its name
    ("Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz.",
     {("Islamic Revolutionary Guard Corps", "attacks", "United Kingdom")}),
    # a count of craft shot down, the particle taken for an adverb
    ("Ukrainian forces shot down 20 of 25 Russian drones overnight.",
     {("Ukrainian Forces", "attacks", "Russia")}),
    # an attack masterminded by someone
    ("The attack on Mumbai, masterminded by Lashkar-e-Taiba, killed 166 people.",
     {("Lashkar-e-Taiba", "attacks", "Mumbai")}),
    # an operation that armed forces launch or conduct
    ("Iraqi security forces launched an operation against the Islamic State in Anbar province.",
     {("Iraqi Security Forces", "attacks", "Islamic State")}),
    ("The Pakistani army conducted operations in North Waziristan.",
     {("Pakistani Army", "attacks", "North Waziristan")}),
])
def test_attacks(nlp: Language, text: str, want: set[Triple]) -> None:
    assert _attacks(nlp, text) == want


@pytest.mark.parametrize("text", [
    "The group denied that it had kidnapped the Italian aid workers.",
    "The Taliban denied responsibility for the attack, which killed 20 people in Kabul.",
    "The bombing, which no group has claimed, killed 12 people in Mogadishu.",
    "The raid on Crimea, which Russia claims as its own territory, was repelled.",
    "Russian attacks did not hit Kharkiv.",
    "The attacks hit Kharkiv overnight.",
    "Drones from Iran hit Kyiv.",
    "Dozens of Ukrainian civilians were killed in a Russian missile strike.",
    "The Indian navy launched a rescue operation in Somalia.",
    "The Kenyan military will launch an operation against al-Shabaab next week.",
    "As part of their campaign against Palestinian fighters, Israeli forces warned the commander.",
])
def test_no_attack(nlp: Language, text: str) -> None:
    assert _attacks(nlp, text) == set()


@pytest.mark.parametrize(("text", "want"), [
    # rebels placed by a demonym are no state's
    ("Syrian rebels shelled government-held districts of Aleppo.", set()),
    ("Palestinian militants fired rockets at Israel.", set()),
    # named by their group, they are the group's
    ("Houthi rebels fired a missile at Riyadh.", {("Houthis", "attacks", "Riyadh")}),
    # a state's own troops are the state's body
    ("Syrian troops shelled Aleppo.", {("Syrian Troops", "attacks", "Aleppo")}),
])
def test_fighters_of_no_state(nlp: Language, text: str, want: set[Triple]) -> None:
    assert _attacks(nlp, text) == want


def test_pro_demonym_militia_keeps_its_patron(nlp: Language) -> None:
    doc = nlp("Hezbollah, a pro-Iranian militia, fired rockets into Israel.")
    assert ("Hezbollah", "supports", "Iran") in claim_triples(doc, ("supports",))


def test_army_of_the_one_state(nlp: Language) -> None:
    """"the army" after one state is named is that state's army, and "its troops" are
    the army's (not the victims' group named in between)."""
    doc = nlp("Nigeria's government said on Monday that the army had killed 40 Boko Haram "
              "fighters. The army said its troops raided a camp near Maiduguri.")
    assert claim_triples(doc, ("attacks",)) == {("Nigerian Army", "attacks", "Boko Haram"),
                                                ("Nigerian Army", "attacks", "Maiduguri")}
    labels = {r.text for r in doc._.kg_refs if r.key == "Nigerian Army"}
    assert labels == {"army", "its"}


@pytest.mark.parametrize("text", [
    # two states named before it: whose army, unclear
    "Kenya and Somalia traded accusations. The army said it killed 40 al-Shabaab fighters.",
    # none named before it
    "The army said it killed 40 fighters. Nigeria's government welcomed the news.",
    # a noun modifier, not a body
    "Sudan's government defended the special military operation in Darfur.",
    # not "the": someone's or some army
    "Ukraine said a police officer was wounded.",
])
def test_no_armed_body(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not any(r.kind == "Body" for r in doc._.kg_refs)
