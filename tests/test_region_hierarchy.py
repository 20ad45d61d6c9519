"""Every region node gets its parents from GB/T 2260, so gk:partOf* reaches a province from its cities."""
from __future__ import annotations

from pathlib import Path

import pytest

from govkg import build as b
from govkg.graph.store import open_store
from govkg.queries.runner import load_queries, run_query

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def store(extractor):
    s = open_store("memory:")
    report = b.build([DATA / "heldout" / "h02_shenzhen_notice.txt", DATA / "articles"], s, extractor)
    assert report.ok
    return s


def rows(store, name, **params):
    result = run_query(store, load_queries()[name], params)
    return [dict(zip(result.columns, r)) for r in result.rows]


def test_every_region_but_china_has_a_parent_region(store):
    orphans = store.select("""
        SELECT ?r ?code WHERE { ?r a gk:Region ; gk:regionCode ?code .
          FILTER (?code != "100000")
          FILTER NOT EXISTS { ?r gk:partOf ?parent . ?parent a gk:Region ; gk:regionCode ?pc ; gk:name ?pn } }""")
    assert orphans == []
    assert len(store.select("SELECT ?r WHERE { ?r a gk:Region }")) > 20


def test_region_hierarchy_shows_parents(store):
    found = {(r["region_name"], r["parent_name"]) for r in rows(store, "region-hierarchy")}
    assert ("深圳市", "广东省") in found and ("广东省", "中国") in found
    within = {r["region_name"] for r in rows(store, "region-hierarchy", region="广东省")}
    assert {"广东省", "深圳市"} <= within and "江苏省" not in within


def test_a_platform_serving_a_city_serves_its_province(store):
    found = {(r["platform_name"], r["served_region"], r["via"])
             for r in rows(store, "platforms-serving-region", region="广东省")}
    assert ("i深圳", "深圳市", "sub-region") in found
    assert ("粤省事", "广东省", "direct") in found
