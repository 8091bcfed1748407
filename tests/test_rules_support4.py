"""Support, proposals, cooperation and membership in the wider range of shapes and words
wire copy uses: funding verbs, "voted for", "supportive of", support won "of" or "from" a
giver, participial clauses ("Backed by X, Y ..."), backing an owned plan, acts-only
triggers, plans laid out or offered, a misparsed "ORG's member states A and B", "in
coordination with".

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the four relations it should give.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
RELATIONS = ("supports", "proposes", "cooperatesWith", "memberOf")
SYMMETRIC = ("cooperatesWith",)

CASES: list[tuple[str, set[Triple]]] = [
    # --- funding and shoring up are support: active, passive, relative clause
    ("Iran has long funded Hezbollah, according to Israeli and American officials who "
     "spoke on condition of anonymity.",
     {("Iran", "supports", "Hezbollah")}),
    ("The European Union, which has bolstered Moldova since the start of the war, "
     "announced a new package on Thursday.",
     {("European Union", "supports", "Moldova")}),
    ("For years the Houthis have been financed by Iran, a United Nations panel said in a "
     "report published on Tuesday.",
     {("Iran", "supports", "Houthis")}),
    ("Saudi Arabia might bankroll Egypt next year, the minister said.", set()),
    ("Qatar has never funded Hamas, the emir insisted.", set()),
    # --- a passive participle opening or closing a clause: its agent backs the subject
    ("Backed by Russia and Iran, the Syrian government retook most of Aleppo after a "
     "months-long siege.",
     {("Russia", "supports", "Syria"), ("Iran", "supports", "Syria")}),
    ("Armed and funded by Iran, the Houthis have attacked dozens of ships in the Red Sea.",
     {("Iran", "supports", "Houthis")}),
    ("The Taliban pressed on with the offensive, backed by Pakistan, a senior Afghan "
     "official told reporters.",
     {("Pakistan", "supports", "Taliban")}),
    # (a participle with a subject of its own opens no such clause)
    ("With the talks backed by Egypt, Israel sent a delegation to Cairo.", set()),
    # --- a predicative adjective of support, with its preposition
    ("Norway has been supportive of the Palestinian Authority, the foreign minister said "
     "on Monday.",
     {("Norway", "supports", "Palestinian Authority")}),
    ("Hungary remains sympathetic to Russia, diplomats in Brussels say.",
     {("Hungary", "supports", "Russia")}),
    ("Poland is not supportive of Hungary, officials said.", set()),
    # --- voting for, in favour of: the act of its proposer is supported
    ("Kenya voted for the resolution drafted by Mexico at the General Assembly.",
     {("Kenya", "supports", "Mexico"), ("Kenya", "supports", "resolution"),
      ("Mexico", "proposes", "resolution")}),
    # (a proposal named by its owner's demonym is itself supported)
    ("Chile and Peru voted in favour of the Brazilian proposal, which calls for a truce.",
     {("Chile", "supports", "Brazilian proposal"), ("Peru", "supports", "Brazilian proposal"),
      ("Brazil", "proposes", "Brazilian proposal")}),
    # (backing talks with X or ties with X backs the talks, not X)
    ("Ghana's president voiced support for talks with Togo on the border dispute.", set()),
    ("Liberia is firmly in favour of closer ties with Sierra Leone, its foreign minister said.",
     set()),
    # --- support won or enjoyed "of" or "from" a giver: the giver supports the taker
    ("Ukraine won the backing of Germany and France for its bid at the summit in Vilnius.",
     {("Germany", "supports", "Ukraine"), ("France", "supports", "Ukraine")}),
    ("Serbia, which enjoys the support of Russia on the Kosovo issue, rejected the plan.",
     {("Russia", "supports", "Serbia")}),
    ("Kenya's proposal won backing from Nigeria and Ghana on Friday.",
     {("Nigeria", "supports", "Kenya"), ("Ghana", "supports", "Kenya")}),
    ("Ukraine hopes to win the backing of Germany.", set()),
    # --- praise drawn from someone is their support of the one whose act it is
    ("Kenya's decision to send police officers to Haiti drew praise from Jamaica and "
     "the Bahamas.",
     {("Jamaica", "supports", "Kenya"), ("Bahamas", "supports", "Kenya")}),
    ("The plan did not draw praise from Jamaica.", set()),
    # --- backing an owned plan supports its owner and the plan itself
    ("Spain, which has strongly backed Morocco's autonomy plan for Western Sahara, said the "
     "talks would continue.",
     {("Spain", "supports", "Morocco"), ("Spain", "supports", "autonomy plan"),
      ("Morocco", "proposes", "autonomy plan")}),
    # (welcoming or agreeing to it accepts the owner's act, the owner's only)
    ("Egypt agreed to the changes proposed by Qatar after a night of talks.",
     {("Egypt", "supports", "Qatar"), ("Qatar", "proposes", "changes")}),
    # an act-only trigger takes only the act's doer, not what its phrase names
    ("The Egyptian and Greek foreign ministers agreed to a future meeting on Rhodes.",
     set()),
    # --- laying out, devising or offering a plan proposes it: active, passive, "came up with"
    ("Egypt outlined a three-stage ceasefire plan on Monday, state media reported, as "
     "mediators pressed both sides to accept it.",
     {("Egypt", "proposes", "three-stage ceasefire plan")}),
    ("The peace plan was laid out by Turkey at a news conference in Ankara.",
     {("Turkey", "proposes", "peace plan")}),
    ("Qatar came up with a new hostage deal, according to two officials briefed on the talks.",
     {("Qatar", "proposes", "new hostage deal")}),
    ("Saudi Arabia has offered a peace initiative for Yemen.",
     {("Saudi Arabia", "proposes", "peace initiative")}),
    ("Turkey did not offer a peace plan for Ukraine.", set()),
    ("Turkey might offer a peace plan for Ukraine.", set()),
    # --- membership: a list head the parser takes for a subject
    ("The EU's member states Hungary and Slovakia objected to the plan on Monday, "
     "diplomats said.",
     {("Hungary", "memberOf", "European Union"), ("Slovakia", "memberOf", "European Union")}),
    ("NATO's member states Norway and Denmark sent frigates to the Baltic Sea.",
     {("Norway", "memberOf", "NATO"), ("Denmark", "memberOf", "NATO")}),
    ("EU member states Hungary and Slovakia objected to the plan.",
     {("Hungary", "memberOf", "European Union"), ("Slovakia", "memberOf", "European Union")}),
    # --- working "in coordination with" a partner is cooperation; so are links with it
    ("Egypt worked in coordination with Qatar to broker the truce, an Egyptian official "
     "said.",
     {("Egypt", "cooperatesWith", "Qatar")}),
    ("Iraqi troops operate in close coordination with the United States, the ministry said.",
     {("Iraqi Troops", "cooperatesWith", "United States")}),
    ("The ministers did not discuss coordination with Iran.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_rules_support4_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), RELATIONS, symmetric=SYMMETRIC) == want
