"""The counts kept on gk:SourceDocument (gk:sentenceCount … gk:statisticCount) and the ``documents`` query
that reads them: they are what the document's graph holds, counted again here from its records."""
from __future__ import annotations

from pathlib import Path

import pytest

from govkg import build as b
from govkg.graph.store import open_store
from govkg.queries.runner import load_queries, run_query

DATA = Path(__file__).parent / "data"
COUNTS = ("sentences", "entities", "relations", "dates", "statistics")
PROPERTIES = ("sentenceCount", "entityCount", "relationCount", "dateCount", "statisticCount")

#: Written for this test: agencies, a platform, regions, a policy, dates, statistics, and the same
#: fact (the bureau runs 甬e办) stated twice.
ARTICLE = """宁波推进政务服务“掌上办”

2023年4月10日，宁波市人民政府办公厅印发《宁波市数字政府建设行动方案》。

宁波市大数据发展管理局负责建设运营“甬e办”平台，平台服务海曙区、鄞州区等地群众。

“甬e办”于2019年9月1日正式上线，截至2023年底注册用户超过600万人，可办理事项达到1800项。

宁波市大数据发展管理局负责运营“甬e办”，并与舟山市数据资源管理局开展合作，推动两地数据共享。
"""

#: Each count as documents.rq counted it before the counts were kept, from the records of one document
#: graph (its IRI in the text: a binding does not reach into the subqueries).
RECOUNT = """
PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?sentences ?entities ?relations ?dates ?statistics WHERE { GRAPH <DOC> {
  { SELECT (COUNT(DISTINCT ?s) AS ?sentences) WHERE { ?s gk:inDocument <DOC> ; a gk:Sentence } }
  { SELECT (COUNT(DISTINCT ?e) AS ?entities) WHERE { ?e gk:mentionedIn <DOC> } }
  { SELECT (COUNT(DISTINCT ?f) AS ?relations) WHERE { ?f prov:wasDerivedFrom <DOC> ; a gk:Assertion ; gk:predicate ?p .
      FILTER (?p NOT IN (gk:launchDate, gk:publicationDate, gk:issueDate, gk:effectiveDate)) } }
  { SELECT (COUNT(DISTINCT ?f) AS ?dates) WHERE { ?f prov:wasDerivedFrom <DOC> ; a gk:Assertion ; gk:predicate ?p .
      FILTER (?p IN (gk:launchDate, gk:publicationDate, gk:issueDate, gk:effectiveDate)) } }
  { SELECT (COUNT(DISTINCT ?o) AS ?statistics) WHERE { ?o prov:wasDerivedFrom <DOC> ; a gk:Observation } }
} }"""


def recounted(store, doc: str) -> tuple[int, ...]:
    [row] = store.select(RECOUNT.replace("DOC", doc))
    return tuple(row[c] for c in COUNTS)


def stored(store, doc: str) -> list[tuple]:
    """The count properties of the document node, in its own graph: each (property, value)."""
    rows = store.select(f"SELECT ?p ?n WHERE {{ GRAPH <{doc}> {{ <{doc}> ?p ?n }} }}")
    return sorted((r["p"].rsplit("#", 1)[-1], r["n"]) for r in rows if r["p"].endswith("Count")
                  and r["p"].rsplit("#", 1)[-1] != "charCount")


def listed(store, doc: str) -> tuple:
    result = run_query(store, load_queries()["documents"], {"document": doc})
    [row] = result.rows
    return tuple(row[result.columns.index(c)] for c in COUNTS)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("counts")
    (folder / "ningbo.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def article(folder, extractor):
    store = open_store("memory:")
    b.build([folder], store, extractor)
    [doc] = store.documents()
    return store, doc


def test_the_stored_counts_are_what_the_document_graph_holds(article):
    store, doc = article
    counts = recounted(store, doc)
    assert all(n > 0 for n in counts), counts      # the article gives each kind of record
    assert stored(store, doc) == sorted(zip(PROPERTIES, counts))       # one value each
    assert listed(store, doc) == counts


def test_what_is_not_written_is_not_counted_and_a_record_written_twice_is_counted_once(extractor):
    """Records the extraction lists twice, and ones whose subject is not an entity of the document
    (which the graph leaves out), do not change the counts."""
    from dataclasses import replace

    from govkg.loaders.to_rdf import to_ntriples
    from govkg.ontology.namespace import document_iri
    from govkg.types import RawText

    x = extractor.extract(RawText("ningbo.txt", ARTICLE, "utf-8"), "ningbo")
    doc = document_iri(x.document.doc_id)
    plain = open_store("memory:")
    plain.replace_document(doc, to_ntriples(x))
    nowhere = "Agency:不在文中的局"
    padded = replace(x, entities=x.entities + x.entities[:1], relations=(
        *x.relations, x.relations[0], replace(x.relations[0], head=nowhere), replace(x.relations[0], tail=nowhere)),
        dates=(*x.dates, x.dates[0], replace(x.dates[0], subject=nowhere)),
        metrics=(*x.metrics, x.metrics[0], replace(x.metrics[0], subject=nowhere)))
    store = open_store("memory:")
    store.replace_document(doc, to_ntriples(padded))
    assert listed(store, doc) == recounted(store, doc) == recounted(plain, doc) == listed(plain, doc)


def test_the_hand_written_fixture_keeps_the_counts_of_its_records():
    store = open_store("memory:")
    docs = store.import_dataset(DATA / "query_fixture.trig")
    assert len(docs) == 2
    for doc in docs:
        assert listed(store, doc) == recounted(store, doc)


def test_a_document_stored_without_counts_lists_them_empty_until_built_again(article, folder, extractor):
    import pyoxigraph as ox

    store, doc = article
    older = open_store("memory:")          # the document as a govkg before the counts (and the hashes) stored it
    kept = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads(doc)
            if not q.predicate.value.endswith((*PROPERTIES, "#graphHash", "#sourceHash", "#extractorHash"))]
    older.replace_document(doc, ox.serialize(kept, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"))
    assert listed(older, doc) == (None,) * len(COUNTS)         # not known, rather than 0
    b.build([folder], older, extractor)                        # the same file built again
    assert listed(older, doc) == recounted(store, doc)
