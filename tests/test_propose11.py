"""Proposals, demands and sanctions told in the many ways wire copy tells them (probed for
breadth rather than fitted to one article): plans tabled, floated, unveiled, drafted or
sponsored; calls, appeals and ultimatums, also renewed by a light verb ("X renewed his call
for Y to ...", speech.call_for_renewed) or handed to the addressee ("X gave Y an
ultimatum", speech.handed_demand); sanctions imposed, slapped, tightened or extended, assets
frozen ("X froze Y's assets", verb.froze_assets), actors struck with or listed under
sanctions ("X hit Y with sanctions", "X added Y to its sanctions list",
verb.sanctioned_with), an asset freeze or a ban on DEMONYM imports, a participle with its
agent ("sanctions imposed by X on Y") and an actor set off by commas "under" sanctions.

Sanctions only weighed, sought, threatened or lifted are no sanctions ("considered
sanctions against X", "lobbied for a sanctions package", "lifted sanctions on X"), and
talks that are only proposed or called for are no meeting of their parties.

The sentences are written for these tests (not taken from any corpus). Every sentence
asserts the exact set of ``proposes``, ``urges`` and ``sanctions`` claims.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]
_RELATIONS = ("proposes", "urges", "sanctions")


def _claims(nlp: Language, text: str) -> set[Triple]:
    return claim_triples(nlp(text), _RELATIONS)


@pytest.mark.parametrize(("text", "want"), [
    ('France put forward a draft resolution at the Security Council on Tuesday.',
     [('France', 'proposes', 'draft resolution')]),
    ('Egypt tabled a ceasefire proposal during talks in Cairo.',
     [('Egypt', 'proposes', 'ceasefire proposal')]),
    ('Brazil floated a plan to end the war in Ukraine.',
     [('Brazil', 'proposes', 'plan')]),
    ('China unveiled a 12-point peace plan for Ukraine on Friday.',
     [('China', 'proposes', '12-point peace plan')]),
    ("Indonesia's peace plan was rejected by Kyiv.",
     [('Indonesia', 'proposes', 'peace plan')]),
    ('The council voted on a draft resolution drafted by Malta.',
     [('Malta', 'proposes', 'draft resolution')]),
    ('The Security Council adopted a US-sponsored resolution on Gaza.',
     [('United States', 'proposes', 'US-sponsored resolution')]),
    ('Japan is seeking a free trade agreement with the Gulf states.',
     [('Japan', 'proposes', 'free trade agreement')]),
    ('Norway called for an immediate ceasefire in Sudan.',
     [('Norway', 'proposes', 'immediate ceasefire')]),
    ('Germany pushed for a price cap on Russian oil.',
     [('Germany', 'proposes', 'price cap')]),
    ('Poland lobbied for a new sanctions package against Russia.',
     []),
    ('MOSCOW, May 3 (Reuters) - Russia called on NATO to halt its expansion eastwards.',
     [('Russia', 'urges', 'NATO')]),
    ('The United Nations urged Israel to allow aid into Gaza.',
     [('United Nations', 'urges', 'Israel')]),
    ('Washington pressed Beijing to rein in North Korea.',
     [('United States', 'urges', 'China')]),
    ('Pope Francis appealed to Russia to end the war.',
     [('Pope Francis', 'urges', 'Russia')]),
    ('Ukraine asked Germany to supply more air defence systems.',
     [('Ukraine', 'urges', 'Germany')]),
    ('Secretary-General Antonio Guterres renewed his call for Israel to halt the offensive.',
     [('António Guterres', 'urges', 'Israel')]),
    ('President Joe Biden invited Japan to join the talks.',
     [('Joe Biden', 'urges', 'Japan')]),
    ('Canada told Iran to release the detained journalists.',
     [('Canada', 'urges', 'Iran')]),
    ('"Russia must withdraw its troops," Foreign Minister Annalena Baerbock said.',
     [('Annalena Baerbock', 'urges', 'Russia')]),
    ('The Kremlin urged Kyiv to accept the new territorial realities.',
     [('Russia', 'urges', 'Ukraine')]),
    ('The European Union imposed sanctions on Belarus on Monday.',
     [('European Union', 'sanctions', 'Belarus')]),
    ('The United States sanctioned three Iranian officials over the crackdown.',
     [('United States', 'sanctions', 'Iran')]),
    ('Sanctions against Russia by Japan took effect on Friday.',
     [('Japan', 'sanctions', 'Russia')]),
    ('Britain slapped sanctions on Iran after the executions.',
     [('United Kingdom', 'sanctions', 'Iran')]),
    ("Washington froze Afghanistan's central bank assets.",
     [('United States', 'sanctions', 'Afghanistan')]),
    ("The U.S. Treasury blacklisted Venezuela's state oil company.",
     [('U.S. Treasury', 'sanctions', 'Venezuela')]),
    ('China banned imports from Japan in August.',
     [('China', 'sanctions', 'Japan')]),
    ("The EU's sanctions on Russia have hit its economy hard.",
     [('European Union', 'sanctions', 'Russia')]),
    ('The United Nations imposed sanctions on North Korea and Iran.',
     [('United Nations', 'sanctions', 'Iran'), ('United Nations', 'sanctions', 'North Korea')]),
    ('Syria, already under U.S. sanctions, faces new measures.',
     [('United States', 'sanctions', 'Syria')]),
    ('Australia imposed sanctions on Russia, Belarus and Iran.',
     [('Australia', 'sanctions', 'Belarus'), ('Australia', 'sanctions', 'Iran'),
      ('Australia', 'sanctions', 'Russia')]),
    ('Canada announced new sanctions against Myanmar.',
     [('Canada', 'sanctions', 'Myanmar')]),
    ('Japan joined the United States in imposing sanctions on Russia.',
     [('Japan', 'sanctions', 'Russia'), ('United States', 'sanctions', 'Russia')]),
    ('The European Union has imposed a ban on Russian coal imports.',
     [('European Union', 'sanctions', 'Russia')]),
    ('China proposed a peace plan. The plan calls for a ceasefire.',
     [('China', 'proposes', 'peace plan')]),
    ('The European Union lifted sanctions on Libya last year.',
     []),
    ("Britain is considering sanctions against Israel's ministers.",
     []),
    ('Germany did not call on Israel to stop the offensive.',
     []),
    ('France will not impose sanctions on China.',
     []),
    ('The United States could impose sanctions on India, officials said.',
     []),
    ('Iran refused to call for a ceasefire.',
     []),
    ('Russia said the sanctions imposed on it were illegal.',
     []),
    ('Egypt did not propose any plan.',
     []),
    ('The EU may impose sanctions on Hungary.',
     []),
    ('The sanctions that Washington imposed on Iran have crippled its oil exports.',
     [('United States', 'sanctions', 'Iran')]),
    ('A new round of EU sanctions against Moscow was agreed on Wednesday.',
     [('European Union', 'sanctions', 'Russia')]),
    ('The United States imposed an arms embargo on South Sudan.',
     [('United States', 'sanctions', 'South Sudan')]),
    ("Britain announced an asset freeze against Russia's central bank.",
     [('United Kingdom', 'sanctions', 'Russia')]),
    ('Japan tightened sanctions on North Korea after the missile launch.',
     [('Japan', 'sanctions', 'North Korea')]),
    ('The European Union extended its sanctions against Russia for six months.',
     [('European Union', 'sanctions', 'Russia')]),
    ('Ukraine was urged by Germany to hold talks.',
     [('Germany', 'urges', 'Ukraine')]),
    ('Israel, which has been urged by the United States to limit civilian casualties, '
     'rejected the demand.',
     [('United States', 'urges', 'Israel')]),
    ("South Africa's proposal to send a peace mission to Kyiv was welcomed.",
     [('South Africa', 'proposes', 'peace mission')]),
    ("Germany's Chancellor Olaf Scholz urged China to use its influence on Russia.",
     [('Olaf Scholz', 'urges', 'China')]),
    ('Iran, the United Nations said, must allow inspectors into its nuclear sites.',
     [('United Nations', 'urges', 'Iran')]),
    ('The Group of Seven called on China to press Russia to end its war.',
     [('G7', 'urges', 'China')]),
    ('France and Germany called on Russia to withdraw its troops from Ukraine.',
     [('France', 'urges', 'Russia'), ('Germany', 'urges', 'Russia')]),
    ('Beijing urged Washington, Seoul and Tokyo to stop provoking Pyongyang.',
     [('China', 'urges', 'Japan'), ('China', 'urges', 'South Korea'),
      ('China', 'urges', 'United States')]),
    ('Pakistan demanded an apology from India.',
     [('Pakistan', 'urges', 'India')]),
    ('Japan implored China to release the detained businessman.',
     [('Japan', 'urges', 'China')]),
    ('"We call on Hamas to release all the hostages," said Secretary of State Antony Blinken.',
     [('Antony Blinken', 'urges', 'Hamas')]),
    ('The White House called on Congress to approve aid for Ukraine.',
     [('United States', 'urges', 'Congress')]),
    ('The European Commission proposed a ban on Russian diamonds.',
     [('European Commission', 'proposes', 'ban')]),
    ('China has put forward a Global Security Initiative.',
     [('China', 'proposes', 'Global Security Initiative')]),
    ('Venezuela, which is under U.S. sanctions, sells oil to China.',
     [('United States', 'sanctions', 'Venezuela')]),
    ('The United States hit Iran with new sanctions on Thursday.',
     [('United States', 'sanctions', 'Iran')]),
    ('Britain targeted Russia with sanctions over the poisoning.',
     [('United Kingdom', 'sanctions', 'Russia')]),
    ("The European Union imposed fresh sanctions on Iran's oil sector.",
     [('European Union', 'sanctions', 'Iran')]),
    ('Sanctions imposed by the United States on Cuba remain in force.',
     [('United States', 'sanctions', 'Cuba')]),
    ('Washington placed Huawei on its sanctions list in 2019.',
     [('United States', 'sanctions', 'Huawei')]),
    ('The EU added Belarus to its sanctions list.',
     [('European Union', 'sanctions', 'Belarus')]),
    ("The EU's sanctions regime against Iran was extended.",
     [('European Union', 'sanctions', 'Iran')]),
    ('Canada imposed visa bans on Iranian officials.',
     [('Canada', 'sanctions', 'Iran')]),
    ('Germany wants Russia to withdraw its troops.',
     [('Germany', 'urges', 'Russia')]),
    ('In a statement, the Kremlin called on Kyiv to show restraint.',
     [('Russia', 'urges', 'Ukraine')]),
    ('Pakistan was asked by China to ensure the safety of its workers.',
     [('China', 'urges', 'Pakistan')]),
    ("Indonesia's appeal to Myanmar to end the violence went unanswered.",
     [('Indonesia', 'urges', 'Myanmar')]),
    ("The United Nations demanded Israel's withdrawal from the occupied territories.",
     [('United Nations', 'urges', 'Israel')]),
    ('Egypt implored Israel not to launch the offensive.',
     [('Egypt', 'urges', 'Israel')]),
    ('Israel was urged by France and Germany to allow aid into Gaza.',
     [('France', 'urges', 'Israel'), ('Germany', 'urges', 'Israel')]),
    ('Japan encouraged South Korea to improve relations.',
     [('Japan', 'urges', 'South Korea')]),
    ('Indonesia presented a five-point peace plan to the ASEAN summit.',
     [('Indonesia', 'proposes', 'five-point peace plan')]),
    ('A plan proposed by France was rejected by Russia.',
     [('France', 'proposes', 'plan')]),
    ('The French proposal was welcomed by Germany.',
     [('France', 'proposes', 'French proposal')]),
    ("China's 12-point plan calls for talks between Russia and Ukraine.",
     [('China', 'proposes', '12-point plan')]),
    ('Ukraine proposed a prisoner swap with Russia.',
     [('Ukraine', 'proposes', 'prisoner swap')]),
    ('The initiative, put forward by Turkey, was backed by the United Nations.',
     [('Turkey', 'proposes', 'initiative')]),
    ('Russia proposed a ceasefire for Easter.',
     [('Russia', 'proposes', 'ceasefire')]),
])
def test_breadth(nlp: Language, text: str, want: list[Triple]) -> None:
    assert _claims(nlp, text) == set(want)


@pytest.mark.parametrize(("text", "want"), [
    # verb.froze_assets
    ("The European Union froze the assets of Russia's central bank.",
     {("European Union", "sanctions", "Russia")}),
    ("Russia's reserves were frozen by Western governments and Japan.",
     {("Japan", "sanctions", "Russia")}),
    # verb.sanctioned_with
    ("The Commerce Department added Huawei to its blacklist.",
     {("Commerce Department", "sanctions", "Huawei")}),
    # speech.call_for_renewed, speech.handed_demand
    ("Washington gave Tehran an ultimatum to stop enrichment.",
     {("United States", "urges", "Iran")}),
    ("Russia handed the United States a list of demands on security guarantees.",
     {("Russia", "urges", "United States")}),
    ("Guterres issued an urgent appeal for Israel to halt the offensive.",
     {("Guterres", "urges", "Israel")}),
    # a call for a measure proposes it
    ("Turkey's call for peace talks went unheeded.", {("Turkey", "proposes", "peace talks")}),
    ("The call by Egypt for a Gaza truce was rejected.", {("Egypt", "proposes", "Gaza truce")}),
])
def test_new_constructions(nlp: Language, text: str, want: set[Triple]) -> None:
    assert _claims(nlp, text) == want


@pytest.mark.parametrize("text", [
    # holdings only: ties frozen are no sanction; nor a future or denied freeze
    "Washington froze ties with Moscow after the invasion.",
    "Britain will freeze the assets of Iranian officials.",
    "The United States has not frozen Iran's funds.",
    "Iran froze its uranium enrichment.",
    # a threat of sanctions, or a hypothetical or denied one
    "The United States threatened Turkey with sanctions.",
    "Washington could hit Iran with sanctions.",
    "The EU did not hit Russia with sanctions.",
    "The EU eased its sanctions on Venezuela.",
    "The threat of sanctions on Iran hangs over the talks.",
    "Washington offered sanctions relief to Iran.",
    # a call renewed in the future, an ultimatum not given, a welcome handed
    "Guterres will renew his call for Israel to halt the offensive.",
    "Washington did not give Tehran an ultimatum.",
    "Xi gave Putin a warm welcome.",
    # an "under" phrase that is no sanction, or a sanction with no named imposer
    "The talks under EU auspices began.",
    "Iran, under heavy Western sanctions since 2018, sells oil to China.",
])
def test_no_claims(nlp: Language, text: str) -> None:
    assert _claims(nlp, text) == set()


@pytest.mark.parametrize("text", [
    "Turkey called for talks between Russia and Ukraine.",
    "Turkey proposed talks between Russia and Ukraine.",
])
def test_sought_talks_are_no_meeting(nlp: Language, text: str) -> None:
    assert ("Russia", "metWith", "Ukraine") not in claim_triples(
        nlp(text), ("metWith",), symmetric=("metWith",))
    assert ("Turkey", "proposes", "talks") in _claims(nlp, text)


@pytest.mark.parametrize("text", [
    "Kishida proposed a summit with Kim Jong Un.",
    "Kishida sought talks with Kim Jong Un.",
    "Kishida's proposal for talks with Kim Jong Un was rejected.",
])
def test_sought_summit_is_no_meeting(nlp: Language, text: str) -> None:
    assert claim_triples(nlp(text), ("metWith",)) == set()


def test_summit_held_meets(nlp: Language) -> None:
    assert claim_triples(nlp("Kishida held a summit with Kim Jong Un."), ("metWith",)) == {
        ("Kishida", "metWith", "Kim Jong Un")}


def test_talks_held_still_meet(nlp: Language) -> None:
    assert ("Russia", "metWith", "Ukraine") in claim_triples(
        nlp("Talks between Russia and Ukraine ended without a deal."), ("metWith",),
        symmetric=("metWith",))


def test_targeted_with_sanctions_is_no_attack(nlp: Language) -> None:
    doc = nlp("Britain targeted Russia with sanctions over the poisoning.")
    assert claim_triples(doc, ("attacks",)) == set()
    assert claim_triples(nlp("Russian forces targeted Kyiv with missiles."), ("attacks",)) == {
        ("Russian Forces", "attacks", "Kyiv")}


@pytest.mark.parametrize(("text", "want"), [
    ("The United States threatened to impose sanctions on Turkey.",
     {("United States", "criticizes", "Turkey")}),
    ("China threatened to sanction Lithuania over the Taiwan office.",
     {("China", "criticizes", "Lithuania")}),
    ("Washington threatened to slap sanctions on Beijing.",
     {("United States", "criticizes", "China")}),
    ("Russia threatened to invade Ukraine.", {("Russia", "criticizes", "Ukraine")}),
    ("The United States did not threaten to impose sanctions on Turkey.", set()),
])
def test_threatened_measure_criticizes(nlp: Language, text: str, want: set[Triple]) -> None:
    doc = nlp(text)
    assert claim_triples(doc, ("criticizes",)) == want
    assert claim_triples(doc, ("sanctions", "attacks")) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("The sanctions, imposed by the EU after the crackdown, target Belarus's potash industry.",
     {("European Union", "sanctions", "Belarus")}),
    ("New U.S. sanctions target Russia's energy sector.",
     {("United States", "sanctions", "Russia")}),
    ("Washington's new sanctions hit Iran's central bank.",
     {("United States", "sanctions", "Iran")}),
    # the one a sanction is "against" is sanctioned, not whom it hurts
    ("EU sanctions against Russia hit German exporters.",
     {("European Union", "sanctions", "Russia")}),
    ("The sanctions will target Russia's banks.", set()),
    ("The sanctions did not hit Iran's oil exports.", set()),
])
def test_sanctions_strike(nlp: Language, text: str, want: set[Triple]) -> None:
    assert _claims(nlp, text) == want
