"""Each export read back with networkx's readers (or csv): same nodes, same edges."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from govkg.graph.export import EXPORTERS, write_csv, write_gexf, write_graphml, write_node_link_json

FIXTURE = Path(__file__).parent / "data" / "nx_fixture.trig"
ID = "https://w3id.org/govkg/id/"
SH_CENTER, PORTAL = ID + "agency/上海市大数据中心", ID + "platform/一网通办总门户"


@pytest.fixture(scope="module")
def G(fixture_graph):
    return fixture_graph


def edge_set(H, relation_of=lambda u, v, k, d: k):
    return {(u, v, relation_of(u, v, k, d)) for u, v, k, d in H.edges(keys=True, data=True)}


def test_exporters_registry():
    assert EXPORTERS == {"graphml": write_graphml, "gexf": write_gexf, "json": write_node_link_json, "csv": write_csv}


def test_graphml_round_trip(G, tmp_path):
    out = write_graphml(G, tmp_path / "g.graphml")
    assert "上海市大数据中心" in out.read_text(encoding="utf-8")  # UTF-8, not character references
    H = nx.read_graphml(out, force_multigraph=True)
    assert set(H) == set(G)
    assert edge_set(H, lambda u, v, k, d: d["relation"]) == edge_set(G)
    assert len({k for _, _, k in H.edges(keys=True)}) == H.number_of_edges() == G.number_of_edges()
    assert json.loads(H.nodes[SH_CENTER]["aliases"]) == ["上海大数据中心", "市大数据中心"]
    assert "region_code" not in H.nodes[SH_CENTER]  # None is left out
    [edge] = [d for _, v, d in H.out_edges(SH_CENTER, data=True) if v == PORTAL and d["relation"] == "operates"]
    assert json.loads(edge["documents"]) == G.edges[SH_CENTER, PORTAL, "operates"]["documents"]
    assert (edge["confidence"], edge["inferred"]) == (0.9, False)
    assert json.loads(H.graph["documents"]) == G.graph["documents"]


def test_gexf_round_trip(G, tmp_path):
    out = write_gexf(G, tmp_path / "g.gexf")
    H = nx.read_gexf(out)
    assert set(H) == set(G)
    assert {(u, v, d["relation"]) for u, v, d in H.edges(data=True)} == edge_set(G)
    assert H.nodes[PORTAL]["label"] == "一网通办总门户"
    assert json.loads(H.nodes[PORTAL]["statistics"])[0]["metric"] == "个人实名用户"
    assert "label" not in G.nodes[PORTAL]  # the export did not touch G


def test_node_link_json_round_trip(G, tmp_path):
    out = write_node_link_json(G, tmp_path / "g.json")
    H = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    assert nx.utils.graphs_equal(H, G)
    assert H.edges[SH_CENTER, PORTAL, "operates"] == G.edges[SH_CENTER, PORTAL, "operates"]


def test_csv_round_trip(G, tmp_path):
    folder = write_csv(G, tmp_path / "csv")
    with (folder / "nodes.csv").open(encoding="utf-8", newline="") as fh:
        nodes = {row["id"]: row for row in csv.DictReader(fh)}
    with (folder / "edges.csv").open(encoding="utf-8", newline="") as fh:
        edges = {(r["source"], r["target"], r["relation"]): r for r in csv.DictReader(fh)}
    assert set(nodes) == set(G)
    assert set(edges) == edge_set(G)
    assert json.loads(nodes[SH_CENTER]["aliases"]) == ["上海大数据中心", "市大数据中心"]
    assert nodes[ID + "region/310115"]["region_code"] == "310115"
    assert nodes[PORTAL]["launchDate"] == "2018-10-17"
    merged = edges[SH_CENTER, PORTAL, "operates"]
    assert (merged["confidence"], merged["inferred"]) == ("0.9", "false")
    assert len(json.loads(merged["evidence"])) == 2
    assert edges[ID + "region/310000", ID + "region/100000", "partOf"]["confidence"] == ""


def test_parallel_relations_survive(tmp_path):
    G = nx.MultiDiGraph()
    G.add_edge("ex:a", "ex:b", key="operates", relation="operates", evidence=["甲运营乙。"])
    G.add_edge("ex:a", "ex:b", key="supervises", relation="supervises", evidence=[])
    H = nx.read_graphml(write_graphml(G, tmp_path / "p.graphml"), force_multigraph=True)
    assert edge_set(H, lambda u, v, k, d: d["relation"]) == edge_set(G)
    H = nx.read_gexf(write_gexf(G, tmp_path / "p.gexf"))
    assert {(u, v, k) for u, v, k in H.edges(keys=True)} == edge_set(G)
    H = nx.node_link_graph(json.loads(write_node_link_json(G, tmp_path / "p.json").read_text("utf-8")), edges="edges")
    assert edge_set(H) == edge_set(G)


def test_exports_are_deterministic(G, tmp_path):
    for name, export in EXPORTERS.items():
        if name == "csv":
            a, b = export(G, tmp_path / "a"), export(G, tmp_path / "b")
            assert (a / "edges.csv").read_bytes() == (b / "edges.csv").read_bytes()
        else:
            assert export(G, tmp_path / f"a.{name}").read_bytes() == export(G, tmp_path / f"b.{name}").read_bytes()
