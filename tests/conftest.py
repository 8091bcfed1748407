"""Shared fixtures. Tests that need the trained spaCy pipeline are marked
``model`` and run only with ``pytest --model`` (the README's test command)."""

import datetime
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.jsonl"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--model", action="store_true", default=False,
                     help="run the tests that load the trained spaCy English pipeline")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--model"):
        return
    skip = pytest.mark.skip(reason="needs the spaCy model: run with --model")
    for item in items:
        if "model" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp() -> Iterator[Language]:
    """The full kg pipeline on the default model, loaded once."""
    from kg.nlp import load_pipeline

    yield load_pipeline()


@pytest.fixture(scope="session")
def seed_graph_path(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles built once into a TriG file."""
    from kg.ingest import read_articles
    from kg.pipeline import build_graphs
    from kg.store import GraphWriter

    path = tmp_path_factory.mktemp("seeds") / "seeds.trig"
    with GraphWriter(path) as writer:
        for result in build_graphs(read_articles([SEEDS]), nlp):
            writer.write(result.graph)
    return path


@pytest.fixture(scope="session")
def seed_store_path(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles built once into an Oxigraph store folder (read-only: copy it to
    change it); the same build also wrote ``seeds.trig`` beside it."""
    from kg.ingest import read_articles
    from kg.pipeline import build_graphs
    from kg.store import BuildOutputs

    folder = tmp_path_factory.mktemp("seed-store")
    with BuildOutputs(folder / "seeds.trig", folder / "seeds.store") as outputs:
        for result in build_graphs(read_articles([SEEDS]), nlp):
            outputs.write(result)
    return folder / "seeds.store"


def refs_covering(doc: Doc, surface: str, nth: int) -> set[tuple[str, str]]:
    """The (key, kind) of the mentions that cover the ``nth`` occurrence of ``surface``
    whole ("BRICS" inside "BRICS summit" does not)."""
    starts = [t.idx for t in doc if doc.text.startswith(surface, t.idx)]
    assert len(starts) > nth, f"{surface!r} occurs {len(starts)} times"
    span = doc.char_span(starts[nth], starts[nth] + len(surface), alignment_mode="expand")
    assert span is not None
    return {(r.key, r.kind) for r in doc._.kg_refs if r.start <= span.start and span.end <= r.end}


def dated_doc(nlp: Language, text: str, day: datetime.date | None) -> Doc:
    """``text`` run through ``nlp`` as an article of ``day`` (titles are read against the
    officeholders of that day; None: an undated article)."""
    doc = nlp.make_doc(text)
    doc._.kg_date = day
    return nlp(doc)


def claim_triples(doc: Doc, relations: Iterable[str] | None = None, *,
                  symmetric: Iterable[str] = ()) -> set[tuple[str, str, str]]:
    """The (subject, relation, object) keys of a document's claims of ``relations`` (all
    when None); a claim of a ``symmetric`` relation is written with its two keys sorted."""
    wanted = None if relations is None else set(relations)
    sym = set(symmetric)
    out: set[tuple[str, str, str]] = set()
    for c in doc._.kg_claims:
        if wanted is not None and c.relation not in wanted:
            continue
        s, o = c.subject.key, c.object.key
        if c.relation in sym and o < s:
            s, o = o, s
        out.add((s, c.relation, o))
    return out


def node_labels(doc: Doc, kind: str) -> dict[str, list[str]]:
    """The actors of one kind a document names (its ``kg_actors``), each with its labels."""
    return {k: list(a.labels) for k, a in (doc._.kg_actors or {}).items() if a.kind == kind}


def shipped_lexicon_without(key: str) -> str:
    """The shipped ``triggers.toml`` with the line of ``key`` (and a list's continuation
    lines) dropped: a lexicon that must fail to load if the rules read ``key``."""
    lines = (ROOT / "kg" / "lexicons" / "triggers.toml").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{key} = "))
    end = start + 1
    while end < len(lines) and lines[end].startswith(" "):
        end += 1
    return "\n".join(lines[:start] + lines[end:])
