"""A self-contained HTML view of the networkx projection.

:func:`write_view` writes ONE file that opens offline in any browser: the
bundled cytoscape.js (MIT, ``static/cytoscape.min.js``, licence in
``static/cytoscape.LICENSE``), the page script and style, and the graph as
JSON, all inline. The page draws only part of the graph at a time, so it
stays readable at thousands of nodes: it opens on the most connected
entities the filters let through (:data:`OVERVIEW_SIZE`), a search adds the
match and zooms to it, and clicking a node adds its neighbours. Filters by
type, relation, province and document combine (AND). Nodes are coloured by
entity type; clicking a node or an edge shows its properties and source
sentences in a side panel. The same graph always gives the same bytes. The
page exposes ``window.govkgView`` (counts, ``select(id)``, ``search(text)``,
``expand(id)``, ``setFilter(...)``) for tests.

>>> G = nx.MultiDiGraph()
>>> _ = G.add_edge("ex:局", "ex:平台", key="operates", evidence=["</script>局运营平台。"])
>>> page = render_view(G, title="示例")
>>> page.count("</script>") == 3 and "<title>示例</title>" in page
True
"""
from __future__ import annotations

import html
import json
import re
from functools import cache
from importlib.resources import files
from pathlib import Path

import networkx as nx

from ..fileout import atomic_path
from ..loaders.resources import read_tsv
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

#: How many entities the page opens on (the most connected under the filters).
OVERVIEW_SIZE = 40
#: Relations through which an entity lies in a region (agency → region, platform → region).
REGION_RELATIONS = ("jurisdiction", "serves")
#: Relations through which an entity without a region of its own takes its target's province
#: (a sub-agency or app its parent's, a policy or report its issuer's) ...
PROVINCE_FROM = ("partOf", "issuedBy", "publishedBy")
#: ... or its source's (a platform its operator's).
PROVINCE_FROM_SOURCE = ("operates",)

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
    """What the page needs: elements, per-node degree and provinces, filter choices, documents."""
    provinces = node_provinces(G)
    names = province_names(G)
    nodes = [{"data": {"id": n, "label": d.get("name") or n, "type": d.get("type") or "?",
                       "color": TYPE_COLORS.get(d.get("type"), OTHER_COLOR), "degree": G.degree(n),
                       "provinces": provinces[n], "props": _jsonable(d)}}
             for n, d in G.nodes(data=True)]
    edges = [{"data": {"id": f"e{i}", "source": u, "target": v, "relation": k,
                       "symmetric": k in SYMMETRIC_RELATIONS, "inferred": bool(d.get("inferred")),
                       "props": _jsonable(dict(d, relation=k))}}
             for i, (u, v, k, d) in enumerate(G.edges(keys=True, data=True))]
    documents = _jsonable(G.graph.get("documents") or {})
    return {
        "elements": {"nodes": nodes, "edges": edges},
        "overview": OVERVIEW_SIZE,
        "types": [{"name": t, "count": c, "color": TYPE_COLORS.get(t, OTHER_COLOR)}
                  for t, c in _counts((n["data"]["type"] for n in nodes), order=ENTITY_TYPES)],
        "relations": [{"name": r, "count": c} for r, c in _counts(k for *_, k in G.edges(keys=True))],
        "provinces": [{"code": p, "name": names.get(p, p), "count": c}
                      for p, c in _counts(p for n in nodes for p in n["data"]["provinces"])],
        "documents": documents,
        "documentCounts": dict(_counts(doc for _, d in G.nodes(data=True) for doc in d.get("documents") or ())),
    }


def province_code(region_code) -> str | None:
    """The province-level GB/T 2260 code a region code lies in (None for the country or junk).

    >>> province_code("330106"), province_code("310000"), province_code("100000"), province_code("x")
    ('330000', '310000', None, None)
    """
    code = str(region_code or "")
    if len(code) < 6 or not code[:6].isdigit() or not 11 <= int(code[:2]) <= 82:
        return None
    return code[:2] + "0000"


def node_provinces(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Province codes per node: a region's own, else those of the regions an entity governs or
    serves (:data:`REGION_RELATIONS`), else those of what it is part of or issued by
    (:data:`PROVINCE_FROM`) or operated by (:data:`PROVINCE_FROM_SOURCE`), followed until
    nothing changes.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("r", type="Region", region_code="330106")
    >>> _ = G.add_edge("a", "r", key="jurisdiction"); _ = G.add_edge("p", "a", key="issuedBy")
    >>> node_provinces(G)
    {'r': ['330000'], 'a': ['330000'], 'p': ['330000']}
    """
    found: dict[str, set] = {n: set() for n in G}
    for n, d in G.nodes(data=True):
        if province_code(d.get("region_code")):
            found[n].add(province_code(d.get("region_code")))
    for u, v, k in G.edges(keys=True):
        if k in REGION_RELATIONS and G.nodes[v].get("region_code"):
            found[u].update({province_code(G.nodes[v]["region_code"])} - {None})
    inherits = [(u, v) for u, v, k in G.edges(keys=True) if k in PROVINCE_FROM]
    inherits += [(v, u) for u, v, k in G.edges(keys=True) if k in PROVINCE_FROM_SOURCE]
    changed = True
    while changed:    # each node takes provinces at most once, so this ends
        changed = False
        for heir, origin in inherits:
            if not found[heir] and found[origin]:
                found[heir] = set(found[origin])
                changed = True
    return {n: sorted(p) for n, p in found.items()}


def province_names(G: nx.MultiDiGraph) -> dict[str, str]:
    """Province code → name: the graph's own region node, else the packaged province list."""
    names = {row["code"]: row["name"] for row in read_tsv("provinces.tsv")}
    for _, d in G.nodes(data=True):
        code = str(d.get("region_code") or "")
        if d.get("name") and province_code(code) == code:
            names[code] = d["name"]
    return names


def _counts(values, order=()) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    rank = {name: i for i, name in enumerate(order)}
    return sorted(counts.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))


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
