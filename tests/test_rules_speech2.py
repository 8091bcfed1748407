"""Criticism, opposition and urging in more of the shapes wire copy gives them:
obligation in reported clauses, pointing to a blamed act, "the need for X to",
blame "according to" a source, acts named by a negative modifier and their doer,
diplomatic protests, calls and appeals as nouns, demands for an end to an act,
speech acts the parser hangs on the wrong verb, and statements that speak for
their issuer.

The sentences are written for these tests; each construction has a case that must
give nothing (negation, hypothesis, the wrong construction). They run on the trained
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
    # obligation in a reported clause urges its (active) subject
    ("Chile said Peru should withdraw its navy from the disputed waters.",
     {("Chile", "urges", "Peru")}),
    ("Bolivia said Peru needs to reopen the border.", {("Bolivia", "urges", "Peru")}),
    ("Chile said Peru should not be blamed for the delay.", set()),  # a passive subject
    ("Chile said Peru would need to consult Bolivia first if the talks failed.", set()),
    ("\"We should cooperate more closely,\" Chile said.", set()),  # the speaker itself
    # pointing to an actor's act named with a negative word
    ("Ecuador pointed to Colombia's destructive policy on the border.",
     {("Ecuador", "criticizes", "Colombia")}),
    ("Ecuador did not point to Colombia's destructive policy on the border.", set()),
    ("Ecuador noted Colombia's policy on the border.", set()),  # nothing negative
    # the need for an actor to act
    ("Uruguay stressed the need for Paraguay to release the detained fishermen.",
     {("Uruguay", "urges", "Paraguay")}),
    ("Uruguay did not stress the need for Paraguay to release the detained fishermen.",
     set()),
    # blame according to a source
    ("The airline ships arms to the rebels, supporting the Venezuelan government's "
     "reckless ambitions, according to Colombia.", {("Colombia", "criticizes", "Venezuela")}),
    # a noun of doings with a negative modifier, and its doer after "of"
    ("Argentina said the provocative activities of Chile's navy had to end.",
     {("Argentina", "criticizes", "Chilean Navy")}),
    ("Argentina said possible Chilean interference could delay the vote.", set()),
    # concern over a conflict is no criticism of its sides; over an actor's act it is
    ("Argentina voiced concern over the escalating conflict between Peru and Ecuador.", set()),
    ("Argentina voiced concern over Peru's military buildup.",
     {("Argentina", "criticizes", "Peru")}),
    # protests, votes and refusals
    ("Paraguay protested to Bolivia over the seizure of its trucks.",
     {("Paraguay", "criticizes", "Bolivia")}),
    ("Paraguay hit out at Bolivia over the border closure.",
     {("Paraguay", "criticizes", "Bolivia")}),
    ("Paraguay voted against Bolivia's proposal.", {("Paraguay", "opposes", "Bolivia")}),
    # a predicative trigger: "is opposed to", "remains opposed to", "has been critical of"
    ("Paraguay is opposed to Bolivia's membership of Mercosur.",
     {("Paraguay", "opposes", "Bolivia")}),
    ("Chile remains opposed to Peru's plans.", {("Chile", "opposes", "Peru")}),
    ("Chile is not opposed to Peru's plans.", set()),
    ("Ecuador has been critical of Colombia's border policy.",
     {("Ecuador", "criticizes", "Colombia")}),
    ("Ecuador was never critical of Colombia.", set()),
    ("Paraguay came out against Bolivia's accession.", {("Paraguay", "opposes", "Bolivia")}),
    ("Bolivia declined Paraguay's invitation.", {("Bolivia", "opposes", "Paraguay")}),
    ("Bolivia declined to comment.", set()),
    ("Paraguay's junta rejected Bolivia's ultimatum.", {("Paraguay", "opposes", "Bolivia")}),
    # demands for an end to an act, or for an act by someone
    ("Peru demanded an end to Chilean patrols near the coast.", {("Peru", "urges", "Chile")}),
    ("Peru demanded the release of Chilean fishermen.", set()),  # not Chile's act
    ("Peru demanded an apology by Chile.", {("Peru", "urges", "Chile")}),
    # appeals and calls as nouns
    ("Chile made an appeal to the United Nations.", {("Chile", "urges", "United Nations")}),
    ("Chile's call on Peru to halt the patrols went unanswered.", {("Chile", "urges", "Peru")}),
    # the call's own "on" only: a phone call urges nobody
    ("During the call, Chile congratulated Peru on its election.", set()),
    # the doer of a condemned act hung on the verb
    ("Ecuador slammed the naval drills by Peru and Chile.",
     {("Ecuador", "criticizes", "Peru"), ("Ecuador", "criticizes", "Chile")}),
    # the speaker's second verb or participle hung on the reported clause
    ("Ecuador said the fines were unlawful and warned Peru of countermeasures.",
     {("Ecuador", "criticizes", "Peru")}),
    ("Colombia said Venezuela was violating the accord, accusing Caracas of arming rebels.",
     {("Colombia", "criticizes", "Venezuela")}),
    ("Colombia said Venezuela attacked the outpost, killing three soldiers.", set()),
    # a statement speaks for its issuer; a plain "saying" is left to the reporting rules
    ("Venezuela's foreign ministry issued a statement condemning Colombia's decision.",
     {("Venezuelan Foreign Ministry", "criticizes", "Colombia")}),
    ("Venezuela's foreign ministry issued a statement saying it had received the note.",
     set()),
    # the middle verb of a list of acts
    ("Uruguay welcomed the accord, expressed support for Paraguay, condemned the attacks by "
     "Bolivia, and stressed the need for calm.", {("Uruguay", "criticizes", "Bolivia")}),
    # a reported act in violation of something
    ("Chile said Bolivia acted in violation of the treaty.", {("Chile", "criticizes", "Bolivia")}),
    ("Chile said Bolivia acted in line with the treaty.", set()),
    # a quote standing alone after a report is the reporter's
    ("Chile's foreign minister Alberto van Klaveren said the patrols were a mistake. "
     "\"Peru must withdraw its ships.\"", {("Alberto van Klaveren", "urges", "Peru")}),
    ("The patrols continued. \"Peru must withdraw its ships.\"", set()),  # no report before
    ("Alberto van Klaveren said the patrols were a mistake. \"Peru is not our enemy.\"",
     set()),
    # an insult as the label
    ("Peru called the Chilean minister a fool.", {("Peru", "criticizes", "Chile")}),
    # "calling it ...": "it" is what the head verb acts on, never the speaker's own side
    ("Argentina's foreign ministry slammed the decision, calling it hostile.", set()),
    ("Argentina's foreign ministry slammed Chile's decision, calling it hostile.",
     {("Argentine Foreign Ministry", "criticizes", "Chile")}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_rules_speech2_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    assert claim_triples(nlp(text), SPEECH_ACTS) == want


@pytest.mark.model
def test_rules_speech2_rules_are_named(nlp: Language) -> None:
    # the new rules carry their own names to the graph (kg:extractor), so that
    # `kg evaluate --by-rule` measures each
    doc = nlp("Chile said Peru should withdraw its navy. Uruguay stressed the need for "
              "Paraguay to release the detained fishermen. Ecuador pointed to Colombia's "
              "destructive policy on the border.")
    rules = {c.extractor for c in doc._.kg_claims if c.relation in SPEECH_ACTS}
    assert {"speech.obliged", "speech.need_for", "speech.pointed_to"} <= rules


@pytest.mark.parametrize("key", ["act_nouns", "pointing_verbs", "obligation_aux",
                                 "obligation_verbs", "cessation_nouns", "statement_nouns",
                                 "situation_nouns"])
def test_rules_speech2_new_word_classes_are_required(key: str) -> None:
    # dropping a word class the rules read fails when the lexicon loads
    with pytest.raises(ExtractorError, match=f"missing key '{key}'"):
        load_lexicon(shipped_lexicon_without(key))

