"""Cells of the stance probe matrix (criticizes, opposes, urges crossed with the frames of
wire copy) that failed before this round, each with a negative: a label given as a second
object or hung on the object, a relative clause whose relative pronoun is the object of a
verb of stance on an actor, nominal vetoes and requests, a passive that strands its
preposition, a quoted question before "asked", blame by "held responsible" and "was
behind", "voted down", "has to" in a reported clause, calls and criticism that their target
ignores or heeds, direct questions, "time for Y to act", and readout statements with no speaker of
their own (a negative act as the subject of "was noted", after one who gave an
assessment).

The sentences are written for these tests and run through the trained pipeline
(``--model``); each case lists every claim of the relations it checks.
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

RELATIONS = ("criticizes", "opposes", "urges", "supports")

CASES: list[tuple[str, set[tuple[str, str, str]]]] = [
    # a labeling verb with two objects, or with the label hung on the object
    ("Lithuania labelled Belarus a threat to regional stability.",
     {("Lithuania", "criticizes", "Belarus")}),
    ("Lithuania labelled Belarus a neighbour.", set()),
    ("Tokyo called Pyongyang's latest launch a grave provocation.",
     {("Japan", "criticizes", "North Korea")}),
    ("Tokyo called Pyongyang's latest launch a success.", set()),
    # a relative clause on an actor whose pronoun is the object of a verb of stance
    ("Armenia, which Azerbaijan accused of shelling its positions, denied the charge.",
     {("Azerbaijan", "criticizes", "Armenia")}),
    ("Venezuela, which Washington urged to hold free elections, refused.",
     {("United States", "urges", "Venezuela")}),
    ("Armenia, which Azerbaijan did not criticize, held talks.", set()),
    ("Armenia, which Azerbaijan visited in May, held talks.", set()),
    # nominal requests addressed "to" someone
    ("Kyiv's request to Berlin to send more tanks was granted.",
     {("Ukraine", "urges", "Germany")}),
    # a passive with its agent strands the preposition of a prepositional verb
    ("Serbia was called on by the European Union to recognise Kosovo.",
     {("European Union", "urges", "Serbia")}),
    ("Serbia was not called on by the European Union to recognise Kosovo.", set()),
    # a quoted question before "asked" urges no one
    ('"Will India stop buying Russian oil?" asked Blinken.', set()),
    ("Blinken asked India to stop buying Russian oil.", {("Blinken", "urges", "India")}),
    # holding an actor responsible for a harmful act (the parser may read the past tense
    # with the adjective as a clause), and saying it was behind one
    ("Israel held Iran responsible for the attack.", {("Israel", "criticizes", "Iran")}),
    ("Israel held Iran responsible for security in the region.", set()),
    ("Ukraine said Russia was behind the attack.", {("Ukraine", "criticizes", "Russia")}),
    ("Ukraine said Russia was not behind the attack.", set()),
    ("Ukraine said Russia was behind the talks.", set()),
    # voting down another's resolution
    ("Russia voted down Ukraine's resolution.", {("Russia", "opposes", "Ukraine")}),
    # "has to" in a reported clause urges its subject; "had to" and "has to do with" do not
    ("Macron said Russia has to withdraw its troops.", {("Macron", "urges", "Russia")}),
    ("Macron said Russia had to withdraw its troops.", set()),
    ("Macron said the dispute has to do with Russia's troops.", set()),
    # calls or criticism that their target answers name their source
    ("Russia ignored calls from the United Nations to withdraw.",
     {("United Nations", "urges", "Russia")}),
    ("Ukraine heeded France's appeal to delay the offensive.", {("France", "urges", "Ukraine")}),
    ("Israel brushed off criticism from France.", {("France", "criticizes", "Israel")}),
    ("Russia did not ignore calls from the United Nations.", set()),
    ("Russia ignored China's support.", set()),
    # a demand addressed "to" someone
    ("Moscow's demand to Kyiv to withdraw its forces was rejected.",
     {("Russia", "urges", "Ukraine")}),
    # a direct yes-no question states nothing; a "why" question takes the act as given
    ("Will Japan criticize China over the buildup?", set()),
    ("Has France called on Russia to withdraw?", set()),
    ("Why did Japan criticize China?", {("Japan", "criticizes", "China")}),
    # "it is time for Y to act", said or quoted
    ("Germany said it was time for Iran to return to talks.", {("Germany", "urges", "Iran")}),
    ('"It is time for Russia to withdraw its troops," Macron said.',
     {("Macron", "urges", "Russia")}),
    ("Germany said it was not time for Iran to return to talks.", set()),
]

# Readout statements with no speaker of their own are the last speaker's.
READOUTS: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Vladimir Putin stressed the need for dialogue. Georgia's provocative actions were "
     "also noted.", {("Vladimir Putin", "criticizes", "Georgia")}),
    ("Vladimir Putin stressed the need for dialogue. Georgia's efforts were also noted.",
     set()),
    ("Vladimir Putin stressed the need for dialogue. Georgia's policy of discrimination "
     "against minorities was pointed out.", {("Vladimir Putin", "criticizes", "Georgia")}),
    ("Vladimir Putin gave a detailed assessment of the situation. It was noted that the "
     "Georgian authorities were aggravating the situation.",
     {("Vladimir Putin", "criticizes", "Georgia")}),
    # an act named by its negative nature, and its doer by a participle
    ("Vladimir Putin drew the chancellor's attention to the provocative nature of the "
     "naval drills conducted by Georgia.", {("Vladimir Putin", "criticizes", "Georgia")}),
    ("Vladimir Putin noted the peaceful nature of the naval drills conducted by Georgia.",
     set()),
    # both sides gave assessments: the statement is no one's in particular
    ("Vladimir Putin and Emmanuel Macron gave their assessments of the situation. It was "
     "noted that the Georgian authorities were aggravating the situation.", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_matrix14_stance_cells(nlp: Language, text: str,
                               want: set[tuple[str, str, str]]) -> None:
    assert claim_triples(nlp(text), RELATIONS) == want


@pytest.mark.parametrize(("text", "want"), READOUTS, ids=[t[:50] for t, _ in READOUTS])
def test_matrix14_readout_statements(nlp: Language, text: str,
                                     want: set[tuple[str, str, str]]) -> None:
    assert claim_triples(nlp(text), ("criticizes", "urges")) == want
