"""Organizations and bodies that the tagger misses, named by the last word of their name:
a capitalized name of two or more words ending in a group noun ("the NAME Farmers Union",
"the NAME Patriotic Movement", "People's Action against NAME", "NAME Forum STATE", "the
Movement for NAME") is an organization, and one ending in "Board", "Company" or
"Foundation" a body, so that the person whose title names it is affiliated with it. A
"Forum" is a group only as the object of a title ("director of the NAME Forum"); else it
stays a meeting. A headline, a state's possessive before the name and a name whose start
is unclear give no such organization; a negated or hypothetical title gives no claim.
Also: a state's name the tagger left out of a party's name ("the STATE African National
Union"), "the union" / "the flotilla" for the group named before, a company's acronym read
into its officer's name ("company ACRONYM GIVEN SURNAME"), "a CITY police officer" (the
city's police) and "a senior ORG fighter".

The sentences are written for these tests and run through the trained pipeline
(``--model``).
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
A = "affiliatedWith"

CASES: list[tuple[str, set[Triple]]] = [
    # --- an untagged name: a demonym or state tagged alone inside it
    ("Rahul Mehta, president of the Indian Farmers Union, called on the government to act.",
     {("Rahul Mehta", A, "Indian Farmers Union")}),
    ("Ali Hassan, a leader of the Somali Patriotic Movement, said the group would fight on.",
     {("Ali Hassan", A, "Somali Patriotic Movement")}),
    ("Mohamed Ali, head of the Sudan Liberation Movement, met the envoy on Sunday.",
     {("Mohamed Ali", A, "Sudan Liberation Movement")}),
    ("Sarah Cohen, executive director of the Middle East Policy Foundation, urged restraint.",
     {("Sarah Cohen", A, "Middle East Policy Foundation")}),
    # a state's board is the state's body
    ("The chairman of the Ghana Cocoa Board, Kwame Mensah, said exports fell.",
     {("Kwame Mensah", A, "Ghana Cocoa Board"), ("Kwame Mensah", A, "Ghana")}),
    # --- a forum named by a title is a group, not a meeting
    ("Anna Kovacs, deputy director of the Hungarian Energy Forum, said prices would rise.",
     {("Anna Kovacs", A, "Hungarian Energy Forum")}),
    ("John Smith, chairman of the Pacific Islands Development Forum, welcomed the decision.",
     {("John Smith", A, "Pacific Islands Development Forum")}),
    # "NAME Forum STATE": the state's name ends the group's name
    ('"We will not stop," said Tendai Moyo, director of Citizens Forum Malawi.',
     {("Tendai Moyo", A, "Citizens Forum Malawi")}),
    ("Peter Okoth, a spokesman for the Youth Forum Kenya, said the police had fired.",
     {("Peter Okoth", A, "Youth Forum Kenya")}),
    # --- a name the tagger cut before "against" / "for"
    ("Lee Sang-hoon, head of the People's Action against APEC, addressed the rally.",
     {("Lee Sang-hoon", A, "People's Action against APEC")}),
    ("Nelson Chamisa, leader of the Movement for Democratic Change, criticized the "
     "government.", {("Nelson Chamisa", A, "Movement for Democratic Change")}),
    # --- a company's acronym read into its officer's name
    ("The former head of financial services company UBS Oswald Gruebel criticized the plan.",
     {("Oswald Gruebel", A, "UBS")}),
    ("The chief executive of oil company BP Bob Dudley said output would rise.",
     {("Bob Dudley", A, "BP")}),
    # --- a city's police, written in lower case after the city's name
    ("Manzur Ahmed, a Karachi police officer, said two men were held.",
     {("Manzur Ahmed", A, "Karachi police")}),
    ('"The situation is calm," said Imran Shah, a Lahore police officer.',
     {("Imran Shah", A, "Lahore police")}),
    # --- a group's fighter
    ("The raid was led by Nizar Hamdan, a senior Hamas fighter.",
     {("Nizar Hamdan", A, "Hamas")}),
    ("Hezbollah fighter Ali Saleh was killed in the strike.", {("Ali Saleh", A, "Hezbollah")}),
    ("Ukrainian fighter jets struck the bridge on Tuesday.", set()),
    # --- a possessor inside the name that the parse gave the title
    ("Sudan People's Liberation Movement leader John Garang arrived in Nairobi.",
     {("John Garang", A, "Sudan People's Liberation Movement")}),
    # --- a state's name the tagger left out of a party's name
    ("Peter Mwangi, a Kenya African National Union official, said the vote was fair.",
     {("Peter Mwangi", A, "Kenya African National Union")}),
    # --- "the union", "the flotilla": the group named before
    ("Members of the Indian Farmers Union marched on Delhi. A spokesman for the union, Ravi "
     "Kumar, said the march would go on.", {("Ravi Kumar", A, "Indian Farmers Union")}),
    ("The Free Aid Flotilla left Cyprus on Sunday. A spokesman for the flotilla, Peter Lund, "
     "said the ships would sail.", {("Peter Lund", A, "Free Aid Flotilla")}),
    # --- "who is the TITLE" right after the name, the clause hung on a noun before it
    ("Officials say the envoy often clashed with Rex Tillerson who was the secretary of state "
     "at the time.", {("Rex Tillerson", A, "United States")}),
    ("Reportedly the adviser had frequent disagreements with Mike Pompeo who is the secretary "
     "of state.", {("Mike Pompeo", A, "United States")}),
    ("The plan drew criticism from Antony Blinken who was not the secretary of state then.",
     set()),
    ("Antony Blinken, who would be the secretary of state, spoke.", set()),
    # --- "TITLE of the NAME Union GIVEN SURNAME" read as one name: the group and the person
    ("Secretary General of the Karen National Union Saw Kwe Htoo said talks had failed.",
     {("Saw Kwe Htoo", A, "Karen National Union")}),
    # --- a hyphenated given name the tagger left out of the person's name
    ("Hong Kong director of Amnesty International Man-kei Tam said the law was vague.",
     {("Man-kei Tam", A, "Amnesty International")}),
    ("Ka-wai Chan, a spokesman for the Hong Kong Bar Association, said the ruling was sound.",
     {("Ka-wai Chan", A, "Hong Kong Bar Association")}),
    # --- an ownerless ministry in a title: the state that the sentence before is about
    ("Pakistan has repeatedly condemned the drone strikes. Just two days earlier, foreign "
     "ministry spokesman Zahid Khan told a briefing that the strikes must stop.",
     {("Zahid Khan", A, "Pakistani Foreign Ministry"), ("Zahid Khan", A, "Pakistan")}),
    ("Kenya has rejected the report. Uganda's foreign ministry spokesman Peter Otieno said it "
     "was false.",
     {("Peter Otieno", A, "Ugandan Foreign Ministry"), ("Peter Otieno", A, "Uganda")}),
    ("The talks ended on Monday. Foreign ministry spokesman Zahid Khan said they were useful.",
     set()),
    ("Kenya has rejected the report.\n\nForeign ministry spokesman Peter Otieno said the "
     "talks were useful.", set()),
    # --- nothing: a negated or hypothetical title
    ("Peter Hansen, who is not the director of the Nordic Council, spoke.", set()),
    ("Anna Schmidt may become the head of the German Trade Federation.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_titles12_affiliation(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (A,)) == want


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The plan was drafted by the Tunisian General Labour Union.",
     "Tunisian General Labour Union", "Organization"),
    ("The Youth Action Network organised a march in the capital.",
     "Youth Action Network", "Organization"),
    ("Rahul Mehta, president of the Indian Farmers Union, called on the government to act.",
     "Indian Farmers Union", "Organization"),
    ("The chairman of the Ghana Cocoa Board, Kwame Mensah, said exports fell.",
     "Ghana Cocoa Board", "Body"),
    ("The Russian Direct Investment Fund signed a deal with a Saudi bank.",
     "Russian Direct Investment Fund", "Body"),
])
def test_titles12_group_named(nlp: Language, text: str, name: str, kind: str) -> None:
    refs = {(r.key, r.kind) for r in nlp(text)._.kg_refs}
    assert (name, kind) in refs


@pytest.mark.parametrize(("text", "not_name"), [
    # a forum that no title names is a meeting
    ("The Asian Regional Forum opened in Manila on Monday.", "Asian Regional Forum"),
    # a headline: every word capitalized
    ("Opposition Farmers Union Leader Quits After Vote", "Opposition Farmers Union"),
    # a state's possessive is no part of the name
    ("China's Communist Party said the plan was good.", "China's Communist Party"),
    # a quoted name whose start the parse leaves unclear: not a shorter name
    ('The "Stop the War Coalition" says the visit is not welcome.', "War Coalition"),
    # a state already named
    ("The Soviet Union collapsed in 1991.", "Soviet Union"),
    # an abbreviated state's name before a party's is no part of it
    ("US Democratic Party leaders met on Monday.", "US Democratic Party"),
])
def test_titles12_no_group(nlp: Language, text: str, not_name: str) -> None:
    refs = {(r.key, r.kind) for r in nlp(text)._.kg_refs}
    assert (not_name, "Organization") not in refs


@pytest.mark.parametrize(("text", "not_body"), [
    # a body noun after a name that is no place
    ("The Coalition military said the strike hit a depot.", "Coalition military"),
    ("A Hamas police officer was killed on Friday.", "Hamas police"),
])
def test_titles12_no_local_body(nlp: Language, text: str, not_body: str) -> None:
    assert not_body not in {r.key for r in nlp(text)._.kg_refs}


@pytest.mark.parametrize(("text", "name", "person"), [
    # a name the tagger took for a body, set off by commas after a title in lower case
    ("Lagos State's information minister, Femi Adeyemi, said the curfew would be lifted.",
     "Femi Adeyemi", True),
    # not a name whose words are a company's
    ("The company's chief executive, Acme Holdings, said profits rose.", "Acme Holdings",
     False),
])
def test_titles12_titled_name_is_person(nlp: Language, text: str, name: str,
                                        person: bool) -> None:
    kinds = {r.key: r.kind for r in nlp(text)._.kg_refs}
    assert (kinds.get(name) == "Person") is person
