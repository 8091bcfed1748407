"""SPARQL: the bundled queries, their parameters, and running queries safely.

Two engines answer the same queries: rdflib (:func:`query`, on graphs read by
:func:`~kg.store.files.load_graph`) and pyoxigraph (:func:`run_query`, on
:func:`open_dataset`, which the CLI and the endpoint use). Values are bound as
RDF terms (``initBindings``, or a ``VALUES`` block from :func:`bind_values`),
never pasted into query text.
"""

import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import StoreError
from kg.store.files import format_for
from kg.store.layout import SHARED_GRAPH, split_article
from kg.store.oxigraph import OxTerm, dump_nquads, open_store, to_oxigraph

__all__ = [
    "PARAMETER_KINDS",
    "PREFIXES",
    "DEFAULT_LIMIT",
    "BundledQuery",
    "Parameter",
    "bind_values",
    "bundled_queries",
    "bundled_query",
    "cut_rows",
    "find_actors",
    "limit_query",
    "limited_solutions",
    "load_query",
    "open_dataset",
    "query",
    "resolve_parameter",
    "run_query",
    "syntax_message",
    "to_oxigraph",
]

log = logging.getLogger(__name__)


def load_query(name: str) -> str:
    """Return a SPARQL query shipped in ``kg/queries/<name>.rq``.

    Raises:
        StoreError: there is no such query.
    """
    folder = resources.files("kg").joinpath("queries")
    file = folder.joinpath(f"{name}.rq")
    if not file.is_file():
        known = sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))
        raise StoreError(f"no query named {name!r}; kg ships: {', '.join(known)}")
    return file.read_text(encoding="utf-8")


def query(graph: Graph, sparql: str, bindings: Mapping[str, Node] | None = None) -> Result:
    """Run a SPARQL query, with values bound safely through ``initBindings``.

    Raises:
        StoreError: the query is not valid SPARQL.
    """
    try:
        kwargs: dict[str, Any] = {"initBindings": dict(bindings)} if bindings else {}
        result = graph.query(sparql, **kwargs)
        # Evaluate now, so that errors surface here and not while printing.
        if result.type == "SELECT":
            result.bindings  # noqa: B018
        return result
    except Exception as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise StoreError(f"invalid SPARQL query: {first}") from err


# --------------------------------------------------------------------------- bundled queries


@dataclass(frozen=True, slots=True)
class Parameter:
    """A parameter of a bundled query, declared in its header comment.

    Attributes:
        name: the query variable it binds (without ``?``).
        kind: ``actor`` (a label or an IRI), ``relation`` (a relation name
            or IRI), ``iri`` or ``literal``.
        required: whether the query needs it.
        description: one line for ``kg query --list``.
    """

    name: str
    kind: str
    required: bool
    description: str


@dataclass(frozen=True, slots=True)
class BundledQuery:
    """A query shipped in ``kg/queries``: its name, description, parameters and text.

    ``listing`` is true for a query whose header says ``# Row limit: listing``:
    under a row limit it keeps the first rows found and sorts those
    (:func:`limit_query`); any other query is sorted whole, then cut.
    """

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str
    listing: bool = False

    def prepared(self, bindings: Mapping[str, Node | OxTerm | Sequence[Node | OxTerm]]
                 | None = None, limit: int = 0) -> str:
        """The text ``kg query`` runs: parameters bound (:func:`bind_values`), then
        at most ``limit`` + 1 rows asked for (:func:`limit_query`; 0: all rows)."""
        text = bind_values(self.text, bindings) if bindings else self.text
        return limit_query(text, limit, listing=self.listing)


PARAMETER_KINDS = ("actor", "relation", "iri", "literal")
_PARAM_LINE = re.compile(r"#\s+\?(\w+)\s+\((\w+)(?:,\s*(required|optional))?\):\s*(.*)")
_LIMIT_LINE = re.compile(r"#\s+Row limit:\s*(listing|ranked)\b.*")


def _parse_header(name: str, text: str) -> BundledQuery:
    lines = text.splitlines()
    description: list[str] = []
    first = lines[0] if lines else ""
    prefix = f"# {name}.rq: "
    if first.startswith(prefix):
        description.append(first[len(prefix):].strip())
        for line in lines[1:]:
            if not line.startswith("#") or not line[1:].strip():
                break
            description.append(line[1:].strip())
    params: list[Parameter] = []
    in_params = False
    listing = False
    for line in lines:
        if not line.startswith("#"):
            break
        limit = _LIMIT_LINE.fullmatch(line.rstrip())
        if limit:
            listing = limit[1] == "listing"
        if line.strip() == "# Parameters:":
            in_params = True
            continue
        if in_params:
            match = _PARAM_LINE.fullmatch(line.rstrip())
            if match:
                kind = match[2]
                if kind not in PARAMETER_KINDS:
                    raise StoreError(f"{name}.rq: parameter ?{match[1]} has unknown kind "
                                     f"{kind!r}; use one of {', '.join(PARAMETER_KINDS)}")
                params.append(Parameter(match[1], kind, match[3] == "required",
                                        match[4].strip()))
            elif line.startswith("#     ") and params:  # a description's next line
                last = params[-1]
                params[-1] = Parameter(last.name, last.kind, last.required,
                                       f"{last.description} {line[1:].strip()}")
            else:
                in_params = False
    return BundledQuery(name, " ".join(description), tuple(params), text, listing)


def bundled_queries() -> list[BundledQuery]:
    """Return every query shipped in ``kg/queries``, sorted by name."""
    folder = resources.files("kg").joinpath("queries")
    return [_parse_header(p.name[:-3], p.read_text(encoding="utf-8"))
            for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".rq")]


def bundled_query(name: str) -> BundledQuery:
    """Return the shipped query ``name`` with its description and parameters.

    Raises:
        StoreError: there is no such query.
    """
    return _parse_header(name, load_query(name))


# --------------------------------------------------------------------------- binding values

#: Prefixes every query may use without declaring them.
PREFIXES = {
    "kg": "https://w3id.org/kg/diplomacy#",
    "kgid": "https://w3id.org/kg/id/",
    "article": "https://w3id.org/kg/article/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": "http://www.wikidata.org/entity/",
}

def bind_values(sparql: str, bindings: Mapping[str, Node | OxTerm | Sequence[Node | OxTerm]]
                ) -> str:
    """Return ``sparql`` with a ``VALUES`` block binding variables to RDF terms.

    The block opens the query's outermost ``WHERE`` group, so the values
    constrain the whole pattern as bound variables would. Each value is
    written by pyoxigraph as an RDF term (IRIs are validated, literals
    escaped): a value can never become query syntax. Use it for endpoints,
    where ``initBindings`` do not exist. A variable given several values
    matches any of them.

    Raises:
        StoreError: a name is not a variable name, a value is not a valid
            term, or the query has no ``WHERE`` group to bind in.

    Examples:
        >>> from rdflib import Literal
        >>> bind_values('SELECT ?s WHERE { ?s ?p ?o }', {"o": Literal('x" } #')})
        'SELECT ?s WHERE { VALUES ?o { "x\\\\" } #" } ?s ?p ?o }'
    """
    if not bindings:
        return sparql
    blocks = []
    for name, value in bindings.items():
        name = name.lstrip("?$")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise StoreError(f"not a variable name: {name!r}")
        values = [value] if isinstance(value, Node | ox.NamedNode | ox.BlankNode | ox.Literal) \
            else list(value)
        terms = " ".join(str(to_oxigraph(v)) for v in values)
        blocks.append(f"VALUES ?{name} {{ {terms} }}")
    at = _where_brace(sparql)
    return sparql[:at + 1] + " " + " ".join(blocks) + sparql[at + 1:]


_TOKEN = re.compile(
    r'(?P<comment>#[^\n]*)|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')|(?P<iri><[^<>"{}|^`\\\s]*>)'
    r'|(?P<brace>[{}])|(?P<var>[?$]\w+)|(?P<word>[A-Za-z_][\w.-]*(?::[\w.-]*)?)|(?P<other>.)',
    re.DOTALL)


def _where_brace(sparql: str) -> int:
    """Return the offset of the ``{`` that opens the query's outermost WHERE group."""
    form = None
    depth = 0
    skip_template = False
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup
        if kind == "word" and ":" in match.group():
            continue  # a prefixed name, never a keyword
        if kind == "word" and depth == 0 and form is None:
            word = match.group().upper()
            if word in ("SELECT", "ASK", "DESCRIBE", "CONSTRUCT"):
                form = word
                skip_template = word == "CONSTRUCT"
        elif kind == "word" and depth == 0 and form == "CONSTRUCT" and \
                match.group().upper() == "WHERE":
            skip_template = False
        elif kind == "brace":
            if match.group() == "{":
                if depth == 0 and form is not None and not skip_template:
                    return match.start()
                depth += 1
            else:
                depth -= 1
                if depth == 0 and skip_template:
                    skip_template = False
    raise StoreError("cannot bind values: the query has no WHERE { ... } group")


# --------------------------------------------------------------------------- row limits

#: The rows ``kg query`` prints of a bundled query unless ``--limit`` says otherwise.
DEFAULT_LIMIT = 100


_PROJECTED = re.compile(r"\(.*?\bAS\s+([?$]\w+)\s*\)|([?$]\w+)", re.DOTALL | re.IGNORECASE)


def limit_query(sparql: str, limit: int, *, listing: bool = False) -> str:
    """Return a SELECT query asking for at most ``limit`` + 1 rows (``limit`` 0: all rows).

    The one row more tells whether there were more rows than ``limit``
    (:func:`cut_rows`). By default the query gets ``LIMIT`` at its end: it
    is answered whole and sorted, then cut, so the rows kept are the top ones.

    A ``listing`` (one row per sentence, say) keeps the first rows the engine
    finds and sorts those: its ``WHERE`` becomes a subquery with the
    ``LIMIT``, and its ``ORDER BY`` applies outside. Sorting every row first
    would read every row of a large store (seconds) before showing any. Bind
    parameters first (:func:`bind_values`): outside the subquery, a
    ``VALUES`` block would not reach the listing's variables. A query that
    has a ``LIMIT`` or ``OFFSET`` of its own is returned as it is.

    Raises:
        StoreError: ``limit`` is negative, or the query is not a SELECT.

    Examples:
        >>> print(limit_query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", 10, listing=True))
        SELECT ?s WHERE {
        { SELECT ?s WHERE { ?s ?p ?o } LIMIT 11 }
        }
        ORDER BY ?s
        >>> print(limit_query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", 10))
        SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s
        LIMIT 11
        <BLANKLINE>
    """
    if limit < 0:
        raise StoreError(f"the row limit must be 0 (all rows) or more, not {limit}")
    if limit == 0:
        return sparql
    select = order = None
    after_where = False
    depth = 0
    keywords: set[str] = set()
    for match in _TOKEN.finditer(sparql):
        kind, text = match.lastgroup, match.group()
        if kind == "brace":
            depth += 1 if text == "{" else -1
            after_where = after_where or (depth == 0 and select is not None)
        elif kind == "word" and depth == 0 and ":" not in text:
            word = text.upper()
            if select is None and word == "SELECT":
                select = match.start()
            elif select is None and word in ("ASK", "CONSTRUCT", "DESCRIBE"):
                break
            elif after_where:
                keywords.add(word)
                if word == "ORDER" and order is None:
                    order = match.start()
    if select is None:
        raise StoreError("a row limit applies to SELECT queries only")
    if keywords & {"LIMIT", "OFFSET"}:
        return sparql
    if not listing or order is None:
        return f"{sparql.rstrip()}\nLIMIT {limit + 1}\n"
    where = _where_brace(sparql)
    # The variables the query gives: ?x, and ?y of (expression AS ?y).
    shown = [alias or var for alias, var in _PROJECTED.findall(sparql[select:where])]
    if not shown:  # SELECT *
        return f"{sparql.rstrip()}\nLIMIT {limit + 1}\n"
    # The inner query must also give the variables the order reads.
    keys = [v for v in dict.fromkeys(re.findall(r"[?$]\w+", sparql[order:]))
            if v[1:] not in {s[1:] for s in shown}]
    inner = sparql[select:order].rstrip()
    if keys:
        projection = re.sub(r"(?i)\s*\bWHERE\s*$", "", sparql[select:where].rstrip())
        inner = f"{projection} {' '.join(keys)} WHERE {sparql[where:order].rstrip()}"
    return (f"{sparql[:select]}SELECT {' '.join(shown)} WHERE {{\n{{ {inner} LIMIT {limit + 1} }}"
            f"\n}}\n{sparql[order:]}")


def cut_rows(rows: list[Any], limit: int) -> tuple[list[Any], bool]:
    """Return the first ``limit`` rows (all for 0) and whether any were left out.

    Examples:
        >>> cut_rows([1, 2, 3], 2), cut_rows([1, 2], 2), cut_rows([1, 2, 3], 0)
        (([1, 2], True), ([1, 2], False), ([1, 2, 3], False))
    """
    if limit and len(rows) > limit:
        return rows[:limit], True
    return rows, False


def limited_solutions(result: ox.QuerySolutions, limit: int) -> tuple[ox.QuerySolutions, bool]:
    """Read a SELECT answer asked with :func:`limit_query`; keep its first ``limit`` rows.

    Returns:
        The rows kept, as solutions that pyoxigraph serializes as it would
        the engine's (same variables, same terms), and whether rows were
        left out.

    Examples:
        >>> rows = ox.Store().query("SELECT ?n WHERE { VALUES ?n { 1 2 3 } }")
        >>> kept, cut = limited_solutions(rows, 2)
        >>> [row["n"].value for row in kept], cut
        (['1', '2'], True)
    """
    names = [v.value for v in result.variables]
    rows, cut = cut_rows([[row[n] for n in names] for row in result], limit)
    bindings = [{n: _json_term(term) for n, term in zip(names, row, strict=True)
                 if term is not None} for row in rows]
    data = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}})
    solutions = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    assert isinstance(solutions, ox.QuerySolutions)
    return solutions, cut


def _json_term(term: OxTerm) -> dict[str, str]:
    """A term as the SPARQL JSON results format writes it."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    raise StoreError(f"cannot keep a row holding {term!r} under a row limit")


# --------------------------------------------------------------------------- running queries

OxResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

_OX_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
               "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
               "json-ld": ox.RdfFormat.JSON_LD}


def open_dataset(*paths: str | Path) -> ox.Store:
    """Open graph files and store folders for SPARQL with pyoxigraph.

    One store folder is opened read-only in place; anything else (files,
    several stores) is loaded into an in-memory store laid out as a store is
    (:mod:`kg.store.layout`: what articles say about actors kept once), so
    that queries answer alike, and as fast, on both. Either way
    :func:`run_query` queries the union of the graphs.

    Raises:
        StoreError: a path is missing, not valid RDF, or not a store.
    """
    if len(paths) == 1 and Path(paths[0]).is_dir():
        return open_store(paths[0])
    loaded = ox.Store()
    for path in map(Path, paths):
        if path.is_dir():
            loaded.load(dump_nquads(path), format=ox.RdfFormat.N_QUADS)
            continue
        fmt = format_for(path)
        if not path.is_file():
            raise StoreError(f"{path}: no such graph file or store")
        try:
            loaded.load(path=str(path), format=_OX_FORMATS[fmt])
        except (SyntaxError, ValueError, OSError) as err:
            raise StoreError(f"{path}: not valid {fmt}: {_one_line(err)}") from err
    return _laid_out(loaded)


def _laid_out(loaded: ox.Store) -> ox.Store:
    """Return the quads of ``loaded`` in a new in-memory store, laid out as a store is."""
    memory = ox.Store()
    memory.extend(loaded.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    for graph in loaded.named_graphs():
        quads = loaded.quads_for_pattern(None, None, None, graph)
        if not isinstance(graph, ox.NamedNode) or graph == SHARED_GRAPH:
            memory.extend(quads)
            continue
        local, shared = split_article(graph.value, (q.triple for q in quads))
        memory.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in local)
        memory.extend(ox.Quad(t.subject, t.predicate, t.object, SHARED_GRAPH) for t in shared)
    return memory


def run_query(store: ox.Store, sparql: str,
              bindings: Mapping[str, Node | OxTerm | Sequence[Node | OxTerm]] | None = None,
              ) -> OxResult:
    """Run a SPARQL query over the union of a pyoxigraph store's graphs.

    Values are bound as RDF terms with :func:`bind_values`, never pasted
    into the text; the :data:`PREFIXES` need no declaration.

    Raises:
        StoreError: the query is not valid SPARQL (the message gives the
            line, the column and a hint), or it fails.
    """
    text = bind_values(sparql, bindings) if bindings else sparql
    try:
        return store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError:
        # Parse the text the user wrote (without the VALUES block) for the position.
        try:
            ox.Store().query(sparql, prefixes=PREFIXES)
        except SyntaxError as original:
            raise StoreError(syntax_message(sparql, original)) from None
        raise
    except (OSError, RuntimeError, ValueError) as err:
        raise StoreError(f"SPARQL query failed: {_one_line(err)}") from err


_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)


def syntax_message(sparql: str, err: BaseException) -> str:
    """Return one line saying where a SPARQL syntax error is, what it is, and a hint.

    Examples:
        >>> try:
        ...     ox.Store().query("SELEC ?s WHERE { ?s ?p ?o }")
        ... except SyntaxError as err:
        ...     print(syntax_message("SELEC ?s WHERE { ?s ?p ?o }", err))  # doctest: +ELLIPSIS
        invalid SPARQL query at line 1, column ...: expected ...; hint: a query starts with ...
    """
    text = _one_line(err)
    match = _POSITION.match(text)
    if match is None:
        return f"invalid SPARQL query: {text}"
    line, column, what = int(match[1]), int(match[2]), match[3].strip()
    if "Prefix not found" in what:
        what = "undeclared prefix"
    lines = sparql.splitlines() or [""]
    at = lines[line - 1][column - 1:column + 19].strip() if line <= len(lines) else ""
    near = f" near {at!r}" if at else " at the end" if line >= len(lines) else " at its end"
    return (f"invalid SPARQL query at line {line}, column {column}{near}: {_short(what)}; "
            f"hint: {_hint(sparql, line, column, what)}")


def _short(what: str) -> str:
    return what if len(what) <= 120 else what[:117] + "..."


def _hint(sparql: str, line: int, column: int, what: str) -> str:
    body = re.sub(r"(?m)^\s*(#.*)?$\n?", "", sparql)
    body = re.sub(r"(?is)^\s*(PREFIX\s+\S*\s*<[^>]*>\s*|BASE\s*<[^>]*>\s*)*", "", body)
    if not re.match(r"(?i)(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body):
        return ("a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE (after any PREFIX "
                "lines); `kg query --list` shows the bundled queries")
    lines = sparql.rstrip().splitlines()
    if line > len(lines) or (line == len(lines) and not lines[-1][column - 1:].strip()):
        return "the query ends too early: check that every {, ( and quote is closed"
    before = lines[line - 1][:column - 1]
    if re.search(r"[A-Za-z][\w-]*:\w*$", before) or "Prefix" in what or "prefix" in what:
        return ("is the prefix declared? kg:, kgid:, article:, rdf:, rdfs:, xsd:, owl:, skos:, "
                "prov:, dcterms: and wd: need no PREFIX line")
    return "check the spelling and punctuation just before this point"


def _one_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


# --------------------------------------------------------------------------- parameters

_LABELS = ("http://www.w3.org/2004/02/skos/core#prefLabel",
           "http://www.w3.org/2000/01/rdf-schema#label",
           "http://www.w3.org/2004/02/skos/core#altLabel")
_IRI_START = re.compile(r"(?:https?|urn|ftp|mailto|file|tag):", re.IGNORECASE)


def _as_iri(value: str) -> ox.NamedNode | None:
    """An IRI written in full or with a known prefix (``kgid:china``), else None."""
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        value = PREFIXES[prefix] + local
    elif not _IRI_START.match(value):
        return None
    try:
        return ox.NamedNode(value)
    except ValueError as err:
        raise StoreError(f"{value!r} is not a valid IRI ({err})") from None


def find_actors(store: ox.Store, label: str) -> list[ox.NamedNode]:
    """Return the actors whose preferred label, label or alias is ``label`` (any case).

    Preferred labels and labels win over aliases; the list is sorted.
    """
    want = label.strip().casefold()
    for predicates in (_LABELS[:2], _LABELS[2:]):
        found = {quad.subject for p in predicates
                 for quad in store.quads_for_pattern(None, ox.NamedNode(p), None)
                 if isinstance(quad.object, ox.Literal) and quad.object.value.casefold() == want
                 and isinstance(quad.subject, ox.NamedNode)}
        if found:
            return sorted((s for s in found if isinstance(s, ox.NamedNode)),
                          key=lambda s: s.value)
    return []


def resolve_parameter(store: ox.Store, kind: str, value: str) -> list[OxTerm]:
    """Turn a ``--param`` value into the RDF terms it stands for.

    Args:
        store: the data, to look actor labels up in.
        kind: ``actor`` (an IRI, ``kgid:...``, or a label such as
            "China"), ``relation`` (a relation name such as ``criticizes``
            or an IRI), ``iri`` or ``literal``.
        value: the text the user gave.

    Returns:
        The terms; a label that names no actor becomes a plain literal, which
        matches no actor (a warning is logged).

    Raises:
        StoreError: an IRI is malformed, or a relation name is unknown.
    """
    if kind == "literal":
        return [ox.Literal(value)]
    iri = _as_iri(value)
    if iri is not None:
        return [iri]
    if kind == "relation":
        from kg import vocab
        from kg.errors import UnknownTermError

        try:
            return [ox.NamedNode(str(vocab.relation(value)))]
        except UnknownTermError as err:
            raise StoreError(str(err)) from None
    if kind == "iri":
        raise StoreError(f"{value!r} is not an IRI (write it in full, or as kgid:..., "
                         "article:..., kg:...)")
    actors = find_actors(store, value)
    if not actors:
        log.warning("no actor is labelled %r; the parameter matches nothing", value)
        return [ox.Literal(value)]
    return list(actors)
