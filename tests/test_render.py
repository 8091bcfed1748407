"""kg.render: one offline HTML page per graph (the browser itself: test_browser.py)."""

import datetime
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, Graph, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.analyze import Selection, project
from kg.errors import KGError, StoreError
from kg.render import KIND_COLORS, POLARITY_COLORS, page_html, to_html
from kg.vocab import ARTICLE, ENTITY, KG, WD

SENTENCE = "China criticized the alliance over its plans in Asia."
LABELS = {"china": "China", "nato": "NATO", "japan": "Japan"}


@pytest.fixture
def graph() -> Graph:
    """China criticizes NATO (with dated evidence), Japan partner of NATO, Japan met China."""
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
    g.add((article, DCTERMS.date, Literal(datetime.date(2023, 7, 13))))
    for p, o in [(RDF.type, KG.Assertion), (RDF.subject, ENTITY["china"]),
                 (RDF.predicate, KG.criticizes), (RDF.object, ENTITY["nato"]),
                 (PROV.wasDerivedFrom, article), (KG.sentence, Literal(SENTENCE)),
                 (KG.confidence, Literal(0.7))]:
        g.add((claim, p, o))
    return g


def _data(page: str) -> dict[str, Any]:
    """Return the JSON block the page hands to vis-network."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match is not None
    data = json.loads(match.group(1))
    assert isinstance(data, dict)
    return data


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
    data = _data(page)
    assert {node["label"] for node in data["nodes"]} == set(LABELS.values())
    criticism = next(e for e in data["edges"] if e["relation"] == "criticizes")
    assert SENTENCE in criticism["title"]
    assert "article a1, 2023-07-13" in criticism["title"]
    assert criticism["dates"] == ["2023-07-13"]


def test_render_page_is_offline(page: str) -> None:
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)  # nothing loaded at all
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"url\(\s*[\"']?(https?:)?//", page, re.I)
    assert "Content-Security-Policy" in page
    assert "new vis.Network(" in page
    assert len(page) > 400_000  # vis-network and its stylesheet are inlined


def test_render_nodes_colored_by_kind_sized_by_measure(graph: Graph) -> None:
    data = _data(page_html(project(graph), size_by="pagerank"))
    nodes = {node["label"]: node for node in data["nodes"]}
    assert nodes["China"]["color"] == KIND_COLORS["State"]
    assert nodes["NATO"]["color"] == KIND_COLORS["Organization"]
    assert nodes["China"]["title"].splitlines()[:2] == ["China", "State"]
    assert nodes["China"]["url"] == "https://www.wikidata.org/wiki/Q148"
    assert "url" not in nodes["Japan"]
    top = max(node["m"]["pagerank"] for node in nodes.values())
    assert nodes["NATO"]["value"] == pytest.approx((nodes["NATO"]["m"]["pagerank"] / top) ** 0.5,
                                                   abs=1e-5)
    assert set(nodes["NATO"]["m"]) >= {"degree", "betweenness", "eigenvector"}


def test_render_edges_colored_by_polarity(page: str) -> None:
    edges = {edge["relation"]: edge for edge in _data(page)["edges"]}
    assert set(edges) == {"criticizes", "partnerOf", "metWith"}
    assert edges["criticizes"]["color"]["color"] == POLARITY_COLORS["conflictual"]
    assert edges["partnerOf"]["color"]["color"] == POLARITY_COLORS["cooperative"]
    assert edges["criticizes"]["title"].startswith("China criticizes NATO")
    # A symmetric relation has no arrow head.
    assert edges["metWith"]["arrows"] == {"to": {"enabled": False}}
    assert edges["criticizes"]["arrows"] == {"to": {"enabled": True}}


def test_render_legend_and_filters(page: str) -> None:
    for kind in ("State", "Organization"):
        assert f'data-kind="{kind}"' in page
    for relation in ("criticizes", "partnerOf", "metWith"):
        assert f'data-relation="{relation}"' in page
    assert 'id="kg-search"' in page and 'id="kg-from"' in page and 'id="kg-size"' in page
    assert 'min="2023-07-13" max="2023-07-13"' in page


def test_render_physics_stabilizes_then_freezes(page: str) -> None:
    options = _data(page)["options"]
    assert options["physics"]["enabled"] is True
    assert options["physics"]["stabilization"]["enabled"] is True
    assert "setOptions({ physics: { enabled: false } })" in page


def test_render_selection_and_level(graph: Graph, tmp_path: Path) -> None:
    page = to_html(graph, tmp_path / "g.html",
                   selection=Selection(relations=frozenset({"criticizes"})))
    data = _data(page.read_text(encoding="utf-8"))
    assert [e["relation"] for e in data["edges"]] == ["criticizes"]
    state = _data(to_html(graph, tmp_path / "s.html", level="state").read_text(encoding="utf-8"))
    assert state["level"] == "state"


def test_render_unknown_measure_is_rejected(graph: Graph, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown measure"):
        to_html(graph, tmp_path / "g.html", size_by="fame")


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
    assert {n["label"] for n in _data(page)["nodes"]} == {
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
    assert _data(page)["nodes"] == []


def test_render_without_pyvis_hints_the_extra(graph: Graph, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyvis", None)
    target = tmp_path / "graph.html"
    with pytest.raises(KGError, match=re.escape("pip install 'kg[viz]'")):
        to_html(graph, target)
    assert not target.exists()


def test_render_unwritable_target_is_a_store_error(graph: Graph, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot write"):
        to_html(graph, blocker / "graph.html")


def test_render_cli_options_and_errors(graph: Graph, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    source = tmp_path / "g.ttl"
    graph.serialize(source, format="turtle")
    target = tmp_path / "page.html"
    runner = CliRunner()
    result = runner.invoke(app, ["render", str(source), "-o", str(target), "--level", "state",
                                 "--size-by", "pagerank", "--relations", "conflictual",
                                 "--title", "Rivals"])
    assert result.exit_code == 0, result.output
    data = _data(target.read_text(encoding="utf-8"))
    assert [e["relation"] for e in data["edges"]] == ["criticizes"]
    assert "<title>Rivals</title>" in target.read_text(encoding="utf-8")
    before = target.read_bytes()
    bad = runner.invoke(app, ["render", str(source), "-o", str(target), "--size-by", "fame"])
    assert bad.exit_code == 2 and "--size-by 'fame'" in bad.output
    assert target.read_bytes() == before  # a failed run leaves the page as it was
    help_text = " ".join(runner.invoke(app, ["render", "--help"]).output.split())
    assert "physics is frozen" in help_text
