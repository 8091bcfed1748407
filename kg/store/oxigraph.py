"""The persistent store: an embedded Oxigraph database in a folder.

Each article lives in its own named graph (the article's IRI). Writing an
article replaces its named graph in **one transaction**: a crash, ``kill -9``
or Ctrl-C leaves every article either as it was before or whole as built,
never half-written.

What articles say about actors (kinds, labels, links, the relations between
them) is kept once, in a shared graph, and each article's graph records
what it states (:mod:`kg.store.layout`); rebuilding or removing an article
updates the shared graph in the same transaction, so that it holds exactly
what the stored articles say: an actor that other articles also name keeps
its labels, kinds and ``owl:sameAs`` links. Read back (:func:`dump_nquads`,
:func:`faithful_quads`), each article's graph is whole again, as the graph
files of the same build hold it.

The store also records, on each article node, a hash of the article's text
(:data:`TEXT_HASH`), so that a build can skip articles already stored
unchanged (:meth:`StoreWriter.has_article`).

Typical use::

    with StoreWriter("out/seeds.store") as store:
        for result in build_graphs(articles, nlp):
            if not store.has_article(result.article.id, text_hash(result.article.text)):
                store.write(result)
"""

import functools
import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import StoreError
from kg.rdf import article_iri
from kg.store.layout import SHARED_GRAPH, STATED, split_article, stated_in, still_stated

if TYPE_CHECKING:
    from kg.pipeline import ArticleResult

__all__ = [
    "OxTerm",
    "StoreWriter",
    "TEXT_HASH",
    "count_quads",
    "dump_nquads",
    "faithful_quads",
    "is_store",
    "open_store",
    "remove_articles",
    "require_store",
    "store_articles",
    "text_hash",
    "to_oxigraph",
]

log = logging.getLogger(__name__)

#: Predicate of the article's text hash (``"sha256:<hex>"``), in the article's graph.
TEXT_HASH = "https://w3id.org/kg/store#textHash"
_DCTERMS_IDENTIFIER = "http://purl.org/dc/terms/identifier"


def text_hash(text: str) -> str:
    """Return the hash kg stores for an article's text.

    Examples:
        >>> text_hash("Talks ended.")[:15]
        'sha256:3f0eacbd'
    """
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


_hash_of = text_hash  # StoreWriter.write's argument shadows the name


OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def to_oxigraph(term: Node | OxTerm) -> OxTerm:
    """Return ``term`` as a pyoxigraph term, checking that an IRI is valid.

    Raises:
        StoreError: the IRI is not valid (spaces, ``<``, ``>``, quotes...).
    """
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    try:
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError as err:
        raise StoreError(f"not a valid RDF term: {str(term)!r} ({err})") from None
    raise StoreError(f"{term!r}: not an IRI, blank node or literal")


def is_store(path: str | Path) -> bool:
    """Tell whether ``path`` is a folder holding an Oxigraph store.

    Examples:
        >>> is_store("no/such/folder")
        False
    """
    path = Path(path)
    return path.is_dir() and (path / "CURRENT").is_file() and (path / "IDENTITY").is_file()


def require_store(path: str | Path, *, hint: bool = True) -> Path:
    """Return ``path`` if it is a store, else raise a one-line error naming it.

    Raises:
        StoreError: ``path`` is no store (with a hint to build one unless ``hint`` is off).
    """
    path = Path(path)
    if not is_store(path):
        what = "not an Oxigraph store" if path.exists() else "no such store"
        tip = f" (build one with `kg build SOURCE --store {path}`)" if hint else ""
        raise StoreError(f"{path}: {what}{tip}")
    return path


def open_store(path: str | Path) -> ox.Store:
    """Open an existing store for reading.

    The store is opened read-only, so it may be read while ``kg serve`` (or
    another reader) has it open; reading while a build writes it is not
    supported by Oxigraph.

    Raises:
        StoreError: ``path`` is not a store, or it cannot be opened.
    """
    path = require_store(path)
    try:
        return ox.Store.read_only(str(path))
    except OSError as err:
        raise StoreError(f"{path}: cannot open the store: {_first_line(err)}") from err


def count_quads(path: str | Path) -> int:
    """Return the number of quads in the store at ``path``."""
    return len(open_store(path))


def store_articles(path: str | Path) -> dict[str, str]:
    """Return the articles in a store: article id -> text hash (``""`` if none recorded)."""
    store = open_store(path)
    return _articles(store)


def _articles(store: ox.Store) -> dict[str, str]:
    found: dict[str, str] = {}
    ident = ox.NamedNode(_DCTERMS_IDENTIFIER)
    hashp = ox.NamedNode(TEXT_HASH)
    for graph in store.named_graphs():
        if not isinstance(graph, ox.NamedNode) or graph == SHARED_GRAPH:
            continue
        name = next(iter(store.quads_for_pattern(graph, ident, None, graph)), None)
        digest = next(iter(store.quads_for_pattern(graph, hashp, None, graph)), None)
        article_id = (name.object.value if name and isinstance(name.object, ox.Literal)
                      else graph.value.rsplit("/", 1)[-1])
        found[article_id] = (digest.object.value if digest and isinstance(digest.object,
                                                                          ox.Literal) else "")
    return found


class StoreWriter:
    """Write article graphs into an on-disk Oxigraph store, one transaction each.

    Use as a context manager. The folder is created (and the store opened)
    only when the first article is written, so a run that builds nothing
    leaves no trace; an existing store is opened and added to. Oxigraph
    allows one writer at a time: a second writer gets a :class:`StoreError`.

    Each :meth:`write` replaces the article's named graph whole, in one
    transaction; the articles written before a crash stay whole, the one
    being written is either as before or as new.

    Args:
        path: the store's folder.

    Examples:
        >>> import tempfile
        >>> from rdflib import Graph, Literal, URIRef
        >>> g = Graph(identifier=URIRef("https://w3id.org/kg/article/a1"))
        >>> _ = g.add((g.identifier, URIRef("http://purl.org/dc/terms/identifier"), Literal("a1")))
        >>> with tempfile.TemporaryDirectory() as tmp, StoreWriter(tmp + "/s") as store:
        ...     store.write(g, "a1", text_hash="sha256:00")
        ...     store.has_article("a1", "sha256:00"), store.has_article("a1", "sha256:01")
        (True, False)
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.written = 0
        self._store: ox.Store | None = None
        self._open = False
        if self.path.exists() and not is_store(self.path):
            if not self.path.is_dir():
                raise StoreError(f"{self.path}: not a folder; --store needs a folder for the "
                                 "Oxigraph store")
            if any(self.path.iterdir()):
                raise StoreError(f"{self.path}: folder is not empty and holds no Oxigraph "
                                 "store; give a new or empty folder")

    def __enter__(self) -> "StoreWriter":
        self._open = True
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Flush and close the store (done by the ``with`` block)."""
        self._open = False
        store, self._store = self._store, None
        if store is not None:
            try:
                store.flush()
            except OSError as err:  # the transactions are committed already
                log.warning("%s: flushing the store: %s", self.path, _first_line(err))
            del store

    @property
    def store(self) -> ox.Store:
        """The open pyoxigraph store (opened, and the folder created, on first use)."""
        if not self._open:
            raise StoreError("StoreWriter used outside a `with` block")
        if self._store is None:
            try:
                if not is_store(self.path):
                    _create_store(self.path)
                self._store = ox.Store(str(self.path))
            except OSError as err:
                message = _first_line(err)
                if "lock" in message.lower():
                    raise StoreError(f"{self.path}: the store is in use by another process "
                                     "(a build or a query); try again when it ends") from err
                raise StoreError(f"{self.path}: cannot open the store: {message}") from err
        return self._store

    def write(self, item: "Graph | ArticleResult", article_id: str | None = None, *,
              text_hash: str | None = None) -> None:
        """Replace one article's named graph with ``item``, in one transaction.

        Args:
            item: an :class:`~kg.pipeline.ArticleResult` (its graph, id and
                text hash are used) or an article's rdflib graph.
            article_id: the article id; needed for a bare graph whose
                identifier is not an article IRI.
            text_hash: the article's :func:`text_hash`; taken from the
                result's article when ``item`` is an ArticleResult.

        Raises:
            StoreError: the store cannot be written.
        """
        if isinstance(item, Graph):
            graph = item
        else:
            graph = item.graph
            article_id = article_id or item.article.id
            if text_hash is None:
                text_hash = _hash_of(item.article.text)
        name = article_iri(article_id) if article_id is not None else graph.identifier
        if not isinstance(name, URIRef):
            raise StoreError("StoreWriter.write() needs an article id or a graph named by an IRI")
        try:
            triples = [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))  # type: ignore[arg-type]
                       for s, p, o in graph]
        except StoreError as err:
            raise StoreError(f"{self.path}: cannot write article {name}: {err}") from None
        self.write_triples(name, triples, text_hash=text_hash)

    def write_triples(self, name: str, triples: Iterable[ox.Triple], *,
                      text_hash: str | None = None) -> None:
        """Replace the named graph ``name`` (an article's IRI) with ``triples``, in one transaction.

        What :meth:`write` does once the graph is in pyoxigraph terms.

        Raises:
            StoreError: the store cannot be written.
        """
        triples = list(triples)
        if text_hash is not None:
            triples.append(ox.Triple(ox.NamedNode(str(name)), ox.NamedNode(TEXT_HASH),
                                     ox.Literal(text_hash)))
        local, shared = split_article(str(name), triples)
        graph_name = ox.NamedNode(str(name))
        store = self.store
        dropped: list[ox.Triple] = []
        if store.contains_named_graph(graph_name):  # written before: what it no longer says
            kept = set(shared)
            dropped = [t for t in stated_in(store, graph_name) - kept
                       if not still_stated(store, t, (graph_name,))]
        # Terms written by pyoxigraph: valid N-Triples, hence valid SPARQL data.
        update = (f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n"
                  f"{_ntriples(local)}}} {_graph_data(shared)}}}{_delete_shared(dropped)}")
        try:
            store.update(update)
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(f"{self.path}: cannot write article {name}: {_first_line(err)}"
                             ) from err
        self.written += 1

    def has_article(self, article_id: str, text_hash: str | None = None) -> bool:
        """Tell whether the article is stored (and, if ``text_hash`` is given, with that text).

        Args:
            article_id: the article id, as in :attr:`kg.types.Article.id`.
            text_hash: the :func:`text_hash` of the article's text, or None
                to ask only whether the article is there.
        """
        if not self.path.exists():
            return False
        name = ox.NamedNode(str(article_iri(article_id)))
        store = self.store
        if text_hash is None:
            return bool(store.contains_named_graph(name))
        want = ox.Literal(text_hash)
        return any(True for _ in store.quads_for_pattern(name, ox.NamedNode(TEXT_HASH), want,
                                                          name))

    def remove(self, article_ids: Iterable[str]) -> list[str]:
        """Drop the named graphs of articles, all in one transaction.

        Returns:
            The ids that were not in the store (nothing is done for them).
        """
        missing: list[str] = []
        names: list[str] = []
        store = self.store
        for article_id in article_ids:
            name = str(article_iri(article_id))
            if store.contains_named_graph(ox.NamedNode(name)):
                names.append(name)
            else:
                missing.append(article_id)
        if names:
            leaving = {ox.NamedNode(name) for name in names}
            said = set().union(*(stated_in(store, graph) for graph in leaving))
            dropped = [t for t in said if not still_stated(store, t, leaving)]
            try:
                store.update(" ;\n".join(f"DROP GRAPH <{name}>" for name in names)
                             + _delete_shared(dropped))
            except OSError as err:
                raise StoreError(f"{self.path}: cannot remove articles: {_first_line(err)}"
                                 ) from err
        return missing

    def articles(self) -> dict[str, str]:
        """Return the stored articles: id -> text hash (``""`` if none recorded)."""
        if not self.path.exists():
            return {}
        return _articles(self.store)


def _ntriples(triples: list[ox.Triple]) -> str:
    return (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")


def _graph_data(shared: list[ox.Triple]) -> str:
    """The shared triples as a ``GRAPH`` block of ``INSERT DATA`` (nothing if none)."""
    return f"GRAPH <{SHARED_GRAPH.value}> {{\n{_ntriples(shared)}}} " if shared else ""


def _delete_shared(dropped: list[ox.Triple]) -> str:
    """An operation deleting shared triples no stored article states any more (or nothing)."""
    if not dropped:
        return ""
    return f" ;\nDELETE DATA {{ GRAPH <{SHARED_GRAPH.value}> {{\n{_ntriples(dropped)}}} }}"


def _create_store(path: Path) -> None:
    """Create an empty store at ``path`` atomically.

    The store is made in a hidden folder beside ``path`` and renamed into
    place once Oxigraph has initialized it, so that a run killed while
    creating it leaves no half-made store (which could not be opened) behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".creating", dir=path.parent))
    try:
        store = ox.Store(str(tmp))
        store.flush()
        del store  # closes the database and releases its lock
        if path.is_dir():
            path.rmdir()  # an empty folder given as the store's place
        os.rename(tmp, path)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def remove_articles(path: str | Path, article_ids: Iterable[str]) -> list[str]:
    """Remove articles from an existing store, in one transaction.

    Returns:
        The ids that were not in the store.

    Raises:
        StoreError: ``path`` is not a store, or it cannot be written.
    """
    path = require_store(path, hint=False)
    with StoreWriter(path) as writer:
        return writer.remove(article_ids)


def dump_nquads(path: str | Path) -> bytes:
    """Return the whole content of the store at ``path`` as N-Quads, as kg wrote it.

    Datatypes are restored as by :func:`faithful_quads`.
    """
    store = open_store(path)
    try:
        return ox.serialize(faithful_quads(store), format=ox.RdfFormat.N_QUADS) or b""
    except OSError as err:
        raise StoreError(f"{path}: cannot read the store: {_first_line(err)}") from err


_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_INTEGER = _XSD + "integer"


@functools.cache
def _integer_ranges() -> dict[str, ox.NamedNode]:
    """Properties whose ontology range is a type derived from xsd:integer, with that type."""
    from rdflib.namespace import RDFS

    from kg import vocab

    derived = {"nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
               "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort",
               "unsignedByte"}
    return {str(prop): ox.NamedNode(str(rng))
            for prop, rng in vocab.load_ontology().subject_objects(RDFS.range)
            if str(rng).startswith(_XSD) and str(rng)[len(_XSD):] in derived}


def faithful_quads(store: ox.Store, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
    """Yield the quads of a store (or of one graph) as kg wrote them.

    Each article's graph comes back whole: its stated triples become the
    triples they stand for, and the shared graph, which holds them once for
    all articles, is left out (:mod:`kg.store.layout`).

    Oxigraph stores every integer type as ``xsd:integer``; an integer-valued
    property whose ontology range is a narrower type (``kg:startChar``,
    ``kg:endChar``: ``xsd:nonNegativeInteger``) gets that type back, so
    what is read from a store is what was written, and conforms to the
    shapes.
    """
    ranges = _integer_ranges()
    for quad in store.quads_for_pattern(None, None, None, graph):
        if quad.graph_name == SHARED_GRAPH:
            continue
        predicate, obj = quad.predicate.value, quad.object
        changed = predicate.startswith(STATED)
        if changed:
            predicate = predicate[len(STATED):]
        if (isinstance(obj, ox.Literal) and obj.datatype.value == _XSD_INTEGER
                and predicate in ranges):
            obj = ox.Literal(obj.value, datatype=ranges[predicate])
            changed = True
        if changed:
            quad = ox.Quad(quad.subject, ox.NamedNode(predicate), obj, quad.graph_name)
        yield quad


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
