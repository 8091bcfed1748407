"""kg.pipeline: articles -> one graph per article; a bad article never stops the others."""

import logging
from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg import vocab
from kg.errors import IngestError
from kg.pipeline import ArticleResult, BuildSummary, build_graphs, normalize_for_parse
from kg.rdf import article_iri
from kg.types import Article

TEXTS = {
    "talks": "NATO Secretary General Jens Stoltenberg criticized Russia on Tuesday. "
             "The United States imposed sanctions on Russia.",
    "aid": "Japan supports Ukraine, the Japanese government said on Monday.",
    "boom": "China opposed the sanctions against Russia, officials said in Beijing.",
}
CRITICIZES = vocab.relation("criticizes")


def articles(*ids: str) -> list[Article]:
    return [Article(id=i, text=TEXTS[i], source=f"{i}.txt") for i in ids]


def build(items: list[Article], nlp: Language, **kwargs: int
          ) -> tuple[list[ArticleResult], list[IngestError]]:
    errors: list[IngestError] = []
    results = list(build_graphs(items, nlp, on_error=errors.append, **kwargs))
    return results, errors


# --------------------------------------------------------------------------- no model


@pytest.mark.parametrize("batch_size", [0, -1])
def test_pipeline_batch_size_below_one_is_a_value_error_at_the_call(batch_size: int) -> None:
    never: Iterator[Article] = iter(())
    with pytest.raises(ValueError, match=f"batch_size must be >= 1, got {batch_size}"):
        build_graphs(never, spacy.blank("en"), batch_size=batch_size)


def test_pipeline_normalize_for_parse_keeps_offsets() -> None:
    text = "China‘s ambitions and Japan`s plans, a ‘quoted’ word"
    out = normalize_for_parse(text)
    assert out == "China’s ambitions and Japan’s plans, a ‘quoted’ word"
    assert len(out) == len(text)


def test_pipeline_summary_counts_results_and_failures() -> None:
    summary = BuildSummary()
    summary.fail("a.txt: empty file")
    assert summary.failures == ["a.txt: empty file"]
    assert summary.articles == 0 and not summary.relations


# --------------------------------------------------------------------------- with the model


@pytest.mark.model
def test_pipeline_builds_one_named_graph_per_article(nlp: Language) -> None:
    results, errors = build(articles("talks", "aid"), nlp, batch_size=1)

    assert errors == []
    assert [r.article.id for r in results] == ["talks", "aid"]
    talks = results[0]
    assert talks.graph.identifier == article_iri("talks")
    assert {c.relation for c in talks.claims} >= {"criticizes", "sanctions"}
    assert any(p == CRITICIZES for _, p, _ in talks.graph)
    summary = BuildSummary()
    for result in results:
        summary.add(result)
    assert summary.articles == 2
    assert summary.relations["criticizes"] >= 1
    assert "Russia" in summary.entities


@pytest.mark.model
def test_pipeline_yields_each_graph_before_reading_further(nlp: Language) -> None:
    read: list[str] = []

    def lazily() -> Iterator[Article]:
        for article in articles("talks", "aid", "boom"):
            read.append(article.id)
            yield article

    stream = build_graphs(lazily(), nlp, batch_size=1)
    assert read == []  # nothing is read before the first result is asked for
    first = next(stream)
    assert first.article.id == "talks"
    assert len(read) < 3
    assert [r.article.id for r in stream] == ["aid", "boom"]


@pytest.mark.model
def test_pipeline_extractor_failure_is_reported_and_others_go_on(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    component = nlp.get_pipe("kg_relations")
    real_call = type(component).__call__

    def flaky(self: object, doc: Doc) -> Doc:
        if "Beijing" in doc.text:
            raise RuntimeError("extractor broke")
        return real_call(self, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(type(component), "__call__", flaky)

    results, errors = build(articles("talks", "boom", "aid"), nlp, batch_size=2)

    assert [r.article.id for r in results] == ["talks", "aid"]
    [error] = errors
    assert error.source == "boom.txt"
    assert "extraction failed" in error.reason and "extractor broke" in error.reason
    assert "\n" not in str(error)


@pytest.mark.model
def test_pipeline_extractor_failure_is_logged_without_on_error(
        nlp: Language, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    component = nlp.get_pipe("kg_relations")

    def broken(self: object, doc: Doc) -> Doc:
        raise RuntimeError("extractor broke")

    monkeypatch.setattr(type(component), "__call__", broken)

    with caplog.at_level(logging.WARNING, logger="kg.pipeline"):
        results = list(build_graphs(articles("aid"), nlp))

    assert results == []
    assert any("aid.txt" in r.getMessage() and "extractor broke" in r.getMessage()
               for r in caplog.records)


@pytest.mark.model
def test_pipeline_article_longer_than_max_length_is_reported_not_fatal(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    long = Article(id="long", text=" ".join([TEXTS["aid"]] * 20), source="long.txt")
    monkeypatch.setattr(nlp, "max_length", len(TEXTS["talks"]) + 10)

    results, errors = build([*articles("talks"), long, *articles("aid")], nlp)

    assert [r.article.id for r in results] == ["talks", "aid"]
    [error] = errors
    assert error.source == "long.txt"
    assert "too long" in error.reason and f"{len(long.text):,}" in error.reason


@pytest.mark.model
def test_pipeline_leaves_the_extractors_enabled_afterwards(nlp: Language) -> None:
    before = list(nlp.pipe_names)
    build(articles("aid"), nlp)
    assert nlp.pipe_names == before
    assert "kg_relations" in nlp.pipe_names


@pytest.mark.model
def test_pipeline_min_confidence_drops_claims_before_the_graph(nlp: Language) -> None:
    from kg.ingest import read_articles
    from tests.conftest import SEEDS

    everything = list(build_graphs(read_articles([SEEDS]), nlp))
    levels = sorted({c.confidence for r in everything for c in r.claims})
    threshold = levels[len(levels) // 2]  # some claims fall below it, some stay

    kept = list(build_graphs(read_articles([SEEDS]), nlp, min_confidence=threshold))

    assert [r.article.id for r in kept] == [r.article.id for r in everything]
    for full, cut in zip(everything, kept, strict=True):
        assert cut.claims == tuple(c for c in full.claims if c.confidence >= threshold)
        stated = [float(o) for o in cut.graph.objects(None, vocab.KG.confidence)]
        assert all(value >= threshold for value in stated)
        assert len(stated) == len({(c.subject.key, c.relation, c.object.key, c.start)
                                   for c in cut.claims})
    assert 0 < sum(len(r.claims) for r in kept) < sum(len(r.claims) for r in everything)


@pytest.mark.parametrize("value", [-0.1, 1.01])
def test_pipeline_min_confidence_outside_0_1_is_a_value_error(value: float) -> None:
    with pytest.raises(ValueError, match="min_confidence must be within 0..1"):
        build_graphs([], spacy.blank("en"), min_confidence=value)
