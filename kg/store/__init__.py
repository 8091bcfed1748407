"""Where graphs live: files, the Oxigraph store, the endpoint, remote servers.

- :mod:`kg.store.files`: atomic writers by extension, reading graphs back.
- :mod:`kg.store.oxigraph`: the persistent store (:class:`StoreWriter`), one
  transaction and one named graph per article.
- :mod:`kg.store.sparql`: SPARQL on rdflib graphs and the bundled queries.

:func:`load_graph` reads graph files and store folders alike.
"""

from kg.store.files import FORMATS, GraphWriter, format_for, load_graph
from kg.store.oxigraph import (
    TEXT_HASH,
    StoreWriter,
    count_quads,
    is_store,
    open_store,
    remove_articles,
    store_articles,
    text_hash,
)
from kg.store.sparql import load_query, query

__all__ = [
    "FORMATS",
    "TEXT_HASH",
    "GraphWriter",
    "StoreWriter",
    "count_quads",
    "format_for",
    "is_store",
    "load_graph",
    "load_query",
    "open_store",
    "query",
    "remove_articles",
    "store_articles",
    "text_hash",
]
