"""Force, sanctions and who acts for whom: the cells of the round-14 probe matrix that
failed and were mended, each with a negative.

- an attack or sanction only spoken of or looked on is not its onlooker's act ("X
  discussed the situation around the offensive in Y", "X witnessed the bombing of Y");
- "X responded with a barrage / sanctions on Y" stays X's act;
- "X launched a missile and drone attack on Y", "fired dozens of rockets at Y";
- munitions downed in defence ("X shot down 30 ORG rockets", "intercepted missiles fired
  by Y"): whoever fired them attacks X (a craft downed, drones included, is still X's
  attack);
- "Y came under DEMONYM attack", "Y has been the target of DEMONYM strikes": the demonym's
  state attacks Y;
- "X hit Y with drones": the instrument is a weapon, so X attacks Y;
- sanctions a verb of striking hits its undergoer with or by: "Y was hit with sanctions by
  X", "Y, hit by X sanctions, ...";
- "X placed Y under sanctions": Y, not X, is sanctioned;
- "X joined EU sanctions against Y": the one who joins sanctions Y too;
- "countersanctions";
- "Y, which X sanctioned in 2019": X sanctions Y (``sanction.relative``);
- "froze the assets of DEMONYM President NAME" sanctions NAME, not the title's state;
- a spokesperson who says the state struck or sanctioned Y does neither;
- "struck X-backed militias": the backer is not what is struck (rules.search);
- "NAME attacked NAME for the tweet / for failing to ... / as weak / in the debate": one
  person attacking another is words, no armed attack;
- "the leader of the ORG group, NAME": NAME acts for ORG; "NAME, who heads STATE's
  military intelligence": NAME acts for STATE.

The sentences are written for these tests (not taken from any corpus). Each asserts the
exact set of claims of the family's relations.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]
FAMILY = ("attacks", "sanctions", "affiliatedWith")


def _family(nlp: Language, text: str) -> set[Triple]:
    return claim_triples(nlp(text), FAMILY)


@pytest.mark.parametrize(("text", "want"), [
    # an attack only spoken of or looked on
    ("The two presidents discussed the situation in the context of the offensive in Donbass.",
     set()),
    ("As a boy, Kurt Vonnegut witnessed the bombing of Dresden.", set()),
    ("While discussing aid in the context of the offensive against Ukraine, Recep Tayyip "
     "Erdogan thanked his host.", set()),
    # (an act the verb takes as its object is still its subject's)
    ("Israel announced air strikes on Lebanon.", {("Israel", "attacks", "Lebanon")}),
    ("The European Union agreed a new package of sanctions against Belarus.",
     {("European Union", "sanctions", "Belarus")}),
    ("Iran answered with a missile barrage on Israel.", {("Iran", "attacks", "Israel")}),
    ("The European Union responded with sanctions against Belarus.",
     {("European Union", "sanctions", "Belarus")}),
    # weapons launched "on" a target, and counts of them
    ("Russia launched a huge missile and drone attack on Ukraine's power grid.",
     {("Russia", "attacks", "Ukraine")}),
    ("Hezbollah fired dozens of rockets at Israel on Sunday.",
     {("Hezbollah", "attacks", "Israel")}),
    ("Russia launched dozens of projects in Africa.", set()),
    # munitions downed in defence: who fired them attacks the defender
    ("Israel shot down 30 Hezbollah rockets overnight.", {("Hezbollah", "attacks", "Israel")}),
    ("Israel intercepted most of the Iranian missiles.", {("Iran", "attacks", "Israel")}),
    ("Israel intercepted missiles fired by Iran.", {("Iran", "attacks", "Israel")}),
    ("Turkey shot down a Russian warplane in 2015.", {("Turkey", "attacks", "Russia")}),
    ("Ukraine did not shoot down any Russian missiles.", set()),
    # came under DEMONYM attack
    ("Lebanon came under Israeli attack overnight.", {("Israel", "attacks", "Lebanon")}),
    ("Ukraine came under heavy Russian shelling.",
     {("Russia", "attacks", "Ukraine")}),
    ("The minister came under fire for his remarks.", set()),
    # the target of DEMONYM strikes
    ("Lebanon has been the target of Israeli strikes.", {("Israel", "attacks", "Lebanon")}),
    ("Lebanon has not been the target of Israeli strikes.", set()),
    # hit Y with weapons
    ("Russia hit Ukraine with dozens of drones on Sunday night.",
     {("Russia", "attacks", "Ukraine")}),
    ("Israel hit Syria with air strikes on Tuesday.", {("Israel", "attacks", "Syria")}),
    ("Russia did not hit Ukraine with missiles.", set()),
    ("The senator hit the president with fresh criticism.", set()),
    # sanctions that hit their undergoer
    ("Iran was hit with new sanctions by Canada.", {("Canada", "sanctions", "Iran")}),
    ("Belarus, hit by EU sanctions, turned to Moscow for loans.",
     {("European Union", "sanctions", "Belarus")}),
    ("Syria was hit by new sanctions from the Arab League.",
     {("Arab League", "sanctions", "Syria")}),
    ("Iran could be hit with sanctions by Canada.", set()),
    ("Belarus, hit by falling prices, turned to Moscow for loans.", set()),
    # placed under sanctions
    ("The United States placed Venezuela under sanctions in 2019.",
     {("United States", "sanctions", "Venezuela")}),
    ("Venezuela is under sanctions from the United States.",
     {("United States", "sanctions", "Venezuela")}),
    ("The United States did not place Venezuela under sanctions.", set()),
    # joining sanctions
    ("Norway joined EU sanctions against Belarus.",
     {("European Union", "sanctions", "Belarus"), ("Norway", "sanctions", "Belarus")}),
    ("Norway refused to join EU sanctions against Belarus.",
     {("European Union", "sanctions", "Belarus")}),
    # countersanctions
    ("China imposed countersanctions on Lithuania.", {("China", "sanctions", "Lithuania")}),
    ("China threatened countersanctions on Lithuania.", set()),
    # the one sanctioned before a relative clause
    ("Venezuela, which the United States sanctioned in 2019, sells oil to India.",
     {("United States", "sanctions", "Venezuela")}),
    ("Belarus, which the European Union has blacklisted since 2020, protested.",
     {("European Union", "sanctions", "Belarus")}),
    ("Venezuela, which the United States has not sanctioned, sells oil to India.", set()),
    # attacking someone with words: a reason or a label, not a span of time
    ("Joe Biden attacked Donald Trump for the tweet.", set()),
    ("Joe Biden attacked Donald Trump for failing to cut taxes.", set()),
    ("Joe Biden attacked Donald Trump as weak on crime.", set()),
    ("Russia attacked Ukraine for its ties with NATO.", {("Russia", "attacks", "Ukraine")}),
    ("Kamala Harris attacked Joe Biden during the debate.", set()),
    ("Israel attacked Hamas leader Ismail Haniyeh in Tehran.",
     {("Israel", "attacks", "Ismail Haniyeh"), ("Ismail Haniyeh", "affiliatedWith", "Hamas")}),
    ("Trump hit Biden with a barrage of attacks on his record.", set()),
    ("Russia attacked Ukraine for a third straight night.", {("Russia", "attacks", "Ukraine")}),
    ("Iran attacked Israel for the first time in April.", {("Iran", "attacks", "Israel")}),
    ("Israel attacked Lebanon as part of its campaign.", {("Israel", "attacks", "Lebanon")}),
    # the backer of a proxy is not what an attack or sanction on the proxy hits
    ("Ukraine attacked Russian-backed separatists near the border.", set()),
    ("Britain sanctioned Russian-funded media outlets.", set()),
    ("The United States sanctioned Iran-backed Houthi leaders.",
     {("United States", "sanctions", "Houthis")}),
    # the assets of a titled person are the person's, not the state's in the title
    ("Canada froze the assets of Belarusian President Alexander Lukashenko.",
     {("Canada", "sanctions", "Alexander Lukashenko"),
      ("Alexander Lukashenko", "affiliatedWith", "Belarus")}),
    ("Canada froze the assets of Belarus's central bank.", {("Canada", "sanctions", "Belarus")}),
    # a spokesperson shares the stances of the state, not its strikes or sanctions
    ("Israeli army spokesman Nadav Shoshani said Israel had struck Hezbollah.",
     {("Israel", "attacks", "Hezbollah"), ("Nadav Shoshani", "affiliatedWith", "Israel"),
      ("Nadav Shoshani", "affiliatedWith", "Israeli Army")}),
    # titles: the leader of the ORG group, NAME; who heads STATE's unit
    ("The leader of the Hamas movement, Ismail Haniyeh, spoke in Doha.",
     {("Ismail Haniyeh", "affiliatedWith", "Hamas")}),
    ("The spokesman of the Taliban movement, Zabihullah Mujahid, spoke in Kabul.",
     {("Zabihullah Mujahid", "affiliatedWith", "Taliban")}),
    ("The Hamas movement, Ismail Haniyeh said, was ready.", set()),
    ("Ivan Petrenko, who heads Ukraine's military intelligence, spoke in Kyiv.",
     {("Ivan Petrenko", "affiliatedWith", "Ukraine")}),
    ("Ivan Petrenko, who met Ukraine's military intelligence chief, spoke in Kyiv.", set()),
])
def test_matrix_cells(nlp: Language, text: str, want: set[Triple]) -> None:
    assert _family(nlp, text) == want
