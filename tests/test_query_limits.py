"""Row limits of ``kg query``: the bundled queries print at most 100 rows unless --limit says.

The data: 40 articles written into a real Oxigraph store (and an N-Quads file) in the
output shape, 4 sentences each (160 kg:Assertion nodes): enough rows to be cut.
"""

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.store import (
    DEFAULT_LIMIT,
    StoreWriter,
    bundled_queries,
    bundled_query,
    limit_query,
    load_graph,
    open_dataset,
    query,
    run_query,
)

ARTICLES = 40
STATES = 7
KG = "https://w3id.org/kg/diplomacy#"
ID = "https://w3id.org/kg/id/"
ART = "https://w3id.org/kg/article/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _state(n: int) -> str:
    return f"{ID}state-{n % STATES}"


def _article(i: int) -> str:
    """The N-Triples of article i: four sentences, the relations they state, the actors."""
    art = f"{ART}art{i:02d}"
    a, b, c = _state(i), _state(i + 1), _state(i + 2)
    date = f"2024-01-{i % 28 + 1:02d}"
    lines = [f'<{art}> <{RDF}type> <{KG}Article> .',
             f'<{art}> <http://purl.org/dc/terms/identifier> "art{i:02d}" .',
             f'<{art}> <http://purl.org/dc/terms/date> "{date}"^^<{XSD}date> .',
             f'<{ID}nato> <{RDF}type> <{KG}Organization> .',
             f'<{ID}nato> <http://www.w3.org/2004/02/skos/core#prefLabel> "NATO"@en .']
    for actor in (a, b, c):
        lines += [f'<{actor}> <{RDF}type> <{KG}State> .',
                  f'<{actor}> <http://www.w3.org/2004/02/skos/core#prefLabel> '
                  f'"State {actor[-1]}"@en .']
    statements = [(a, "criticizes", f"{ID}nato"), (a, "metWith", b), (c, "opposes", a),
                  (a, "memberOf", f"{ID}nato")]
    for n, (s, p, o) in enumerate(statements):
        claim = f"{art}/claim/{n}"
        lines += [f"<{s}> <{KG}{p}> <{o}> .",
                  f"<{claim}> <{RDF}type> <{KG}Assertion> .",
                  f"<{claim}> <{RDF}subject> <{s}> .",
                  f"<{claim}> <{RDF}predicate> <{KG}{p}> .",
                  f"<{claim}> <{RDF}object> <{o}> .",
                  f'<{claim}> <{KG}sentence> "Sentence {n} of article {i}." .',
                  f"<{claim}> <http://www.w3.org/ns/prov#wasDerivedFrom> <{art}> .",
                  f'<{claim}> <{KG}startChar> "{n * 30}"^^<{XSD}nonNegativeInteger> .',
                  f'<{claim}> <{KG}endChar> "{n * 30 + 29}"^^<{XSD}nonNegativeInteger> .',
                  f'<{claim}> <{KG}extractor> "kg_relations" .',
                  f'<{claim}> <{KG}confidence> "0.8"^^<{XSD}decimal> .',
                  f'<{claim}> <{KG}articleDate> "{date}"^^<{XSD}date> .']
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The store and the N-Quads file of the same 40 articles."""
    folder = tmp_path_factory.mktemp("limits")
    store, nquads = folder / "kg.store", folder / "g.nq"
    with StoreWriter(store) as writer, nquads.open("w", encoding="utf-8") as out:
        for i in range(ARTICLES):
            triples = [q.triple for q in ox.parse(_article(i), format=ox.RdfFormat.N_TRIPLES)]
            writer.write_triples(f"{ART}art{i:02d}", triples)
            graph = ox.NamedNode(f"{ART}art{i:02d}")
            out.writelines(f"{ox.Quad(t.subject, t.predicate, t.object, graph)} .\n"
                           for t in triples)
    return store, nquads


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _all_rows(source: Path, name: str, bindings: dict[str, ox.NamedNode] | None = None
              ) -> list[list[str]]:
    """The whole answer of a bundled query, as the engine gives it without a limit."""
    result = run_query(open_dataset(source), bundled_query(name).prepared(bindings, 0))
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [["" if row[n] is None else row[n].value for n in names] for row in result]


def test_query_limits_default_cuts_a_listing_and_says_so(data: tuple[Path, Path],
                                                         runner: CliRunner) -> None:
    store, _ = data
    result = runner.invoke(app, ["query", str(store), "-q", "relations"])

    assert result.exit_code == 0, result.output
    header, *rows = _csv(result.stdout)
    assert len(rows) == DEFAULT_LIMIT == 100
    assert result.stderr.strip() == (
        "kg: showing the first 100 rows found, sorted; there are more: narrow the query "
        "with --param, or give --limit 0 for all rows")
    every = _all_rows(store, "relations")
    assert len(every) == ARTICLES * 4
    assert all(row in every for row in rows)
    # Sorted as the query says: subject label, relation, object label, article, sentence.
    at = {name: header.index(name) for name in header}
    keys = [(r[at["subjectLabel"]], r[at["relation"]], r[at["objectLabel"]], r[at["article"]],
             r[at["sentence"]]) for r in rows]
    assert keys == sorted(keys)


def test_query_limits_zero_returns_every_row_sorted_whole(data: tuple[Path, Path],
                                                          runner: CliRunner) -> None:
    store, _ = data
    result = runner.invoke(app, ["query", str(store), "-q", "relations", "--limit", "0"])

    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert _csv(result.stdout)[1:] == _all_rows(store, "relations")


def test_query_limits_a_listing_keeps_its_parameters(data: tuple[Path, Path],
                                                     runner: CliRunner) -> None:
    store, _ = data
    result = runner.invoke(app, ["query", str(store), "-q", "timeline", "-p",
                                 "actor=State 3", "-n", "5"])

    assert result.exit_code == 0, result.output
    header, *rows = _csv(result.stdout)
    assert len(rows) == 5
    subject, obj = header.index("subject"), header.index("object")
    assert all(f"{ID}state-3" in (row[subject], row[obj]) for row in rows)
    assert "first 5 rows found" in result.stderr
    dates = [row[header.index("date")] for row in rows]
    assert dates == sorted(dates)


def test_query_limits_a_ranking_keeps_its_top_rows(data: tuple[Path, Path],
                                                   runner: CliRunner) -> None:
    store, _ = data
    every = _all_rows(store, "actors")
    assert len(every) == STATES + 1  # the states and NATO
    result = runner.invoke(app, ["query", str(store), "-q", "actors", "--limit", "3"])

    assert result.exit_code == 0, result.output
    assert _csv(result.stdout)[1:] == every[:3]
    assert result.stderr.strip() == ("kg: showing the top 3 rows; there are more: --limit 0 "
                                     "shows all")


def test_query_limits_say_nothing_when_every_row_fits(data: tuple[Path, Path],
                                                      runner: CliRunner) -> None:
    store, _ = data
    result = runner.invoke(app, ["query", str(store), "-q", "targets", "--limit", "8"])

    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert _csv(result.stdout)[1:] == _all_rows(store, "targets")


@pytest.mark.parametrize("value", ["abc", "-1", "1.5", ""])
def test_query_limits_bad_value_is_one_clear_line(value: str, data: tuple[Path, Path],
                                                  runner: CliRunner) -> None:
    store, _ = data
    result = runner.invoke(app, ["query", str(store), "-q", "relations", "--limit", value])

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"kg: error: --limit {value}: give a number of rows, 0 for all\n"


def test_query_limits_own_sparql_is_not_cut_unless_asked(data: tuple[Path, Path],
                                                         runner: CliRunner) -> None:
    store, _ = data
    sparql = "SELECT ?a WHERE { ?a a kg:Assertion } ORDER BY ?a"
    every = runner.invoke(app, ["query", str(store), "-q", sparql])
    some = runner.invoke(app, ["query", str(store), "-q", sparql, "--limit", "3"])
    construct = runner.invoke(app, ["query", str(store), "-q",
                                    "CONSTRUCT { ?a a kg:Assertion } WHERE { ?a a kg:Assertion }",
                                    "--limit", "3"])

    assert every.exit_code == 0 and every.stderr == ""
    assert len(_csv(every.stdout)) == 1 + ARTICLES * 4
    assert _csv(some.stdout) == _csv(every.stdout)[:4]
    assert some.stderr.strip() == "kg: showing the first 3 rows; there are more: --limit 0 " \
                                  "shows all"
    assert construct.exit_code == 2
    assert construct.stderr == "kg: error: a row limit applies to SELECT queries only\n"


@pytest.mark.parametrize("fmt", ["json", "tsv", "xml", "table"])
def test_query_limits_every_format_prints_the_rows_kept(fmt: str, data: tuple[Path, Path],
                                                        runner: CliRunner) -> None:
    store, _ = data
    result = runner.invoke(app, ["query", str(store), "-q", "meetings", "-n", "4",
                                 "--format", fmt])

    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert len(json.loads(result.stdout)["results"]["bindings"]) == 4
    elif fmt == "tsv":
        assert len(result.stdout.splitlines()) == 1 + 4
    elif fmt == "xml":
        assert result.stdout.count("<result>") == 4
    else:
        assert result.stdout.splitlines()[-1] == "(4 rows)"
    assert "first 4 rows found" in result.stderr


def test_query_limits_store_file_and_rdflib_agree_on_every_bundled_query(
        data: tuple[Path, Path]) -> None:
    store, nquads = data
    graph = load_graph(nquads)
    for q in bundled_queries():
        text = q.prepared(None, 0)
        from_store = _all_rows(store, q.name)
        assert from_store, q.name
        assert _all_rows(nquads, q.name) == from_store, q.name
        by_rdflib = [["" if v is None else str(v) for v in row]  # type: ignore[union-attr]
                     for row in query(graph, text)]
        assert by_rdflib == from_store, q.name


def test_query_limits_listing_wraps_bound_values_inside_the_limit() -> None:
    q = bundled_query("timeline")
    assert q.listing and not bundled_query("actors").listing
    text = q.prepared({"actor": ox.NamedNode(f"{ID}state-3")}, 10)
    inner = text.index("LIMIT 11")
    assert text.index(f"VALUES ?actor {{ <{ID}state-3> }}") < inner
    assert text.rstrip().endswith("?objectLabel")  # the order applies outside the limit
    assert limit_query(q.text, 0) == q.text
    assert [(b.name, b.listing) for b in bundled_queries() if not b.listing] == [
        ("actors", False), ("targets", False)]


def test_query_limits_help_and_readme_document_the_option(runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", "--help"], env={"COLUMNS": "200"})
    assert "--limit" in result.stdout and "0 prints all" in result.stdout
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "--limit" in readme
