"""Attacks, meetings, events and officeholders in the constructions of wire copy.

The sentences are written for these tests (not taken from the corpus). Each rule is tried
in several syntactic variants (active, passive, participial, relative clause, long
sentences with clauses), and each has negative cases: negation, a future or hoped-for
act, a look-alike construction, or an object of the wrong kind.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _claims(nlp: Language, text: str, *relations: str) -> set[Triple]:
    return claim_triples(nlp(text), relations)


# ---------------------------------------------- attacks: verbs of taking ground by force
@pytest.mark.parametrize(("text", "want"), [
    ("Ukrainian troops recaptured the village of Robotyne after weeks of heavy fighting, "
     "the general staff said on Monday.", ("Ukrainian Troops", "attacks", "Robotyne")),
    ("The Taliban seized Kabul in August 2021 as the last American troops were leaving.",
     ("Taliban", "attacks", "Afghanistan")),
    ("Israel pounded Gaza with airstrikes overnight, health officials in the enclave said.",
     ("Israel", "attacks", "Gaza Strip")),
    ("Fifteen British Royal Navy sailors were captured by Iranian forces in the Gulf, "
     "the ministry said.", ("Iranian Forces", "attacks", "Royal Navy")),
])
def test_conflict4_taking_ground_verbs(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_conflict4_taking_ground_negatives(nlp: Language) -> None:
    assert _claims(nlp, "The photographs captured the mood in Moscow after the vote.",
                   "attacks") == set()
    assert _claims(nlp, "Russian forces did not capture Kharkiv, Ukrainian officials "
                        "insisted.", "attacks") == set()
    assert _claims(nlp, "Military analysts say Russia could seize Odesa within weeks.",
                   "attacks") == set()


# ------------------------------------------- attacks: struck by a side's weapons (passive)
@pytest.mark.parametrize(("text", "want"), [
    ("Kyiv was hit by Russian missiles early on Thursday, the city's mayor said.",
     ("Russia", "attacks", "Kyiv")),
    ("The city of Odesa, struck by Russian drones overnight, lost power for several hours.",
     ("Russia", "attacks", "Odesa")),
    ("Israel was targeted by Iranian missiles and drones on Saturday night, the army said.",
     ("Iran", "attacks", "Israel")),
])
def test_conflict4_hit_by_weapons(nlp: Language, text: str, want: Triple) -> None:
    got = _claims(nlp, text, "attacks")
    assert want in got
    assert {t for t in got if t[1] == "attacks"} == {want}


def test_conflict4_hit_by_negatives(nlp: Language) -> None:
    # not hit; hit by something that is no weapon of a side; a future strike
    assert _claims(nlp, "Kyiv was not hit by Russian missiles on Thursday, the mayor said.",
                   "attacks") == set()
    assert _claims(nlp, "Ukraine was hit by a wave of cold weather in January.",
                   "attacks") == set()
    assert _claims(nlp, "Officials fear Kyiv could be hit by Russian missiles again.",
                   "attacks") == set()


# ---------------------------------------------- attacks: carried out or launched by X
@pytest.mark.parametrize(("text", "want"), [
    ("The offensive launched by Azerbaijan against Armenia in September lasted one day.",
     ("Azerbaijan", "attacks", "Armenia")),
    ("The strikes on Syria, carried out by Israel late on Sunday, hit an airport.",
     ("Israel", "attacks", "Syria")),
    ("A wave of attacks on Nigeria, mounted by Boko Haram over the weekend, left dozens "
     "dead.", ("Boko Haram", "attacks", "Nigeria")),
])
def test_conflict4_performed_by(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_conflict4_performed_by_negatives(nlp: Language) -> None:
    assert _claims(nlp, "The strikes on Iran were not carried out by Israel, officials "
                        "said.", "attacks") == set()
    # no named target: nothing
    assert _claims(nlp, "The attack was carried out by Hamas, the army said.",
                   "attacks") == set()
    # what is carried out is no attack
    assert _claims(nlp, "The survey of Iraq was carried out by the United Nations.",
                   "attacks") == set()


# ------------------------------------------------ attacks: claiming responsibility
@pytest.mark.parametrize(("text", "want"), [
    ("The Islamic State claimed responsibility for the attack on the Iraqi army, which "
     "killed nine soldiers near Kirkuk.", ("Islamic State", "attacks", "Iraqi Army")),
    ("Al-Shabaab, which has claimed responsibility for several bombings in Kenya, "
     "said it would fight on.", ("al-Shabaab", "attacks", "Kenya")),
    ("In a statement on Telegram, the Houthis took responsibility for the missile strikes "
     "on Israel.", ("Houthis", "attacks", "Israel")),
])
def test_conflict4_responsibility(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "attacks")


def test_conflict4_responsibility_negatives(nlp: Language) -> None:
    assert _claims(nlp, "Hamas did not claim responsibility for the attack on Israel.",
                   "attacks") == set()
    assert _claims(nlp, "No group has claimed responsibility for the bombing of the "
                        "Pakistani consulate.", "attacks") == set()
    # responsibility for something that is no attack
    assert _claims(nlp, "Germany took responsibility for the security of Lithuania.",
                   "attacks") == set()


def test_conflict4_strikes_inside(nlp: Language) -> None:
    got = _claims(nlp, "Pakistan conducted airstrikes inside Afghanistan on Monday, "
                       "targeting what it said were militant hideouts.", "attacks")
    assert ("Pakistan", "attacks", "Afghanistan") in got
    assert _claims(nlp, "Russia's siege of Mariupol lasted nearly three months.",
                   "attacks") == {("Russia", "attacks", "Mariupol")}


# --------------------------------------------------------- metWith: spoke to a person
@pytest.mark.parametrize(("text", "want"), [
    ("Russian President Vladimir Putin spoke to Chinese President Xi Jinping by "
     "telephone on Wednesday, the Kremlin said.", ("Vladimir Putin", "metWith", "Xi Jinping")),
    ("US Defense Secretary Lloyd Austin talked to his Chinese counterpart Dong Jun by "
     "video link, the first such call in more than a year.",
     ("Lloyd Austin", "metWith", "Dong Jun")),
    ("Emmanuel Macron, who has kept a channel open to Moscow, spoke to Vladimir Putin for "
     "two hours on Friday.", ("Emmanuel Macron", "metWith", "Vladimir Putin")),
])
def test_conflict4_spoke_to(nlp: Language, text: str, want: Triple) -> None:
    got = _claims(nlp, text, "metWith")
    assert any(set(want[::2]) == {s, o} for s, _, o in got)


def test_conflict4_spoke_to_negatives(nlp: Language) -> None:
    assert _claims(nlp, "Antony Blinken spoke to reporters in Brussels.", "metWith") == set()
    # an address to an assembly or body is not a meeting
    assert _claims(nlp, "Fumio Kishida spoke to the United Nations General Assembly on "
                        "Tuesday.", "metWith") == set()
    assert _claims(nlp, "Emmanuel Macron did not speak to Vladimir Putin.",
                   "metWith") == set()
    assert _claims(nlp, "Olaf Scholz will speak to Joe Biden next week.", "metWith") == set()


def test_conflict4_contacts_with(nlp: Language) -> None:
    got = _claims(nlp, "European Council President Charles Michel briefed Vladimir Putin "
                       "on his contacts with Volodymyr Zelensky.", "metWith")
    assert any({s, o} == {"Charles Michel", "Volodymyr Zelenskyy"} for s, _, o in got)


# ------------------------------------------- metWith: talks named for their parties
@pytest.mark.parametrize(("text", "pair"), [
    ("After the plenary session, Russia-Turkmenistan talks continued over a working lunch.",
     {"Russia", "Turkmenistan"}),
    ("The US-China summit in San Francisco ended without a breakthrough on Taiwan.",
     {"United States", "China"}),
    ("Officials said the Japan-Philippines meeting, the first in a decade, covered "
     "maritime security.", {"Japan", "Philippines"}),
])
def test_conflict4_named_parties(nlp: Language, text: str, pair: set[str]) -> None:
    got = _claims(nlp, text, "metWith")
    assert any({s, o} == pair for s, _, o in got)


def test_conflict4_named_parties_negatives(nlp: Language) -> None:
    assert _claims(nlp, "Planned Russia-Ukraine talks were cancelled.", "metWith") == set()
    assert _claims(nlp, "The US-China talks were postponed indefinitely.", "metWith") == set()
    # one party and no hyphenated pair: no meeting between parties
    assert _claims(nlp, "The Russia summit in Sochi ended on Friday.", "metWith") == set()


# ------------------------------------------- affiliatedWith: heads, leads, represents
@pytest.mark.parametrize(("text", "want"), [
    ("Ursula von der Leyen, who heads the European Commission, visited Kyiv on Saturday.",
     ("Ursula von der Leyen", "affiliatedWith", "European Commission")),
    ("The European Commission, headed by Ursula von der Leyen, proposed new sanctions.",
     ("Ursula von der Leyen", "affiliatedWith", "European Commission")),
    ("Jens Stoltenberg, who led NATO for a decade, said the alliance was stronger.",
     ("Jens Stoltenberg", "affiliatedWith", "NATO")),
])
def test_conflict4_heads(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "affiliatedWith")


def test_conflict4_heads_negatives(nlp: Language) -> None:
    # a claim to represent, a hope to lead, not heading, an object that is no body
    assert _claims(nlp, "Rudy Giuliani, claiming to represent the State Department, met "
                        "Ukrainian officials.", "affiliatedWith") == set()
    assert _claims(nlp, "Mark Rutte does not head NATO yet.", "affiliatedWith") == set()
    assert _claims(nlp, "Sergei Lavrov led the talks in Geneva.", "affiliatedWith") == set()


# ------------------------------------- metWith during a call: a topic is not a party
def test_conflict4_during_call_topic_is_no_party(nlp: Language) -> None:
    got = _claims(nlp, "German Chancellor Olaf Scholz and French President Emmanuel Macron "
                       "discussed Ukraine in a phone call on Friday.", "metWith")
    assert not any("Ukraine" in (s, o) for s, _, o in got)
    got = _claims(nlp, "During the call, Chinese Premier Li Qiang reviewed Vietnam's "
                       "progress with Vietnamese Prime Minister Pham Minh Chinh.", "metWith")
    assert not any("Vietnam" in (s, o) for s, _, o in got)
    # the one acted on in a call is still met
    got = _claims(nlp, "During the call, Turkish President Recep Tayyip Erdogan congratulated "
                       "Vladimir Putin on his re-election.", "metWith")
    assert any({s, o} == {"Recep Tayyip Erdoğan", "Vladimir Putin"} for s, _, o in got)


# ------------------------------------------------ locatedIn: "CITY, the capital of STATE"
@pytest.mark.parametrize(("text", "want"), [
    ("Officials gathered in Vientiane, the capital of Laos, on Monday.",
     ("Vientiane", "locatedIn", "Laos")),
    ("The talks opened in Nairobi, the capital of Kenya, after a week of delays.",
     ("Nairobi", "locatedIn", "Kenya")),
    ("Delegates arrived in Kampala, the capital of Uganda, late on Sunday for the summit.",
     ("Kampala", "locatedIn", "Uganda")),
])
def test_conflict4_capital_of(nlp: Language, text: str, want: Triple) -> None:
    assert want in _claims(nlp, text, "locatedIn")


def test_conflict4_capital_of_negatives(nlp: Language) -> None:
    # the capital of a state named as an actor is the state itself; a person is no place
    assert _claims(nlp, "Joe Biden, the president of the United States, spoke on Monday.",
                   "locatedIn") == set()
