"""RDF graph -> networkx graphs and the metrics analysts ask for first.

:func:`to_networkx` turns a kg output graph into a
:class:`networkx.MultiDiGraph` with one node per actor and one edge per
distinct relation statement, carrying its evidence; :func:`alliance_graph`
folds it into an undirected signed graph of who cooperates with or opposes
whom; :func:`centrality` ranks the actors; :func:`summary` counts what a
graph holds.

Relation names, polarities and symmetry all come from :mod:`kg.vocab`, so the
ontology stays the only place they are spelt out.
"""

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, TypedDict

import networkx as nx
from rdflib import OWL, RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.term import Node

from kg import vocab
from kg.vocab import ARTICLE, KG

__all__ = [
    "CONFLICTUAL",
    "COOPERATIVE",
    "MAX_SENTENCES",
    "NEUTRAL",
    "Summary",
    "actor_kinds",
    "alliance_graph",
    "summary",
    "to_networkx",
]

log = logging.getLogger(__name__)


def _local(iri: Node) -> str:
    """Return the local name of an IRI: the part after ``#`` or the last ``/``.

    Examples:
        >>> _local(KG.metWith)
        'metWith'
        >>> _local(URIRef("https://w3id.org/kg/id/state/japan"))
        'japan'
    """
    text = str(iri)
    local = text.rsplit("#", 1)[1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]
    return local or text


COOPERATIVE = _local(KG.cooperative)
CONFLICTUAL = _local(KG.conflictual)
NEUTRAL = _local(KG.neutral)

#: How many evidence sentences an edge keeps (its ``weight`` counts them all).
MAX_SENTENCES = 5


def actor_kinds() -> tuple[str, ...]:
    """Return the local names of the ontology's actor classes, sorted.

    Examples:
        >>> _local(KG.State) in actor_kinds()
        True
    """
    ontology = vocab.load_ontology()
    return tuple(sorted(_local(c) for c in ontology.subjects(RDFS.subClassOf, KG.Actor)))


def _union(graph: Graph) -> Graph:
    """Return a graph whose triples are those of every named graph in ``graph``.

    A :class:`rdflib.Dataset` read by :func:`kg.store.load_graph` already
    answers from the union of its graphs; one built with
    ``default_union=False`` answers from its (empty) default graph only, so
    its quads are copied into one graph.
    """
    if not isinstance(graph, Dataset) or graph.default_union:
        return graph
    union = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _relation_iris() -> dict[URIRef, str]:
    return {vocab.relation(name): name for name in vocab.relation_names()}


def _article_id(graph: Graph, article: Node) -> str:
    """Return the identifier of an article: ``dcterms:identifier``, else from its IRI."""
    ident = graph.value(article, DCTERMS.identifier)
    if isinstance(ident, Literal):
        return str(ident)
    text = str(article)
    return text[len(str(ARTICLE)):] if text.startswith(str(ARTICLE)) else text


def _label(graph: Graph, entity: Node) -> str:
    """Return the preferred label of an entity (English first), else its local name."""
    for prop in (SKOS.prefLabel, RDFS.label):
        labels = [lab for lab in graph.objects(entity, prop) if isinstance(lab, Literal)]
        if labels:
            labels.sort(key=lambda lab: (lab.language not in (None, "en"), str(lab)))
            return str(labels[0])
    return _local(entity)


def _kind(graph: Graph, entity: Node, kinds: frozenset[str]) -> str:
    """Return the actor class of an entity (the first, sorted, if it has several)."""
    found = sorted(
        _local(c) for c in graph.objects(entity, RDF.type)
        if str(c).startswith(vocab.KG_IRI) and _local(c) in kinds
    )
    return found[0] if found else _local(KG.Actor)


def _wikidata(graph: Graph, entity: Node) -> str | None:
    links = sorted(str(o) for o in graph.objects(entity, OWL.sameAs)
                   if str(o).startswith(str(vocab.WD)))
    return links[0] if links else None


@dataclass(slots=True)
class _Evidence:
    """What the assertions behind one statement say."""

    items: list[tuple[str, int, str]] = field(default_factory=list)  # article, start, sentence
    assertions: int = 0
    confidence: float | None = None

    def add(self, article: str, start: int, sentence: str, confidence: float | None) -> None:
        self.assertions += 1
        self.items.append((article, start, sentence))
        if confidence is not None:
            self.confidence = max(confidence, self.confidence or 0.0)


def _statement_key(s: Node, name: str, o: Node) -> tuple[str, str, str]:
    """Key a statement; a symmetric relation is keyed the same both ways round."""
    subject, obj = str(s), str(o)
    if vocab.is_symmetric(name) and obj < subject:
        subject, obj = obj, subject
    return subject, name, obj


def _as_int(node: Node | None) -> int:
    try:
        return int(node.toPython()) if isinstance(node, Literal) else 0
    except (TypeError, ValueError):
        return 0


def _as_float(node: Node | None) -> float | None:
    try:
        return float(node.toPython()) if isinstance(node, Literal) else None
    except (TypeError, ValueError):
        return None


def to_networkx(graph: Graph, *, max_sentences: int = MAX_SENTENCES) -> nx.MultiDiGraph:
    """Turn a kg output graph into a directed multigraph of actors.

    Nodes are entity IRIs (as strings) with the attributes ``label``
    (``skos:prefLabel``), ``kind`` (the local name of its actor class) and,
    where the graph links one, ``wikidata`` (the entity IRI).

    There is one edge per distinct ``(subject, relation, object)``, keyed by
    the relation name, with the attributes ``relation``, ``polarity``,
    ``symmetric``, ``weight`` (the number of ``kg:Assertion`` nodes stating
    it; 1 for a plain triple with no assertion), ``sentences`` (the first
    ``max_sentences`` distinct evidence sentences, by article and offset),
    ``articles`` (the sorted ids of the articles stating it) and
    ``confidence`` (the highest extractor confidence, or None). A statement
    of a symmetric relation is one edge whichever way round the articles
    state it: from the smaller IRI to the larger.

    Args:
        graph: a kg output graph or dataset (e.g. from :func:`kg.store.load_graph`).
        max_sentences: how many evidence sentences each edge keeps.

    Returns:
        The multigraph; ``g.edges[s, o, relation]`` gives a statement's data.

    Raises:
        ValueError: ``max_sentences`` is negative.

    Examples:
        >>> from kg.vocab import ENTITY
        >>> rdf = Graph()
        >>> _ = rdf.add((ENTITY["china"], KG.criticizes, ENTITY["nato"]))
        >>> g = to_networkx(rdf)
        >>> sorted(g.nodes(data="label"))
        [('https://w3id.org/kg/id/china', 'china'), ('https://w3id.org/kg/id/nato', 'nato')]
        >>> [(d["relation"], d["polarity"], d["weight"]) for _, _, d in g.edges(data=True)]
        [('criticizes', 'conflictual', 1)]
    """
    if max_sentences < 0:
        raise ValueError(f"max_sentences must be >= 0, got {max_sentences}")
    graph = _union(graph)
    relations = _relation_iris()
    kinds = frozenset(actor_kinds())

    evidence: dict[tuple[str, str, str], _Evidence] = defaultdict(_Evidence)
    entities: set[Node] = set()
    for p, name in relations.items():
        for s, o in graph.subject_objects(p):
            entities.update((s, o))
            evidence.setdefault(_statement_key(s, name, o), _Evidence())
    for node in graph.subjects(RDF.type, KG.Assertion):
        subj = graph.value(node, RDF.subject)
        pred = graph.value(node, RDF.predicate)
        obj = graph.value(node, RDF.object)
        if subj is None or obj is None or not isinstance(pred, URIRef) or pred not in relations:
            log.debug("skipping assertion %s: no subject, object or known relation", node)
            continue
        entities.update((subj, obj))
        sentence = graph.value(node, KG.sentence)
        article = graph.value(node, PROV.wasDerivedFrom)
        evidence[_statement_key(subj, relations[pred], obj)].add(
            _article_id(graph, article) if article is not None else "",
            _as_int(graph.value(node, KG.startChar)),
            str(sentence) if sentence is not None else "",
            _as_float(graph.value(node, KG.confidence)),
        )
    for kind in kinds:
        entities.update(graph.subjects(RDF.type, vocab.class_iri(kind)))

    g = nx.MultiDiGraph()
    for entity in sorted(entities, key=str):
        attrs: dict[str, Any] = {"label": _label(graph, entity),
                                 "kind": _kind(graph, entity, kinds)}
        link = _wikidata(graph, entity)
        if link:
            attrs["wikidata"] = link
        g.add_node(str(entity), **attrs)
    for (source, name, target), ev in sorted(evidence.items()):
        sentences: list[str] = []
        for _, _, text in sorted(ev.items):
            if text and text not in sentences and len(sentences) < max_sentences:
                sentences.append(text)
        g.add_edge(source, target, key=name, relation=name, polarity=vocab.polarity(name),
                   symmetric=vocab.is_symmetric(name), weight=max(ev.assertions, 1),
                   sentences=sentences,
                   articles=sorted({article for article, _, _ in ev.items if article}),
                   confidence=ev.confidence)
    return g


def alliance_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """Fold a relation multigraph into an undirected signed graph of actors.

    Each pair of actors linked by cooperative or conflictual relations gets
    one edge whose ``weight`` is the cooperative evidence minus the
    conflictual evidence between them (in either direction), with the two
    counts as ``cooperative`` and ``conflictual`` and the relation names as
    ``relations``. Neutral relations (membership, location, attendance...)
    and self-loops are left out, and so are actors with no edge left.

    Args:
        g: a graph from :func:`to_networkx`.

    Returns:
        The signed graph; node attributes are copied from ``g``.

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> _ = g.add_edge("a", "b", relation="metWith", polarity="cooperative", weight=3)
        >>> _ = g.add_edge("b", "a", relation="criticizes", polarity="conflictual", weight=1)
        >>> _ = g.add_edge("a", "c", relation="locatedIn", polarity="neutral", weight=2)
        >>> a = alliance_graph(g)
        >>> sorted(a.nodes), a.edges["a", "b"]["weight"], a.edges["a", "b"]["relations"]
        (['a', 'b'], 2, ['criticizes', 'metWith'])
    """
    signs = {COOPERATIVE: 1, CONFLICTUAL: -1}
    out = nx.Graph()
    for s, o, data in g.edges(data=True):
        sign = signs.get(data.get("polarity", NEUTRAL), 0)
        if sign == 0 or s == o:
            continue
        evidence = int(data.get("weight", 1))
        for node in (s, o):
            if node not in out:
                out.add_node(node, **g.nodes[node])
        if not out.has_edge(s, o):
            out.add_edge(s, o, weight=0, cooperative=0, conflictual=0, relations=[])
        edge = out.edges[s, o]
        edge["weight"] += sign * evidence
        edge[COOPERATIVE if sign > 0 else CONFLICTUAL] += evidence
        relation = data.get("relation")
        if relation and relation not in edge["relations"]:
            edge["relations"] = sorted([*edge["relations"], relation])
    return out


class Summary(TypedDict):
    """Counts describing a kg graph."""

    articles: int
    entities: int
    statements: int
    assertions: int
    kinds: dict[str, int]
    relations: dict[str, int]


def summary(graph: Graph) -> Summary:
    """Count what a kg output graph holds.

    Args:
        graph: a kg output graph or dataset.

    Returns:
        ``articles`` (articles typed or cited as evidence), ``entities``,
        ``statements`` (distinct relation edges, as in :func:`to_networkx`),
        ``assertions`` (evidence sentences), ``kinds`` (entities by kind) and
        ``relations`` (statements by relation), each mapping by decreasing
        count, then name.

    Examples:
        >>> from kg.vocab import ENTITY
        >>> rdf = Graph()
        >>> _ = rdf.add((ENTITY["japan"], RDF.type, KG.State))
        >>> _ = rdf.add((ENTITY["japan"], KG.metWith, ENTITY["nato"]))
        >>> s = summary(rdf)
        >>> s["entities"], s["kinds"], s["relations"]
        (2, {'Actor': 1, 'State': 1}, {'metWith': 1})
    """
    graph = _union(graph)
    g = to_networkx(graph, max_sentences=0)
    articles = set(graph.subjects(RDF.type, KG.Article))
    articles.update(graph.objects(None, PROV.wasDerivedFrom))
    kinds = Counter(kind for _, kind in g.nodes(data="kind"))
    relations = Counter(name for _, _, name in g.edges(keys=True))
    return Summary(
        articles=len(articles),
        entities=g.number_of_nodes(),
        statements=g.number_of_edges(),
        assertions=len(set(graph.subjects(RDF.type, KG.Assertion))),
        kinds=dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
        relations=dict(sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
