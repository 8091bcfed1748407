"""Support and calls in presidential readouts: "our country" and "our state" as the
speaker's own state; the one thanked for support (not the thanker) as its giver; the
"of" phrase of a support noun as the giver where a "for"/"to" phrase names what is
backed, or where one is grateful for it or relies on it; "in support of Y" on a stance
noun backed by the noun's owner (also where the parser hangs it on the verb); a video
conference with X as a meeting. And the negatives: denied, questioned, modal and future
acts, a person named inside the subject, "thanked the ministers for the support of Y"
(the "of" phrase is the backed one), a thanker with no one thanked, a participation only
weighed.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
S = "supports"
A = "attacks"
W = "metWith"
T = "attended"
EU = "European Union"

SUPPORT: list[tuple[str, set[Triple]]] = [
    # --- "our country", "our state": the state of the one who speaks or acts
    ("Prime Minister of Moldova Dorin Recean thanked Emmanuel Macron for his steady support "
     "for our country.", {("Emmanuel Macron", S, "Moldova")}),
    ("President of Finland Alexander Stubb said that Sweden had always backed our state.",
     {("Sweden", S, "Finland")}),
    ("President of Finland Alexander Stubb said that Sweden had never backed our state.",
     set()),
    ("President of Finland Alexander Stubb asked whether Sweden would back our country.",
     set()),
    # --- the one thanked gives the support; no one thanked names no giver
    ("President of Moldova Maia Sandu thanked Romania for the firm support for Moldova's "
     "sovereignty.", {("Romania", S, "Moldova")}),
    ("President of Moldova Maia Sandu thanked for the firm support for Moldova's "
     "sovereignty.", set()),
    ("President of Moldova Maia Sandu thanked Romania for its support.",
     {("Romania", S, "Moldova")}),
    # --- "the support of X for Y", "grateful for the support of X", "relies on the
    # support of X": X gives it
    ("Klaus Iohannis reaffirmed the unwavering support of Romania for the sovereignty of "
     "Moldova.", {("Romania", S, "Moldova")}),
    ("President of Moldova Maia Sandu expressed gratitude for the strong support of the "
     "European Union.", {(EU, S, "Moldova")}),
    ("President of Moldova Maia Sandu said Moldova relies on the support of Romania.",
     {("Romania", S, "Moldova")}),
    # the "of" phrase is what is backed where others are thanked
    ("President of Moldova Maia Sandu thanked the ministers for the support of Moldova.",
     set()),
    ("Klaus Iohannis did not reaffirm the support of Romania for Moldova.", set()),
    # --- "in support of Y" on a stance noun: its owner backs Y (praising or thanking for
    # the stance supports its owner too, as the readout rules say)
    ("Maia Sandu praised the consistent position of Romania in support of Moldova.",
     {("Romania", S, "Moldova"), ("Maia Sandu", S, "Romania")}),
    ("Maia Sandu thanked Klaus Iohannis for a clear position of Romania in support of "
     "Moldova.", {("Romania", S, "Moldova"), ("Maia Sandu", S, "Klaus Iohannis")}),
    ("Romania did not take a position in support of Moldova.", set()),
    ("Romania might adopt a position in support of Moldova.", set()),
]


@pytest.mark.parametrize(("text", "want"), SUPPORT, ids=[t[:40] for t, _ in SUPPORT])
def test_pool15_zel_support(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (S,)) == want


OTHER: list[tuple[str, str, set[Triple]]] = [
    # a person named inside the subject does not say "our country"
    ("The agenda of the talks with Foreign Minister Bogdan Aurescu included the war against "
     "our country.", A, set()),
    # a video conference is a meeting; one planned or denied is none
    ("Maia Sandu held a video conference with Klaus Iohannis.", W,
     {("Klaus Iohannis", W, "Maia Sandu")}),
    ("Maia Sandu will hold a video conference with Klaus Iohannis next week.", W, set()),
    ("Maia Sandu did not hold a video conference with Klaus Iohannis.", W, set()),
    # a participation only weighed is not attended
    ("Maia Sandu discussed the possibility of Moldova's participation in the NATO summit in "
     "Vilnius.", T, set()),
]


@pytest.mark.parametrize(("text", "relation", "want"), OTHER, ids=[t[:40] for t, _, _ in OTHER])
def test_pool15_zel_other(nlp: Language, text: str, relation: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (relation,), symmetric=(relation,)) == want
