"""Criticism and opposition by bodies and in reported speech (stance13).

Each sentence is written for this test in the style of wire copy: a report whose "that"
clause the parser hangs on the text it was made in ("said in a statement that ..."), or a
text that names its issuer ("a statement from X said ..."), or a state's own media
("DEMONYM state media accused Y"); responsibility borne ("said Y bears responsibility for
..."); a quote pointed at an act ('"Such actions are unacceptable," X said, referring to Y's
decision'); a
labeling verb read through a misparse (object and label both as predicates, the label as
the object's own object, the object as a dative, "as" with a bare adjective or inside the
object) or a label naming its doer ("a provocation by X"); an accusation answered by its
target ("Y denied X's accusations", "rejected allegations by X"); a duty that a reported
clause says its subject refuses or fails ("said Y failed to honour its commitments"); a
claim followed by its
denial (", a charge Y denies"); the leadership of a state acting for it; coordinated
owners of a judged act ("the US and NATO response"); criticism aimed with a verb of its own
("leveled criticism at Y"); opposing an act given to its doer ("X opposes Y joining Z").
Sentences that must give nothing are negated, hypothetical, passive where the "by" names
the labeler, a neutral label, or an act whose "by" names one who found it.
They run on the trained pipeline (``--model``).
"""

import pytest
from spacy.language import Language

from tests.conftest import claim_triples

Triple = tuple[str, str, str]

RELATIONS = ("criticizes", "opposes", "urges", "memberOf")

CASES: list[tuple[str, set[Triple]]] = [
    # a "that" clause hung on the statement noun
    ("Syria's foreign ministry said in a statement that Israel's air strikes were a "
     "flagrant violation of international law.",
     {("Syrian Foreign Ministry", "criticizes", "Israel")}),
    ("China's foreign ministry said in a statement on Monday that Japan's decision was a "
     "serious provocation.",
     {("Chinese Foreign Ministry", "criticizes", "Japan")}),
    ("The Indian army said in a statement that Pakistani troops had violated the ceasefire.",
     {("Indian Army", "criticizes", "Pakistani Troops")}),
    ("Germany said in a statement that France must act.",
     {("Germany", "urges", "France")}),
    ("Iran's foreign ministry said in a statement that it did not believe the United States "
     "was a threat.", set()),
    # a text that names its issuer speaks for it
    ("A statement from China's foreign ministry said Japan's actions were a serious "
     "provocation.", {("Chinese Foreign Ministry", "criticizes", "Japan")}),
    ("The statement by Russia's foreign ministry accused Britain of hypocrisy.",
     {("Russian Foreign Ministry", "criticizes", "United Kingdom")}),
    ("The statement from Japan did not criticize China.", set()),
    # a state's own media speak for it
    ("Chinese state media accused Japan of whitewashing its wartime past.",
     {("China", "criticizes", "Japan")}),
    ("Iranian media accused Israel of the attack.", set()),
    # blame borne; a quote pointed at an act by "referring to"
    ("China's foreign ministry said the United States bears full responsibility for the "
     "crisis.", {("Chinese Foreign Ministry", "criticizes", "United States")}),
    ("China said the US does not bear responsibility.", set()),
    ("Germany said Russia bears the costs of the war.", set()),
    ('"Such actions are unacceptable," the Chinese foreign ministry said, referring to '
     "Japan's decision.", {("Chinese Foreign Ministry", "criticizes", "Japan")}),
    ('"This is a positive step," the Chinese foreign ministry said, referring to Japan\'s '
     "decision.", set()),
    # an act named with a negative noun, done by the agent of a participle ("recalled" reports)
    ("Lavrov said the crimes committed by Ukrainian troops would be investigated.",
     {("Lavrov", "criticizes", "Ukrainian Troops")}),
    ("Putin recalled that the genocide of people of Donbass perpetrated by the Kiev regime "
     "had lasted eight years.", {("Putin", "criticizes", "Ukraine")}),
    ("Germany said the aid delivered by Russia was welcome.", set()),
    ("Germany said the violations documented by the United Nations were grave.", set()),
    ("Poland recalled its ambassador from Belarus.", {("Poland", "criticizes", "Belarus")}),
    # labeling through misparses
    ("French President Emmanuel Macron described Russia's claims about the referendum as "
     "lies.", {("Emmanuel Macron", "criticizes", "Russia")}),
    ('Senator Lindsey Graham described China\'s treatment of the Uighurs as "unacceptable '
     'and barbaric."', {("Lindsey Graham", "criticizes", "China")}),
    ("Japan's foreign ministry called Beijing's claims baseless.",
     {("Japanese Foreign Ministry", "criticizes", "China")}),
    ("Germany's foreign ministry called the Russian move a violation of international law.",
     {("German Foreign Ministry", "criticizes", "Russia")}),
    ("Britain branded Iran a terrorist state.",
     {("United Kingdom", "criticizes", "Iran")}),
    ("Beijing termed the visit a provocation by Washington.",
     {("China", "criticizes", "United States")}),
    ("China called the drills a provocation by the United States.",
     {("China", "criticizes", "United States")}),
    ("Germany did not call the Russian move a violation of international law.", set()),
    ("The drills were called a provocation by China.", set()),
    ("The ministry described the talks with Japan as constructive.", set()),
    ("Britain called Iran a partner.", set()),
    # an accusation answered by its target
    ("Moscow denied Britain's accusations.",
     {("United Kingdom", "criticizes", "Russia")}),
    ("Russia denied accusations by Britain that it had ordered the attack.",
     {("United Kingdom", "criticizes", "Russia")}),
    ("Beijing rejected the accusations made by the United States.",
     {("China", "opposes", "United States"), ("United States", "criticizes", "China")}),
    ("China would reject any accusations by Japan.", set()),
    ("Russia denied Britain's accusations against Iran.",
     {("United Kingdom", "criticizes", "Iran")}),
    # a claim followed by its denial
    ("Poland accused Belarus of orchestrating the migrant crisis, a charge Minsk denies.",
     {("Poland", "criticizes", "Belarus")}),
    ("Moscow denies that it shelled the plant.", set()),
    ("Russia denied that Britain had criticized Iran.", set()),
    # a duty refused in a reported clause; the subject's own duty is not another's
    ("Germany said Russia had failed to honour its commitments.",
     {("Germany", "criticizes", "Russia")}),
    ("Vladimir Putin emphasised that Kiev continued to stubbornly refuse to fulfil the "
     "Minsk agreements.",
     {("Vladimir Putin", "criticizes", "Ukraine"), ("Ukraine", "opposes", "Minsk agreements")}),
    ("The ministry said Russia refused to comment.", set()),
    ("Macron said Russia did not refuse to fulfil the agreement.", set()),
    # criticism aimed with a verb of its own
    ("Nancy Pelosi leveled sharp criticism at China over its military drills.",
     {("Nancy Pelosi", "criticizes", "China")}),
    ("China lodged a protest at the UN.", set()),
    # opposing an act given to its doer by a gerund clause (the act is not stated)
    ("Turkey opposes Sweden joining NATO.", {("Turkey", "opposes", "Sweden")}),
    ("China opposes Taiwan taking part in the assembly.", {("China", "opposes", "Taiwan")}),
    ("Turkey does not oppose Sweden joining NATO.", set()),
    # the leadership of a state; coordinated owners; a rebuke to
    ("Putin stressed the provocative actions of the Ukrainian leadership.",
     {("Putin", "criticizes", "Ukraine")}),
    ("Vladimir Putin expressed his disappointment with the US and NATO response.",
     {("Vladimir Putin", "criticizes", "United States"),
      ("Vladimir Putin", "criticizes", "NATO")}),
    ("China criticized the Japanese and South Korean statements.",
     {("China", "criticizes", "Japan"), ("China", "criticizes", "South Korea")}),
    ("In a rebuke to Beijing, the US sent warships through the strait.",
     {("United States", "criticizes", "China")}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_stance13_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), RELATIONS) == want


@pytest.mark.model
def test_stance13_rules_are_named(nlp: Language) -> None:
    """The new shapes are found by the rules that own them."""
    doc = nlp("Moscow denied Britain's accusations. "
              "Britain branded Iran a terrorist state. "
              "Syria's foreign ministry said in a statement that Israel's air strikes were a "
              "flagrant violation of international law.")
    by = {(c.subject.key, c.relation, c.object.key): c.extractor for c in doc._.kg_claims}
    assert by[("United Kingdom", "criticizes", "Russia")] == "verb.denied_accusation"
    assert by[("United Kingdom", "criticizes", "Iran")] == "speech.labeling"
    assert by[("Syrian Foreign Ministry", "criticizes", "Israel")] == "speech.criticizes"
