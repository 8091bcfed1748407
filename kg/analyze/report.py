"""One analysis of a graph, and the files it is written to (JSON, CSV, GEXF, GraphML).

Every file is written to a temporary file beside the target and renamed into
place, so a failed run leaves an earlier file as it was.
"""

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import networkx as nx
from rdflib import Graph

from kg.analyze.blocs import Blocs, find_blocs
from kg.analyze.measures import MEASURES, ActorMeasures, actor_table, communities
from kg.analyze.project import MAX_SENTENCES, Selection, alliance_graph, project
from kg.errors import StoreError

__all__ = ["Analysis", "analyze", "analyze_networkx", "write_atomic", "write_csv",
           "write_gexf", "write_graphml", "write_json"]


@dataclass(frozen=True, slots=True)
class Analysis:
    """The figures of one analysis: the network, its actors, communities and blocs."""

    graph: nx.MultiDiGraph
    actors: tuple[ActorMeasures, ...]
    communities: tuple[tuple[str, ...], ...]
    blocs: Blocs
    level: str

    def label(self, node: str) -> str:
        """Return the label of a node."""
        return str(self.graph.nodes[node].get("label", node)) if node in self.graph else node

    def as_dict(self) -> dict[str, Any]:
        """Return the figures as JSON-ready data keyed by actor labels.

        Keys: ``level``; ``actors`` (objects with ``label``, ``iri``, ``kind`` and
        each measure); ``communities`` (lists of labels); ``blocs`` (``camps``, two
        lists of labels; ``frustration``, the disagreeing pairs with their
        evidence; ``frustration_weight``, ``method``, ``lower_bound``, ``ties``,
        ``restarts_agreeing``, ``unaligned``).
        """
        actors = []
        for row in self.actors:
            record = row.as_dict()
            record["iri"] = record.pop("node")
            actors.append(record)
        b = self.blocs
        return {
            "level": self.level,
            "actors": actors,
            "communities": [[self.label(n) for n in group] for group in self.communities],
            "blocs": {
                "objective": "two camps; minimize the evidence sentences that disagree "
                             "(conflictual inside a camp, cooperative across)",
                "camps": [[self.label(n) for n in camp] for camp in b.camps],
                "frustration": [
                    {"source": self.label(d.source), "target": self.label(d.target),
                     "same_camp": d.same_camp, "weight": d.weight,
                     "relations": list(d.relations),
                     "evidence": [{**item, "source": self.label(item.get("source", "")),
                                   "target": self.label(item.get("target", ""))}
                                  for item in d.evidence]}
                    for d in b.disagreements],
                "frustration_weight": b.frustration,
                "method": b.method,
                "lower_bound": b.lower_bound,
                "ties": b.ties,
                "restarts_agreeing": b.restarts_agreeing,
                "unaligned": [self.label(n) for n in b.unaligned],
            },
        }


def analyze(graph: Graph, *, level: str = "actor", selection: Selection | None = None,
            sort: str = "degree", max_sentences: int = MAX_SENTENCES,
            exact_limit: int | None = None) -> Analysis:
    """Analyse a kg graph: project it, measure the actors, find communities and blocs.

    Args:
        graph: a kg output graph or dataset.
        level: ``"actor"`` or ``"state"`` (see :func:`kg.analyze.project`).
        selection: which evidence and relations count.
        sort: the measure the actors are ranked by.
        max_sentences: evidence sentences kept per statement.
        exact_limit: largest connected part split exactly (default
            :data:`kg.analyze.blocs.EXACT_LIMIT`).

    Returns:
        The analysis.
    """
    g = project(graph, level=level, selection=selection, max_sentences=max_sentences)
    return analyze_networkx(g, level=level, sort=sort, exact_limit=exact_limit)


def analyze_networkx(g: nx.MultiDiGraph, *, level: str = "actor", sort: str = "degree",
                     exact_limit: int | None = None) -> Analysis:
    """Analyse a relation multigraph already projected (see :func:`analyze`)."""
    if sort not in MEASURES:
        raise ValueError(f"unknown measure {sort!r}; choose one of {', '.join(MEASURES)}")
    kwargs = {} if exact_limit is None else {"exact_limit": exact_limit}
    return Analysis(graph=g, actors=tuple(actor_table(g, sort=sort)),
                    communities=tuple(tuple(c) for c in communities(g)),
                    blocs=find_blocs(alliance_graph(g), **kwargs), level=level)


def write_atomic(path: str | Path, write: Callable[[IO[bytes]], object]) -> Path:
    """Write a file through a temporary file renamed into place.

    Raises:
        StoreError: the file cannot be written.
    """
    path = Path(path)
    tmp_name: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as tmp:
            write(tmp)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except OSError as err:
        if tmp_name is not None and os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise StoreError(f"{path}: cannot write: {err.strerror or err}") from err
    return path


def write_json(data: Any, path: str | Path) -> Path:
    """Write JSON-ready data to ``path`` (UTF-8, indented)."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return write_atomic(path, lambda f: f.write(text.encode("utf-8")))


def write_csv(analysis: Analysis, path: str | Path) -> Path:
    """Write the actor table as CSV: label, iri, kind, then each measure."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["label", "iri", "kind", *MEASURES])
    for row in analysis.actors:
        writer.writerow([row.label, row.node, row.kind,
                         *(getattr(row, m) for m in MEASURES)])
    return write_atomic(path, lambda f: f.write(buffer.getvalue().encode("utf-8")))


def _export_graph(analysis: Analysis) -> nx.MultiDiGraph:
    """The network with scalar attributes only, for Gephi and Cytoscape."""
    out = nx.MultiDiGraph()
    camp = {n: i for i, c in enumerate(analysis.blocs.camps) for n in c}
    community = {n: i for i, c in enumerate(analysis.communities) for n in c}
    rows = {row.node: row for row in analysis.actors}
    for node, data in analysis.graph.nodes(data=True):
        attrs: dict[str, Any] = {"label": str(data.get("label", node)),
                                 "kind": str(data.get("kind", ""))}
        if data.get("wikidata"):
            attrs["wikidata"] = str(data["wikidata"])
        if data.get("members"):
            attrs["members"] = "; ".join(data["members"])
        attrs["camp"] = camp.get(node, -1)
        attrs["community"] = community.get(node, -1)
        if node in rows:
            for m in MEASURES:
                attrs[m] = getattr(rows[node], m)
        out.add_node(node, **attrs)
    for s, o, key, data in analysis.graph.edges(keys=True, data=True):
        out.add_edge(s, o, key=key, relation=str(data.get("relation", key)),
                     polarity=str(data.get("polarity", "")),
                     evidence=int(data.get("weight", 1)),
                     articles="; ".join(data.get("articles", [])),
                     dates="; ".join(data.get("dates", [])),
                     sentence=(data.get("sentences") or [""])[0])
    return out


def write_gexf(analysis: Analysis, path: str | Path) -> Path:
    """Write the network as GEXF (Gephi): measures, camp and community on nodes;
    relation, polarity and evidence count on edges."""
    g = _export_graph(analysis)
    return write_atomic(path, lambda f: nx.write_gexf(g, f))


def write_graphml(analysis: Analysis, path: str | Path) -> Path:
    """Write the network as GraphML (Cytoscape), with the attributes of :func:`write_gexf`."""
    g = _export_graph(analysis)
    return write_atomic(path, lambda f: nx.write_graphml(g, f))
