"""kg evaluate scores exactly as the guidelines say."""

import ast
import json
import re
import tomllib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ROOT
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from spacy.language import Language

from kg import vocab
from kg.errors import EvaluationError
from kg.evaluate import (
    CURVE_THRESHOLDS,
    NO_ASSERTION,
    Gold,
    at_confidence,
    confidence_curve,
    graph_facts,
    map_nodes,
    read_gold,
    report_json,
    rule_facts,
    score_articles,
    score_graph,
    score_rules,
    total,
    total_by_rule,
)

E = "https://example.org/e/"


def _gold(tmp_path: Path, relations: list[dict[str, str]]) -> Gold:
    record = {"article": "a", "date": None, "entities": [
        {"id": "China", "kind": "State", "labels": ["China", "Beijing"]},
        {"id": "Beijing", "kind": "Place", "labels": ["Beijing"]},
        {"id": "NATO", "kind": "Organization", "labels": ["NATO", "Nato"]},
        {"id": "Russia", "kind": "State", "labels": ["Russia"]}], "relations": relations}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return read_gold(path)[0]


def _node(g: Graph, name: str, pref: str, *alts: str) -> URIRef:
    node = URIRef(E + name)
    g.add((node, SKOS.prefLabel, Literal(pref)))
    for alt in alts:
        g.add((node, SKOS.altLabel, Literal(alt)))
    return node


def test_evaluate_symmetric_relations_match_either_order(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [{"s": "China", "p": "cooperatesWith", "o": "Russia"},
                            {"s": "China", "p": "criticizes", "o": "NATO"}])
    g = Graph()
    china, russia, nato = _node(g, "c", "China"), _node(g, "r", "Russia"), _node(g, "n", "Nato")
    g.add((russia, vocab.relation("cooperatesWith"), china))
    g.add((nato, vocab.relation("criticizes"), china))  # wrong direction: not symmetric
    score = score_graph(g, gold)
    assert (score.total.tp, score.total.fp, score.total.fn) == (1, 1, 1)
    assert score.misses == [("China", "criticizes", "NATO")]


def test_evaluate_unmapped_end_is_a_false_positive(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [{"s": "China", "p": "opposes", "o": "NATO"}])
    g = Graph()
    g.add((_node(g, "c", "China"), vocab.relation("opposes"), _node(g, "x", "Atlantis")))
    score = score_graph(g, gold)
    assert (score.total.tp, score.total.fp, score.total.fn) == (0, 1, 1)


def test_evaluate_label_votes_weigh_preferred_labels_double(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [{"s": "Russia", "p": "visited", "o": "Beijing"}])
    g = Graph()
    # prefLabel "Beijing" (2 votes each for China and Beijing): the tie goes to China,
    # listed first. Adding rdfs:label "Beijing" changes nothing; a Place-only altLabel
    # does not exist, so this node maps to China.
    tied = _node(g, "b", "Beijing")
    g.add((_node(g, "r", "Russia"), vocab.relation("visited"), tied))
    assert score_graph(g, gold).total.tp == 0
    g2 = Graph()
    place = _node(g2, "p", "Beijing")
    g2.add((place, RDFS.label, Literal("Beijing")))
    g2.add((_node(g2, "r", "Russia"), vocab.relation("visited"), place))
    assert score_graph(g2, gold).misses == [("Russia", "visited", "Beijing")]


def test_evaluate_non_relation_predicates_are_ignored(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [])
    g = Graph()
    g.add((_node(g, "c", "China"), URIRef(E + "likes"), _node(g, "r", "Russia")))
    assert score_graph(g, gold).total.fp == 0


def test_evaluate_micro_average_sums_articles(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [{"s": "China", "p": "cooperatesWith", "o": "Russia"}])
    g = Graph()
    g.add((_node(g, "c", "China"), vocab.relation("cooperatesWith"), _node(g, "r", "Russia")))
    overall, per = total([score_graph(g, gold), score_graph(Graph(), gold)])
    assert (overall.tp, overall.fn) == (1, 1)
    assert per["cooperatesWith"].recall == 0.5


def test_evaluate_malformed_gold_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"article": "a", "entities": [], "relations": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"bad\.jsonl:2"):
        read_gold(path)
    path.write_text('{"article": "a", "entities": [], "relations": '
                    '[{"s": "x", "p": "likes", "o": "y"}]}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match="unknown relation 'likes'"):
        read_gold(path)


@pytest.mark.model
def test_evaluate_seed_figures_meet_the_bar(nlp: Language) -> None:
    from conftest import GOLD, SEEDS

    if not GOLD.is_file():
        pytest.skip("gold annotations not beside the repo")
    overall, per = total(score_articles(GOLD, SEEDS, nlp))
    assert overall.precision >= 0.85
    assert overall.f1 >= 0.80
    assert all(t.recall > 0 for t in per.values() if t.tp + t.fn)


@pytest.mark.model
def test_evaluate_heldout_articles_do_not_regress(nlp: Language) -> None:
    """Articles written and annotated apart from the rules (tests/data/heldout): a guard
    against rules that only fit the seeds. The floor is below the measured figures."""
    from conftest import ROOT

    folder = ROOT / "tests" / "data" / "heldout"
    overall, _ = total(score_articles(folder / "gold.jsonl", folder, nlp))
    assert overall.precision >= 0.85
    assert overall.f1 >= 0.65


# --------------------------------------------------------------------------- rules, confidence

RULE_NAME = re.compile(r"^[a-z]+\.[a-z_]+$")


def _assert(g: Graph, n: int, s: URIRef, rel: str, o: URIRef, rule: str | None,
            confidence: float | None = None) -> URIRef:
    """Add ``s rel o`` and an assertion of it, as kg.rdf writes them."""
    node, p = URIRef(f"{E}claim{n}"), vocab.relation(rel)
    g.add((s, p, o))
    for t in ((RDF.type, vocab.KG.Assertion), (RDF.subject, s), (RDF.predicate, p),
              (RDF.object, o)):
        g.add((node, *t))
    if rule is not None:
        g.add((node, vocab.KG.extractor, Literal(rule)))
    if confidence is not None:
        g.add((node, vocab.KG.confidence, Literal(Decimal(str(confidence)))))
    return node


def test_evaluate_by_rule_credits_every_rule_that_states_a_triple(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [{"s": "China", "p": "cooperatesWith", "o": "Russia"},
                            {"s": "China", "p": "criticizes", "o": "NATO"}])
    g = Graph()
    china, russia, nato = _node(g, "c", "China"), _node(g, "r", "Russia"), _node(g, "n", "Nato")
    atlantis = _node(g, "x", "Atlantis")
    # One true triple stated by two rules (symmetric, written backwards), and twice by one.
    _assert(g, 1, russia, "cooperatesWith", china, "verb.symmetric")
    _assert(g, 2, china, "cooperatesWith", russia, "nominal.between")
    _assert(g, 3, russia, "cooperatesWith", china, "verb.symmetric")
    _assert(g, 4, china, "criticizes", nato, "speech.criticizes")
    _assert(g, 5, nato, "criticizes", china, "verb.object")       # wrong direction
    _assert(g, 6, china, "supports", atlantis, "verb.object")     # unmapped object
    g.add((china, vocab.relation("opposes"), russia))             # no assertion
    by_rule = {r: (t.tp, t.fp, t.fn) for r, t in score_rules(g, gold).items()}
    assert by_rule == {NO_ASSERTION: (0, 1, 0), "nominal.between": (1, 0, 0),
                       "speech.criticizes": (1, 0, 0), "verb.object": (0, 2, 0),
                       "verb.symmetric": (1, 0, 0)}
    score = score_graph(g, gold)
    assert score.by_rule == score_rules(g, gold)
    assert (score.total.tp, score.total.fp) == (2, 3)
    # Each predicted fact has at least one rule; each rule's tp is a true fact.
    facts = {f for f, _ in rule_facts(g, map_nodes(g, gold))}
    assert facts == graph_facts(g, map_nodes(g, gold))


def test_evaluate_by_rule_sums_over_articles(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [{"s": "China", "p": "cooperatesWith", "o": "Russia"}])
    g = Graph()
    _assert(g, 1, _node(g, "c", "China"), "cooperatesWith", _node(g, "r", "Russia"), "verb.prep")
    scores = [score_graph(g, gold), score_graph(g, gold), score_graph(Graph(), gold)]
    rules = total_by_rule(scores)
    assert list(rules) == ["verb.prep"]
    assert (rules["verb.prep"].tp, rules["verb.prep"].fp, rules["verb.prep"].precision) == (2, 0, 1)


def test_evaluate_min_confidence_drops_claims_below_it(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [{"s": "China", "p": "cooperatesWith", "o": "Russia"},
                            {"s": "China", "p": "criticizes", "o": "NATO"}])
    g = Graph(identifier=URIRef(E + "article"))
    china, russia, nato = _node(g, "c", "China"), _node(g, "r", "Russia"), _node(g, "n", "Nato")
    weak = _assert(g, 1, china, "cooperatesWith", russia, "nominal.trigger", 0.3)
    _assert(g, 2, china, "cooperatesWith", russia, "verb.symmetric", 0.7)
    _assert(g, 3, china, "criticizes", nato, "verb.object", 0.6)
    same = at_confidence(g, 0.0)
    assert same is g
    at_06 = at_confidence(g, 0.6)  # a claim at the threshold stays
    assert at_06.identifier == g.identifier
    assert len(at_06) == len(g) - 6 and (weak, None, None) not in at_06
    assert score_graph(at_06, gold).total.tp == 2
    assert set(score_graph(at_06, gold).by_rule) == {"verb.symmetric", "verb.object"}
    at_07 = at_confidence(g, 0.7)  # the triple stays while one assertion of it does
    assert (china, vocab.relation("cooperatesWith"), russia) in at_07
    assert (china, vocab.relation("criticizes"), nato) not in at_07
    assert (nato, SKOS.prefLabel, Literal("Nato")) in at_07  # labels are not claims
    assert (score_graph(at_07, gold).total.tp, score_graph(at_07, gold).total.fn) == (1, 1)
    assert score_graph(at_confidence(g, 0.71), gold).total.tp == 0


def test_evaluate_confidence_curve_and_json(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [{"s": "China", "p": "cooperatesWith", "o": "Russia"}])
    g = Graph()
    china, russia = _node(g, "c", "China"), _node(g, "r", "Russia")
    _assert(g, 1, china, "cooperatesWith", russia, "verb.symmetric", 0.85)
    _assert(g, 2, china, "supports", russia, "verb.object", 0.55)
    curve = confidence_curve([(gold, g)])
    assert [x for x, _ in curve] == list(CURVE_THRESHOLDS)
    assert [(t.tp, t.fp) for _, t in curve] == [(1, 1)] * 3 + [(1, 0)] * 3 + [(0, 0)]
    data = report_json([score_graph(g, gold)], curve=curve)
    assert data["micro"] == {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0,
                             "f1": 0.6667}
    assert data["rules"] == {"verb.object": {"tp": 0, "fp": 1, "precision": 0.0},
                             "verb.symmetric": {"tp": 1, "fp": 0, "precision": 1.0}}
    assert data["relations"]["supports"]["fp"] == 1
    assert data["articles"][0]["false_positives"] == [["China", "supports", "Russia"]]
    assert data["curve"][-2] == {"min_confidence": 0.8, "tp": 1, "fp": 0, "fn": 0,
                                 "precision": 1.0, "recall": 1.0, "f1": 1.0}
    json.dumps(data)


def _strings(path: Path) -> Iterator[tuple[ast.AST, str]]:
    """The string constants of a module, each with the call it is an argument of."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Constant) and isinstance(child.value, str):
                yield node, child.value


def _rule_names_in_code() -> set[str]:
    """Every rule name the extractors can write: the registered rules, the sub-rule
    names the rule modules pass to ``Found``/``all_pairs``, and the title rules
    ("title.before", "title.after", "title.leader_of", ...) of kg/extract/titles.py."""
    from kg.extract.rules import registered_rules

    names = {spec.name for spec in registered_rules()}
    for path in sorted((ROOT / "kg" / "extract" / "rules").glob("*.py")):
        for parent, text in _strings(path):
            func = parent.func if isinstance(parent, ast.Call) else None
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if called in ("Found", "all_pairs", "replace", "rule") and RULE_NAME.match(text):
                names.add(text)
    titles = {text for _, text in _strings(ROOT / "kg" / "extract" / "titles.py")
              if text.startswith("title.") and RULE_NAME.match(text)}
    assert {"title.before", "title.after"} <= titles, "the title rules were not found"
    return names | titles


def test_evaluate_shipped_confidence_table_is_well_formed_and_names_live_rules() -> None:
    from kg.extract.confidence import rule_confidence

    path = ROOT / "kg" / "lexicons" / "confidence.toml"
    text = path.read_text(encoding="utf-8")
    assert "GENERATED by `python scripts/measure_rules.py`" in text
    assert "tests/data/realnews/dev" in text
    table = tomllib.loads(text)
    assert set(table) == {"rules"}
    known = _rule_names_in_code()
    stale = sorted(set(table["rules"]) - known)
    assert not stale, f"confidence.toml names rules the code no longer has: {stale}; " \
                      "run python scripts/measure_rules.py"
    for name, row in table["rules"].items():
        assert set(row) == {"confidence", "tp", "fp"}, name
        tp, fp = row["tp"], row["fp"]
        assert isinstance(tp, int) and isinstance(fp, int) and tp >= 0 and fp >= 0, name
        assert tp + fp > 0, name
        assert row["confidence"] == round((tp + 1) / (tp + fp + 2), 3), name
    assert rule_confidence() == {n: row["confidence"] for n, row in table["rules"].items()}


# --------------------------------------------------------------------------- with the model


@pytest.fixture
def shared_nlp(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> Language:
    """Let commands and scripts reuse the session's pipeline."""
    import kg.nlp

    monkeypatch.setattr(kg.nlp, "load_pipeline", lambda name=None: nlp)
    return nlp


@pytest.mark.model
def test_evaluate_threshold_matches_what_build_keeps(nlp: Language) -> None:
    """at_confidence(graph, X) keeps the relation triples of exactly the claims
    of confidence X or more, as kg build --min-confidence does."""
    from kg.ingest import read_articles
    from kg.pipeline import build_graphs

    folder = ROOT / "tests" / "data" / "heldout"
    results = list(build_graphs(read_articles([folder]), nlp))
    confidences = sorted({round(c.confidence, 3) for r in results for c in r.claims})
    assert len(confidences) > 1
    for x in confidences:
        for r in results:
            kept = at_confidence(r.graph, x)
            stated = {(kept.value(n, RDF.subject), kept.value(n, RDF.predicate),
                       kept.value(n, RDF.object))
                      for n in kept.subjects(RDF.type, vocab.KG.Assertion)}
            relations = {(s, p, o) for s, p, o in kept
                         if str(p)[len(vocab.KG_IRI):] in vocab.relation_names()}
            assert relations == stated
            assert len(set(kept.subjects(RDF.type, vocab.KG.Assertion))) == \
                sum(round(c.confidence, 3) >= x for c in r.claims)


@pytest.mark.model
def test_cli_evaluate_by_rule_curve_and_json(shared_nlp: Language, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    folder = ROOT / "tests" / "data" / "heldout"
    runner = CliRunner(env={"COLUMNS": "200"})
    out = tmp_path / "scores.json"
    args = ["evaluate", str(folder / "gold.jsonl"), "--articles", str(folder)]
    result = runner.invoke(app, [*args, "--by-rule", "--curve", "--json", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    lines = result.stdout.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("rule ")))
    rows = {}
    for line in lines[start + 1:]:
        if not line.strip():
            break
        name, p, tp, fp = line.split()
        rows[name] = (float(p), int(tp), int(fp))
    assert rows and set(rows) == set(data["rules"])
    assert all(r in _rule_names_in_code() for r in rows), rows
    assert {n: (t["tp"], t["fp"]) for n, t in data["rules"].items()} == \
        {n: (tp, fp) for n, (_, tp, fp) in rows.items()}
    # Every true triple is credited to at least one rule; no rule is credited more.
    assert sum(tp for _, tp, _ in rows.values()) >= data["micro"]["tp"]
    assert max(tp for _, tp, _ in rows.values()) <= data["micro"]["tp"]
    assert [c["min_confidence"] for c in data["curve"]] == list(CURVE_THRESHOLDS)
    assert data["curve"][0]["tp"] == data["micro"]["tp"]
    assert len(data["articles"]) == 6
    assert "min confidence" in result.stdout

    strict = runner.invoke(app, [*args, "--min-confidence", "0.9", "--json", str(out)])
    assert strict.exit_code == 0, strict.output
    at_09 = json.loads(out.read_text(encoding="utf-8"))
    assert at_09["min_confidence"] == 0.9
    assert at_09["micro"]["tp"] == data["curve"][-1]["tp"]
    assert at_09["micro"]["fp"] == data["curve"][-1]["fp"]

    bad = runner.invoke(app, [*args, "--min-confidence", "1.5"])
    assert bad.exit_code == 2 and "--min-confidence" in bad.output
    before = out.read_text(encoding="utf-8")
    blocked = runner.invoke(app, [*args, "--json", str(tmp_path)])  # a folder: cannot write
    assert blocked.exit_code == 2
    assert str(tmp_path) in blocked.stderr and len(blocked.stderr.strip().splitlines()) == 1
    assert out.read_text(encoding="utf-8") == before


@pytest.mark.model
def test_measure_rules_writes_the_table_it_prints(shared_nlp: Language, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("measure_rules",
                                                  ROOT / "scripts" / "measure_rules.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path / "confidence.toml"
    assert script.main(["--output", str(out)]) == 0
    printed = capsys.readouterr().out
    table = tomllib.loads(out.read_text(encoding="utf-8"))["rules"]
    assert table and set(table) <= _rule_names_in_code()
    for name, row in table.items():
        assert f"{name} " in printed and row["tp"] + row["fp"] > 0
    assert script.main(["--output", str(out), "--check"]) == 0
    out.write_text(out.read_text(encoding="utf-8").replace("tp = ", "tp = 1", 1), "utf-8")
    assert script.main(["--output", str(out), "--check"]) == 1
