"""Where a build writes: a graph file, a store, or both, safely.

:class:`BuildOutputs` bundles a :class:`~kg.store.files.GraphWriter` and a
:class:`~kg.store.oxigraph.StoreWriter` behind one ``write(result)``. A build
that fails, is interrupted or builds no article leaves an existing graph
file exactly as it was; the store receives each article in its own
transaction as it is built (and is not created at all if none is).
"""

from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from kg.errors import StoreError
from kg.store.files import GraphWriter, format_for
from kg.store.oxigraph import StoreWriter

if TYPE_CHECKING:
    from kg.pipeline import ArticleResult

__all__ = ["BuildOutputs", "NothingBuiltError"]


class NothingBuiltError(StoreError):
    """A build ended without building any article; outputs were left as they were."""


class BuildOutputs:
    """Write each built article to a graph file and/or a store.

    Args:
        output: the graph file (format from the extension), or None.
        store: the store folder, or None.

    Raises:
        StoreError: neither is given, the file extension is unknown, or the
            store folder is unusable (checked before anything is built).

    On leaving the ``with`` block without an error, the graph file is put in
    place, unless no article was written: then :class:`NothingBuiltError`
    is raised and the file left untouched.
    """

    def __init__(self, output: str | Path | None = None, store: str | Path | None = None
                 ) -> None:
        if output is None and store is None:
            raise StoreError("nowhere to write: give an output file (-o FILE), a store "
                             "(--store DIR), or both")
        self.output = Path(output) if output is not None else None
        self.store = Path(store) if store is not None else None
        if self.output is not None:
            format_for(self.output)
        self.written = 0
        self._file = GraphWriter(self.output) if self.output is not None else None
        self._store = StoreWriter(self.store) if self.store is not None else None

    @property
    def targets(self) -> list[Path]:
        """The paths written to, file first."""
        return [p for p in (self.output, self.store) if p is not None]

    @property
    def store_writer(self) -> StoreWriter | None:
        """The store writer (e.g. for :meth:`StoreWriter.has_article`), if a store is set."""
        return self._store

    def __enter__(self) -> "BuildOutputs":
        if self._store is not None:
            self._store.__enter__()
        if self._file is not None:
            try:
                self._file.__enter__()
            except BaseException:
                if self._store is not None:
                    self._store.close()
                raise
        return self

    def write(self, result: "ArticleResult") -> None:
        """Write one built article to every output."""
        if self._file is not None:
            self._file.write(result.graph)
        if self._store is not None:
            self._store.write(result)
        self.written += 1

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        nothing = exc_type is None and self.written == 0
        try:
            if self._file is not None:
                if nothing:
                    err = NothingBuiltError("nothing built")
                    self._file.__exit__(NothingBuiltError, err, None)
                else:
                    self._file.__exit__(exc_type, exc, tb)
        finally:
            if self._store is not None:
                self._store.close()
        if nothing:
            kept = ", ".join(str(p) for p in self.targets if p.exists())
            raise NothingBuiltError("no article was built" + (
                f"; {kept} left as it was" if kept else "; nothing written"))
