"""A kg graph -> one self-contained interactive HTML page (vis-network).

Nodes are sized by a centrality the reader picks and coloured by kind; edges
are coloured by polarity (green cooperative, red conflictual, grey neutral),
and hovering one lists its evidence sentences with article and date. A side
panel holds the legend, filters by kind, relation and date range, the
measure that sizes the nodes, and a search box that focuses an actor;
double-clicking an actor opens its Wikidata page.

The page is written without pyvis's template: vis-network's standalone
build (shipped inside the pyvis wheel, hence the ``viz`` extra) and its
stylesheet are inlined, so the page loads nothing from any other host; the
data travels as one JSON block.

Large graphs: the layout is computed once in the browser (physics
stabilization, fewer iterations the larger the graph) and then physics is
frozen, so thousands of nodes stay responsive to pan, zoom, hover and
filters. Above :data:`LARGE` nodes edges are straight and unlabelled and
small nodes show their labels only as you zoom in.
"""

import html
import importlib.util
import json
import logging
import math
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from kg.analyze import (
    CONFLICTUAL,
    COOPERATIVE,
    MAX_SENTENCES,
    MEASURES,
    NEUTRAL,
    Selection,
    actor_kinds,
    actor_table,
    communities,
    project,
)
from kg.analyze.report import write_atomic
from kg.errors import KGError

__all__ = ["KIND_COLORS", "LARGE", "POLARITY_COLORS", "page_html", "to_html", "write_html"]

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

#: From this many nodes on, the page draws for speed: straight edges, no edge labels.
LARGE = 1500

_VIS_VERSION = "vis-9.1.2"

_CSS = """
  html, body { margin: 0; height: 100%; font-family: system-ui, -apple-system, "Segoe UI",
               Roboto, sans-serif; color: #222; }
  body { display: flex; flex-direction: column; }
  header { padding: 6px 14px; border-bottom: 1px solid #ddd; display: flex;
           align-items: baseline; gap: 16px; flex-wrap: wrap; }
  header h1 { margin: 0; font-size: 18px; }
  #kg-status { font-size: 13px; color: #555; }
  main { flex: 1; display: flex; min-height: 0; }
  aside { width: 250px; flex: none; overflow-y: auto; border-right: 1px solid #ddd;
          padding: 8px 12px; font-size: 13px; }
  aside h2 { font-size: 13px; margin: 12px 0 4px; text-transform: uppercase;
             letter-spacing: .04em; color: #555; }
  aside label { display: block; white-space: nowrap; overflow: hidden;
                text-overflow: ellipsis; line-height: 1.6; }
  aside input[type=search], aside select, aside input[type=date] { width: 100%;
                box-sizing: border-box; font: inherit; padding: 2px 4px; }
  .kg-dot { display: inline-block; width: 11px; height: 11px; border-radius: 50%;
            margin: 0 5px 0 2px; vertical-align: -1px; }
  .kg-line { display: inline-block; width: 20px; height: 3px; margin: 0 5px 0 2px;
             vertical-align: 3px; }
  .kg-count { color: #777; }
  .kg-note { color: #666; font-size: 12px; margin: 4px 0; }
  #kg-stage { flex: 1; position: relative; min-width: 0; }
  #kg-network { position: absolute; inset: 0; }
  #kg-progress { position: absolute; top: 10px; left: 50%; transform: translateX(-50%);
                 background: #fffbe6; border: 1px solid #e6d8a0; padding: 3px 10px;
                 border-radius: 4px; font-size: 13px; z-index: 5; }
  div.vis-tooltip { white-space: pre-line; max-width: 40em; font-family: inherit;
                    font-size: 13px; line-height: 1.35; }
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var state = { kinds: {}, relations: {}, from: "", to: "" };
  DATA.kinds.forEach(function (k) { state.kinds[k.name] = true; });
  DATA.relations.forEach(function (r) { state.relations[r.name] = true; });
  var kindOf = {};
  DATA.nodes.forEach(function (n) { kindOf[n.id] = n.kind; });

  function inRange(e) {
    if (!state.from && !state.to) { return true; }
    if (!e.dates || !e.dates.length) { return false; }
    return e.dates.some(function (d) {
      return (!state.from || d >= state.from) && (!state.to || d <= state.to);
    });
  }
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return state.kinds[n.kind]; } });
  var edgeView = new vis.DataView(edges, { filter: function (e) {
    return state.relations[e.relation] && state.kinds[kindOf[e.from]] &&
      state.kinds[kindOf[e.to]] && inRange(e);
  } });

  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, DATA.options);
  window.kgNetwork = network;
  window.kgReady = false;

  var progress = document.getElementById("kg-progress");
  function ready() {
    network.setOptions({ physics: { enabled: false } });
    progress.style.display = "none";
    window.kgReady = true;
    document.body.setAttribute("data-ready", "true");
    status();
  }
  if (DATA.options.physics && DATA.options.physics.enabled) {
    network.on("stabilizationProgress", function (p) {
      progress.textContent = "Laying out " + DATA.nodes.length + " actors: " +
        Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", ready);
  } else {
    setTimeout(ready, 0);
  }

  function status() {
    document.getElementById("kg-status").textContent = nodeView.length + " of " +
      DATA.nodes.length + " actors, " + edgeView.length + " of " + DATA.edges.length +
      " relations shown" + (DATA.level === "state" ? " (state level)" : "");
  }
  function refresh() { nodeView.refresh(); edgeView.refresh(); status(); }

  document.querySelectorAll("input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      state.kinds[box.getAttribute("data-kind")] = box.checked; refresh();
    });
  });
  document.querySelectorAll("input[data-relation]").forEach(function (box) {
    box.addEventListener("change", function () {
      state.relations[box.getAttribute("data-relation")] = box.checked; refresh();
    });
  });
  ["from", "to"].forEach(function (end) {
    document.getElementById("kg-" + end).addEventListener("change", function (ev) {
      state[end] = ev.target.value; refresh();
    });
  });
  document.getElementById("kg-size").addEventListener("change", function (ev) {
    var measure = ev.target.value;
    nodes.update(DATA.nodes.map(function (n) {
      return { id: n.id, value: Math.sqrt(Math.max(n.m[measure], 0) / DATA.maxima[measure]) };
    }));
  });

  var byLabel = {};
  DATA.nodes.forEach(function (n) { byLabel[n.label.toLowerCase()] = n.id; });
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) { return null; }
    if (byLabel.hasOwnProperty(q)) { return byLabel[q]; }
    var hit = DATA.nodes.find(function (n) { return n.label.toLowerCase().indexOf(q) === 0; }) ||
      DATA.nodes.find(function (n) { return n.label.toLowerCase().indexOf(q) >= 0; });
    return hit ? hit.id : null;
  }
  var lastFocus = null;  // Enter and the change event both ask: focus once
  function focus(text) {
    var id = find(text);
    var note = document.getElementById("kg-search-note");
    if (id === null) { note.textContent = "No actor matches \u201c" + text + "\u201d."; return; }
    if (id === lastFocus) { return; }
    lastFocus = id;
    if (!state.kinds[kindOf[id]]) {
      state.kinds[kindOf[id]] = true;
      document.querySelector('input[data-kind="' + kindOf[id] + '"]').checked = true;
      refresh();
    }
    note.textContent = nodes.get(id).label;
    network.selectNodes([id]);
    network.focus(id, { scale: 1.4,
                        animation: { duration: 400, easingFunction: "easeInOutQuad" } });
  }
  window.kgFocus = focus;
  var search = document.getElementById("kg-search");
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { focus(search.value); }
  });
  search.addEventListener("change", function () { focus(search.value); });
  search.addEventListener("input", function () { lastFocus = null; });

  network.on("doubleClick", function (params) {
    if (params.nodes.length !== 1) { return; }
    var node = nodes.get(params.nodes[0]);
    if (node && node.url) { window.open(node.url, "_blank", "noopener"); }
  });
  status();
})();
"""


def _vis_assets() -> tuple[str, str]:
    """Return vis-network's standalone script and stylesheet, from the pyvis wheel."""
    try:
        # Locate the package without importing it (pyvis pulls in jinja2 and IPython).
        spec = importlib.util.find_spec("pyvis")
        if spec is None or not spec.submodule_search_locations:
            raise ModuleNotFoundError("pyvis")
        folder = Path(list(spec.submodule_search_locations)[0]) / "lib" / _VIS_VERSION
        script = (folder / "vis-network.min.js").read_text(encoding="utf-8")
        style = (folder / "vis-network.css").read_text(encoding="utf-8")
    except (ImportError, ValueError, OSError) as err:
        raise KGError("rendering HTML needs pyvis (for its copy of vis-network), which is not "
                      "installed; install it with: pip install 'kg[viz]'") from err
    return script, style


def _wikidata_page(entity: str) -> str:
    """Return the human page of a Wikidata entity IRI.

    Examples:
        >>> _wikidata_page("http://www.wikidata.org/entity/Q148")
        'https://www.wikidata.org/wiki/Q148'
    """
    return "https://www.wikidata.org/wiki/" + entity.rstrip("/").rsplit("/", 1)[-1]


def _node_title(data: dict[str, Any], measures: dict[str, float]) -> str:
    lines = [str(data.get("label", "")), str(data.get("kind", ""))]
    if data.get("members"):
        members = list(data["members"])
        more = f" and {len(members) - 8} more" if len(members) > 8 else ""
        lines.append("speaking for it: " + ", ".join(members[:8]) + more)
    lines.append(f"degree {measures['degree']:g}, evidence {measures['weighted_degree']:g}, "
                 f"PageRank {measures['pagerank']:.3f}")
    if data.get("wikidata"):
        lines.append(f"Wikidata: {_wikidata_page(data['wikidata'])} (double-click to open)")
    return "\n".join(lines)


def _edge_title(g: nx.MultiDiGraph, s: str, o: str, data: dict[str, Any]) -> str:
    lines = [f"{g.nodes[s].get('label', s)} {data['relation']} {g.nodes[o].get('label', o)}"
             f" ({data['polarity']})"]
    evidence = data.get("evidence") or [{"sentence": text, "article": "", "date": ""}
                                        for text in data.get("sentences") or []]
    for item in evidence:
        where = ", ".join(part for part in (f"article {item['article']}" if item["article"]
                                            else "", item.get("date", "")) if part)
        lines.append(f"\u201c{item['sentence']}\u201d" + (f" ({where})" if where else ""))
    weight = int(data.get("weight", 1))
    articles = data.get("articles") or []
    lines.append(f"{weight} sentence{'s' if weight != 1 else ''} of evidence"
                 + (f" in {len(articles)} article{'s' if len(articles) != 1 else ''}"
                    if articles else ""))
    return "\n".join(lines)


def _options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    large = n_nodes >= LARGE
    iterations = 400 if n_nodes <= 200 else 250 if n_nodes <= 300 else 120 if n_nodes < LARGE \
        else 60
    return {
        "autoResize": True,
        "layout": {"improvedLayout": n_nodes <= 100, "randomSeed": 7},
        "nodes": {"shape": "dot",
                  # At a large graph's overview the scale is ~0.15: only hubs show.
                  "scaling": {"min": 6 if large else 10, "max": 90 if large else 42,
                              "label": {"enabled": True, "min": 12,
                                        "max": 120 if large else 26,
                                        "drawThreshold": 11 if large else 5,
                                        "maxVisible": 28}},
                  "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"scaling": {"min": 1, "max": 6, "label": {"enabled": False}},
                  "font": {"size": 10, "color": "#555555", "strokeWidth": 3,
                           "align": "middle"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "smooth": False,
                  "selectionWidth": 2},
        "physics": {"enabled": n_nodes > 0,
                    "solver": "barnesHut" if large else "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 130,
                                         "springConstant": 0.05, "avoidOverlap": 0.5},
                    "barnesHut": {"gravitationalConstant": -6000, "springLength": 120,
                                  "springConstant": 0.03, "avoidOverlap": 0.1,
                                  "centralGravity": 0.4},
                    "stabilization": {"enabled": True, "iterations": iterations,
                                      "updateInterval": 10, "fit": True}},
        "interaction": {"hover": not large, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "navigationButtons": False, "keyboard": False},
    }


def _initial_positions(g: nx.MultiDiGraph, rows: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Starting positions for a large graph: each Louvain community a disc, its best-linked
    actors at the centre, the discs on a sunflower spiral, largest in the middle.

    vis-network would otherwise start from a ring and need hundreds of slow
    iterations; from here a short stabilization only tidies each disc.
    """
    groups = [list(c) for c in communities(g)]
    placed = {n for group in groups for n in group}
    groups.append([n for n in g.nodes if n not in placed])
    golden = math.pi * (3 - math.sqrt(5))
    spacing = 34.0
    positions: dict[str, tuple[int, int]] = {}
    done = 0.0
    for i, group in enumerate(groups):
        if not group:
            continue
        radius = spacing * math.sqrt(len(group))
        # The disc's centre: outward along the spiral, past the area already used.
        reach = spacing * 1.15 * math.sqrt(done + len(group) / 2)
        cx, cy = reach * math.cos(i * golden * 7), reach * math.sin(i * golden * 7)
        done += len(group)
        group.sort(key=lambda n: (-rows[n].degree, n))
        for k, node in enumerate(group):
            r = radius * math.sqrt((k + 0.5) / len(group))
            positions[node] = (round(cx + r * math.cos(k * golden)),
                               round(cy + r * math.sin(k * golden)))
    return positions


def _size(value: float, maximum: float) -> float:
    """A node's size value: the square root of its share of the largest, so a few hubs
    do not shrink every other actor to a dot (the page does the same in JavaScript).

    Examples:
        >>> _size(25.0, 100.0)
        0.5
    """
    return round(math.sqrt(max(value, 0.0) / maximum), 6) if maximum > 0 else 0.0


def _page_data(g: nx.MultiDiGraph, *, size_by: str, level: str) -> dict[str, Any]:
    rows = {row.node: row for row in actor_table(g)}
    maxima = {m: max((float(getattr(r, m)) for r in rows.values()), default=0.0) or 1.0
              for m in MEASURES}
    large = g.number_of_nodes() >= LARGE
    positions = _initial_positions(g, rows) if g.number_of_nodes() > 300 else {}
    node_items = []
    for node, data in g.nodes(data=True):
        measures = {m: round(float(getattr(rows[node], m)), 6) for m in MEASURES}
        item: dict[str, Any] = {
            "id": node, "label": str(data.get("label", node)),
            "kind": str(data.get("kind", "")),
            "color": KIND_COLORS.get(str(data.get("kind", "")), _OTHER),
            "title": _node_title(data, measures), "m": measures,
            "value": _size(measures[size_by], maxima[size_by])}
        if data.get("wikidata"):
            item["url"] = _wikidata_page(data["wikidata"])
        if node in positions:
            item["x"], item["y"] = positions[node]
        node_items.append(item)
    show_labels = g.number_of_edges() <= 300
    edge_items = []
    seen: Counter[frozenset[str]] = Counter()
    for i, (s, o, data) in enumerate(g.edges(data=True)):
        pair = frozenset((s, o))
        curve = seen[pair]
        seen[pair] += 1
        color = POLARITY_COLORS.get(data.get("polarity", NEUTRAL), POLARITY_COLORS[NEUTRAL])
        item = {
            "id": i, "from": s, "to": o, "relation": data["relation"],
            "polarity": data.get("polarity", NEUTRAL),
            "title": _edge_title(g, s, o, data), "dates": list(data.get("dates") or []),
            "value": int(data.get("weight", 1)),
            "color": {"color": color, "highlight": color, "hover": color,
                      "opacity": 0.3 if large else 0.9},
            "arrows": {"to": {"enabled": not data.get("symmetric", False)}},
        }
        if show_labels:
            item["label"] = data["relation"]
        if not large:
            # Parallel edges between one pair get distinct curves instead of overlapping.
            item["smooth"] = {"enabled": True, "type": "curvedCW" if s < o else "curvedCCW",
                              "roundness": 0.1 + 0.17 * curve}
        edge_items.append(item)
    kinds = Counter(item["kind"] for item in node_items)
    relations = Counter(item["relation"] for item in edge_items)
    polarity_of = {item["relation"]: item["polarity"] for item in edge_items}
    dates = sorted({d for item in edge_items for d in item["dates"]})
    return {
        "level": level,
        "nodes": node_items,
        "edges": edge_items,
        "kinds": [{"name": k, "count": n, "color": KIND_COLORS.get(k, _OTHER)}
                  for k, n in sorted(kinds.items())],
        "relations": [{"name": r, "count": n, "polarity": polarity_of[r]}
                      for r, n in sorted(relations.items(),
                                         key=lambda kv: (list(POLARITY_COLORS).index(
                                             polarity_of[kv[0]])
                                             if polarity_of[kv[0]] in POLARITY_COLORS else 9,
                                             kv[0]))],
        "dates": [dates[0], dates[-1]] if dates else [],
        "maxima": maxima,
        "options": _options(len(node_items), len(edge_items)),
    }


def _panel(data: dict[str, Any], size_by: str) -> str:
    esc = html.escape
    parts = ['<h2>Find an actor</h2>',
             '<input type="search" id="kg-search" list="kg-labels" '
             'placeholder="Name, then Enter" autocomplete="off">',
             '<datalist id="kg-labels">']
    parts += [f'<option value="{esc(n["label"])}">' for n in
              sorted(data["nodes"], key=lambda n: -float(n["m"]["degree"]))[:2000]]
    parts += ['</datalist><div class="kg-note" id="kg-search-note"></div>',
              '<h2>Size by</h2><select id="kg-size">']
    parts += [f'<option value="{m}"{" selected" if m == size_by else ""}>'
              f'{m.replace("_", " ")}</option>' for m in MEASURES]
    parts += ['</select>', '<h2>Kinds</h2>']
    parts += [f'<label><input type="checkbox" checked data-kind="{esc(k["name"])}">'
              f'<i class="kg-dot" style="background:{k["color"]}"></i>{esc(k["name"])} '
              f'<span class="kg-count">({k["count"]})</span></label>' for k in data["kinds"]]
    parts.append('<h2>Relations</h2>')
    parts += [f'<label><input type="checkbox" checked data-relation="{esc(r["name"])}">'
              f'<i class="kg-line" style="background:'
              f'{POLARITY_COLORS.get(r["polarity"], _OTHER)}"></i>{esc(r["name"])} '
              f'<span class="kg-count">({r["count"]})</span></label>'
              for r in data["relations"]]
    parts.append('<div class="kg-note">Line colour: ' + " ".join(
        f'<span style="white-space:nowrap"><i class="kg-line" style="background:{c}"></i>'
        f'{p}</span>' for p, c in POLARITY_COLORS.items()) + '</div>')
    low, high = (data["dates"] + ["", ""])[:2]
    bounds = f' min="{low}" max="{high}"' if low else ""
    parts += ['<h2>Article dates</h2>',
              f'<label for="kg-from">from</label><input type="date" id="kg-from"{bounds}>',
              f'<label for="kg-to">to</label><input type="date" id="kg-to"{bounds}>',
              f'<div class="kg-note">Evidence dated {low or "?"} to {high or "?"}; a range '
              'hides relations with no evidence inside it (and undated ones).</div>',
              '<h2>Reading</h2>',
              '<div class="kg-note">Node size: the chosen centrality (area grows with it). '
              'Hover an edge for its '
              'evidence; double-click an actor for its Wikidata page. The layout is computed '
              'once, then frozen: drag nodes to tidy.</div>']
    return "\n".join(parts)


def page_html(g: nx.MultiDiGraph, *, title: str = "kg", size_by: str = "degree",
              level: str = "actor") -> str:
    """Return the HTML page of a relation graph (see the module docstring).

    Args:
        g: a graph from :func:`kg.analyze.project` or :func:`kg.analyze.to_networkx`.
        title: the page title and heading.
        size_by: the centrality that sizes the nodes at first (one of
            :data:`kg.analyze.MEASURES`).
        level: the level ``g`` was projected at, shown in the status line.

    Raises:
        ValueError: ``size_by`` is not a measure.
        KGError: pyvis (which ships vis-network) is not installed.
    """
    if size_by not in MEASURES:
        raise ValueError(f"unknown measure {size_by!r}; choose one of {', '.join(MEASURES)}")
    script, style = _vis_assets()
    data = _page_data(g, size_by=size_by, level=level)
    blob = (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # Nothing may load from elsewhere: inline scripts, styles and data: images only.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{html.escape(title)}</title>",
        f"<style>{style}</style>", f"<style>{_CSS}</style>", "</head>", "<body>",
        f'<header><h1>{html.escape(title)}</h1><span id="kg-status"></span></header>',
        f"<main><aside>{_panel(data, size_by)}</aside>",
        '<div id="kg-stage"><div id="kg-network"></div>'
        '<div id="kg-progress">Laying out…</div></div></main>',
        f'<script type="application/json" id="kg-data">{blob}</script>',
        f"<script>{script}</script>", f"<script>{_SCRIPT}</script>", "</body>", "</html>", ""])


def write_html(g: nx.MultiDiGraph, path: str | Path, *, title: str = "kg",
               size_by: str = "degree", level: str = "actor") -> Path:
    """Write the page of a relation graph atomically (see :func:`page_html`).

    Raises:
        StoreError: the page cannot be written.
    """
    page = page_html(g, title=title, size_by=size_by, level=level)
    path = write_atomic(path, lambda f: f.write(page.encode("utf-8")))
    log.info("wrote %s (%d nodes, %d edges)", path, g.number_of_nodes(), g.number_of_edges())
    return path


def to_html(graph: Graph, path: str | Path, *, title: str = "kg", level: str = "actor",
            size_by: str = "degree", selection: Selection | None = None,
            max_sentences: int = MAX_SENTENCES) -> Path:
    """Render a kg graph as one interactive HTML page that works offline.

    Args:
        graph: a kg output graph or dataset (e.g. from :func:`kg.store.load_graph`).
        path: where to write the page; its folder is created if needed.
        title: the page title and heading.
        level: ``"actor"`` or ``"state"`` (see :func:`kg.analyze.project`).
        size_by: the centrality that sizes the nodes at first.
        selection: which evidence and relations to draw.
        max_sentences: evidence sentences listed per edge.

    Returns:
        The path written.

    Raises:
        KGError: pyvis is not installed.
        StoreError: the page cannot be written.
    """
    g = project(graph, level=level, selection=selection, max_sentences=max_sentences)
    return write_html(g, path, title=title, size_by=size_by, level=level)
