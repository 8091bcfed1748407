"""Records passed between the stages of the pipeline.

``Article`` (ingest) -> ``Claim`` (extract) -> ``Triple`` (link/rdf).
"""

import datetime
from dataclasses import dataclass, field

__all__ = ["Article", "Claim", "Mention", "Triple"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, ready to be parsed.

    Attributes:
        id: the file stem, or the JSON ``id``.
        text: the main text, boilerplate removed.
        source: where it came from (path, or path:line for JSON Lines).
        date: the article's date, if known.
        title: the headline, if known.
        url: the original URL, if known.
    """

    id: str
    text: str
    source: str
    date: datetime.date | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor as the text names it, resolved to its canonical name.

    Attributes:
        key: canonical name of the actor ("NATO", "Jens Stoltenberg").
        kind: ontology class local name ("State", "Person", ...).
        text: the surface form in this sentence ("Beijing", "the alliance").
        start: character offset of the surface form in the article.
        end: character offset just after it.
    """

    key: str
    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Claim:
    """What one sentence says: ``subject relation object``.

    Attributes:
        subject: the acting mention.
        relation: ontology property local name ("metWith").
        object: the mention acted upon.
        sentence: the sentence text.
        start: character offset of the sentence in the article.
        end: character offset just after the sentence.
        extractor: the pipeline component that found it.
        confidence: the extractor's confidence, 0..1.
    """

    subject: Mention
    relation: str
    object: Mention
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float = 0.8


@dataclass(frozen=True, slots=True)
class Triple:
    """A graph statement with its evidence, as :mod:`kg.rdf` writes it."""

    subject: str
    relation: str
    object: str
    article: str
    evidence: tuple[Claim, ...] = field(default=())
