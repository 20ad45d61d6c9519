"""The GraphML and GEXF exports open in Gephi whole: every node and every edge, parallel ones too.

The Gephi toolkit (Gephi's own importers, from Maven Central) reads both
files; each edge must arrive, with its relation as the edge label, and the
import must report no issue.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from govkg import build as b
from govkg.graph.export import write_gexf, write_graphml
from govkg.graph.nx import to_networkx
from govkg.graph.store import open_store

from .jvm_support import run_java

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def graph(extractor):
    store = open_store("memory:")
    assert b.build([DATA / "articles", DATA / "heldout"], store, extractor).ok
    return to_networkx(store)


def gephi(*files) -> dict[str, dict]:
    out = run_java("gephi", "GephiImport.java", *map(str, files)).stdout
    found, current = {}, None
    for line in out.splitlines():
        cols = line.split("\t")
        if cols[0] in map(str, files):
            current = found[cols[0]] = {"nodes": int(cols[1]), "edges": int(cols[2]), "list": [], "issues": []}
        elif cols[0] == "edge":
            current["list"].append(tuple(cols[1:4]))
        elif cols[0] == "issue":
            current["issues"].append(tuple(cols[1:]))
    return found


def test_gephi_imports_every_node_and_edge(graph, tmp_path):
    pairs = Counter((u, v) for u, v in graph.edges())
    assert max(pairs.values()) > 1                 # the data has parallel edges (two relations, one pair)
    graphml, gexf = write_graphml(graph, tmp_path / "g.graphml"), write_gexf(graph, tmp_path / "g.gexf")
    expected = sorted((u, v, k) for u, v, k in graph.edges(keys=True))
    for path, result in gephi(graphml, gexf).items():
        assert result["issues"] == [], path
        assert (result["nodes"], result["edges"]) == (graph.number_of_nodes(), graph.number_of_edges()), path
        assert sorted(result["list"]) == expected, path


def test_graphml_edge_ids_are_unique_and_booleans_lower_case(graph, tmp_path):
    text = write_graphml(graph, tmp_path / "g.graphml").read_text(encoding="utf-8")
    ids = re.findall(r'<edge [^>]*\bid="([^"]*)"', text)
    assert len(ids) == len(set(ids)) == graph.number_of_edges()
    key = re.search(r'<key id="(\w+)" for="edge" attr.name="inferred" attr.type="boolean"', text).group(1)
    assert set(re.findall(rf'<data key="{key}">([^<]*)</data>', text)) <= {"true", "false"}
    gexf = write_gexf(graph, tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert set(re.findall(r'<attvalue for="\d+" value="(True|False)"', gexf)) == set()
