"""The SPARQL endpoint: Oxigraph's own HTTP server, run on a store folder.

:class:`Endpoint` starts ``oxigraph serve-read-only`` (or, for tests and
local loading, the writable ``oxigraph serve``) on a store, with the default
graph as the union of the article graphs, waits until it accepts
connections and stops it on leaving the ``with`` block::

    with Endpoint("out/seeds.store", port=7878) as endpoint:
        print(endpoint.query_url)      # http://127.0.0.1:7878/query

The read-only server answers the SPARQL 1.1 Protocol at ``/query`` and
refuses updates. It binds to the loopback interface unless told otherwise.
"""

import contextlib
import logging
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

from kg.errors import StoreError
from kg.store.oxigraph import require_store

__all__ = ["Endpoint", "free_port", "oxigraph_executable"]

log = logging.getLogger(__name__)

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def oxigraph_executable() -> str:
    """Return the path of the ``oxigraph`` server program (the ``oxigraph`` package).

    Raises:
        StoreError: it is not installed.
    """
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError("the Oxigraph server is not installed; `pip install oxigraph` "
                         "(a kg dependency) provides it")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port that is free on ``host`` now."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:
    """In the server's process: get SIGTERM when kg ends, however it ends (Linux).

    The server runs in a session of its own, so that kg alone decides when to
    stop it; this makes sure it never outlives a kg killed with SIGKILL.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _hostport(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class Endpoint:
    """An Oxigraph HTTP server on a store folder, as a context manager.

    Args:
        store: the store folder (from ``kg build --store``).
        host: the address to listen on; loopback by default.
        port: the TCP port.
        read_only: serve read-only (refusing updates); False runs the
            writable server, whose Graph Store Protocol is at ``/store``.
        timeout: seconds to wait for the server to accept connections.

    Raises:
        StoreError: the store is missing, the port is taken, or the server
            does not start.
    """

    def __init__(self, store: str | Path, *, host: str = "127.0.0.1", port: int = 7878,
                 read_only: bool = True, timeout: float = 30.0) -> None:
        self.store = Path(store)
        self.host = host
        self.port = port
        self.read_only = read_only
        self.timeout = timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: tempfile._TemporaryFileWrapper[bytes] | None = None

    @property
    def url(self) -> str:
        """The server's base URL."""
        return f"http://{_hostport(self.host, self.port)}"

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 Protocol query URL."""
        return f"{self.url}/query"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol URL (writable server only)."""
        return f"{self.url}/store"

    def start(self) -> "Endpoint":
        """Start the server and wait until it accepts connections."""
        if self.read_only:
            require_store(self.store)
        self._check_port_free()
        command = [oxigraph_executable(), "serve-read-only" if self.read_only else "serve",
                   "--location", str(self.store), "--bind", _hostport(self.host, self.port),
                   "--union-default-graph"]
        self._log = tempfile.NamedTemporaryFile(prefix="kg-oxigraph-", suffix=".log")
        log.debug("starting %s", " ".join(command))
        self._proc = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                      stdout=subprocess.DEVNULL, stderr=self._log,
                                      start_new_session=True, preexec_fn=_die_with_parent)
        deadline = time.monotonic() + self.timeout
        while True:
            if self._proc.poll() is not None:
                message = self._last_log_line()
                self.stop()
                raise StoreError(f"cannot serve {self.store} at {self.url}: {message}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5):
                    return self
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise StoreError(f"cannot serve {self.store}: the server did not start "
                                     f"within {self.timeout:g} s") from None
                time.sleep(0.05)

    def _check_port_free(self) -> None:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((self.host, self.port))
            except OSError as err:
                raise StoreError(f"cannot listen on {_hostport(self.host, self.port)}: "
                                 f"{err.strerror or err}; choose another --port or --host"
                                 ) from None

    def _last_log_line(self) -> str:
        if self._log is None:
            return "the server stopped"
        self._log.flush()
        text = Path(self._log.name).read_text(encoding="utf-8", errors="replace").strip()
        return text.splitlines()[-1] if text else "the server stopped"

    def wait(self) -> int:
        """Block until the server exits; return its exit status."""
        if self._proc is None:
            raise StoreError("Endpoint.wait() before start()")
        return self._proc.wait()

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 10 s) and clean up."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self._log is not None:
            with contextlib.suppress(OSError):
                self._log.close()
            self._log = None

    def __enter__(self) -> "Endpoint":
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
