"""kg.store: atomic streaming writes, reading back, SPARQL."""

import os
import stat
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg import vocab
from kg.errors import StoreError
from kg.rdf import article_iri, entity_iri
from kg.store import FORMATS, GraphWriter, format_for, load_graph, load_query, query

FORMAT_NAMES = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt",
                ".jsonld": "json-ld"}
STREAMED = (".trig", ".nq", ".nt")
COLLECTED = (".ttl", ".jsonld")


def article(article_id: str, size: int = 3) -> Graph:
    """A named graph like kg writes: ``size`` relation triples with labels."""
    graph = Graph(identifier=article_iri(article_id))
    criticizes = vocab.relation("criticizes")
    for i in range(size):
        s = entity_iri(f"{article_id} state {i}", "State")
        o = entity_iri(f"{article_id} state {i + 1}", "State")
        graph.add((s, criticizes, o))
        graph.add((s, RDFS.label, Literal(f"{article_id} state {i}", lang="en")))
    return graph


def temp_files(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


def parse(path: Path) -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(path, format=FORMAT_NAMES[path.suffix])
    return ds


# --------------------------------------------------------------------------- format_for


@pytest.mark.parametrize(("name", "fmt"), [
    ("g.trig", "trig"), ("g.nq", "nquads"), ("g.ttl", "turtle"), ("g.nt", "nt"),
    ("g.jsonld", "json-ld"), ("out/G.TRIG", "trig"), ("a.b/g.Ttl", "turtle"),
])
def test_store_format_for_follows_the_extension(name: str, fmt: str) -> None:
    assert format_for(name) == fmt
    assert format_for(Path(name)) == fmt


@pytest.mark.parametrize("name", ["g.xyz", "g", "g.rdf", "g.trig.bak", ".trig"])
def test_store_format_for_unknown_extension_names_path_and_choices(name: str) -> None:
    with pytest.raises(StoreError) as info:
        format_for(name)
    message = str(info.value)
    assert message.startswith(f"{name}: unknown output format")
    for suffix in FORMATS:
        assert suffix in message
    assert "\n" not in message


# --------------------------------------------------------------------------- GraphWriter


@pytest.mark.parametrize("suffix", sorted(FORMAT_NAMES))
def test_store_writer_round_trips_every_format(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / "sub" / f"graph{suffix}"  # the folder is created
    graphs = [article("a1"), article("a2"), article("a3", size=0)]

    with GraphWriter(path) as writer:
        for graph in graphs:
            writer.write(graph)

    assert writer.graphs == 3
    ds = parse(path)
    want = {t for g in graphs for t in g}
    assert set(ds.triples((None, None, None))) == want
    if suffix in (".trig", ".nq", ".jsonld"):
        names = {g.identifier for g in ds.graphs()}
        assert {article_iri("a1"), article_iri("a2")} <= names
        assert set(ds.graph(article_iri("a1"))) == set(graphs[0])
    assert temp_files(path.parent) == []


@pytest.mark.parametrize("suffix", STREAMED)
def test_store_writer_streams_each_article_to_disk(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"graph{suffix}"
    sizes = []
    with GraphWriter(path) as writer:
        [tmp] = temp_files(tmp_path)
        for name in ("a1", "a2", "a3"):
            writer.write(article(name, size=400))  # larger than any write buffer
            sizes.append((tmp_path / tmp).stat().st_size)
        assert not path.exists()  # the target appears only at the end

    assert 0 < sizes[0] < sizes[1] < sizes[2]
    assert path.stat().st_size >= sizes[2]
    assert temp_files(tmp_path) == []


@pytest.mark.parametrize("suffix", COLLECTED)
def test_store_writer_collects_whole_file_formats_until_the_end(tmp_path: Path,
                                                                 suffix: str) -> None:
    path = tmp_path / f"graph{suffix}"
    with GraphWriter(path) as writer:
        [tmp] = temp_files(tmp_path)
        writer.write(article("a1", size=400))
        assert (tmp_path / tmp).stat().st_size == 0

    assert len(set(parse(path).triples((None, None, None)))) > 400


@pytest.mark.parametrize("suffix", sorted(FORMAT_NAMES))
def test_store_writer_error_in_block_keeps_old_file_and_leaves_no_temp(tmp_path: Path,
                                                                       suffix: str) -> None:
    path = tmp_path / f"graph{suffix}"
    path.write_bytes(b"old contents")

    with pytest.raises(RuntimeError, match="stop"), GraphWriter(path) as writer:
        writer.write(article("a1", size=400))
        raise RuntimeError("stop")

    assert path.read_bytes() == b"old contents"
    assert os.listdir(tmp_path) == [path.name]


def test_store_writer_error_in_block_creates_no_file(tmp_path: Path) -> None:
    path = tmp_path / "graph.trig"

    with pytest.raises(KeyboardInterrupt), GraphWriter(path) as writer:
        writer.write(article("a1"))
        raise KeyboardInterrupt

    assert os.listdir(tmp_path) == []


def test_store_writer_serialize_failure_at_the_end_leaves_no_temp(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"old contents")

    def broken(*args: object, **kwargs: object) -> bytes:
        raise ValueError("cannot serialize")

    with pytest.raises(ValueError, match="cannot serialize"), GraphWriter(path) as writer:
        writer.write(article("a1"))
        monkeypatch.setattr(Graph, "serialize", broken)

    assert path.read_bytes() == b"old contents"
    assert os.listdir(tmp_path) == [path.name]


def test_store_writer_replaces_old_file_on_success(tmp_path: Path) -> None:
    path = tmp_path / "graph.nq"
    path.write_bytes(b"old contents")

    with GraphWriter(path) as writer:
        writer.write(article("new"))

    assert set(parse(path).triples((None, None, None))) == set(article("new"))
    assert os.listdir(tmp_path) == [path.name]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_store_writer_output_gets_normal_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "graph.trig"
    umask = os.umask(0o022)
    try:
        with GraphWriter(path) as writer:
            writer.write(article("a1"))
    finally:
        os.umask(umask)

    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_store_writer_unknown_extension_fails_before_writing(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown output format"):
        GraphWriter(tmp_path / "graph.xml")
    assert os.listdir(tmp_path) == []


def test_store_writer_write_outside_with_block_is_an_error(tmp_path: Path) -> None:
    writer = GraphWriter(tmp_path / "graph.trig")
    with pytest.raises(StoreError, match="outside a `with` block"):
        writer.write(article("a1"))
    with writer:
        writer.write(article("a1"))
    with pytest.raises(StoreError, match="outside a `with` block"):
        writer.write(article("a2"))


def test_store_writer_unwritable_folder_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")

    with pytest.raises(StoreError, match="cannot write output"), \
            GraphWriter(blocker / "graph.trig"):
        pass


# --------------------------------------------------------------------------- load_graph


def test_store_load_graph_merges_files_and_keeps_named_graphs(tmp_path: Path) -> None:
    for name, suffix in (("a1", ".trig"), ("a2", ".nq"), ("a3", ".ttl")):
        with GraphWriter(tmp_path / f"{name}{suffix}") as writer:
            writer.write(article(name))

    ds = load_graph(tmp_path / "a1.trig", tmp_path / "a2.nq", str(tmp_path / "a3.ttl"))

    assert set(ds.graph(article_iri("a1"))) == set(article("a1"))
    assert set(ds.graph(article_iri("a2"))) == set(article("a2"))
    assert set(ds.triples((None, None, None))) == (
        set(article("a1")) | set(article("a2")) | set(article("a3")))


@pytest.mark.parametrize(("name", "text"), [
    ("bad.ttl", "@prefix : <urn:x:> .\n:a :b \n"),
    ("bad.trig", "<urn:g> { <urn:a> <urn:b> <urn:c> \n"),
    ("bad.nq", "<urn:a> <urn:b> .\n"),
    ("bad.nt", "this is not n-triples\n"),
    ("bad.jsonld", '{"@context": {"x": '),
])
def test_store_load_graph_malformed_file_names_it(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")

    with pytest.raises(StoreError) as info:
        load_graph(path)

    message = str(info.value)
    assert message.startswith(f"{path}: not valid {format_for(path)}")
    assert "\n" not in message
    assert info.value.__cause__ is not None


def test_store_load_graph_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such graph file"):
        load_graph(tmp_path / "none.trig")


def test_store_load_graph_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "graph.csv"
    path.write_text("a,b\n")
    with pytest.raises(StoreError, match="unknown output format"):
        load_graph(path)


# --------------------------------------------------------------------------- queries


def test_store_load_query_unknown_name_lists_the_shipped_ones() -> None:
    with pytest.raises(StoreError, match="no query named 'no_such_query'"):
        load_query("no_such_query")


def test_store_query_binds_values_safely(tmp_path: Path) -> None:
    path = tmp_path / "g.trig"
    with GraphWriter(path) as writer:
        writer.write(article("a1"))
    ds = load_graph(path)
    s = entity_iri("a1 state 0", "State")

    rows = list(query(ds, "SELECT ?o WHERE { ?s kg:criticizes ?o }", {"s": s}))
    evil = list(query(ds, "SELECT ?s WHERE { ?s rdfs:label ?l }",
                      {"l": Literal('x" } ?s ?p ?o { "', lang="en")}))

    assert [row[0] for row in rows] == [entity_iri("a1 state 1", "State")]  # type: ignore[index]
    assert evil == []


def test_store_query_ask_and_unbound(tmp_path: Path) -> None:
    graph = Graph()
    graph.add((URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b")))

    assert query(graph, "ASK { <urn:a> <urn:p> ?o }").askAnswer is True
    assert len(list(query(graph, "SELECT * WHERE { ?s ?p ?o }"))) == 1


@pytest.mark.parametrize("sparql", [
    "SELEC ?s WHERE { ?s ?p ?o }",
    "SELECT ?s WHERE { ?s ?p ",
    "SELECT ?s WHERE { ?s nope:p ?o }",
])
def test_store_query_malformed_sparql_is_a_store_error(sparql: str) -> None:
    with pytest.raises(StoreError) as info:
        query(Graph(), sparql)
    message = str(info.value)
    assert message.startswith("invalid SPARQL query: ")
    assert "\n" not in message
