"""RDF graph -> networkx graphs, the measures analysts ask for, blocs and their shifts.

- :mod:`kg.analyze.project`: a kg graph -> networkx (:func:`to_networkx`), the
  state level (:func:`fold_to_states`), date windows and relation choices
  (:class:`Selection`).
- :mod:`kg.analyze.measures`: the actor table (:func:`actor_table`) and
  Louvain communities.
- :mod:`kg.analyze.blocs`: the two camps of the signed network and its frustration.
- :mod:`kg.analyze.compare`: what moved between two date windows.
- :mod:`kg.analyze.report`: one analysis, written as JSON, CSV, GEXF or GraphML.
"""

from kg.analyze.blocs import EXACT_LIMIT, Blocs, Disagreement, find_blocs
from kg.analyze.compare import Comparison, compare
from kg.analyze.measures import MEASURES, ActorMeasures, actor_table, centrality, communities
from kg.analyze.project import (
    CONFLICTUAL,
    COOPERATIVE,
    LEVELS,
    MAX_SENTENCES,
    NEUTRAL,
    Selection,
    Summary,
    actor_kinds,
    alliance_graph,
    fold_to_states,
    parse_window,
    polarities,
    project,
    project_windows,
    select_relations,
    state_of,
    summary,
    to_networkx,
    to_networkx_windows,
)
from kg.analyze.report import (
    Analysis,
    analyze,
    analyze_networkx,
    write_csv,
    write_gexf,
    write_graphml,
    write_json,
)

__all__ = [
    "CONFLICTUAL",
    "COOPERATIVE",
    "EXACT_LIMIT",
    "LEVELS",
    "MAX_SENTENCES",
    "MEASURES",
    "NEUTRAL",
    "ActorMeasures",
    "Analysis",
    "Blocs",
    "Comparison",
    "Disagreement",
    "Selection",
    "Summary",
    "actor_kinds",
    "actor_table",
    "alliance_graph",
    "analyze",
    "analyze_networkx",
    "centrality",
    "communities",
    "compare",
    "find_blocs",
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
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_json",
]
