"""SPARQL over rdflib graphs, and the queries kg ships in ``kg/queries``."""

from collections.abc import Mapping
from importlib import resources
from typing import Any

from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import StoreError

__all__ = ["load_query", "query"]


def load_query(name: str) -> str:
    """Return a SPARQL query shipped in ``kg/queries/<name>.rq``.

    Raises:
        StoreError: there is no such query.
    """
    folder = resources.files("kg").joinpath("queries")
    file = folder.joinpath(f"{name}.rq")
    if not file.is_file():
        known = sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))
        raise StoreError(f"no query named {name!r}; kg ships: {', '.join(known)}")
    return file.read_text(encoding="utf-8")


def query(graph: Graph, sparql: str, bindings: Mapping[str, Node] | None = None) -> Result:
    """Run a SPARQL query, with values bound safely through ``initBindings``.

    Raises:
        StoreError: the query is not valid SPARQL.
    """
    try:
        kwargs: dict[str, Any] = {"initBindings": dict(bindings)} if bindings else {}
        result = graph.query(sparql, **kwargs)
        # Evaluate now, so that errors surface here and not while printing.
        if result.type == "SELECT":
            result.bindings  # noqa: B018
        return result
    except Exception as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise StoreError(f"invalid SPARQL query: {first}") from err
