"""Criticism, opposition and urging in the shapes wire copy gives them: coordinated
passives, diplomatic protests, quotes, refusals and labels.

The first tests run the rules on hand-built parses (no model needed); the table at
the end runs sentences written for it through the trained pipeline (``--model``).
"""

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import kg.extract  # noqa: F401  (registers the factories)
from tests.conftest import claim_triples

Triple = tuple[str, str, str]
# (word, lemma, pos, tag, head, dep, ent IOB), heads absolute
Row = tuple[str, str, str, str, int, str, str]


@pytest.fixture(scope="module")
def rules() -> Language:
    nlp = spacy.blank("en")
    for name in ("kg_mentions", "kg_titles", "kg_relations"):
        nlp.add_pipe(name)
    return nlp


def parse(rules: Language, rows: list[Row]) -> set[Triple]:
    """The (subject, relation, object) claims of a hand-built parse."""
    words, lemmas, pos, tags, heads, deps, ents = map(list, zip(*rows, strict=True))
    doc = Doc(rules.vocab, words=words, lemmas=lemmas, pos=pos, tags=tags, heads=heads,
              deps=deps, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    for _, component in rules.pipeline:
        doc = component(doc)
    return {(c.subject.key, c.relation, c.object.key) for c in doc._.kg_claims}


def test_rules_speech_passive_coordinated_with_its_subjects_verb(rules: Language) -> None:
    # "Iran is under sanctions and was condemned by France and Germany."
    got = parse(rules, [
        ("Iran", "Iran", "PROPN", "NNP", 1, "nsubj", "B-GPE"),
        ("is", "be", "AUX", "VBZ", 1, "ROOT", "O"),
        ("under", "under", "ADP", "IN", 1, "prep", "O"),
        ("sanctions", "sanction", "NOUN", "NNS", 2, "pobj", "O"),
        ("and", "and", "CCONJ", "CC", 1, "cc", "O"),
        ("was", "be", "AUX", "VBD", 6, "auxpass", "O"),
        ("condemned", "condemn", "VERB", "VBN", 1, "conj", "O"),
        ("by", "by", "ADP", "IN", 6, "agent", "O"),
        ("France", "France", "PROPN", "NNP", 7, "pobj", "B-GPE"),
        ("and", "and", "CCONJ", "CC", 8, "cc", "O"),
        ("Germany", "Germany", "PROPN", "NNP", 8, "conj", "B-GPE"),
        (".", ".", "PUNCT", ".", 1, "punct", "O")])
    assert got == {("France", "criticizes", "Iran"), ("Germany", "criticizes", "Iran")}


def test_rules_speech_coordinated_passive_with_its_own_subject(rules: Language) -> None:
    # "Iran praised Iraq and Syria was condemned by France.": Syria, not Iran, condemned
    got = parse(rules, [
        ("Iran", "Iran", "PROPN", "NNP", 1, "nsubj", "B-GPE"),
        ("praised", "praise", "VERB", "VBD", 1, "ROOT", "O"),
        ("Iraq", "Iraq", "PROPN", "NNP", 1, "dobj", "B-GPE"),
        ("and", "and", "CCONJ", "CC", 1, "cc", "O"),
        ("Syria", "Syria", "PROPN", "NNP", 6, "nsubjpass", "B-GPE"),
        ("was", "be", "AUX", "VBD", 6, "auxpass", "O"),
        ("condemned", "condemn", "VERB", "VBN", 1, "conj", "O"),
        ("by", "by", "ADP", "IN", 6, "agent", "O"),
        ("France", "France", "PROPN", "NNP", 7, "pobj", "B-GPE"),
        (".", ".", "PUNCT", ".", 1, "punct", "O")])
    assert ("France", "criticizes", "Syria") in got
    assert ("France", "criticizes", "Iran") not in got


def _summoned(negated: bool) -> list[Row]:
    # "Iran's ambassador was [not] summoned to the Foreign Office."
    neg = [("not", "not", "PART", "RB", 5, "neg", "O")] if negated else []
    n = len(neg)
    return [
        ("Iran", "Iran", "PROPN", "NNP", 2, "poss", "B-GPE"),
        ("'s", "'s", "PART", "POS", 0, "case", "O"),
        ("ambassador", "ambassador", "NOUN", "NN", 4 + n, "nsubjpass", "O"),
        ("was", "be", "AUX", "VBD", 4 + n, "auxpass", "O"),
        *neg,
        ("summoned", "summon", "VERB", "VBN", 4 + n, "ROOT", "O"),
        ("to", "to", "ADP", "IN", 4 + n, "prep", "O"),
        ("the", "the", "DET", "DT", 8 + n, "det", "O"),
        ("Foreign", "Foreign", "PROPN", "NNP", 8 + n, "compound", "B-ORG"),
        ("Office", "Office", "PROPN", "NNP", 5 + n, "pobj", "I-ORG"),
        (".", ".", "PUNCT", ".", 4 + n, "punct", "O")]


def test_rules_speech_summoned_to_the_ministry(rules: Language) -> None:
    assert parse(rules, _summoned(False)) == {("Foreign Office", "criticizes", "Iran")}


def test_rules_speech_summoning_denied_gives_nothing(rules: Language) -> None:
    assert parse(rules, _summoned(True)) == set()


def test_rules_speech_called_in_a_diplomat_from_a_state(rules: Language) -> None:
    # "Syria called in a diplomat from France."
    got = parse(rules, [
        ("Syria", "Syria", "PROPN", "NNP", 1, "nsubj", "B-GPE"),
        ("called", "call", "VERB", "VBD", 1, "ROOT", "O"),
        ("in", "in", "ADP", "IN", 1, "prep", "O"),
        ("a", "a", "DET", "DT", 4, "det", "O"),
        ("diplomat", "diplomat", "NOUN", "NN", 2, "pobj", "O"),
        ("from", "from", "ADP", "IN", 4, "prep", "O"),
        ("France", "France", "PROPN", "NNP", 5, "pobj", "B-GPE"),
        (".", ".", "PUNCT", ".", 1, "punct", "O")])
    assert got == {("Syria", "criticizes", "France")}


def test_rules_speech_called_in_troops_is_no_protest(rules: Language) -> None:
    # "Syria called in troops from France.": no diplomat, no protest
    got = parse(rules, [
        ("Syria", "Syria", "PROPN", "NNP", 1, "nsubj", "B-GPE"),
        ("called", "call", "VERB", "VBD", 1, "ROOT", "O"),
        ("in", "in", "ADP", "IN", 1, "prep", "O"),
        ("troops", "troop", "NOUN", "NNS", 2, "pobj", "O"),
        ("from", "from", "ADP", "IN", 3, "prep", "O"),
        ("France", "France", "PROPN", "NNP", 4, "pobj", "B-GPE"),
        (".", ".", "PUNCT", ".", 1, "punct", "O")])
    assert got == set()


def _quote(negated: bool) -> list[Row]:
    # '"I [never] condemned Chile," Rossi said.'
    neg = [("never", "never", "ADV", "RB", 3, "neg", "O")] if negated else []
    n = len(neg)
    return [
        ('"', '"', "PUNCT", "``", 2 + n, "punct", "O"),
        ("I", "I", "PRON", "PRP", 2 + n, "nsubj", "O"),
        *neg,
        ("condemned", "condemn", "VERB", "VBD", 7 + n, "ccomp", "O"),
        ("Chile", "Chile", "PROPN", "NNP", 2 + n, "dobj", "B-GPE"),
        (",", ",", "PUNCT", ",", 7 + n, "punct", "O"),
        ('"', '"', "PUNCT", "''", 7 + n, "punct", "O"),
        ("Rossi", "Rossi", "PROPN", "NNP", 7 + n, "nsubj", "B-PERSON"),
        ("said", "say", "VERB", "VBD", 7 + n, "ROOT", "O"),
        (".", ".", "PUNCT", ".", 7 + n, "punct", "O")]


def test_rules_speech_quoted_i_is_the_speaker(rules: Language) -> None:
    assert parse(rules, _quote(False)) == {("Rossi", "criticizes", "Chile")}


def test_rules_speech_quoted_denial_gives_nothing(rules: Language) -> None:
    assert parse(rules, _quote(True)) == set()


def _refusal(negated: bool) -> list[Row]:
    # "Peru can [not] accept Chilean demands."
    neg = [("not", "not", "PART", "RB", 3, "neg", "O")] if negated else []
    n = len(neg)
    return [
        ("Peru", "Peru", "PROPN", "NNP", 2 + n, "nsubj", "B-GPE"),
        ("can", "can", "AUX", "MD", 2 + n, "aux", "O"),
        *neg,
        ("accept", "accept", "VERB", "VB", 2 + n, "ROOT", "O"),
        ("Chilean", "chilean", "ADJ", "JJ", 4 + n, "amod", "B-NORP"),
        ("demands", "demand", "NOUN", "NNS", 2 + n, "dobj", "O"),
        (".", ".", "PUNCT", ".", 2 + n, "punct", "O")]


def test_rules_speech_cannot_accept_opposes(rules: Language) -> None:
    assert parse(rules, _refusal(True)) == {("Peru", "opposes", "Chile")}


def test_rules_speech_accepting_is_no_opposition(rules: Language) -> None:
    assert parse(rules, _refusal(False)) == set()


# ----------------------------------------------------------- on the trained model
CASES: list[tuple[str, set[Triple]]] = [
    # a finite verb the parser hangs on an infinitive shares the subject of "have said"
    ("Chile, Peru and Bolivia have said it was vital to \"quickly clarify\" what happened, "
     "and have summoned the Argentine ambassadors.",
     {("Chile", "criticizes", "Argentina"), ("Peru", "criticizes", "Argentina"),
      ("Bolivia", "criticizes", "Argentina")}),
    ("Because of its fishing fleet, Argentina is already under sanctions, and was condemned "
     "in a joint statement by Chile, Peru and Uruguay on Monday.",
     {("Chile", "criticizes", "Argentina"), ("Peru", "criticizes", "Argentina"),
      ("Uruguay", "criticizes", "Argentina")}),
    ("The Kenyan government has called in a diplomat from Uganda.",
     {("Kenya", "criticizes", "Uganda")}),
    ("Kenya did not call in a diplomat from Uganda.", set()),
    ("Ecuador denounced the agreement between Peru and Chile.",
     {("Ecuador", "criticizes", "agreement"), ("Ecuador", "criticizes", "Peru"),
      ("Ecuador", "criticizes", "Chile")}),
    ("Peru cannot accept the Chilean demands.", {("Peru", "opposes", "Chile")}),
    ("Peru accepted the Chilean demands.", set()),
    ("Lima will not tolerate Chile's interference.", {("Peru", "criticizes", "Chile")}),
    ("In a statement, the Kurdish group said the troops would help it stop the Iraqi "
     "aggression.", set()),  # the speaker is no named actor: nothing
    ("Moscow said Washington's provocations had to end.",
     {("Russia", "criticizes", "United States")}),
    ("Kyiv said there was no Russian aggression.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:40] for t, _ in CASES])
def test_rules_speech_sentence(nlp: Language, text: str, want: set[Triple]) -> None:
    got = claim_triples(nlp(text), ("criticizes", "opposes", "urges"))
    assert got == want


@pytest.mark.model
def test_rules_speech_ambassador_to_a_state_names_the_person(nlp: Language) -> None:
    doc = nlp("Chilean Ambassador to Peru Maria Soto alleged that Bolivia had "
              "violated the treaty.")
    got = {(c.subject.key, c.relation, c.object.key) for c in doc._.kg_claims}
    assert ("Maria Soto", "criticizes", "Bolivia") in got


@pytest.mark.model
def test_rules_speech_quoted_i_after_a_colon(nlp: Language) -> None:
    doc = nlp('Chile\'s president Gabriel Boric wrote: "I count on Peru to act with '
              'restraint."')
    got = {(c.subject.key, c.relation, c.object.key) for c in doc._.kg_claims}
    assert ("Gabriel Boric", "urges", "Peru") in got


@pytest.mark.model
def test_rules_speech_bare_surname_after_the_full_name(nlp: Language) -> None:
    doc = nlp("Opposition leader Ilya Yashin was arrested on Monday. Yashin is an outspoken "
              "critic of the Kremlin.")
    got = {(c.subject.key, c.relation, c.object.key) for c in doc._.kg_claims}
    assert ("Ilya Yashin", "criticizes", "Russia") in got


@pytest.mark.model
def test_rules_speech_labeled_it_is_the_initiative(nlp: Language) -> None:
    doc = nlp("President Dina Boluarte commented on the Chilean-Bolivian fisheries agreement, "
              "calling it \"null and void\".")
    got = {(c.subject.key, c.relation, c.object.key) for c in doc._.kg_claims
           if c.relation in ("opposes", "criticizes")}
    assert got == {("Dina Boluarte", "opposes", "Chilean-Bolivian fisheries agreement")}
