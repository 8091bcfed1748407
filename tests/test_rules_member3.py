"""Membership, support and proposals in wire-copy constructions, on the trained pipeline.

The sentences are written for these tests (regions, blocs and people other than the
corpus's). Each case checks every claim of its relation in the text, so an extra claim
fails as much as a missing one; the negative cases (negation, modality, a future or
ended membership, a judged act) must give nothing.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model


def _rel(nlp: Language, text: str, relation: str) -> set[tuple[str, str, str]]:
    return claim_triples(nlp(text), (relation,))


# ------------------------------------------------------------------ memberOf
@pytest.mark.parametrize(("text", "expected"), [
    # the parser hangs "members" on the bloc's name and the names on the verb
    ("ECOWAS members Ghana and Senegal condemned the coup in Conakry.",
     {("Ghana", "memberOf", "ECOWAS"), ("Senegal", "memberOf", "ECOWAS")}),
    # the names as the object of "states"
    ("EU member states Hungary, Slovakia and Austria opposed the measure on Monday.",
     {("Hungary", "memberOf", "European Union"), ("Slovakia", "memberOf", "European Union"),
      ("Austria", "memberOf", "European Union")}),
    ("The Quad, made up of the United States, India, Japan and Australia, pledged to "
     "counter coercion at sea.",
     {("United States", "memberOf", "Quad"), ("India", "memberOf", "Quad"),
      ("Japan", "memberOf", "Quad"), ("Australia", "memberOf", "Quad")}),
    ("The African Union, whose members include Nigeria and South Africa, welcomed the "
     "accord.",
     {("Nigeria", "memberOf", "African Union"), ("South Africa", "memberOf", "African Union")}),
])
def test_member_lists(nlp: Language, text: str, expected: set) -> None:
    assert _rel(nlp, text, "memberOf") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran and Egypt were admitted to BRICS last year.",
     {("Iran", "memberOf", "BRICS"), ("Egypt", "memberOf", "BRICS")}),
    ("Somalia was admitted as the eighth member of the East African Community.",
     {("Somalia", "memberOf", "East African Community")}),
    ("Among the SCO members, India alone declined to endorse the statement.",
     {("India", "memberOf", "Shanghai Cooperation Organisation")}),
    ("Armenia, which chairs the CSTO this year, called the summit.",
     {("Armenia", "memberOf", "Collective Security Treaty Organization")}),
    ("Kazakhstan presides over the Shanghai Cooperation Organisation.",
     {("Kazakhstan", "memberOf", "Shanghai Cooperation Organisation")}),
    ("The Association of Southeast Asian Nations, of which Myanmar is a member, has "
     "barred its junta leaders.", {("Myanmar", "memberOf", "ASEAN")}),
    ("ASEAN has 10 members, including Myanmar and Cambodia.",
     {("Myanmar", "memberOf", "ASEAN"), ("Cambodia", "memberOf", "ASEAN")}),
])
def test_member_by_admission_or_chair(nlp: Language, text: str, expected: set) -> None:
    assert _rel(nlp, text, "memberOf") == expected


def test_whose_partners_are_partners_not_members(nlp: Language) -> None:
    doc = nlp("NATO, whose partners include Japan and Australia, met in Brussels.")
    assert claim_triples(doc, ("memberOf", "partnerOf")) == {
        ("Japan", "partnerOf", "NATO"), ("Australia", "partnerOf", "NATO")}


@pytest.mark.parametrize("text", [
    "Ukraine hopes to join the European Union within a decade.",
    "Mali was suspended from ECOWAS in 2021.",
    "Britain left the European Union in 2020.",
    "The SADC members did not meet in Gaborone.",  # no names after the head
    "The bloc is not made up of Brazil and Argentina alone.",
    "Ukraine was not admitted to NATO.",
    "Ukraine will be admitted to NATO when the war ends.",  # awaited
    "Kenya chaired the meeting in Nairobi.",  # a meeting, not an organization
    "Among the wounded, Kenya counted two soldiers.",
    "The bloc, of which Chad is not a member, met in Yaounde.",
    "Niger, Mali and Burkina Faso, which quit ECOWAS in January, formed a pact.",
])
def test_member_negative(nlp: Language, text: str) -> None:
    assert _rel(nlp, text, "memberOf") == set()


# ------------------------------------------------------------------ supports
@pytest.mark.parametrize(("text", "expected"), [
    ("The Arab League threw its weight behind Lebanon.",
     {("Arab League", "supports", "Lebanon")}),
    ("Beijing rallied behind Pyongyang after the vote.",
     {("China", "supports", "North Korea")}),
    ("France stood behind Morocco in the dispute over the territory.",
     {("France", "supports", "Morocco")}),
    ("The United States has given Israel more than $3 billion in military aid.",
     {("United States", "supports", "Israel")}),
    ("Canada announced $50 million in humanitarian assistance for Haiti.",
     {("Canada", "supports", "Haiti")}),
    # the thanked one gives the aid; "Kazakhstan's partners" are not Kazakhstan
    ("Tokayev thanked Kazakhstan's partners and especially Russia for the assistance "
     "being rendered.",
     {("Russia", "supports", "Tokayev")}),
    ("China granted Laos a $500 million loan.", {("China", "supports", "Laos")}),
    ("South Africa received $2 billion in loans from China.",
     {("China", "supports", "South Africa")}),
    ("With backing from Turkey, Azerbaijan launched the offensive.",
     {("Turkey", "supports", "Azerbaijan")}),
    ("Israel, with US support, struck the port.", {("United States", "supports", "Israel")}),
])
def test_support(nlp: Language, text: str, expected: set) -> None:
    assert _rel(nlp, text, "supports") == expected


@pytest.mark.parametrize("text", [
    "The Arab League did not throw its weight behind Lebanon.",
    "Japan has not given Ukraine $3 billion in aid.",
    "The EU could announce 50 million euros in aid for Syria.",
    "Saudi Arabia backed sanctions against Iran.",  # a judged act
    "The IMF denied Argentina a new loan.",
    "Without French backing, Mali struggled.",
])
def test_support_negative(nlp: Language, text: str) -> None:
    assert _rel(nlp, text, "supports") == set()


# ------------------------------------------------------------------ proposes
@pytest.mark.parametrize(("text", "expected"), [
    ("Algeria's proposal for a regional summit was rejected.",
     {("Algeria", "proposes", "proposal")}),
    ("Indonesia's peace plan calls for a demilitarised zone.",
     {("Indonesia", "proposes", "peace plan")}),
    ("The Egyptian proposal was welcomed by Hamas.",
     {("Egypt", "proposes", "Egyptian proposal")}),
    ("A draft resolution by Malta was put to a vote.",
     {("Malta", "proposes", "draft resolution")}),
    ("A Japan-drafted resolution was adopted unanimously.",
     {("Japan", "proposes", "Japan-drafted resolution")}),
    ("The US-sponsored resolution failed to pass.",
     {("United States", "proposes", "US-sponsored resolution")}),
    ("The ceasefire proposal put forward by Egypt was accepted by Hamas.",
     {("Egypt", "proposes", "ceasefire proposal")}),
    ("Egypt is pushing a new truce plan for the region.",
     {("Egypt", "proposes", "new truce plan")}),
    # the proposed office is the object, not the proposal itself
    ("NATO's proposal to establish a liaison office in Oslo faced opposition.",
     {("NATO", "proposes", "liaison office in Oslo")}),
])
def test_proposal_owner(nlp: Language, text: str, expected: set) -> None:
    assert _rel(nlp, text, "proposes") == expected


@pytest.mark.parametrize("text", [
    "A possible French proposal was not discussed.",
    # the council adopts its resolution; it does not propose it
    "The UN Security Council resolution demands a ceasefire.",
    "Kenya did not propose a ceasefire.",
])
def test_proposal_negative(nlp: Language, text: str) -> None:
    assert _rel(nlp, text, "proposes") == set()


def test_sponsored_militia_is_backed(nlp: Language) -> None:
    doc = nlp("Fighters of a Rwanda-sponsored militia seized the town of Goma.")
    assert ("Rwanda", "proposes") not in {(s, r) for s, r, _ in claim_triples(doc)}
