"""Criticism, opposition and urging in further shapes of wire copy: a noun object the
parser takes for a clause, a particle parsed as an adverb ("pushed back against"),
writing to someone asking an act ("wrote to Y urging it to ..."), hoping that another
will act ("hopes that Y will stop ..."),
being "against" something, a call or appeal "for Y to" act, wanting Y to act, blame
for a harmful act ("responsible for the attack"), worry nouns and adjectives
("expressed indignation over", "is concerned about"), readout statements with no
speaker of their own ("It was stressed that ...", "Attention was drawn to ..."), and a
participle of rejection on a sought noun ("demanded guarantees ruling out Y's
expansion").

The sentences are written for these tests; each construction has a case that must
give nothing (negation, modality, the wrong construction). They run on the trained
pipeline (``--model``).
"""

import pytest
from spacy.language import Language

from kg.errors import ExtractorError
from kg.extract.lexicon import load_lexicon
from tests.conftest import claim_triples, shipped_lexicon_without

Triple = tuple[str, str, str]

SPEECH_ACTS = ("criticizes", "opposes", "urges")

CASES: list[tuple[str, set[Triple]]] = [
    # a trigger verb whose noun object the parser takes for a clause
    ("Hungary opposes Ukraine's membership bid.", {("Hungary", "opposes", "Ukraine")}),
    ("Hungary does not oppose Ukraine's membership bid.", set()),
    ("Iran called Israel's move a provocation.", {("Iran", "criticizes", "Israel")}),
    ("Iran called Israel's move a step forward.", set()),  # nothing negative
    # a particle the parser takes for an adverb
    ("The Philippines pushed back against China's claims.",
     {("Philippines", "opposes", "China")}),
    ("The Philippines did not push back against China's claims.", set()),
    ("Pakistan turned down India's offer of talks.", {("Pakistan", "opposes", "India")}),
    ("Pakistan did not turn down India's offer of talks.", set()),
    # being against something
    ("Turkey remains firmly against Sweden's membership.", {("Turkey", "opposes", "Sweden")}),
    ("Hungary is against Ukraine's accession to the European Union.",
     {("Hungary", "opposes", "Ukraine")}),
    ("Ankara is not against Finland's membership.", set()),
    ("The vote was a blow against Russia.", set()),  # a predicate of its own
    # a call or appeal for an actor to act
    ("Germany's call for Russia to withdraw was rejected.", {("Germany", "urges", "Russia")}),
    ("The African Union renewed its call for Ethiopia and Eritrea to return to talks.",
     {("African Union", "urges", "Ethiopia"), ("African Union", "urges", "Eritrea")}),
    ("Britain issued an appeal for Iran to release the sailors.",
     {("United Kingdom", "urges", "Iran")}),
    ("Britain did not issue an appeal for Iran to release the sailors.", set()),
    ("The call for Kenya was made on Monday.", set()),  # no act called for
    # insisting on an act of another that ends or withdraws
    ("Ukraine insisted on the withdrawal of Russian troops.",
     {("Ukraine", "urges", "Russian Troops")}),
    ("China insisted on its right to defend its sovereignty.", set()),
    # wanting an actor to act
    ("Washington wants Beijing to rein in North Korea.", {("United States", "urges", "China")}),
    ("Russia wants to join the talks.", set()),  # its own act
    ("Moscow does not want Kyiv to join NATO.", set()),
    # blame for a harmful act
    ("According to Germany, Russia was responsible for the poisoning.",
     {("Germany", "criticizes", "Russia")}),
    ("Britain said Moscow was responsible for the attack in Salisbury.",
     {("United Kingdom", "criticizes", "Russia")}),
    ("Kenya said Somalia was responsible for security along the border.", set()),
    ("Britain said Moscow was not responsible for the attack.", set()),
    # worry nouns and adjectives
    ("Pakistan expressed indignation over India's statement.",
     {("Pakistan", "criticizes", "India")}),
    ("Tokyo voiced displeasure with Seoul's decision.", {("Japan", "criticizes", "South Korea")}),
    ("Japan expressed regret over the deaths of its citizens.", set()),  # no one blamed
    ("Seoul expressed deep regret over Tokyo's decision.",
     {("South Korea", "criticizes", "Japan")}),
    ("Beijing voiced anger at the United States.", {("China", "criticizes", "United States")}),
    ("Kenya did not express disappointment with Uganda's decision.", set()),
    ("Indonesia expressed anger over the burning of the Koran in Sweden.", set()),
    ("India expressed regret over the death of Japan's former prime minister Shinzo Abe.",
     set()),  # a condolence, not a criticism of the dead
    ("Thailand is deeply concerned about Cambodia's military buildup.",
     {("Thailand", "criticizes", "Cambodia")}),
    ("Australia is alarmed at China's conduct in the South China Sea.",
     {("Australia", "criticizes", "China")}),
    ("Canada is concerned about the situation in Haiti.", set()),  # a state of affairs
    ("Vietnam is worried about the impact of the drought on Laos.", set()),  # not Laos' act
    ("Norway is not concerned about Sweden's plans.", set()),
    # a statement with no speaker of its own is the last speaker's
    ("Xi Jinping spoke with Emmanuel Macron. Xi told Macron about China's position. "
     "Attention was drawn to the provocative actions of Japan in the East China Sea.",
     {("Xi Jinping", "criticizes", "Japan")}),
    ("Vladimir Putin spoke with Olaf Scholz. Putin stressed that the talks had stalled. "
     "It was stressed that Kiev must abandon all attempts to pressure Donbass by force.",
     {("Vladimir Putin", "urges", "Ukraine")}),
    ("Vladimir Putin spoke with Emmanuel Macron. Putin informed Macron about the situation. "
     "It was emphasised that Kiev should fulfil its obligations.",
     {("Vladimir Putin", "urges", "Ukraine")}),
    ("Xi Jinping spoke with Emmanuel Macron. Xi told Macron about China's position. "
     "It was noted that Japan could play a role.", set()),  # hypothetical
    ("It was stressed that Kiev must abandon all attempts to pressure Donbass by force.",
     set()),  # nobody spoke before
    # a participle of rejection on a sought noun
    ("Vladimir Putin demanded legal guarantees ruling out NATO's expansion eastward.",
     {("Vladimir Putin", "opposes", "NATO")}),
    ("The General Assembly adopted a resolution rejecting Russia's annexation of Crimea.",
     {("General Assembly", "opposes", "Russia")}),
    ("Moscow did not demand guarantees ruling out NATO's expansion.", set()),
    ("Moscow could demand guarantees ruling out NATO's expansion.", set()),
    # the reported clause's own act named with a negative word
    ("\"Moscow is waging an unprovoked war,\" Finnish President Sauli Niinisto told "
     "reporters.", {("Sauli Niinistö", "criticizes", "Russia")}),
    ("Lithuania said Belarus was conducting a hostile campaign against its border.",
     {("Lithuania", "criticizes", "Belarus")}),
    ("Kenya said Uganda condemned the illegal annexation.", set()),  # a judged act
    ("Chile said Peru was pursuing a peaceful policy.", set()),
    # a diplomatic protest
    ("China lodged representations with the United States over the arms sale.",
     {("China", "criticizes", "United States")}),
    # an initiative said to be bad is opposed
    ("Greece said the maritime border agreement between Turkey and Libya was null and void.",
     {("Greece", "opposes", "maritime border agreement")}),
    ("Cyprus said the border agreement was not illegal.", set()),
    # rejecting an actor's named initiative opposes both
    ("Hungary rejected the EU's migration pact.",
     {("Hungary", "opposes", "European Union"), ("Hungary", "opposes", "migration pact")}),
    ("Hungary did not reject the EU's migration pact.", set()),
    # hoping that another actor will act
    ("China hopes that the United States will stop interfering in its internal affairs.",
     {("China", "urges", "United States")}),
    ("Tokyo expressed hope that Pyongyang would return to talks.",
     {("Japan", "urges", "North Korea")}),
    ("Japan hopes relations between China and South Korea will improve.", set()),
    ("India hopes to host the summit.", set()),
    ("Brazil does not hope that Argentina will leave.", set()),
    ("Japan expressed hope that South Korea and Japan would improve ties.", set()),  # joint
    # "I" or "we" in a quote standing alone after its report is the reporter
    ("Greek Foreign Minister Nikos Dendias said on Monday. \"We reject the Turkish claims.\"",
     {("Nikos Dendias", "opposes", "Turkey")}),
    ("Greek Foreign Minister Nikos Dendias met Mevlut Cavusoglu on Monday. \"We reject the "
     "Turkish claims.\"", set()),  # no report before the quote
    # the need or importance of an actor's carrying out or ending something
    ("Vladimir Putin emphasised the importance of the complete fulfilment by Kiev of the "
     "Minsk Package of Measures.", {("Vladimir Putin", "urges", "Ukraine")}),
    ("Macron stressed the importance of Germany's role.", set()),  # no act to carry out
    ("Putin did not stress the importance of Kiev's compliance with the agreements.", set()),
    # "he" after a title-headed subject is that subject, not a person named in a phrase
    ("President of Russia Vladimir Putin told Sauli Niinisto about his talks with US "
     "President Joseph Biden. He emphasised the importance of the complete fulfilment by "
     "Kiev of the Minsk agreements.", {("Vladimir Putin", "urges", "Ukraine")}),
    # an assessment of an actor's act named with a negative word
    ("Vladimir Putin shared his assessment of Kiev's destructive policy.",
     {("Vladimir Putin", "criticizes", "Ukraine")}),
    ("Vladimir Putin shared his assessment of Kiev's policy.", set()),
    ("Vladimir Putin did not share his assessment of Kiev's destructive policy.", set()),
    # what is unacceptable to a holder is opposed by it
    ("China's militarisation of the islands is unacceptable to Vietnam.",
     {("Vietnam", "opposes", "China")}),
    ("Greece has been building up its forces on the islands, which is unacceptable to Turkey.",
     {("Turkey", "opposes", "Greece")}),
    ("China's militarisation of the islands is not unacceptable to Vietnam.", set()),
    ("The situation in Sudan is unacceptable to the African Union.", set()),
    # criticism or opposition drawn from someone
    ("Israel drew criticism from Turkey over the raid.", {("Turkey", "criticizes", "Israel")}),
    ("Turkey's plan faced opposition from Greece.", {("Greece", "opposes", "Turkey")}),
    ("Russia came under criticism from the European Union.",
     {("European Union", "criticizes", "Russia")}),
    ("Israel did not face criticism from Turkey.", set()),
    ("The team drew praise from Brazil.", set()),
    # an accusation that its target denies in apposition is still its maker's
    ("Armenia accused Azerbaijan of violating the ceasefire, a charge Baku denied.",
     {("Armenia", "criticizes", "Azerbaijan")}),
    ("Baku denied that Azerbaijan had violated the ceasefire.", set()),
    # a negative quote about "this", said "of" an actor's act
    ("\"It was a crime,\" Poland said of the Belarusian operation.",
     {("Poland", "criticizes", "Belarus")}),
    ("\"This is a great success,\" Poland said of the Belarusian operation.", set()),
    ("\"This is not a crime,\" Poland said of the Belarusian operation.", set()),
    # writing to someone asking or urging an act
    ("Mexico wrote to Guatemala urging it to close the border.",
     {("Mexico", "urges", "Guatemala")}),
    ("Fiji sent a letter to Australia asking for more time.", {("Fiji", "urges", "Australia")}),
    ("Fiji did not write to Australia asking for more time.", set()),
    ("Fiji wrote a report asking for more funds.", set()),  # no addressee
    ("Kenya sent troops to Haiti asking for nothing in return.", set()),  # no letter
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_rules_speech3_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), SPEECH_ACTS) == want


@pytest.mark.model
def test_rules_speech3_rules_are_named(nlp: Language) -> None:
    # the new rules carry their own names to the graph (kg:extractor)
    doc = nlp("Turkey remains firmly against Sweden's membership. Germany's call for Russia "
              "to withdraw was rejected. Vladimir Putin demanded legal guarantees ruling out "
              "NATO's expansion eastward. Putin told Olaf Scholz about the talks. Attention was "
              "drawn to the provocative actions of Poland.")
    rules = {c.extractor for c in doc._.kg_claims if c.relation in SPEECH_ACTS}
    assert {"verb.against", "speech.call_for", "verb.ruling_out", "speech.impersonal"} <= rules


@pytest.mark.parametrize("key", ["culpable_adjectives", "harm_nouns", "attention_nouns",
                                 "writing_verbs", "hoping_words", "assessment_nouns",
                                 "unacceptable_words", "drawing_verbs",
                                 "displeasure_nouns"])
def test_rules_speech3_new_word_classes_are_required(key: str) -> None:
    # dropping a word class the rules read fails when the lexicon loads
    with pytest.raises(ExtractorError, match=f"missing key '{key}'"):
        load_lexicon(shipped_lexicon_without(key))
