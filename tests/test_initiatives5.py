"""Initiatives: proper names of agreements tagged as other things, plans and proposals
with their owner or proposer, texts proposed in a relative clause, agreements referred
back to by another head ("the treaty ... the deal"), brokered deals, and agreements
only drafted.

The sentences are written for these tests (not taken from the corpus). Each
construction has at least three positive cases and negative ones: negation, a
hypothetical or hoped-for plan, a plan to travel, or a look-alike construction.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples, node_labels

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _claims(nlp: Language, text: str, *relations: str) -> set[Triple]:
    return claim_triples(nlp(text), relations)


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    return {r.key: r.kind for r in nlp(text)._.kg_refs}


# ------------------------------------------- proper names of agreements, any NER tag
@pytest.mark.parametrize(("text", "name", "triple"), [
    ("Morocco welcomed Sudan's entry into the Abraham Accords on Tuesday.",
     "Abraham Accords", None),
    ("Canada strongly supports the Paris Agreement.", "Paris Agreement",
     ("Canada", "supports", "Paris Agreement")),
    ("Ankara withdrew from the Istanbul Convention last year.", "Istanbul Convention",
     ("Turkey", "opposes", "Istanbul Convention")),
    ("The European Union backs the Lobito Corridor.", "Lobito Corridor",
     ("European Union", "supports", "Lobito Corridor")),
    ("Hanoi rejected the Washington Declaration.", "Washington Declaration",
     ("Vietnam", "opposes", "Washington Declaration")),
])
def test_initiatives5_named_agreements(nlp: Language, text: str, name: str,
                                       triple: Triple | None) -> None:
    assert _kinds(nlp, text).get(name) == "Initiative"
    if triple is not None:
        assert triple in _claims(nlp, text, triple[1])


@pytest.mark.parametrize(("text", "name"), [
    ("Tehran insists on the full revival of the Joint Comprehensive Plan of Action.",
     "Joint Comprehensive Plan of Action"),
    ("The ministers endorsed the Regional Plan of Action on Monday.",
     "Regional Plan of Action"),
    ("NATO adopted the Readiness Action Plan of Cooperation in Wales.",
     "Readiness Action Plan of Cooperation"),
])
def test_initiatives5_name_with_of_phrase(nlp: Language, text: str, name: str) -> None:
    assert _kinds(nlp, text).get(name) == "Initiative"


def test_initiatives5_word_of_a_name_is_no_trigger(nlp: Language) -> None:
    # "Plan of Action" inside a name is no proposal noun of its subject
    got = _claims(nlp, "Russia and Iran support the Joint Comprehensive Plan of Action.",
                  "supports", "proposes")
    assert ("Russia", "supports", "Joint Comprehensive Plan of Action") in got
    assert not any(p == "proposes" for _, p, _ in got)


def test_initiatives5_person_names_stay_persons(nlp: Language) -> None:
    # a person's name is no initiative; a single capitalized head is no name
    kinds = _kinds(nlp, "Abraham Lincoln met Frederick Douglass in Washington.")
    assert "Initiative" not in kinds.values()


# ----------------------------------------- an actor's plan, a plan a verb proposes
@pytest.mark.parametrize(("text", "owner", "label", "stance"), [
    ("Hungary opposes the EU's plan to phase out Russian gas.", "European Union",
     "plan to phase out Russian gas", ("Hungary", "opposes")),
    ("Poland criticized Germany's proposal for a common European army.", "Germany",
     "proposal for a common European army", None),
    ("Kenya unveiled a plan to end the fighting in eastern Congo.", "Kenya",
     "plan to end the fighting in eastern Congo", None),
    ("Brazil put forward a proposal for a ceasefire in Ukraine.", "Brazil",
     "proposal for a ceasefire in Ukraine", None),
])
def test_initiatives5_owned_plan(nlp: Language, text: str, owner: str, label: str,
                                 stance: tuple[str, str] | None) -> None:
    inits = node_labels(nlp(text), "Initiative")
    key = next(k for k, labels in inits.items() if label in labels)
    got = _claims(nlp, text, "proposes", "opposes", "criticizes")
    assert (owner, "proposes", key) in got
    if stance is not None:
        assert (stance[0], stance[1], key) in got


@pytest.mark.parametrize("text", [
    # a plan to travel or meet is an awaited visit, no initiative
    "Emmanuel Macron's plan to visit Beijing was announced on Monday.",
    "Olaf Scholz unveiled a plan to meet Xi Jinping in the spring.",
    # hypothetical, negated
    "Egypt might unveil a plan to end the war in Gaza.",
    "Germany did not unveil a plan to cut gas imports.",
    # plural intentions, no proposer
    "Officials said there are plans to expand the port.",
])
def test_initiatives5_no_owned_plan(nlp: Language, text: str) -> None:
    assert not any(k.startswith("plan") for k in node_labels(nlp(text), "Initiative"))
    assert not _claims(nlp, text, "proposes")


# ----------------------------------------- the organization's own resolution or plan
@pytest.mark.parametrize(("text", "subject", "rel", "label"), [
    ("Russia blocked the UN resolution on Ukraine.", "Russia", "opposes", "UN resolution"),
    ("China rejected the EU proposal on tariffs.", "China", "opposes", "EU proposal"),
    ("Armenia welcomed the OSCE plan for the region and backed the OSCE initiative.",
     "Armenia", "supports", "OSCE initiative"),
])
def test_initiatives5_organization_owned_proposal(nlp: Language, text: str, subject: str,
                                                  rel: str, label: str) -> None:
    inits = node_labels(nlp(text), "Initiative")
    key = next(k for k, labels in inits.items() if label in labels)
    assert (subject, rel, key) in _claims(nlp, text, rel)


def test_initiatives5_group_pact_stays_the_group(nlp: Language) -> None:
    # "the GROUP pact" names the grouping, an organization
    got = _claims(nlp, "China opposes the AUKUS pact.", "opposes")
    assert got == {("China", "opposes", "AUKUS")}


# ------------------------------------------- proposed in a passive relative clause
@pytest.mark.parametrize(("text", "proposers", "initiative"), [
    ("Turkey voted against the resolution, which was proposed by France.",
     {"France"}, "resolution"),
    ("Russia vetoed the text, which was drafted by Britain and France.",
     {"United Kingdom", "France"}, "text"),
    ("The resolution that was tabled by Mexico passed easily.", {"Mexico"}, "resolution"),
    ("The truce, which was brokered by Qatar and Egypt, collapsed on Sunday.",
     {"Qatar", "Egypt"}, "truce"),
])
def test_initiatives5_relative_passive_proposer(nlp: Language, text: str, proposers: set[str],
                                                initiative: str) -> None:
    got = _claims(nlp, text, "proposes")
    assert {(p, "proposes", initiative) for p in proposers} <= got


@pytest.mark.parametrize(("text", "triple"), [
    ("Hezbollah, which is backed by Iran, fired rockets.", ("Iran", "supports", "Hezbollah")),
    ("The Houthis, who are armed by Iran, attacked a ship.",
     ("Iran", "supports", "Houthis")),
    ("Moldova, which was praised by the European Union, held elections.",
     ("European Union", "supports", "Moldova")),
])
def test_initiatives5_relative_passive_any_relation(nlp: Language, text: str,
                                                    triple: Triple) -> None:
    assert triple in _claims(nlp, text, triple[1])


@pytest.mark.parametrize("text", [
    # not passive: the relative pronoun is the subject that acts
    "France, which proposed the resolution, voted in favour.",
    # negated
    "The resolution, which was not proposed by France, failed.",
])
def test_initiatives5_no_relative_passive_proposer(nlp: Language, text: str) -> None:
    assert ("France", "proposes", "resolution") not in _claims(nlp, text, "proposes")


# ---------------------------------------------------------------- brokered deals
@pytest.mark.parametrize(("text", "broker", "deal"), [
    ("Hamas accepted the US-brokered ceasefire.", "United States", "US-brokered ceasefire"),
    ("Turkey brokered a grain deal between Russia and Ukraine.", "Turkey", "grain deal"),
    ("Israel violated the ceasefire mediated by Egypt.", "Egypt", "ceasefire"),
])
def test_initiatives5_brokered(nlp: Language, text: str, broker: str, deal: str) -> None:
    assert (broker, "proposes", deal) in _claims(nlp, text, "proposes")


@pytest.mark.parametrize("text", [
    "Egypt hopes to broker a ceasefire in Gaza.",
    "Qatar did not broker the truce.",
    "Qatar mediated talks between Hamas and Israel.",
])
def test_initiatives5_not_brokered(nlp: Language, text: str) -> None:
    assert not _claims(nlp, text, "proposes")


# ----------------------------------------- "the deal" after "the treaty", and the like
@pytest.mark.parametrize(("text", "key", "subject", "rel", "label"), [
    ("Iran signed the nuclear treaty with six powers in 2015. Germany opposed the deal.",
     "nuclear treaty", "Germany", "opposes", "the deal"),
    ("France supports the Paris Agreement. Brazil also backs the accord.",
     "Paris Agreement", "Brazil", "supports", "the accord"),
    ("Kosovo and Serbia reached a trade agreement in March. Russia rejected the deal.",
     "trade agreement", "Russia", "opposes", "the deal"),
])
def test_initiatives5_agreement_referred_back(nlp: Language, text: str, key: str,
                                              subject: str, rel: str, label: str) -> None:
    inits = node_labels(nlp(text), "Initiative")
    assert label in inits[key]
    assert (subject, rel, key) in _claims(nlp, text, rel)


@pytest.mark.parametrize("text", [
    # nothing named before it to refer back to
    "Russia rejected the deal.",
    # a plan is no agreement: "the deal" does not refer back to it
    "China unveiled a peace plan for Ukraine. Kyiv rejected the deal.",
])
def test_initiatives5_deal_without_antecedent(nlp: Language, text: str) -> None:
    assert not any("the deal" in labels for labels in node_labels(nlp(text), "Initiative").values())


def test_initiatives5_named_agreements_stay_apart(nlp: Language) -> None:
    # "the Treaty between A and B and the Agreement between A and C": two initiatives,
    # each labelled up to the next
    inits = node_labels(nlp("Moscow sent the drafts of the Treaty between Russia and "
                              "Japan and the Agreement between Russia and NATO."), "Initiative")
    assert len(inits) == 2
    assert any("Treaty between Russia and Japan" in labels for labels in inits.values())


# ------------------------------------------------------- an agreement only drafted
@pytest.mark.parametrize("text", [
    "Moscow published its drafts of a treaty between Russia and the United States.",
    "Japan circulated a draft agreement between Japan and China.",
    "Kyiv welcomed the proposal for a pact between Ukraine and Poland.",
])
def test_initiatives5_drafted_agreement_no_cooperation(nlp: Language, text: str) -> None:
    assert not _claims(nlp, text, "cooperatesWith")


@pytest.mark.parametrize(("text", "pair"), [
    ("Russia signed a treaty with Belarus.", ("Belarus", "Russia")),
    ("The treaty between Egypt and Israel was signed in 1979.", ("Egypt", "Israel")),
    ("Ghana and Togo signed an agreement on border security.", ("Ghana", "Togo")),
])
def test_initiatives5_signed_agreement_still_cooperation(nlp: Language, text: str,
                                                        pair: tuple[str, str]) -> None:
    got = claim_triples(nlp(text), ["cooperatesWith"], symmetric=["cooperatesWith"])
    assert (pair[0], "cooperatesWith", pair[1]) in got
