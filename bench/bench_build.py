"""Benchmark: how much the kg extractors cost next to the spaCy parse.

Run: ``python bench/bench_build.py [--repeat N] [SOURCE...]`` (default: the
seed articles, 20 times over). It parses the articles once with the
statistical pipeline alone (the baseline), then times the kg extractors,
linking and RDF building on the parsed documents, and the whole ``kg build``
stream with writing. It prints the figures and their ratios against the
baseline measured in the same run, plus the peak memory of the process.
"""

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from kg.ingest import read_articles
from kg.link import link_doc
from kg.nlp import EXTRACTORS, load_pipeline
from kg.pipeline import build_graphs, normalize_for_parse
from kg.rdf import article_graph
from kg.store import GraphWriter

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, default=[ROOT / "seeds"])
    parser.add_argument("--repeat", type=int, default=20, help="copies of each article")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    nlp = load_pipeline()
    articles = list(read_articles(args.sources)) * args.repeat
    chars = sum(len(a.text) for a in articles)
    print(f"articles: {len(articles)} ({chars / 1e6:.2f} M characters), "
          f"model {nlp.meta['name']} {nlp.meta['version']}")

    extractors = [nlp.get_pipe(name) for name in EXTRACTORS]
    with nlp.select_pipes(disable=list(EXTRACTORS)):
        nlp("warm up")
        start = time.perf_counter()
        docs = list(nlp.pipe((normalize_for_parse(a.text) for a in articles),
                             batch_size=args.batch_size))
        parse = time.perf_counter() - start

    start = time.perf_counter()
    triples = 0
    for article, doc in zip(articles, docs, strict=True):
        for component in extractors:
            doc = component(doc)
        claims, actors = link_doc(article, doc)
        triples += len(article_graph(article, claims, actors))
    extract = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        with GraphWriter(Path(tmp) / "bench.trig") as writer:
            for result in build_graphs(iter(articles), nlp, batch_size=args.batch_size):
                writer.write(result.graph)
        stream = time.perf_counter() - start

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"parse (baseline)          {parse:8.2f} s  {len(articles) / parse:7.1f} articles/s")
    print(f"extract+link+rdf          {extract:8.2f} s  ratio to parse {extract / parse:5.2f}")
    print(f"kg build stream, written  {stream:8.2f} s  ratio to parse {stream / parse:5.2f} "
          f"(parse included)")
    print(f"triples built             {triples:8d}")
    print(f"peak memory               {peak_mb:8.0f} MB")
    if extract / parse > 0.5:
        print("warning: the extractors cost more than half of the parse", file=sys.stderr)


if __name__ == "__main__":
    main()
