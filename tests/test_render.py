"""kg.render: one offline HTML page per graph."""

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, Graph, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.errors import KGError, StoreError
from kg.render import KIND_COLORS, POLARITY_COLORS, to_html
from kg.vocab import ARTICLE, ENTITY, KG, WD

pytest.importorskip("pyvis")

SENTENCE = "China criticized the alliance over its plans in Asia."
LABELS = {"china": "China", "nato": "NATO", "japan": "Japan"}


@pytest.fixture
def graph() -> Graph:
    """China criticizes NATO (with evidence), Japan partner of NATO, Japan met China."""
    g = Graph()
    for key, label in LABELS.items():
        g.add((ENTITY[key], SKOS.prefLabel, Literal(label, lang="en")))
    g.add((ENTITY["china"], RDF.type, KG.State))
    g.add((ENTITY["japan"], RDF.type, KG.State))
    g.add((ENTITY["nato"], RDF.type, KG.Organization))
    g.add((ENTITY["china"], OWL.sameAs, WD.Q148))
    g.add((ENTITY["china"], KG.criticizes, ENTITY["nato"]))
    g.add((ENTITY["japan"], KG.partnerOf, ENTITY["nato"]))
    g.add((ENTITY["japan"], KG.metWith, ENTITY["china"]))
    article, claim = ARTICLE["a1"], ARTICLE["a1/claim/1"]
    g.add((article, RDF.type, KG.Article))
    g.add((article, DCTERMS.identifier, Literal("a1")))
    for p, o in [(RDF.type, KG.Assertion), (RDF.subject, ENTITY["china"]),
                 (RDF.predicate, KG.criticizes), (RDF.object, ENTITY["nato"]),
                 (PROV.wasDerivedFrom, article), (KG.sentence, Literal(SENTENCE))]:
        g.add((claim, p, o))
    return g


def _dataset(page: str, name: str) -> list[dict[str, Any]]:
    """Return the items vis-network is given for ``nodes`` or ``edges``."""
    marker = f"{name} = new vis.DataSet("
    start = page.index(marker) + len(marker)
    items, _ = json.JSONDecoder().raw_decode(page, start)
    assert isinstance(items, list)
    return items


@pytest.fixture
def page(graph: Graph, tmp_path: Path) -> str:
    path = to_html(graph, tmp_path / "graph.html", title="Test graph")
    return path.read_text(encoding="utf-8")


def test_render_writes_the_file(graph: Graph, tmp_path: Path) -> None:
    target = tmp_path / "sub" / "dir" / "graph.html"
    assert to_html(graph, target) == target
    assert target.is_file()
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]  # no temp file left


def test_render_page_holds_labels_and_evidence(page: str) -> None:
    for label in LABELS.values():
        assert label in page
    assert SENTENCE in page
    assert "a1" in page
    nodes = {node["label"] for node in _dataset(page, "nodes")}
    assert nodes == set(LABELS.values())


def test_render_page_is_offline(page: str) -> None:
    assert not re.search(r"<script[^>]*\bsrc\s*=\s*[\"']?(https?:)?//", page, re.I)
    assert not re.search(r"<link[^>]*\bhref\s*=\s*[\"']?(https?:)?//", page, re.I)
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)  # nothing loaded at all
    assert "new vis.Network(" in page
    assert len(page) > 100_000  # vis-network itself is inlined


def test_render_nodes_colored_by_kind_with_tooltips(page: str) -> None:
    nodes = {node["label"]: node for node in _dataset(page, "nodes")}
    assert nodes["China"]["color"] == KIND_COLORS["State"]
    assert nodes["NATO"]["color"] == KIND_COLORS["Organization"]
    assert nodes["China"]["title"].splitlines()[:2] == ["China", "State"]
    assert "https://www.wikidata.org/wiki/Q148" in nodes["China"]["title"]
    assert nodes["China"]["url"] == "https://www.wikidata.org/wiki/Q148"
    assert "url" not in nodes["Japan"]


def test_render_edges_colored_by_polarity_with_evidence(page: str) -> None:
    edges = {edge["label"]: edge for edge in _dataset(page, "edges")}
    assert set(edges) == {"criticizes", "partnerOf", "metWith"}
    assert edges["criticizes"]["color"]["color"] == POLARITY_COLORS["conflictual"]
    assert edges["partnerOf"]["color"]["color"] == POLARITY_COLORS["cooperative"]
    assert POLARITY_COLORS["conflictual"] != POLARITY_COLORS["cooperative"]
    title = edges["criticizes"]["title"]
    assert title.startswith("China criticizes NATO")
    assert SENTENCE in title
    assert "article a1" in title
    # A symmetric relation has no arrow head.
    assert edges["metWith"]["arrows"] == {"to": {"enabled": False}}
    assert edges["criticizes"]["arrows"] == "to"


def test_render_physics_on(page: str) -> None:
    options = re.search(r"var options = (\{.*?\});\n", page, re.S)
    assert options is not None
    assert json.loads(options.group(1))["physics"]["enabled"] is True


def test_render_title_is_escaped(graph: Graph, tmp_path: Path) -> None:
    page = to_html(graph, tmp_path / "g.html", title="<b>A & B</b>").read_text(encoding="utf-8")
    assert "<title>&lt;b&gt;A &amp; B&lt;/b&gt;</title>" in page
    assert "<b>A & B</b>" not in page


def test_render_labels_cannot_break_the_page(tmp_path: Path) -> None:
    g = Graph()
    g.add((ENTITY["x"], SKOS.prefLabel, Literal("</script><script>alert(1)</script>")))
    g.add((ENTITY["x"], KG.attacks, ENTITY["y"]))
    page = to_html(g, tmp_path / "g.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    assert {n["label"] for n in _dataset(page, "nodes")} == {
        "</script><script>alert(1)</script>", "y"}


def test_render_replaces_an_existing_page(graph: Graph, tmp_path: Path) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")
    to_html(graph, target)
    assert "new vis.Network(" in target.read_text(encoding="utf-8")


def test_render_prints_nothing(graph: Graph, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    to_html(graph, tmp_path / "graph.html")
    assert capsys.readouterr() == ("", "")


def test_render_empty_graph(tmp_path: Path) -> None:
    page = to_html(Graph(), tmp_path / "empty.html").read_text(encoding="utf-8")
    assert _dataset(page, "nodes") == []


def test_render_without_pyvis_hints_the_extra(graph: Graph, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyvis", None)
    monkeypatch.setitem(sys.modules, "pyvis.network", None)
    target = tmp_path / "graph.html"
    with pytest.raises(KGError, match=re.escape("pip install 'kg[viz]'")):
        to_html(graph, target)
    assert not target.exists()


def test_render_unwritable_target_is_a_store_error(graph: Graph, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot write HTML"):
        to_html(graph, blocker / "graph.html")
