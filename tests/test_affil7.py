"""Affiliations of people with the bodies, parties, institutes and councils a title or
a predicate names: "X, a security expert from the INSTITUTE", "specialist X at the ORG",
"X, of the NAME provincial council", "X, the PARTY MP for SEAT", "the ORG's founder, X",
"Senate Majority Leader X", "X was head of the ORG", "X, a spokesman for LEADER" (X acts
for whom the leader acts for); and the nodes they need ("the Danish Institute [for
International Studies]", "the NAME provincial council", a party named before a title).

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every ``affiliatedWith`` claim it yields.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
A = "affiliatedWith"

CASES: list[tuple[str, set[Triple]]] = [
    # --- an expert, analyst or specialist from, at or with an institute
    ("Lars Holm, a defence analyst from the Norwegian Institute for Strategic Research, "
     "said the plan was risky.",
     {("Lars Holm", A, "Norwegian Institute for Strategic Research"), ("Lars Holm", A, "Norway")}),
    ("Maria Costa, an energy specialist at the Stockholm Environment Institute, warned of "
     "shortages.", {("Maria Costa", A, "Stockholm Environment Institute")}),
    ("Peter Nagy, a senior expert with the Brookings Institution, said talks would resume.",
     {("Peter Nagy", A, "Brookings Institution")}),
    ("Ivan Petrov, an expert on Russia, said the sanctions would bite.", set()),
    # --- a titled name "at" a body
    ("Economist Helen Park at the Asian Development Bank said growth would slow.",
     {("Helen Park", A, "Asian Development Bank")}),
    ("Political scientist Omar Khalid at Cairo University said the vote was fair.",
     {("Omar Khalid", A, "Cairo University"), ("Omar Khalid", A, "Egypt")}),
    # --- a local council named after its place
    ("Ahmad Noori, of the Kandahar provincial council, said three police officers were killed.",
     {("Ahmad Noori", A, "Kandahar provincial council")}),
    ("Local officials, including Fatima Rahimi of the Herat provincial council, condemned "
     "the bombing.", {("Fatima Rahimi", A, "Herat provincial council")}),
    ("Juan Ortiz, a member of the Antioquia regional council, was detained.",
     {("Juan Ortiz", A, "Antioquia regional council")}),
    # --- a party's member of parliament: the party, not the seat
    ("Tom Baker, the Green Party MP for Brighton, opposed the bill.",
     {("Tom Baker", A, "Green Party")}),
    ("Ruth Evans, the Liberal Democrats MP for Bath, urged a ceasefire.",
     {("Ruth Evans", A, "Liberal Democrats")}),
    ("Dr Liam Fox, the opposition Conservatives defence spokesman, criticized the war.",
     {("Liam Fox", A, "Conservatives")}),
    # --- a body's founder
    ("Greenpeace's founder, Bob Hunter, was a journalist.", {("Bob Hunter", A, "Greenpeace")}),
    ("The World Economic Forum's founder, Klaus Meier, opened the meeting.",
     {("Klaus Meier", A, "World Economic Forum")}),
    ("Amnesty International's founder, Peter Smith, praised the report.",
     {("Peter Smith", A, "Amnesty International")}),
    # --- a chamber's majority or minority leader
    ("Senate Majority Leader Chuck Schumer said the bill would pass.",
     {("Chuck Schumer", A, "Senate")}),
    ("Senate Minority Leader Mitch McConnell criticized the plan.",
     {("Mitch McConnell", A, "Senate")}),
    ("House Minority Leader Kevin McCarthy opposed the measure.",
     {("Kevin McCarthy", A, "House")}),
    # --- a title said of a person: the body, not the state it is named with
    ("Yusuf Kaya was head of Turkey's National Intelligence Organization until 2020.",
     {("Yusuf Kaya", A, "National Intelligence Organization")}),
    ("Anna Berg became chairman of the World Wildlife Fund in 2015.",
     {("Anna Berg", A, "World Wildlife Fund")}),
    ("Karl Weber served as director of the International Atomic Energy Agency.",
     {("Karl Weber", A, "International Atomic Energy Agency")}),
    ("Jonas Lind, who met the head of the World Health Organization, praised the plan.", set()),
    ("Rosa Diaz was chairman of the Senate's ethics committee.", set()),
    ("Ali Khan is NATO's chief of staff.", {("Ali Khan", A, "NATO")}),
    ("Olga Petrova is a critic of the World Health Organization.", set()),
    ("Sam Reed was never a member of NATO.", set()),
    # --- an aide or spokesman of a leader acts for the leader's state
    ("President Ilham Aliyev opened the session. Hikmet Hajiyev, a spokesman for Aliyev, "
     "said the talks were useful.",
     {("Ilham Aliyev", A, "Azerbaijan"), ("Hikmet Hajiyev", A, "Azerbaijan")}),
    ("Prime Minister Narendra Modi spoke first. Ravi Das, an adviser to Modi, said India "
     "would respond.", {("Narendra Modi", A, "India"), ("Ravi Das", A, "India")}),
    ("Chancellor Olaf Scholz arrived in Paris. Steffen Hebestreit, a spokesman for Scholz, "
     "denied the report.", {("Olaf Scholz", A, "Germany"), ("Steffen Hebestreit", A, "Germany")}),
    ("Mark Lee, a critic of President Ilham Aliyev, was arrested.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_affil7_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (A,)) == want
