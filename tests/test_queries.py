"""The SPARQL queries shipped in kg/queries: expected rows, and ontology terms only.

Each ``kg/queries/<q>.rq`` runs on ``tests/data/queries/<q>.ttl`` (a small graph
written by hand in the output shape) and must return the rows of
``tests/data/queries/<q>.csv`` in order: IRIs and literals as strings, unbound
values as empty cells.
"""

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.term import Node

from kg import vocab
from kg.errors import StoreError
from kg.store import (
    Endpoint,
    bind_values,
    bundled_queries,
    bundled_query,
    count_quads,
    free_port,
    load_query,
    open_dataset,
    query,
    resolve_parameter,
    run_query,
)
from kg.store.sparql import PARAMETER_KINDS
from kg.vocab import ENTITY, KG

QUERIES = Path(__file__).resolve().parents[1] / "kg" / "queries"
DATA = Path(__file__).resolve().parent / "data" / "queries"
QUERY_NAMES = sorted(p.stem for p in QUERIES.glob("*.rq"))

# The ?variables each query is run with on its test graph.
BINDINGS: dict[str, dict[str, Node]] = {
    "opponents": {"actor": ENTITY["nato"]},
    "partners": {"actor": ENTITY["japan"]},
    "evidence": {"subject": ENTITY["japan"], "predicate": KG.cooperatesWith,
                 "object": ENTITY["nato"]},
    "meetings": {"actor": ENTITY["person/jens-stoltenberg"]},
    "members": {"organization": ENTITY["nato"]},
    "timeline": {"actor": ENTITY["japan"]},
    "common_partners": {"first": ENTITY["japan"], "second": ENTITY["united-states"]},
}


def _rows(name: str) -> tuple[list[str], list[list[str]]]:
    graph = Graph().parse(DATA / f"{name}.ttl", format="turtle")
    result = query(graph, load_query(name), BINDINGS.get(name))
    header = [str(var) for var in result.vars or []]
    rows = [["" if value is None else str(value) for value in row] for row in result]
    return header, rows


def _expected(name: str) -> tuple[list[str], list[list[str]]]:
    with open(DATA / f"{name}.csv", newline="", encoding="utf-8") as file:
        header, *rows = list(csv.reader(file))
    return header, rows


def _values(text: str, var: str) -> list[set[str]]:
    """Return the kg: local names in each ``VALUES ?var { ... }`` block of a query."""
    blocks = re.findall(r"VALUES\s+\?" + var + r"\s*\{([^}]*)\}", text)
    return [set(re.findall(r"kg:(\w+)", block)) for block in blocks]


def _relations_where(test: str) -> set[str]:
    return {name for name in vocab.relation_names() if vocab.polarity(name) == test}


HAND_WRITTEN = sorted(p.stem for p in DATA.glob("*.csv"))


def test_queries_all_have_test_data() -> None:
    assert QUERY_NAMES == ["actors", "common_partners", "evidence", "meetings", "members",
                           "opponents", "partners", "relations", "targets", "timeline"]
    for name in HAND_WRITTEN:
        assert (DATA / f"{name}.ttl").is_file(), name
        assert (DATA / f"{name}.csv").is_file(), name


@pytest.mark.parametrize("name", HAND_WRITTEN)
def test_queries_return_expected_rows(name: str) -> None:
    header, rows = _rows(name)
    want_header, want_rows = _expected(name)
    assert header == want_header
    assert rows == want_rows


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_queries_start_with_a_header_comment(name: str) -> None:
    text = load_query(name)
    assert text.startswith(f"# {name}.rq: ")
    assert "Columns:" in text


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_queries_use_only_ontology_terms(name: str) -> None:
    text = load_query(name)
    prefixes = re.findall(r"PREFIX\s+kg:\s*<([^>]*)>", text)
    assert prefixes == [vocab.KG_IRI]
    terms = set(re.findall(r"\bkg:(\w+)", text))
    assert terms, f"{name}.rq uses no kg: term"
    declared = {str(s)[len(vocab.KG_IRI):] for s in vocab.load_ontology().subjects()
                if str(s).startswith(vocab.KG_IRI)}
    unknown = sorted(terms - declared)
    assert not unknown, f"{name}.rq uses terms the ontology lacks: {unknown}"


def test_queries_relation_lists_match_the_ontology() -> None:
    assert _values(load_query("opponents"), "predicate") == [_relations_where("conflictual")]
    partner_lists = _values(load_query("partners"), "predicate")
    symmetric = {name for name in vocab.relation_names() if vocab.is_symmetric(name)}
    assert partner_lists[0] == symmetric & _relations_where("cooperative")
    assert set().union(*partner_lists) == _relations_where("cooperative")
    assert _values(load_query("evidence"), "predicate") == [symmetric]
    kinds = {str(c)[len(vocab.KG_IRI):]
             for c in vocab.load_ontology().subjects(RDFS.subClassOf, KG.Actor)}
    assert _values(load_query("actors"), "class") == [kinds]
    assert _values(load_query("targets"), "predicate") == [_relations_where("conflictual")]
    cooperative = _relations_where("cooperative")
    assert _values(load_query("common_partners"), "p1") == [cooperative, cooperative]
    assert _values(load_query("common_partners"), "p2") == [cooperative, cooperative]
    assert _values(load_query("members"), "predicate") == [{"memberOf", "partnerOf"}]


@pytest.mark.parametrize("name", HAND_WRITTEN)
def test_queries_test_graphs_are_valid_output(name: str) -> None:
    pyshacl = pytest.importorskip("pyshacl")
    data = Graph().parse(DATA / f"{name}.ttl", format="turtle")
    conforms, _, report = pyshacl.validate(
        data, shacl_graph=str(vocab.ontology_path("shapes.ttl")),
        ont_graph=vocab.load_ontology(), inference="none")
    assert conforms, report


def test_queries_unbound_opponents_lists_every_target() -> None:
    graph = Graph().parse(DATA / "opponents.ttl", format="turtle")
    rows = {(str(r.opponentLabel), str(r.relation))
            for r in query(graph, load_query("opponents"))}
    assert ("NATO", "criticizes") in rows  # NATO criticizes China
    assert ("Japan", "criticizes") in rows  # Japan criticizes Russia


def test_queries_evidence_ignores_reversed_asymmetric_relations() -> None:
    graph = Graph().parse(DATA / "evidence.ttl", format="turtle")
    rows = list(query(graph, load_query("evidence"),
                      {"subject": ENTITY["nato"], "predicate": KG.partnerOf,
                       "object": ENTITY["japan"]}))
    assert rows == []


def test_queries_unknown_name_lists_shipped_queries() -> None:
    with pytest.raises(StoreError, match="opponents"):
        load_query("no-such-query")


# --------------------------------------------------------------------------- header and parameters


def test_queries_every_query_lists_its_parameters() -> None:
    queries = {q.name: q for q in bundled_queries()}
    assert sorted(queries) == QUERY_NAMES
    for query_ in queries.values():
        assert query_.description and "\n" not in query_.description
        for param in query_.parameters:
            assert param.kind in PARAMETER_KINDS
            assert re.search(r"\?" + param.name + r"\b", query_.text), (query_.name, param)
    assert [(p.name, p.kind, p.required) for p in queries["opponents"].parameters] == [
        ("actor", "actor", False)]
    assert [(p.name, p.kind) for p in queries["evidence"].parameters] == [
        ("subject", "actor"), ("predicate", "relation"), ("object", "actor")]
    assert queries["targets"].parameters == ()


def test_queries_bind_values_writes_terms_never_syntax() -> None:
    evil = 'China" } ; DROP ALL ; #'
    text = bind_values("SELECT ?s WHERE { ?s ?p ?o }", {"o": Literal(evil)})
    assert text == 'SELECT ?s WHERE { VALUES ?o { "China\\" } ; DROP ALL ; #" } ?s ?p ?o }'
    with pytest.raises(StoreError, match="not a valid RDF term"):
        bind_values("SELECT ?s WHERE { ?s ?p ?o }", {"o": URIRef("http://x> . ?s ?p ?o <y")})
    with pytest.raises(StoreError, match="not a variable name"):
        bind_values("SELECT ?s WHERE { ?s ?p ?o }", {"o } DROP ALL": Literal("x")})


def test_queries_bind_values_finds_the_where_group_past_comments_strings_and_templates() -> None:
    text = ('# SELECT { a comment\nPREFIX ask: <urn:x#>\n'
            'CONSTRUCT { ?s ask:select "{" } WHERE { ?s ?p ?o }')
    assert bind_values(text, {"o": URIRef("urn:a")}).endswith(
        'WHERE { VALUES ?o { <urn:a> } ?s ?p ?o }')


def test_queries_resolve_parameter_labels_iris_and_relations() -> None:
    data = open_dataset(DATA / "opponents.ttl")
    nato = ox.NamedNode(str(ENTITY["nato"]))
    assert resolve_parameter(data, "actor", "NATO") == [nato]
    assert resolve_parameter(data, "actor", "nato") == [nato]  # any case
    assert resolve_parameter(data, "actor", "kgid:nato") == [nato]
    assert resolve_parameter(data, "actor", str(ENTITY["nato"])) == [nato]
    assert resolve_parameter(data, "relation", "criticizes") == [
        ox.NamedNode(str(KG.criticizes))]
    assert resolve_parameter(data, "actor", "<x> . ?s ?p ?o") == [ox.Literal("<x> . ?s ?p ?o")]
    with pytest.raises(StoreError, match="not a valid IRI"):
        resolve_parameter(data, "actor", "http://x> . ?s ?p ?o <y")
    with pytest.raises(StoreError, match="nosuchrelation"):
        resolve_parameter(data, "relation", "nosuchrelation")


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_queries_pyoxigraph_and_rdflib_agree_on_the_test_graphs(name: str) -> None:
    graph = Graph().parse(DATA / f"{name}.ttl", format="turtle") if (
        DATA / f"{name}.ttl").is_file() else None
    if graph is None:
        pytest.skip(f"no hand-written graph for {name}")
    bindings = BINDINGS.get(name, {})
    by_rdflib = [tuple("" if v is None else str(v) for v in row)  # type: ignore[union-attr]
                 for row in query(graph, load_query(name), bindings)]
    by_oxigraph = _ox_rows(run_query(open_dataset(DATA / f"{name}.ttl"), load_query(name),
                                     bindings))
    assert by_oxigraph == by_rdflib


def _ox_rows(result: object) -> list[tuple[str, ...]]:
    assert isinstance(result, ox.QuerySolutions)
    names = [v for v in result.variables]
    return [tuple("" if row[v] is None else str(row[v].value) for v in names)
            for row in result]


# --------------------------------------------------------------------------- on the seeds

# The parameters each bundled query is asked with on the seeds' graph.
SEED_PARAMS: dict[str, dict[str, str]] = {
    "actors": {},
    "common_partners": {"first": "Japan", "second": "United States"},
    "evidence": {"subject": "China", "predicate": "opposes", "object": "NATO"},
    "meetings": {"actor": "Jens Stoltenberg"},
    "members": {"organization": "NATO"},
    "opponents": {"actor": "NATO"},
    "partners": {"actor": "Japan"},
    "relations": {"predicate": "opposes"},
    "targets": {},
    "timeline": {"actor": "China"},
}

Rows = list[dict[str, str]]


@pytest.fixture(scope="module")
def seed_endpoint(seed_store_path: Path) -> Iterator[Endpoint]:
    with Endpoint(seed_store_path, port=free_port()) as endpoint:
        yield endpoint


def _bindings(data: ox.Store, name: str, params: dict[str, str]) -> dict[str, list[Any]]:
    kinds = {p.name: p.kind for p in bundled_query(name).parameters}
    return {key: resolve_parameter(data, kinds[key], value) for key, value in params.items()}


def _local(source: Path, name: str, params: dict[str, str]) -> Rows:
    data = open_dataset(source)
    result = run_query(data, load_query(name), _bindings(data, name, params))
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: "" if row[n] is None else row[n].value for n in names}
            for row in result]


def _remote(endpoint: Endpoint, resolve_in: Path, name: str, params: dict[str, str]) -> Rows:
    from SPARQLWrapper import JSON, SPARQLWrapper

    text = bind_values(load_query(name), _bindings(open_dataset(resolve_in), name, params))
    client = SPARQLWrapper(endpoint.query_url)
    client.setQuery(text)
    client.setReturnFormat(JSON)
    data = client.query().convert()
    assert isinstance(data, dict)
    names = data["head"]["vars"]
    return [{n: row.get(n, {}).get("value", "") for n in names}
            for row in data["results"]["bindings"]]


def _key(rows: Rows) -> list[tuple[tuple[str, str], ...]]:
    return sorted(tuple(sorted(row.items())) for row in rows)


@pytest.fixture(scope="module")
def seed_answers(seed_store_path: Path, seed_endpoint: Endpoint
                 ) -> dict[str, tuple[Rows, Rows, Rows]]:
    trig = seed_store_path.with_name("seeds.trig")
    return {name: (_local(trig, name, params), _local(seed_store_path, name, params),
                   _remote(seed_endpoint, seed_store_path, name, params))
            for name, params in SEED_PARAMS.items()}


def test_queries_seed_params_cover_every_query() -> None:
    assert sorted(SEED_PARAMS) == QUERY_NAMES


@pytest.mark.model
@pytest.mark.parametrize("name", QUERY_NAMES)
def test_queries_answer_the_same_from_file_store_and_endpoint(
        name: str, seed_answers: dict[str, tuple[Rows, Rows, Rows]]) -> None:
    from_file, from_store, from_endpoint = seed_answers[name]
    assert from_file, f"{name} found nothing on the seeds"
    assert from_store == from_file  # same rows, same order
    assert _key(from_endpoint) == _key(from_file)


def _pairs(rows: Rows, *columns: str) -> set[tuple[str, ...]]:
    return {tuple(row[c] for c in columns) for row in rows}


@pytest.mark.model
def test_queries_seed_answers_state_what_the_articles_say(
        seed_answers: dict[str, tuple[Rows, Rows, Rows]]) -> None:
    answers = {name: rows[0] for name, rows in seed_answers.items()}

    assert {("NATO", "Organization"), ("China", "State"), ("Jens Stoltenberg", "Person")} <= \
        _pairs(answers["actors"], "label", "kind")
    # "Japan, already a close ally of the United States ... with South Korea"
    assert "South Korea" in {r["partnerLabel"] for r in answers["common_partners"]}
    # "the country firmly opposes NATO's involvement in the Asia-Pacific affairs"
    assert any("oppos" in r["sentence"].lower() for r in answers["evidence"])
    assert all(r["article"] for r in answers["evidence"])
    # "After talks on Tuesday, Mr Stoltenberg and Japanese Prime Minister Fumio Kishida ..."
    assert "Fumio Kishida" in {r["otherLabel"] for r in answers["meetings"]}
    assert {("Japan", "partnerOf"), ("South Korea", "partnerOf")} <= \
        _pairs(answers["members"], "memberLabel", "relation")
    assert {"China", "Russia"} <= {r["opponentLabel"] for r in answers["opponents"]}
    assert {r["relation"] for r in answers["opponents"]
            if r["opponentLabel"] == "China"} & {"opposes", "criticizes"}
    assert "NATO" in {r["partnerLabel"] for r in answers["partners"]}
    assert ("China", "opposes", "NATO") in _pairs(answers["relations"], "subjectLabel",
                                                  "relation", "objectLabel")
    assert {r["relation"] for r in answers["relations"]} == {"opposes"}
    assert "NATO" in [r["label"] for r in answers["targets"][:2]]
    timeline = answers["timeline"]
    assert ("China", "opposes", "NATO") in _pairs(timeline, "subjectLabel", "relation",
                                                  "objectLabel")
    assert all(kgid_china in (r["subject"], r["object"]) for r in timeline
               for kgid_china in [str(ENTITY["china"])])
    dates = [r["date"] for r in timeline if r["date"]]
    assert dates == sorted(dates)


INJECTIONS = ['China" } ; DROP ALL ; #', "<x> . ?s ?p ?o", "NATO' } } ; CLEAR ALL ; #",
              'x" . } UNION { ?opponent ?p ?o } #']


@pytest.mark.model
@pytest.mark.parametrize("value", INJECTIONS)
def test_queries_injected_parameters_match_nothing_and_change_nothing(
        value: str, seed_store_path: Path, seed_endpoint: Endpoint) -> None:
    trig = seed_store_path.with_name("seeds.trig")
    before = (trig.read_bytes(), count_quads(seed_store_path))
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"

    for params in ({"actor": value}, ):
        assert _local(trig, "opponents", params) == []
        assert _local(seed_store_path, "opponents", params) == []
        assert _remote(seed_endpoint, seed_store_path, "opponents", params) == []
    evidence = {"subject": value, "predicate": "opposes", "object": "NATO"}
    assert _local(seed_store_path, "evidence", evidence) == []

    assert (trig.read_bytes(), count_quads(seed_store_path)) == before
    [row] = _remote_raw(seed_endpoint, count)
    assert int(row["n"]) == before[1]


def _remote_raw(endpoint: Endpoint, text: str) -> Rows:
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(endpoint.query_url)
    client.setQuery(text)
    client.setReturnFormat(JSON)
    data = client.query().convert()
    assert isinstance(data, dict)
    return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]
