"""IRI minting and the shape of an article graph."""

import datetime

from hypothesis import given
from hypothesis import strategies as st
from rdflib import RDF, URIRef
from rdflib.namespace import PROV, SKOS

from kg import vocab
from kg.rdf import ActorRecord, article_graph, article_iri, entity_iri, slug
from kg.types import Article, Claim, Mention
from kg.vocab import KG

IRI_CHARS = r"^[A-Za-z0-9:/._~#-]+$"


@given(st.text(min_size=0, max_size=60))
def test_rdf_slug_is_idempotent_and_safe(text: str) -> None:
    out = slug(text)
    assert out
    assert slug(out) == out
    assert all(c.isalnum() and c.isascii() or c == "-" for c in out)


@given(st.text(min_size=1, max_size=40), st.sampled_from(["State", "Person", "Office", "Event"]))
def test_rdf_entity_iri_is_a_valid_iri(key: str, kind: str) -> None:
    import re

    iri = entity_iri(key, kind)
    assert re.match(IRI_CHARS, str(iri))
    assert iri == entity_iri(key, kind)


@given(st.text(min_size=1, max_size=40))
def test_rdf_article_iri_is_a_valid_iri(article_id: str) -> None:
    import re

    assert re.match(IRI_CHARS, str(article_iri(article_id)))


def _claim(s: str, rel: str, o: str) -> Claim:
    sentence = f"{s} met {o}."
    return Claim(Mention(s, "Person", s, 0, len(s)), rel, Mention(o, "State", o, 0, len(o)),
                 sentence, 10, 10 + len(sentence), "kg_relations", 0.8)


def test_rdf_article_graph_keeps_triple_and_evidence() -> None:
    article = Article("a1", "text", "a1.txt", date=datetime.date(2024, 7, 12))
    actors = {"Jens Stoltenberg": ActorRecord("Jens Stoltenberg", "Person", ["Stoltenberg"]),
              "Japan": ActorRecord("Japan", "State", ["Japan", "Tokyo"],
                                   iri="https://w3id.org/kg/id/japan",
                                   wikidata="http://www.wikidata.org/entity/Q17")}
    graph = article_graph(article, [_claim("Jens Stoltenberg", "visited", "Japan")], actors)
    s = entity_iri("Jens Stoltenberg", "Person")
    o = URIRef("https://w3id.org/kg/id/japan")
    assert graph.identifier == article_iri("a1")
    assert (s, vocab.relation("visited"), o) in graph
    node = graph.value(predicate=RDF.subject, object=s)
    assert graph.value(node, RDF.predicate) == KG.visited
    assert graph.value(node, PROV.wasDerivedFrom) == article_iri("a1")
    assert str(graph.value(node, KG.sentence)) == "Jens Stoltenberg met Japan."
    assert int(graph.value(node, KG.startChar)) == 10
    assert str(graph.value(node, KG.articleDate)) == "2024-07-12"
    assert str(graph.value(o, SKOS.prefLabel)) == "Japan"
    assert {str(x) for x in graph.objects(o, SKOS.altLabel)} == {"Tokyo"}
    assert (o, RDF.type, KG.State) in graph
