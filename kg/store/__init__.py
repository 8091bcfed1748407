"""Where graphs live: files, the Oxigraph store, the endpoint, remote servers.

- :mod:`kg.store.files`: atomic writers by extension, reading graphs back.
- :mod:`kg.store.oxigraph`: the persistent store (:class:`StoreWriter`), one
  transaction and one named graph per article.
- :mod:`kg.store.sparql`: the bundled queries, their parameters, SPARQL with
  rdflib (:func:`query`) or pyoxigraph (:func:`run_query`).
- :mod:`kg.store.outputs`: :class:`BuildOutputs`, a build's file and store.
- :mod:`kg.store.serve`: :class:`Endpoint`, Oxigraph's server on a store.
- :mod:`kg.store.push`: :func:`push_graphs`, SPARQL 1.1 Graph Store Protocol.

:func:`load_graph` reads graph files and store folders alike.
"""

from kg.store.files import FORMATS, GraphWriter, format_for, load_graph
from kg.store.outputs import BuildOutputs, NothingBuiltError
from kg.store.oxigraph import (
    TEXT_HASH,
    StoreWriter,
    count_quads,
    dump_nquads,
    is_store,
    open_store,
    remove_articles,
    store_articles,
    text_hash,
)
from kg.store.push import PushSummary, push_graphs
from kg.store.serve import Endpoint, free_port
from kg.store.sparql import (
    DEFAULT_LIMIT,
    PREFIXES,
    BundledQuery,
    Parameter,
    bind_values,
    bundled_queries,
    bundled_query,
    cut_rows,
    find_actors,
    limit_query,
    load_query,
    open_dataset,
    query,
    resolve_parameter,
    run_query,
)

__all__ = [
    "DEFAULT_LIMIT",
    "FORMATS",
    "PREFIXES",
    "TEXT_HASH",
    "BuildOutputs",
    "BundledQuery",
    "Endpoint",
    "GraphWriter",
    "NothingBuiltError",
    "Parameter",
    "PushSummary",
    "StoreWriter",
    "bind_values",
    "bundled_queries",
    "bundled_query",
    "count_quads",
    "cut_rows",
    "dump_nquads",
    "find_actors",
    "format_for",
    "free_port",
    "is_store",
    "limit_query",
    "load_graph",
    "load_query",
    "open_dataset",
    "open_store",
    "push_graphs",
    "query",
    "remove_articles",
    "resolve_parameter",
    "run_query",
    "store_articles",
    "text_hash",
]
