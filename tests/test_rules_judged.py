"""Acts that a clause judges, calls off or hopes for rather than performs, and
titled names the parser mis-coordinates.

Condemning an attack or backing a sanction is about its agent, not about whom
it strikes, and the one who condemns does not carry it out; "DEMONYM President
A and DEMONYM President B spoke" names both speakers however the parser hangs
the two titles. The sentences are written for these tests and run through the
trained pipeline (``--model``); each case lists every claim of the relations it
checks, so an extra claim fails as much as a missing one.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
RELATIONS = ("criticizes", "attacks", "sanctions", "supports", "metWith", "urges",
             "cooperatesWith", "visited")

CASES: list[tuple[str, set[Triple]]] = [
    # the victim of a condemned attack is not criticized, the critic attacks no one
    ("Ghana condemned the attack on Togo.", set()),
    ("Ghana condemned the invasion of Togo.", set()),
    # a named agent is the one criticized
    ("Ghana condemned the Boko Haram attack on Togo.",
     {("Ghana", "criticizes", "Boko Haram"), ("Boko Haram", "attacks", "Togo")}),
    ("Ghana condemned Burkina Faso's invasion of Togo.",
     {("Ghana", "criticizes", "Burkina Faso"), ("Burkina Faso", "attacks", "Togo")}),
    # the victims of a condemned killing or detention are not criticized
    ("Ghana condemned the detention of Togolese journalists.", set()),
    ("Ghana condemned Benin's detention of Togolese journalists.",
     {("Ghana", "criticizes", "Benin")}),
    # backing or criticizing sanctions neither imposes them nor supports their target
    ("Ghana backed the sanctions against Mali.", set()),
    ("Ghana criticized the sanctions against Mali.", set()),
    # imposing, announcing or joining them does impose them
    ("Ghana imposed sanctions on Mali.", {("Ghana", "sanctions", "Mali")}),
    ("Ghana announced new sanctions against Mali.", {("Ghana", "sanctions", "Mali")}),
    ("Ghana launched an attack on Togo.", {("Ghana", "attacks", "Togo")}),
    # "the actions of X" is no attack: X's actions are X's
    ("Ghana expressed its support for the actions of Nigeria.",
     {("Ghana", "supports", "Nigeria")}),
    # rejecting talks is no meeting; normalizing or establishing relations is a tie
    ("Ghana rejected talks with Togo.", set()),
    ("Ghana and Togo normalized relations in 2020.", {("Ghana", "cooperatesWith", "Togo")}),
    ("Ghana established diplomatic relations with Togo.", {("Ghana", "cooperatesWith", "Togo")}),
    ("Relations between Ghana and Togo remain tense.", set()),
    ("Ghana, which had hoped to normalise relations with Togo, did not comment.", set()),
    ("Ghana signed a memorandum of understanding with Togo on trade.",
     {("Ghana", "cooperatesWith", "Togo")}),
    # talks the subjects held together, not ones they call for, welcome or discuss
    ("Ghanaian President Nana Akufo-Addo and President of the Togolese Republic Faure "
     "Gnassingbe had a telephone conversation.",
     {("Faure Essozimna Gnassingbé", "metWith", "Nana Akufo-Addo")}),
    ("Ghana and Togo agreed on Thursday to reopen the border, after a round of talks.",
     {("Ghana", "metWith", "Togo"), ("Ghana", "cooperatesWith", "Togo")}),
    ("Ghana and Togo called for talks on the border.", set()),
    ("Ghana and Togo welcomed the meeting.", set()),
    ("Nana Akufo-Addo phoned Faure Gnassingbe on Monday.",
     {("Faure Essozimna Gnassingbé", "metWith", "Nana Akufo-Addo")}),
    ("Nana Akufo-Addo is due to meet Faure Gnassingbe on Monday.", set()),
    # telling or briefing a person is speaking with them; telling reporters is not
    ("Nana Akufo-Addo told Faure Gnassingbe that the border would reopen.",
     {("Faure Essozimna Gnassingbé", "metWith", "Nana Akufo-Addo")}),
    ("Nana Akufo-Addo will brief Faure Gnassingbe on the talks.", set()),
    ("Nana Akufo-Addo told reporters that Faure Gnassingbe had agreed.", set()),
    # actors that act with the subject
    ("Together with Benin, Ghana urged Togo to reopen the border.",
     {("Ghana", "urges", "Togo"), ("Benin", "urges", "Togo")}),
    ("Ghana joined Benin in condemning Togo.",
     {("Ghana", "criticizes", "Togo"), ("Benin", "criticizes", "Togo")}),
    ("Ghana, unlike Benin, condemned Togo.", {("Ghana", "criticizes", "Togo")}),
    # talks "with X" on the sidelines of an event, not an interview "with" a broadcaster
    ("Nana Akufo-Addo held talks on the sidelines of the summit with Faure Gnassingbe.",
     {("Faure Essozimna Gnassingbé", "metWith", "Nana Akufo-Addo")}),
    ("Nana Akufo-Addo spoke about the summit in an interview with CNN.", set()),
    # welcoming an agreement between two is no meeting with them
    ("Ghana welcomed the ceasefire between Togo and Benin.", set()),
    ("Ghana welcomed Togolese President Faure Gnassingbe to Accra.",
     {("Faure Essozimna Gnassingbé", "metWith", "Ghana")}),
    # clashing with an armed group, or ambushing a convoy, attacks; "will" does not yet
    ("Ghanaian troops clashed with Boko Haram militants near the border.",
     {("Ghanaian Troops", "attacks", "Boko Haram")}),
    ("Boko Haram fighters ambushed a Ghanaian convoy.", {("Boko Haram", "attacks", "Ghana")}),
    ("Boko Haram fighters will ambush a Ghanaian convoy.", set()),
    # a town the NER leaves untagged (or tags a people) is a place when struck
    ("Ghana said Togo had attacked Kpalime with drones.", {("Togo", "attacks", "Kpalime")}),
    # going home to the capital of one's own state is no visit; going abroad is
    ("Ghanaian President Nana Akufo-Addo returned to Accra on Monday.", set()),
    ("Ghanaian President Nana Akufo-Addo flew to Lome on Monday.",
     {("Nana Akufo-Addo", "visited", "Lome")}),
    # being in a city for talks is visiting it; merely being there, or not, is not
    ("Nana Akufo-Addo was in Lome for a two-day visit.", {("Nana Akufo-Addo", "visited", "Lome")}),
    ("Nana Akufo-Addo was in Lome on Monday.", set()),
    ("Nana Akufo-Addo was not in Lome for the visit.", set()),
    # two sides exchanging fire or accusations each act on the other; views are no act
    ("Ghanaian troops exchanged fire with Togolese soldiers near the border.",
     {("Ghanaian Troops", "attacks", "Togo"), ("Togo", "attacks", "Ghanaian Troops")}),
    ("Ghana and Togo traded accusations over the fishing dispute.",
     {("Ghana", "criticizes", "Togo"), ("Togo", "criticizes", "Ghana")}),
    ("Ghana and Togo exchanged views on trade.", set()),
    ("Ghana and Togo did not exchange fire.", set()),
    # what a rejected accusation says is disputed, and is not whom the rejection is about
    ("Ghana rejected accusations that it supplied weapons to Togo.", set()),
    ("Benin accused Ghana of supplying weapons to Togo.",
     {("Benin", "criticizes", "Ghana"), ("Ghana", "supports", "Togo")}),
    # talks one is in favour of have not taken place
    ("Nana Akufo-Addo is in favour of talks with Togo.", set()),
    # an act called off or put off did not take place; one that is ended did
    ("Ghana postponed its visit to Togo.", set()),
    ("Ghana cancelled its talks with Togo.", set()),
    ("The cancellation of the talks between Ghana and Togo surprised observers.", set()),
    ("Togo ended its attacks on Benin in May.", {("Togo", "attacks", "Benin")}),
    # a hope is no meeting ("hopes" is lemmatized "hop" by the model)
    ("Ghana hopes to meet Togo next month.", set()),
    # two titled names before one verb, however the parser attaches the titles
    ("Ghanaian President Nana Akufo-Addo and Togolese President Faure Gnassingbe spoke "
     "on the phone on Monday.",
     {("Faure Essozimna Gnassingbé", "metWith", "Nana Akufo-Addo")}),
    ("Ghanaian President Nana Akufo-Addo and Togolese President Faure Gnassingbe urged "
     "Mali to hold elections.",
     {("Nana Akufo-Addo", "urges", "Mali"), ("Faure Essozimna Gnassingbé", "urges", "Mali")}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_rules_judged_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    got = claim_triples(nlp(text), RELATIONS, symmetric=("metWith", "cooperatesWith"))
    assert got == want
