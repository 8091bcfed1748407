"""The ontology is the single source of truth for relation names."""

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, URIRef

from kg import vocab
from kg.errors import UnknownTermError
from tests.conftest import shipped_lexicon_without

GUIDELINES = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "GUIDELINES.md"


def _guideline_relations() -> dict[str, tuple[bool, str]]:
    rows = {}
    for line in GUIDELINES.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`(\w+)`\s*\|\s*(yes|no)\s*\|.*\|\s*([-\d/]+)\s*\|\s*$", line)
        if m:
            rows[m.group(1)] = (m.group(2) == "yes", m.group(3))
    return rows


@pytest.mark.skipif(not GUIDELINES.is_file(), reason="guidelines not beside the repo")
def test_vocab_relations_match_guidelines() -> None:
    rows = _guideline_relations()
    assert len(rows) == 15
    assert set(vocab.relation_names()) == set(rows)
    for name, (symmetric, cameo) in rows.items():
        assert vocab.is_symmetric(name) is symmetric, name
        assert vocab.cameo_root(name) == cameo.split("/")[0], name


def test_vocab_every_relation_is_documented() -> None:
    graph = vocab.load_ontology()
    for name in vocab.relation_names():
        iri = vocab.relation(name)
        assert (iri, RDF.type, OWL.ObjectProperty) in graph
        assert graph.value(iri, RDFS.label) is not None
        assert graph.value(iri, RDFS.comment) is not None
        assert graph.value(iri, RDFS.domain) is not None
        assert graph.value(iri, RDFS.range) is not None
        assert vocab.polarity(name) in ("cooperative", "conflictual", "neutral")


def test_vocab_unknown_relation_names_the_known_ones() -> None:
    with pytest.raises(UnknownTermError, match="metWith"):
        vocab.relation("meetsWith")
    with pytest.raises(LookupError):
        vocab.class_iri("Country")


def test_vocab_closed_namespace_rejects_typos() -> None:
    assert str(vocab.KG.metWith).endswith("#metWith")
    with pytest.raises(AttributeError):
        vocab.KG.metwith  # noqa: B018


def test_vocab_lexicon_names_only_ontology_relations() -> None:
    from kg.extract.lexicon import lexicon

    assert set(lexicon().relations) <= set(vocab.relation_names())


def test_vocab_lexicon_rejects_unknown_keys_and_sections() -> None:
    from kg.errors import ExtractorError
    from kg.extract.lexicon import load_lexicon

    with pytest.raises(ExtractorError, match="unknown key 'verb_prep'"):
        load_lexicon("[supports]\nverb_prep = {}\n")
    with pytest.raises(ExtractorError, match="section \\[worksFor\\]"):
        load_lexicon("[worksFor]\nverbs = ['employ']\n")
    with pytest.raises(ExtractorError, match="object kind 'Country'"):
        load_lexicon("[supports]\nobject_kinds = ['Country']\n")
    # every word class the rules read must be there: a dropped line or section fails
    with pytest.raises(ExtractorError, match="missing key 'recalling_verbs'"):
        load_lexicon(shipped_lexicon_without("recalling_verbs"))
    shipped = (Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "triggers.toml"
               ).read_text(encoding="utf-8")
    with pytest.raises(ExtractorError, match="lacks section \\[readouts\\]"):
        load_lexicon(shipped[:shipped.index("[readouts]")])


def test_vocab_roles_come_from_the_ontology() -> None:
    assert vocab.kinds_of("Agent") == ("State", "Organization", "Person", "Body")
    assert vocab.kinds_of(vocab.domain_kind("locatedIn")) == (
        "Organization", "Body", "Office", "Event", "Place")
    assert vocab.kinds_of(vocab.range_kind("locatedIn")) == ("State", "Place")
    assert vocab.kinds_of(vocab.range_kind("affiliatedWith")) == (
        "State", "Organization", "Body")
    assert set(vocab.kinds_of("Actor")) == set(vocab.class_names())
    with pytest.raises(UnknownTermError):
        vocab.kinds_of("Country")


def test_vocab_shapes_agree_with_the_ontology() -> None:
    """shapes.ttl lists the relations and the located kinds; they must be the ontology's."""
    from rdflib import Graph
    from rdflib.namespace import SH

    shapes = Graph().parse(vocab.ontology_path("shapes.ttl"))
    listed: set[str] = set()
    for node in shapes.objects(None, SH["in"]):
        listed |= {str(t).rsplit("#", 1)[1] for t in shapes.items(node)}
    assert listed == set(vocab.relation_names())
    targets = {str(o).rsplit("#", 1)[1] for o in shapes.objects(
        URIRef(vocab.KG_IRI + "RelationEndsShape"), SH.targetSubjectsOf)}
    assert targets == set(vocab.relation_names())
    located = shapes.value(URIRef(vocab.KG_IRI + "LocatedInShape"), SH["or"])
    kinds = {str(shapes.value(alt, SH["class"])).rsplit("#", 1)[1]
             for alt in shapes.items(located)}
    assert kinds == set(vocab.kinds_of(vocab.domain_kind("locatedIn")))
