"""Load graphs into a remote server with the SPARQL 1.1 Graph Store Protocol.

Each article's named graph is sent with ``PUT <endpoint>?graph=<article IRI>``,
which replaces that graph on the server (Oxigraph, Fuseki, GraphDB,
Virtuoso...). Graph names come from the article IRIs, so pushing an article
again replaces it rather than adding a copy.
"""

import base64
import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import StoreError
from kg.store.layout import SHARED_GRAPH
from kg.store.oxigraph import faithful_quads

__all__ = ["PushSummary", "push_graphs"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PushSummary:
    """What a push sent.

    Attributes:
        graphs: named graphs written (each replaced whole).
        triples: triples sent in all.
        skipped: triples outside any named graph, not sent.
    """

    graphs: int
    triples: int
    skipped: int


def push_graphs(store: ox.Store, endpoint: str, *, user: str | None = None,
                password: str | None = None, timeout: float = 60.0,
                on_graph: Callable[[str, int], None] | None = None) -> PushSummary:
    """Send every named graph of ``store`` to a Graph Store Protocol endpoint.

    Args:
        store: the graphs to send (e.g. from :func:`kg.store.sparql.open_dataset`).
        endpoint: the server's Graph Store Protocol URL (Oxigraph:
            ``http://host:7878/store``; Fuseki: ``http://host:3030/DATASET/data``).
        user: the user name for HTTP basic authentication, if any.
        password: its password (read from the environment by the CLI).
        timeout: seconds to wait for each request.
        on_graph: called with each graph's IRI and triple count once stored.

    Returns:
        A :class:`PushSummary`.

    Raises:
        StoreError: the URL is not http(s), the server cannot be reached, or
            it refuses a graph (the message gives the HTTP status).
    """
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"{endpoint}: not an http(s) URL of a Graph Store Protocol endpoint")
    headers = {"Content-Type": "application/n-triples"}
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    graphs = triples = 0
    # The shared graph goes out inside each article's graph (faithful_quads), not on its own.
    for graph in sorted((g for g in store.named_graphs()
                         if isinstance(g, ox.NamedNode) and g != SHARED_GRAPH),
                        key=lambda g: g.value):
        statements = [ox.Triple(q.subject, q.predicate, q.object)
                   for q in faithful_quads(store, graph)]
        data = ox.serialize(statements, format=ox.RdfFormat.N_TRIPLES) or b""
        count = data.count(b"\n")
        sep = "&" if parts.query else "?"
        url = f"{endpoint}{sep}{urllib.parse.urlencode({'graph': graph.value})}"
        request = urllib.request.Request(url, data=data, headers=headers, method="PUT")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as err:
            body = err.read().decode("utf-8", errors="replace").strip()
            detail = f": {body.splitlines()[0][:200]}" if body else ""
            hint = ("; check --user and the password variable"
                    if err.code in (401, 403) else "")
            raise StoreError(f"{endpoint}: HTTP {err.code} {err.reason} writing graph "
                             f"<{graph.value}>{detail}{hint}") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise StoreError(f"cannot reach {endpoint}: {reason}") from None
        graphs += 1
        triples += count
        if on_graph is not None:
            on_graph(graph.value, count)
    skipped = len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    if skipped:
        log.warning("%d triples outside any named graph were not pushed (write .trig or .nq "
                    "files, or a store, to keep one graph per article)", skipped)
    return PushSummary(graphs, triples, skipped)
