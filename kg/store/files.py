"""Graph files: atomic writers by extension, and reading them back.

:class:`GraphWriter` streams: each article's named graph is appended as it
is built (``.trig``, ``.nq``, ``.nt``) or collected and written at the end
(``.ttl``, ``.jsonld``). Either way the output is written to a temporary file
beside the target and renamed over it only when the run completes, so a
failed run never leaves a half-written or emptied output where a good one
was.
"""

import contextlib
import logging
import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO

from rdflib import Dataset, Graph

from kg.errors import StoreError
from kg.rdf import bind_prefixes

__all__ = ["FORMATS", "GraphWriter", "format_for", "load_graph"]

log = logging.getLogger(__name__)

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
           ".jsonld": "json-ld", ".json": "json-ld"}
_STREAMED = {"trig", "nt", "nquads"}
_QUADS = {"trig", "nquads", "json-ld"}
_LINES = {"nt", "nquads"}


def format_for(path: str | Path) -> str:
    """Return the rdflib format name for a file name.

    Raises:
        StoreError: the extension is not one kg writes.

    Examples:
        >>> format_for("out/seeds.trig")
        'trig'
    """
    suffix = Path(path).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise StoreError(f"{path}: unknown output format {suffix or '(none)'!r}; "
                         f"use one of {known}") from None


class GraphWriter:
    """Write article graphs to one file, atomically.

    Use as a context manager; the file appears (or is replaced) only when
    the block ends without an exception::

        with GraphWriter(Path("out/seeds.trig")) as writer:
            for result in results:
                writer.write(result.graph)
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.format = format_for(self.path)
        self.graphs = 0
        self._tmp: IO[bytes] | None = None
        self._tmp_name: str | None = None
        self._collected: Graph = Dataset() if self.format in _QUADS else Graph()
        bind_prefixes(self._collected)

    def __enter__(self) -> "GraphWriter":
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                        dir=self.path.parent)
        except OSError as err:
            raise StoreError(f"{self.path}: cannot write output: {err.strerror or err}") from err
        with contextlib.suppress(OSError):  # mkstemp makes it 0600; outputs are normal files
            os.chmod(name, _new_file_mode())
        self._tmp = os.fdopen(fd, "wb")
        self._tmp_name = name
        return self

    def write(self, graph: Graph) -> None:
        """Add one article's graph (its identifier names the named graph)."""
        if self._tmp is None:
            raise StoreError("GraphWriter.write() called outside a `with` block")
        self.graphs += 1
        if self.format in _STREAMED:
            if self.format in _LINES:  # line formats: pyoxigraph writes them several times faster
                data = _serialize_lines(graph, self.format)
            else:
                ds = Dataset()
                bind_prefixes(ds)
                named = ds.graph(graph.identifier)
                for triple in graph:
                    named.add(triple)
                data = ds.serialize(format=self.format, encoding="utf-8")
            self._tmp.write(data)
            if not data.endswith(b"\n"):
                self._tmp.write(b"\n")
        elif isinstance(self._collected, Dataset):
            named = self._collected.graph(graph.identifier)
            for triple in graph:
                named.add(triple)
        else:
            for triple in graph:
                self._collected.add(triple)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._tmp is None or self._tmp_name is None:
            return
        replaced = False
        try:
            try:
                if exc_type is None and self.format not in _STREAMED:
                    self._tmp.write(self._collected.serialize(format=self.format,
                                                              encoding="utf-8"))
                self._tmp.flush()
                os.fsync(self._tmp.fileno())
            finally:
                self._tmp.close()
                self._tmp = None
            if exc_type is None:
                os.replace(self._tmp_name, self.path)
                replaced = True
        except OSError as err:
            if exc_type is None:
                raise StoreError(f"{self.path}: cannot write output: {err.strerror or err}"
                                 ) from err
        finally:
            # Whatever failed (the run, serializing, the disk), leave no temporary file.
            if not replaced:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self._tmp_name)


def _serialize_lines(graph: Graph, fmt: str) -> bytes:
    """Write one article's graph as N-Triples or N-Quads (in its named graph) with pyoxigraph.

    Raises:
        StoreError: a term is not valid RDF (an IRI with a space...).
    """
    import pyoxigraph as ox

    from kg.store.oxigraph import to_oxigraph

    if fmt == "nt":
        items: list[ox.Triple] | list[ox.Quad] = [
            ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))  # type: ignore[arg-type]
            for s, p, o in graph]
        return ox.serialize(items, format=ox.RdfFormat.N_TRIPLES) or b""
    name = to_oxigraph(graph.identifier)
    quads = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), name)  # type: ignore[arg-type]
             for s, p, o in graph]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def _new_file_mode() -> int:
    """The permissions a plain ``open(path, "w")`` would give a new file."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def load_graph(*paths: str | Path) -> Dataset:
    """Read kg outputs into one dataset (named graphs kept).

    Each path is a graph file written by ``kg build -o`` (the format follows
    the extension) or a store folder written by ``kg build --store``; they
    are merged. The dataset's default graph is the union of its graphs.

    Raises:
        StoreError: a path is missing, is not valid RDF in its format, or is
            a folder that holds no store.
    """
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    for path in paths:
        path = Path(path)
        if path.is_dir():
            from kg.store.oxigraph import dump_nquads

            data, fmt = dump_nquads(path), "nquads"
        else:
            fmt = format_for(path)
            if not path.is_file():
                raise StoreError(f"{path}: no such graph file or store")
            data = None
        try:
            if data is None:
                ds.parse(path, format=fmt)
            else:
                ds.parse(data=data, format=fmt)
        except Exception as err:  # rdflib raises many kinds on bad input
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise StoreError(f"{path}: not valid {fmt}: {first}") from err
    return ds
