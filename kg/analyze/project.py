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

import datetime
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
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
    "LEVELS",
    "MAX_SENTENCES",
    "NEUTRAL",
    "Selection",
    "Summary",
    "actor_kinds",
    "alliance_graph",
    "fold_to_states",
    "parse_window",
    "polarities",
    "project",
    "project_windows",
    "select_relations",
    "state_of",
    "summary",
    "to_networkx",
    "to_networkx_windows",
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

#: The levels of :func:`project`.
LEVELS = ("actor", "state")

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


@dataclass(frozen=True, slots=True)
class Selection:
    """Which evidence counts: a date window, a confidence floor, relation types.

    Attributes:
        since: keep evidence from articles dated on or after this day.
        until: keep evidence from articles dated on or before this day.
        min_confidence: keep evidence whose extractor confidence is at least this.
        relations: keep only these relations (None: all of the ontology's).
        exclude: drop these relations.

    With a date window, evidence from undated articles (and plain triples
    with no evidence) is left out; so is evidence with no confidence under
    ``min_confidence``.

    Examples:
        >>> Selection(relations=frozenset({"metWith"})).keeps("metWith")
        True
        >>> Selection(exclude=frozenset({"metWith"})).keeps("metWith")
        False
    """

    since: datetime.date | None = None
    until: datetime.date | None = None
    min_confidence: float | None = None
    relations: frozenset[str] | None = None
    exclude: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"the window starts ({self.since}) after it ends ({self.until})")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be between 0 and 1, got {self.min_confidence}")
        for name in sorted((self.relations or frozenset()) | self.exclude):
            vocab.relation(name)  # raises UnknownTermError naming the known relations

    @property
    def filters_evidence(self) -> bool:
        """Whether only dated or scored evidence can pass."""
        return (self.since is not None or self.until is not None
                or self.min_confidence is not None)

    def keeps(self, relation: str) -> bool:
        """Tell whether edges of ``relation`` are kept."""
        return (self.relations is None or relation in self.relations) and \
            relation not in self.exclude

    def keeps_evidence(self, date: datetime.date | None, confidence: float | None) -> bool:
        """Tell whether one evidence sentence, of this date and confidence, is kept."""
        if self.since is not None or self.until is not None:
            if date is None or (self.since and date < self.since) or \
                    (self.until and date > self.until):
                return False
        return self.min_confidence is None or (
            confidence is not None and confidence >= self.min_confidence)


def polarities() -> tuple[str, ...]:
    """Return the ontology's relation polarities (``kg:Polarity`` individuals), sorted.

    Examples:
        >>> polarities()
        ('conflictual', 'cooperative', 'neutral')
    """
    ontology = vocab.load_ontology()
    return tuple(sorted(_local(p) for p in ontology.subjects(RDF.type, KG.Polarity)))


def select_relations(names: Iterable[str]) -> frozenset[str]:
    """Expand relation names and polarity names into a set of relation names.

    Args:
        names: relation names (``metWith``) or polarities (``conflictual``: every
            relation the ontology marks so); comma-separated lists are split.

    Returns:
        The relation names.

    Raises:
        UnknownTermError: a name is neither a relation nor a polarity.

    Examples:
        >>> sorted(select_relations(["conflictual"]))
        ['attacks', 'criticizes', 'opposes', 'sanctions']
        >>> sorted(select_relations(["metWith,visited"]))
        ['metWith', 'visited']
    """
    found: set[str] = set()
    kinds = polarities()
    for item in names:
        for name in (part.strip() for part in item.split(",")):
            if not name:
                continue
            if name in kinds:
                found.update(r for r in vocab.relation_names() if vocab.polarity(r) == name)
            else:
                vocab.relation(name)
                found.add(name)
    return frozenset(found)


def parse_window(text: str) -> tuple[datetime.date | None, datetime.date | None]:
    """Parse a date window ``YYYY-MM-DD..YYYY-MM-DD`` (either end may be left open).

    Raises:
        ValueError: the text is not such a window.

    Examples:
        >>> parse_window("2023-01-01..2023-06-30")
        (datetime.date(2023, 1, 1), datetime.date(2023, 6, 30))
        >>> parse_window("2024-01-01..")
        (datetime.date(2024, 1, 1), None)
    """
    start, sep, end = text.partition("..")
    if not sep:
        raise ValueError(f"date window {text!r}: expected YYYY-MM-DD..YYYY-MM-DD")
    try:
        since = datetime.date.fromisoformat(start) if start.strip() else None
        until = datetime.date.fromisoformat(end) if end.strip() else None
    except ValueError as err:
        raise ValueError(f"date window {text!r}: {err}") from None
    if since and until and since > until:
        raise ValueError(f"date window {text!r}: starts after it ends")
    return since, until


@dataclass(slots=True)
class _Evidence:
    """What the assertions behind one statement say."""

    # article, date (ISO or ""), start offset, sentence, confidence
    items: list[tuple[str, str, int, str, float | None]] = field(default_factory=list)
    assertions: int = 0
    confidence: float | None = None

    def add(self, article: str, date: str, start: int, sentence: str,
            confidence: float | None) -> None:
        self.assertions += 1
        self.items.append((article, date, start, sentence, confidence))
        if confidence is not None:
            self.confidence = max(confidence, self.confidence or 0.0)

    def within(self, since: str, until: str) -> "_Evidence":
        """The evidence dated inside ``[since, until]`` (ISO dates; "" leaves an end open)."""
        kept = _Evidence()
        for article, date, start, sentence, confidence in self.items:
            if date and (not since or date >= since) and (not until or date <= until):
                kept.add(article, date, start, sentence, confidence)
        return kept


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


def _as_date(node: Node | None) -> datetime.date | None:
    if not isinstance(node, Literal):
        return None
    value = node.toPython()
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(node)[:10])
    except ValueError:
        return None


def _edge_attrs(name: str, ev: _Evidence, max_sentences: int) -> dict[str, Any]:
    """The attributes of one statement's edge (see :func:`to_networkx`)."""
    sentences: list[str] = []
    evidence: list[dict[str, str]] = []
    for article, date, _, text, _ in sorted(ev.items, key=lambda i: (i[1], i[0], i[2], i[3])):
        if text and text not in sentences and len(sentences) < max_sentences:
            sentences.append(text)
            evidence.append({"article": article, "date": date, "sentence": text})
    return {"relation": name, "polarity": vocab.polarity(name),
            "symmetric": vocab.is_symmetric(name), "weight": max(ev.assertions, 1),
            "sentences": sentences, "evidence": evidence,
            "articles": sorted({item[0] for item in ev.items if item[0]}),
            "dates": sorted({item[1] for item in ev.items if item[1]}),
            "confidence": ev.confidence}


def to_networkx(graph: Graph, *, max_sentences: int = MAX_SENTENCES,
                selection: Selection | None = None) -> nx.MultiDiGraph:
    """Turn a kg output graph into a directed multigraph of actors.

    Nodes are entity IRIs (as strings) with the attributes ``label``
    (``skos:prefLabel``), ``kind`` (the local name of its actor class) and,
    where the graph links one, ``wikidata`` (the entity IRI).

    There is one edge per distinct ``(subject, relation, object)``, keyed by
    the relation name, with the attributes ``relation``, ``polarity``,
    ``symmetric``, ``weight`` (the number of ``kg:Assertion`` nodes stating
    it; 1 for a plain triple with no assertion), ``sentences`` (the first
    ``max_sentences`` distinct evidence sentences, by date, article and
    offset), ``evidence`` (the same sentences as ``{"article", "date",
    "sentence"}`` objects), ``articles`` (the sorted ids of the articles
    stating it), ``dates`` (the sorted ISO dates of its evidence) and
    ``confidence`` (the highest extractor confidence, or None). A statement
    of a symmetric relation is one edge whichever way round the articles
    state it: from the smaller IRI to the larger.

    Args:
        graph: a kg output graph or dataset (e.g. from :func:`kg.store.load_graph`).
        max_sentences: how many evidence sentences each edge keeps.
        selection: which evidence and relations to keep (default: all). When it
            filters evidence by date or confidence, an edge stands only on the
            evidence that passes, and actors left with no edge are dropped.

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
    selection = selection or Selection()
    graph = _union(graph)
    evidence, entities = _collect(graph, selection)
    return _assemble(graph, evidence, entities, max_sentences)


def to_networkx_windows(graph: Graph, windows: Iterable[tuple[datetime.date | None,
                                                               datetime.date | None]],
                        *, max_sentences: int = MAX_SENTENCES,
                        selection: Selection | None = None) -> list[nx.MultiDiGraph]:
    """Project several date windows of one graph, reading the RDF once.

    Each result is what :func:`to_networkx` gives with the window as
    ``since``/``until`` (and the rest of ``selection``), but the assertions
    are read only once, which matters on large graphs.

    Args:
        graph: a kg output graph or dataset.
        windows: ``(since, until)`` pairs; either end may be None.
        max_sentences: how many evidence sentences each edge keeps.
        selection: confidence floor and relation types (its dates are ignored).

    Returns:
        One multigraph per window.

    Raises:
        ValueError: ``max_sentences`` is negative.
    """
    if max_sentences < 0:
        raise ValueError(f"max_sentences must be >= 0, got {max_sentences}")
    sel = selection or Selection()
    # A window keeps dated evidence only: ask for dates without bounding them.
    dated = Selection(since=datetime.date.min, min_confidence=sel.min_confidence,
                      relations=sel.relations, exclude=sel.exclude)
    graph = _union(graph)
    evidence, _ = _collect(graph, dated)
    out = []
    for since, until in windows:
        low, high = (since.isoformat() if since else ""), (until.isoformat() if until else "")
        kept = {key: ev.within(low, high) for key, ev in evidence.items()}
        kept = {key: ev for key, ev in kept.items() if ev.assertions}
        ends: set[Node] = {URIRef(e) for s, _, o in kept for e in (s, o)}
        out.append(_assemble(graph, kept, ends, max_sentences))
    return out


def _collect(graph: Graph, selection: Selection
             ) -> tuple[dict[tuple[str, str, str], _Evidence], set[Node]]:
    """Read the statements and evidence of ``graph`` that ``selection`` keeps."""
    relations = {iri: name for iri, name in _relation_iris().items() if selection.keeps(name)}
    kinds = frozenset(actor_kinds())

    evidence: dict[tuple[str, str, str], _Evidence] = defaultdict(_Evidence)
    entities: set[Node] = set()
    if not selection.filters_evidence:
        for p, name in relations.items():
            for s, o in graph.subject_objects(p):
                entities.update((s, o))
                evidence.setdefault(_statement_key(s, name, o), _Evidence())
    # Read each evidence property once (one index scan each), not once per assertion.
    assertions = set(graph.subjects(RDF.type, KG.Assertion))
    columns = {prop: {s: o for s, o in graph.subject_objects(prop) if s in assertions}
               for prop in (RDF.subject, RDF.predicate, RDF.object, KG.sentence,
                            PROV.wasDerivedFrom, KG.startChar, KG.confidence, KG.articleDate)}
    article_ids: dict[Node, str] = {}
    article_dates = {s: _as_date(o) for s, o in graph.subject_objects(DCTERMS.date)}
    for node in sorted(assertions, key=str):
        subj, pred, obj = (columns[prop].get(node)
                           for prop in (RDF.subject, RDF.predicate, RDF.object))
        if subj is None or obj is None or not isinstance(pred, URIRef) or pred not in relations:
            log.debug("skipping assertion %s: no subject, object or selected relation", node)
            continue
        article = columns[PROV.wasDerivedFrom].get(node)
        date = _as_date(columns[KG.articleDate].get(node)) or (
            article_dates.get(article) if article is not None else None)
        confidence = _as_float(columns[KG.confidence].get(node))
        if not selection.keeps_evidence(date, confidence):
            continue
        if article is not None and article not in article_ids:
            article_ids[article] = _article_id(graph, article)
        entities.update((subj, obj))
        sentence = columns[KG.sentence].get(node)
        evidence[_statement_key(subj, relations[pred], obj)].add(
            article_ids[article] if article is not None else "",
            date.isoformat() if date else "",
            _as_int(columns[KG.startChar].get(node)),
            str(sentence) if sentence is not None else "",
            confidence,
        )
    if not selection.filters_evidence:
        for kind in kinds:
            entities.update(graph.subjects(RDF.type, vocab.class_iri(kind)))
    return dict(evidence), entities


def _assemble(graph: Graph, evidence: dict[tuple[str, str, str], _Evidence],
              entities: set[Node], max_sentences: int) -> nx.MultiDiGraph:
    """Build the multigraph of the collected statements (see :func:`to_networkx`)."""
    kinds = frozenset(actor_kinds())
    g = nx.MultiDiGraph()
    for entity in sorted(entities, key=str):
        attrs: dict[str, Any] = {"label": _label(graph, entity),
                                 "kind": _kind(graph, entity, kinds)}
        link = _wikidata(graph, entity)
        if link:
            attrs["wikidata"] = link
        g.add_node(str(entity), **attrs)
    for (source, name, target), ev in sorted(evidence.items()):
        g.add_edge(source, target, key=name, **_edge_attrs(name, ev, max_sentences))
    return g


def _merge_edge(g: nx.MultiDiGraph, s: str, o: str, data: dict[str, Any],
                max_sentences: int) -> None:
    """Add a statement's edge to ``g``, merging it into one already there."""
    name = data["relation"]
    if data.get("symmetric") and o < s:
        s, o = o, s
    if not g.has_edge(s, o, key=name):
        g.add_edge(s, o, key=name, **{k: (list(v) if isinstance(v, list) else v)
                                      for k, v in data.items()})
        return
    edge = g.edges[s, o, name]
    edge["weight"] += data.get("weight", 1)
    for item in data.get("evidence", []):
        if item["sentence"] not in edge["sentences"] and len(edge["sentences"]) < max_sentences:
            edge["sentences"].append(item["sentence"])
            edge["evidence"].append(dict(item))
    edge["articles"] = sorted(set(edge["articles"]) | set(data.get("articles", [])))
    edge["dates"] = sorted(set(edge.get("dates", [])) | set(data.get("dates", [])))
    if data.get("confidence") is not None:
        edge["confidence"] = max(data["confidence"], edge.get("confidence") or 0.0)


def state_of(g: nx.MultiDiGraph) -> dict[str, str]:
    """Map each actor to the state or organization it stands for.

    States and organizations stand for themselves. A person or body stands
    for the state or organization it is ``affiliatedWith`` (the one with the
    most evidence, then the first by label), directly or through a body (a
    spokeswoman of a ministry of a state); a body with no such affiliation of
    its own stands for the state or organization that the persons affiliated
    with it are also affiliated with. Other actors (events, places, offices,
    initiatives, persons of unknown allegiance) are not in the map.

    Args:
        g: a graph from :func:`to_networkx`.

    Returns:
        ``{actor: state or organization}``.

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> g.add_nodes_from([("p", {"kind": "Person", "label": "P"}),
        ...                   ("s", {"kind": "State", "label": "S"})])
        >>> _ = g.add_edge("p", "s", key="affiliatedWith", relation="affiliatedWith", weight=1)
        >>> state_of(g)
        {'p': 's', 's': 's'}
    """
    top = {_local(KG.State), _local(KG.Organization)}
    folded = {_local(KG.Person), _local(KG.Body)}
    affiliated = _local(KG.affiliatedWith)
    kinds = dict(g.nodes(data="kind"))
    labels = dict(g.nodes(data="label"))
    links: dict[str, Counter[str]] = defaultdict(Counter)
    for s, o, data in g.edges(data=True):
        if data.get("relation") == affiliated and s != o and kinds.get(s) in folded:
            links[s][o] += int(data.get("weight", 1))

    def best(counter: Counter[str]) -> str | None:
        ranked = sorted(counter.items(), key=lambda kv: (-kv[1], str(labels.get(kv[0])), kv[0]))
        return ranked[0][0] if ranked else None

    mapping = {n: n for n, kind in kinds.items() if kind in top}
    # Direct affiliations first, then through bodies, then bodies through their people.
    for node, counter in links.items():
        target = best(Counter({o: w for o, w in counter.items() if kinds.get(o) in top}))
        if target is not None:
            mapping[node] = target
    for _ in range(3):
        for node, counter in links.items():
            if node in mapping:
                continue
            via = Counter({mapping[o]: w for o, w in counter.items() if o in mapping})
            target = best(via)
            if target is not None:
                mapping[node] = target
        people: dict[str, Counter[str]] = defaultdict(Counter)
        for node, counter in links.items():
            for body, w in counter.items():
                if kinds.get(body) == _local(KG.Body) and body not in mapping \
                        and node in mapping:
                    people[body][mapping[node]] += w
        for body, counter in people.items():
            target = best(counter)
            if target is not None:
                mapping[body] = target
    return dict(sorted(mapping.items()))


def fold_to_states(g: nx.MultiDiGraph, *, max_sentences: int = MAX_SENTENCES
                   ) -> nx.MultiDiGraph:
    """Fold persons and bodies into the state or organization they act for.

    Every edge is carried over to the actors :func:`state_of` maps its ends
    to, merging statements that become the same (their evidence adds up);
    ``affiliatedWith`` edges, self-loops, actors that stand for no state
    or organization, and states or organizations left with no edge, are
    dropped. Each remaining node lists in ``members`` the labels of the
    actors folded into it.

    Args:
        g: a graph from :func:`to_networkx`.
        max_sentences: how many evidence sentences each merged edge keeps.

    Returns:
        The state-level multigraph.

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> g.add_nodes_from([("p", {"kind": "Person", "label": "P"}),
        ...                   ("s", {"kind": "State", "label": "S"}),
        ...                   ("t", {"kind": "State", "label": "T"})])
        >>> _ = g.add_edge("p", "s", key="affiliatedWith", relation="affiliatedWith", weight=1)
        >>> _ = g.add_edge("p", "t", key="criticizes", relation="criticizes", weight=2,
        ...                polarity="conflictual", sentences=[], evidence=[], articles=[])
        >>> f = fold_to_states(g)
        >>> [(s, o, k, d["weight"]) for s, o, k, d in f.edges(keys=True, data=True)]
        [('s', 't', 'criticizes', 2)]
        >>> f.nodes["s"]["members"]
        ['P']
    """
    mapping = state_of(g)
    out = nx.MultiDiGraph()
    for node in sorted(set(mapping.values())):
        out.add_node(node, **g.nodes[node], members=[])
    for node, target in mapping.items():
        if node != target:
            out.nodes[target]["members"].append(g.nodes[node].get("label", node))
    for node in out.nodes:
        out.nodes[node]["members"].sort()
    affiliated = _local(KG.affiliatedWith)
    for s, o, data in g.edges(data=True):
        if data.get("relation") == affiliated or s not in mapping or o not in mapping:
            continue
        s2, o2 = mapping[s], mapping[o]
        if s2 != o2:
            _merge_edge(out, s2, o2, data, max_sentences)
    out.remove_nodes_from([n for n in list(out.nodes) if out.degree(n) == 0])
    return out


def project_windows(graph: Graph, windows: Iterable[tuple[datetime.date | None,
                                                           datetime.date | None]],
                    *, level: str = "actor", selection: Selection | None = None,
                    max_sentences: int = MAX_SENTENCES) -> list[nx.MultiDiGraph]:
    """:func:`project` for several date windows, reading the RDF once.

    Raises:
        ValueError: ``level`` is neither ``actor`` nor ``state``.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, got {level!r}")
    graphs = to_networkx_windows(graph, windows, max_sentences=max_sentences,
                                 selection=selection)
    if level == "state":
        graphs = [fold_to_states(g, max_sentences=max_sentences) for g in graphs]
    return graphs


def project(graph: Graph, *, level: str = "actor", selection: Selection | None = None,
            max_sentences: int = MAX_SENTENCES) -> nx.MultiDiGraph:
    """Turn a kg output graph into the actor network at a level.

    Args:
        graph: a kg output graph or dataset.
        level: ``"actor"`` keeps persons and bodies; ``"state"`` folds them
            into the states and organizations they act for (:func:`fold_to_states`).
        selection: which evidence and relations count.
        max_sentences: how many evidence sentences each edge keeps.

    Returns:
        The multigraph.

    Raises:
        ValueError: ``level`` is neither ``actor`` nor ``state``.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, got {level!r}")
    g = to_networkx(graph, max_sentences=max_sentences, selection=selection)
    return fold_to_states(g, max_sentences=max_sentences) if level == "state" else g


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
        if data.get("evidence"):
            edge.setdefault("evidence", []).extend(
                {"source": s, "relation": relation, "target": o, "polarity": data["polarity"],
                 **item} for item in data["evidence"])
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
