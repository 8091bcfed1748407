"""The store on the real seeds, through the commands a user types: build twice, remove and
rebuild, shared actors, safe outputs, kg query on a store."""

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef
from rdflib.namespace import SKOS
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf import article_iri
from kg.store import TEXT_HASH, count_quads, load_graph, open_store, store_articles, text_hash
from tests.conftest import SEEDS

pytestmark = pytest.mark.model

ARTICLE = "003_33c3d6002d01dd23"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def quads(store: Path) -> set[str]:
    return {str(q) for q in open_store(store)}


def copy_store(seed_store_path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.store"
    shutil.copytree(seed_store_path, target)
    return target


def test_store_seeds_built_twice_equal_built_once(seed_store_path: Path, tmp_path: Path,
                                                  runner: CliRunner) -> None:
    store = tmp_path / "twice.store"
    for _ in range(2):
        result = runner.invoke(app, ["build", str(SEEDS), "--store", str(store), "-q"])
        assert result.exit_code == 0, result.output

    assert count_quads(store) == count_quads(seed_store_path)
    assert quads(store) == quads(seed_store_path)


def test_store_seeds_remove_and_rebuild_give_the_same_store(seed_store_path: Path,
                                                            tmp_path: Path,
                                                            runner: CliRunner) -> None:
    store = copy_store(seed_store_path, tmp_path)
    before = quads(store)

    removed = runner.invoke(app, ["remove", str(store), ARTICLE])
    assert removed.exit_code == 0, removed.output
    assert removed.stdout.strip() == f"removed 1 article from {store}"
    assert ARTICLE not in store_articles(store)
    assert not open_store(store).contains_named_graph(ox.NamedNode(str(article_iri(ARTICLE))))

    rebuilt = runner.invoke(app, ["build", str(SEEDS / f"{ARTICLE}.txt"), "--store", str(store),
                                  "-q"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert quads(store) == before


def test_store_seeds_remove_keeps_actors_other_articles_name(seed_store_path: Path,
                                                             tmp_path: Path,
                                                             runner: CliRunner) -> None:
    store = copy_store(seed_store_path, tmp_path)
    graph = load_graph(store)
    named_in = {}
    for ctx in graph.graphs():
        for actor in ctx.subjects(SKOS.prefLabel, None):
            named_in.setdefault(actor, set()).add(ctx.identifier)
    removed_iri = article_iri(ARTICLE)
    shared = [a for a, gs in named_in.items() if removed_iri in gs and len(gs) > 1]
    only_here = [a for a, gs in named_in.items() if gs == {removed_iri}]
    assert shared and only_here

    refused = runner.invoke(app, ["remove", str(store), ARTICLE, "no-such-article"])
    assert refused.exit_code == 1
    assert refused.stderr.splitlines() == [f"kg: error: {store}: no article 'no-such-article'",
                                           f"kg: error: {store} left as it was"]
    assert quads(store) == quads(seed_store_path)

    result = runner.invoke(app, ["remove", str(store), ARTICLE])

    assert result.exit_code == 0, result.output
    after = load_graph(store)
    for actor in shared:  # still labelled, typed and linked by the other articles
        assert after.value(actor, SKOS.prefLabel) == graph.value(actor, SKOS.prefLabel)
        assert set(after.objects(actor, URIRef("http://www.w3.org/2002/07/owl#sameAs"))) == \
            set(graph.objects(actor, URIRef("http://www.w3.org/2002/07/owl#sameAs")))
    for actor in only_here:
        assert after.value(actor, SKOS.prefLabel) is None


def test_store_seeds_records_each_article_text_hash(seed_store_path: Path) -> None:
    from kg.ingest import read_articles

    hashes = store_articles(seed_store_path)
    articles = list(read_articles([SEEDS]))
    assert hashes == {a.id: text_hash(a.text) for a in articles}
    assert f"<{TEXT_HASH}>" in "".join(quads(seed_store_path))


def test_store_seeds_build_writes_file_and_store_alike(tmp_path: Path,
                                                       runner: CliRunner) -> None:
    out, store = tmp_path / "seeds.nq", tmp_path / "seeds.store"

    result = runner.invoke(app, ["build", str(SEEDS), "-o", str(out), "--store", str(store)])

    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"wrote {out} and {store}"
    from_file, from_store = load_graph(out), load_graph(store)
    hashes = set(from_store.quads((None, URIRef(TEXT_HASH), None, None)))
    assert len(hashes) == 5
    assert set(from_store.quads()) - hashes == set(from_file.quads())


def test_store_seeds_a_build_of_nothing_leaves_file_and_store_as_they_were(
        seed_store_path: Path, tmp_path: Path, runner: CliRunner) -> None:
    store = copy_store(seed_store_path, tmp_path)
    out = tmp_path / "seeds.trig"
    shutil.copy(seed_store_path.with_name("seeds.trig"), out)
    before = (out.read_bytes(), quads(store))

    result = runner.invoke(app, ["build", str(tmp_path / "missing-dir"), "-o", str(out),
                                 "--store", str(store)])

    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"kg: error: {tmp_path / 'missing-dir'}: no such file or directory",
        f"kg: error: no article was built; {out}, {store} left as it was"]
    assert (out.read_bytes(), quads(store)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.store", "seeds.trig"]


def test_store_seeds_a_bad_model_creates_no_store(tmp_path: Path, runner: CliRunner) -> None:
    store = tmp_path / "new.store"

    result = runner.invoke(app, ["build", str(SEEDS), "--store", str(store),
                                 "--model", "no_such_spacy_model_xyz"])

    assert result.exit_code == 2
    assert not store.exists()


def test_store_seeds_query_a_store_like_the_file(seed_store_path: Path,
                                                 runner: CliRunner) -> None:
    trig = seed_store_path.with_name("seeds.trig")
    for args in (["-q", "opponents", "--param", "actor=NATO"],
                 ["-q", "evidence", "-p", "subject=China", "-p", "predicate=opposes",
                  "-p", "object=kgid:nato", "--format", "json"],
                 ["-q", "targets", "--format", "tsv"],
                 ["-q", "SELECT ?s WHERE { ?s kg:opposes kgid:nato } ORDER BY ?s",
                  "--format", "xml"]):
        from_store = runner.invoke(app, ["query", str(seed_store_path), *args])
        from_file = runner.invoke(app, ["query", str(trig), *args])
        assert from_store.exit_code == 0, from_store.output
        assert from_store.stdout == from_file.stdout
        assert from_store.stdout.count("\n") >= 1
    table = runner.invoke(app, ["query", str(seed_store_path), "-q", "opponents",
                                "-p", "actor=NATO", "--format", "table"])
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["opponent", "opponentLabel", "relation", "actor", "actorLabel"]
    assert any(line.startswith("kgid:china ") for line in lines)
    assert lines[-1].endswith("rows)")


def test_store_seeds_query_syntax_error_names_line_and_column(seed_store_path: Path,
                                                              runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", str(seed_store_path), "-q",
                                 "SELECT ?s\nWHERE { ?s kg:opposes ?o . FILTER(?o = ) }"])

    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("kg: error: invalid SPARQL query at line 2, column ")
    assert "; hint: " in line


def test_store_seeds_query_parameters_left_out_or_unknown(seed_store_path: Path,
                                                         runner: CliRunner) -> None:
    every = runner.invoke(app, ["query", str(seed_store_path), "-q", "meetings"])
    one = runner.invoke(app, ["query", str(seed_store_path), "-q", "meetings",
                              "-p", "actor=Jens Stoltenberg"])
    assert every.exit_code == 0 and one.exit_code == 0
    assert len(every.stdout.splitlines()) > len(one.stdout.splitlines()) > 1

    unknown = runner.invoke(app, ["query", str(seed_store_path), "-q", "meetings",
                                  "-p", "person=Jens Stoltenberg"])
    assert unknown.exit_code == 2
    assert "has no such parameter (its parameters: actor)" in unknown.stderr


def test_store_seeds_query_list_shows_descriptions_and_parameters(runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", "--list"])

    assert result.exit_code == 0
    assert "opponents: who acts against ?actor" in result.stdout
    assert "    --param actor=<actor>  (optional)" in result.stdout
    assert "timeline: " in result.stdout and "common_partners: " in result.stdout


def test_store_seeds_read_back_conforms_to_the_shapes(seed_store_path: Path) -> None:
    import pyshacl
    from rdflib import Graph

    from kg import vocab

    graph = Graph()
    for triple in load_graph(seed_store_path).triples((None, None, None)):
        graph.add(triple)
    shapes = Graph().parse(vocab.ontology_path("shapes.ttl"))
    ok, _, text = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=vocab.load_ontology(),
                                   inference="none", advanced=True)
    assert ok, text


def test_store_seeds_construct_prints_rdf_in_each_format(seed_store_path: Path,
                                                         runner: CliRunner) -> None:
    from rdflib import Graph
    from rdflib.compare import isomorphic

    construct = "CONSTRUCT { ?s kg:opposes ?o } WHERE { ?s kg:opposes ?o }"
    graphs = {}
    for fmt, rdflib_format in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        result = runner.invoke(app, ["query", str(seed_store_path), "-q", construct,
                                     "--format", fmt])
        assert result.exit_code == 0, result.output
        graphs[fmt] = Graph().parse(data=result.stdout, format=rdflib_format)
    assert len(graphs["nt"]) >= 3
    assert isomorphic(graphs["ttl"], graphs["nt"]) and isomorphic(graphs["jsonld"], graphs["nt"])
    assert "@prefix kg: <https://w3id.org/kg/diplomacy#>" in runner.invoke(
        app, ["query", str(seed_store_path), "-q", construct]).stdout

    wrong = runner.invoke(app, ["query", str(seed_store_path), "-q", construct, "-f", "csv"])
    assert wrong.exit_code == 2
    assert "a CONSTRUCT or DESCRIBE query gives ttl, nt, jsonld" in wrong.stderr


def test_store_seeds_missing_query_file_is_named(seed_store_path: Path, tmp_path: Path,
                                                 runner: CliRunner) -> None:
    missing = tmp_path / "mine.rq"

    result = runner.invoke(app, ["query", str(seed_store_path), "-q", str(missing)])

    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"kg: error: {missing}: cannot read the query file: No such file or directory"]
