"""Measures of how central each actor is."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np

from kg.analyze.project import CONFLICTUAL, COOPERATIVE

__all__ = ["BETWEENNESS_SAMPLE", "MEASURES", "ActorMeasures", "actor_table", "centrality",
           "communities"]


def _pagerank(edges: Iterable[tuple[Any, Any, float]], nodes: list[Any],
              alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 500) -> dict[Any, float]:
    """Weighted PageRank by power iteration (networkx's own needs scipy)."""
    if not nodes:
        return {}
    out_weight: dict[Any, float] = defaultdict(float)
    links: dict[Any, dict[Any, float]] = defaultdict(lambda: defaultdict(float))
    for s, o, w in edges:
        if w <= 0:
            continue
        links[s][o] += w
        out_weight[s] += w
    n = len(nodes)
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = sum(rank[v] for v in nodes if out_weight[v] == 0)
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + alpha * dangling / n)
        for s, targets in links.items():
            share = alpha * rank[s] / out_weight[s]
            for o, w in targets.items():
                new[o] += share * w
        delta = sum(abs(new[v] - rank[v]) for v in nodes)
        rank = new
        if delta < n * tol:
            break
    return rank


def centrality(g: nx.Graph) -> list[tuple[str, int, float, float]]:
    """Rank actors by how central they are.

    ``degree`` counts distinct partners (either direction, any relation);
    ``betweenness`` is normalized betweenness on the undirected simple graph;
    ``pagerank`` is PageRank on the directed graph weighted by evidence, with
    symmetric relations counted both ways, so it measures attention
    received.

    Args:
        g: a graph from :func:`to_networkx` (or :func:`alliance_graph`).

    Returns:
        ``(label, degree, betweenness, pagerank)`` per node, by decreasing
        PageRank, then decreasing degree, then label.

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> g.add_nodes_from([("a", {"label": "A"}), ("b", {"label": "B"}), ("c", {"label": "C"})])
        >>> _ = g.add_edge("a", "b", relation="criticizes", weight=1)
        >>> _ = g.add_edge("c", "b", relation="criticizes", weight=1)
        >>> [(label, degree, round(btw, 2)) for label, degree, btw, _ in centrality(g)]
        [('B', 2, 1.0), ('A', 1, 0.0), ('C', 1, 0.0)]
    """
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    simple.add_edges_from((s, o) for s, o in g.edges() if s != o)
    betweenness = nx.betweenness_centrality(simple, normalized=True)

    weighted: list[tuple[Any, Any, float]] = []
    directed = g.is_directed()
    for s, o, data in g.edges(data=True):
        weight = float(data.get("weight", 1) or 0)
        weight = abs(weight) if not directed else weight  # signed alliance weights
        weighted.append((s, o, weight))
        if not directed or data.get("symmetric", False):
            weighted.append((o, s, weight))
    rank = _pagerank(weighted, list(g.nodes))

    rows = [(str(g.nodes[n].get("label", n)), int(simple.degree(n)), float(betweenness[n]),
             float(rank[n])) for n in g.nodes]
    rows.sort(key=lambda row: (-row[3], -row[1], row[0]))
    return rows


#: The measures of :func:`actor_table`, in table order.
MEASURES = ("degree", "weighted_degree", "cooperative_degree", "conflictual_degree",
            "betweenness", "pagerank", "eigenvector")

#: Above this many actors, betweenness is estimated from sampled sources (see
#: :func:`actor_table`).
BETWEENNESS_SAMPLE = 500


@dataclass(frozen=True, slots=True)
class ActorMeasures:
    """How central one actor is.

    Attributes:
        node: the actor's IRI.
        label: its preferred label.
        kind: its actor class.
        degree: how many distinct actors it is linked to (any relation, either way).
        weighted_degree: how many evidence sentences its edges rest on.
        cooperative_degree: distinct actors linked to it by cooperative relations.
        conflictual_degree: distinct actors linked to it by conflictual relations.
        betweenness: normalized betweenness on the undirected simple graph.
        pagerank: PageRank on the evidence-weighted directed graph (attention received).
        eigenvector: eigenvector centrality on the evidence-weighted undirected graph.
    """

    node: str
    label: str
    kind: str
    degree: int
    weighted_degree: int
    cooperative_degree: int
    conflictual_degree: int
    betweenness: float
    pagerank: float
    eigenvector: float

    def as_dict(self) -> dict[str, Any]:
        """Return the record as a plain dict (for JSON and CSV)."""
        return {name: getattr(self, name) for name in self.__slots__}


def _simple(g: nx.Graph, weighted: bool = False) -> nx.Graph:
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    for s, o, data in g.edges(data=True):
        if s == o:
            continue
        w = abs(float(data.get("weight", 1) or 0)) if weighted else 1.0
        if simple.has_edge(s, o):
            simple.edges[s, o]["weight"] += w
        else:
            simple.add_edge(s, o, weight=w)
    return simple


def _eigenvector(simple: nx.Graph) -> dict[Any, float]:
    """Eigenvector centrality by power iteration on ``A + I`` (as networkx does), in numpy.

    Normalized to unit Euclidean length, like :func:`networkx.eigenvector_centrality`.
    """
    nodes = list(simple.nodes)
    if simple.number_of_edges() == 0:
        return dict.fromkeys(nodes, 0.0)
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[s], index[o], float(w)) for s, o, w in simple.edges(data="weight",
                                                                          default=1.0)]
    src = np.array([e[0] for e in edges], dtype=np.int64)
    dst = np.array([e[1] for e in edges], dtype=np.int64)
    w = np.array([e[2] for e in edges], dtype=float)
    x = np.full(len(nodes), 1.0 / len(nodes))
    for _ in range(2000):
        y = x.copy()
        np.add.at(y, src, w * x[dst])
        np.add.at(y, dst, w * x[src])
        y /= float(np.linalg.norm(y)) or 1.0
        done = float(np.abs(y - x).sum()) < len(nodes) * 1e-10
        x = y
        if done:
            break
    return {node: float(x[i]) for i, node in enumerate(nodes)}


def _betweenness_sample(n: int) -> int | None:
    """How many sources betweenness samples: None (all) up to 500 actors, then fewer
    as the graph grows (at least 100), so the cost stays near 250,000 node visits.

    Examples:
        >>> _betweenness_sample(400), _betweenness_sample(1000), _betweenness_sample(10_000)
        (None, 250, 100)
    """
    if n <= BETWEENNESS_SAMPLE:
        return None
    return max(100, 250_000 // n)


def actor_table(g: nx.Graph, *, sort: str = "degree", seed: int = 0) -> list[ActorMeasures]:
    """Measure every actor of a relation graph.

    Betweenness is exact up to :data:`BETWEENNESS_SAMPLE` actors; beyond, it
    is estimated from ``max(100, 250000 // n)`` sampled sources (``seed``
    fixes the sample).

    Args:
        g: a graph from :func:`kg.analyze.to_networkx` or :func:`kg.analyze.project`.
        sort: the measure to rank by (one of :data:`MEASURES`), decreasing; ties by
            degree, then label.
        seed: the random seed of the betweenness sample.

    Returns:
        One record per actor, ranked.

    Raises:
        ValueError: ``sort`` is not a measure.

    Examples:
        >>> g = nx.MultiDiGraph()
        >>> g.add_nodes_from([(n, {"label": n.upper(), "kind": "State"}) for n in "abc"])
        >>> _ = g.add_edge("a", "b", relation="criticizes", polarity="conflictual", weight=2)
        >>> _ = g.add_edge("c", "b", relation="metWith", polarity="cooperative", weight=1)
        >>> [(r.label, r.degree, r.weighted_degree, r.conflictual_degree)
        ...  for r in actor_table(g)]
        [('B', 2, 3, 1), ('A', 1, 2, 1), ('C', 1, 1, 0)]
    """
    if sort not in MEASURES:
        raise ValueError(f"unknown measure {sort!r}; choose one of {', '.join(MEASURES)}")
    simple = _simple(g)
    partners: dict[str, dict[Any, set[Any]]] = {COOPERATIVE: defaultdict(set),
                                                 CONFLICTUAL: defaultdict(set)}
    evidence: dict[Any, int] = defaultdict(int)
    for s, o, data in g.edges(data=True):
        weight = abs(int(data.get("weight", 1) or 0))
        evidence[s] += weight
        if s != o:
            evidence[o] += weight
            polarity = data.get("polarity")
            if polarity in partners:
                partners[polarity][s].add(o)
                partners[polarity][o].add(s)
    k = _betweenness_sample(simple.number_of_nodes())
    betweenness = nx.betweenness_centrality(simple, k=k, normalized=True, seed=seed)
    eigen = _eigenvector(_simple(g, weighted=True))

    weighted: list[tuple[Any, Any, float]] = []
    directed = g.is_directed()
    for s, o, data in g.edges(data=True):
        w = abs(float(data.get("weight", 1) or 0))
        weighted.append((s, o, w))
        if not directed or data.get("symmetric", False):
            weighted.append((o, s, w))
    rank = _pagerank(weighted, list(g.nodes))

    rows = [ActorMeasures(
        node=str(node), label=str(g.nodes[node].get("label", node)),
        kind=str(g.nodes[node].get("kind", "")), degree=int(simple.degree(node)),
        weighted_degree=evidence[node],
        cooperative_degree=len(partners[COOPERATIVE][node]),
        conflictual_degree=len(partners[CONFLICTUAL][node]),
        betweenness=float(betweenness[node]), pagerank=float(rank[node]),
        eigenvector=float(eigen.get(node, 0.0))) for node in g.nodes]
    rows.sort(key=lambda r: (-getattr(r, sort), -r.degree, r.label, r.node))
    return rows


def communities(g: nx.Graph, *, seed: int = 0) -> list[list[str]]:
    """Split the actors into communities (Louvain, on evidence-weighted undirected edges).

    Args:
        g: a relation graph.
        seed: the random seed of the Louvain method, for a stable answer.

    Returns:
        Communities of two or more actors, as lists of nodes sorted by label,
        largest first.

    Examples:
        >>> g = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"),
        ...               ("x", "z"), ("c", "x")])
        >>> communities(g)
        [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    simple = _simple(g, weighted=True)
    simple.remove_nodes_from([n for n in list(simple.nodes) if simple.degree(n) == 0])
    if simple.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)

    def label(node: Any) -> str:
        return str(g.nodes[node].get("label", node))

    groups = [sorted(group, key=lambda n: (label(n), str(n))) for group in found
              if len(group) > 1]
    groups.sort(key=lambda group: (-len(group), label(group[0])))
    return [[str(n) for n in group] for group in groups]
