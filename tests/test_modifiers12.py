"""Stance and sponsorship carried by a modifier of an actor noun: "pro-X" and "anti-X"
on a named group or on a descriptor beside a name, "anti-government" read through the
state its noun phrase names, participles compounded with their backer ("X-backed",
"X-supported", "government-aligned"), and the names a stance prefix breaks in the tagger
("the pro-X Party of Y"). A generic noun ("pro-X separatists", "anti-government
protesters") names no actor and gives nothing, nor do prefixes on what is no actor
("pro-democracy", "anti-terrorism"). Hand-written wire-style sentences, on the trained
pipeline.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]
STANCE = ["supports", "opposes", "cooperatesWith"]

CASES: list[tuple[str, set[Triple]]] = [
    # pro-X on a named group: the group supports X (the prefix split from the name)
    ("The pro-Moscow Party of Regions won the vote.",
     {("Party of Regions", "supports", "Russia")}),
    ("The pro-Russian Party of Regions won the vote.",
     {("Party of Regions", "supports", "Russia")}),
    ("The pro-Kremlin Party of Regions won the vote.",
     {("Party of Regions", "supports", "Russia")}),
    ("Hezbollah, a pro-Iranian militia, fired rockets into Israel.",
     {("Hezbollah", "supports", "Iran")}),
    # anti-X on a named group: the group opposes X
    ("The anti-Kremlin United Civil Front staged a rally.",
     {("United Civil Front", "opposes", "Russia")}),
    ("The anti-Syrian Future Movement won the election.",
     {("Future Movement", "opposes", "Syria")}),
    ("The anti-Israel Hezbollah movement rejected the plan.",
     {("Hezbollah", "opposes", "Israel")}),
    # anti-X on a descriptor compounded with a name, or in apposition to it
    ("Anti-American cleric Moqtada al-Sadr called for protests.",
     {("Moqtada al-Sadr", "opposes", "United States")}),
    ("Sadr, an anti-American cleric, urged his followers to protest.",
     {("Sadr", "opposes", "United States")}),
    ("Hamas, an anti-Israeli group, fired rockets.", {("Hamas", "opposes", "Israel")}),
    # a stance modifier is a standing fact: a modal on the clause's verb leaves it
    ("Anti-American cleric Moqtada al-Sadr may call for protests.",
     {("Moqtada al-Sadr", "opposes", "United States")}),
    # anti-/pro-government: the state the noun phrase names (demonym, possessor, "in")
    ("The Thai anti-government People's Alliance for Democracy occupied the airport.",
     {("People's Alliance for Democracy", "opposes", "Thailand")}),
    ("Thailand's anti-government People's Alliance for Democracy occupied the airport.",
     {("People's Alliance for Democracy", "opposes", "Thailand")}),
    ("The anti-government People's Alliance for Democracy in Thailand occupied the airport.",
     {("People's Alliance for Democracy", "opposes", "Thailand")}),
    ("Syria's pro-government National Defence Forces shelled the village.",
     {("National Defence Forces", "supports", "Syria")}),
    # ... and no state named, nothing
    ("The anti-government People's Alliance for Democracy occupied the airport.", set()),
    # participles compounded with their backer
    ("Iran-backed Houthi rebels fired missiles at Saudi Arabia.",
     {("Iran", "supports", "Houthis")}),
    ("The Pakistan-backed Lashkar-e-Taiba carried out the attack.",
     {("Pakistan", "supports", "Lashkar-e-Taiba")}),
    ("The US-backed Syrian Democratic Forces captured Raqqa.",
     {("United States", "supports", "Syrian Democratic Forces")}),
    ("The Turkish-supported Free Syrian Army entered Afrin.",
     {("Turkey", "supports", "Free Syrian Army")}),
    ("The Iranian-backed Hezbollah did not respond.", {("Iran", "supports", "Hezbollah")}),
    # "government-" participles: the state named in the noun phrase
    ("They fought government-aligned Janjaweed forces in Darfur, Sudan.",
     {("Janjaweed", "cooperatesWith", "Sudan")}),
    ("The Sudanese government-backed Janjaweed militia burned villages.",
     {("Sudan", "supports", "Janjaweed")}),
    # a stance predicated of a named subject (and denied)
    ("The Party of Regions is staunchly pro-Russian.",
     {("Party of Regions", "supports", "Russia")}),
    ("The Party of Regions is not pro-Russian.", set()),
    # a backer's participle on a title before a name
    ("Moscow-backed separatist leader Denis Pushilin said the truce had collapsed.",
     {("Russia", "supports", "Denis Pushilin")}),
    ("Kremlin-backed leader Ramzan Kadyrov sent troops.",
     {("Russia", "supports", "Ramzan Kadyrov")}),
    ("Iran-backed cleric Hassan Nasrallah gave a speech.",
     {("Iran", "supports", "Hassan Nasrallah")}),
    ("Russian-backed Syrian President Bashar al-Assad met Putin.",
     {("Russia", "supports", "Bashar al-Assad")}),
    # a group's name after a stance prefix, with a lower-case group noun
    ("Hamas police surrounded a house belonging to the pro-Fatah Helis clan.",
     {("Helis clan", "supports", "Fatah")}),
    ("The pro-Iranian Badr militia controls the town.", {("Badr militia", "supports", "Iran")}),
    # generic nouns name no actor
    ("Pro-Russian separatists in Donetsk shelled the airport on Tuesday.", set()),
    ("Russian-backed forces seized the town after heavy fighting.", set()),
    ("The Russian-backed separatists rejected the plan.", set()),
    ("Turkish-supported militias advanced on Afrin.", set()),
    ("Anti-government protesters in Thailand blocked the main roads.", set()),
    ("Thai anti-government protesters occupied the airport.", set()),
    ("The anti-government protesters in Bangkok clashed with police.", set()),
    ("Pro-Beijing lawmakers in Hong Kong walked out.", set()),
    ("Pro-Syrian parties in Lebanon boycotted the session.", set()),
    ("The pro-government newspaper attacked Washington.", set()),
    ("State-sponsored hackers targeted the ministry.", set()),
    # prefixes and participles on what is no actor
    ("Anti-Assad rebels of the Free Syrian Army attacked the base.", set()),
    ("The pro-democracy movement held a rally in Yangon.", set()),
    ("The government passed an anti-terrorism law.", set()),
    ("The president promised Western-style reforms.", set()),
    ("The company received state-backed loans.", set()),
    ("Anti-corruption campaigners marched in Kiev.", set()),
    ("The anti-Russian sanctions were extended.", set()),
    ("A Chinese-funded port opened in Sri Lanka.", set()),
    ("The anti-Japanese protests spread across China.", set()),
    # negation of the noun that carries the stance
    ("He was not a pro-Russian politician.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_modifier_stance(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), STANCE) == want


@pytest.mark.parametrize(("text", "name"), [
    ("The pro-Moscow Party of Regions won the vote.", "Party of Regions"),
    ("The anti-Kremlin United Civil Front staged a rally.", "United Civil Front"),
    ("The anti-NATO Left Party voted against the treaty.", "Left Party"),
    # an acronym in brackets after a name is read apart, not as part of the name
    ("The People's Alliance for Democracy (PAD) occupied the airport.",
     "People's Alliance for Democracy"),
])
def test_prefixed_name_is_one_mention(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    keys = {r.key for r in doc._.kg_refs}
    assert name in keys
    assert not any(r.text.lower() in ("pro", "anti") for r in doc._.kg_refs)
    assert not any("(" in r.text for r in doc._.kg_refs)


def test_prefix_is_no_part_of_a_name(nlp: Language) -> None:
    # the tagger's "Anti-X" is no body named "Anti-X"
    doc = nlp("Anti-Assad rebels of the Free Syrian Army attacked the base.")
    assert not any(r.text.lower().startswith(("anti", "pro")) for r in doc._.kg_refs)
    assert {r.key for r in doc._.kg_refs} == {"Free Syrian Army"}
