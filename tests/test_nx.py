"""The networkx projection of tests/data/nx_fixture.trig, asserted exactly."""
from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from govkg.graph.nx import graph_from_records, to_networkx
from govkg.graph.store import open_store

FIXTURE = Path(__file__).parent / "data" / "nx_fixture.trig"
ID = "https://w3id.org/govkg/id/"
DOC_A, DOC_B = ID + "doc/5f1c0a9e3b7d2a41", ID + "doc/8e2d4b6a1c9f0e37"
SH_CENTER, PORTAL = ID + "agency/上海市大数据中心", ID + "platform/一网通办总门户"
SHANGHAI, CHINA, PUDONG = ID + "region/310000", ID + "region/100000", ID + "region/310115"


def load_fixture(store):
    store.import_dataset(FIXTURE)
    return store


@pytest.fixture(scope="module")
def store():
    return load_fixture(open_store("memory:"))


@pytest.fixture(scope="module")
def G(store):
    return to_networkx(store)


def test_counts(G):
    assert isinstance(G, nx.MultiDiGraph)
    assert (G.number_of_nodes(), G.number_of_edges()) == (17, 24)
    assert Counter(d["type"] for _, d in G.nodes(data=True)) == {
        "Agency": 5, "Region": 5, "Platform": 4, "Policy": 1, "Report": 1, "Organization": 1}
    assert Counter(k for *_, k in G.edges(keys=True)) == {
        "partOf": 6, "jurisdiction": 4, "operates": 2, "serves": 2, "supervises": 1, "cooperatesWith": 1,
        "integratesWith": 1, "issuedBy": 1, "designatesAuthority": 1, "sharesDataWith": 1,
        "implements": 1, "publishedBy": 1, "evaluates": 1, "features": 1}


def test_agency_node_merges_aliases_and_documents(G):
    assert G.nodes[SH_CENTER] == {
        "type": "Agency", "name": "上海市大数据中心", "aliases": ["上海大数据中心", "市大数据中心"],
        "region_code": None, "region_level": None, "documents": [DOC_A, DOC_B], "statistics": []}


def test_platform_node_has_statistics_and_launch_date(G):
    node = G.nodes[PORTAL]
    assert node["launchDate"] == "2018-10-17"
    assert node["aliases"] == ["一网通办"]
    assert node["statistics"] == [{
        "metric": "个人实名用户", "value": 29210000.0, "op": ">", "unit": "人", "as_of": "2020-12-31",
        "evidence": "截至2020年底，“一网通办”个人实名用户超过2921万。", "document": DOC_A}]


def test_region_and_policy_nodes(G):
    assert G.nodes[PUDONG] == {
        "type": "Region", "name": "浦东新区", "aliases": [], "region_code": "310115",
        "region_level": "county", "documents": [DOC_A], "statistics": []}
    assert G.nodes[CHINA]["documents"] == [DOC_A, DOC_B]
    assert G.nodes[ID + "policy/浙江省公共数据条例"]["issueDate"] == "2022-01-21"
    assert "launchDate" not in G.nodes[SH_CENTER]


def test_edge_asserted_in_two_documents_is_one_merged_edge(G):
    assert G.number_of_edges(SH_CENTER, PORTAL) == 1
    edge = G.edges[SH_CENTER, PORTAL, "operates"]
    assert edge["relation"] == "operates"
    assert edge["documents"] == [DOC_A, DOC_B]
    assert edge["evidence"] == ["上海市大数据中心负责建设运营“一网通办”总门户。",
                                "上海市大数据中心运营的“一网通办”总门户已成为长三角跨省通办的样板。"]
    assert edge["confidence"] == 0.9
    assert edge["inferred"] is False
    assert [(p["document"], p["sentence"], p["confidence"], p["rule"]) for p in edge["provenance"]] == [
        (DOC_A, DOC_A + "/sentence/0", 0.85, "agency-operates-platform"),
        (DOC_B, DOC_B + "/sentence/5", 0.9, "agency-operates-platform")]


def test_inferred_rated_and_gazetteer_edges(G):
    inferred = G.edges[SH_CENTER, SHANGHAI, "jurisdiction"]
    assert (inferred["inferred"], inferred["confidence"], inferred["documents"]) == (True, 0.6, [DOC_A])
    rated = G.edges[ID + "report/2022年省级政府和重点城市一体化政务服务能力调查评估报告", SHANGHAI, "evaluates"]
    assert rated["rating"] == "非常高"
    gazetteer = G.edges[SHANGHAI, CHINA, "partOf"]
    assert gazetteer == {"relation": "partOf", "evidence": [], "documents": [DOC_A, DOC_B],
                         "confidence": None, "inferred": False, "rating": None, "provenance": []}


def test_documents_graph_attribute(G):
    assert G.graph["documents"] == {
        DOC_A: {"title": "上海“一网通办”改革观察", "path": "articles/shanghai_yiwangtongban.txt", "published": "2021-01-15"},
        DOC_B: {"title": "长三角数字政府建设观察", "path": "articles/changsanjiao.txt", "published": "2023-03-01"}}


def test_removing_a_document_shrinks_the_projection():
    store = load_fixture(open_store("memory:"))
    store.remove_document(DOC_B)
    G = to_networkx(store)
    assert (G.number_of_nodes(), G.number_of_edges()) == (9, 10)
    assert G.edges[SH_CENTER, PORTAL, "operates"]["documents"] == [DOC_A]
    assert G.nodes[SH_CENTER]["aliases"] == ["上海大数据中心"]


def test_empty_store_gives_empty_graph():
    G = to_networkx(open_store("memory:"))
    assert (G.number_of_nodes(), G.number_of_edges(), G.graph["documents"]) == (0, 0, {})


# -- the pure function ------------------------------------------------------------

NODES = [{"iri": "ex:a", "type": "Agency", "name": "甲局", "documents": ["ex:d2"]},
         {"iri": "ex:a", "aliases": ["甲"], "documents": ["ex:d1"]},
         {"iri": "ex:p", "type": "Platform", "name": "乙平台"}]


def _assertion(doc, inferred, confidence=0.7):
    return {"source": "ex:a", "relation": "operates", "target": "ex:p", "document": doc,
            "evidence": f"{doc}的句子。", "confidence": confidence, "inferred": inferred, "assertion": True}


def test_inferred_only_when_every_assertion_is():
    mixed = graph_from_records(NODES, [_assertion("ex:d1", True), _assertion("ex:d2", False)])
    assert mixed.edges["ex:a", "ex:p", "operates"]["inferred"] is False
    both = graph_from_records(NODES, [_assertion("ex:d1", True, 0.5), _assertion("ex:d2", True, 0.6)])
    assert both.edges["ex:a", "ex:p", "operates"]["inferred"] is True
    assert both.edges["ex:a", "ex:p", "operates"]["confidence"] == 0.6


def test_record_order_does_not_matter():
    edges = [_assertion("ex:d1", False), _assertion("ex:d2", False),
             {"source": "ex:p", "relation": "serves", "target": "https://w3id.org/govkg/id/region/310000"}]
    first = graph_from_records(NODES, edges)
    shuffled_nodes, shuffled_edges = NODES[:], edges[:]
    random.Random(4).shuffle(shuffled_nodes)
    random.Random(4).shuffle(shuffled_edges)
    second = graph_from_records(shuffled_nodes, shuffled_edges)
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))
    assert first.nodes["ex:a"]["documents"] == ["ex:d1", "ex:d2"]


def test_edge_end_without_record_is_described_from_its_iri():
    G = graph_from_records([], [{"source": "ex:p", "relation": "serves", "target": SHANGHAI}])
    assert G.nodes[SHANGHAI]["type"] == "Region"
    assert G.nodes[SHANGHAI]["region_code"] == "310000"
    assert G.nodes["ex:p"]["type"] is None
