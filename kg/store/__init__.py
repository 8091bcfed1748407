"""Where graphs live: files, the Oxigraph store, the endpoint, remote servers.

- :mod:`kg.store.files`: atomic writers by extension, reading graphs back.
- :mod:`kg.store.sparql`: SPARQL on rdflib graphs and the bundled queries.
"""

from kg.store.files import FORMATS, GraphWriter, format_for, load_graph
from kg.store.sparql import load_query, query

__all__ = ["FORMATS", "GraphWriter", "format_for", "load_graph", "load_query", "query"]
