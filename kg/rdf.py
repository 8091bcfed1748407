"""Claims -> an RDF graph per article; the only module that mints IRIs.

Each relation is written twice: as a plain triple ``s kg:rel o`` that SPARQL
and the scorer read, and as a ``kg:Assertion`` node (an ``rdf:Statement``)
carrying its evidence: the article, the sentence, its character offsets,
the article's date, the extractor and its confidence. Each article's triples
live in a named graph whose name is the article's IRI.
"""

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg import vocab
from kg.types import Article, Claim
from kg.vocab import ARTICLE, ENTITY, KG

__all__ = ["ActorRecord", "article_graph", "article_iri", "bind_prefixes", "entity_iri", "slug"]


@dataclass(slots=True)
class ActorRecord:
    """What the graph says of one actor: kind, labels seen, links."""

    key: str
    kind: str
    labels: list[str] = field(default_factory=list)
    iri: str | None = None
    wikidata: str | None = None


def slug(text: str) -> str:
    """Return a lowercase ASCII slug of ``text``, never empty.

    Examples:
        >>> slug("Jens Stoltenberg")
        'jens-stoltenberg'
        >>> slug("Japan's representative office at NATO")
        'japans-representative-office-at-nato'
        >>> slug("北京")
        'x-685e15'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.replace("'", "").replace("’", "")
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not out:
        out = "x-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]
    return out


def entity_iri(key: str, kind: str, known: str | None = None) -> URIRef:
    """Return the IRI of an actor: the gazetteer's, else one minted from kind and name.

    Examples:
        >>> str(entity_iri("Tokyo", "Place"))
        'https://w3id.org/kg/id/place/tokyo'
        >>> entity_iri("Tokyo", "Place") == entity_iri("Tokyo", "Place")
        True
    """
    if known:
        return URIRef(known)
    return URIRef(f"{ENTITY}{kind.lower()}/{slug(key)}")


def article_iri(article_id: str) -> URIRef:
    """Return the IRI of an article (and of its named graph).

    Examples:
        >>> str(article_iri("003_33c3d6002d01dd23"))
        'https://w3id.org/kg/article/003_33c3d6002d01dd23'
    """
    safe = re.sub(r"[^A-Za-z0-9._~-]+", "-", article_id).strip("-") or slug(article_id)
    return URIRef(f"{ARTICLE}{safe}")


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the prefixes kg writes with, so that outputs read well."""
    graph.bind("kg", vocab.KG_IRI)
    graph.bind("kgid", str(ENTITY))
    graph.bind("article", str(ARTICLE))
    graph.bind("skos", SKOS)
    graph.bind("prov", PROV)
    graph.bind("dcterms", DCTERMS)
    graph.bind("wd", str(vocab.WD))
    graph.bind("owl", OWL)
    return graph


def _claim_iri(article: URIRef, claim: Claim) -> URIRef:
    digest = hashlib.sha1(
        f"{claim.subject.key}|{claim.relation}|{claim.object.key}|{claim.start}".encode()
    ).hexdigest()[:12]
    return URIRef(f"{article}/claim/{digest}")


def article_graph(article: Article, claims: Iterable[Claim],
                  actors: Mapping[str, ActorRecord]) -> Graph:
    """Build the named graph of one article.

    Args:
        article: the article the claims come from.
        claims: the relations it states.
        actors: every actor the claims name, by key.

    Returns:
        A graph whose identifier is the article's IRI.
    """
    a_iri = article_iri(article.id)
    # No prefixes bound: the writers bind their own, and binding costs more than the triples.
    graph = Graph(identifier=a_iri)
    graph.add((a_iri, RDF.type, KG.Article))
    graph.add((a_iri, DCTERMS.identifier, Literal(article.id)))
    if article.title:
        graph.add((a_iri, DCTERMS.title, Literal(article.title)))
    if article.date:
        graph.add((a_iri, DCTERMS.date, Literal(article.date, datatype=XSD.date)))
    if article.url:
        graph.add((a_iri, DCTERMS.source, URIRef(article.url) if re.match(
            r"^https?://\S+$", article.url) else Literal(article.url)))

    used: set[str] = set()
    for claim in claims:
        s_rec, o_rec = actors[claim.subject.key], actors[claim.object.key]
        s = entity_iri(s_rec.key, s_rec.kind, s_rec.iri)
        o = entity_iri(o_rec.key, o_rec.kind, o_rec.iri)
        p = vocab.relation(claim.relation)
        used.update((claim.subject.key, claim.object.key))
        graph.add((s, p, o))
        node = _claim_iri(a_iri, claim)
        graph.add((node, RDF.type, KG.Assertion))
        graph.add((node, RDF.subject, s))
        graph.add((node, RDF.predicate, p))
        graph.add((node, RDF.object, o))
        graph.add((node, PROV.wasDerivedFrom, a_iri))
        graph.add((node, KG.sentence, Literal(claim.sentence)))
        graph.add((node, KG.startChar, Literal(claim.start, datatype=XSD.nonNegativeInteger)))
        graph.add((node, KG.endChar, Literal(claim.end, datatype=XSD.nonNegativeInteger)))
        graph.add((node, KG.extractor, Literal(claim.extractor)))
        graph.add((node, KG.confidence, Literal(round(claim.confidence, 3),
                                                datatype=XSD.decimal)))
        if article.date:
            graph.add((node, KG.articleDate, Literal(article.date, datatype=XSD.date)))

    for key in sorted(used):
        rec = actors[key]
        iri = entity_iri(rec.key, rec.kind, rec.iri)
        graph.add((iri, RDF.type, vocab.class_iri(rec.kind)))
        graph.add((iri, SKOS.prefLabel, Literal(rec.key, lang="en")))
        graph.add((iri, RDFS.label, Literal(rec.key, lang="en")))
        for label in rec.labels:
            if label != rec.key:
                graph.add((iri, SKOS.altLabel, Literal(label, lang="en")))
        if rec.wikidata:
            graph.add((iri, OWL.sameAs, URIRef(rec.wikidata)))
    return graph
