"""Support, proposals, sanctions and attacks in the shapes wire copy gives them:
quoted "we", participles with their agent, drafts, sanctions by bodies and attacks
by weapons and armed groups.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the four relations it should give.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
RELATIONS = ("supports", "proposes", "sanctions", "attacks")

CASES: list[tuple[str, set[Triple]]] = [
    # a quoted "we" is the speaker, and a spokesperson's "we" their state too
    ('"We welcome the Chilean decision," said Pedro Ruiz, a spokesman for the Peruvian '
     'Foreign Ministry.',
     {("Pedro Ruiz", "supports", "Chile"), ("Peru", "supports", "Chile")}),
    ('"We support Kenya\'s bid," said Tanzanian President Samia Suluhu Hassan.',
     {("Samia Suluhu Hassan", "supports", "Kenya")}),
    ('"We do not support the Kenyan bid," said Tanzanian President Samia Suluhu Hassan.',
     set()),
    # a participle on its object's noun: the noun, not what the participle's own phrase
    # names, is supported
    # (leading fighters against the government is an attack on its state)
    ("Joseph Kony led Acholi fighters backed by the Sudanese army against the Ugandan "
     "government in the bush war in Uganda in the 1990s.",
     {("Joseph Kony", "attacks", "Uganda")}),
    # a place named as the object is no actor, nor the state after it
    ("Maria Lopez defended Guantanamo Bay, Cuba, where rights groups say detainees are held.",
     set()),
    # a noun coordinated with a verb that has a complement belongs to the complement
    ("Rudy Giuliani helped facilitate a meeting between Yoweri Museveni, claiming to "
     "represent the State Department, and Felix Tshisekedi, one of the mediators.", set()),
    ("Kenya backed Uganda and Tanzania.",
     {("Kenya", "supports", "Uganda"), ("Kenya", "supports", "Tanzania")}),
    # an attack owned through a chain of compounds; a suspicion the text reports is
    # still its claim (the guidelines annotate what officials say)
    ("A suspected Ethiopian drone missile attack in northern Somalia killed four people, "
     "local officials said.", {("Ethiopia", "attacks", "Somalia")}),
    # a weapon acts for its owner; an attack whose object names no actor strikes the
    # place it happened in
    ("On Monday, a Sudanese shell killed 12 civilians in Kadugli.",
     {("Sudan", "attacks", "Kadugli")}),
    ("A Sudanese shell could kill civilians in Kadugli.", set()),
    # the subject of a copula that is "the subject/target of" sanctions is sanctioned
    ("Eritrea has been the subject of United Nations sanctions since 2009.",
     {("United Nations", "sanctions", "Eritrea")}),
    ("Eritrea is no longer a target of EU sanctions.", set()),
    ("Kenya no longer backs Uganda.", set()),
    # seconding an act of X endorses it: X is supported
    ("Chilean President Gabriel Boric seconded Lula's proposal on Monday.",
     {("Gabriel Boric", "supports", "Luiz Inácio Lula da Silva")}),
    # an initiative that is the effort of actors named in its modifiers is proposed by them
    ("The Lamu corridor project is a Kenyan-Ethiopian initiative.",
     {("Kenya", "proposes", "Lamu corridor project"),
      ("Ethiopia", "proposes", "Lamu corridor project")}),
    ("The Lamu corridor project is not a Kenyan initiative.", set()),
    # a draft, or a noun with its proposer, is a proposal; agreeing to it supports
    # its proposer
    ("The draft declaration proposed by the Chilean delegation was adopted.",
     {("Chile", "proposes", "draft declaration")}),
    ("Peru agreed to the amendments proposed by Bolivia on Friday.",
     {("Bolivia", "proposes", "amendments"), ("Peru", "supports", "Bolivia")}),
    ("Peru agreed with Bolivia to reopen the border.", set()),
    # a person stating their state's stance shares it
    ("Kenyan President William Ruto reaffirmed Kenya's firm support for Somalia.",
     {("Kenya", "supports", "Somalia"), ("William Ruto", "supports", "Somalia")}),
    # (the owner's stance is not one a speaker of another state shares)
    ("Ugandan President Yoweri Museveni recalled Kenya's firm support for Somalia.",
     {("Kenya", "supports", "Somalia")}),
    # support received from a giver; a letter is no support, a denial states none
    ("Malawi received emergency assistance from Zambia and Botswana last week.",
     {("Zambia", "supports", "Malawi"), ("Botswana", "supports", "Malawi")}),
    ("Laos secured a loan from Vietnam for the railway.", {("Vietnam", "supports", "Laos")}),
    ("Malawi received a letter from Zambia.", set()),
    ("Malawi did not receive any assistance from Zambia.", set()),
    # a loan or arms given to a recipient, with "to" read as a dative
    ("Norway extended a $200 million loan to Ghana.", {("Norway", "supports", "Ghana")}),
    ("Norway extended an invitation to Ghana.", set()),
    # standing with someone, and arms sent to them
    ("Lithuania stands with Moldova.", {("Lithuania", "supports", "Moldova")}),
    ("Lithuania does not stand with Moldova.", set()),
    ("Lithuania has sent 40 tanks to Moldova since May.", {("Lithuania", "supports", "Moldova")}),
    # submitting, circulating or presenting a draft or a joint proposal proposes it
    ("Chile submitted a draft resolution to the General Assembly.",
     {("Chile", "proposes", "draft resolution")}),
    ("Peru and Chile presented a joint proposal for a truce.",
     {("Peru", "proposes", "joint proposal"), ("Chile", "proposes", "joint proposal")}),
    ("Peru presented its credentials to the king.", set()),
    # a preposition inside a name is no trigger's ("launched ... against")
    ("Brazil launched the Global Alliance Against Hunger.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_rules_support_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), RELATIONS) == want
