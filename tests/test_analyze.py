"""kg.analyze: RDF output graph -> networkx graphs, centrality and counts."""

import networkx as nx
import pytest
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.namespace import SKOS

from kg.analyze import alliance_graph, centrality, summary, to_networkx
from kg.rdf import ActorRecord, article_graph
from kg.store import GraphWriter, load_graph
from kg.types import Article, Claim, Mention
from kg.vocab import ENTITY, KG, WD

CHINA, NATO, JAPAN = str(ENTITY["china"]), str(ENTITY["nato"]), str(ENTITY["japan"])
STOLTENBERG = str(ENTITY["person/jens-stoltenberg"])

ACTORS = {
    "China": ActorRecord("China", KG.State.fragment, ["China", "Beijing"], CHINA, str(WD.Q148)),
    "NATO": ActorRecord("NATO", KG.Organization.fragment, ["NATO"], NATO, str(WD.Q7184)),
    "Japan": ActorRecord("Japan", KG.State.fragment, ["Japan"], JAPAN, str(WD.Q17)),
    "Jens Stoltenberg": ActorRecord("Jens Stoltenberg", KG.Person.fragment, ["Stoltenberg"]),
}


def _claim(subject: str, relation: URIRef, obj: str, sentence: str, start: int) -> Claim:
    def mention(key: str) -> Mention:
        return Mention(key, ACTORS[key].kind, key, start, start + len(key))

    return Claim(mention(subject), relation.fragment, mention(obj), sentence, start,
                 start + len(sentence), "kg_relations", 0.7)


ARTICLES = {
    Article("a1", "", "a1.txt"): [
        _claim("China", KG.criticizes, "NATO", "China criticized NATO.", 0),
        _claim("Japan", KG.cooperatesWith, "NATO", "Japan deepened cooperation with NATO.", 30),
        _claim("NATO", KG.cooperatesWith, "Japan", "NATO and Japan signed a partnership.", 80),
        _claim("Jens Stoltenberg", KG.affiliatedWith, "NATO", "NATO chief Jens Stoltenberg spoke.",
               120),
        _claim("Jens Stoltenberg", KG.visited, "Japan", "Stoltenberg arrived in Japan.", 160),
    ],
    Article("a2", "", "a2.txt"): [
        _claim("China", KG.criticizes, "NATO", "Beijing accused the alliance of meddling.", 0),
        _claim("China", KG.opposes, "NATO", "China opposes an Asian NATO.", 50),
        _claim("Japan", KG.cooperatesWith, "NATO", "Tokyo will work with the alliance.", 90),
    ],
}


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """Two articles' graphs written and read back as kg build and kg.store do."""
    path = tmp_path_factory.mktemp("analyze") / "graph.trig"
    with GraphWriter(path) as writer:
        for article, claims in ARTICLES.items():
            writer.write(article_graph(article, claims, ACTORS))
    return load_graph(path)


@pytest.fixture(scope="module")
def g(dataset: Dataset) -> nx.MultiDiGraph:
    return to_networkx(dataset)


def test_analyze_nodes_are_entities_with_label_kind_and_wikidata(g: nx.MultiDiGraph) -> None:
    assert sorted(g.nodes) == sorted([CHINA, NATO, JAPAN, STOLTENBERG])
    assert g.nodes[CHINA] == {"label": "China", "kind": "State", "wikidata": str(WD.Q148)}
    assert g.nodes[NATO]["kind"] == "Organization"
    assert g.nodes[STOLTENBERG] == {"label": "Jens Stoltenberg", "kind": "Person"}


def test_analyze_edge_carries_evidence(g: nx.MultiDiGraph) -> None:
    edge = g.edges[CHINA, NATO, "criticizes"]
    assert edge["relation"] == "criticizes"
    assert edge["polarity"] == "conflictual"
    assert edge["symmetric"] is False
    assert edge["weight"] == 2
    assert edge["articles"] == ["a1", "a2"]
    assert edge["sentences"] == ["China criticized NATO.",
                                 "Beijing accused the alliance of meddling."]
    assert edge["confidence"] == pytest.approx(0.7)


def test_analyze_one_edge_per_distinct_statement(g: nx.MultiDiGraph) -> None:
    assert sorted(g.edges(keys=True)) == sorted([
        (CHINA, NATO, "criticizes"), (CHINA, NATO, "opposes"),
        (JAPAN, NATO, "cooperatesWith"),
        (STOLTENBERG, NATO, "affiliatedWith"), (STOLTENBERG, JAPAN, "visited"),
    ])
    assert g.number_of_edges(CHINA, NATO) == 2


def test_analyze_symmetric_relation_stated_both_ways_is_one_edge(g: nx.MultiDiGraph) -> None:
    edge = g.edges[JAPAN, NATO, "cooperatesWith"]  # japan < nato as IRIs
    assert not g.has_edge(NATO, JAPAN)
    assert edge["symmetric"] is True
    assert edge["polarity"] == "cooperative"
    assert edge["weight"] == 3
    assert edge["articles"] == ["a1", "a2"]


def test_analyze_neutral_relation_keeps_its_polarity(g: nx.MultiDiGraph) -> None:
    assert g.edges[STOLTENBERG, NATO, "affiliatedWith"]["polarity"] == "neutral"


def test_analyze_sentences_are_capped_not_the_weight(dataset: Dataset) -> None:
    g = to_networkx(dataset, max_sentences=1)
    edge = g.edges[JAPAN, NATO, "cooperatesWith"]
    assert edge["weight"] == 3
    assert edge["sentences"] == ["Japan deepened cooperation with NATO."]


def test_analyze_negative_sentence_cap_is_rejected(dataset: Dataset) -> None:
    with pytest.raises(ValueError, match="max_sentences"):
        to_networkx(dataset, max_sentences=-1)


def test_analyze_plain_triple_without_assertion_counts_once() -> None:
    graph = Graph()
    graph.add((ENTITY["a"], KG.supports, ENTITY["b"]))
    graph.add((ENTITY["a"], RDF.type, KG.State))
    graph.add((ENTITY["a"], SKOS.prefLabel, ENTITY["ignored"]))  # not a literal
    g = to_networkx(graph)
    edge = g.edges[str(ENTITY["a"]), str(ENTITY["b"]), "supports"]
    assert (edge["weight"], edge["sentences"], edge["articles"]) == (1, [], [])
    assert g.nodes[str(ENTITY["a"])] == {"label": "a", "kind": "State"}
    assert g.nodes[str(ENTITY["b"])] == {"label": "b", "kind": "Actor"}


def test_analyze_dataset_without_default_union(dataset: Dataset) -> None:
    quads = Dataset()
    for s, p, o, ctx in dataset.quads((None, None, None, None)):
        quads.graph(ctx.identifier if isinstance(ctx, Graph) else ctx).add((s, p, o))
    assert len(quads.default_graph) == 0
    g = to_networkx(quads)
    assert g.edges[CHINA, NATO, "criticizes"]["weight"] == 2


def test_analyze_empty_graph() -> None:
    g = to_networkx(Graph())
    assert g.number_of_nodes() == 0
    assert centrality(g) == []
    assert alliance_graph(g).number_of_nodes() == 0
    assert summary(Graph()) == {"articles": 0, "entities": 0, "statements": 0,
                                "assertions": 0, "kinds": {}, "relations": {}}


def test_analyze_alliance_graph_is_signed_evidence(g: nx.MultiDiGraph) -> None:
    a = alliance_graph(g)
    assert not a.is_directed()
    assert a.edges[CHINA, NATO]["weight"] == -3  # criticizes x2, opposes x1
    assert (a.edges[CHINA, NATO]["cooperative"], a.edges[CHINA, NATO]["conflictual"]) == (0, 3)
    assert a.edges[NATO, JAPAN]["weight"] == 3
    assert a.edges[STOLTENBERG, JAPAN]["relations"] == ["visited"]
    # affiliatedWith is neutral: Stoltenberg and NATO are not linked.
    assert not a.has_edge(STOLTENBERG, NATO)
    assert a.nodes[CHINA]["label"] == "China"


def test_analyze_alliance_graph_nets_out_both_directions() -> None:
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", key="supports", relation="supports", polarity="cooperative", weight=2)
    g.add_edge("b", "a", key="criticizes", relation="criticizes", polarity="conflictual",
               weight=2)
    g.add_edge("a", "a", key="supports", relation="supports", polarity="cooperative", weight=1)
    a = alliance_graph(g)
    assert a.edges["a", "b"] == {"weight": 0, "cooperative": 2, "conflictual": 2,
                                 "relations": ["criticizes", "supports"]}
    assert not a.has_edge("a", "a")


def test_analyze_centrality_ranks_the_most_attended_first(g: nx.MultiDiGraph) -> None:
    rows = centrality(g)
    assert [row[0] for row in rows][0] == "NATO"
    by_label = {label: (degree, btw, rank) for label, degree, btw, rank in rows}
    assert by_label["NATO"][0] == 3
    assert by_label["China"][0] == 1
    assert sum(rank for _, _, rank in by_label.values()) == pytest.approx(1.0)
    assert all(0.0 <= btw <= 1.0 for _, btw, _ in by_label.values())
    ranks = [row[3] for row in rows]
    assert ranks == sorted(ranks, reverse=True)


def test_analyze_centrality_symmetric_pair_is_balanced() -> None:
    g = nx.MultiDiGraph()
    g.add_nodes_from([("a", {"label": "A"}), ("b", {"label": "B"})])
    g.add_edge("a", "b", relation="metWith", symmetric=True, weight=4)
    assert centrality(g) == [("A", 1, 0.0, pytest.approx(0.5)), ("B", 1, 0.0, pytest.approx(0.5))]


def test_analyze_centrality_on_alliance_graph(g: nx.MultiDiGraph) -> None:
    rows = centrality(alliance_graph(g))
    assert {row[0] for row in rows} == {"China", "NATO", "Japan", "Jens Stoltenberg"}
    assert sum(row[3] for row in rows) == pytest.approx(1.0)


def test_analyze_summary_counts(dataset: Dataset) -> None:
    assert summary(dataset) == {
        "articles": 2,
        "entities": 4,
        "statements": 5,
        "assertions": 8,
        "kinds": {"State": 2, "Organization": 1, "Person": 1},
        "relations": {"affiliatedWith": 1, "cooperatesWith": 1, "criticizes": 1, "opposes": 1,
                      "visited": 1},
    }

