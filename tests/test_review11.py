"""Bounds of this stop's attack and standing rules, found in review: a war against
something that is no side, an attack whose clause tells no harm, a verb that counts only
with its particle, fighters who are people not craft, and a standing given by one
organization to a state. Hand-written sentences, on the trained pipeline.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]

CASES: list[tuple[str, set[Triple]]] = [
    # a war against what is no actor: no side attacks the other
    ("The United States and Britain fought a war against terrorism.", set()),
    # an attack claimed by X strikes where it killed, not where it drew comment
    ("The bombing, claimed by the Islamic State, killed 12 people in Kabul.",
     {("Islamic State", "attacks", "Kabul")}),
    ("The attack, claimed by the Islamic State, drew condemnation in Paris.", set()),
    # fighters are people: the shelling that killed them struck the place
    ("Russian shelling killed 20 fighters in Idlib.", {("Russia", "attacks", "Idlib")}),
    # "over" a sea is where, not an issue of words
    ("Russian warplanes attacked Ukrainian ships over the Black Sea on Monday.",
     {("Russia", "attacks", "Ukraine")}),
    ("The senator attacked Japan over its trade record.", set()),
    # verbs that count only with their particle
    ("Iran shot down an American drone over the Gulf.", {("Iran", "attacks", "United States")}),
    ("Ukrainian forces fended off a Russian assault near Bakhmut.",
     {("Russia", "attacks", "Ukrainian Forces")}),
    ("Ukrainian forces beat a Russian team at football.", set()),
]

STANDING: list[tuple[str, set[Triple]]] = [
    ("Japan has observer status at the OAS.",
     {("Japan", "partnerOf", "Organization of American States")}),
    ("Palestine was granted observer status by the United Nations in 2012.",
     {("Palestine", "partnerOf", "United Nations")}),
    # the giver of a standing is not its holder
    ("The UN General Assembly gave Palestine observer status.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_attack_bounds(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), ["attacks"]) == want


@pytest.mark.parametrize(("text", "want"), STANDING, ids=[c[0][:50] for c in STANDING])
def test_standing(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), ["partnerOf", "memberOf"]) == want


@pytest.mark.parametrize(("text", "want"), [
    # a list of an organization and states that the parser hangs as an apposition with a
    # coordinated tail: every one of them acts
    ("The EU, the US and Britain imposed sanctions on Russia.",
     {("European Union", "sanctions", "Russia"), ("United States", "sanctions", "Russia"),
      ("United Kingdom", "sanctions", "Russia")}),
    # an apposition that names the same actor adds no one
    ("The bloc's largest economy, Germany, imposed sanctions on Russia.",
     {("Germany", "sanctions", "Russia")}),
])
def test_mixed_list_as_apposition(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), ["sanctions"]) == want


@pytest.mark.parametrize(("text", "want"), [
    # a sanction list, not any phrase about sanctions
    ("Britain briefed Japan on the sanctions regime.", set()),
    ("The United States placed Huawei on its sanctions list.",
     {("United States", "sanctions", "Huawei")}),
    # assets frozen are the owner's, not those of whom a clause under them names
    ("The EU froze assets of firms that trade with Iran.", set()),
])
def test_sanction_bounds(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), ["sanctions"]) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Russia threatened to impose sanctions on Georgia.", {("Russia", "criticizes", "Georgia")}),
    ("Russia threatened not to impose sanctions on Georgia.", set()),
])
def test_threat_bounds(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), ["criticizes", "sanctions"]) == want
