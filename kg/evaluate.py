"""Score graphs against gold annotations, exactly as the guidelines say.

1. Each labelled node of the graph (``rdfs:label``, ``skos:prefLabel``,
   ``skos:altLabel``) maps to the gold entity whose labels contain one of its
   labels (case-insensitive, whitespace-normalized); where its labels name
   several entities, each rdfs:label/prefLabel counts 2 and each altLabel 1,
   the most votes win, a tie goes to the entity listed first.
2. Each triple whose predicate's local name is a relation becomes
   ``(s, p, o)`` with ``s`` and ``o`` mapped; an unmapped end makes a false
   positive.
3. Precision, recall and F1 over the distinct triples of each article
   (symmetric relations unordered), summed over articles (micro-average).
"""

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import RDFS, Graph, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg import vocab
from kg.errors import EvaluationError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Gold", "Score", "Tally", "read_gold", "score_articles", "score_graph", "total"]

Fact = tuple[str, str, str]
_UNMAPPED = "\u2205"


@dataclass(frozen=True, slots=True)
class Gold:
    """One article's gold record."""

    article: str
    entities: tuple[tuple[str, frozenset[str]], ...]
    relations: frozenset[Fact]
    date: str | None = None


@dataclass(slots=True)
class Tally:
    """True positives, false positives and misses."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Tally") -> None:
        """Add another tally to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when there is nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall.

        >>> round(Tally(tp=8, fp=2, fn=8).f1, 3)
        0.615
        """
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Score:
    """The score of one article: overall, per relation, and the differences."""

    article: str
    total: Tally = field(default_factory=Tally)
    by_relation: dict[str, Tally] = field(default_factory=dict)
    false_positives: list[Fact] = field(default_factory=list)
    misses: list[Fact] = field(default_factory=list)


def _norm(label: str) -> str:
    return re.sub(r"\s+", " ", label).strip().casefold()


def read_gold(path: str | Path) -> list[Gold]:
    """Read a gold file (JSON Lines, one article a line).

    Raises:
        EvaluationError: the file cannot be read or a line is malformed.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise EvaluationError(f"{path}: cannot read gold file: {err}") from err
    records: list[Gold] = []
    known = set(vocab.relation_names())
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw: dict[str, Any] = json.loads(line)
            entities = tuple((str(e["id"]), frozenset(_norm(x) for x in e["labels"]))
                             for e in raw["entities"])
            facts = set()
            for r in raw["relations"]:
                if r["p"] not in known:
                    raise EvaluationError(f"{path}:{n}: unknown relation {r['p']!r}")
                facts.add(_fact(str(r["s"]), str(r["p"]), str(r["o"])))
            records.append(Gold(str(raw["article"]), entities, frozenset(facts), raw.get("date")))
        except (json.JSONDecodeError, KeyError, TypeError) as err:
            raise EvaluationError(f"{path}:{n}: malformed gold record: {err}") from err
    return records


def _fact(s: str, p: str, o: str) -> Fact:
    if vocab.is_symmetric(p) and o < s:
        s, o = o, s
    return (s, p, o)


def map_nodes(graph: Graph, gold: Gold) -> dict[Node, str]:
    """Map each labelled node of ``graph`` to a gold entity id (step 1)."""
    by_label: dict[str, list[int]] = {}
    for index, (_, labels) in enumerate(gold.entities):
        for label in labels:
            by_label.setdefault(label, []).append(index)
    votes: dict[Node, Counter[int]] = {}
    weights: tuple[tuple[URIRef, int], ...] = (
        (RDFS.label, 2), (SKOS.prefLabel, 2), (SKOS.altLabel, 1))
    for prop, weight in weights:
        for node, literal in graph.subject_objects(prop):
            for index in by_label.get(_norm(str(literal)), ()):
                votes.setdefault(node, Counter())[index] += weight
    mapping: dict[Node, str] = {}
    for node, counter in votes.items():
        best = max(counter.items(), key=lambda kv: (kv[1], -kv[0]))[0]
        mapping[node] = gold.entities[best][0]
    return mapping


def graph_facts(graph: Graph, mapping: Mapping[Node, str]) -> set[Fact]:
    """The distinct ``(s, p, o)`` of a graph's relation triples, mapped (step 2)."""
    names = set(vocab.relation_names())
    facts = set()
    for s, p, o in graph:
        if not isinstance(p, URIRef):
            continue
        local = re.split(r"[#/]", str(p))[-1]
        if local not in names:
            continue
        facts.add(_fact(mapping.get(s, _UNMAPPED + str(s)), local,
                        mapping.get(o, _UNMAPPED + str(o))))
    return facts


def score_graph(graph: Graph, gold: Gold) -> Score:
    """Score one article's graph against its gold record (step 3)."""
    predicted = graph_facts(graph, map_nodes(graph, gold))
    score = Score(gold.article)
    for fact in predicted | gold.relations:
        tally = score.by_relation.setdefault(fact[1], Tally())
        if fact in predicted and fact in gold.relations:
            tally.tp += 1
        elif fact in predicted:
            tally.fp += 1
            score.false_positives.append(fact)
        else:
            tally.fn += 1
            score.misses.append(fact)
    for tally in score.by_relation.values():
        score.total.add(tally)
    score.false_positives.sort()
    score.misses.sort()
    return score


def total(scores: Iterable[Score]) -> tuple[Tally, dict[str, Tally]]:
    """Micro-average: sum the tallies of all articles, overall and per relation."""
    overall = Tally()
    per: dict[str, Tally] = {}
    for s in scores:
        overall.add(s.total)
        for rel, t in s.by_relation.items():
            per.setdefault(rel, Tally()).add(t)
    return overall, dict(sorted(per.items()))


def score_articles(gold_path: str | Path, folder: str | Path, nlp: "Language") -> list[Score]:
    """Build each gold article of ``folder`` on its own and score its graph.

    Args:
        gold_path: the gold file (JSON Lines).
        folder: the folder holding one file per gold article, named by its id.
        nlp: a pipeline from :func:`kg.nlp.load_pipeline`.

    Raises:
        EvaluationError: the gold file is malformed, or an article is missing or
            cannot be built.
    """
    from kg.errors import IngestError
    from kg.ingest import read_articles
    from kg.pipeline import build_graphs

    folder = Path(folder)
    if not folder.is_dir():
        raise EvaluationError(f"{folder}: not a folder of articles")
    scores = []
    for record in read_gold(gold_path):
        files = sorted(p for p in folder.iterdir() if p.stem == record.article)
        if not files:
            raise EvaluationError(f"{folder}: no file for gold article {record.article!r}")
        errors: list[IngestError] = []
        built = list(build_graphs(read_articles(files[:1], on_error=errors.append), nlp,
                                  on_error=errors.append))
        if not built:
            reasons = "; ".join(e.reason for e in errors) or "no article in it"
            raise EvaluationError(f"{files[0]}: could not be built: {reasons}")
        scores.append(score_graph(built[0].graph, record))
    return scores
