"""RDF graph -> networkx graphs, and the measures analysts ask for.

:mod:`kg.analyze.project` turns a kg output graph into networkx graphs;
:mod:`kg.analyze.measures` ranks the actors.
"""

from kg.analyze.measures import centrality
from kg.analyze.project import (
    CONFLICTUAL,
    COOPERATIVE,
    MAX_SENTENCES,
    NEUTRAL,
    Summary,
    actor_kinds,
    alliance_graph,
    summary,
    to_networkx,
)

__all__ = [
    "CONFLICTUAL",
    "COOPERATIVE",
    "MAX_SENTENCES",
    "NEUTRAL",
    "Summary",
    "actor_kinds",
    "alliance_graph",
    "centrality",
    "summary",
    "to_networkx",
]
