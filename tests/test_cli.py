"""The ``kg`` command, run as a user runs it: real files in tmp_path, real exit codes."""

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from rdflib import Dataset
from spacy.language import Language
from typer.testing import CliRunner

import kg.nlp
import kg.pipeline
from kg import vocab
from kg.cli import app
from kg.errors import StoreError
from kg.pipeline import ArticleResult
from kg.rdf import article_graph, article_iri
from kg.types import Article

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "kg" / "queries").glob("*.rq"))

TALKS = (
    "date 2024-03-05\n"
    "NATO criticizes Russia\n"
    "NATO Secretary General Jens Stoltenberg criticized Russia on Tuesday. Japan supports "
    "Ukraine, the Japanese government said. China opposed the sanctions. The United States "
    "imposed sanctions on Russia.\n"
)
OSLO = (
    "date 2024-03-06\n"
    "Japan backs Ukraine\n"
    "Japan supports Ukraine, the Japanese government said on Monday. The European Union "
    "imposed sanctions on Russia after the talks.\n"
)
FRENCH = (
    "Le secrétaire général de l'OTAN a rencontré mercredi à Tokyo le Premier ministre japonais. "
    "Les deux dirigeants ont convenu de renforcer leur coopération en matière de sécurité dans "
    "le cyberespace et dans l'espace, a indiqué le gouvernement japonais dans un communiqué "
    "publié à l'issue de la réunion."
)
RELATIONS = {vocab.relation(name) for name in vocab.relation_names()}


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """The commands reconfigure the root logger; give the next test its own back."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "200"})


@pytest.fixture
def shared_nlp(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> Language:
    """Let the commands reuse the session's pipeline instead of loading it again."""
    real = kg.nlp.load_pipeline
    monkeypatch.setattr(kg.nlp, "load_pipeline",
                        lambda name=None: nlp if name is None else real(name))
    return nlp


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def good_folder(folder: Path) -> Path:
    write(folder / "talks.txt", TALKS)
    write(folder / "oslo.txt", OSLO)
    return folder


def stderr_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def read_dataset(path: Path, fmt: str) -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(path, format=fmt)
    return ds


def relation_triples(ds: Dataset) -> set[tuple[object, object, object]]:
    return {(s, p, o) for s, p, o in ds.triples((None, None, None)) if p in RELATIONS}


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name not in keep)


# --------------------------------------------------------------------------- build: bad inputs


def bad_inputs(folder: Path) -> dict[str, str]:
    """Write every kind of bad input; return file name -> a word of the expected reason."""
    write(folder / "empty.txt", b"")
    write(folder / "binary.txt", bytes(range(256)) * 40)
    # A UTF-16 BOM followed by a lone surrogate: no encoding can read it.
    write(folder / "undecodable.txt", b"\xff\xfe\x00\xd8A\x00B\x00")
    with open(folder / "huge.txt", "wb") as f:  # sparse: costs no disk
        f.truncate(50 * 1024 * 1024)
    write(folder / "broken.html", "<html><head><title>x</title></head><body><div><p><<<>>></")
    write(folder / "french.txt", FRENCH)
    return {"empty.txt": "empty", "binary.txt": "binary", "undecodable.txt": "decode",
            "huge.txt": "too large", "broken.html": "HTML", "french.txt": "English"}


@pytest.mark.model
def test_cli_build_reports_each_bad_input_once_and_builds_the_rest(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write(src / "good.txt", TALKS)
    # cp1252: an é, an en dash and a curly apostrophe; decoded by the fallback.
    write(src / "cp1252.txt", (
        "date 2024-03-05\nNATO criticized Russia on Tuesday at the caf\xe9 summit \x96 "
        "the alliance\x92s chief said. Japan supports Ukraine, the government said.\n"
    ).encode("latin-1"))
    # Unclosed tags and stray brackets, but a real article inside: still read.
    write(src / "tagsoup.html", (
        "<html><head><title>Talks in Oslo</title><body><article><p>The foreign ministers of "
        "Norway and Finland met in Oslo on Tuesday to discuss security in the Arctic <b>and "
        "energy.<p>They agreed to hold another meeting in Helsinki in the spring, officials "
        "said after the talks. <<< & </div>"
    ))
    lines = [json.dumps({"id": "w1", "text": OSLO.split("\n", 1)[1]}),
             '{"id": "w2", "text": "unterminated',
             json.dumps({"id": "w3", "text": TALKS.split("\n", 1)[1]})]
    write(src / "wire.jsonl", "\n".join(lines) + "\n")
    expected = bad_inputs(src)
    expected["wire.jsonl:2"] = "malformed JSON"
    out = tmp_path / "out.trig"

    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)

    assert proc.returncode == 1, proc.stderr
    errors = stderr_lines(proc.stderr)
    assert len(errors) == len(expected), proc.stderr
    for name, reason in expected.items():
        mentioning = [line for line in errors if f"{src / name}:" in line]
        assert len(mentioning) == 1, (name, proc.stderr)
        assert reason.lower() in mentioning[0].lower(), mentioning[0]
    assert "articles: 5 built, 7 failed" in proc.stdout
    graphs = {g.identifier for g in read_dataset(out, "trig").graphs()}
    for article_id in ("good", "cp1252", "tagsoup", "w1", "w3"):
        assert article_iri(article_id) in graphs
    for article_id in ("empty", "binary", "undecodable", "huge", "broken", "french", "w2"):
        assert article_iri(article_id) not in graphs
    assert leftovers(tmp_path, {"in", "out.trig"}) == []


@pytest.mark.model
def test_cli_build_exits_0_when_every_input_is_good(tmp_path: Path, runner: CliRunner,
                                                   shared_nlp: Language) -> None:
    src = good_folder(tmp_path / "in")
    out = tmp_path / "out" / "graph.trig"

    result = runner.invoke(app, ["build", str(src), "-o", str(out)])

    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert f"wrote {out}" in result.stdout
    assert "articles: 2 built, 0 failed" in result.stdout
    graphs = {g.identifier for g in read_dataset(out, "trig").graphs()}
    assert {article_iri("talks"), article_iri("oslo")} <= graphs


@pytest.mark.model
def test_cli_build_quiet_prints_nothing_on_success(tmp_path: Path, runner: CliRunner,
                                                  shared_nlp: Language) -> None:
    src = good_folder(tmp_path / "in")

    result = runner.invoke(app, ["build", str(src), "-o", str(tmp_path / "g.nq"), "--quiet"])

    assert result.exit_code == 0, result.output
    assert result.output == ""


@pytest.mark.model
def test_cli_build_missing_source_is_reported_and_fails(tmp_path: Path, runner: CliRunner,
                                                       shared_nlp: Language) -> None:
    src = good_folder(tmp_path / "in")
    missing = tmp_path / "nope.txt"

    result = runner.invoke(app, ["build", str(src), str(missing), "-o", str(tmp_path / "g.trig")])

    assert result.exit_code == 1
    [line] = stderr_lines(result.stderr)
    assert str(missing) in line and "no such file" in line
    assert "articles: 2 built, 1 failed" in result.stdout


# --------------------------------------------------------------------------- build: atomic output


def fake_result(article_id: str) -> ArticleResult:
    article = Article(id=article_id, text="NATO met Japan.", source=f"{article_id}.txt")
    return ArticleResult(article, article_graph(article, [], {}), (), 0)


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands get a blank pipeline: for tests whose build_graphs is faked."""
    monkeypatch.setattr(kg.nlp, "load_pipeline", lambda name=None: spacy.blank("en"))


@pytest.mark.parametrize("error", [RuntimeError("disk on fire"), StoreError("store broke")])
def test_cli_build_failure_midway_keeps_the_old_output(
        tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, no_model: None,
        error: Exception) -> None:
    src = good_folder(tmp_path / "in")
    out = tmp_path / "graph.trig"
    out.write_text("# the old graph\n", encoding="utf-8")

    def one_then_fail(*args: object, **kwargs: object) -> Iterator[ArticleResult]:
        yield fake_result("first")
        raise error

    monkeypatch.setattr(kg.pipeline, "build_graphs", one_then_fail)

    result = runner.invoke(app, ["build", str(src), "-o", str(out)])

    assert result.exit_code != 0
    if isinstance(error, StoreError):  # a kg error: one line, usage-error status
        assert result.exit_code == 2
        assert stderr_lines(result.stderr) == ["kg: error: store broke"]
    else:
        assert result.exception is error
    assert out.read_text(encoding="utf-8") == "# the old graph\n"
    assert leftovers(tmp_path, {"in", "graph.trig"}) == []


def test_cli_build_bad_model_keeps_the_old_output(tmp_path: Path, runner: CliRunner) -> None:
    src = good_folder(tmp_path / "in")
    out = tmp_path / "graph.ttl"
    out.write_text("# the old graph\n", encoding="utf-8")

    result = runner.invoke(app, ["build", str(src), "-o", str(out),
                                 "--model", "no_such_spacy_model_xyz"])

    assert result.exit_code == 2
    [line] = stderr_lines(result.stderr)
    assert line.startswith("kg: error: ") and "no_such_spacy_model_xyz" in line
    assert out.read_text(encoding="utf-8") == "# the old graph\n"
    assert leftovers(tmp_path, {"in", "graph.ttl"}) == []


def test_cli_build_success_replaces_the_old_output(tmp_path: Path, runner: CliRunner,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   no_model: None) -> None:
    src = good_folder(tmp_path / "in")
    out = tmp_path / "graph.trig"
    out.write_text("# the old graph\n", encoding="utf-8")
    monkeypatch.setattr(kg.pipeline, "build_graphs", lambda *a, **k: iter(
        [fake_result("first"), fake_result("second")]))

    result = runner.invoke(app, ["build", str(src), "-o", str(out)])

    assert result.exit_code == 0, result.output
    graphs = {g.identifier for g in read_dataset(out, "trig").graphs()}
    assert {article_iri("first"), article_iri("second")} <= graphs
    assert leftovers(tmp_path, {"in", "graph.trig"}) == []


# --------------------------------------------------------------------------- build: formats


@pytest.fixture(scope="module")
def built_formats(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The two good articles built once into every output format, through the command."""
    tmp = tmp_path_factory.mktemp("formats")
    src = good_folder(tmp / "in")
    real = kg.nlp.load_pipeline
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    kg.nlp.load_pipeline = lambda name=None: nlp  # type: ignore[assignment]
    try:
        outputs = {}
        for suffix in (".trig", ".nq", ".ttl", ".nt", ".jsonld"):
            out = tmp / f"graph{suffix}"
            result = CliRunner().invoke(app, ["build", str(src), "-o", str(out), "-q"])
            assert result.exit_code == 0, result.output
            outputs[suffix] = out
    finally:
        kg.nlp.load_pipeline = real  # type: ignore[assignment]
        root.handlers[:] = handlers
        root.setLevel(level)
    return outputs


FORMAT_NAMES = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt",
                ".jsonld": "json-ld"}


@pytest.mark.model
@pytest.mark.parametrize("suffix", sorted(FORMAT_NAMES))
def test_cli_build_each_format_parses_back_with_the_same_relations(
        built_formats: dict[str, Path], suffix: str) -> None:
    reference = relation_triples(read_dataset(built_formats[".trig"], "trig"))
    assert len(reference) >= 3

    ds = read_dataset(built_formats[suffix], FORMAT_NAMES[suffix])

    assert relation_triples(ds) == reference
    if suffix in (".trig", ".nq", ".jsonld"):  # one named graph per article
        names = {g.identifier for g in ds.graphs()}
        assert {article_iri("talks"), article_iri("oslo")} <= names


@pytest.mark.parametrize("name", ["graph.xyz", "graph", "graph.rdf"])
def test_cli_build_unknown_extension_is_a_one_line_error(tmp_path: Path, runner: CliRunner,
                                                        name: str) -> None:
    src = good_folder(tmp_path / "in")

    result = runner.invoke(app, ["build", str(src), "-o", str(tmp_path / name)])

    assert result.exit_code == 2
    [line] = stderr_lines(result.stderr)
    assert line.startswith(f"kg: error: {tmp_path / name}: unknown output format")
    assert ".trig" in line and ".jsonld" in line
    assert leftovers(tmp_path, {"in"}) == []


# --------------------------------------------------------------------------- query


@pytest.fixture(scope="module")
def graph_file(built_formats: dict[str, Path]) -> Path:
    return built_formats[".trig"]


def csv_rows(text: str) -> list[list[str]]:
    return [line.split(",") for line in text.splitlines() if line]


@pytest.mark.model
def test_cli_query_inline_select_prints_csv(graph_file: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", str(graph_file), "-q",
                                 "SELECT ?s ?o WHERE { ?s kg:criticizes ?o } ORDER BY ?s"])

    assert result.exit_code == 0, result.output
    header, *rows = csv_rows(result.stdout)
    assert header == ["s", "o"]
    assert rows
    assert all(o.startswith("https://w3id.org/kg/id/") for _, o in rows)
    assert any(o.endswith("russia") for _, o in rows)


@pytest.mark.model
def test_cli_query_bind_restricts_the_rows(graph_file: Path, runner: CliRunner) -> None:
    sparql = "SELECT ?a ?o WHERE { ?a kg:criticizes ?o }"
    every = csv_rows(runner.invoke(app, ["query", str(graph_file), "-q", sparql]).stdout)[1:]
    subjects = sorted({a for a, _ in every})
    assert len(subjects) >= 2  # NATO and Stoltenberg

    result = runner.invoke(app, ["query", str(graph_file), "-q", sparql,
                                 "--bind", f"a={subjects[0]}"])

    assert result.exit_code == 0, result.output
    rows = csv_rows(result.stdout)[1:]
    assert rows
    assert {a for a, _ in rows} == {subjects[0]}


@pytest.mark.model
def test_cli_query_bind_literal(graph_file: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", str(graph_file), "-q",
                                 "SELECT ?article WHERE { ?article dcterms:identifier ?id }",
                                 "--bind", "?id=talks"])

    assert result.exit_code == 0, result.output
    assert csv_rows(result.stdout) == [["article"], [str(article_iri("talks"))]]


@pytest.mark.model
def test_cli_query_ask_and_construct(graph_file: Path, runner: CliRunner) -> None:
    ask = runner.invoke(app, ["query", str(graph_file), "-q", "ASK { ?s kg:criticizes ?o }"])
    construct = runner.invoke(app, ["query", str(graph_file), "-q",
                                    "CONSTRUCT { ?s kg:criticizes ?o } "
                                    "WHERE { ?s kg:criticizes ?o }"])

    assert (ask.exit_code, ask.stdout.strip()) == (0, "true")
    assert construct.exit_code == 0, construct.output
    assert "criticizes" in construct.stdout


@pytest.mark.model
@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_cli_query_shipped_queries_run_by_name(graph_file: Path, runner: CliRunner,
                                               path: Path) -> None:
    result = runner.invoke(app, ["query", str(graph_file), "-q", path.stem])

    assert result.exit_code == 0, result.output
    assert result.stderr == ""


@pytest.mark.model
def test_cli_query_reads_a_query_file(graph_file: Path, tmp_path: Path,
                                      runner: CliRunner) -> None:
    rq = write(tmp_path / "mine.rq", "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:sanctions ?o }")

    result = runner.invoke(app, ["query", str(graph_file), "-q", str(rq)])

    assert result.exit_code == 0, result.output
    header, [count] = csv_rows(result.stdout)
    assert header == ["n"] and int(count) >= 1


@pytest.mark.parametrize(("args", "message"), [
    (["-q", "SELEC ?s WHERE { ?s ?p ?o }"], "invalid SPARQL query"),
    (["-q", "SELECT ?s WHERE { ?s ?p "], "invalid SPARQL query"),
    (["-q", "no_such_query"], "no query named 'no_such_query'"),
    (["-q", "SELECT ?s WHERE { ?s ?p ?o }", "--bind", "novalue"], "expected NAME=VALUE"),
])
def test_cli_query_bad_input_is_a_one_line_error(tmp_path: Path, runner: CliRunner,
                                                 args: list[str], message: str) -> None:
    graph = write(tmp_path / "g.nt", "<urn:a> <urn:p> <urn:b> .\n")

    result = runner.invoke(app, ["query", str(graph), *args])

    assert result.exit_code == 2
    [line] = stderr_lines(result.stderr)
    assert line.startswith("kg: error: ") and message in line


def test_cli_query_malformed_graph_file_names_it(tmp_path: Path, runner: CliRunner) -> None:
    graph = write(tmp_path / "g.ttl", "@prefix : <urn:> .\n:a :b \n")

    result = runner.invoke(app, ["query", str(graph), "-q", "ASK { ?s ?p ?o }"])

    assert result.exit_code == 2
    [line] = stderr_lines(result.stderr)
    assert line.startswith(f"kg: error: {graph}: not valid turtle")


def test_cli_query_on_a_small_graph(tmp_path: Path, runner: CliRunner) -> None:
    graph = write(tmp_path / "g.nt", "<urn:a> <urn:p> <urn:b> .\n<urn:c> <urn:p> \"x\" .\n")

    result = runner.invoke(app, ["query", str(graph), "-q",
                                 "SELECT ?o WHERE { ?s <urn:p> ?o }", "--bind", "s=urn:a"])

    assert result.exit_code == 0, result.output
    assert csv_rows(result.stdout) == [["o"], ["urn:b"]]


# --------------------------------------------------------------------------- evaluate


def gold_record(article: str) -> dict[str, object]:
    return {
        "article": article, "date": "2024-03-05",
        "entities": [
            {"id": "NATO", "kind": "Organization", "labels": ["NATO"]},
            {"id": "Russia", "kind": "State", "labels": ["Russia"]},
            {"id": "Jens Stoltenberg", "kind": "Person", "labels": ["Jens Stoltenberg"]},
            {"id": "Japan", "kind": "State", "labels": ["Japan"]},
            {"id": "Ukraine", "kind": "State", "labels": ["Ukraine"]},
            {"id": "United States", "kind": "State", "labels": ["United States"]},
        ],
        "relations": [
            {"s": "NATO", "p": "criticizes", "o": "Russia"},
            {"s": "Jens Stoltenberg", "p": "criticizes", "o": "Russia"},
            {"s": "Japan", "p": "supports", "o": "Ukraine"},
            {"s": "United States", "p": "sanctions", "o": "Russia"},
            {"s": "Japan", "p": "attacks", "o": "Russia"},  # a miss on purpose
        ],
    }


@pytest.mark.model
def test_cli_evaluate_prints_article_relation_and_micro_tables(
        tmp_path: Path, runner: CliRunner, shared_nlp: Language) -> None:
    src = good_folder(tmp_path / "in")
    gold = write(tmp_path / "gold.jsonl", json.dumps(gold_record("talks")) + "\n")

    result = runner.invoke(app, ["evaluate", str(gold), "--articles", str(src), "--show", "5"])

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["article", "P", "R", "F1", "tp", "fp", "fn"]
    assert lines[1].split()[0] == "talks"
    assert any(line.split() == ["relation", "P", "R", "F1", "tp", "fp", "fn"] for line in lines)
    assert any(line.split()[:1] == ["criticizes"] for line in lines)
    assert any("miss" in line and "attacks" in line for line in lines)
    micro = lines[-1].split()
    assert micro[0] == "micro"
    tp, fp, fn = map(int, micro[4:])
    assert tp >= 1 and fn >= 1
    assert float(micro[1]) == pytest.approx(tp / (tp + fp), abs=1e-3)


def test_cli_evaluate_malformed_gold_names_file_and_line(tmp_path: Path,
                                                         runner: CliRunner) -> None:
    src = good_folder(tmp_path / "in")
    gold = write(tmp_path / "gold.jsonl",
                 json.dumps(gold_record("talks")) + "\n" + '{"article": "oslo", \n')

    result = runner.invoke(app, ["evaluate", str(gold), "--articles", str(src)])

    assert result.exit_code == 2
    [line] = stderr_lines(result.stderr)
    assert line.startswith(f"kg: error: {gold}:2: ")


def test_cli_evaluate_missing_gold_file_is_a_one_line_error(tmp_path: Path,
                                                            runner: CliRunner) -> None:
    result = runner.invoke(app, ["evaluate", str(tmp_path / "none.jsonl"),
                                 "--articles", str(tmp_path)])

    assert result.exit_code == 2
    [line] = stderr_lines(result.stderr)
    assert str(tmp_path / "none.jsonl") in line


# --------------------------------------------------------------------------- help


@pytest.mark.parametrize(("command", "options"), [
    ("build", ["--output", "--model", "--html", "--batch-size", "--max-mb", "--quiet",
               "--verbose", ".trig", ".jsonld", "kg[viz]"]),
    ("evaluate", ["--articles", "--model", "--show", "JSON Lines"]),
    ("query", ["--query", "--bind", "NAME=IRI", "SPARQL"]),
    ("render", ["--output", "HTML"]),
])
def test_cli_help_explains_each_option(runner: CliRunner, command: str,
                                       options: list[str]) -> None:
    result = runner.invoke(app, [command, "--help"])

    assert result.exit_code == 0
    for option in options:
        assert option in result.stdout, option


def test_cli_help_lists_the_commands(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])

    assert result.exit_code == 0
    for command in ("build", "evaluate", "query", "render"):
        assert command in result.stdout


def test_cli_python_m_kg_help_works() -> None:
    proc = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)

    assert proc.returncode == 0, proc.stderr
    assert "Usage: kg" in proc.stdout
    assert "build" in proc.stdout and "query" in proc.stdout


def test_cli_kg_without_arguments_shows_help(runner: CliRunner) -> None:
    result = runner.invoke(app, [])

    assert "Usage" in result.output
    assert "build" in result.output


