"""Set phrases of official readouts, on the trained pipeline.

The sentences are written for these tests (other leaders and states than the
corpus). Each case checks the claims of the relations it is about, with the
rule that found them, so an extra claim fails as much as a missing one.
"""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]

MEETING = ("Emmanuel Macron had a telephone conversation with President of Brazil "
           "Luiz Inacio Lula da Silva. ")


def _claims(doc: Doc, relations: tuple[str, ...], prefix: str = "") -> set[Triple]:
    out = set()
    for c in doc._.kg_claims:
        if c.relation not in relations or not c.extractor.startswith(prefix):
            continue
        s, o = c.subject.key, c.object.key
        if c.relation in ("cooperatesWith", "metWith") and o < s:
            s, o = o, s
        out.add((s, c.relation, o))
    return out


@pytest.mark.parametrize("text", [
    "The leaders reaffirmed their striving to continue developing mutually beneficial "
    "cooperation in agriculture.",
    "Both sides expressed the resolve to continue coordinating their efforts on climate "
    "finance.",
    "The presidents also discussed practical ways of further promoting the strategic "
    "partnership.",
    "It was agreed to continue contacts at various levels.",
    "It was agreed to expand cooperation in energy and shipping.",
])
def test_readout_going_on_pair_cooperates(nlp: Language, text: str) -> None:
    doc = nlp(MEETING + text)
    assert _claims(doc, ("cooperatesWith",), "readout.") == {
        ("Emmanuel Macron", "cooperatesWith", "Luiz Inácio Lula da Silva")}


@pytest.mark.parametrize("text", [
    # a future act is none yet
    "The President of France and the President of Brazil will continue their contacts.",
    # negated
    "It was not agreed to expand cooperation in energy and shipping.",
    # a cooperation that merely exists is no commitment by the pair
    "The leaders discussed cooperation in energy.",
    # the cooperation of others
    "The leaders reaffirmed their striving to continue developing Chile's cooperation "
    "with Peru.",
])
def test_readout_going_on_needs_an_asserted_joint_commitment(nlp: Language, text: str) -> None:
    doc = nlp(MEETING + text)
    assert _claims(doc, ("cooperatesWith",), "readout.going_on") == set()


def test_readout_importance_of_implementing_an_agreement(nlp: Language) -> None:
    doc = nlp("Gustavo Petro and Gabriel Boric reaffirmed the importance of consistently "
              "implementing the Andean trade agreement.")
    assert _claims(doc, ("supports", "cooperatesWith"), "readout.") == {
        ("Gustavo Petro", "supports", "Andean trade agreement"),
        ("Gabriel Boric", "supports", "Andean trade agreement"),
        ("Gabriel Boric", "cooperatesWith", "Gustavo Petro"),
    }


@pytest.mark.parametrize("text", [
    # negated
    "Gustavo Petro and Gabriel Boric did not reaffirm the importance of implementing the "
    "Andean trade agreement.",
    # the importance of something else than carrying out the agreement
    "Gustavo Petro and Gabriel Boric reaffirmed the importance of revising the Andean trade "
    "agreement.",
])
def test_readout_importance_needs_an_affirmed_implementation(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert _claims(doc, ("supports", "cooperatesWith"), "readout.") == set()


def test_readout_thanked_for_a_stance_supports(nlp: Language) -> None:
    doc = nlp("Emmanuel Macron thanked Olaf Scholz for his principled position.")
    assert _claims(doc, ("supports",), "readout.") == {
        ("Emmanuel Macron", "supports", "Olaf Scholz")}
    doc = nlp("Emmanuel Macron did not thank Olaf Scholz for his principled position.")
    assert _claims(doc, ("supports",), "readout.") == set()


def test_readout_talks_between_delegates_of_two_states(nlp: Language) -> None:
    doc = nlp("The minister described the talks between Serbian and Kosovar delegates in "
              "Brussels.")
    assert _claims(doc, ("metWith",)) == {("Kosovo", "metWith", "Serbia")}
