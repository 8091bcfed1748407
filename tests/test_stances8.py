"""Stances read from the shapes wire copy reports them in: criticism or opposition that an
act goes on "despite" or "amid", from a named source (nominal.despite); a quotation that
runs over several sentences with a single report before or after it
(speech.quote_continued); conduct judged by a comparison ("behaving like a bully"); a
tribute paid to someone and support thrown behind them; and a noun of one who holds a stance
said of a named actor ("X, Y's main backer", nominal.holder); and backing or turning
down a request or proposal told just before ("The call was seconded by Y",
verb.referred_act).

The sentences are written for these tests; each construction has cases that must give
nothing (negation, modality, a noun with a topic or object of its own, a state of affairs
rather than a stance, a quotation closed or broken by a paragraph). They run on the
trained pipeline (``--model``).
"""

import pytest
from spacy.language import Language

from kg.errors import ExtractorError
from kg.extract.lexicon import load_lexicon
from tests.conftest import claim_triples, shipped_lexicon_without

Triple = tuple[str, str, str]

STANCES = ("criticizes", "opposes", "supports", "urges")

CASES: list[tuple[str, set[Triple]]] = [
    # criticism or opposition from a named source that the act goes on despite or amid
    ("Japan released the treated water into the sea despite strong opposition from China.",
     {("China", "opposes", "Japan")}),
    ("Despite objections from Beijing, Manila went ahead with the joint naval exercise.",
     {("China", "opposes", "Philippines")}),
    ("Hungary blocked the aid package amid a backlash from Poland and the Baltic states.",
     {("Poland", "criticizes", "Hungary")}),
    ("Serbia renewed its claim to the territory despite criticism by Germany and France.",
     {("Germany", "criticizes", "Serbia"), ("France", "criticizes", "Serbia")}),
    ("Despite Moscow's condemnation, Finland joined the alliance in April.",
     {("Russia", "criticizes", "Finland")}),
    ("In spite of protests from Seoul, Tokyo approved the new textbooks.",
     {("South Korea", "criticizes", "Japan")}),
    ("Ankara pressed on with drilling in the face of fierce opposition from Athens.",
     {("Greece", "opposes", "Turkey")}),
    ("Ankara pressed on with drilling in the face of fierce storms off Cyprus.", set()),
    # ... not where the act is only possible, the stance is denied or has no named source
    ("Japan could release the treated water despite opposition from China.", set()),
    ("Japan released the treated water despite no objections from China.", set()),
    ("Japan released the treated water amid criticism at home.", set()),
    # ... nor where the stance has an object or topic of its own
    ("Germany halted its arms exports amid criticism from France over Turkey's offensive.",
     set()),
    # ... nor a state of affairs rather than a stance
    ("Japan has deepened its ties with Australia amid growing security threats from China.",
     set()),
    # a quotation running over several sentences, the report before it
    ('Erdogan said on Friday, "We have been patient for years. Greece is behaving like a '
     'bully in the Aegean. Athens must stop arming the islands."',
     {("Erdogan", "criticizes", "Greece"), ("Erdogan", "urges", "Greece")}),
    # ... or after it
    ('"We have been patient for years. Greece is behaving like a bully in the Aegean. We '
     'will answer," Erdogan told reporters.', {("Erdogan", "criticizes", "Greece")}),
    # ... not a sentence after the quotation has closed
    ('Erdogan said on Friday, "We have been patient for years." Greece is behaving like a '
     'bully in the Aegean, according to analysts.', set()),
    # ... nor a quoted sentence that is negated
    ('Erdogan said on Friday, "We have been patient for years. Greece is not behaving like a '
     'bully."', set()),
    # conduct judged by a comparison, in a reported clause
    ("Estonia said on Tuesday that Russia was acting like a bully towards its neighbours.",
     {("Estonia", "criticizes", "Russia")}),
    ("Estonia said on Tuesday that Norway was acting as a mediator between the sides.", set()),
    # a tribute paid to someone is praise
    ("The French president paid tribute to Angela Merkel at the ceremony in Berlin.",
     {("France", "supports", "Angela Merkel")}),
    ("Germany's tribute to Shinzo Abe was read out in the Bundestag.",
     {("Germany", "supports", "Shinzo Abe")}),
    ("The French president did not pay tribute to Angela Merkel.", set()),
    # a noun of one who holds a stance, said of a named actor, the target its possessor
    ("Poland has long been Ukraine's most steadfast backer in the bloc.",
     {("Poland", "supports", "Ukraine")}),
    ("Iran, the Syrian government's main patron, denied sending fighters.",
     {("Iran", "supports", "Syria")}),
    ("Turkey, one of Israel's harshest critics, recalled its envoy on Monday.",
     {("Turkey", "criticizes", "Israel")}),
    ("Cuba, a long-standing opponent of the United States, hosted the talks.",
     {("Cuba", "opposes", "United States")}),
    ("Hungary is not Russia's main backer in the bloc, the minister insisted.", set()),
    ("Hungary could become Russia's main backer in the bloc.", set()),
    ("Ukraine's backers gathered at the air base on Tuesday.", set()),
    # backing or turning down a request or proposal told just before: its maker
    ("Chile proposed a regional fund for the fires on Monday. The proposal was quickly "
     "endorsed by Peru and Bolivia.",
     {("Peru", "supports", "Chile"), ("Bolivia", "supports", "Chile")}),
    ("Serbia asked the European Union to lift the visa rules. Brussels rejected the request "
     "a week later.",
     {("Serbia", "urges", "European Union"), ("European Union", "opposes", "Serbia")}),
    ("Serbia asked the European Union to lift the visa rules. Brussels did not reject the "
     "request.", {("Serbia", "urges", "European Union")}),
    # the request too far back
    ("Serbia asked the European Union to lift the visa rules. Talks went on. Nothing moved. "
     "Then Brussels rejected the request.", {("Serbia", "urges", "European Union")}),
    # the phrase names another owner
    ("Serbia asked the European Union to lift the visa rules. Brussels rejected the request "
     "by Hungary.",
     {("Serbia", "urges", "European Union"), ("European Union", "opposes", "Hungary")}),
    # throwing one's support behind someone
    ("France threw its support behind Morocco in the dispute over the territory.",
     {("France", "supports", "Morocco")}),
]


def _stances(nlp: Language, text: str) -> set[Triple]:
    return claim_triples(nlp(text), STANCES)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_stances8_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert _stances(nlp, text) == want


@pytest.mark.model
def test_stances8_quote_broken_by_paragraph(nlp: Language) -> None:
    # a quotation does not run over a paragraph break: the report after the break is not
    # the earlier sentence's
    text = ('"We have been patient for years. Greece is behaving like a bully.\n\n'
            'We will answer," Erdogan told reporters.')
    assert ("Erdogan", "criticizes", "Greece") not in _stances(nlp, text)


@pytest.mark.model
def test_stances8_rules_are_named(nlp: Language) -> None:
    # the new rules carry their own names to the graph (kg:extractor)
    doc = nlp('Japan released the treated water despite strong opposition from China. '
              'Erdogan said on Friday, "We have been patient for years. Greece is behaving '
              'like a bully in the Aegean."')
    rules = {c.extractor for c in doc._.kg_claims if c.relation in STANCES}
    assert {"nominal.despite", "speech.quote_continued"} <= rules


@pytest.mark.parametrize("key", ["concessive_preps", "concessive_stances", "behaving_verbs",
                                 "holder_nouns", "concessive_phrase_nouns"])
def test_stances8_new_word_classes_are_required(key: str) -> None:
    # dropping a word class the rules read fails when the lexicon loads
    with pytest.raises(ExtractorError, match=f"missing key '{key}'"):
        load_lexicon(shipped_lexicon_without(key))
