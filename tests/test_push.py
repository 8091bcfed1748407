"""kg push: graphs into a second, writable Oxigraph server with the Graph Store Protocol,
read back with the same protocol. Servers listen on 127.0.0.1 only and are stopped by the
fixtures."""

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS
from typer.testing import CliRunner

from kg import vocab
from kg.cli import app
from kg.errors import StoreError
from kg.rdf import article_iri, entity_iri
from kg.store import Endpoint, GraphWriter, StoreWriter, free_port, open_dataset, push_graphs


def article(article_id: str, size: int = 2) -> Graph:
    graph = Graph(identifier=article_iri(article_id))
    for i in range(size):
        a = entity_iri(f"{article_id} {i}", "State")
        graph.add((a, vocab.relation("supports"), entity_iri(f"{article_id} {i + 1}", "State")))
        graph.add((a, RDFS.label, Literal(f"{article_id} {i} \"quoted\" ünïcode", lang="en")))
    return graph


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[Endpoint]:
    """A writable Oxigraph server on an empty store: the push target."""
    with Endpoint(tmp_path / "remote", port=free_port(), read_only=False) as remote:
        yield remote


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def read_back(server: Endpoint, graph: Graph) -> Graph:
    url = f"{server.store_url}?{urllib.parse.urlencode({'graph': str(graph.identifier)})}"
    request = urllib.request.Request(url, headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return Graph().parse(data=response.read().decode("utf-8"), format="nt")


def graph_names(server: Endpoint) -> set[str]:
    query = urllib.parse.urlencode({"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }"})
    request = urllib.request.Request(f"{server.query_url}?{query}",
                                     headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return set(response.read().decode("utf-8").split()[1:])


def test_push_cli_sends_one_named_graph_per_article(tmp_path: Path, server: Endpoint,
                                                    runner: CliRunner) -> None:
    graphs = [article("a1"), article("a2", 3)]
    source = tmp_path / "g.trig"
    with GraphWriter(source) as writer:
        for graph in graphs:
            writer.write(graph)

    result = runner.invoke(app, ["push", str(source), "--endpoint", server.store_url])

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"pushed 2 graphs (10 triples) to {server.store_url}"
    assert graph_names(server) == {str(g.identifier) for g in graphs}
    for graph in graphs:
        assert isomorphic(read_back(server, graph), graph)


def test_push_again_replaces_each_graph(tmp_path: Path, server: Endpoint) -> None:
    first, second = tmp_path / "first.nq", tmp_path / "second.nq"
    with GraphWriter(first) as writer:
        writer.write(article("a1", 4))
        writer.write(article("a2"))
    with GraphWriter(second) as writer:
        writer.write(article("a1", 1))  # a1 rebuilt smaller: nothing of the old may stay

    push_graphs(open_dataset(first), server.store_url)
    summary = push_graphs(open_dataset(second), server.store_url)

    assert (summary.graphs, summary.triples) == (1, 2)
    assert isomorphic(read_back(server, article("a1", 1)), article("a1", 1))
    assert isomorphic(read_back(server, article("a2")), article("a2"))


def test_push_reads_a_store(tmp_path: Path, server: Endpoint) -> None:
    with StoreWriter(tmp_path / "local") as store:
        store.write(article("a1"), text_hash="sha256:1")

    summary = push_graphs(open_dataset(tmp_path / "local"), server.store_url)

    assert summary.graphs == 1
    back = read_back(server, article("a1"))
    assert set(article("a1")) <= set(back)
    assert len(back) == len(article("a1")) + 1  # the text hash travels with the article


def test_push_user_needs_the_password_in_the_environment(tmp_path: Path, runner: CliRunner,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    source = tmp_path / "g.trig"
    with GraphWriter(source) as writer:
        writer.write(article("a1"))
    monkeypatch.delenv("KG_PUSH_PASSWORD", raising=False)

    result = runner.invoke(app, ["push", str(source), "--endpoint", "http://127.0.0.1:9/store",
                                 "--user", "alice"])

    assert result.exit_code == 2
    assert result.stderr.strip() == ("kg: error: --user alice: set the password in the "
                                     "environment variable KG_PUSH_PASSWORD (it is never taken "
                                     "from the command line)")


def test_push_unreachable_server_is_a_one_line_error(tmp_path: Path, runner: CliRunner) -> None:
    source = tmp_path / "g.trig"
    with GraphWriter(source) as writer:
        writer.write(article("a1"))
    url = f"http://127.0.0.1:{free_port()}/store"  # nobody listens there

    result = runner.invoke(app, ["push", str(source), "--endpoint", url])

    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"kg: error: cannot reach {url}")


def test_push_refused_by_a_read_only_server_names_the_status(tmp_path: Path) -> None:
    with StoreWriter(tmp_path / "ro") as store:
        store.write(article("a1"))
    with Endpoint(tmp_path / "ro", port=free_port()) as read_only:
        with pytest.raises(StoreError, match=r"HTTP 403 .* writing graph <"):
            push_graphs(open_dataset(tmp_path / "ro"), read_only.store_url)


def test_push_rejects_a_url_that_is_not_http() -> None:
    with pytest.raises(StoreError, match="not an http"):
        push_graphs(open_dataset(), "ftp://example.org/store")
