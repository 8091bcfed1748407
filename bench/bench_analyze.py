"""Benchmark: analysis and rendering of a large graph, and the HTML page in Chromium.

Run: ``python bench/bench_analyze.py [--articles N] [--actors N] [--no-browser]``.

It generates ``--articles`` articles' worth of relations (default 10,000; five
sentences an article among ``--actors`` actors, scale-free, two rival camps,
dated over two years) with :func:`kg.rdf.article_graph`, as kg build would
write them, and times:

- reading the assertions (a plain scan of the RDF graph: the baseline) and the
  projection to networkx (:func:`kg.analyze.project`, actor and state level);
- the actor table, communities, the two blocs and a window comparison;
- writing the HTML page;
- in headless Chromium (``/usr/bin/chromium``), the time until pages of 100,
  1,000 and 5,000 actors are interactive (layout frozen), the 100-actor page
  being the baseline.

Figures are printed with ratios against the baselines measured in the same
run; nothing is asserted.
"""

import argparse
import datetime
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import networkx as nx
from rdflib import RDF, Dataset

from kg import vocab
from kg.analyze import (
    Selection,
    actor_table,
    alliance_graph,
    communities,
    compare,
    find_blocs,
    project,
)
from kg.rdf import ActorRecord, article_graph
from kg.render import page_html, write_html
from kg.types import Article, Claim, Mention
from kg.vocab import KG

T = TypeVar("T")


def timed(label: str, func: Callable[[], T], figures: dict[str, float]) -> T:
    start = time.perf_counter()
    value = func()
    figures[label] = time.perf_counter() - start
    return value


def generate(n_articles: int, n_actors: int, seed: int = 0) -> Dataset:
    """Articles' graphs of generated relations, five sentences each, in one dataset."""
    rng = random.Random(seed)
    by_polarity = {p: [r for r in vocab.relation_names() if vocab.polarity(r) == p
                       and vocab.range_kind(r) != "Event"]
                   for p in ("cooperative", "conflictual", "neutral")}
    skeleton = nx.barabasi_albert_graph(n_actors, 3, seed=seed)
    pairs = list(skeleton.edges())
    camp = {n: rng.random() < 0.5 for n in skeleton}
    actors: dict[str, ActorRecord] = {}
    for n in skeleton:
        kind = "Person" if n % 5 == 4 else "State"
        actors[f"actor {n}"] = ActorRecord(f"actor {n}", kind, [f"Actor {n}"])
    # Persons serve the state next to them.
    start = datetime.date(2023, 1, 1)
    data = Dataset(default_union=True)
    for i in range(n_articles):
        article = Article(f"gen{i:05d}", "", f"gen{i:05d}.txt",
                          date=start + datetime.timedelta(days=rng.randrange(730)))
        claims = []
        for j in range(5):
            a, b = rng.choice(pairs)
            if j == 0 and a % 5 == 4:
                relation, b = "affiliatedWith", a - 1
            else:
                roll = rng.random()
                polarity = ("neutral" if roll < 0.15 else
                            ("cooperative" if camp[a] == camp[b] else "conflictual")
                            if roll < 0.88 else
                            ("conflictual" if camp[a] == camp[b] else "cooperative"))
                relation = rng.choice(by_polarity[polarity])
            sentence = f"Actor {a} {relation} Actor {b} (article {i}, sentence {j})."
            offset = 100 * j

            def mention(n: int, at: int) -> Mention:
                key = f"actor {n}"
                return Mention(key, actors[key].kind, f"Actor {n}", at, at + 7)

            claims.append(Claim(mention(a, offset), relation, mention(b, offset + 20),
                                sentence, offset, offset + len(sentence), "bench",
                                round(rng.uniform(0.4, 0.9), 2)))
        graph = article_graph(article, claims, actors)
        for triple in graph:
            data.graph(graph.identifier).add(triple)
    return data


def browser_times(sizes: list[int], folder: Path) -> dict[int, float]:
    """Seconds until each generated page is interactive in headless Chromium."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from test_browser import ARGS, synthetic_network

    times: dict[int, float] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for n in sizes:
            page_path = write_html(synthetic_network(n, seed=n), folder / f"n{n}.html",
                                   title=f"{n} actors")
            context = browser.new_context(viewport={"width": 1400, "height": 900},
                                          bypass_csp=True)
            page = context.new_page()
            start = time.perf_counter()
            page.goto(page_path.as_uri())
            page.wait_for_function("window.kgReady === true", timeout=600_000)
            times[n] = time.perf_counter() - start
            drawn = page.evaluate("kgNetwork.body.nodeIndices.length")
            assert drawn == n, (drawn, n)
            context.close()
        browser.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--actors", type=int, default=2_000)
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium timings")
    args = parser.parse_args()

    f: dict[str, float] = {}
    data = timed("generate", lambda: generate(args.articles, args.actors), f)
    assertions = len(set(data.subjects(RDF.type, KG.Assertion)))
    print(f"generated {args.articles} articles: {assertions} assertions, {len(data)} triples "
          f"({f['generate']:.1f} s)")

    def scan() -> int:
        return sum(1 for _ in data.subject_objects(RDF.subject)) + \
            sum(1 for _ in data.subject_objects(KG.sentence))

    timed("scan (baseline)", scan, f)
    g = timed("project, actor level", lambda: project(data), f)
    state = timed("project, state level", lambda: project(data, level="state"), f)
    timed("project, 2023 window", lambda: project(
        data, selection=Selection(since=datetime.date(2023, 1, 1),
                                  until=datetime.date(2023, 12, 31))), f)
    timed("actor table", lambda: actor_table(g), f)
    timed("communities (Louvain)", lambda: communities(g), f)
    blocs: Any = timed("two blocs", lambda: find_blocs(alliance_graph(g)), f)
    timed("compare two windows", lambda: compare(
        data, (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31)),
        (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))), f)
    timed("HTML page (state level)", lambda: page_html(state), f)
    html_actor = timed("HTML page (actor level)", lambda: page_html(g), f)

    base = f["scan (baseline)"]
    print(f"\nactor level: {g.number_of_nodes()} actors, {g.number_of_edges()} statements; "
          f"state level: {state.number_of_nodes()} actors, {state.number_of_edges()} statements")
    print(f"blocs: {blocs.method}, frustration {blocs.frustration}, lower bound "
          f"{blocs.lower_bound}, {blocs.restarts_agreeing}/{blocs.restarts} runs agree; "
          f"page {len(html_actor) / 1e6:.1f} MB")
    print(f"\n{'step':<28}{'seconds':>9}{'x scan':>9}")
    for label, seconds in f.items():
        if label != "generate":
            print(f"{label:<28}{seconds:>9.2f}{seconds / base:>9.1f}")

    if not args.no_browser:
        with tempfile.TemporaryDirectory() as tmp:
            times = browser_times([100, 1_000, 5_000], Path(tmp))
        print(f"\n{'page in Chromium':<28}{'seconds':>9}{'x 100':>9}")
        for n, seconds in times.items():
            print(f"{f'{n} actors interactive':<28}{seconds:>9.2f}{seconds / times[100]:>9.1f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
