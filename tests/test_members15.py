"""Membership in wire-copy lists: a list head named by a copula ("ORG's member states are
A, B and C"), a list after a comma or a dash beside its owner, "whose member states
are", a grouping noun in apposition that includes states, "like fellow ORG member Y",
"among them", two organizations in "partners in"; and the negatives: a former or lapsed
member, a suspended membership, "not among", candidates and applicants, leaving. Also
the states an organization groups, listed in brackets or between dashes after its name,
or a list head describing a list ("A and B, both members of ORG"), which are no
co-actors of the verb.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
M = "memberOf"
P = "partnerOf"
C = "cooperatesWith"
W = "metWith"
SCO = "Shanghai Cooperation Organisation"
CSTO = "Collective Security Treaty Organization"
EAEU = "Eurasian Economic Union"
P5 = ("United States", "United Kingdom", "France", "China", "Russia")
MERCOSUR = ("Argentina", "Brazil", "Paraguay", "Uruguay")

MEMBERSHIP: list[tuple[str, set[Triple]]] = [
    # --- a list head named by a copula: its owner by possessive, "of" or "whose"
    ("The SCO's member states are China, Russia, India and Pakistan.",
     {(s, M, SCO) for s in ("China", "Russia", "India", "Pakistan")}),
    ("The members of Mercosur are Argentina, Brazil, Paraguay and Uruguay.",
     {(s, M, "Mercosur") for s in MERCOSUR}),
    ("The founding members of the BRICS group are Brazil, Russia, India and China.",
     {(s, M, "BRICS") for s in ("Brazil", "Russia", "India", "China")}),
    ("The Collective Security Treaty Organization, whose member states are Russia, Belarus "
     "and Armenia, held drills.", {(s, M, CSTO) for s in ("Russia", "Belarus", "Armenia")}),
    # (in a list of two, the owner is the one right before "whose")
    ("The EU and Mercosur, whose members are Argentina, Brazil, Paraguay and Uruguay, signed "
     "a trade deal.", {(s, M, "Mercosur") for s in MERCOSUR}),
    ("NATO's newest member is Sweden.", {("Sweden", M, "NATO")}),
    # a copula denied, or a list head that names no one
    ("The members of Mercosur were not Argentina and Brazil.", set()),
    ("NATO's members are divided over the issue.", set()),
    ("The SCO's member states are not China's allies.", set()),
    # --- a list after a comma beside its owner, read by its first word ("the United ...")
    ("Members of the Quad, the United States, Japan, India and Australia, met in Tokyo.",
     {(s, M, "Quad") for s in ("United States", "Japan", "India", "Australia")}),
    ("The Security Council's permanent members, the United States, Britain, France, China "
     "and Russia, met.", {(s, M, "Security Council") for s in P5}),
    # or between dashes after the owner of the "of" phrase
    ("The five permanent members of the UN Security Council – China, France, Russia, "
     "Britain and the United States – issued a joint statement.",
     {(s, M, "UN Security Council") for s in P5}),
    # partners in two organizations, listed after the second
    ("Russia's partners in the SCO and BRICS, China and India, did not condemn the move.",
     {("China", M, SCO), ("India", M, SCO), ("China", M, "BRICS"), ("India", M, "BRICS")}),
    # --- an organization named again as a grouping noun that includes states
    ("The CSTO, a Russia-led security bloc that includes Armenia and Belarus, held drills.",
     {("Armenia", M, CSTO), ("Belarus", M, CSTO)}),
    # --- compared with a fellow member; "among them"
    ("Slovakia, like fellow EU member Hungary, opposed the sanctions.",
     {("Slovakia", M, "European Union"), ("Hungary", M, "European Union")}),
    ("The NATO allies, among them Poland and Estonia, pledged more troops.",
     {("Poland", M, "NATO"), ("Estonia", M, "NATO")}),
    # --- taken back in
    ("Syria was readmitted to the Arab League in May 2023.", {("Syria", M, "Arab League")}),
    ("The Arab League readmitted Syria in May.", {("Syria", M, "Arab League")}),
    ("Syria was not readmitted to the Arab League.", set()),
    # --- forms that already worked and must keep working
    ("Kazakhstan and Kyrgyzstan are both members of the Eurasian Economic Union.",
     {("Kazakhstan", M, EAEU), ("Kyrgyzstan", M, EAEU)}),
    ("Belarus became a full member of the Shanghai Cooperation Organisation in July.",
     {("Belarus", M, SCO)}),
    ("Turkey, a NATO member since 1952, has blocked the bid.", {("Turkey", M, "NATO")}),
    ("Egypt, Ethiopia and Iran joined BRICS in January, expanding the bloc.",
     {("Egypt", M, "BRICS"), ("Ethiopia", M, "BRICS"), ("Iran", M, "BRICS")}),
    ("Azerbaijan is an observer state in the Organization of Turkic States.",
     {("Azerbaijan", P, "Organization of Turkic States")}),
    # --- a member no longer, or not yet
    ("Mali, a former member of ECOWAS, has formed an alliance with Niger.", set()),
    ("Mali, once a member of ECOWAS, has formed an alliance with Niger.", set()),
    ("Russia's membership of the Council of Europe was suspended in 2022.", set()),
    ("The suspension of Russia's membership in the Council of Europe angered Moscow.", set()),
    ("Mali's former membership of ECOWAS was discussed.", set()),
    ("Hungary's EU membership gives it a veto.", {("Hungary", M, "European Union")}),
    ("North Korea is not among the members of the Non-Aligned Movement.", set()),
    ("Burkina Faso, Mali and Niger left ECOWAS in January.", set()),
    ("Britain left the European Union in 2020.", set()),
    ("Russia was expelled from the Council of Europe in 2022.", set()),
    ("Russia is no longer a member of the Council of Europe.", set()),
    ("Georgia and Ukraine are not members of NATO.", set()),
    ("Ukraine applied to join NATO in September 2022.", set()),
    ("Finland and Sweden applied for NATO membership in May 2022.", set()),
    ("Moldova, an EU candidate country, welcomed the decision.", set()),
    ("Serbia, a candidate for EU membership, has refused to impose sanctions on Russia.",
     set()),
    ("Saudi Arabia has been invited to join BRICS but has not yet accepted.", set()),
    ("Ukraine hopes to become a member of NATO.", set()),
]


@pytest.mark.parametrize(("text", "want"), MEMBERSHIP, ids=[t[:40] for t, _ in MEMBERSHIP])
def test_members15_membership(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (M, P)) == want


G7 = ("United Kingdom", "Canada", "France", "Germany", "Italy", "Japan", "United States")

# The states an organization groups, listed in brackets or between dashes after its name,
# say what it is: they are no co-subjects of its verb. Named members who act themselves
# (a list head's apposition, the subject) do act.
ACTING: list[tuple[str, str, set[Triple]]] = [
    ("The G7 – Britain, Canada, France, Germany, Italy, Japan and the United States – agreed "
     "on new sanctions.", C, set()),
    ("Mercosur (Argentina, Brazil, Paraguay and Uruguay) signed a trade deal with the EU.", C,
     {("European Union", C, "Mercosur")}),
    ("The G7 (Britain, Canada, France, Germany, Italy, Japan and the United States) and "
     "Russia met in Geneva.", W, {("G7", W, "Russia")}),
    # a list of actors of both kinds, with commas, is still a list
    ("The EU, the United States and Japan agreed to coordinate sanctions.", C,
     {("European Union", C, "United States"), ("European Union", C, "Japan"),
      ("Japan", C, "United States")}),
    # a list head after a closed list describes the listed
    ("Bahrain and Kuwait, both founding members of the Gulf Cooperation Council, signed the "
     "accord.", C, {("Bahrain", C, "Kuwait")}),
    # the permanent members, named, met each other (as "A, B and C met" would)
    ("The Security Council's permanent members, the United States, Britain, France, China "
     "and Russia, met.", W,
     {(a, W, b) for a in P5 for b in P5 if a < b}),
]


@pytest.mark.parametrize(("text", "relation", "want"), ACTING, ids=[t[:40] for t, _, _ in ACTING])
def test_members15_grouped_states_do_not_act(nlp: Language, text: str, relation: str,
                                             want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (relation,), symmetric=(relation,)) == want
