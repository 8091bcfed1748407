"""The build stream: articles -> parsed documents -> one graph per article.

Articles are read lazily and parsed with ``nlp.pipe`` in batches; the kg
extractors then run on each document on its own, so that a failure in one
article is reported and the others go on. Each article's graph is yielded
as soon as it is built, ready to be written.

The per-article step (:func:`build_article`: extractors, linking, the
confidence threshold, the RDF graph) is the same whether articles are built
here, in worker processes or on Dask workers (:mod:`kg.parallel`).
"""

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from rdflib import Graph
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import IngestError
from kg.link import link_doc
from kg.nlp import EXTRACTORS
from kg.rdf import ActorRecord, article_graph
from kg.types import Article, Claim

__all__ = ["ArticleResult", "BuildSummary", "build_article", "build_graphs",
           "extract_article", "extract_articles", "normalize_for_parse", "result_of",
           "result_or_report"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article's graph and what went into it."""

    article: Article
    graph: Graph
    claims: tuple[Claim, ...]
    entities: int


@dataclass(slots=True)
class BuildSummary:
    """Running totals of a build, for the closing summary."""

    articles: int = 0
    skipped: int = 0
    entities: set[str] = field(default_factory=set)
    relations: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def add(self, result: ArticleResult) -> None:
        """Count one built article."""
        self.articles += 1
        for claim in result.claims:
            self.entities.update((claim.subject.key, claim.object.key))
        self.relations.update(c.relation for c in result.claims)

    def skip(self) -> None:
        """Count one article left as it was (already stored with the same text)."""
        self.skipped += 1

    def fail(self, message: str) -> None:
        """Record one failed input."""
        self.failures.append(message)


_T = TypeVar("_T")

_APOSTROPHE = re.compile(r"(?<=\w)‘(?=s\b)|(?<=\w)`(?=s\b)")
_DASH = re.compile(r"(?<=\w)[–—](?=\w)")


def normalize_for_parse(text: str) -> str:
    """Return ``text`` with look-alike characters the parser trips on replaced.

    Replacements keep the length, so character offsets stay valid:

    >>> normalize_for_parse("China‘s ambitions")
    'China’s ambitions'
    >>> normalize_for_parse("US–Japan–ROK cooperation")
    'US-Japan-ROK cooperation'
    """
    return _DASH.sub("-", _APOSTROPHE.sub("’", text))


def build_graphs(articles: Iterable[Article], nlp: Language, *, batch_size: int = 16,
                 on_error: Callable[[IngestError], None] | None = None,
                 min_confidence: float = 0.0) -> Iterator[ArticleResult]:
    """Parse articles in batches and yield each one's graph as it is done.

    Args:
        articles: the articles, read lazily.
        nlp: a pipeline from :func:`kg.nlp.load_pipeline`.
        batch_size: how many articles ``nlp.pipe`` parses at once.
        on_error: called with an :class:`IngestError` for an article that
            cannot be built; if None the error is logged.
        min_confidence: claims whose confidence is below this are dropped
            before the graph is built (0 keeps them all).

    Returns:
        An iterator of one :class:`ArticleResult` per article built.

    Raises:
        ValueError: if ``batch_size`` is below 1 or ``min_confidence`` is
            outside 0..1.
    """
    _check_settings(batch_size, min_confidence)
    # Validate now, not at the first next(): the work is done by a generator.
    return _iter_graphs(articles, nlp, batch_size, on_error or _log_error, min_confidence)


def build_article(article: Article, doc: Doc, extractors: Sequence[Callable[[Doc], Doc]], *,
                  min_confidence: float = 0.0) -> ArticleResult:
    """Run the kg extractors on one parsed article and build its graph.

    Args:
        article: the article.
        doc: its text parsed by the statistical pipeline (kg extractors not run).
        extractors: the kg components, in pipeline order.
        min_confidence: claims whose confidence is below this are dropped
            before the graph is built.

    Returns:
        The article's result: graph, kept claims and number of actors.

    Raises:
        Exception: whatever an extractor raises; callers report it per article.
    """
    claims, actors = extract_article(article, doc, extractors, min_confidence=min_confidence)
    return result_of(article, claims, actors)


def extract_article(article: Article, doc: Doc, extractors: Sequence[Callable[[Doc], Doc]], *,
                    min_confidence: float = 0.0
                    ) -> tuple[list[Claim], dict[str, ActorRecord]]:
    """Run the kg extractors on one parsed article: its kept claims and the actors they
    name, what :func:`result_of` builds the graph from (a worker process sends these back
    and the writing process builds the graph, so that the workers only parse and read)."""
    doc._.kg_date = article.date  # titles are read against that day's officeholders
    for component in extractors:
        doc = component(doc)
    claims, actors = link_doc(article, doc)
    if min_confidence > 0.0:
        claims = [c for c in claims if c.confidence >= min_confidence]
    return claims, actors


def result_of(article: Article, claims: Sequence[Claim],
              actors: dict[str, ActorRecord]) -> ArticleResult:
    """An article's result: its graph built from its claims and actors."""
    return ArticleResult(article, article_graph(article, claims, actors), tuple(claims),
                         len(actors))


def result_or_report(article: Article, claims: Sequence[Claim], actors: dict[str, ActorRecord],
                     report: Callable[[IngestError], None]) -> ArticleResult | None:
    """:func:`result_of`, or None where building the graph fails: the failure is reported
    as the article's (one article must not stop the others)."""
    try:
        return result_of(article, claims, actors)
    except Exception as err:
        log.debug("graph failed on %s", article.source, exc_info=True)
        report(IngestError(article.source, f"extraction failed: {err!r}"))
        return None


def _check_settings(batch_size: int, min_confidence: float) -> None:
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    if not 0.0 <= min_confidence <= 1.0:
        raise ValueError(f"min_confidence must be within 0..1, got {min_confidence}")


def _log_error(err: IngestError) -> None:
    log.warning("%s", err)


def extract_articles(articles: Iterable[Article], nlp: Language, *, batch_size: int = 16,
                     on_error: Callable[[IngestError], None] | None = None,
                     min_confidence: float = 0.0
                     ) -> Iterator[tuple[Article, list[Claim], dict[str, ActorRecord]]]:
    """:func:`build_graphs` short of the graphs: each article with its claims and actors
    (what :func:`result_of` turns into its result), as a worker process sends them."""
    _check_settings(batch_size, min_confidence)

    def extracted(article: Article, doc: Doc, extractors: Sequence[Callable[[Doc], Doc]]
                  ) -> tuple[Article, list[Claim], dict[str, ActorRecord]]:
        return (article, *extract_article(article, doc, extractors,
                                          min_confidence=min_confidence))

    return _iter_parsed(articles, nlp, batch_size, on_error or _log_error, extracted)


def _iter_graphs(articles: Iterable[Article], nlp: Language, batch_size: int,
                 report: Callable[[IngestError], None], min_confidence: float,
                 ) -> Iterator[ArticleResult]:
    def built(article: Article, doc: Doc, extractors: Sequence[Callable[[Doc], Doc]]
              ) -> ArticleResult:
        return build_article(article, doc, extractors, min_confidence=min_confidence)

    return _iter_parsed(articles, nlp, batch_size, report, built)


def _iter_parsed(articles: Iterable[Article], nlp: Language, batch_size: int,
                 report: Callable[[IngestError], None],
                 step: Callable[[Article, Doc, Sequence[Callable[[Doc], Doc]]], _T],
                 ) -> Iterator[_T]:
    """Parse the articles in batches and run ``step`` on each, reporting the ones that are
    too long or fail (one article must not stop the others)."""
    max_length = nlp.max_length

    def fits(articles: Iterable[Article]) -> Iterator[tuple[str, Article]]:
        for article in articles:
            if len(article.text) > max_length:
                report(IngestError(article.source, (
                    f"article too long for the parser ({len(article.text):,} characters > "
                    f"{max_length:,}); split it into smaller articles")))
                continue
            yield normalize_for_parse(article.text), article

    names = [name for name in EXTRACTORS if name in nlp.pipe_names]
    extractors = [nlp.get_pipe(name) for name in names]
    with nlp.select_pipes(disable=names):
        parsed = nlp.pipe(fits(articles), as_tuples=True, batch_size=batch_size)
        for doc, article in parsed:
            try:
                result = step(article, doc, extractors)
            except Exception as err:  # one article must not stop the others
                log.debug("extraction failed on %s", article.source, exc_info=True)
                report(IngestError(article.source, f"extraction failed: {err!r}"))
                continue
            yield result
