"""kg serve: Oxigraph's read-only server on a store, queried over HTTP like any client would.

Every server started here listens on 127.0.0.1 only, on a free port, and is
stopped by its fixture or test.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDFS
from SPARQLWrapper import JSON, SPARQLWrapper

from kg import vocab
from kg.errors import StoreError
from kg.rdf import article_iri, entity_iri
from kg.store import Endpoint, StoreWriter, count_quads, free_port, open_dataset, run_query

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def small_article(article_id: str) -> Graph:
    graph = Graph(identifier=article_iri(article_id))
    a, b = entity_iri(f"{article_id} A", "State"), entity_iri(f"{article_id} B", "State")
    graph.add((a, vocab.relation("criticizes"), b))
    graph.add((a, RDFS.label, Literal(f"{article_id} A", lang="en")))
    return graph


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "kg.store"
    with StoreWriter(path) as store:
        for name in ("a1", "a2", "a3"):
            store.write(small_article(name))
    return path


@pytest.fixture(scope="module")
def endpoint(small_store: Path) -> Iterator[Endpoint]:
    with Endpoint(small_store, port=free_port()) as server:
        yield server


def sparql_rows(url: str, query: str) -> list[dict[str, str]]:
    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    data = client.query().convert()
    assert isinstance(data, dict)
    return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]


def http_status(request: urllib.request.Request) -> int:
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as err:
        return err.code


def test_serve_answers_sparql_like_the_store(endpoint: Endpoint, small_store: Path) -> None:
    query = ("SELECT ?s ?o WHERE { ?s <https://w3id.org/kg/diplomacy#criticizes> ?o } "
             "ORDER BY ?s")

    over_http = sparql_rows(endpoint.query_url, query)
    local = [{"s": r["s"].value, "o": r["o"].value}  # type: ignore[union-attr]
             for r in run_query(open_dataset(small_store), query)]

    assert over_http == local
    assert len(over_http) == 3
    assert endpoint.host == "127.0.0.1"


def test_serve_default_graph_is_the_union_of_the_articles(endpoint: Endpoint) -> None:
    # What the articles say (2 triples each), besides what records which article says it.
    rows = sparql_rows(endpoint.query_url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o "
                       'FILTER(!STRSTARTS(STR(?p), "urn:kg:stated:")) }')
    assert int(rows[0]["n"]) == 6


@pytest.mark.parametrize("how", ["update endpoint", "update via query", "graph store PUT",
                                 "graph store DELETE"])
def test_serve_refuses_updates_and_keeps_the_data(endpoint: Endpoint, small_store: Path,
                                                  how: str) -> None:
    before = sparql_rows(endpoint.query_url, COUNT)
    if how == "update endpoint":
        request = urllib.request.Request(
            f"{endpoint.url}/update", method="POST",
            data=urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "update via query":
        request = urllib.request.Request(
            f"{endpoint.url}/query", method="POST", data=b"DROP ALL",
            headers={"Content-Type": "application/sparql-update"})
    elif how == "graph store PUT":
        request = urllib.request.Request(
            f"{endpoint.store_url}?graph={urllib.parse.quote(str(article_iri('a1')))}",
            method="PUT", data=b"<urn:a> <urn:b> <urn:c> .\n",
            headers={"Content-Type": "application/n-triples"})
    else:
        request = urllib.request.Request(
            f"{endpoint.store_url}?graph={urllib.parse.quote(str(article_iri('a1')))}",
            method="DELETE")

    status = http_status(request)

    assert 400 <= status < 500, status
    assert sparql_rows(endpoint.query_url, COUNT) == before
    assert int(before[0]["n"]) == 12  # 2 stated triples per article, the 6 shared ones


def test_serve_endpoint_refuses_a_folder_that_is_no_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        Endpoint(tmp_path, port=free_port()).start()


def test_serve_endpoint_reports_a_taken_port(small_store: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(StoreError, match=f"cannot listen on 127.0.0.1:{port}"):
            Endpoint(small_store, port=port).start()


def _kg(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *args]


def test_serve_cli_says_where_it_listens_and_stops_cleanly_on_ctrl_c(small_store: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(_kg("serve", "--store", str(small_store), "--port", str(port)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline().strip()  # printed once the server accepts queries
        url = f"http://127.0.0.1:{port}/query"
        assert line == f"kg: serving {small_store} read-only at {url} (Ctrl-C stops)"
        assert int(sparql_rows(url, COUNT)[0]["n"]) == 12  # as in the store: see above

        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    assert proc.returncode == 0
    assert out == "" and err == ""  # no traceback, nothing more
    assert _port_closed(port)
    assert count_quads(small_store) == 12


def _port_closed(port: int) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                time.sleep(0.1)
        except OSError:
            return True
    return False


def test_serve_cli_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = subprocess.run(_kg("serve", "--store", str(tmp_path / "none"),
                                "--port", str(free_port())),
                            capture_output=True, text=True, timeout=60,
                            env={**os.environ, "COLUMNS": "200"})

    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"kg: error: {tmp_path / 'none'}: no such store (build one with `kg build SOURCE "
        f"--store {tmp_path / 'none'}`)"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux")
def test_serve_server_does_not_outlive_a_killed_kg(small_store: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(_kg("serve", "--store", str(small_store), "--port", str(port)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        assert "read-only at" in proc.stderr.readline()
        proc.kill()  # SIGKILL: kg gets no chance to stop the server itself
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()

    assert _port_closed(port)
