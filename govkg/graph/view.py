"""A self-contained HTML view of the networkx projection.

:func:`write_view` writes ONE file that opens offline in any browser: the
bundled cytoscape.js (MIT, ``static/cytoscape.min.js``, licence in
``static/cytoscape.LICENSE``), the page script and style, and the graph as
JSON, all inline. Nodes are coloured by entity type; a search box finds
names and aliases; checkboxes filter by type and relation; clicking a node
or an edge shows its properties and source sentences in a side panel.
The same graph always gives the same bytes. The page exposes
``window.govkgView`` (counts, ``select(id)``, ``search(text)``) for tests.

>>> G = nx.MultiDiGraph()
>>> _ = G.add_edge("ex:局", "ex:平台", key="operates", evidence=["</script>局运营平台。"])
>>> page = render_view(G, title="示例")
>>> page.count("</script>") == 3 and "<title>示例</title>" in page
True
"""
from __future__ import annotations

import html
import json
import math
import re
from functools import cache
from importlib.resources import files
from pathlib import Path

import networkx as nx

from ..fileout import atomic_path
from ..types import ENTITY_TYPES, SYMMETRIC_RELATIONS

#: Node colour by entity type (unknown types are grey).
TYPE_COLORS = {
    "Agency": "#1c71d8",
    "Organization": "#9141ac",
    "Region": "#2ec27e",
    "Platform": "#ff7800",
    "Policy": "#e01b24",
    "Report": "#865e3c",
}
OTHER_COLOR = "#77767b"

STATIC = files("govkg.graph") / "static"
LIBRARY = "cytoscape.min.js"


@cache
def _static(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def write_view(G: nx.MultiDiGraph, path, title: str = "govkg 知识图谱") -> Path:
    """Write the HTML view of ``G`` to ``path``; returns the path."""
    out = Path(path)
    page = render_view(G, title=title)
    with atomic_path(out) as tmp:       # whole or not at all (a full disk leaves the old page)
        tmp.write_text(page, encoding="utf-8")
    return out


def render_view(G: nx.MultiDiGraph, title: str = "govkg 知识图谱") -> str:
    """The HTML text of the view (see :func:`write_view`)."""
    library = _static(LIBRARY)
    if "</script" in library.lower():  # would end the inline <script> early
        raise ValueError(f"{LIBRARY} contains '</script' and cannot be inlined")
    parts = {
        "title": html.escape(title),
        "style": _static("view.css"),
        "library": library,
        "script": _static("view.js"),
        "data": script_json(view_data(G)),
    }
    # one pass, so text inserted for one marker is never scanned for another
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _static("view.html"))


def script_json(value) -> str:
    """JSON safe inside ``<script type="application/json">``: ``<``, ``>``, ``&`` escaped.

    >>> script_json({"s": "</script><!--"})
    '{"s": "\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def view_data(G: nx.MultiDiGraph) -> dict:
    """What the page needs: cytoscape elements, type and relation counts, documents."""
    positions = _initial_positions(G)
    nodes = [{"data": {"id": n, "label": d.get("name") or n, "type": d.get("type") or "?",
                       "color": TYPE_COLORS.get(d.get("type"), OTHER_COLOR), "props": _jsonable(d)},
              "position": positions[n]} for n, d in G.nodes(data=True)]
    edges = [{"data": {"id": f"e{i}", "source": u, "target": v, "relation": k,
                       "symmetric": k in SYMMETRIC_RELATIONS, "inferred": bool(d.get("inferred")),
                       "props": _jsonable(dict(d, relation=k))}}
             for i, (u, v, k, d) in enumerate(G.edges(keys=True, data=True))]
    return {
        "elements": {"nodes": nodes, "edges": edges},
        "types": [{"name": t, "count": c, "color": TYPE_COLORS.get(t, OTHER_COLOR)}
                  for t, c in _counts((n["data"]["type"] for n in nodes), order=ENTITY_TYPES)],
        "relations": [{"name": r, "count": c} for r, c in _counts(k for *_, k in G.edges(keys=True))],
        "documents": _jsonable(G.graph.get("documents") or {}),
    }


def _counts(values, order=()) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    rank = {name: i for i, name in enumerate(order)}
    return sorted(counts.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))


def _initial_positions(G: nx.MultiDiGraph) -> dict:
    """Nodes on a circle grouped by type: a deterministic start for the page's layout."""
    rank = {t: i for i, t in enumerate(ENTITY_TYPES)}
    order = sorted(G.nodes, key=lambda n: (rank.get(G.nodes[n].get("type"), len(rank)), str(n)))
    radius = max(150.0, 14.0 * len(order))
    step = 2 * math.pi / max(len(order), 1)
    return {n: {"x": round(radius * math.cos(i * step), 2), "y": round(radius * math.sin(i * step), 2)}
            for i, n in enumerate(order)}


def _jsonable(value):
    """Attributes as plain JSON values (tuples → lists, other objects → str)."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        value = sorted(value, key=str)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
