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

Beyond the guidelines, each extraction rule is scored on its own
(:func:`score_rules`): a relation triple is stated by one ``kg:Assertion`` per
claim, each naming its rule (``kg:extractor``), and every rule that states a
triple is credited with it, a true positive if the triple is in the gold, a
false positive if not (one count per rule and distinct triple of an article).
:func:`at_confidence` drops the claims below a confidence before scoring, as
``kg build --min-confidence`` does.
"""

import functools
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg import vocab
from kg.errors import EvaluationError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "CURVE_THRESHOLDS",
    "NO_ASSERTION",
    "Gold",
    "Score",
    "Tally",
    "at_confidence",
    "build_gold_articles",
    "confidence_curve",
    "read_gold",
    "report_json",
    "score_articles",
    "score_graph",
    "score_rules",
    "total",
    "total_by_rule",
    "write_text_atomic",
]

Fact = tuple[str, str, str]
_UNMAPPED = "\u2205"
NO_ASSERTION = "(no assertion)"
"""The rule credited with a relation triple that no ``kg:Assertion`` states."""
CURVE_THRESHOLDS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9)
"""The confidence thresholds of the precision/recall curve."""


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
    by_rule: dict[str, Tally] = field(default_factory=dict)


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


def _relation_name(p: Node) -> str | None:
    """The local name of ``p`` if it is one of the relations, else None."""
    if not isinstance(p, URIRef):
        return None
    local = re.split(r"[#/]", str(p))[-1]
    return local if local in _relations() else None


@functools.cache
def _relations() -> frozenset[str]:
    return frozenset(vocab.relation_names())


def _mapped(triple: tuple[Node, Node, Node], local: str, mapping: Mapping[Node, str]) -> Fact:
    s, _, o = triple
    return _fact(mapping.get(s, _UNMAPPED + str(s)), local, mapping.get(o, _UNMAPPED + str(o)))


def graph_facts(graph: Graph, mapping: Mapping[Node, str]) -> set[Fact]:
    """The distinct ``(s, p, o)`` of a graph's relation triples, mapped (step 2)."""
    facts = set()
    for triple in graph:
        local = _relation_name(triple[1])
        if local is not None:
            facts.add(_mapped(triple, local, mapping))
    return facts


def _assertions(graph: Graph) -> dict[tuple[Node, Node, Node], list[Node]]:
    """The ``kg:Assertion`` nodes of a graph, by the triple each states."""
    out: dict[tuple[Node, Node, Node], list[Node]] = {}
    for node in graph.subjects(RDF.type, vocab.KG.Assertion):
        s = graph.value(node, RDF.subject)
        p = graph.value(node, RDF.predicate)
        o = graph.value(node, RDF.object)
        if s is not None and p is not None and o is not None:
            out.setdefault((s, p, o), []).append(node)
    return out


def rule_facts(graph: Graph, mapping: Mapping[Node, str]) -> set[tuple[Fact, str]]:
    """Each mapped relation triple with each rule that states it.

    A triple's rules are the ``kg:extractor`` of the assertions stating it;
    a triple no assertion states is credited to :data:`NO_ASSERTION`. The
    facts of the result are exactly :func:`graph_facts`.
    """
    stated = _assertions(graph)
    out: set[tuple[Fact, str]] = set()
    for triple in graph:
        local = _relation_name(triple[1])
        if local is None:
            continue
        fact = _mapped(triple, local, mapping)
        rules = {str(graph.value(node, vocab.KG.extractor) or NO_ASSERTION)
                 for node in stated.get(triple, ())}
        out.update((fact, rule) for rule in rules or {NO_ASSERTION})
    return out


def score_rules(graph: Graph, gold: Gold, mapping: Mapping[Node, str] | None = None
                ) -> dict[str, Tally]:
    """True and false positives of each extraction rule on one article.

    Every rule that states a triple is credited with it: a true positive if
    the triple (mapped as in step 2) is in the gold, a false positive if not,
    once per rule and distinct triple. Misses belong to no rule (``fn`` stays 0).

    Args:
        graph: the article's graph, with its ``kg:Assertion`` nodes.
        gold: the article's gold record.
        mapping: nodes to gold entities, if already computed (step 1).

    Returns:
        A tally by rule name, sorted by name.

    Examples:
        >>> from rdflib import Graph, Literal, URIRef
        >>> from rdflib.namespace import SKOS
        >>> g, kg = Graph(), vocab.KG
        >>> a, b = URIRef("urn:a"), URIRef("urn:b")
        >>> _ = g.add((a, SKOS.prefLabel, Literal("China")))
        >>> _ = g.add((b, SKOS.prefLabel, Literal("Russia")))
        >>> for n, rel, rule in ((1, "criticizes", "verb.object"),
        ...                      (2, "criticizes", "speech.criticizes"),
        ...                      (3, "supports", "verb.object")):
        ...     node, p = URIRef(f"urn:claim{n}"), vocab.relation(rel)
        ...     _ = g.add((a, p, b))
        ...     for t in ((RDF.type, kg.Assertion), (RDF.subject, a), (RDF.predicate, p),
        ...               (RDF.object, b), (kg.extractor, Literal(rule))):
        ...         _ = g.add((node, *t))
        >>> gold = Gold("x", (("China", frozenset({"china"})), ("Russia", frozenset({"russia"}))),
        ...             frozenset({("China", "criticizes", "Russia")}))
        >>> {r: (t.tp, t.fp) for r, t in score_rules(g, gold).items()}
        {'speech.criticizes': (1, 0), 'verb.object': (1, 1)}
    """
    if mapping is None:
        mapping = map_nodes(graph, gold)
    tallies: dict[str, Tally] = {}
    for fact, rule in rule_facts(graph, mapping):
        tally = tallies.setdefault(rule, Tally())
        if fact in gold.relations:
            tally.tp += 1
        else:
            tally.fp += 1
    return dict(sorted(tallies.items()))


def _confidence(graph: Graph, node: Node) -> float | None:
    value = graph.value(node, vocab.KG.confidence)
    if not isinstance(value, Literal):
        return None
    try:
        return float(value.toPython())
    except (TypeError, ValueError):
        return None


def at_confidence(graph: Graph, threshold: float) -> Graph:
    """The graph without the claims whose confidence is below ``threshold``.

    A claim below the threshold is dropped, as ``kg build --min-confidence``
    drops it: its ``kg:Assertion`` goes, and so does the relation triple when
    every assertion stating it goes. A claim at the threshold stays; triples
    that no assertion states, and assertions without a confidence, stay.

    Args:
        graph: an article's graph as :func:`kg.rdf.article_graph` writes it.
        threshold: the least confidence kept, 0 to 1; 0 keeps everything.

    Returns:
        ``graph`` itself when nothing is dropped, else a new graph with the
        same identifier.

    Examples:
        >>> from rdflib import Graph, Literal, URIRef
        >>> g, p = Graph(), vocab.relation("supports")
        >>> a, b = URIRef("urn:a"), URIRef("urn:b")
        >>> _ = g.add((a, p, b))
        >>> for n, conf in ((1, 0.5), (2, 0.8)):
        ...     node = URIRef(f"urn:claim{n}")
        ...     for t in ((RDF.type, vocab.KG.Assertion), (RDF.subject, a),
        ...               (RDF.predicate, p), (RDF.object, b),
        ...               (vocab.KG.confidence, Literal(conf))):
        ...         _ = g.add((node, *t))
        >>> (a, p, b) in at_confidence(g, 0.8), len(at_confidence(g, 0.8)) == len(g) - 5
        (True, True)
        >>> (a, p, b) in at_confidence(g, 0.81), len(at_confidence(g, 0.81))
        (False, 0)
    """
    if threshold <= 0:
        return graph
    dropped: set[Node] = set()
    gone: set[tuple[Node, Node, Node]] = set()
    for triple, nodes in _assertions(graph).items():
        low = [n for n in nodes if (c := _confidence(graph, n)) is not None and c < threshold]
        dropped.update(low)
        if len(low) == len(nodes):
            gone.add(triple)
    if not dropped:
        return graph
    out = Graph(identifier=graph.identifier)
    for prefix, namespace in graph.namespaces():
        out.bind(prefix, namespace, override=True)
    for triple in graph:
        if triple[0] not in dropped and triple not in gone:
            out.add(triple)
    return out


def score_graph(graph: Graph, gold: Gold) -> Score:
    """Score one article's graph against its gold record (step 3), and each rule."""
    mapping = map_nodes(graph, gold)
    predicted = graph_facts(graph, mapping)
    score = Score(gold.article, by_rule=score_rules(graph, gold, mapping))
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


def total_by_rule(scores: Iterable[Score]) -> dict[str, Tally]:
    """Sum each rule's tallies over the articles, sorted by rule name.

    A triple stated by two rules counts for each, so these tallies need not
    add up to the micro-averaged total.
    """
    per: dict[str, Tally] = {}
    for s in scores:
        for rule, t in s.by_rule.items():
            per.setdefault(rule, Tally()).add(t)
    return dict(sorted(per.items()))


def build_gold_articles(gold_path: str | Path, folder: str | Path, nlp: "Language"
                        ) -> list[tuple[Gold, Graph]]:
    """Build each gold article of ``folder`` on its own, once.

    Args:
        gold_path: the gold file (JSON Lines).
        folder: the folder holding one file per gold article, named by its id.
        nlp: a pipeline from :func:`kg.nlp.load_pipeline`.

    Returns:
        Each gold record with its article's graph, in the gold file's order.

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
    out = []
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
        out.append((record, built[0].graph))
    return out


def score_articles(gold_path: str | Path, folder: str | Path, nlp: "Language", *,
                   min_confidence: float = 0.0) -> list[Score]:
    """Build each gold article of ``folder`` on its own and score its graph.

    Args:
        gold_path: the gold file (JSON Lines).
        folder: the folder holding one file per gold article, named by its id.
        nlp: a pipeline from :func:`kg.nlp.load_pipeline`.
        min_confidence: drop the claims below this confidence before scoring
            (see :func:`at_confidence`).

    Raises:
        EvaluationError: the gold file is malformed, or an article is missing or
            cannot be built.
    """
    return [score_graph(at_confidence(graph, min_confidence), record)
            for record, graph in build_gold_articles(gold_path, folder, nlp)]


def confidence_curve(built: Iterable[tuple[Gold, Graph]],
                     thresholds: Iterable[float] = CURVE_THRESHOLDS) -> list[tuple[float, Tally]]:
    """The micro-averaged tally at each confidence threshold, from graphs built once.

    Args:
        built: gold records with their graphs, from :func:`build_gold_articles`.
        thresholds: the least confidence kept, each from 0 to 1.

    Returns:
        ``(threshold, tally)`` for each threshold, in the order given.
    """
    pairs = list(built)
    return [(x, total(score_graph(at_confidence(g, x), gold) for gold, g in pairs)[0])
            for x in thresholds]


def _tally_json(t: Tally, fn: bool = True) -> dict[str, float | int]:
    out: dict[str, float | int] = {"tp": t.tp, "fp": t.fp}
    if fn:
        out["fn"] = t.fn
    out["precision"] = round(t.precision, 4)
    if fn:
        out["recall"] = round(t.recall, 4)
        out["f1"] = round(t.f1, 4)
    return out


def report_json(scores: list[Score], *, min_confidence: float = 0.0,
                curve: Iterable[tuple[float, Tally]] = ()) -> dict[str, Any]:
    """The scores as JSON-ready data: micro totals, per relation, per article, per rule.

    Args:
        scores: the articles' scores.
        min_confidence: the threshold they were scored at, recorded as such.
        curve: points of :func:`confidence_curve`, recorded under ``curve``.

    Examples:
        >>> report_json([])["micro"]
        {'tp': 0, 'fp': 0, 'fn': 0, 'precision': 0.0, 'recall': 0.0, 'f1': 0.0}
    """
    overall, per = total(scores)
    return {
        "min_confidence": min_confidence,
        "micro": _tally_json(overall),
        "relations": {rel: _tally_json(t) for rel, t in per.items()},
        "rules": {rule: _tally_json(t, fn=False) for rule, t in total_by_rule(scores).items()},
        "articles": [{"article": s.article, **_tally_json(s.total),
                      "false_positives": [list(f) for f in s.false_positives],
                      "misses": [list(f) for f in s.misses],
                      "rules": {r: _tally_json(t, fn=False) for r, t in s.by_rule.items()}}
                     for s in scores],
        "curve": [{"min_confidence": x, **_tally_json(t)} for x, t in curve],
    }


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) through a temporary file renamed into place.

    Raises:
        EvaluationError: the file cannot be written; an earlier file stays as it was.
    """
    path = Path(path)
    tmp_name: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as tmp:
            tmp.write(text)
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except OSError as err:
        if tmp_name is not None and os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise EvaluationError(f"{path}: cannot write: {err.strerror or err}") from err
    return path
