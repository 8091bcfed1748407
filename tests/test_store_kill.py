"""A store build killed at random moments (SIGKILL, and once Ctrl-C) leaves each article's
named graph either absent or exactly as a clean build writes it; a rebuild gives the clean
store.

The corpus is the seeds plus a renamed copy of each (ten articles), built by the real
command in a subprocess: ``python -m kg build CORPUS --store DIR``. The store folder appears
when the first article is written, so the kills are aimed at the writing phase.
"""

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store.layout import SHARED_GRAPH, is_stated, restore
from tests.conftest import SEEDS

pytestmark = pytest.mark.model

ROUNDS = 3


def build_command(corpus: Path, store: Path) -> list[str]:
    return [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "-q"]


def graphs(store: Path) -> dict[str, frozenset[str]]:
    """The store's article graphs (N-Quads terms as text), once the shared graph is checked:
    it holds exactly what the stored articles state, whatever the moment the build stopped."""
    db = ox.Store.read_only(str(store))
    found: dict[str, set[str]] = {}
    for quad in db:
        name = str(quad.graph_name)
        found.setdefault(name, set()).add(f"{quad.subject} {quad.predicate} {quad.object}")
    shared = found.pop(str(SHARED_GRAPH), set())
    stated = {str(restore(q.triple)) for q in db if is_stated(q)}
    assert shared == stated, "the shared graph does not hold what the stored articles state"
    return {name: frozenset(q) for name, q in found.items()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kill-corpus")
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, folder / path.name)
        shutil.copy(path, folder / f"copy-{path.name}")
    return folder


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, frozenset[str]]:
    store = tmp_path_factory.mktemp("kill-clean") / "kg.store"
    subprocess.run(build_command(corpus, store), check=True, timeout=180)
    result = graphs(store)
    assert len(result) == 10
    return result


def kill_during_build(corpus: Path, store: Path, delay: float, sig: int) -> int:
    """Start a build, kill it ``delay`` seconds after it starts writing; return its status.

    A new store's folder appears with the first article written; an existing store is
    written from the first parsed article on, about as long after the start as the model
    takes to load, so there the delay counts from the start.
    """
    existed = store.exists()
    proc = subprocess.Popen(build_command(corpus, store), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not existed and not store.exists() and proc.poll() is None:
            if time.monotonic() > deadline:
                raise AssertionError("the build never started writing")
            time.sleep(0.005)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(sig)
        return proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def check(store: Path, clean: dict[str, frozenset[str]], what: str) -> int:
    """Assert every graph left is as in the clean build; return how many there are."""
    if not store.exists():
        return 0  # killed before the first article: nothing written
    left = graphs(store)
    for name, quads in left.items():
        assert name in clean, f"{what}: unexpected graph {name}"
        assert quads == clean[name], f"{what}: {name} is not as in a clean build"
    return len(left)


def test_store_kill_leaves_whole_articles_and_a_rebuild_is_clean(
        corpus: Path, clean: dict[str, frozenset[str]], tmp_path: Path) -> None:
    rng = random.Random(20260704)
    counts = []
    for round_ in range(ROUNDS):  # new stores, killed while the articles are written
        store = tmp_path / f"round{round_}.store"
        kill_during_build(corpus, store, rng.uniform(0.0, 0.5), signal.SIGKILL)
        counts.append(check(store, clean, f"SIGKILL round {round_}"))

    # Ctrl-C while a build rewrites the articles of the last, partly built store.
    status = kill_during_build(corpus, store, rng.uniform(2.5, 4.5), signal.SIGINT)
    assert status in (0, 1, 2, 130, -signal.SIGINT)
    check(store, clean, "Ctrl-C")

    subprocess.run(build_command(corpus, store), check=True, timeout=180)

    assert graphs(store) == clean
    assert any(0 < n < len(clean) for n in counts), f"no kill landed mid-build: {counts}"
