"""Initiatives as the object of a stance (kg/extract/rules/nominals.py nominal.subversion;
kg/extract/rules/verbs.py verb.welcomed_initiative, verb.stance_on_keeping, verb.enacted,
verb.quit_initiative, verb.particle_prep, verb.relative_object and verb.refusal;
kg/extract/events.py InitiativeResolver).

A course of action that wrecks an agreement opposes it ("X continued its policy of
sabotaging the accords", "X's subversion of the deal"); refusing to sign, ratify or honour
one's commitments under it opposes it; welcoming a plan or resolution supports it (an
agreement: its parties); a stance on keeping or reviving an agreement is a stance on it ("X
supports extending the deal"); quitting, suspending or scrapping one opposes it ("pulled out
of the treaty"); passing or ratifying a measure supports it; a ceasefire sought for a place
and elections called for are initiatives; a stance in a relative clause on an initiative
("the accord, which X rejected") is on it; a bill "to do Y"
that the parser hangs on as a relative clause is an initiative with its complement as a
label, and a bare "the proposal" or "the legislation" refers back to the plan or bill named
last. Negated, hypothetical and requested cases give nothing.

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the stance relations it yields.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]
STANCES = ("supports", "opposes", "proposes")

CASES: list[tuple[str, set[Triple]]] = [
    # --- a course of action that wrecks an agreement: its owner opposes it
    ("Moscow said Tbilisi has kept up its policy of sabotaging the grain deal.",
     {("Georgia", "opposes", "grain deal")}),
    ("Ankara was pursuing a reckless policy of seeking to dismantle the nuclear deal, the "
     "minister said.", {("Turkey", "opposes", "nuclear deal"),
                        # (the policy is Ankara's own, which it pursues)
                        ("Turkey", "proposes", "reckless policy")}),
    ("Belgrade condemned Pristina's attempts to undermine the peace agreement.",
     {("Kosovo", "opposes", "peace agreement")}),
    ("Iran's decision to scrap the nuclear deal alarmed France.",
     {("Iran", "opposes", "nuclear deal")}),
    # the act as a noun
    ("The statement stressed Armenia's persistent subversion of the ceasefire agreement.",
     {("Armenia", "opposes", "ceasefire agreement")}),
    # --- refusing to honour commitments under an agreement, or to sign or ratify it
    ("Caracas still refuses to honour its obligations under the Barbados agreement.",
     {("Venezuela", "opposes", "Barbados agreement")}),
    ("Tehran noted Washington's unwillingness to honour the nuclear deal.",
     {("United States", "opposes", "nuclear deal")}),
    ("Poland refused to sign the migration pact.", {("Poland", "opposes", "migration pact")}),
    ("Caracas refused to comply with the UN resolution.",
     {("Venezuela", "opposes", "UN resolution")}),
    ("Caracas complied with the UN resolution.", set()),
    # --- welcoming an agreement or resolution no one owns in the phrase
    ("The African Union welcomed the Kenyan peace plan.",
     {("African Union", "supports", "Kenyan peace plan"),
      ("Kenya", "proposes", "Kenyan peace plan")}),
    ("The resolution on Yemen was welcomed by the United Nations on Sunday.",
     {("United Nations", "supports", "resolution")}),
    # an agreement: its parties' act is welcomed
    ("The European Union welcomed the deal between Armenia and Azerbaijan.",
     {("European Union", "supports", "Armenia"), ("European Union", "supports", "Azerbaijan")}),
    ("The European Union welcomed the nuclear deal.", set()),
    ("Canberra asked the prime minister not to sign the security pact.", set()),
    # --- a bill "to do Y" parsed as a relative clause is an initiative
    ("Senator Warren introduced a bill to ban stock trading by lawmakers.",
     {("Warren", "proposes", "bill")}),
    # --- a stance on keeping, reviving or entering an agreement is on the agreement
    ("Brazil supports extending the grain deal.", {("Brazil", "supports", "grain deal")}),
    ("Chile is supportive of maintaining the nuclear deal.",
     {("Chile", "supports", "nuclear deal")}),
    ("Hungary voted against renewing the ceasefire agreement.",
     {("Hungary", "opposes", "ceasefire agreement")}),
    ("Donald Trump argued against rejoining the nuclear deal.",
     {("Donald Trump", "opposes", "nuclear deal")}),
    ("Turkey did not oppose extending the grain deal.", set()),
    ("Brazil would support extending the grain deal.", set()),
    ("Turkey supports extending its military presence.", set()),
    # --- enacting a measure supports it; a bare phrase of its kind refers back to it
    ("The Senate passed a bill to fund the army. Joe Biden vetoed the legislation.",
     {("Senate", "supports", "bill"), ("Joe Biden", "opposes", "bill")}),
    ("The Norwegian parliament ratified the fisheries agreement.",
     {("Norwegian Parliament", "supports", "fisheries agreement")}),
    ("The budget plan was approved by the Bundestag.", {("Bundestag", "supports", "budget plan")}),
    ("Egypt unveiled a reconstruction plan for Gaza on Monday. The proposal was rejected by "
     "Israel.", {("Egypt", "proposes", "reconstruction plan"),
                 ("Israel", "opposes", "reconstruction plan")}),
    ("The Senate passed sanctions against Iran.", set()),
    ("The Senate passed a resolution on Taiwan.", set()),
    ("The Senate may approve the peace plan next week.", set()),
    # --- quitting, suspending or scrapping an agreement; a phrasal verb whose particle is
    # parsed as a preposition
    ("Moscow quit the grain deal in July.", {("Russia", "opposes", "grain deal")}),
    ("The nuclear deal was scrapped by Donald Trump.",
     {("Donald Trump", "opposes", "nuclear deal")}),
    ("Russia pulled out of the Open Skies Treaty.",
     {("Russia", "opposes", "Treaty on Open Skies")}),
    ("Iran walked away from the nuclear deal.", {("Iran", "opposes", "nuclear deal")}),
    ("Russia did not pull out of the Open Skies Treaty.", set()),
    ("Russia may quit the grain deal.", set()),
    # --- a sought ceasefire told apart by its place; elections called for; a formula
    ("Egypt called for a ceasefire in Gaza.", {("Egypt", "proposes", "ceasefire")}),
    ("Juan Guaido called for early elections.",
     {("Juan Guaido", "proposes", "early elections")}),
    ("Juan Guaido did not call for early elections.", set()),
    ("Zelensky presented his ten-point peace formula at the summit.",
     {("Zelensky", "proposes", "ten-point peace formula")}),
    # --- instituting or enacting a measure puts it forward
    ("In 2005, Ortega instituted a policy of seizing farms from foreign owners and selling "
     "them.", {("Ortega", "proposes", "policy")}),
    # --- a relative clause whose verb of stance takes the initiative as its object
    ("The accord, which Iran rejected, was signed in Vienna.", {("Iran", "opposes", "accord")}),
    ("The peace plan Germany proposed was rejected.", {("Germany", "proposes", "peace plan")}),
    ("The ceasefire agreement, which Israel backed, collapsed.",
     {("Israel", "supports", "ceasefire agreement")}),
    ("The ceasefire agreement, which angered Israel, collapsed.", set()),
    ("The ceasefire agreement, which Israel did not back, collapsed.", set()),
    ("The peace plan, which Germany would support, collapsed.", set()),
    # --- nothing: negated, hypothetical, or no initiative
    ("Moscow said Tbilisi has not pursued a policy of sabotaging the grain deal.", set()),
    ("If Ankara continues its policy of undermining the nuclear deal, talks will fail.", set()),
    ("The African Union did not welcome the Kenyan peace plan.",
     {("Kenya", "proposes", "Kenyan peace plan")}),
    ("China would welcome a peace deal.", set()),
    ("Poland did not refuse to sign the migration pact.", set()),
    ("The rebels tried to undermine the economy of Mali.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_initiatives13_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), STANCES) == want


def test_initiatives13_bill_label_stops_before_an_aside(nlp: Language) -> None:
    """The bill's label keeps its complement up to an aside on a later noun."""
    doc = nlp("Senator Warren introduced a bill to amend the Banking Act, which sets "
              "capital rules.")
    labels = doc._.kg_actors["bill"].labels
    assert "bill to amend the Banking Act" in labels
    assert not any("which" in label for label in labels)


def test_initiatives13_policy_label_up_to_its_second_act(nlp: Language) -> None:
    """A policy of two coordinated acts is also named by its first act alone."""
    doc = nlp("In 2005, Ortega instituted a policy of seizing farms from foreign owners and "
              "selling them.")
    labels = doc._.kg_actors["policy"].labels
    assert "policy of seizing farms from foreign owners" in labels
    assert "policy of seizing farms from foreign owners and selling them" in labels


def test_initiatives13_ceasefire_label_has_its_place(nlp: Language) -> None:
    """A ceasefire sought for a place carries the phrase with the place."""
    doc = nlp("Egypt called for a ceasefire in Gaza.")
    assert "ceasefire in Gaza" in doc._.kg_actors["ceasefire"].labels
