"""The listings' provenance rule in Cypher: a fact's rows are its stated relationships (those carrying
an assertion's properties, not only ``document``); a fact with none stated gives one row without a
sentence or document. The projection has one relationship per document, so a fact can have both kinds.

The saved queries apply the rule row by row (a relationship without provenance is kept only when
no stated one of its type joins the same two nodes the same way), so that a listing's first rows
come without reading every relationship first; this checks the rule on a graph written here, a
fact of each kind for every relationship type each listing reads.

Named to run after test_cypher_twins (modules run in name order): run before it, this module's
small graph left index statistics that made the twins' plans, which must start from a name's
index, choose a scan now and then.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from govkg.graph.neo4j import cypher_parameters, run_cypher
from govkg.queries.runner import load_queries

QUERIES = Path(__file__).parent.parent / "govkg" / "queries"
DOCUMENT = "https://w3id.org/govkg/id/doc/provenance-test"
TITLE = "溯源测试文档"

#: (query, relationship type, label of its start node, label of its end node): each type a query reads
CASES = [
    ("agency-cooperation", "COOPERATES_WITH", "Agency", "Agency"),
    ("agency-coordinates-platform", "COORDINATES", "Agency", "Platform"),
    ("agency-coordinates-platform", "OPERATES", "Agency", "Platform"),
    ("agency-supervision", "SUPERVISES", "Agency", "Agency"),
    ("agency-supervision", "PART_OF", "Agency", "Agency"),
    ("platform-components", "PART_OF", "Platform", "Platform"),
    ("platforms-integrated-with-agency", "INTEGRATES_WITH", "Platform", "Agency"),
    ("platforms-integrated-with-agency", "SHARES_DATA_WITH", "Platform", "Agency"),
    ("report-features", "FEATURES", "Report", "Platform"),
    ("report-features", "EVALUATES", "Report", "Agency"),
    ("jurisdiction", "JURISDICTION", "Agency", "Region"),
    ("platforms-serving-region", "SERVES", "Platform", "Region"),
    ("policies-issued", "ISSUED_BY", "Policy", "Agency"),
    ("policies-issued", "IMPLEMENTS", "Agency", "Policy"),
]
#: Two kinds of fact between the same two nodes, the one stated, the other not: each keeps its own rows.
MIXED = ("agency-coordinates-platform", "COORDINATES", "OPERATES")


def _node(driver, label: str, name: str, code: int) -> None:
    region = {"regionCode": f"{code:06d}", "regionLevel": "province"} if label == "Region" else {}
    driver.execute_query(f"CREATE (n:Entity:{label}) SET n = $props",
                         props={"iri": f"https://w3id.org/govkg/id/test/{name}", "name": name, "type": label,
                                "aliases": [], **region})


def _relationship(driver, kind: str, start: str, end: str, stated: bool) -> None:
    props = {"document": DOCUMENT}
    if stated:
        props |= {"evidence": f"{start}与{end}的句子。", "start": 0, "end": 9, "confidence": 0.9,
                  "rule": "test", "inferred": False}
    driver.execute_query(f"MATCH (a:Entity {{name: $start}}), (b:Entity {{name: $end}}) "
                         f"CREATE (a)-[r:{kind}]->(b) SET r = $props", start=start, end=end, props=props)


@pytest.fixture(scope="module")
def graph(neo4j_driver):
    from .neo4j_support import clear

    clear(neo4j_driver)
    neo4j_driver.execute_query("CREATE (:Document {iri: $iri, title: $title})", iri=DOCUMENT, title=TITLE)
    names = {}
    for i, (query, kind, head, tail) in enumerate(CASES):
        a, b, c, d = (f"{query}-{kind}-{x}" for x in "甲乙丙丁")
        for j, (name, label) in enumerate(((a, head), (b, tail), (c, head), (d, tail))):
            _node(neo4j_driver, label, name, 110000 + 10 * i + j)
        _relationship(neo4j_driver, kind, a, b, stated=True)
        _relationship(neo4j_driver, kind, a, b, stated=False)     # the same fact, from a document without provenance
        _relationship(neo4j_driver, kind, c, d, stated=False)     # a fact no document states with provenance
        names[query, kind] = (a, c)
    query, stated_kind, other_kind = MIXED
    a, b = (f"{query}-混合-{x}" for x in "甲乙")
    _node(neo4j_driver, "Agency", a, 119998)
    _node(neo4j_driver, "Platform", b, 119999)
    _relationship(neo4j_driver, stated_kind, a, b, stated=True)
    _relationship(neo4j_driver, other_kind, a, b, stated=False)
    names["mixed"] = (a, b)
    yield neo4j_driver, names
    clear(neo4j_driver)


def _rows(driver, query: str):
    text = (QUERIES / f"{query}.cypher").read_text(encoding="utf-8")
    return run_cypher(driver, text, cypher_parameters(load_queries()[query], {}))


@pytest.mark.neo4j
@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case[0]}-{case[1]}")
def test_a_fact_gives_its_stated_rows_or_one_row_without_provenance(graph, case):
    driver, names = graph
    query, kind, _, _ = case
    stated, unstated = names[query, kind]
    columns, rows = _rows(driver, query)
    document = columns.index("document")
    with_stated = [r for r in rows if stated in r]
    without = [r for r in rows if unstated in r]
    # the fact stated once with provenance: that row only, none for its relationship without
    assert with_stated and all(r[document] == TITLE for r in with_stated), rows
    assert without and all(r[document] is None for r in without), rows
    if "sentence" in columns:
        assert {r[columns.index("sentence")] for r in with_stated} == {f"{stated}与{stated[:-1]}乙的句子。"}
        assert {r[columns.index("sentence")] for r in without} == {None}


@pytest.mark.neo4j
def test_another_kind_of_fact_between_the_same_nodes_keeps_its_row_without_provenance(graph):
    driver, names = graph
    query, stated_kind, other_kind = MIXED
    head, _ = names["mixed"]
    columns, rows = _rows(driver, query)
    relation, document = columns.index("relation"), columns.index("document")
    mine = {(r[relation], r[document]) for r in rows if head in r}
    assert mine == {(stated_kind.lower(), TITLE), (other_kind.lower(), None)}, rows
