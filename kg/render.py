"""A kg graph -> one self-contained interactive HTML page (pyvis / vis-network).

Nodes are coloured by kind, edges by polarity (green cooperative, red
conflictual, grey neutral); hovering shows the evidence, double-clicking an
actor opens its Wikidata page. The page inlines vis-network (pyvis
``cdn_resources="in_line"``) and drops pyvis's Bootstrap links, so it renders
with no network access. pyvis is an optional dependency: ``pip install
'kg[viz]'``.
"""

import html
import json
import logging
import os
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from kg.analyze import CONFLICTUAL, COOPERATIVE, NEUTRAL, actor_kinds, to_networkx
from kg.errors import KGError, StoreError

__all__ = ["KIND_COLORS", "POLARITY_COLORS", "to_html"]

log = logging.getLogger(__name__)

# No greens or reds, which mark edge polarity; with today's eight actor classes, sorted,
# states come out blue and organizations yellow.
_PALETTE = ("#76b7b2", "#f28e2b", "#ff9da7", "#b07aa1", "#edc948", "#9c755f", "#a0cbe8",
            "#4e79a7", "#d4a6c8", "#79706e")
_OTHER = "#bab0ac"

#: Node colour by actor kind (the ontology's actor classes, in sorted order).
KIND_COLORS: dict[str, str] = {
    kind: _PALETTE[i % len(_PALETTE)] for i, kind in enumerate(actor_kinds())
}
#: Edge colour by relation polarity.
POLARITY_COLORS: dict[str, str] = {COOPERATIVE: "#2e9e44", CONFLICTUAL: "#d62728",
                                   NEUTRAL: "#9e9e9e"}

# vis-network options. pyvis's set_options strips every space, so no value may hold one.
_OPTIONS: dict[str, Any] = {
    "nodes": {"shape": "dot", "scaling": {"min": 10, "max": 40, "label": {"enabled": False}},
              "font": {"size": 16, "strokeWidth": 3, "strokeColor": "#ffffff"}},
    "edges": {"scaling": {"min": 1, "max": 6, "label": {"enabled": False}},
              "font": {"size": 10, "color": "#555555", "strokeWidth": 3, "align": "middle"},
              "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}},
    "physics": {"enabled": True, "solver": "forceAtlas2Based",
                "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 140,
                                     "springConstant": 0.05, "avoidOverlap": 0.4},
                "stabilization": {"enabled": True, "iterations": 400}},
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
}

_CSS = """<style>
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
  .kg-header { padding: 8px 16px; border-bottom: 1px solid #ddd; }
  .kg-header h1 { margin: 0 0 4px 0; font-size: 20px; }
  .kg-legend { font-size: 13px; color: #333; }
  .kg-legend span { margin-right: 14px; white-space: nowrap; }
  .kg-dot { display: inline-block; width: 11px; height: 11px; border-radius: 50%;
            margin-right: 4px; vertical-align: -1px; }
  .kg-line { display: inline-block; width: 22px; height: 3px; margin-right: 4px;
             vertical-align: 3px; }
  #mynetwork { border: none !important; }
  div.vis-tooltip { white-space: normal; max-width: 36em; font-family: inherit;
                    font-size: 13px; line-height: 1.35; }
</style>
"""

# Globals `network` and `nodes` are set by pyvis's drawGraph().
_SCRIPT = """<script type="text/javascript">
  network.on("doubleClick", function (params) {
    if (params.nodes.length !== 1) { return; }
    var node = nodes.get(params.nodes[0]);
    if (node && node.url) { window.open(node.url, "_blank", "noopener"); }
  });
</script>
"""

_BOOTSTRAP = re.compile(
    r"<link\b[^>]*bootstrap[^>]*>|<script\b[^>]*bootstrap[^>]*>\s*</script>", re.I)
# pyvis's template keeps a commented-out <script src> to a node_modules copy.
_DEAD_COMMENT = re.compile(r"<!--(?:(?!-->).)*node_modules(?:(?!-->).)*-->", re.S)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.I)
_EXTERNAL = re.compile(r"<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.I)


def _network_class() -> Any:
    """Import pyvis lazily, with an install hint when it is missing."""
    try:
        from pyvis.network import Network
    except ImportError as err:
        raise KGError("rendering HTML needs pyvis, which is not installed; "
                      "install it with: pip install 'kg[viz]'") from err
    return Network


def _wikidata_page(entity: str) -> str:
    """Return the human page of a Wikidata entity IRI.

    Examples:
        >>> _wikidata_page("http://www.wikidata.org/entity/Q148")
        'https://www.wikidata.org/wiki/Q148'
    """
    return "https://www.wikidata.org/wiki/" + entity.rstrip("/").rsplit("/", 1)[-1]


def _node_title(data: dict[str, Any]) -> str:
    lines = [str(data.get("label", "")), str(data.get("kind", ""))]
    if data.get("wikidata"):
        lines.append(f"Wikidata: {_wikidata_page(data['wikidata'])} (double-click to open)")
    return "\n".join(lines)


def _edge_title(g: nx.MultiDiGraph, s: str, o: str, data: dict[str, Any]) -> str:
    lines = [f"{g.nodes[s]['label']} {data['relation']} {g.nodes[o]['label']}"
             f" ({data['polarity']})"]
    sentences, articles = data.get("sentences") or [], data.get("articles") or []
    if sentences:
        lines.append(f"\u201c{sentences[0]}\u201d")
    if articles:
        more = f", {len(articles) - 1} more" if len(articles) > 1 else ""
        lines.append(f"article {articles[0]}{more}")
    weight = int(data.get("weight", 1))
    lines.append(f"{weight} sentence{'s' if weight != 1 else ''} of evidence")
    return "\n".join(lines)


def _legend(g: nx.MultiDiGraph, title: str) -> str:
    kinds = Counter(kind for _, kind in g.nodes(data="kind"))
    polarities = Counter(p for _, _, p in g.edges(data="polarity"))
    parts = [f'<span><i class="kg-dot" style="background:{KIND_COLORS.get(k, _OTHER)}"></i>'
             f"{html.escape(k)} ({n})</span>" for k, n in sorted(kinds.items())]
    parts += [f'<span><i class="kg-line" style="background:{POLARITY_COLORS[p]}"></i>'
              f"{html.escape(p)} ({polarities[p]})</span>"
              for p in POLARITY_COLORS if polarities[p]]
    return (f'<div class="kg-header"><h1>{html.escape(title)}</h1>'
            f'<div class="kg-legend">{"".join(parts)}</div></div>\n')


def _build_network(g: nx.MultiDiGraph) -> Any:
    network_class = _network_class()
    net = network_class(height="calc(100vh - 70px)", width="100%", directed=True,
                        cdn_resources="in_line", heading="")
    evidence: Counter[str] = Counter()
    for s, o, weight in g.edges(data="weight", default=1):
        evidence[s] += weight
        evidence[o] += weight
    for node, data in g.nodes(data=True):
        extra = {"url": _wikidata_page(data["wikidata"])} if data.get("wikidata") else {}
        net.add_node(node, label=data["label"], title=_node_title(data),
                     color=KIND_COLORS.get(data["kind"], _OTHER), value=evidence[node] or 1,
                     kind=data["kind"], **extra)
    seen: Counter[frozenset[str]] = Counter()
    for s, o, data in g.edges(data=True):
        pair = frozenset((s, o))
        curve = seen[pair]
        seen[pair] += 1
        color = POLARITY_COLORS.get(data["polarity"], POLARITY_COLORS[NEUTRAL])
        options: dict[str, Any] = {
            "label": data["relation"], "title": _edge_title(g, s, o, data),
            "color": {"color": color, "highlight": color, "hover": color},
            "value": data.get("weight", 1),
            # Parallel edges between one pair get distinct curves instead of overlapping.
            "smooth": {"enabled": True, "type": "curvedCW" if s < o else "curvedCCW",
                       "roundness": 0.12 + 0.18 * curve},
        }
        if data.get("symmetric"):
            options["arrows"] = {"to": {"enabled": False}}
        net.add_edge(s, o, **options)
    net.set_options(json.dumps(_OPTIONS))
    return net


def _offline_page(page: str, g: nx.MultiDiGraph, title: str) -> str:
    """Strip pyvis's CDN links and add a title, a legend and the click handler."""
    page = _BOOTSTRAP.sub("", page)
    page = _DEAD_COMMENT.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    head = '<meta charset="utf-8">' if '<meta charset="utf-8">' in page else "<head>"
    page = page.replace(head, f"{head}\n        <title>{html.escape(title)}</title>", 1)
    page = page.replace("</head>", _CSS + "</head>", 1)
    page = re.sub(r"<body>", lambda _: "<body>\n" + _legend(g, title), page, count=1)
    page = page.replace("</body>", _SCRIPT + "</body>", 1)
    if _EXTERNAL.search(page):
        log.warning("the pyvis template still loads a resource from the network; "
                    "the page will not render offline")
    return page


def to_html(graph: Graph, path: str | Path, *, title: str = "kg") -> Path:
    """Render a kg graph as one interactive HTML page that works offline.

    Args:
        graph: a kg output graph or dataset (e.g. from :func:`kg.store.load_graph`).
        path: where to write the page; its folder is created if needed.
        title: the page title and heading.

    Returns:
        The path written.

    Raises:
        KGError: pyvis is not installed.
        StoreError: the page cannot be written.
    """
    path = Path(path)
    g = to_networkx(graph)
    page = _offline_page(_build_network(g).generate_html(), g, title)
    tmp_name: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as tmp:
            tmp.write(page)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, 0o644)  # mkstemp makes it owner-only
        os.replace(tmp_name, path)
    except OSError as err:
        if tmp_name is not None and os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise StoreError(f"{path}: cannot write HTML: {err.strerror or err}") from err
    log.info("wrote %s (%d nodes, %d edges)", path, g.number_of_nodes(), g.number_of_edges())
    return path
