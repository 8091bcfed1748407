"""The SPARQL queries shipped in kg/queries: expected rows, and ontology terms only.

Each ``kg/queries/<q>.rq`` runs on ``tests/data/queries/<q>.ttl`` (a small graph
written by hand in the output shape) and must return the rows of
``tests/data/queries/<q>.csv`` in order: IRIs and literals as strings, unbound
values as empty cells.
"""

import csv
import re
from pathlib import Path

import pytest
from rdflib import RDFS, Graph
from rdflib.term import Node

from kg import vocab
from kg.errors import StoreError
from kg.store import load_query, query
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


def test_queries_all_have_test_data() -> None:
    assert QUERY_NAMES == ["actors", "evidence", "opponents", "partners", "relations"]
    for name in QUERY_NAMES:
        assert (DATA / f"{name}.ttl").is_file(), name
        assert (DATA / f"{name}.csv").is_file(), name


@pytest.mark.parametrize("name", QUERY_NAMES)
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


@pytest.mark.parametrize("name", QUERY_NAMES)
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
