"""How alignments shift between two date windows.

:func:`compare` analyses the same graph in two windows of article dates and
reports what moved: actors whose camp changed, the largest rises and falls
in centrality, and the pairs of actors whose relation appeared, vanished or
flipped polarity, each with the evidence sentences that moved it.

The camps of the second window are named after the first: of its two
camps, the one sharing more actors with the first window's first camp is
its first camp, so "changed camp" means the same thing it does to a reader.
"""

import dataclasses
import datetime
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from rdflib import Graph

from kg.analyze.blocs import Blocs, find_blocs
from kg.analyze.measures import MEASURES, ActorMeasures, actor_table
from kg.analyze.project import (
    CONFLICTUAL,
    COOPERATIVE,
    NEUTRAL,
    Selection,
    alliance_graph,
    project_windows,
)

__all__ = ["CampChange", "Comparison", "Movement", "PairChange", "WindowReport", "compare"]

Window = tuple[datetime.date | None, datetime.date | None]


@dataclass(frozen=True, slots=True)
class WindowReport:
    """One window's figures: its dates, actors, measures and blocs."""

    since: str
    until: str
    graph: nx.MultiDiGraph
    actors: tuple[ActorMeasures, ...]
    blocs: Blocs


@dataclass(frozen=True, slots=True)
class CampChange:
    """An actor in different camps in the two windows (camp 0 or 1; None: in neither)."""

    node: str
    label: str
    before: int | None
    after: int | None
    evidence: tuple[dict[str, str], ...]


@dataclass(frozen=True, slots=True)
class Movement:
    """A change in one actor's centrality between the windows."""

    node: str
    label: str
    measure: str
    before: float
    after: float

    @property
    def change(self) -> float:
        """After minus before."""
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class PairChange:
    """A pair of actors whose relation appeared, vanished or flipped polarity.

    ``before`` and ``after`` are the net polarity of the pair in each window
    (cooperative, conflictual, or neutral where the evidence cancels out or
    the pair is absent); ``change`` is ``appeared``, ``vanished`` or
    ``flipped``; ``evidence`` holds the second window's sentences (the first
    window's for a pair that vanished).
    """

    source: str
    target: str
    labels: tuple[str, str]
    change: str
    before: str
    after: str
    relations_before: tuple[str, ...]
    relations_after: tuple[str, ...]
    evidence: tuple[dict[str, str], ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    """What moved between two windows (see :func:`compare`)."""

    first: WindowReport
    second: WindowReport
    measure: str
    camp_changes: tuple[CampChange, ...]
    rises: tuple[Movement, ...]
    falls: tuple[Movement, ...]
    pairs: tuple[PairChange, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        """Return the report as plain JSON-ready data, keyed by actor labels."""
        def camps(report: WindowReport) -> list[list[str]]:
            return [[report.graph.nodes[n]["label"] for n in camp] for camp in report.blocs.camps]

        def window(report: WindowReport) -> dict[str, Any]:
            return {"since": report.since, "until": report.until,
                    "actors": report.graph.number_of_nodes(),
                    "statements": report.graph.number_of_edges(),
                    "camps": camps(report), "frustration": report.blocs.frustration}

        return {
            "windows": [window(self.first), window(self.second)],
            "measure": self.measure,
            "camp_changes": [{"label": c.label, "before": c.before, "after": c.after,
                              "evidence": list(c.evidence)} for c in self.camp_changes],
            "rises": [{"label": m.label, "before": m.before, "after": m.after,
                       "change": m.change} for m in self.rises],
            "falls": [{"label": m.label, "before": m.before, "after": m.after,
                       "change": m.change} for m in self.falls],
            "pairs": [{"actors": list(p.labels), "change": p.change, "before": p.before,
                       "after": p.after, "relations_before": list(p.relations_before),
                       "relations_after": list(p.relations_after),
                       "evidence": list(p.evidence)} for p in self.pairs],
        }


def _window(g: nx.MultiDiGraph, window: Window) -> WindowReport:
    since, until = window
    return WindowReport(since=since.isoformat() if since else "",
                        until=until.isoformat() if until else "", graph=g,
                        actors=tuple(actor_table(g)), blocs=find_blocs(alliance_graph(g)))


def _net(signed: nx.Graph, s: str, o: str) -> tuple[str, tuple[str, ...]]:
    if not signed.has_edge(s, o):
        return NEUTRAL, ()
    data = signed.edges[s, o]
    weight = data["cooperative"] - data["conflictual"]
    polarity = COOPERATIVE if weight > 0 else CONFLICTUAL if weight < 0 else NEUTRAL
    return polarity, tuple(data.get("relations", []))


def compare(graph: Graph, first: Window, second: Window, *, level: str = "actor",
            selection: Selection | None = None, measure: str = "pagerank",
            top: int = 5) -> Comparison:
    """Compare the alignments of two date windows of one graph.

    Args:
        graph: a kg output graph or dataset.
        first: the first window, ``(since, until)`` (either end may be None).
        second: the second window.
        level: ``"actor"`` or ``"state"``, as in :func:`kg.analyze.project`.
        selection: confidence floor and relation types (its dates are ignored).
        measure: the centrality whose rises and falls are reported.
        top: how many rises and falls to report.

    Returns:
        The comparison: camp changes (by label), the ``top`` largest rises and
        falls of ``measure`` (actors absent from a window count 0), and the
        pairs whose net polarity appeared, vanished or flipped (by label).

    Raises:
        ValueError: ``measure`` is not one of :data:`kg.analyze.MEASURES`.
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")
    selection = selection or Selection()
    first_graph, second_graph = project_windows(graph, (first, second), level=level,
                                                selection=selection)
    a = _window(first_graph, first)
    b = _window(second_graph, second)
    labels = {**dict(a.graph.nodes(data="label")), **dict(b.graph.nodes(data="label"))}

    def label(node: str) -> str:
        return str(labels.get(node, node))

    # Name the second window's camps after the first's.
    overlap = [len(set(a.blocs.camps[0]) & set(camp)) + len(set(a.blocs.camps[1]) & set(other))
               for camp, other in (b.blocs.camps, b.blocs.camps[::-1])]
    if overlap[1] > overlap[0]:
        b = dataclasses.replace(b, blocs=dataclasses.replace(
            b.blocs, camps=(b.blocs.camps[1], b.blocs.camps[0])))
    camp_after = b.blocs.camp_of

    signed_b = alliance_graph(b.graph)
    changes = []
    for node in sorted(set(a.blocs.camps[0] + a.blocs.camps[1]) & set(signed_b.nodes),
                       key=lambda n: (label(n), n)):
        before, after = a.blocs.camp_of(node), camp_after(node)
        if after is None or before == after:
            continue
        moved: list[dict[str, str]] = []
        for other in sorted(signed_b.neighbors(node), key=lambda n: (label(n), n)):
            moved.extend(signed_b.edges[node, other].get("evidence", []))
        changes.append(CampChange(node=node, label=label(node), before=before, after=after,
                                  evidence=tuple(moved)))

    before_values = {r.node: float(getattr(r, measure)) for r in a.actors}
    after_values = {r.node: float(getattr(r, measure)) for r in b.actors}
    moves = [Movement(node=n, label=label(n), measure=measure,
                      before=before_values.get(n, 0.0), after=after_values.get(n, 0.0))
             for n in sorted(set(before_values) | set(after_values))]
    rises = sorted((m for m in moves if m.change > 0), key=lambda m: (-m.change, m.label))[:top]
    falls = sorted((m for m in moves if m.change < 0), key=lambda m: (m.change, m.label))[:top]

    signed_a = alliance_graph(a.graph)
    pairs = []
    for s, o in sorted({tuple(sorted(e)) for e in (*signed_a.edges, *signed_b.edges)},
                       key=lambda e: (label(e[0]), label(e[1]))):
        pol_a, rel_a = _net(signed_a, s, o)
        pol_b, rel_b = _net(signed_b, s, o)
        if pol_a == pol_b:
            continue
        if not signed_a.has_edge(s, o) or pol_a == NEUTRAL:
            change = "appeared"
        elif not signed_b.has_edge(s, o) or pol_b == NEUTRAL:
            change = "vanished"
        else:
            change = "flipped"
        source = signed_a if change == "vanished" else signed_b
        evidence = tuple(source.edges[s, o].get("evidence", []))
        ends = sorted((s, o), key=lambda n: (label(n), n))
        pairs.append(PairChange(source=ends[0], target=ends[1],
                                labels=(label(ends[0]), label(ends[1])), change=change,
                                before=pol_a, after=pol_b, relations_before=rel_a,
                                relations_after=rel_b, evidence=evidence))
    order = {"flipped": 0, "appeared": 1, "vanished": 2}
    pairs.sort(key=lambda p: (order[p.change], p.labels))
    return Comparison(first=a, second=b, measure=measure, camp_changes=tuple(changes),
                      rises=tuple(rises), falls=tuple(falls), pairs=tuple(pairs))
