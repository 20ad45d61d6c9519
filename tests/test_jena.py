"""The saved queries are portable SPARQL: Apache Jena ARQ runs each over the TriG export and agrees with govkg.

Jena reads the exported TriG (one named graph per document) with the union of
the documents as its default graph, as govkg's store has; every saved query,
with no parameters and with an example value for each, must give the same
rows. Jena knows none of govkg's prefixes, so each query must declare its own.
"""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql import prepareQuery

from govkg import build as b
from govkg.graph.store import open_store, to_python
from govkg.graph.sparql_text import with_values
from govkg.queries.resolve import resolve_resources
from govkg.queries.runner import bind_params, load_queries, run_query

from .jvm_support import run_java

DATA = Path(__file__).parent / "data"
SAMPLE = Path(__file__).parent.parent / "govkg" / "samples" / "sample_article.txt"

#: A value for each parameter name the saved queries use (most match something in the test data).
EXAMPLES = {
    "agency": "上海市大数据中心", "region": "广东省", "platform": "粤省事", "name": "粤省事",
    "entity": "粤省事", "metric": "用户", "relation": "operates", "predicate": "operates",
    "property": "launchDate", "since": "2018-01-01", "until": "2030-12-31", "inferred": "false",
    "max_confidence": "0.8", "subject": "粤省事", "object": "广东省", "other": "广东省",
    "partner": "粤省事", "policy": "深圳市公共数据共享管理办法", "report": "报告",
    "document": "粤闽两地深化数字政府改革 “指尖办事”成为新常态",
}


def test_every_saved_query_declares_its_prefixes():
    for name, query in load_queries().items():
        try:
            prepareQuery(query.sparql, initNs={})     # no prefixes given: the query must declare them
        except Exception as exc:                      # rdflib: "Unknown namespace prefix : gk"
            pytest.fail(f"{name}.rq does not parse without govkg's prefixes: {exc}")


@pytest.fixture(scope="module")
def exported(tmp_path_factory, extractor):
    store = open_store("memory:")
    report = b.build([DATA / "articles", DATA / "heldout" / "h02_shenzhen_notice.txt", SAMPLE], store, extractor)
    assert report.ok
    folder = tmp_path_factory.mktemp("jena")
    trig = store.export(folder / "graph.trig", "trig")
    return store, trig, folder


def runs():
    for name, query in sorted(load_queries().items()):
        yield name, query, {}
        for p in query.params:
            yield name, query, {p.name: EXAMPLES[p.name]}


def _python(term: dict):
    if term["type"] == "uri":
        return to_python(ox.NamedNode(term["value"]))
    if term["type"] == "bnode":
        return "_:" + term["value"]
    if "xml:lang" in term:
        return to_python(ox.Literal(term["value"], language=term["xml:lang"]))
    if "datatype" in term:
        return to_python(ox.Literal(term["value"], datatype=ox.NamedNode(term["datatype"])))
    return to_python(ox.Literal(term["value"]))


def _sorted(rows):
    return sorted(rows, key=lambda r: json.dumps(r, ensure_ascii=False, default=str))


def test_jena_gives_the_same_rows_for_every_saved_query(exported):
    store, trig, folder = exported
    cases = list(runs())
    manifest = []
    for i, (name, query, params) in enumerate(cases):
        # Jena runs the very text govkg runs: the params resolved to the entities they name,
        # bound by a VALUES block (the JVM side substitutes nothing more)
        bindings = resolve_resources(store, bind_params(query, params),
                                     {p.name for p in query.params if p.type == "resource"})
        text = folder / f"q{i}.rq"
        text.write_text(with_values(query.sparql, bindings) if bindings else query.sparql, encoding="utf-8")
        manifest.append("\t".join([f"q{i}", str(text)]))
    (folder / "manifest.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    run_java("jena", "JenaQueries.java", str(trig), str(folder / "manifest.tsv"), str(folder))

    nonempty = 0
    for i, (name, query, params) in enumerate(cases):
        ours = run_query(store, query, params)
        result = json.loads((folder / f"q{i}.srj").read_text(encoding="utf-8"))
        theirs = [tuple(_python(b[c]) if c in b else None for c in ours.columns)
                  for b in result["results"]["bindings"]]
        assert _sorted(theirs) == _sorted(list(ours.rows)), f"{name} {params}: Jena and govkg disagree"
        nonempty += bool(ours.rows)
    assert nonempty >= len(cases) * 2 // 3        # the comparison is about real answers, mostly
