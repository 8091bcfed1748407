"""Cells of the support / cooperation / partnership / membership / proposal probe matrix
that failed before this round, each with a negative: the support noun "with the
backing/support/help of X" on a clause (X supports the clause's subject, not the reverse);
the light verb "gave its backing to Y"; gratitude expressed to a giver ("X expressed
gratitude to Y for its assistance", "X is grateful to Y for the aid", "X conveyed its thanks
to Y for the loans": Y supports X, and "thanked Y for its support for Z": Y supports Z); a
tie that is the subject of a deepening verb ("X's partnership with Y has deepened", "the
DEMONYM-DEMONYM partnership has deepened"); a state's partnership with an organization
("X values its partnership with ORG": X is a partner of ORG); "X joined forces with Y"; the
plan "put forward by X" (a phrasal verb of proposing on a reduced relative); a plan that a
proposing verb's preposition takes ("came up with a plan to ..."); and the owner of an
initiative called "proposed" ("X's proposed ceasefire"); the sides of a meeting that a
coordinated verb goes on from ("X met Y and agreed to deepen ties"); a plural list head in
apposition to a closed list ("A and B, members of ORG, ..."), and not where a "not" denies
it ("X, not a member of ORG, ..."); a commitment to an act ("X remains committed to
supporting Y", "X reaffirmed its commitment to supporting Y"); and an act one is opposed to
("X is opposed to supporting Y", "X voted against sending weapons to Y", "X ruled out
sending Y"), an aspiration to join, and an agreement still under talks, which give none;
the proposed office of an organization ("the proposed ORG office in CITY") and a plan "put
forward" with what it is for; "neither ... nor", which denies; an agreement reached or
signed by the leaders of states ("agreements reached by the leaders of A, B and C"); and a
named agreement signed by coordinated signers or "between" its parties; and "X, a
strategic partner of Y" (a state's partner cooperates with it), not where it only may
become one.

The sentences are written for these tests (not taken from any corpus). Each asserts the
exact set of claims of the five relations; negation, modality and a souring tie give none.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]
FAMILY = ("supports", "cooperatesWith", "partnerOf", "memberOf", "proposes")


def _ties(nlp: Language, text: str) -> set[Triple]:
    return claim_triples(nlp(text), FAMILY, symmetric=("cooperatesWith",))


@pytest.mark.parametrize(("text", "want"), [
    # the light verb "give" with a support noun and its recipient
    ("Italy gave its backing to Tunisia.", {("Italy", "supports", "Tunisia")}),
    # "with the support of X": X gives it, wherever the phrase stands
    ("With the support of Turkey, Azerbaijan launched an offensive in September.",
     {("Turkey", "supports", "Azerbaijan")}),
    ("Azerbaijan, with the backing of Turkey, launched an offensive.",
     {("Turkey", "supports", "Azerbaijan")}),
    ("Azerbaijan launched the offensive with the support of Turkey.",
     {("Turkey", "supports", "Azerbaijan")}),
    ("Serbia built the plant with the help of China.", {("China", "supports", "Serbia")}),
    ("Azerbaijan did not launch the offensive with the support of Turkey.", set()),
    # gratitude to a giver
    ("Recep Tayyip Erdogan expressed gratitude to Russia for its assistance.",
     {("Russia", "supports", "Recep Tayyip Erdoğan")}),
    ("Ukraine is grateful to Canada for the humanitarian aid.",
     {("Canada", "supports", "Ukraine")}),
    ("Kenya conveyed its thanks to China for the loans.", {("China", "supports", "Kenya")}),
    ("Japan thanked Britain for its support for Ukraine.",
     {("United Kingdom", "supports", "Ukraine")}),
    ("Ukraine is not grateful to Canada for the aid.", set()),
    # a tie that deepens as the subject
    ("Japan's partnership with Australia has deepened.",
     {("Australia", "cooperatesWith", "Japan")}),
    ("The Japanese-Australian partnership has deepened.",
     {("Australia", "cooperatesWith", "Japan")}),
    ("China's ties with Pakistan have strengthened.",
     {("China", "cooperatesWith", "Pakistan")}),
    ("Japan's partnership with China has soured.", set()),
    ("Japan's partnership with Australia may deepen.", set()),
    # a partnership with an organization, from either side
    ("Japan values its partnership with NATO.", {("Japan", "partnerOf", "NATO")}),
    ("NATO values its partnership with Japan.", {("Japan", "partnerOf", "NATO")}),
    # joining forces
    ("Saudi Arabia joined forces with the United Arab Emirates in Yemen.",
     {("Saudi Arabia", "cooperatesWith", "United Arab Emirates")}),
    ("Saudi Arabia has not joined forces with Iran.", set()),
    # proposals
    ("The plan put forward by Brazil was rejected by Kyiv.", {("Brazil", "proposes", "plan")}),
    ("Indonesia came up with a plan to end the conflict.",
     {("Indonesia", "proposes", "plan")}),
    ("Indonesia did not come up with a plan to end the conflict.", set()),
    ("Qatar's proposed ceasefire was rejected by Israel.",
     {("Qatar", "proposes", "proposed ceasefire")}),
    ("Qatar rejected Egypt's proposed ceasefire.", {("Egypt", "proposes", "proposed ceasefire")}),
    # who met goes on to agree: "X met Y and agreed to ...", "... and the two agreed"
    ("Fumio Kishida met Anthony Albanese on Tuesday and agreed to deepen ties.",
     {("Anthony Albanese", "cooperatesWith", "Fumio Kishida")}),
    ("Emmanuel Macron held talks with Olaf Scholz in Paris and the two agreed to step up "
     "cooperation.", {("Emmanuel Macron", "cooperatesWith", "Olaf Scholz")}),
    ("Emmanuel Macron met Olaf Scholz in Paris and agreed to meet again next year.", set()),
    ("Emmanuel Macron met Olaf Scholz but did not agree to deepen ties.", set()),
    # a plural list head in apposition to a closed list, which the parser makes a conjunct
    ("Kazakhstan and Uzbekistan, members of the Shanghai Cooperation Organisation, backed "
     "the plan.", {("Kazakhstan", "memberOf", "Shanghai Cooperation Organisation"),
                   ("Uzbekistan", "memberOf", "Shanghai Cooperation Organisation")}),
    ("Japan and South Korea, partners of NATO, sent ministers.",
     {("Japan", "partnerOf", "NATO"), ("South Korea", "partnerOf", "NATO")}),
    # a list head in apposition denied by a "not" the parser hangs on the name
    ("Kazakhstan and Uzbekistan, not members of the European Union, objected.", set()),
    ("Norway, not a member of the European Union, objected.", set()),
    ("Switzerland, not a NATO member, objected.", set()),
    # a commitment to an act: the one committed acts
    ("Germany remains committed to supporting Ukraine.", {("Germany", "supports", "Ukraine")}),
    ("Germany is committed to supporting Ukraine.", {("Germany", "supports", "Ukraine")}),
    ("Japan reaffirmed its commitment to supporting Ukraine.",
     {("Japan", "supports", "Ukraine")}),
    ("Germany is no longer committed to supporting Ukraine.", set()),
    ("Japan did not reaffirm its commitment to supporting Ukraine.", set()),
    ("Hungary remains committed to blocking aid to Ukraine.", set()),
    # an act one is opposed to is not one's act
    ("Japan is opposed to supporting Ukraine.", set()),
    ("Hungary voted against sending weapons to Ukraine.", set()),
    # a gerund that a verb of opposing takes is an act refused
    ("Germany ruled out sending tanks to Ukraine.", set()),
    ("Germany rejected supplying jets to Ukraine.", set()),
    # an aspiration to join is no membership
    ("Georgia aspires to join NATO.", set()),
    # an agreement still under talks is not reached
    ("Talks on a trade deal between Britain and India stalled.", set()),
    # a proposed office of an organization; a plan put forward
    ("The proposed NATO liaison office in Tokyo angered China.",
     {("NATO", "proposes", "NATO liaison office in Tokyo")}),
    ("The NATO liaison office in Tokyo angered China.", set()),
    ("The Arab League put forward a plan for Gaza's reconstruction.",
     {("Arab League", "proposes", "plan")}),
    ("The Arab League did not put forward a plan for Gaza's reconstruction.", set()),
    # "neither ... nor" denies
    ("Neither Japan nor Australia backs China.", set()),
    ("Japan has neither backed nor criticized China.", set()),
    # an agreement reached or signed by the leaders of states: the states cooperate
    ("The presidents discussed the implementation of the agreements reached by the leaders "
     "of Russia, Azerbaijan and Armenia.",
     {("Azerbaijan", "cooperatesWith", "Russia"), ("Armenia", "cooperatesWith", "Russia"),
      ("Armenia", "cooperatesWith", "Azerbaijan")}),
    ("The agreement signed by the presidents of Russia and Turkey in Sochi remains in force.",
     {("Russia", "cooperatesWith", "Turkey")}),
    ("The agreement to be signed by the presidents of Russia and Turkey was delayed.", set()),
    # a named agreement signed: by its coordinated signers, or "between" the parties
    ("Russia and Egypt signed the Comprehensive Partnership Agreement.",
     {("Egypt", "cooperatesWith", "Russia")}),
    ("The leaders signed the Comprehensive Partnership Agreement between Russia and Egypt.",
     {("Egypt", "cooperatesWith", "Russia")}),
    ("Russia and Egypt discussed the Comprehensive Partnership Agreement.", set()),
    # a state said to be a partner of a state cooperates with it; not one that may become one
    ("Kazakhstan, a strategic partner of Russia, abstained.",
     {("Kazakhstan", "cooperatesWith", "Russia")}),
    ("China is a strategic partner of Pakistan.", {("China", "cooperatesWith", "Pakistan")}),
    ("India may become a partner of the United States.", set()),
    ("India could become an ally of the United States.", set()),
])
def test_matrix_cells(nlp: Language, text: str, want: set[Triple]) -> None:
    assert _ties(nlp, text) == want
