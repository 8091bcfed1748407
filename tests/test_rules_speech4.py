"""Criticism, opposition and urging in more of the shapes of wire copy: an act said to be
bad blamed on whoever did it ("said the sanctions imposed by X were illegal"), a free
relative "what X called Y" as the object of criticism or opposition, a demand in the bare
(subjunctive) form ("insisted that Y withdraw", "X's demand that Y release ..."), an idiom
whose object carries the preposition ("took aim at Y"), a capital after "at" of criticism
standing for its state ("lashed out at Tokyo"), the reporting verbs and trigger words of
ordinary news copy beyond "said" ("countered that", "chided", "disputed", "prodded"), and
"asked whether" urging nobody.

The sentences are written for these tests, in several syntactic variants each; each
construction has cases that must give nothing (negation, modality, the wrong
construction or kind of entity). They run on the trained pipeline (``--model``).
"""

import pytest
from spacy.language import Language

from kg.errors import ExtractorError
from kg.extract.lexicon import load_lexicon
from tests.conftest import claim_triples, shipped_lexicon_without

Triple = tuple[str, str, str]

SPEECH_ACTS = ("criticizes", "opposes", "urges")

CASES: list[tuple[str, set[Triple]]] = [
    # an act said to be bad is blamed on its doer: a participle's agent, a demonym on a
    # modifier of the act
    ("Iran said on Sunday that the sanctions imposed by the United States were illegal and "
     "would not change its policy.", {("Iran", "criticizes", "United States")}),
    ("Pakistan said the American drone strikes in its tribal areas were a violation of its "
     "sovereignty.", {("Pakistan", "criticizes", "United States")}),
    ("Speaking to reporters in Ankara, Turkey's foreign minister said the raids carried out "
     "by Greece were unacceptable.", {("Turkey", "criticizes", "Greece")}),
    ("Iran said the sanctions imposed by the United States were lifted in January.", set()),
    ("Iran said the sanctions imposed by the United States were not illegal.", set()),
    # a free relative "what X called Y" as the object of criticism or opposition
    ("Berlin on Monday criticised what it called Warsaw's attacks on judicial independence.",
     {("Germany", "criticizes", "Poland")}),
    ("Russia slammed what it described as NATO's aggressive posture on its western border.",
     {("Russia", "criticizes", "NATO")}),
    ("Beijing lashed out at what it termed Washington's interference in its internal affairs.",
     {("China", "criticizes", "United States")}),
    ("Iran rejected what it called the European Union's unreasonable demands.",
     {("Iran", "opposes", "European Union")}),
    ("Russia did not reject what it called the European Union's demands.", set()),
    ("Japan welcomed what it called China's constructive role.", set()),  # no criticism
    # a demand in the bare form: verbs and nouns of demand with a "that" clause
    ("Turkey insisted that Sweden crack down on Kurdish militants before the vote.",
     {("Turkey", "urges", "Sweden")}),
    ("The Arab League insisted that Israel should withdraw from Gaza.",
     {("Arab League", "urges", "Israel")}),
    ("Germany's demand that Russia release the journalist went unanswered for weeks.",
     {("Germany", "urges", "Russia")}),
    ("The demand by Germany that Russia free the reporter was rejected by the Kremlin.",
     {("Germany", "urges", "Russia")}),
    ("France renewed its call that Iran free the detained citizens.",
     {("France", "urges", "Iran")}),
    ("Russia issued an ultimatum that Ukraine surrender the city by dawn.",
     {("Russia", "urges", "Ukraine")}),
    ("Turkey insisted that Sweden had not done enough.", set()),  # a claim, not a demand
    ("Turkey insisted that it had done nothing wrong.", set()),
    ("Germany did not insist that Russia release the journalist.", set()),
    ("The report said that Russia could release the journalist.", set()),
    # asking whether is a question, not a request
    ("China asked whether Japan would release the water.", set()),
    ("China asked Japan to halt the release of the water.", {("China", "urges", "Japan")}),
    # an idiom's object carries the preposition; a capital after "at" of criticism is
    # its state
    ("Erdogan took aim at Sweden over the burning of the Koran in Stockholm.",
     {("Erdogan", "criticizes", "Sweden")}),
    ("Beijing took a swipe at Washington over its chip export controls.",
     {("China", "criticizes", "United States")}),
    ("Beijing lashed out at Tokyo over the release of treated water from the plant.",
     {("China", "criticizes", "Japan")}),
    ("Russia hit out at Washington on Friday, saying the new sanctions were illegal.",
     {("Russia", "criticizes", "United States")}),
    ("Beijing did not lash out at Tokyo over the release.", set()),
    # reporting verbs of news copy beyond "said"
    ("China responded that the United States was destabilizing the region.",
     {("China", "criticizes", "United States")}),
    ("Moscow countered that NATO was fuelling the conflict in Ukraine.",
     {("Russia", "criticizes", "NATO")}),
    ("Venezuela contended that Guyana was provoking tensions along the border.",
     {("Venezuela", "criticizes", "Guyana")}),
    ("China responded that the United States was a partner.", set()),
    # words of blame in a predicate: an error, an outrage
    ('"This is an outrage," Erdogan said of the Swedish decision.',
     {("Erdogan", "criticizes", "Sweden")}),
    ("Vladimir Putin said the decision by NATO was a grave mistake.",
     {("Vladimir Putin", "criticizes", "NATO")}),
    ("Putin said it was not a mistake.", set()),
    # feelings of displeasure
    ("China expressed its strong dissatisfaction with Japan's decision.",
     {("China", "criticizes", "Japan")}),
    ("Seoul voiced discontent over Tokyo's textbook revisions.",
     {("South Korea", "criticizes", "Japan")}),
    ("China expressed dissatisfaction with the weather.", set()),  # no actor
    # an appeal or plea for an actor to act
    ("The Arab League appealed for Israel to halt its offensive in Gaza.",
     {("Arab League", "urges", "Israel")}),
    ("Kenya pleaded for Ethiopia and Eritrea to return to the negotiating table.",
     {("Kenya", "urges", "Ethiopia"), ("Kenya", "urges", "Eritrea")}),
    ("The Arab League appealed for calm.", set()),
    # trigger words of ordinary news copy
    ("Germany chided Hungary for blocking the aid package.",
     {("Germany", "criticizes", "Hungary")}),
    ("Moscow derided Britain for its decision to send more weapons.",
     {("Russia", "criticizes", "United Kingdom")}),
    ("China disputes Japan's claim to the islands in the East China Sea.",
     {("China", "opposes", "Japan")}),
    ("Japan did not dispute China's account of the meeting.", set()),
    ("Hungary argued against Ukraine's accession to the bloc.",
     {("Hungary", "opposes", "Ukraine")}),
    ("Washington prodded Seoul to improve ties with Tokyo.",
     {("United States", "urges", "South Korea")}),
    ("Kyiv begged Berlin to send more tanks.", {("Ukraine", "urges", "Germany")}),
    ("The United States challenged Russia to prove its claims.",
     {("United States", "urges", "Russia")}),
    ("The United States may challenge Russia to prove its claims.", set()),
    ("China extended an invitation to Brazil to join the talks.", {("China", "urges", "Brazil")}),
    ("Russia's threats against Moldova have alarmed the European Union.",
     {("Russia", "criticizes", "Moldova")}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_rules_speech4_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), SPEECH_ACTS) == want


@pytest.mark.model
def test_rules_speech4_rules_are_named(nlp: Language) -> None:
    # the new rules carry their own names to the graph (kg:extractor)
    doc = nlp("Pakistan said the US drone strikes were a violation of its sovereignty. Russia "
              "slammed what it described as NATO's aggressive posture. Turkey insisted that "
              "Sweden crack down on militants.")
    rules = {c.extractor for c in doc._.kg_claims if c.relation in SPEECH_ACTS}
    assert {"speech.act_doer", "speech.what_called", "speech.mandative"} <= rules


@pytest.mark.parametrize("key", ["mandative_verbs", "mandative_nouns"])
def test_rules_speech4_new_word_classes_are_required(key: str) -> None:
    # dropping a word class the rules read fails when the lexicon loads
    with pytest.raises(ExtractorError, match=f"missing key '{key}'"):
        load_lexicon(shipped_lexicon_without(key))
