"""The ontology is the single source of truth for relation names."""

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS

from kg import vocab
from kg.errors import UnknownTermError

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
    from kg.extract.relations import SETTINGS_SECTIONS
    from kg.extract.syntax import lexicon

    for section in lexicon():
        if section not in SETTINGS_SECTIONS:
            assert section in vocab.relation_names(), section
