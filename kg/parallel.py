# mypy: disable-error-code="no-untyped-call"
"""How articles reach worker processes or Dask workers; no other module knows.

:func:`build_results` turns a lazy stream of articles into a stream of
:class:`~kg.pipeline.ArticleResult`, in one of three ways:

- in this process (``jobs=0``): :func:`kg.pipeline.build_graphs`;
- on ``jobs`` worker processes on this machine: each loads the spaCy
  pipeline once, then reads partitions of ``batch_size`` articles with
  ``nlp.pipe`` and :func:`kg.pipeline.extract_article`;
- on a Dask distributed cluster (``dask="tcp://host:8786"``, or
  ``dask="local:N"`` for a :class:`distributed.LocalCluster` of ``N``
  single-threaded worker processes): each worker loads the pipeline once
  (a cached loader, run on every worker at the start), partitions go out as
  tasks and the results come back to the client.

Whatever the engine, the caller alone writes, and each article gives the
same triples. Only the order differs: workers return partitions as they
finish, so articles arrive in the order their partitions end (in input order
within a partition).

What crosses a process boundary is kept cheap for the main process, the
one that cannot be parallel: a partition's articles go out; back come, per
article, its :class:`rdflib.Graph` pickled, its claims and its actor count
(the article itself is not sent back). Unpickling a graph (its store is
rdflib's ``SimpleMemory``, see :func:`kg.rdf.article_graph`) costs the main
process less than rebuilding one from a list of triples or parsing N-Triples
text (``bench/bench_build.py`` measures the round trips). Where there are
fewer worker processes than cores, though, the main process has a core to
spare: the workers then send each article's claims and actors, and the main
process builds the graph (:func:`kg.pipeline.result_of`), so that a worker
only parses and reads. The graph is the same either way. At most two partitions
per worker are in flight, so memory does not grow with the corpus. A worker
freezes what it loaded (:func:`gc.freeze`) so that the collector's full passes
skip the model.

A bad article is reported through ``on_error`` and the others go on. A
worker process that dies (killed, out of memory) breaks the pool: the
partitions in flight (at most two per worker) are lost, each of their
articles reported, and a fresh pool goes on with the rest.
"""

import contextlib
import gc
import itertools
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from kg.errors import IngestError, KGError, ModelError
from kg.types import Article, Claim

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.pipeline import ArticleResult
    from kg.rdf import ActorRecord

__all__ = ["IN_FLIGHT_PER_WORKER", "LOCAL_DASK_CONFIG", "build_results", "default_jobs",
           "parse_dask_address"]

log = logging.getLogger(__name__)

#: Partitions sent ahead to each worker: one being built, one waiting.
IN_FLIGHT_PER_WORKER = 2

#: Dask settings of the local cluster kg starts (``--dask local:N``). Its workers do
#: nothing but build partitions, so they are spared what costs CPU without serving kg;
#: on 64 real articles, the worker threads other than the task's took 15% of a worker's
#: CPU with Dask's defaults and 2% with these, and the task itself 4 times fewer page
#: faults. A remote cluster keeps its own settings.
LOCAL_DASK_CONFIG: dict[str, object] = {
    # the statistical profiler samples every thread's stack every 10 ms (for a dashboard)
    "distributed.worker.profile.enabled": False,
    # glibc returning freed memory above 64 kB at once: spaCy's buffers are freed and
    # faulted in again on every document (kg's process workers keep glibc's default)
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # event-loop health checks (every 20 ms) and host monitoring (every 500 ms)
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    # partitions are queued on the scheduler until a worker is free: nothing to steal
    "distributed.scheduler.work-stealing": False,
}

@dataclass(frozen=True, slots=True)
class _Built:
    """One article read by a worker, as it travels back (its article stays behind): its
    graph, claims and actor count; or, where the writing process builds the graph, its
    claims and actors."""

    position: int
    claims: tuple[Claim, ...]
    graph: Graph | None
    entities: int
    actors: dict[str, "ActorRecord"] | None


@dataclass(frozen=True, slots=True)
class _PartitionResult:
    built: list[_Built]
    errors: list[tuple[str, str]]  # (source, reason) of each failed article


def default_jobs() -> int:
    """Return the number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parse_dask_address(address: str) -> tuple[str, int]:
    """Split a ``--dask`` value into ``("local", workers)`` or ``("remote", 0)``.

    Raises:
        ValueError: ``local:N`` with ``N`` not a whole number >= 1.

    Examples:
        >>> parse_dask_address("local:2")
        ('local', 2)
        >>> parse_dask_address("tcp://10.0.0.5:8786")
        ('remote', 0)
    """
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--dask {address!r}: expected local:N with N >= 1 workers")
        return "local", int(count)
    return "remote", 0


def build_results(articles: Iterable[Article], *, model: str | None = None,
                  jobs: int | None = None, dask: str | None = None, batch_size: int = 16,
                  min_confidence: float = 0.0,
                  on_error: Callable[[IngestError], None] | None = None,
                  ) -> Iterator["ArticleResult"]:
    """Build every article's graph in this process, in worker processes or on Dask.

    Args:
        articles: the articles, read lazily.
        model: the spaCy pipeline each worker loads (see :func:`kg.nlp.load_pipeline`).
        jobs: worker processes; 0 builds in this process; None picks the
            number of cores, or this process when the articles fit in one
            partition (starting workers would cost more than it saves).
        dask: a Dask scheduler address, or ``local:N``; overrides ``jobs``.
        batch_size: articles per ``nlp.pipe`` batch and per partition.
        min_confidence: claims below this confidence are dropped.
        on_error: called with an :class:`IngestError` per article that
            cannot be built; if None the error is logged.

    Returns:
        An iterator of one result per article built, as they finish.

    Raises:
        ValueError: ``jobs`` below 0, ``batch_size`` below 1,
            ``min_confidence`` outside 0..1, or a bad ``dask`` value.
        ModelError: the pipeline cannot be loaded (here or on a worker).
    """
    if jobs is not None and jobs < 0:
        raise ValueError(f"jobs must be >= 0, got {jobs}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    if not 0.0 <= min_confidence <= 1.0:
        raise ValueError(f"min_confidence must be within 0..1, got {min_confidence}")
    if dask is not None:
        parse_dask_address(dask)
    report = on_error or _log_error
    settings = _Settings(model, batch_size, min_confidence)
    return _dispatch(iter(articles), jobs, dask, settings, report)


@dataclass(frozen=True, slots=True)
class _Settings:
    model: str | None
    batch_size: int
    min_confidence: float
    # whether the writing process builds the graphs from the claims the workers send (it
    # has a core to spare: fewer workers than cores) or the workers build them
    graphs_here: bool = False


def _log_error(err: IngestError) -> None:
    log.warning("%s", err)


def _dispatch(articles: Iterator[Article], jobs: int | None, dask: str | None,
              settings: _Settings, report: Callable[[IngestError], None],
              ) -> Iterator["ArticleResult"]:
    if dask is not None:
        yield from _on_dask(articles, dask, settings, report)
        return
    if jobs is None:
        head = list(itertools.islice(articles, settings.batch_size + 1))
        jobs = default_jobs() if len(head) > settings.batch_size else 0
        if jobs == 1:
            jobs = 0  # one core: a worker would only compete with the writer
        articles = itertools.chain(head, articles)
    if jobs == 0:
        yield from _in_process(articles, settings, report)
    else:
        spare = jobs < (os.cpu_count() or 1)
        yield from _on_processes(articles, jobs, replace(settings, graphs_here=spare), report)


def _in_process(articles: Iterator[Article], settings: _Settings,
                report: Callable[[IngestError], None]) -> Iterator["ArticleResult"]:
    from kg import nlp as kg_nlp
    from kg import pipeline

    nlp = kg_nlp.load_pipeline(settings.model)
    yield from pipeline.build_graphs(articles, nlp, batch_size=settings.batch_size,
                                     on_error=report, min_confidence=settings.min_confidence)


def _partitions(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while part := list(itertools.islice(articles, size)):
        yield part


# --------------------------------------------------------------------------- worker side

_NLP: "Language | None" = None
_LOAD_ERROR: str | None = None
_LOCK = threading.Lock()  # one partition at a time per process, whatever the worker's threads


def _load_worker_pipeline(model: str | None) -> None:
    """Load the pipeline once per worker process (keeping the error, if any, for the tasks)."""
    global _NLP, _LOAD_ERROR
    with _LOCK:
        if _NLP is not None or _LOAD_ERROR is not None:
            return
        from kg.nlp import load_pipeline

        try:
            _NLP = load_pipeline(model)
        except KGError as err:
            _LOAD_ERROR = str(err)
            return
        # What is loaded now (the model, lexicons, gazetteer) lives as long as the worker:
        # leave it out of the collector's full passes, which would walk it again and again.
        gc.freeze()


def _init_process_worker(model: str | None, level: int) -> None:
    # Ctrl-C goes to the whole process group: the parent alone handles it and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(level=level, format="kg: %(levelname)s: %(message)s")
    _load_worker_pipeline(model)


def _build_partition(articles: list[Article], settings: _Settings) -> _PartitionResult:
    """Build one partition in a worker: the same per-article step as in a single process."""
    from kg.pipeline import extract_articles, result_or_report

    _load_worker_pipeline(settings.model)  # a no-op where the plugin or initializer ran
    if _NLP is None:
        raise ModelError(_LOAD_ERROR or "the spaCy pipeline could not be loaded on a worker")
    positions = {id(article): i for i, article in enumerate(articles)}
    errors: list[tuple[str, str]] = []

    def report(err: IngestError) -> None:
        errors.append((err.source, err.reason))

    built: list[_Built] = []
    with _LOCK:
        for article, claims, actors in extract_articles(
                articles, _NLP, batch_size=settings.batch_size, on_error=report,
                min_confidence=settings.min_confidence):
            position = positions[id(article)]
            if settings.graphs_here:
                built.append(_Built(position, tuple(claims), None, len(actors), actors))
            elif (result := result_or_report(article, claims, actors, report)) is not None:
                built.append(_Built(position, result.claims, result.graph, result.entities,
                                    None))
    return _PartitionResult(built, errors)


# --------------------------------------------------------------------------- client side


def _results(part: list[Article], done: _PartitionResult,
             report: Callable[[IngestError], None]) -> Iterator["ArticleResult"]:
    from kg.pipeline import ArticleResult, result_or_report

    for source, reason in done.errors:
        report(IngestError(source, reason))
    for item in done.built:
        article = part[item.position]
        if item.graph is not None:
            yield ArticleResult(article, item.graph, item.claims, item.entities)
        elif (result := result_or_report(article, item.claims, item.actors or {},
                                         report)) is not None:
            yield result


def _lost(part: list[Article], err: BaseException, report: Callable[[IngestError], None],
          where: str) -> None:
    reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    for article in part:
        report(IngestError(article.source, f"{where} failed while building it: {reason}"))


def _on_processes(articles: Iterator[Article], jobs: int, settings: _Settings,
                  report: Callable[[IngestError], None]) -> Iterator["ArticleResult"]:
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # no forked copies of the caller's state

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                                   initializer=_init_process_worker,
                                   initargs=(settings.model, log.getEffectiveLevel()))

    log.info("building on %d worker processes", jobs)
    executor = start()
    pending: dict[Future[_PartitionResult], list[Article]] = {}
    finished = False

    def collect(block: bool) -> Iterator["ArticleResult"]:
        nonlocal executor
        done, _ = wait(pending, timeout=None if block else 0, return_when=FIRST_COMPLETED)
        broken = False
        for future in done:
            part = pending.pop(future)
            try:
                outcome = future.result()
            except KGError:
                raise
            except BrokenProcessPool as err:
                broken = True
                _lost(part, err, report, "a worker process")
                continue
            except Exception as err:  # a worker-side bug: its partition is lost, not the run
                _lost(part, err, report, "a worker")
                continue
            yield from _results(part, outcome, report)
        if broken:  # every pending partition of a broken pool is lost too; start afresh
            for future, part in list(pending.items()):
                _lost(part, BrokenProcessPool("a worker process died"), report, "a worker process")
                del pending[future]
            _stop(executor)
            executor = start()

    try:
        for part in _partitions(articles, settings.batch_size):
            while len(pending) >= IN_FLIGHT_PER_WORKER * jobs:
                yield from collect(block=True)
            pending[executor.submit(_build_partition, part, settings)] = part
        while pending:
            yield from collect(block=True)
        finished = True
    finally:
        if finished:
            executor.shutdown(wait=True)
        else:  # interrupted or failed: stop the workers now, not after their partitions
            _stop(executor)


def _stop(executor: ProcessPoolExecutor) -> None:
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()


def _local_cluster(workers: int) -> tuple[Any, Any]:
    """Start a local cluster of ``workers`` single-threaded worker processes, with
    :data:`LOCAL_DASK_CONFIG`, and a client of it."""
    import dask
    from distributed import Client, LocalCluster

    # the nannies pass these to the worker processes they start (and restart)
    with dask.config.set(LOCAL_DASK_CONFIG):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        try:
            client = Client(cluster)
        except BaseException:
            cluster.close()
            raise
    return cluster, client


def _on_dask(articles: Iterator[Article], address: str, settings: _Settings,
             report: Callable[[IngestError], None]) -> Iterator["ArticleResult"]:
    try:
        from distributed import Client, as_completed
    except ImportError as err:  # pragma: no cover - a dependency
        raise KGError("--dask needs dask.distributed: pip install 'dask[distributed]'") from err

    kind, workers = parse_dask_address(address)
    cluster = None
    try:
        if kind == "local":
            cluster, client = _local_cluster(workers)
        else:
            client = Client(address, timeout="30s")
    except (OSError, TimeoutError) as err:
        if cluster is not None:
            cluster.close()
        raise KGError(f"--dask {address}: cannot reach the Dask scheduler: {err}") from err

    try:
        # Each worker loads the pipeline once, now, in parallel with the others; the
        # tasks find it loaded (a worker that joins later loads it with its first task).
        client.run(_load_worker_pipeline, settings.model)
        slots = max(sum(client.nthreads().values()), 1)
        log.info("building on Dask at %s (%d worker threads)", address, slots)
        queue = as_completed()
        pending: dict[Any, list[Article]] = {}
        parts = _partitions(articles, settings.batch_size)

        def submit() -> bool:
            part = next(parts, None)
            if part is None:
                return False
            future = client.submit(_build_partition, part, settings, pure=False)
            pending[future] = part
            queue.add(future)
            return True

        for _ in range(IN_FLIGHT_PER_WORKER * slots):
            if not submit():
                break
        for future in queue:
            part = pending.pop(future)
            try:
                outcome = future.result()
            except KGError:
                raise
            except Exception as err:  # a lost worker or task: its partition is reported
                _lost(part, err, report, "a Dask worker")
                outcome = None
            future.release()
            if outcome is not None:
                yield from _results(part, outcome, report)
            submit()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
