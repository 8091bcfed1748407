"""Membership told by a chair, a bracketed list, an organization that admits a state, a
shared list head ("an ORG and ORG2 member"), an observer seat, a state welcomed "as" a
member, a list between dashes, "brings together", joining, a seat on a council; and an
organization acting through its unnamed members ("NATO allies", "the EU member states",
"ORG countries") or named again as "the bloc" with an accusation's charge ("accused the
bloc of meddling").

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
M = "memberOf"
P = "partnerOf"
G7 = ("United States", "Japan", "Germany", "United Kingdom", "France", "Italy", "Canada")

MEMBERSHIP: list[tuple[str, set[Triple]]] = [
    # --- a state that chairs an organization: apposition, "as", copula, participle
    ("Laos, the current chair of ASEAN, opened the talks on Friday.",
     {("Laos", M, "ASEAN")}),
    ("Malaysia, this year's ASEAN chair, hosted the leaders in October.",
     {("Malaysia", M, "ASEAN")}),
    ("As ASEAN chair, Malaysia has pressed for a ceasefire in Myanmar.",
     {("Malaysia", M, "ASEAN")}),
    ("Brazil is the current chair of the G20.", {("Brazil", M, "G20")}),
    ("Armenia, currently presiding in the CSTO, called the session.",
     {("Armenia", M, "Collective Security Treaty Organization")}),
    # a person in the chair is no member state; a chair denied is none
    ("Anna Berg, the chair of the committee, resigned on Monday.", set()),
    ("Malaysia is not the chair of ASEAN.", set()),
    # --- a bracketed list of the states an organization groups
    ("The Gulf Cooperation Council (Saudi Arabia, Kuwait, Qatar and Oman) issued a joint "
     "statement.", {("Saudi Arabia", M, "Gulf Cooperation Council"),
                    ("Kuwait", M, "Gulf Cooperation Council"),
                    ("Qatar", M, "Gulf Cooperation Council"),
                    ("Oman", M, "Gulf Cooperation Council")}),
    # an acronym in brackets is no list
    ("The North Atlantic Treaty Organization (NATO) met in Brussels.", set()),
    # or between dashes, also after an acronym in brackets
    ("The G7 - the United States, Japan, Germany, Britain, France, Italy and Canada - "
     "condemned the missile test.", {(s, M, "G7") for s in G7}),
    ("The Group of Seven (G7) - the United States, Japan, Germany, Britain, France, Italy "
     "and Canada - condemned the missile test.", {(s, M, "G7") for s in G7}),
    # --- an organization that brings together the states it names; a bloc of states
    # including some
    ("The Quad, which brings together India, Japan, Australia and the United States, met "
     "in Delhi.", {(s, M, "Quad") for s in ("India", "Japan", "Australia", "United States")}),
    ("The talks brought together Armenia and Azerbaijan.", set()),
    ("The Southern African Development Community, a bloc of 16 countries including Zambia "
     "and Malawi, met on Monday.", {("Zambia", M, "Southern African Development Community"),
                                    ("Malawi", M, "Southern African Development Community")}),
    ("Australia, Britain and the United States make up the AUKUS pact.",
     {("Australia", M, "AUKUS"), ("United Kingdom", M, "AUKUS"), ("United States", M, "AUKUS")}),
    # --- joining: the organization itself, not one of its bodies; not joining others in
    # an act
    ("Finland joined NATO in April 2023.", {("Finland", M, "NATO")}),
    ("Finland joined NATO's cyber defence centre in 2019.", set()),
    ("The European Union joined the African Union in condemning the coup.", set()),
    # --- the organization admits a state (active), or welcomes it as a member
    ("The African Union admitted Morocco in 2017.", {("Morocco", M, "African Union")}),
    ("NATO admitted Montenegro as its 29th member.", {("Montenegro", M, "NATO")}),
    ("NATO welcomed Montenegro as its 29th member.", {("Montenegro", M, "NATO")}),
    # an admission agreed, planned or refused is not held
    ("ASEAN agreed in principle to admit Timor-Leste as its 11th member.", set()),
    ("NATO did not admit Georgia.", set()),
    # --- one list head shared by two organizations
    ("Estonia, an EU and NATO member, has raised its defence budget.",
     {("Estonia", M, "European Union"), ("Estonia", M, "NATO")}),
    ("Estonia is an EU and NATO member.",
     {("Estonia", M, "European Union"), ("Estonia", M, "NATO")}),
    ("Estonia is not an EU and NATO member.", set()),
    # --- an observer seat is a partnership, not a membership
    ("Mongolia is an observer state in the Shanghai Cooperation Organisation.",
     {("Mongolia", P, "Shanghai Cooperation Organisation")}),
    ("Palestine, an observer state at the United Nations, praised the ruling.",
     {("Palestine", P, "United Nations")}),
    # --- "the grouping", "the bloc" referring back to the organization named before
    ("The Shanghai Cooperation Organisation met in Astana. Iran, which joined the grouping "
     "last year, sent its president.", {("Iran", M, "Shanghai Cooperation Organisation")}),
    ("ASEAN leaders met on Tuesday. Laos, the bloc's current chair, opened the talks.",
     {("Laos", M, "ASEAN")}),
    # --- a state whose fellow members or allies in an organization are named is a member
    ("Croatia's fellow EU member Slovenia objected.",
     {("Croatia", M, "European Union"), ("Slovenia", M, "European Union")}),
    ("Greece's NATO allies objected.", set()),  # allies of Greece: not that Greece is one
    ("Greece's allies objected.", set()),
    # --- an accession told as past by its preposition; not one to come
    ("Since Finland's accession to NATO in 2023, the border has stayed closed.",
     {("Finland", M, "NATO")}),
    ("Following Sweden's accession to NATO, Russia moved troops north.", {("Sweden", M, "NATO")}),
    ("Russia will move troops north after Sweden's accession to NATO.", set()),
    ("Russia has warned against Sweden's accession to NATO.", set()),
    # --- a seat on a council, or elected its member
    ("Ecuador began a two-year term on the UN Security Council in January.",
     {("Ecuador", M, "UN Security Council")}),
    ("Ecuador won a seat on the UN Security Council.", {("Ecuador", M, "UN Security Council")}),
    ("Ecuador, which sits on the UN Security Council, abstained.",
     {("Ecuador", M, "UN Security Council")}),
    ("Ecuador was elected a non-permanent member of the Security Council.",
     {("Ecuador", M, "Security Council")}),
    ("The Security Council includes China and Russia.",
     {("China", M, "Security Council"), ("Russia", M, "Security Council")}),
    # a seat sought, failed or denied is not held; a person's seat is no state's
    ("Ecuador is seeking a seat on the UN Security Council.", set()),
    ("Ecuador failed to win a seat on the UN Security Council.", set()),
    ("Ecuador did not win a seat on the UN Security Council.", set()),
    ("Ecuador was not elected a member of the Security Council.", set()),
    # a candidate is no member; a partner "for" an organization is its partner
    ("Moldova became an EU candidate country in 2022.", set()),
    ("Australia, an important partner for the European Union, signed the accord.",
     {("Australia", P, "European Union")}),
    # a state's partners in an organization are fellow members of it
    ("Japan's partners in the G7, Italy and Canada, backed the plan.",
     {("Italy", M, "G7"), ("Canada", M, "G7")}),
]


@pytest.mark.parametrize(("text", "want"), MEMBERSHIP, ids=[t[:40] for t, _ in MEMBERSHIP])
def test_members13_membership(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (M, P)) == want


ACTING: list[tuple[str, str, set[Triple]]] = [
    ("EU member states condemned Iran on Tuesday.", "criticizes",
     {("European Union", "criticizes", "Iran")}),
    ("NATO member countries criticized Belarus.", "criticizes",
     {("NATO", "criticizes", "Belarus")}),
    ("Artillery shells are being sent to Ukraine by NATO member countries.", "supports",
     {("NATO", "supports", "Ukraine")}),
    ("NATO allies pledged more support for Moldova.", "supports",
     {("NATO", "supports", "Moldova")}),
    ("The G7 nations pledged support for Ukraine.", "supports", {("G7", "supports", "Ukraine")}),
    # a state's allies are not the state; named members act themselves
    ("US allies criticized Belarus.", "criticizes", set()),
    ("NATO partner countries criticized Belarus.", "criticizes", set()),
    ("EU candidate countries criticized Belarus.", "criticizes", set()),
    ("NATO allies Poland and Latvia criticized Belarus.", "criticizes",
     {("Poland", "criticizes", "Belarus"), ("Latvia", "criticizes", "Belarus")}),
    ("EU member states did not condemn Iran.", "criticizes", set()),
    # "the bloc" referring back, with the charge the parser hangs on it
    ("The European Union renewed its sanctions on Friday. Belarus accused the bloc of "
     "meddling in its affairs.", "criticizes", {("Belarus", "criticizes", "European Union")}),
    ("NATO ministers met on Thursday. Iran accused the alliance of hypocrisy.", "criticizes",
     {("Iran", "criticizes", "NATO")}),
    # "the alliance" is the organization named before, not the one whose seat is the
    # place of a meeting
    ("NATO ministers met in Brussels on Thursday. The alliance urged Belarus to release "
     "the prisoners.", "urges", {("NATO", "urges", "Belarus")}),
    ("Brussels warned Hungary on Monday. The bloc urged Budapest to change course.", "urges",
     {("European Union", "urges", "Hungary")}),
    # a new grouping named by its members is not the organization named before
    ("NATO ministers met on Thursday. Iran criticized the alliance of Western democracies.",
     "criticizes", set()),
]


@pytest.mark.parametrize(("text", "relation", "want"), ACTING, ids=[t[:40] for t, _, _ in ACTING])
def test_members13_organization_acts(nlp: Language, text: str, relation: str,
                                     want: set[Triple]) -> None:
    assert claim_triples(nlp(text), (relation,)) == want
