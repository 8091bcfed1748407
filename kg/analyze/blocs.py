"""The two blocs of a signed network, and the evidence that disagrees with them.

The objective: split the actors into two camps so that as little evidence as
possible disagrees with the split. Evidence disagrees when a conflictual
relation (by the ontology's ``kg:polarity``) links two actors of the same
camp, or a cooperative one links actors of different camps. The
*frustration* of a split is the number of such evidence sentences; the
pairs of actors that carry it are listed with their sentences. This is the
classic structural-balance problem (Harary; Doreian and Mrvar's partitioning
of signed networks), NP-hard in general.

- Up to :data:`EXACT_LIMIT` actors in a connected part, every split is tried
  (vectorized with numpy), so the answer is exact, and ``ties`` says how many
  splits share the best score.
- Beyond, a heuristic: a spectral start (the sign of the leading eigenvector
  of the signed adjacency matrix) and seeded random starts, each improved by
  moving single actors while a move lowers the frustration, then by twenty
  rounds of iterated local search (move a random 5% of the actors, improve,
  keep the result if it is no worse); the best of the runs is kept. Its
  quality check: the result is a local optimum (no single move helps),
  ``restarts_agreeing`` tells how many runs reached the best score, and
  ``lower_bound`` is a proven floor on the optimum, from a packing of
  unbalanced triangles (each needs at least one disagreeing edge); the
  gap between ``frustration`` and ``lower_bound`` bounds how far from
  optimal the split can be.

Only the largest connected part of the signed network (cooperative or
conflictual relations) is split: actors in other parts have no evidence
tying them to either camp, and are listed as ``unaligned``.
"""

import itertools
import logging
import random
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np

from kg import vocab
from kg.analyze.project import CONFLICTUAL, COOPERATIVE

__all__ = ["EXACT_LIMIT", "Blocs", "Disagreement", "find_blocs", "lower_bound"]

log = logging.getLogger(__name__)

#: Connected parts up to this many actors are split exactly.
EXACT_LIMIT = 20


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A pair of actors whose evidence disagrees with the split.

    Attributes:
        source: one actor.
        target: the other.
        same_camp: whether the two are in the same camp.
        weight: how many evidence sentences disagree (conflictual ones inside a
            camp, cooperative ones across).
        relations: the relations that disagree.
        evidence: their sentences (objects with source, relation, target,
            article, date and sentence).
    """

    source: str
    target: str
    same_camp: bool
    weight: int
    relations: tuple[str, ...]
    evidence: tuple[dict[str, str], ...]


@dataclass(frozen=True, slots=True)
class Blocs:
    """The best two-camp split found.

    Attributes:
        camps: the two camps, each sorted by label; the first holds the actor with
            the most evidence.
        frustration: the evidence sentences that disagree with the split.
        disagreements: the pairs carrying it, most evidence first.
        method: ``"exact"`` or ``"heuristic"``.
        lower_bound: a proven floor on the optimal frustration (equal to it when exact).
        ties: how many splits reach the best score (exact method), else 0.
        restarts_agreeing: how many heuristic runs reached the best score.
        restarts: how many heuristic runs there were.
        unaligned: actors with signed edges outside the largest connected part.
    """

    camps: tuple[tuple[str, ...], tuple[str, ...]]
    frustration: int
    disagreements: tuple[Disagreement, ...]
    method: str
    lower_bound: int
    ties: int = 0
    restarts_agreeing: int = 0
    restarts: int = 0
    unaligned: tuple[str, ...] = field(default=())

    def camp_of(self, node: str) -> int | None:
        """Return 0 or 1, the camp of ``node``, or None if it is in neither."""
        for i, camp in enumerate(self.camps):
            if node in camp:
                return i
        return None


def _cost(sides: dict[Any, int], pairs: dict[tuple[Any, Any], tuple[int, int]]) -> int:
    return sum(conf if sides[s] == sides[o] else coop for (s, o), (coop, conf) in pairs.items())


def _exact(nodes: list[Any], pairs: dict[tuple[Any, Any], tuple[int, int]]
           ) -> tuple[dict[Any, int], int, int]:
    """Try every split (the first node fixed in camp 0); return the best, its cost, ties."""
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    best_cost, best_code, ties = None, 0, 0
    free = n - 1
    chunk = 1 << min(free, 16)
    total = 1 << free
    shifts = np.arange(free, dtype=np.int64)
    for start in range(0, total, chunk):
        codes = np.arange(start, min(start + chunk, total), dtype=np.int64)
        bits = np.zeros((codes.size, n), dtype=np.int8)
        if free:
            bits[:, 1:] = (codes[:, None] >> shifts) & 1
        cost = np.zeros(codes.size, dtype=np.int64)
        for (s, o), (coop, conf) in pairs.items():
            differ = bits[:, index[s]] != bits[:, index[o]]
            cost += np.where(differ, coop, conf)
        low = int(cost.min())
        count = int((cost == low).sum())
        if best_cost is None or low < best_cost:
            best_cost, best_code, ties = low, int(codes[int(cost.argmin())]), count
        elif low == best_cost:
            ties += count
    sides = {nodes[0]: 0}
    for i in range(1, n):
        sides[nodes[i]] = (best_code >> (i - 1)) & 1
    return sides, int(best_cost or 0), ties


def _improve(sides: dict[Any, int], adjacency: dict[Any, list[tuple[Any, int, int]]]) -> None:
    """Move single actors to the other camp while a move lowers the frustration."""
    changed = True
    while changed:
        changed = False
        for node in adjacency:
            gain = 0
            for other, coop, conf in adjacency[node]:
                # Cost now minus cost after the move.
                if sides[node] == sides[other]:
                    gain += conf - coop
                else:
                    gain += coop - conf
            if gain > 0:
                sides[node] ^= 1
                changed = True


def _spectral(nodes: list[Any], pairs: dict[tuple[Any, Any], tuple[int, int]]
              ) -> dict[Any, int]:
    """Sides from the leading eigenvector of the signed adjacency (power iteration)."""
    index = {node: i for i, node in enumerate(nodes)}
    src = np.array([index[s] for s, _ in pairs], dtype=np.int64)
    dst = np.array([index[o] for _, o in pairs], dtype=np.int64)
    w = np.array([coop - conf for coop, conf in pairs.values()], dtype=float)
    shift = float(np.bincount(np.concatenate([src, dst]), np.concatenate([abs(w), abs(w)]),
                              minlength=len(nodes)).max()) if len(w) else 0.0
    x = np.random.default_rng(0).standard_normal(len(nodes))
    for _ in range(300):
        y = shift * x
        np.add.at(y, src, w * x[dst])
        np.add.at(y, dst, w * x[src])
        norm = float(np.linalg.norm(y))
        if norm == 0:
            break
        x = y / norm
    return {node: int(x[i] < 0) for i, node in enumerate(nodes)}


def _heuristic(nodes: list[Any], pairs: dict[tuple[Any, Any], tuple[int, int]],
               restarts: int, seed: int) -> tuple[dict[Any, int], int, int]:
    adjacency: dict[Any, list[tuple[Any, int, int]]] = defaultdict(list)
    for (s, o), (coop, conf) in pairs.items():
        adjacency[s].append((o, coop, conf))
        adjacency[o].append((s, coop, conf))
    rng = random.Random(seed)
    starts = [_spectral(nodes, pairs)]
    starts += [{node: rng.randint(0, 1) for node in nodes} for _ in range(restarts - 1)]
    results = []
    for sides in starts:
        _improve(sides, adjacency)
        # Iterated local search: shake a few actors, improve, keep what is no worse.
        cost = _cost(sides, pairs)
        for _ in range(20):
            trial = dict(sides)
            for node in rng.sample(nodes, max(1, len(nodes) // 20)):
                trial[node] ^= 1
            _improve(trial, adjacency)
            trial_cost = _cost(trial, pairs)
            if trial_cost <= cost:
                sides, cost = trial, trial_cost
        results.append((cost, sides))
    best = min(cost for cost, _ in results)
    agreeing = sum(1 for cost, _ in results if cost == best)
    return next(sides for cost, sides in results if cost == best), best, agreeing


def lower_bound(pairs: dict[tuple[Any, Any], tuple[int, int]]) -> int:
    """A floor on the frustration of any split, from unbalanced triangles.

    Each pair is worth ``min`` of what it costs on either side of the split
    (its unavoidable part) plus, once that is paid, a net sign. A triangle
    whose net signs multiply to a negative number cannot be balanced: some
    edge of it must disagree. Packing such triangles greedily, each taking
    capacity from its edges, gives a bound any split must meet.

    Examples:
        >>> lower_bound({("a", "b"): (1, 0), ("b", "c"): (1, 0), ("a", "c"): (0, 1)})
        1
        >>> lower_bound({("a", "b"): (2, 2)})
        2
    """
    bound = sum(min(coop, conf) for coop, conf in pairs.values())
    net: dict[frozenset[Any], int] = {frozenset(p): coop - conf
                                      for p, (coop, conf) in pairs.items() if coop != conf}
    neighbours: dict[Any, set[Any]] = defaultdict(set)
    for pair in net:
        a, b = tuple(pair)
        neighbours[a].add(b)
        neighbours[b].add(a)
    capacity = {pair: abs(w) for pair, w in net.items()}
    for a in sorted(neighbours, key=str):
        for b, c in itertools.combinations(sorted(neighbours[a], key=str), 2):
            edges = (frozenset((a, b)), frozenset((a, c)), frozenset((b, c)))
            if edges[2] not in net:
                continue
            negatives = sum(1 for e in edges if net[e] < 0)
            if negatives % 2 == 1:
                take = min(capacity[e] for e in edges)
                if take > 0:
                    for e in edges:
                        capacity[e] -= take
                    bound += take
    return bound


def find_blocs(signed: nx.Graph, *, exact_limit: int = EXACT_LIMIT, restarts: int = 10,
               seed: int = 0) -> Blocs:
    """Split a signed network into the two camps most of its evidence agrees with.

    Args:
        signed: a graph from :func:`kg.analyze.alliance_graph`; each edge has
            ``cooperative`` and ``conflictual`` evidence counts.
        exact_limit: largest connected part split exactly (every split tried).
        restarts: heuristic runs for larger parts (one spectral, the rest random).
        seed: seed of the random starts, for a stable answer.

    Returns:
        The split, its frustration and the disagreeing pairs with their evidence.

    Raises:
        ValueError: ``exact_limit`` is above 26 or ``restarts`` below 1.

    Examples:
        >>> g = nx.Graph()
        >>> g.add_edge("a", "b", cooperative=3, conflictual=0)
        >>> g.add_edge("b", "c", cooperative=0, conflictual=2)
        >>> g.add_edge("a", "c", cooperative=1, conflictual=0)
        >>> b = find_blocs(g)
        >>> b.camps, b.frustration, b.method
        ((('a', 'b'), ('c',)), 1, 'exact')
    """
    if exact_limit > 26:
        raise ValueError(f"exact_limit must be <= 26 (2^25 splits), got {exact_limit}")
    if restarts < 1:
        raise ValueError(f"restarts must be >= 1, got {restarts}")
    pairs_all: dict[tuple[Any, Any], tuple[int, int]] = {}
    for s, o, data in signed.edges(data=True):
        coop, conf = int(data.get("cooperative", 0)), int(data.get("conflictual", 0))
        if s != o and (coop or conf):
            pairs_all[(s, o)] = (coop, conf)
    active = nx.Graph(list(pairs_all))
    if active.number_of_nodes() == 0:
        return Blocs(camps=((), ()), frustration=0, disagreements=(), method="exact",
                     lower_bound=0)

    def label(node: Any) -> str:
        return str(signed.nodes[node].get("label", node)) if node in signed else str(node)

    parts = sorted(nx.connected_components(active), key=lambda c: (-len(c), min(map(str, c))))
    main = parts[0]
    unaligned = sorted((n for part in parts[1:] for n in part), key=lambda n: (label(n), str(n)))
    nodes = sorted(main, key=lambda n: (label(n), str(n)))
    pairs = {p: w for p, w in pairs_all.items() if p[0] in main}

    ties, agreeing = 0, 0
    if len(nodes) <= exact_limit:
        sides, cost, ties = _exact(nodes, pairs)
        method, bound = "exact", cost
    else:
        sides, cost, agreeing = _heuristic(nodes, pairs, restarts, seed)
        method, bound = "heuristic", lower_bound(pairs)
        log.info("blocs: heuristic split of %d actors, frustration %d, lower bound %d, "
                 "%d of %d runs agree", len(nodes), cost, bound, agreeing, restarts)

    evidence: dict[Any, int] = defaultdict(int)
    for (s, o), (coop, conf) in pairs.items():
        evidence[s] += coop + conf
        evidence[o] += coop + conf
    leader = min(nodes, key=lambda n: (-evidence[n], label(n), str(n)))
    if sides[leader] == 1:
        sides = {n: 1 - side for n, side in sides.items()}
    camps = tuple(tuple(str(n) for n in nodes if sides[n] == side) for side in (0, 1))

    disagreements = []
    for (s, o), (coop, conf) in pairs.items():
        same = sides[s] == sides[o]
        weight = conf if same else coop
        if weight == 0:
            continue
        wrong = CONFLICTUAL if same else COOPERATIVE
        items = [item for item in signed.edges[s, o].get("evidence", [])
                 if item.get("polarity") == wrong]
        relations = sorted(str(r) for r in signed.edges[s, o].get("relations", [])
                           if vocab.polarity(str(r)) == wrong)
        disagreements.append(Disagreement(
            source=str(s), target=str(o), same_camp=same, weight=weight,
            relations=tuple(relations), evidence=tuple(items)))
    disagreements.sort(key=lambda d: (-d.weight, label(d.source), label(d.target)))
    return Blocs(camps=(camps[0], camps[1]), frustration=cost,
                 disagreements=tuple(disagreements), method=method, lower_bound=bound,
                 ties=ties, restarts_agreeing=agreeing, restarts=restarts if agreeing else 0,
                 unaligned=tuple(str(n) for n in unaligned))
