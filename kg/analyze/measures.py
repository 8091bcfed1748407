"""Measures of how central each actor is."""

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

__all__ = ["centrality"]


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
