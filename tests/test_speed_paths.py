"""The fast paths of the build give what the slow ones give.

- Rule gates (:class:`kg.extract.rules.Gate`): on real articles, no rule finds
  anything on a token where its gate is closed, and the relations component states
  the same claims, in the same order, with its gates as without them.
- Article graphs (:func:`kg.rdf.article_graph`): the same triples whichever way the
  graph travels, and lookups work on its store.
- The local Dask cluster: its workers get :data:`kg.parallel.LOCAL_DASK_CONFIG`,
  and the calling process keeps its own settings.
"""

import json
import pickle
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ExtractorError
from kg.extract.confidence import rule_confidence
from kg.extract.lexicon import lexicon
from kg.extract.relations import _NO_TRIGGER, RelationExtractor
from kg.extract.rules import Gate, RuleContext, gate_words, registered_rules, rule
from kg.extract.syntax import bound, ref
from kg.ingest import read_articles
from kg.link import link_doc
from kg.nlp import EXTRACTORS
from kg.pipeline import normalize_for_parse
from kg.rdf import article_graph
from kg.types import Article
from kg.vocab import KG

ROOT = Path(__file__).resolve().parent.parent
REAL = [ROOT / "seeds", ROOT / "tests" / "data" / "heldout", ROOT / "tests" / "data" / "heldout2",
        ROOT / "tests" / "data" / "realnews" / "dev"]


@pytest.fixture(scope="module")
def before_relations(nlp: Language) -> list[tuple[Article, Doc]]:
    """Real articles parsed, with every kg extractor run but ``kg_relations``."""
    articles = [a for a in read_articles(REAL, on_error=lambda err: None)]
    names = [n for n in EXTRACTORS if n in nlp.pipe_names]
    out = []
    with nlp.select_pipes(disable=names):
        docs = list(nlp.pipe(normalize_for_parse(a.text) for a in articles))
    for article, doc in zip(articles, docs, strict=True):
        doc._.kg_date = article.date
        for name in names:
            if name != "kg_relations":
                doc = nlp.get_pipe(name)(doc)
        out.append((article, doc))
    assert len(out) > 30
    return out


def test_gate_words_are_lower_case_with_first_words() -> None:
    assert gate_words(["lash out", "Meet", "take aim"]) == {
        "lash out", "lash", "meet", "take aim", "take"}


def test_a_sentence_rule_cannot_gate_on_a_mention() -> None:
    with pytest.raises(ExtractorError, match="sentence rule"):
        rule("test.never_registered", scope="sentence", gate=Gate(mention=True))


def test_every_declared_gate_has_words_in_the_shipped_lexicon() -> None:
    ctx = RuleContext.from_lexicon(lexicon())
    for spec in registered_rules():
        if spec.gate is None:
            continue
        for part in (spec.gate.words, spec.gate.document):
            if part is not None:
                assert gate_words(part(ctx)), f"{spec.name}: its gate opens on no word"


@pytest.mark.model
def test_no_rule_finds_anything_where_its_gate_is_closed(
        before_relations: list[tuple[Article, Doc]]) -> None:
    gated = RelationExtractor("gated", lexicon(), rule_confidence())
    ctx = gated.ctx
    found: Counter[str] = Counter()
    closed: Counter[str] = Counter()
    for _, doc in before_relations:
        words = gated._words(doc)
        with bound(doc):
            for tok in doc:
                if tok.pos_ in _NO_TRIGGER:
                    continue
                lemma, form = tok.lemma_.lower(), tok.lower_
                assert (lemma, form) == (words.lemmas[tok.i], words.forms[tok.i])
                for g in gated._token_gated:
                    out = list(g.func(tok, ctx))
                    if g.opens(lemma, form, ref(tok) is not None, words.mask):
                        found[g.name] += len(out)
                    else:
                        closed[g.name] += 1
                        assert not out, f"{g.name} found {out} on {tok.text!r} ({tok.i}) " \
                                        f"in {doc[tok.sent.start:tok.sent.end].text!r}"
    gated_rules = {g.name for g in gated._token_gated if g.words or g.mention or g.document}
    # the check is not empty: the gated rules find things, and their gates close often
    assert sum(found[name] for name in gated_rules) > 50
    assert all(closed[name] > 0 for name in gated_rules)


@pytest.mark.model
def test_relations_state_the_same_claims_with_and_without_gates(
        before_relations: list[tuple[Article, Doc]]) -> None:
    gated = RelationExtractor("gated", lexicon(), rule_confidence())
    ungated = RelationExtractor("ungated", lexicon(), rule_confidence(), gates=False)
    assert not any(g.words or g.mention or g.document for g in ungated._token_gated)
    total = 0
    for _, doc in before_relations:
        prior = list(doc._.kg_claims or [])
        claims = []
        for component in (gated, ungated):
            doc._.kg_claims = list(prior)
            claims.append(component(doc)._.kg_claims)
        doc._.kg_claims = prior
        assert claims[0] == claims[1]
        total += len(claims[0]) - len(prior)
    assert total > 50


@pytest.mark.model
def test_article_graph_travels_whole_and_answers_lookups(
        nlp: Language, before_relations: list[tuple[Article, Doc]]) -> None:
    relations = nlp.get_pipe("kg_relations")
    graphs = 0
    for article, doc in before_relations[:12]:
        prior = list(doc._.kg_claims or [])
        doc = relations(doc)
        claims, actors = link_doc(article, doc)
        doc._.kg_claims = prior
        graph = article_graph(article, claims, actors)
        copy = pickle.loads(pickle.dumps(graph, protocol=5))
        assert copy.identifier == graph.identifier
        assert set(copy) == set(graph)
        assert len(copy) == len(set(graph))
        nodes = set(graph.subjects(None, KG.Assertion))
        assert len(nodes) == len({(c.subject.key, c.relation, c.object.key, c.start)
                                  for c in claims})
        for node in nodes:
            assert graph.value(node, KG.extractor) is not None
            assert graph.value(node, KG.sentence) is not None
        graphs += bool(claims)
    assert graphs > 5


_WORKER_SETTINGS = """
import json, os
import dask
from kg.parallel import LOCAL_DASK_CONFIG, _local_cluster

def settings():
    return {key: dask.config.get(key) for key in LOCAL_DASK_CONFIG
            if not key.startswith("distributed.nanny.")} | {
        "MALLOC_TRIM_THRESHOLD_": os.environ.get("MALLOC_TRIM_THRESHOLD_")}

if __name__ == "__main__":
    cluster, client = _local_cluster(1)
    try:
        workers = list(client.run(settings).values())
    finally:
        client.close()
        cluster.close()
    print(json.dumps({"workers": workers,
                      "here": dask.config.get("distributed.worker.profile.enabled")}))
"""


def test_local_dask_workers_get_the_lean_settings(tmp_path: Path) -> None:
    script = tmp_path / "settings.py"
    script.write_text(_WORKER_SETTINGS)
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, check=True,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    [worker] = result["workers"]
    assert worker["distributed.worker.profile.enabled"] is False
    assert worker["distributed.scheduler.work-stealing"] is False
    assert worker["MALLOC_TRIM_THRESHOLD_"] is None  # glibc's default, as --jobs workers
    assert result["here"] is True  # the caller's own settings are left as they were
