"""The traversal helpers on the fixture graph, with known answers."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from govkg.graph.traverse import (Neighbor, Step, central_entities, ego_subgraph, find_nodes, neighbors,
                                  paths, region_members)

FIXTURE = Path(__file__).parent / "data" / "nx_fixture.trig"
ID = "https://w3id.org/govkg/id/"
SH_CENTER, ZJ_BUREAU = ID + "agency/上海市大数据中心", ID + "agency/浙江省大数据发展管理局"
PORTAL, SSB, ZLB, ZJ_WEB = (ID + "platform/" + n for n in ("一网通办总门户", "随申办", "浙里办", "浙江政务服务网"))
SHANGHAI, PUDONG, ZHEJIANG, HANGZHOU, CHINA = (ID + "region/" + c for c in ("310000", "310115", "330000", "330100", "100000"))
PUDONG_GOV, HZ_BUREAU, SH_OFFICE = (ID + "agency/" + n for n in ("浦东新区人民政府", "杭州市数据资源管理局", "上海市人民政府办公厅"))


@pytest.fixture(scope="module")
def G(fixture_graph):
    return fixture_graph


@pytest.mark.parametrize("name, expected", [
    ("上海市", [SHANGHAI]),                      # exact wins over the many names containing it
    ("省大数据局", [ZJ_BUREAU]),                  # an exact alias
    ("“浙里办”", [ZLB]),                          # quotes are ignored
    ("浙里办app", [ZLB]),                         # ASCII case is ignored
    ("大数据", [SH_CENTER, ZJ_BUREAU]),            # substring: ambiguous
    (ZJ_WEB, [ZJ_WEB]),                           # an IRI
    ("北京市", []),
    ("  ", []),
])
def test_find_nodes(G, name, expected):
    assert find_nodes(G, name) == expected


def test_neighbors_both_directions(G):
    assert [(n.node, n.relation, n.direction) for n in neighbors(G, SH_CENTER)] == [
        (SH_OFFICE, "supervises", "in"),
        (ZJ_BUREAU, "cooperatesWith", "out"),
        (PORTAL, "operates", "out"),
        (SHANGHAI, "jurisdiction", "out"),
    ]


def test_neighbors_carry_evidence(G):
    [operator] = neighbors(G, PORTAL, relation="operates", direction="in")
    assert operator == Neighbor(SH_CENTER, "operates", "in", [
        "上海市大数据中心负责建设运营“一网通办”总门户。",
        "上海市大数据中心运营的“一网通办”总门户已成为长三角跨省通办的样板。"])


def test_neighbors_filters(G):
    assert [n.node for n in neighbors(G, PORTAL, direction="out")] == [PUDONG_GOV, SHANGHAI]
    assert neighbors(G, PORTAL, relation="supervises") == []
    # symmetric relations match either direction
    assert [n.relation for n in neighbors(G, ZJ_BUREAU, direction="out")] == ["cooperatesWith", "operates", "jurisdiction"]
    with pytest.raises(ValueError):
        neighbors(G, PORTAL, direction="sideways")


def test_paths_are_explained(G):
    found = paths(G, SSB, ZJ_BUREAU)
    assert found == [
        [Step(SSB, "sharesDataWith", ZLB, "in", "“浙里办”与“随申办”实现电子证照数据共享。"),
         Step(ZLB, "operates", ZJ_BUREAU, "in", "其移动端“浙里办”App由省大数据局负责运营，注册用户已突破1亿。")],
        [Step(SSB, "partOf", PORTAL, "out", "“随申办”移动端是“一网通办”总门户的重要组成部分，“一网通办”服务全市市民。"),
         Step(PORTAL, "operates", SH_CENTER, "in", "上海市大数据中心负责建设运营“一网通办”总门户。"),
         Step(SH_CENTER, "cooperatesWith", ZJ_BUREAU, "out", "上海市大数据中心与浙江省大数据局签署数据合作协议。")],
    ]
    assert len(paths(G, SSB, ZJ_BUREAU, max_hops=2)) == 1


def test_paths_through_the_gazetteer_and_out_of_reach(G):
    assert paths(G, PUDONG, HANGZHOU, max_hops=3) == []
    [route] = paths(G, PUDONG, HANGZHOU, max_hops=4)
    assert [(s.relation, s.target, s.direction, s.evidence) for s in route] == [
        ("partOf", SHANGHAI, "out", None), ("partOf", CHINA, "out", None),
        ("partOf", ZHEJIANG, "in", None), ("partOf", HANGZHOU, "in", None)]
    assert paths(G, PUDONG, "ex:nowhere") == []


def test_region_members(G):
    assert region_members(G, SHANGHAI) == sorted([SH_CENTER, PUDONG_GOV, PORTAL, PUDONG])
    assert region_members(G, ZHEJIANG) == sorted([HZ_BUREAU, ZJ_BUREAU, ZJ_WEB, HANGZHOU])
    assert region_members(G, CHINA) == sorted(
        region_members(G, SHANGHAI) + region_members(G, ZHEJIANG) + [SHANGHAI, ZHEJIANG])
    assert region_members(G, "ex:nowhere") == []


def test_central_entities(G):
    top = central_entities(G, k=3)
    assert [(c.node, c.degree) for c in top] == [(PORTAL, 5), (SH_CENTER, 4), (ZJ_BUREAU, 4)]
    assert top[1].betweenness > top[2].betweenness > 0
    assert [c.node for c in central_entities(G, types=("Region",), k=1)] == [SHANGHAI]
    assert len(central_entities(G, types=None, k=100)) == 17


def test_ego_subgraph_is_a_view(G):
    H = ego_subgraph(G, ZLB)
    assert sorted(H) == sorted([ZLB, ZJ_BUREAU, ZJ_WEB, SSB])
    assert H.number_of_edges() == 3
    assert nx.is_frozen(H) and H.nodes[ZLB] is G.nodes[ZLB]
    assert len(ego_subgraph(G, ZLB, radius=2)) == 8
