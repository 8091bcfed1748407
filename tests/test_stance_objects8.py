"""Stance objects that are initiatives: the act, plan, measure or request that someone
proposes, opposes or supports becomes an Initiative node where the text tells it apart
by a modifier, a complement or its owner ("called for peace talks", "vowed to veto any
bill raising X", "voted against the motion to suspend X"); a bare generic object ("the
decision", "the policy") stays none. Labels carry the phrase with its complement, with
its owner, and each complement alone ("a proposal from X to cut Y, ...": "proposal from
X", "proposal to cut Y").

The sentences are written for these tests (not taken from the corpus). Each
construction has positive cases and negative ones: negation, a hypothetical, a bare
generic object, criticism of an actor's policy.

Acting "in protest" at an initiative opposes it ("resigned in protest at the new pension
law"); protest at an actor stays criticism, and no one protests at their own plan.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples, node_labels

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


def _claims(nlp: Language, text: str, *relations: str) -> set[Triple]:
    return claim_triples(nlp(text), relations)


# ------------------------------------------------ objects of stance verbs and phrases
@pytest.mark.parametrize(("text", "triple", "label"), [
    ("Nigeria called for peace talks between the two factions.",
     ("Nigeria", "proposes", "peace talks"), "peace talks between the two factions"),
    ("Canada rejected the new restrictions on imports of steel.",
     ("Canada", "opposes", "new restrictions"), "new restrictions on imports of steel"),
    ("Brazil backed the proposed reform of the Security Council.",
     ("Brazil", "supports", "proposed reform"), "proposed reform of the Security Council"),
    ("Chile strongly opposes the proposed ban on fishing in the bay.",
     ("Chile", "opposes", "proposed ban"), "proposed ban on fishing in the bay"),
    ("Norway voted against the motion to suspend Hungary.",
     ("Norway", "opposes", "motion"), "motion to suspend Hungary"),
    ("Chile called for a referendum on the new constitution.",
     ("Chile", "proposes", "referendum"), "referendum on the new constitution"),
])
def test_stance_object_is_an_initiative(nlp: Language, text: str, triple: Triple,
                                        label: str) -> None:
    assert triple in _claims(nlp, text, triple[1])
    labels = node_labels(nlp(text), "Initiative")[triple[2]]
    assert label in labels


def test_promised_act_names_itself(nlp: Language) -> None:
    text = "The Colombian president has promised an amnesty to rebels who lay down their arms."
    assert ("Colombia", "proposes", "amnesty") in _claims(nlp, text, "proposes")
    assert "amnesty" in node_labels(nlp(text), "Initiative")["amnesty"]


def test_vow_to_veto_opposes_and_bill_referred_back(nlp: Language) -> None:
    text = ("The Peruvian president Ollanta Humala has vowed to veto any bill raising the "
            "retirement age. He said the bill was unfair.")
    assert ("Ollanta Humala", "opposes", "bill") in _claims(nlp, text, "opposes")
    labels = node_labels(nlp(text), "Initiative")["bill"]
    assert "bill raising the retirement age" in labels
    assert "the bill" in labels


def test_support_for_an_owned_application(nlp: Language) -> None:
    text = "Austria voiced support for Serbia's application to join the bloc."
    claims = _claims(nlp, text, "supports")
    assert ("Austria", "supports", "Serbia") in claims
    assert ("Austria", "supports", "application") in claims
    labels = node_labels(nlp(text), "Initiative")["application"]
    assert "Serbia's application to join the bloc" in labels


def test_each_complement_labels_the_proposal(nlp: Language) -> None:
    text = ("The vote followed a proposal from Senator Ana Ruiz to cut farm subsidies in "
            "2030, leaving only aid for small farms.")
    labels = node_labels(nlp(text), "Initiative")["proposal"]
    assert "proposal from Senator Ana Ruiz" in labels
    assert "proposal to cut farm subsidies in 2030" in labels  # up to the comma
    assert ("Ana Ruiz", "proposes", "proposal") in _claims(nlp, text, "proposes")


# ----------------------------------------------------------------------- negatives
@pytest.mark.parametrize("text", [
    "Ghana did not call for peace talks with the rebels.",  # negated
    "Ghana would support the new restrictions on exports of gold.",  # hypothetical
    "Ghana called for no talks with the rebels.",  # denied object
    "The president did not promise an amnesty to the rebels.",
])
def test_no_stance_no_initiative(nlp: Language, text: str) -> None:
    assert node_labels(nlp(text), "Initiative") == {}
    assert not _claims(nlp, text, "proposes", "opposes", "supports")


@pytest.mark.parametrize("text", [
    "Argentina rejected the decision.",
    "Argentina rejected the move.",
    "Mexico opposes the policy.",
    "Mexico rejected the measures.",
])
def test_bare_generic_object_is_no_initiative(nlp: Language, text: str) -> None:
    assert node_labels(nlp(text), "Initiative") == {}


def test_criticized_policy_targets_its_actor(nlp: Language) -> None:
    text = "Jordan criticized the destabilising policy of Israel."
    assert _claims(nlp, text, "criticizes") == {("Jordan", "criticizes", "Israel")}
    assert node_labels(nlp(text), "Initiative") == {}


def test_promise_to_a_state_is_no_proposal(nlp: Language) -> None:
    assert not _claims(nlp, "The minister promised Ukraine more weapons.", "proposes")


# ------------------------------------------------------------- "in protest at X"
@pytest.mark.parametrize(("text", "triple"), [
    ("Maria Gonzalez resigned in protest at the new pension law.",
     ("Maria Gonzalez", "opposes", "new pension law")),
    ("Juan Perez quit the cabinet in protest to the proposed border agreement.",
     ("Juan Perez", "opposes", "proposed border agreement")),
    ("Mario Rossi walked out in protest against the draft resolution on fishing quotas.",
     ("Mario Rossi", "opposes", "draft resolution")),
])
def test_in_protest_at_an_initiative_opposes_it(nlp: Language, text: str,
                                                triple: Triple) -> None:
    claims = _claims(nlp, text, "opposes", "criticizes")
    assert triple in claims
    assert (triple[0], "criticizes", triple[2]) not in claims


@pytest.mark.parametrize("text", [
    "Maria Gonzalez did not resign in protest at the new pension law.",  # negated
    "Maria Gonzalez might resign in protest at the new pension law.",  # hypothetical
    "Maria Gonzalez resigned in protest at Peru.",  # an actor: no initiative opposed
    "Maria Gonzalez resigned in protest at Gonzalez's pension plan.",  # her own plan
])
def test_in_protest_negatives(nlp: Language, text: str) -> None:
    assert "Maria Gonzalez" in {r.key for r in nlp(text)._.kg_refs}  # the actor is found
    assert not _claims(nlp, text, "opposes")


def test_passive_stance_object(nlp: Language) -> None:
    text = "The immigration bill was vetoed by President Maria Gonzalez."
    assert ("Maria Gonzalez", "opposes", "immigration bill") in _claims(nlp, text, "opposes")
    assert not _claims(nlp, "The immigration bill was not vetoed by President Maria Gonzalez.",
                       "opposes")


def test_demanded_referendum_is_proposed(nlp: Language) -> None:
    text = "Chile demanded a referendum on the border treaty."
    assert ("Chile", "proposes", "referendum") in _claims(nlp, text, "proposes")
    # the one asked is urged, not proposed
    assert not _claims(nlp, "Ghana demanded an apology from Nigeria.", "proposes")


@pytest.mark.parametrize("text", [
    "Qatar mediated talks between Hamas and Israel.",  # talks held: a meeting
    "Kenya was sabotaging the talks between Russia and Ukraine.",
])
def test_talks_held_are_no_initiative(nlp: Language, text: str) -> None:
    assert node_labels(nlp(text), "Initiative") == {}
    assert not _claims(nlp, text, "proposes", "opposes")
