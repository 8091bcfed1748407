"""Armed attacks told in the many ways wire copy tells them: forces moving into another's
ground ("DEMONYM troops crossed into Y", attack.crossed_into), craft shot down or seized
("X shot down a DEMONYM drone", "X's navy seized a DEMONYM-owned tanker", attack.downed),
attacks fended off ("X repelled a DEMONYM assault", attack.repelled), wars fought and
states fighting states ("A and B fought a war", "X has been fighting Y", attack.fought),
clashes between paired demonyms ("clashes between DEMONYM and DEMONYM troops"), counts of
attacks ("carried out hundreds of raids on Y", attack.counted), attacks by forces named by
their owner ("the shelling of Y by DEMONYM forces", attack.noun_by), places named by a
place noun ("in X's NAME region", "the city of NAME"), positions of an owner under fire,
weapons fired with the target on the verb, and a capital an attack strikes taken as the
city ("missiles hit CAPITAL"; a war against it stays on its state).

The sentences are written for these tests (not taken from any corpus). Every sentence
asserts the exact set of ``attacks`` claims; the negatives (negation, modality, the future,
unarmed movers, a trade war, entry by invitation, a police seizure, verbal attacks) assert
none.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _attacks(nlp: Language, text: str) -> set[Triple]:
    return claim_triples(nlp(text), ("attacks",))


def _both(a: str, b: str) -> set[Triple]:
    return {(a, "attacks", b), (b, "attacks", a)}


@pytest.mark.parametrize(("text", "want"), [
    # attack.crossed_into
    ("Turkish troops crossed into Syria on Sunday.", {("Turkish Troops", "attacks", "Syria")}),
    ("Russian tanks rolled into Georgia in August 2008.", {("Russia", "attacks", "Georgia")}),
    ("Israeli forces pushed into southern Lebanon overnight, the army said.",
     {("Israeli Forces", "attacks", "Lebanon")}),
    ("Ethiopian troops entered Somalia in 2006 to oust the Islamists.",
     {("Ethiopian Troops", "attacks", "Somalia")}),
    # attack.downed
    ("Iran shot down an American drone over the Gulf.", {("Iran", "attacks", "United States")}),
    ("A Chinese spy balloon was shot down by the United States off South Carolina.",
     {("United States", "attacks", "China")}),
    ("Turkey shot down a Russian warplane near the Syrian border in 2015.",
     {("Turkey", "attacks", "Russia")}),
    ("Iran's navy seized a British tanker in the Strait of Hormuz.",
     {("Iranian Navy", "attacks", "United Kingdom")}),
    ("Iran seized two Greek tankers in the Gulf on Friday.", {("Iran", "attacks", "Greece")}),
    ("The Houthis hijacked a British-owned ship in the Red Sea.",
     {("Houthis", "attacks", "United Kingdom")}),
    ("Pakistan said it had downed two Indian fighter jets.", {("Pakistan", "attacks", "India")}),
    ("Russia's defence ministry said its forces had shot down 20 Ukrainian drones.",
     {("Russia", "attacks", "Ukraine")}),
    ("Ukraine destroyed a Russian warship off Crimea.", {("Ukraine", "attacks", "Russia")}),
    # attack.repelled
    ("Ukraine repelled a Russian attack near Bakhmut.", {("Russia", "attacks", "Ukraine")}),
    ("Kyiv said its troops had repulsed an assault by Russian forces.",
     {("Russian Forces", "attacks", "Ukraine")}),
    ("Ukrainian forces beat back a Russian offensive near Kharkiv.",
     {("Russia", "attacks", "Ukrainian Forces")}),
    # attack.fought: wars fought, states fighting states
    ("India and Pakistan fought a war in 1999.", _both("India", "Pakistan")),
    ("Iraq fought a war against Iran in the 1980s.", {("Iraq", "attacks", "Iran")}),
    ("Armenia and Azerbaijan fought two wars over Nagorno-Karabakh.",
     _both("Armenia", "Azerbaijan")),
    ("Ukraine has been fighting Russia since February 2022.", {("Ukraine", "attacks", "Russia")}),
    ("Ukraine, which has been fighting Russia for two years, asked for more arms.",
     {("Ukraine", "attacks", "Russia")}),
    # attack.fought: states clashing on a border
    ("Armenia and Azerbaijan clashed along their border on Tuesday.",
     _both("Armenia", "Azerbaijan")),
    # attack.clash_between: the pair of demonyms as a noun modifier
    ("Clashes between Thai and Cambodian troops killed 12 people.",
     _both("Thailand", "Cambodia")),
    ("Deadly clashes between Indian and Chinese troops erupted in the Galwan Valley.",
     _both("India", "China")),
    # attack.force_from with a bomber
    ("Suicide bombers from Al-Shabaab struck Somalia's capital Mogadishu.",
     {("al-Shabaab", "attacks", "Mogadishu")}),
    # attack.counted
    ("Israel has carried out hundreds of raids on Syria since the war began.",
     {("Israel", "attacks", "Syria")}),
    # attack.noun_by
    ("The shelling of Kharkiv by Russian forces killed three civilians, local officials said.",
     {("Russian Forces", "attacks", "Kharkiv")}),
    ("Strikes on Lebanon by Israeli jets killed five people.", {("Israel", "attacks", "Lebanon")}),
    # a place named by a place noun
    ("MOSCOW, March 4 (Reuters) - Ukrainian drones attacked an oil refinery in Russia's "
     "Krasnodar region overnight.", {("Ukraine", "attacks", "Krasnodar")}),
    ("Ukraine shelled a school in the city of Donetsk.", {("Ukraine", "attacks", "Donetsk")}),
    # attack.came_under: an owner's positions
    ("Ukrainian positions came under fire from Russian tanks near Bakhmut.",
     {("Russia", "attacks", "Ukraine")}),
    # attack.weapon_object: the target on the verb
    ("Hezbollah fighters fired anti-tank missiles at Israeli positions.",
     {("Hezbollah", "attacks", "Israel")}),
    ("Saudi air defences intercepted missiles fired by the Houthis at Riyadh.",
     {("Houthis", "attacks", "Riyadh")}),
    # attack.performed_by: an attack with no target strikes where it killed
    ("The attack, claimed by the Islamic State, killed 12 people in Afghanistan.",
     {("Islamic State", "attacks", "Afghanistan")}),
    # attack.weapon_subject: weapons owned through a participle's agent
    ("Missiles fired by the Houthis struck Riyadh on Monday.",
     {("Houthis", "attacks", "Riyadh")}),
    # "over" a time is no issue
    ("Russia attacked Ukraine over the weekend.", {("Russia", "attacks", "Ukraine")}),
    # a capital struck is the city; a war against it is on its state
    ("Russian missiles hit Kyiv early on Monday.", {("Russia", "attacks", "Kyiv")}),
    ("Israel launched air strikes on Damascus.", {("Israel", "attacks", "Damascus")}),
    ("Moscow launched a massive missile attack on Kyiv overnight.",
     {("Russia", "attacks", "Kyiv")}),
    ("Al-Qaeda claimed responsibility for the attacks on London.",
     {("al-Qaeda", "attacks", "London")}),
    ("Russia's war against Kyiv has lasted two years.", {("Russia", "attacks", "Ukraine")}),
])
def test_attack_claims(nlp: Language, text: str, want: set[Triple]) -> None:
    assert _attacks(nlp, text) == want


@pytest.mark.parametrize("text", [
    "Turkish troops did not cross into Syria, the ministry said.",
    "Russian troops did not enter Ukraine, the Kremlin said.",
    "Israeli forces could push into Rafah, officials warned.",
    "The delegation entered Syria on Monday for talks.",
    "Chinese tourists crossed into Vietnam on Monday.",
    "Russian troops entered Kazakhstan at the invitation of its president.",
    "North Korea may shoot down American planes, its foreign minister warned.",
    "Indonesian police seized a Chinese fishing boat.",
    "The United States and China fought a trade war in 2019.",
    "The two countries fought a war of words over the summit.",
    "The European Union fought China over tariffs.",
    "Ukraine will fight Russia to the end, Zelenskiy said.",
    "Ukraine repelled Russian criticism of the deal.",
    "Erdogan attacked the decision of the United States on Monday.",
    "North Korea will fire missiles at Japan if provoked.",
    "Russia may launch a barrage of missiles at Ukraine.",
    "Russia did not attack Ukraine, the Kremlin said.",
    "China has never invaded another country, the spokesman said.",
    "The war in Sudan has displaced millions.",
    "Ukrainian officials came under fire from Russian media.",
    "North Korea test-fired missiles into the sea.",
    "Taiwan said it was ready to repel any attack by China.",
    "Armenia and Azerbaijan did not clash along the border.",
    "France and Germany clashed at the border talks.",
    "Missiles fired at Israel caused damage.",
    "Vladimir Putin boarded a Russian plane to Beijing.",
    "Biden attacked Russia over its human rights record.",
    "Macron boarded a French navy helicopter on Monday.",
    "Russia denied attacking Ukraine's power plants.",
    "Ukraine asked Germany for tanks to fight Russia.",
    "The attack, which was not claimed by any group, killed 12 people in Kabul.",
])
def test_no_attack(nlp: Language, text: str) -> None:
    assert _attacks(nlp, text) == set()
