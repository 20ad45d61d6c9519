"""Write the networkx projection in formats other tools read.

GraphML and GEXF hold only scalar attributes, so every list- or dict-valued
attribute (aliases, documents, evidence, statistics, provenance, the graph's
``documents``) is written as **JSON text** (``json.dumps(...,
ensure_ascii=False)``: ``["上海大数据中心", "市大数据中心"]``) and ``None``
values are left out. Read them back with ``json.loads``. The node-link JSON
keeps lists as lists. The CSV files hold strings as they are and every other
value as JSON (``true``, ``0.85``, ``[...]``); an empty cell is None.
Every file is UTF-8 (no BOM), Chinese written as it is. XML cannot hold
most control characters (``\x0b``, ``\x1f``) or U+FFFE/U+FFFF whatever the
escaping, so GraphML and GEXF write each of them as U+FFFD; the other
formats keep them. Each file is replaced whole or not at all (a full disk
leaves the old file): see :mod:`govkg.fileout`.

>>> import tempfile, pathlib
>>> G = nx.MultiDiGraph()
>>> _ = G.add_edge("ex:局", "ex:平台", key="operates", evidence=["局运营平台。"])
>>> out = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
>>> _ = write_graphml(G, out)
>>> H = nx.read_graphml(out, force_multigraph=True)
>>> [(k, d["relation"], json.loads(d["evidence"])) for _, _, k, d in H.edges(keys=True, data=True)]
[('e0', 'operates', ['局运营平台。'])]
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
from lxml import etree

from ..fileout import OutputError, atomic_path
from ..types import DATE_PROPERTIES
from .nx import NODE_ATTRS


#: What XML 1.0 cannot hold in any form: C0 controls but tab and line ends,
#: surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value):
    """``value`` with what XML cannot hold replaced by U+FFFD (other values as they are).

    >>> xml_safe("政务\x0b服务")
    '政务\ufffd服务'
    """
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def _scalar(value):
    """A value GraphML/GEXF can hold: str, int, float, bool; containers → JSON."""
    if isinstance(value, (list, tuple, dict)):
        value = json.dumps(value, ensure_ascii=False)
    return xml_safe(value)


def _flat(attrs: dict) -> dict:
    return {xml_safe(k): _scalar(v) for k, v in attrs.items() if v is not None}


def flat_copy(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with scalar, XML-safe attributes only (the one copy exporting needs)."""
    H = nx.MultiDiGraph()
    H.graph.update(_flat(G.graph))
    H.add_nodes_from((xml_safe(n), _flat(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((xml_safe(u), xml_safe(v), xml_safe(k), _flat(d)) for u, v, k, d in G.edges(keys=True, data=True))
    return H


def write_graphml(G: nx.MultiDiGraph, path) -> Path:
    """GraphML (Gephi, yEd, Cytoscape desktop, igraph).

    Every edge has its own id (``e0``, ``e1``, …) and its relation both as the
    ``relation`` data and as the edge's ``label`` attribute, which Gephi takes
    as the edge type: so two relations between the same pair of nodes stay two
    edges. Booleans are written ``true``/``false``, as GraphML says.
    """
    H = flat_copy(G)
    F = nx.MultiDiGraph()
    F.graph.update(H.graph)
    F.add_nodes_from(H.nodes(data=True))
    for i, (u, v, k, d) in enumerate(H.edges(keys=True, data=True)):
        F.add_edge(u, v, key=f"e{i}", **{"relation": k, **d})
    root = etree.fromstring("\n".join(nx.generate_graphml(F)).encode("utf-8"))
    ns = {"g": root.nsmap[None]}
    booleans = {k.get("id") for k in root.iterfind("g:key", ns) if k.get("attr.type") == "boolean"}
    for data in root.iter(f"{{{ns['g']}}}data"):
        if data.get("key") in booleans and data.text:
            data.text = data.text.strip().lower()
    for edge in root.iter(f"{{{ns['g']}}}edge"):
        edge.set("label", _relation_of(F, edge))
    out = Path(path)
    with atomic_path(out) as tmp:     # a full disk leaves the old file, not half a new one
        Path(tmp).write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))
    return out


def _relation_of(F: nx.MultiDiGraph, edge) -> str:
    return F.edges[edge.get("source"), edge.get("target"), edge.get("id")]["relation"]


def write_gexf(G: nx.MultiDiGraph, path) -> Path:
    """GEXF 1.2 (Gephi); node labels are entity names, edge labels relation names.

    Each edge also has its relation as ``kind``, which Gephi takes as the edge
    type: two relations between the same pair of nodes stay two edges.
    """
    H = flat_copy(G)
    for _, d in H.nodes(data=True):
        if "name" in d:
            d["label"] = d["name"]
    for _, _, k, d in H.edges(keys=True, data=True):
        d["label"] = k
    root = etree.fromstring("\n".join(nx.generate_gexf(H)).encode("utf-8"))
    for edge in root.iter("{*}edge"):
        edge.set("kind", edge.get("label"))
    out = Path(path)
    with atomic_path(out) as tmp:
        Path(tmp).write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))
    return out


def write_node_link_json(G: nx.MultiDiGraph, path) -> Path:
    """Node-link JSON (d3, ``nx.node_link_graph(data, edges="edges")``); lists stay lists."""
    data = nx.node_link_data(G, edges="edges")
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    out = Path(path)
    with atomic_path(out) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return out


def _cell(value) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _columns(first: tuple, rows) -> list[str]:
    seen = {k for d in rows for k in d}
    return [c for c in first if c in seen] + sorted(seen - set(first))


def write_csv(G: nx.MultiDiGraph, folder) -> Path:
    """``nodes.csv`` (id, attributes) and ``edges.csv`` (source, target, relation, attributes)."""
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(out, err) from None
    node_data = [d for _, d in G.nodes(data=True)]
    node_cols = _columns(NODE_ATTRS + DATE_PROPERTIES, node_data)
    _write_rows(out / "nodes.csv", ["id", *node_cols],
                ([n, *(_cell(d.get(c)) for c in node_cols)] for n, d in G.nodes(data=True)))
    edge_data = [d for *_, d in G.edges(keys=True, data=True)]
    edge_cols = [c for c in _columns(("relation",), edge_data) if c != "relation"]
    _write_rows(out / "edges.csv", ["source", "target", "relation", *edge_cols],
                ([u, v, k, *(_cell(d.get(c)) for c in edge_cols)] for u, v, k, d in G.edges(keys=True, data=True)))
    return out


def _write_rows(path: Path, header: list[str], rows) -> None:
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


#: Export formats by name (the CLI's ``export-graph --format``).
EXPORTERS = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_node_link_json,
    "csv": write_csv,
}
