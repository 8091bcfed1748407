"""kg.store.oxigraph and kg.store.outputs: the on-disk store, one transaction per article."""

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg import vocab
from kg.errors import StoreError
from kg.rdf import article_iri, entity_iri
from kg.store import (
    TEXT_HASH,
    BuildOutputs,
    GraphWriter,
    NothingBuiltError,
    StoreWriter,
    count_quads,
    is_store,
    load_graph,
    open_dataset,
    open_store,
    remove_articles,
    run_query,
    store_articles,
    text_hash,
)
from kg.store.layout import SHARED_GRAPH
from kg.store.oxigraph import to_oxigraph
from kg.vocab import ARTICLE


def article(article_id: str, actors: tuple[str, ...] = ("A", "B"), extra: int = 0) -> Graph:
    """An article graph shaped like kg's: the article node, relations, actor descriptions."""
    iri = article_iri(article_id)
    graph = Graph(identifier=iri)
    graph.add((iri, RDF.type, vocab.KG.Article))
    graph.add((iri, DCTERMS.identifier, Literal(article_id)))
    criticizes = vocab.relation("criticizes")
    for a, b in zip(actors, actors[1:], strict=False):
        graph.add((entity_iri(a, "State"), criticizes, entity_iri(b, "State")))
    for name in actors:
        node = entity_iri(name, "State")
        graph.add((node, RDF.type, vocab.KG.State))
        graph.add((node, SKOS.prefLabel, Literal(name, lang="en")))
        graph.add((node, RDFS.label, Literal(name, lang="en")))
    for i in range(extra):
        graph.add((iri, RDFS.comment, Literal(f"extra {i}")))
    return graph


def quads(path: Path, graph: str | None = None) -> set[str]:
    store = open_store(path)
    name = ox.NamedNode(graph) if graph else None
    return {str(q) for q in store.quads_for_pattern(None, None, None, name)}


def shared(path: Path) -> set[str]:
    """The shared graph of the store at ``path``, as triples written out."""
    store = open_store(path)
    return {str(q.triple) for q in store.quads_for_pattern(None, None, None, SHARED_GRAPH)}


def about_actors(graph: Graph) -> set[str]:
    """The triples of an article graph about actors (not about the article or its claims)."""
    own = str(graph.identifier)
    return {str(ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)))  # type: ignore[arg-type]
            for s, p, o in graph if not (str(s) == own or str(s).startswith(own + "/"))}


def test_store_writer_creates_the_store_only_when_an_article_is_written(tmp_path: Path) -> None:
    path = tmp_path / "new" / "kg.store"
    with StoreWriter(path) as store:
        assert not store.has_article("a1")
    assert not path.exists()

    with StoreWriter(path) as store:
        store.write(article("a1"), text_hash="sha256:1")
    assert is_store(path)
    assert store_articles(path) == {"a1": "sha256:1"}


def test_store_writer_writing_again_replaces_the_article(tmp_path: Path) -> None:
    path = tmp_path / "kg.store"
    with StoreWriter(path) as store:
        store.write(article("a1", ("A", "B", "C"), extra=5))
        store.write(article("a2"))
    with StoreWriter(path) as store:
        store.write(article("a1", ("A", "D")))  # fewer triples: nothing stale may remain

    a1 = quads(path, str(article_iri("a1")))
    assert len(a1) == len(article("a1", ("A", "D")))
    assert not any("state/c>" in q or "extra" in q for q in a1)
    # What the two articles say of actors, once: C went with a1's first version.
    assert shared(path) == about_actors(article("a1", ("A", "D"))) | about_actors(article("a2"))
    assert count_quads(path) == len(article("a1", ("A", "D"))) + len(article("a2")) + len(
        shared(path))


def test_store_writer_same_article_twice_gives_the_same_quads(tmp_path: Path) -> None:
    once, twice = tmp_path / "once", tmp_path / "twice"
    with StoreWriter(once) as store:
        store.write(article("a1"), text_hash="sha256:1")
    with StoreWriter(twice) as store:
        store.write(article("a1"), text_hash="sha256:1")
        store.write(article("a1"), text_hash="sha256:1")

    assert quads(once) == quads(twice)


def test_store_writer_has_article_checks_the_text_hash(tmp_path: Path) -> None:
    digest = text_hash("The text of the article.")
    with StoreWriter(tmp_path / "s") as store:
        store.write(article("a1"), "a1", text_hash=digest)
        assert store.has_article("a1")
        assert store.has_article("a1", digest)
        assert not store.has_article("a1", text_hash("Another text."))
        assert not store.has_article("a2")
        assert store.articles() == {"a1": digest}
    assert f"<{TEXT_HASH}>" in "".join(quads(tmp_path / "s"))


def test_store_text_hash_is_stable() -> None:
    assert text_hash("x") == text_hash("x") != text_hash("y")
    assert text_hash("x").startswith("sha256:") and len(text_hash("x")) == 7 + 64


def test_store_remove_drops_the_article_and_keeps_shared_actors(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with StoreWriter(path) as store:
        store.write(article("a1", ("China", "NATO")))
        store.write(article("a2", ("Russia", "NATO")))

    missing = remove_articles(path, ["a1", "nope"])

    assert missing == ["nope"]
    ds = load_graph(path)
    nato, china = entity_iri("NATO", "State"), entity_iri("China", "State")
    assert ds.value(nato, SKOS.prefLabel) == Literal("NATO", lang="en")  # still named by a2
    assert (nato, RDF.type, vocab.KG.State) in ds
    assert ds.value(china, SKOS.prefLabel) is None  # named only by a1: gone with it
    assert store_articles(path) == {"a2": ""}


def test_store_remove_then_rebuild_gives_the_same_store(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with StoreWriter(path) as store:
        for name in ("a1", "a2", "a3"):
            store.write(article(name, ("X", name)), text_hash=f"sha256:{name}")
    before = quads(path)

    remove_articles(path, ["a2"])
    assert quads(path) < before
    with StoreWriter(path) as store:
        store.write(article("a2", ("X", "a2")), text_hash="sha256:a2")

    assert quads(path) == before


def test_store_remove_from_a_missing_store_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        remove_articles(tmp_path / "none", ["a1"])


def test_store_second_writer_is_refused_while_one_is_open(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with StoreWriter(path) as first:
        first.write(article("a1"))
        with pytest.raises(StoreError, match="in use by another process"), \
                StoreWriter(path) as second:
            second.write(article("a2"))
        first.write(article("a3"))
    assert set(store_articles(path)) == {"a1", "a3"}


@pytest.mark.parametrize("setup", ["file", "folder"])
def test_store_writer_refuses_a_path_that_is_not_a_store(tmp_path: Path, setup: str) -> None:
    path = tmp_path / "target"
    if setup == "file":
        path.write_text("keep me")
    else:
        path.mkdir()
        (path / "notes.txt").write_text("keep me")

    with pytest.raises(StoreError, match=str(path)):
        StoreWriter(path)

    kept = path if setup == "file" else path / "notes.txt"
    assert kept.read_text() == "keep me"


def test_store_open_store_names_a_folder_that_is_no_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "none")


def test_store_load_graph_reads_a_store_like_the_file(tmp_path: Path) -> None:
    graphs = [article("a1"), article("a2", ("C", "D"))]
    with BuildOutputs(tmp_path / "g.trig", tmp_path / "g.store") as outputs:
        for graph in graphs:
            outputs.write(_Result(graph))

    from_file = load_graph(tmp_path / "g.trig")
    from_store = load_graph(tmp_path / "g.store")
    for graph in graphs:
        assert set(from_store.graph(graph.identifier)) - _hash_triples(from_store) == \
            set(from_file.graph(graph.identifier))
    both = load_graph(tmp_path / "g.trig", tmp_path / "g.store")
    assert len(list(both.graphs())) >= 2


def _hash_triples(ds: object) -> set[object]:
    from rdflib import URIRef

    return set(ds.triples((None, URIRef(TEXT_HASH), None)))  # type: ignore[attr-defined]


class _Result:
    """The two attributes of an ArticleResult that the writers read."""

    def __init__(self, graph: Graph) -> None:
        from kg.types import Article

        self.graph = graph
        article_id = str(graph.identifier).rsplit("/", 1)[-1]
        self.article = Article(id=article_id, text=f"text of {article_id}", source="test")


def test_store_build_outputs_nothing_built_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "g.trig"
    out.write_text("# the old graph\n")

    with pytest.raises(NothingBuiltError, match="left as it was"), BuildOutputs(
            out, tmp_path / "g.store"):
        pass

    assert out.read_text() == "# the old graph\n"
    assert sorted(os.listdir(tmp_path)) == ["g.trig"]  # no store, no temporary file


def test_store_build_outputs_failure_keeps_the_file_and_commits_built_articles(
        tmp_path: Path) -> None:
    out = tmp_path / "g.trig"
    out.write_text("# the old graph\n")

    with pytest.raises(RuntimeError), BuildOutputs(out, tmp_path / "g.store") as outputs:
        outputs.write(_Result(article("a1")))
        raise RuntimeError("crash")

    assert out.read_text() == "# the old graph\n"
    assert set(store_articles(tmp_path / "g.store")) == {"a1"}  # committed whole


def test_store_build_outputs_needs_a_target() -> None:
    with pytest.raises(StoreError, match="nowhere to write"):
        BuildOutputs(None, None)


def test_store_open_dataset_merges_files_and_stores(tmp_path: Path) -> None:
    with GraphWriter(tmp_path / "a.nq") as writer:
        writer.write(article("a1"))
    with StoreWriter(tmp_path / "s") as store:
        store.write(article("a2"))

    data = open_dataset(tmp_path / "a.nq", tmp_path / "s")

    names = {g.value for g in data.named_graphs()}
    assert names == {str(article_iri("a1")), str(article_iri("a2")), SHARED_GRAPH.value}
    # Both articles name A and B: the file's copy and the store's are kept once, as in a store.
    together = [str(q.triple) for q in data.quads_for_pattern(None, None, None, SHARED_GRAPH)]
    assert sorted(together) == sorted(about_actors(article("a1")))


def test_store_open_dataset_names_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix : <urn:x:> .\n:a :b \n")
    with pytest.raises(StoreError, match=f"{bad}: not valid turtle"):
        open_dataset(bad)
    with pytest.raises(StoreError, match="no such graph file or store"):
        open_dataset(tmp_path / "none.trig")


def test_store_writer_invalid_iri_fails_that_article_whole(tmp_path: Path) -> None:
    from rdflib import URIRef

    path = tmp_path / "s"
    bad = article("a2")
    bad.add((URIRef("http://example.org/a>b"), RDFS.label, Literal('x" } ; DROP ALL ; #')))
    with StoreWriter(path) as store:
        store.write(article("a1"))
        with pytest.raises(StoreError, match=r"cannot write article .*/a2: not a valid RDF term"):
            store.write(bad)
        store.write(article("a3", ("C", "D")))

    assert set(store_articles(path)) == {"a1", "a3"}


def test_store_writer_keeps_awkward_literals_exactly(tmp_path: Path) -> None:
    graph = article("a1")
    texts = ['say "hi" } ; DROP ALL ; #', "line\nbreak\ttab \\ back", "ünïcödé — “quotes”", ""]
    for text in texts:
        graph.add((article_iri("a1"), RDFS.comment, Literal(text)))
    with StoreWriter(tmp_path / "s") as store:
        store.write(graph)

    back = load_graph(tmp_path / "s")
    assert {str(o) for o in back.objects(article_iri("a1"), RDFS.comment)} == set(texts)


# --------------------------------------------------------------------------- the shared graph


def _stored_union(path: Path) -> set[str]:
    """What the stored articles say of actors, read back article by article."""
    ds = load_graph(path)
    found: set[str] = set()
    for ctx in ds.graphs():
        if isinstance(ctx.identifier, URIRef) and str(ctx.identifier).startswith(str(ARTICLE)):
            found |= about_actors(ctx)
    return found


def aliased(article_id: str, actors: tuple[str, ...], alias: str) -> Graph:
    """An article graph whose first actor also goes by ``alias`` in this article."""
    graph = article(article_id, actors)
    graph.add((entity_iri(actors[0], "State"), SKOS.altLabel, Literal(alias, lang="en")))
    return graph


def test_store_shared_graph_holds_each_actor_triple_once(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with StoreWriter(path) as store:
        for name in ("a1", "a2", "a3"):
            store.write(article(name, ("China", "NATO")))

    assert shared(path) == about_actors(article("a1", ("China", "NATO")))
    china = ox.NamedNode(str(entity_iri("China", "State")))
    label = ox.NamedNode(str(SKOS.prefLabel))
    union = run_query(open_store(path), "SELECT ?l WHERE { ?c ?p ?l }", {"c": china, "p": label})
    assert [row["l"].value for row in union] == ["China"]  # once, not once per article


def test_store_shared_graph_follows_rebuilds_and_removals(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with StoreWriter(path) as store:
        store.write(aliased("a1", ("China", "NATO"), "Beijing"))
        store.write(aliased("a2", ("China", "Russia"), "PRC"))
        store.write(article("a3", ("Russia", "Japan")))
    assert shared(path) == _stored_union(path)
    assert any('"Beijing"' in t for t in shared(path))

    with StoreWriter(path) as store:  # a1 again, without the alias nor NATO
        store.write(article("a1", ("China", "India")))
    assert shared(path) == _stored_union(path)
    assert not any('"Beijing"' in t or "state/nato>" in t for t in shared(path))
    assert any('"PRC"' in t for t in shared(path))  # a2 still says it

    remove_articles(path, ["a2", "a3"])  # together: what only they say goes with them
    assert shared(path) == _stored_union(path) == about_actors(article("a1", ("China", "India")))

    remove_articles(path, ["a1"])
    assert shared(path) == set()
    assert count_quads(path) == 0


def test_store_shared_graph_keeps_what_a_removed_article_shares_with_others(
        tmp_path: Path) -> None:
    path = tmp_path / "s"
    with StoreWriter(path) as store:
        store.write(article("a1", ("China", "NATO")))
        store.write(article("a2", ("China", "NATO")))
    before = shared(path)

    remove_articles(path, ["a1"])

    assert shared(path) == before  # a2 says all of it too
    with StoreWriter(path) as store:
        store.write(article("a1", ("China", "NATO")))
    assert shared(path) == before
