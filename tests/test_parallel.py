"""kg.parallel: the same triples whether built here, on worker processes or on Dask.

The model-marked tests run the real ``kg build`` command on the seeds plus
one article too long for the parser: with ``--jobs 1``, with ``--jobs 2``
and on a real two-worker Dask ``LocalCluster``, each worker loading the
model once. Each build must report the long article in one line (it fails
inside a worker) and give the same quads for the others as a build in this
process.
"""

import json
from pathlib import Path

import pytest
from rdflib import Dataset
from spacy.language import Language
from typer.testing import CliRunner

import kg.nlp
import kg.parallel
from kg.cli import app
from kg.parallel import build_results, parse_dask_address
from kg.rdf import article_iri
from kg.store import StoreWriter, load_graph, store_articles
from tests.conftest import SEEDS

Quad = tuple[object, object, object, object]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def quads(path: Path) -> set[Quad]:
    """Every quad of a graph file or store (kg writes no blank nodes)."""
    dataset: Dataset = load_graph(path)
    return {(s, p, o, g.identifier) for g in dataset.graphs() for s, p, o in g}


def too_long_article(folder: Path) -> Path:
    """A real-text article longer than spaCy's max_length (1,000,000 characters)."""
    paragraphs = [line for path in sorted(SEEDS.glob("*.txt"))
                  for line in path.read_text(encoding="utf-8").splitlines() if len(line) > 40]
    lines: list[str] = []
    size = 0
    while size < 1_250_000:  # the cleaner trims some; well over a million remain
        line = f"Paragraph {len(lines)}. {paragraphs[len(lines) % len(paragraphs)]}"
        lines.append(line)
        size += len(line) + 1
    path = folder / "huge.jsonl"
    path.write_text(json.dumps({"id": "huge", "text": "\n".join(lines)}) + "\n",
                    encoding="utf-8")
    return path


# --------------------------------------------------------------------------- no model


@pytest.mark.parametrize("value", ["local:", "local:0", "local:two", "local:-1"])
def test_parallel_dask_local_needs_a_worker_count(value: str) -> None:
    with pytest.raises(ValueError, match="expected local:N with N >= 1"):
        parse_dask_address(value)


def test_parallel_bad_settings_are_value_errors_at_the_call() -> None:
    with pytest.raises(ValueError, match="jobs must be >= 0, got -1"):
        build_results([], jobs=-1)
    with pytest.raises(ValueError, match="batch_size must be >= 1, got 0"):
        build_results([], batch_size=0)
    with pytest.raises(ValueError, match=r"min_confidence must be within 0..1, got 1.5"):
        build_results([], min_confidence=1.5)


def test_parallel_cli_bad_dask_value_is_one_line(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["build", str(SEEDS), "-o", str(tmp_path / "g.nq"),
                                 "--dask", "local:zero"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "kg: error: --dask 'local:zero': expected local:N with N >= 1 workers"]
    assert not (tmp_path / "g.nq").exists()


def test_parallel_cli_help_explains_the_options(runner: CliRunner) -> None:
    result = runner.invoke(app, ["build", "--help"])
    text = " ".join(result.output.split())
    for option in ("--jobs", "--dask", "--min-confidence", "--force"):
        assert option in text
    assert "order their batches finish" in text and "local:N" in text


# --------------------------------------------------------------------------- with the model


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds and one article too long for the parser."""
    folder = tmp_path_factory.mktemp("parallel-corpus")
    for path in SEEDS.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    too_long_article(folder)
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> set[Quad]:
    """The corpus built in this process (--jobs 0)."""
    out = tmp_path_factory.mktemp("parallel-ref") / "ref.nq"
    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(out), "--jobs", "0",
                                      "-q"])
    assert result.exit_code == 1, result.output  # the long article failed
    built = quads(out)
    assert {q[3] for q in built} == {article_iri(p.stem) for p in SEEDS.glob("*.txt")}
    return built


@pytest.mark.model
@pytest.mark.parametrize(("engine", "cores"), [
    (["--jobs", "1"], None), (["--jobs", "2"], None), (["--dask", "local:2"], None),
    # fewer workers than cores: the main process builds the graphs from the workers'
    # claims; as many as cores: the workers build them
    (["--jobs", "2"], 64), (["--jobs", "1"], 1)],
    ids=["jobs1", "jobs2", "dask-local2", "jobs2-graphs-in-main", "jobs1-graphs-in-worker"])
def test_parallel_builds_the_same_triples_and_reports_the_bad_article(
        corpus: Path, reference: set[Quad], tmp_path: Path, runner: CliRunner,
        engine: list[str], cores: int | None, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "graph.nq"
    if cores is not None:
        monkeypatch.setattr(kg.parallel.os, "cpu_count", lambda: cores)

    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--batch-size", "2",
                                 *engine])

    assert result.exit_code == 1, result.output
    [error] = [line for line in result.stderr.splitlines() if line.startswith("kg: error:")]
    assert "huge.jsonl" in error and "too long for the parser" in error
    assert "articles: 5 built, 1 failed" in result.stdout
    assert quads(out) == reference


@pytest.mark.model
def test_parallel_store_build_resumes_and_force_rebuilds(
        tmp_path: Path, runner: CliRunner, nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.nlp, "load_pipeline", lambda name=None: nlp)  # loaded once, not 5x
    seeds = sorted(SEEDS.glob("*.txt"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in seeds[:2]:  # a first build that stopped after two articles
        (corpus / path.name).write_bytes(path.read_bytes())
    store = tmp_path / "kg.store"
    first = runner.invoke(app, ["build", str(corpus), "--store", str(store), "--jobs", "0"])
    assert first.exit_code == 0, first.output
    hashes = store_articles(store)
    assert set(hashes) == {p.stem for p in seeds[:2]}

    for path in seeds[2:]:
        (corpus / path.name).write_bytes(path.read_bytes())
    resumed = runner.invoke(app, ["build", str(corpus), "--store", str(store), "--jobs", "0"])
    assert resumed.exit_code == 0, resumed.output
    assert "articles: 3 built, 0 failed, 2 unchanged in the store (skipped" in resumed.stdout
    assert set(store_articles(store)) == {p.stem for p in seeds}
    complete = quads(store)

    again = runner.invoke(app, ["build", str(corpus), "--store", str(store), "--jobs", "0"])
    assert again.exit_code == 0, again.output
    assert "articles: 0 built, 0 failed, 5 unchanged" in again.stdout

    edited = corpus / seeds[0].name
    edited.write_text(seeds[0].read_text(encoding="utf-8") + "\nJapan supports Ukraine.\n",
                      encoding="utf-8")
    changed = runner.invoke(app, ["build", str(corpus), "--store", str(store), "--jobs", "0"])
    assert changed.exit_code == 0, changed.output
    assert "articles: 1 built, 0 failed, 4 unchanged" in changed.stdout
    assert store_articles(store)[seeds[0].stem] != hashes[seeds[0].stem]

    edited.write_bytes(seeds[0].read_bytes())
    forced = runner.invoke(app, ["build", str(corpus), "--store", str(store), "--jobs", "0",
                                 "--force"])
    assert forced.exit_code == 0, forced.output
    assert "articles: 5 built, 0 failed" in forced.stdout and "unchanged" not in forced.stdout
    assert quads(store) == complete
    with StoreWriter(store) as writer:
        assert writer.has_article(seeds[0].stem, hashes[seeds[0].stem])
