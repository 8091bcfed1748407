"""The extraction rules on hand-built parses, so that a model upgrade cannot
break what they test (spaCy's own tests do the same)."""

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import kg.extract  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def rules() -> Language:
    nlp = spacy.blank("en")
    for name in ("kg_mentions", "kg_titles", "kg_relations"):
        nlp.add_pipe(name)
    return nlp


Row = tuple[str, str, str, int, str, str]


def run(rules: Language, rows: list[Row]) -> Doc:
    """Run the kg components on a parse given as rows of (word, lemma, pos, head,
    dep, ent IOB), with absolute head indices."""
    words, lemmas, pos, heads, deps, ents = map(list, zip(*rows, strict=True))
    tags = ["VBD" if p == "VERB" else "NNP" if p == "PROPN" else "NN" if p == "NOUN" else p
            for p in pos]
    doc = Doc(rules.vocab, words=words, lemmas=lemmas, pos=pos, tags=tags, heads=heads,
              deps=deps, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    for _, component in rules.pipeline:
        doc = component(doc)
    return doc


def parse(rules: Language, rows: list[Row]) -> set[tuple[str, str, str]]:
    """The (subject, relation, object) claims of a hand-built parse."""
    return {(c.subject.key, c.relation, c.object.key) for c in run(rules, rows)._.kg_claims}


def test_rules_subject_verb_object_with_coordinated_objects(rules: Language) -> None:
    got = parse(rules, [
        ("India", "India", "PROPN", 1, "nsubj", "B-GPE"),
        ("condemned", "condemn", "VERB", 1, "ROOT", "O"),
        ("Pakistan", "Pakistan", "PROPN", 1, "dobj", "B-GPE"),
        ("and", "and", "CCONJ", 2, "cc", "O"),
        ("China", "China", "PROPN", 2, "conj", "B-GPE"),
        (".", ".", "PUNCT", 1, "punct", "O")])
    assert got == {("India", "criticizes", "Pakistan"), ("India", "criticizes", "China")}


def test_rules_negation_gives_nothing(rules: Language) -> None:
    got = parse(rules, [
        ("India", "India", "PROPN", 3, "nsubj", "B-GPE"),
        ("did", "do", "AUX", 3, "aux", "O"),
        ("not", "not", "PART", 3, "neg", "O"),
        ("condemn", "condemn", "VERB", 3, "ROOT", "O"),
        ("Pakistan", "Pakistan", "PROPN", 3, "dobj", "B-GPE"),
        (".", ".", "PUNCT", 3, "punct", "O")])
    assert got == set()


def test_rules_hypothetical_gives_nothing(rules: Language) -> None:
    got = parse(rules, [
        ("Brazil", "Brazil", "PROPN", 2, "nsubj", "B-GPE"),
        ("could", "could", "AUX", 2, "aux", "O"),
        ("sanction", "sanction", "VERB", 2, "ROOT", "O"),
        ("Venezuela", "Venezuela", "PROPN", 2, "dobj", "B-GPE"),
        (".", ".", "PUNCT", 2, "punct", "O")])
    assert got == set()


def test_rules_passive_agent_is_the_subject(rules: Language) -> None:
    got = parse(rules, [
        ("Israel", "Israel", "PROPN", 2, "nsubjpass", "B-GPE"),
        ("was", "be", "AUX", 2, "auxpass", "O"),
        ("condemned", "condemn", "VERB", 2, "ROOT", "O"),
        ("by", "by", "ADP", 2, "agent", "O"),
        ("Turkey", "Turkey", "PROPN", 3, "pobj", "B-GPE"),
        (".", ".", "PUNCT", 2, "punct", "O")])
    assert got == {("Turkey", "criticizes", "Israel")}


def test_rules_light_verb_nominal_takes_the_verb_subject(rules: Language) -> None:
    # "France voiced opposition to Turkey's bid."
    got = parse(rules, [
        ("France", "France", "PROPN", 1, "nsubj", "B-GPE"),
        ("voiced", "voice", "VERB", 1, "ROOT", "O"),
        ("opposition", "opposition", "NOUN", 1, "dobj", "O"),
        ("to", "to", "ADP", 2, "prep", "O"),
        ("Turkey", "Turkey", "PROPN", 6, "poss", "B-GPE"),
        ("'s", "'s", "PART", 4, "case", "O"),
        ("bid", "bid", "NOUN", 3, "pobj", "O"),
        (".", ".", "PUNCT", 1, "punct", "O")])
    assert got == {("France", "opposes", "Turkey")}


def test_rules_possessor_and_demonym_of_a_nominal(rules: Language) -> None:
    # "the Russian invasion of Ukraine"
    got = parse(rules, [
        ("the", "the", "DET", 2, "det", "O"),
        ("Russian", "Russian", "ADJ", 2, "amod", "B-NORP"),
        ("invasion", "invasion", "NOUN", 2, "ROOT", "O"),
        ("of", "of", "ADP", 2, "prep", "O"),
        ("Ukraine", "Ukraine", "PROPN", 3, "pobj", "B-GPE")])
    assert got == {("Russia", "attacks", "Ukraine")}


def test_rules_title_gives_affiliation_with_body_and_state(rules: Language) -> None:
    # "Chinese Foreign Ministry spokeswoman Mao Ning spoke."
    got = parse(rules, [
        ("Chinese", "Chinese", "PROPN", 2, "compound", "B-NORP"),
        ("Foreign", "Foreign", "PROPN", 2, "compound", "B-ORG"),
        ("Ministry", "Ministry", "PROPN", 3, "compound", "I-ORG"),
        ("spokeswoman", "spokeswoman", "NOUN", 5, "compound", "O"),
        ("Mao", "Mao", "PROPN", 5, "compound", "B-PERSON"),
        ("Ning", "Ning", "PROPN", 6, "nsubj", "I-PERSON"),
        ("spoke", "speak", "VERB", 6, "ROOT", "O")])
    assert got == {("Mao Ning", "affiliatedWith", "Chinese Foreign Ministry"),
                   ("Mao Ning", "affiliatedWith", "China")}


def test_rules_coordinated_subjects_meet_each_other(rules: Language) -> None:
    got = parse(rules, [
        ("Modi", "Modi", "PROPN", 3, "nsubj", "B-PERSON"),
        ("and", "and", "CCONJ", 0, "cc", "O"),
        ("Albanese", "Albanese", "PROPN", 0, "conj", "B-PERSON"),
        ("met", "meet", "VERB", 3, "ROOT", "O"),
        ("in", "in", "ADP", 3, "prep", "O"),
        ("Delhi", "Delhi", "PROPN", 4, "pobj", "B-GPE")])
    assert got == {("Modi", "metWith", "Albanese")}


def test_rules_metonym_actor_is_the_state_and_place_is_a_city(rules: Language) -> None:
    # "Beijing warned Manila in Tokyo."  (capitals: actors are states, the place is the city)
    rows = [("Beijing", "Beijing", "PROPN", 1, "nsubj", "B-GPE"),
            ("warned", "warn", "VERB", 1, "ROOT", "O"),
            ("Manila", "Manila", "PROPN", 1, "dobj", "B-GPE"),
            ("in", "in", "ADP", 1, "prep", "O"),
            ("Tokyo", "Tokyo", "PROPN", 3, "pobj", "B-GPE")]
    doc = run(rules, rows)
    kinds = {r.text: (r.key, r.kind) for r in doc._.kg_refs}
    assert kinds["Beijing"] == ("China", "State")
    assert kinds["Manila"] == ("Philippines", "State")
    assert kinds["Tokyo"] == ("Tokyo", "Place")
    assert {(c.subject.key, c.relation, c.object.key) for c in doc._.kg_claims} == {
        ("China", "criticizes", "Philippines")}
