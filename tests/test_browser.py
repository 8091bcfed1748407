"""The HTML view in a real browser: headless Debian Chromium driven by Playwright.

Each page is opened from disk; the tests wait until the layout is frozen,
then check that vis-network drew the expected nodes and edges, that the
console holds no error, and that every request the page made stayed on the
machine (file: or data:). A screenshot of each page is saved under out/.
"""

import datetime
import random
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rdflib import RDF, Graph, Literal
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg import vocab
from kg.render import to_html, write_html
from kg.store import load_graph
from kg.vocab import ARTICLE, ENTITY, KG

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "out"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

sync_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists() and shutil.which("chromium") is None:
    pytest.skip("Debian chromium is not installed (.ci/run installs it)",
                allow_module_level=True)


@dataclass
class Load:
    """What happened when a page was opened."""

    nodes: int
    edges: int
    seconds: float
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")),
            args=ARGS)
        yield chromium
        chromium.close()


def open_page(browser: Any, page_path: Path, shot: str, *, timeout_s: float = 120.0,
              then: Any = None) -> Load:
    """Open a page, wait for its frozen layout, screenshot it, report what it did."""
    context = browser.new_context(viewport={"width": 1400, "height": 900},
                                  bypass_csp=True)  # let Playwright evaluate its probes
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    start = time.monotonic()
    page.goto(page_path.resolve().as_uri())
    page.wait_for_function("window.kgReady === true", timeout=timeout_s * 1000)
    seconds = time.monotonic() - start
    if then is not None:
        then(page)
    counts = page.evaluate(
        "[kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]")
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / shot))
    context.close()
    return Load(nodes=counts[0], edges=counts[1], seconds=seconds, requests=requests,
                errors=errors)


def assert_offline(load: Load) -> None:
    assert load.requests, "the page made no request at all?"
    left = [url for url in load.requests if not url.startswith(("file:", "data:"))]
    assert left == [], f"requests left the machine: {left}"
    assert load.errors == []


# ---------------------------------------------------------------- a small graph

SENTENCE = "China criticized the alliance over its plans in Asia."


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    """China criticizes NATO (dated evidence), Japan partner of NATO, Japan met China,
    a spokesman of China criticizes Japan."""
    g = Graph()
    labels = {"china": "China", "nato": "NATO", "japan": "Japan", "person/wang": "Wang"}
    for key, label in labels.items():
        g.add((ENTITY[key], SKOS.prefLabel, Literal(label, lang="en")))
    g.add((ENTITY["china"], RDF.type, KG.State))
    g.add((ENTITY["japan"], RDF.type, KG.State))
    g.add((ENTITY["nato"], RDF.type, KG.Organization))
    g.add((ENTITY["person/wang"], RDF.type, KG.Person))
    facts = [("china", KG.criticizes, "nato", "2023-03-01"),
             ("japan", KG.partnerOf, "nato", "2023-05-01"),
             ("japan", KG.metWith, "china", "2024-02-01"),
             ("person/wang", KG.affiliatedWith, "china", "2024-02-01"),
             ("person/wang", KG.criticizes, "japan", "2024-02-01")]
    for i, (s, p, o, date) in enumerate(facts):
        article, claim = ARTICLE[f"a{i}"], ARTICLE[f"a{i}/claim/1"]
        g.add((ENTITY[s], p, ENTITY[o]))
        g.add((article, RDF.type, KG.Article))
        g.add((article, DCTERMS.identifier, Literal(f"a{i}")))
        for pred, obj in [(RDF.type, KG.Assertion), (RDF.subject, ENTITY[s]),
                          (RDF.predicate, p), (RDF.object, ENTITY[o]),
                          (PROV.wasDerivedFrom, article),
                          (KG.sentence, Literal(SENTENCE if i == 0 else f"Sentence {i}.")),
                          (KG.articleDate, Literal(datetime.date.fromisoformat(date)))]:
            g.add((claim, pred, obj))
    return g


def test_browser_small_page_draws_every_node_and_edge(browser: Any, small: Graph,
                                                      tmp_path: Path) -> None:
    page = to_html(small, tmp_path / "small.html", title="small")
    load = open_page(browser, page, "browser_small.png")
    assert (load.nodes, load.edges) == (4, 5)
    assert_offline(load)


def test_browser_filters_search_and_sizes(browser: Any, small: Graph, tmp_path: Path) -> None:
    page = to_html(small, tmp_path / "small.html", title="small")
    seen: dict[str, Any] = {}

    def drawn(p: Any) -> list[int]:
        return list(p.evaluate(
            "[kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]"))

    def interact(p: Any) -> None:
        p.uncheck('input[data-kind="Person"]')
        seen["no persons"] = drawn(p)
        p.check('input[data-kind="Person"]')
        p.uncheck('input[data-relation="criticizes"]')
        seen["no criticism"] = drawn(p)
        p.check('input[data-relation="criticizes"]')
        p.fill("#kg-from", "2024-01-01")
        p.dispatch_event("#kg-from", "change")
        seen["2024 on"] = drawn(p)
        p.fill("#kg-from", "")
        p.dispatch_event("#kg-from", "change")
        p.fill("#kg-search", "jap")
        p.press("#kg-search", "Enter")
        p.wait_for_timeout(1500)
        seen["selected"] = p.evaluate("kgNetwork.getSelectedNodes()")
        seen["centre"] = p.evaluate("kgNetwork.getViewPosition()")
        seen["japan"] = p.evaluate(f"kgNetwork.getPositions(['{ENTITY['japan']}'])")
        seen["status"] = p.inner_text("#kg-status")
        p.select_option("#kg-size", "pagerank")
        seen["size"] = p.evaluate(
            "kgNetwork.body.data.nodes.get().map(function (n) { return n.value; })")
        seen["pagerank"] = p.evaluate(
            "kgNetwork.body.data.nodes.get().map(function (n) { return n.m.pagerank; })")

    load = open_page(browser, page, "browser_small_filtered.png", then=interact)
    assert seen["no persons"] == [3, 3]  # Wang and his two edges hidden
    assert seen["no criticism"] == [4, 3]
    assert seen["2024 on"] == [4, 3]  # metWith, affiliatedWith, Wang criticizes Japan
    assert seen["selected"] == [str(ENTITY["japan"])]
    japan = seen["japan"][str(ENTITY["japan"])]
    assert seen["centre"]["x"] == pytest.approx(japan["x"], abs=15)  # the view centres on it
    assert seen["centre"]["y"] == pytest.approx(japan["y"], abs=15)
    assert seen["status"].startswith("4 of 4 actors, 5 of 5 relations")
    top = max(seen["pagerank"])  # PageRank now sizes the nodes (square root of its share)
    assert seen["size"] == pytest.approx([(v / top) ** 0.5 for v in seen["pagerank"]])
    assert_offline(load)


def test_browser_state_level_folds_persons(browser: Any, small: Graph, tmp_path: Path) -> None:
    page = to_html(small, tmp_path / "state.html", level="state")
    load = open_page(browser, page, "browser_small_state.png")
    # Wang folds into China: China criticizes Japan joins China's edges.
    assert (load.nodes, load.edges) == (3, 4)
    assert_offline(load)


# ---------------------------------------------------------------- the seeds


@pytest.mark.model
@pytest.mark.parametrize("level", ["actor", "state"])
def test_browser_seeds_page(browser: Any, seed_graph_path: Path, tmp_path: Path,
                            level: str) -> None:
    from kg.analyze import project

    graph = load_graph(seed_graph_path)
    g = project(graph, level=level)
    page = to_html(graph, tmp_path / f"seeds_{level}.html", title=f"seeds ({level})",
                   level=level)
    load = open_page(browser, page, f"browser_seeds_{level}.png")
    assert (load.nodes, load.edges) == (g.number_of_nodes(), g.number_of_edges())
    assert load.nodes > 10
    assert_offline(load)


# ---------------------------------------------------------------- a large graph


def synthetic_network(n_nodes: int, *, seed: int = 0) -> nx.MultiDiGraph:
    """A generated relation graph shaped like kg's: scale-free, two rival camps (85% of
    the relations agree with them), kinds and dates, one evidence sentence per edge."""
    rng = random.Random(seed)
    relations = {p: [r for r in vocab.relation_names() if vocab.polarity(r) == p]
                 for p in ("cooperative", "conflictual", "neutral")}
    skeleton = nx.barabasi_albert_graph(n_nodes, 2, seed=seed)
    kinds = ["State"] * 14 + ["Organization"] * 2 + ["Person"] * 3 + ["Body"]
    g = nx.MultiDiGraph()
    camp = {n: rng.random() < 0.5 for n in skeleton}
    for n in skeleton:
        g.add_node(f"n{n}", label=f"Actor {n}", kind=rng.choice(kinds))
    start = datetime.date(2023, 1, 1)
    for i, edge in enumerate(skeleton.edges()):
        b, a = sorted(edge)  # the newcomer acts on the older, better-linked actor
        roll = rng.random()
        polarity = ("neutral" if roll < 0.15 else
                    ("cooperative" if camp[a] == camp[b] else "conflictual") if roll < 0.87
                    else ("conflictual" if camp[a] == camp[b] else "cooperative"))
        relation = rng.choice(relations[polarity])
        date = (start + datetime.timedelta(days=rng.randrange(730))).isoformat()
        sentence = f"Actor {a} {relation} Actor {b}."
        g.add_edge(f"n{a}", f"n{b}", key=relation, relation=relation, polarity=polarity,
                   symmetric=vocab.is_symmetric(relation), weight=rng.randint(1, 4),
                   sentences=[sentence], articles=[f"art{i}"], dates=[date],
                   evidence=[{"article": f"art{i}", "date": date, "sentence": sentence}],
                   confidence=0.7)
    return g


@pytest.mark.slow
def test_browser_5000_nodes_is_drawn_and_frozen(browser: Any, tmp_path: Path) -> None:
    g = synthetic_network(5000)
    page = write_html(g, tmp_path / "large.html", title="5,000 generated actors",
                      size_by="pagerank")
    load = open_page(browser, page, "browser_5000.png", timeout_s=300)
    assert (load.nodes, load.edges) == (5000, g.number_of_edges())
    assert_offline(load)
