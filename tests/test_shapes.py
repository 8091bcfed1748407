"""Every graph kg writes conforms to ontology/shapes.ttl."""

from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg import vocab
from kg.store import load_graph
from kg.vocab import KG


def _validate(graph: Graph) -> tuple[bool, str]:
    # No RDFS inference: with it, the range of kg:attended would make any object an Event.
    shapes = Graph().parse(vocab.ontology_path("shapes.ttl"))
    ok, _, text = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=vocab.load_ontology(),
                                   inference="none", advanced=True)
    return bool(ok), str(text)


def _flat(path: Path) -> Graph:
    graph = Graph()
    for triple in load_graph(path).triples((None, None, None)):
        graph.add(triple)
    return graph


@pytest.mark.model
def test_shapes_seed_graph_conforms(seed_graph_path: Path) -> None:
    ok, text = _validate(_flat(seed_graph_path))
    assert ok, text


@pytest.mark.model
def test_shapes_catch_broken_graphs(seed_graph_path: Path) -> None:
    graph = _flat(seed_graph_path)
    person = next(graph.subjects(RDF.type, KG.Person))
    graph.remove((person, SKOS.prefLabel, None))
    assert not _validate(graph)[0]

    graph = _flat(seed_graph_path)
    place = next(graph.subjects(RDF.type, KG.Place))
    graph.add((URIRef("https://w3id.org/kg/id/state/x"), RDF.type, KG.State))
    graph.add((URIRef("https://w3id.org/kg/id/state/x"), SKOS.prefLabel, Literal("X", lang="en")))
    graph.add((URIRef("https://w3id.org/kg/id/state/x"), KG.attended, place))
    ok, text = _validate(graph)
    assert not ok and "attended" in text
