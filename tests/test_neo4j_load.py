"""The Neo4j projection against a real server (docs/neo4j-mapping.md).

Needs the server of NEO4J_URI (``bash scripts/neo4j/start.sh``); the tests
empty its database. Without a server they skip (under CI=true they fail).
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import settings as settings_hypothesis
from hypothesis import strategies as st

import govkg.graph.neo4j_load as neo4j_load_module
import govkg.graph.neo4j_sync as neo4j_sync_module
from govkg.build import build
from govkg.graph.neo4j import (
    RELATIONSHIP_TYPES, SCHEMA, CypherQueryError, DocumentRecords, Neo4jAuthError, Neo4jConnectionError,
    Neo4jConnectionLost, Neo4jSettings, add_mention, checked_relationship_type, connect, document_records,
    ensure_schema, entity_properties, load_document, load_documents, load_store, records_from_triples, remove_document,
    run_cypher, transaction_sizes,
)
from govkg.graph.store import open_store
from govkg.ontology.namespace import ONTOLOGY, document_iri, entity_iri, graph_hash, region_iri
from govkg.types import DATE_PROPERTIES, ENTITY_TYPES, RELATION_TYPES

from .neo4j_support import DroppingProxy, FlakyDriver, count, ntriples, settings, snapshot

DATA_DIR = Path(__file__).parent / "data"
GK = ONTOLOGY
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RELATIONS = " ".join(f"gk:{r}" for r in RELATION_TYPES)
FAST = {"retries": 2, "backoff": 0.01}


# -- the corpus: tests/data/articles, built once per module ------------------------------------

@pytest.fixture(scope="module")
def graphs(extractor) -> dict[str, str]:
    """The document graphs of the test articles, as N-Triples per document IRI."""
    store = open_store("memory:")
    report = build([DATA_DIR / "articles"], store, extractor)
    assert report.built and not report.skipped
    return {doc: ntriples(store, doc) for doc in store.documents()}


def make_store(graphs: dict[str, str]):
    store = open_store("memory:")
    for doc, text in graphs.items():
        store.replace_document(doc, text)
    return store


@pytest.fixture
def store(graphs):
    return make_store(graphs)


@pytest.fixture(scope="module")
def reference(graphs, neo4j_driver) -> dict:
    """The graph after one uninterrupted load of the whole corpus into an empty database."""
    return fresh_load_snapshot(neo4j_driver, make_store(graphs))


def fresh_load_snapshot(driver, store) -> dict:
    driver.execute_query("MATCH (n) DETACH DELETE n")
    load_store(store, driver)
    return snapshot(driver)


def nt(*triples) -> str:
    """N-Triples of (subject, predicate, object) given as IRIs (str) or pyoxigraph literals."""
    term = lambda v: ox.NamedNode(v) if isinstance(v, str) else v  # noqa: E731
    return ox.serialize([ox.Triple(term(s), term(p), term(o)) for s, p, o in triples],
                        format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def typed(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#" + datatype))


def agency_doc(doc: str, agency: str, name: ox.Literal, *more) -> str:
    """A minimal document graph naming one agency."""
    return nt((doc, RDF_TYPE, GK + "SourceDocument"), (doc, GK + "title", zh("测试文档")),
              (agency, RDF_TYPE, GK + "Agency"), (agency, GK + "name", name),
              (agency, GK + "mentionedIn", doc), *more)


def node(driver, iri: str) -> dict:
    records, _, _ = driver.execute_query("MATCH (e {iri: $iri}) RETURN properties(e) AS p, labels(e) AS l", iri=iri)
    assert len(records) == 1, f"{len(records)} nodes with iri {iri}"
    return {**records[0]["p"], "_labels": set(records[0]["l"])}


def naming(driver, iri: str) -> list[str]:
    """The documents whose text names the entity (its MENTIONED_IN, the hierarchy's references left out), sorted."""
    records, _, _ = driver.execute_query("MATCH (:Entity {iri: $iri})-[m:MENTIONED_IN]->(d:Document) "
                                         "WHERE m.reference IS NULL RETURN d.iri AS d ORDER BY d", iri=iri)
    return [r["d"] for r in records]


# -- pure parts (no server) --------------------------------------------------------------------

def test_an_entity_named_again_loses_the_documents_list_of_projection_1():
    """An entity that projection 1 left with a ``documents`` list, named by a new document but not
    recomputed (the documents naming it before are not reloaded), is rid of the list."""
    before = {"iri": "e", "type": "Agency", "name": "甲局", "aliases": [], "documents": ["d:old"]}
    after = neo4j_load_module._entity_props("e", "Agency", [before, {"name": "甲局"}])
    assert neo4j_load_module._changes(before, after) == {"documents": None}

def test_relationship_types_are_upper_snake_case_and_checked():
    assert RELATIONSHIP_TYPES["issuedBy"] == "ISSUED_BY"
    assert RELATIONSHIP_TYPES["partOf"] == "PART_OF"
    assert set(RELATIONSHIP_TYPES) == set(RELATION_TYPES)
    for bad in ("COORDINATES]->() DETACH DELETE n //", "coordinates", "MENTIONED_IN`", ""):
        with pytest.raises(ValueError):
            checked_relationship_type(bad)


def test_records_of_a_document_graph(graphs):
    doc, text = sorted(graphs.items())[0]
    triples = [(t.subject, t.predicate, t.object) for t in ox.parse(text.encode(), format=ox.RdfFormat.N_TRIPLES)]
    records = records_from_triples(doc, triples)
    assert records.iri == doc and records.document["title"]
    assert records.nodes and all(n["type"] in ENTITY_TYPES for n in records.nodes)
    region = "https://w3id.org/govkg/id/region/"
    assert all(r["props"]["document"] == doc for r in records.relationships)
    assert all(r["props"].get("evidence")                 # extracted, or the GB/T 2260 hierarchy
               or (r["type"] == "PART_OF" and r["start"].startswith(region) and r["end"].startswith(region))
               for r in records.relationships)
    assert all(s["props"]["document"] == doc and isinstance(s["props"]["value"], float) for s in records.statistics)
    assert records == records_from_triples(doc, list(reversed(triples)))   # order does not matter


def test_records_read_by_query_equal_records_folded_from_terms(graphs):
    """The embedded store answers a SELECT serialized as TSV; any other store gives quads: same records."""
    store = make_store(graphs)
    doc = document_iri("escapes")
    agency = entity_iri("Agency", "转义局")
    store.replace_document(doc, agency_doc(
        doc, agency, zh('转"义\t局\\n'), (agency, GK + "alias", ox.Literal("line\nbreak\r, and \\ too")),
        (agency, GK + "regionCode", typed("110000", "string")), (agency, GK + "launchDate", typed("2020-05-01", "date")),
        (doc, GK + "charCount", typed("1200", "integer")), (doc, GK + "title", ox.Literal("x\u2028y"))))
    for iri in store.documents():
        terms = [(q.subject, q.predicate, q.object) for q in store.quads(iri)]
        assert document_records(store, iri) == records_from_triples(iri, terms), iri
    records = document_records(store, doc)
    assert records.nodes[0]["mention"]["name"] == '转"义\t局\\n'
    assert records.nodes[0]["mention"]["aliases"] == ["line\nbreak\r, and \\ too"]
    assert records.nodes[0]["mention"]["launchDate"] == dt.date(2020, 5, 1)
    assert records.document["charCount"] == 1200 and records.document["title"] == "x\u2028y"


@pytest.mark.parametrize("readers", [1, 2])
def test_reading_processes_hand_over_records_in_order(graphs, tmp_path, monkeypatch, readers):
    from govkg.graph import neo4j_reading
    from govkg.graph.store import StoreError

    with open_store(tmp_path / "store") as writable:
        for doc, text in graphs.items():
            writable.replace_document(doc, text)
    monkeypatch.setattr(neo4j_reading, "CHUNK", 2)     # chunks of 1, 2, 2 … (taken in turn by two processes)
    with open_store(tmp_path / "store", read_only=True) as store:
        docs = store.documents()
        records = list(neo4j_reading._read_in_process(str(tmp_path / "store"), docs, depth=2, readers=readers))
        assert records == [document_records(store, doc) for doc in docs]
    with pytest.raises(StoreError, match="no store at"):      # the child's error, raised in the loader
        list(neo4j_reading._read_in_process(str(tmp_path / "missing"), docs, depth=2, readers=readers))


@settings_hypothesis(max_examples=200, deadline=None)
@given(st.lists(st.tuples(
    st.sampled_from(["d1", "d2", "d3"]),
    st.fixed_dictionaries({"name": st.sampled_from(["甲局", "乙局"]),
                           "aliases": st.lists(st.sampled_from(["甲", "A", "乙"]), unique=True).map(sorted)},
                          optional={"name_en": st.sampled_from(["A Bureau", "B Bureau"]),
                                    "launchDate": st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)),
                                    "launchDateEvidence": st.just("某句。")})),
    min_size=1, max_size=6))
def test_adding_mentions_one_by_one_equals_merging_them_all(mentions):
    props = {"iri": "ex:a", "type": "Agency"}
    for _, mention in mentions:       # the documents' mentions, in any order
        props = add_mention(props, mention)
    assert props == entity_properties("ex:a", "Agency", [m for _, m in mentions])
    assert "launchDateEvidence" not in props


def test_settings_repr_never_shows_the_password():
    s = Neo4jSettings(uri="bolt://neo4j:uri-Secret-77@db:7687", password="pw-Secret-42")
    for text in (repr(s), str(s), f"{s}", repr([s])):
        assert "pw-Secret-42" not in text and "uri-Secret-77" not in text
    assert "password='***'" in repr(s)
    env = Neo4jSettings.from_env(environ={"NEO4J_PASSWORD": "env-Secret-9", "NEO4J_DATABASE": "graphs"})
    assert env.password == "env-Secret-9" and env.database == "graphs" and "env-Secret-9" not in repr(env)
    assert Neo4jSettings.from_env(password="opt-pw-123", environ={"NEO4J_PASSWORD": "env-pw"}).password == "opt-pw-123"


def test_unreachable_server_gives_a_clear_error_without_credentials():
    s = Neo4jSettings(uri="bolt://127.0.0.1:1", password="pw-Unreachable-1")
    with pytest.raises(Neo4jConnectionError) as info:
        connect(s, connection_timeout=2)
    message = str(info.value)
    assert "bolt://127.0.0.1:1" in message and "scripts/neo4j/start.sh" in message
    assert "pw-Unreachable-1" not in message and "\n" not in message
    with pytest.raises(Neo4jConnectionError) as info:
        connect(Neo4jSettings(uri="bolt://neo4j:uri-pw-555@127.0.0.1:1"), connection_timeout=2)
    assert "uri-pw-555" not in str(info.value) and "bolt://127.0.0.1:1" in str(info.value)
    with pytest.raises(Neo4jConnectionError) as info:
        connect(Neo4jSettings(uri="http://user:uri-pw-556@127.0.0.1:7474"))
    assert "uri-pw-556" not in str(info.value) and "not a Neo4j URI" in str(info.value)


# -- against the server ----------------------------------------------------------------------

@pytest.mark.neo4j
def test_schema_is_created_idempotently(clean_neo4j):
    ensure_schema(clean_neo4j)
    ensure_schema(clean_neo4j)
    constraints = {r["name"] for r in clean_neo4j.execute_query("SHOW CONSTRAINTS YIELD name").records}
    indexes = {r["name"]: r["type"] for r in clean_neo4j.execute_query("SHOW INDEXES YIELD name, type").records}
    assert {"entity_iri", "document_iri", "statistic_iri"} <= constraints
    assert indexes["entity_names"] == "FULLTEXT" and indexes["entity_name"] == "RANGE"
    # where the saved queries start when given a name
    assert indexes["entity_alias_text"] == "TEXT" and indexes["entity_region_code"] == "RANGE"
    assert indexes["document_title"] == indexes["document_source_path"] == "RANGE"


@pytest.mark.neo4j
def test_counts_match_the_store(clean_neo4j, store):
    summary = load_store(store, clean_neo4j)
    driver = clean_neo4j

    per_type = {r["t"].removeprefix(GK): r["n"] for r in store.select(
        "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t FILTER(STRSTARTS(STR(?t), STR(gk:))) } GROUP BY ?t")}
    for entity_type in ENTITY_TYPES:
        assert count(driver, f"MATCH (n:{entity_type}) RETURN count(n)") == per_type.get(entity_type, 0), entity_type
    assert count(driver, "MATCH (n:Entity) RETURN count(n)") == sum(per_type.get(t, 0) for t in ENTITY_TYPES)
    assert count(driver, "MATCH (n:Document) RETURN count(n)") == len(store.documents()) == summary.documents
    assert count(driver, "MATCH (n:Statistic) RETURN count(n)") == per_type["Observation"] == summary.statistics

    facts = Counter()       # extracted facts and the region hierarchy, one per document graph
    for r in store.select(f"""
            SELECT DISTINCT ?h ?p ?t ?doc WHERE {{
              VALUES ?p {{ {_RELATIONS} }}
              GRAPH ?doc {{ ?h ?p ?t }}
              FILTER (isIRI(?t)) }}"""):
        facts[RELATIONSHIP_TYPES[r["p"].removeprefix(GK)]] += 1
    assert facts, "the corpus has facts"
    for rel_type in RELATIONSHIP_TYPES.values():
        assert count(driver, f"MATCH ()-[r:{rel_type}]->() RETURN count(r)") == facts[rel_type], rel_type
    assert summary.relationships == sum(facts.values())
    mentions = store.select("SELECT (COUNT(DISTINCT *) AS ?n) WHERE { GRAPH ?doc { ?e gk:mentionedIn ?doc } }")
    assert count(driver, "MATCH (:Entity)-[r:MENTIONED_IN]->(:Document) WHERE r.reference IS NULL "
                         "RETURN count(r)") == mentions[0]["n"]
    assert count(driver, "MATCH (:Entity)-[r:HAS_STATISTIC]->(:Statistic) RETURN count(r)") == per_type["Observation"]
    assert summary.nodes_created == sum(per_type.get(t, 0) for t in ENTITY_TYPES) + summary.documents


@pytest.mark.neo4j
def test_node_properties_match_the_store(clean_neo4j, store):
    load_store(store, clean_neo4j)
    names = {r["e"]: r["n"] for r in store.select("SELECT ?e ?n WHERE { ?e gk:name ?n }")}
    aliases, documents = {}, {}
    for r in store.select("SELECT ?e ?a WHERE { ?e gk:alias ?a }"):
        aliases.setdefault(r["e"], set()).add(r["a"])
    for r in store.select("SELECT ?e ?d WHERE { ?e gk:mentionedIn ?d }"):
        documents.setdefault(r["e"], set()).add(r["d"])
    codes = {r["e"]: (r.get("c"), r.get("l")) for r in store.select(     # (a town or a special region has no code)
        "SELECT ?e ?c ?l WHERE { ?e a gk:Region . OPTIONAL { ?e gk:regionCode ?c } OPTIONAL { ?e gk:regionLevel ?l } }")}
    records, _, _ = clean_neo4j.execute_query("MATCH (e:Entity) RETURN properties(e) AS p, labels(e) AS l")
    assert len(records) == len(names)
    for record in records:
        p = record["p"]
        assert p["name"] == names[p["iri"]]
        assert p["aliases"] == sorted(aliases.get(p["iri"], ()))
        assert p.get("aliasText", "") == " | ".join(p["aliases"])
        assert "documents" not in p and naming(clean_neo4j, p["iri"]) == sorted(documents[p["iri"]])
        assert set(record["l"]) == {"Entity", p["type"]}
        assert (p.get("regionCode"), p.get("regionLevel")) == codes.get(p["iri"], (None, None))
    for r in store.select("SELECT ?e ?p ?d WHERE { VALUES ?p { gk:launchDate gk:publicationDate gk:issueDate gk:effectiveDate } ?e ?p ?d }"):
        assert node(clean_neo4j, r["e"])[r["p"].removeprefix(GK)].iso_format() == r["d"]


@pytest.mark.neo4j
def test_known_entities(clean_neo4j, store):
    load_store(store, clean_neo4j)
    china = node(clean_neo4j, region_iri("100000"))
    assert (china["name"], china["regionCode"], china["regionLevel"], china["type"]) == ("中国", "100000", "country", "Region")
    assert china["_labels"] == {"Entity", "Region"} and len(naming(clean_neo4j, china["iri"])) >= 1
    # one node for what several articles name (中国信息通信研究院 names a body, not the country, since 2026-12-06)
    platform = node(clean_neo4j, entity_iri("Platform", "国家政务服务平台"))
    assert platform["_labels"] == {"Entity", "Platform"} and len(naming(clean_neo4j, platform["iri"])) >= 3
    shanghai = node(clean_neo4j, region_iri("310000"))
    assert (shanghai["name"], shanghai["regionCode"], shanghai["regionLevel"]) == ("上海市", "310000", "province")
    yss = node(clean_neo4j, entity_iri("Platform", "粤省事"))
    assert yss["launchDate"].iso_format() == "2018-05-21" and yss["_labels"] == {"Entity", "Platform"}
    national = node(clean_neo4j, entity_iri("Platform", "国家政务服务平台"))
    assert len(naming(clean_neo4j, national["iri"])) >= 2
    jingtong = node(clean_neo4j, entity_iri("Platform", "京通"))
    assert "京通小程序" in jingtong["aliases"]
    hits = run_cypher(clean_neo4j, "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node "
                                   "RETURN node.iri AS iri", {"q": "粤省事"})[1]
    assert (yss["iri"],) in hits
    docs = run_cypher(clean_neo4j, "MATCH (d:Document) RETURN d.title, d.sourcePath, d.charCount, d.sentences")[1]
    assert len(docs) == len(store.documents())
    assert all(title and path.endswith(".txt") and chars > 0 and sentences > 0 for title, path, chars, sentences in docs)
    stats = run_cypher(clean_neo4j, "MATCH (e:Entity)-[:HAS_STATISTIC]->(s:Statistic) "
                                    "RETURN s.metric, s.value, s.comparison, s.evidence, s.document")[1]
    assert stats and all(isinstance(v, float) and op in (">", ">=", "=", "<", "<=", "~") and ev and d.startswith("https://")
                         for _, v, op, ev, d in stats)
    facts = run_cypher(clean_neo4j, "MATCH ()-[r:JURISDICTION]->() RETURN r.document, r.evidence, r.start, r.end, "
                                    "r.confidence, r.inferred, r.rule")[1]
    assert facts and all(d and ev and 0 <= s < e and 0 < c <= 1 and isinstance(i, bool) and rule
                         for d, ev, s, e, c, i, rule in facts)


@pytest.mark.neo4j
def test_language_tagged_names_do_not_overwrite_each_other(clean_neo4j):
    agency = entity_iri("Agency", "测试局")
    d1, d2 = document_iri("lang-en"), document_iri("lang-zh")
    store = open_store("memory:")
    store.replace_document(d1, agency_doc(d1, agency, ox.Literal("Test Bureau", language="en"),
                                          (agency, GK + "alias", ox.Literal("TB", language="en"))))
    store.replace_document(d2, agency_doc(d2, agency, zh("测试局"),
                                          (agency, GK + "name", ox.Literal("測試局", language="zh-Hant")),
                                          (agency, GK + "alias", zh("测局"))))
    for order in ([d2, d1], [d1, d2]):
        clean_neo4j.execute_query("MATCH (n) DETACH DELETE n")
        ensure_schema(clean_neo4j)
        for doc in order:
            load_document(clean_neo4j, document_records(store, doc))
        p = node(clean_neo4j, agency)
        assert p["name"] == "测试局" and p["name_en"] == "Test Bureau" and p["name_zh_hant"] == "測試局"
        assert p["aliases"] == ["TB", "测局"] and naming(clean_neo4j, agency) == sorted([d1, d2])
    # an untagged name counts as the Chinese one
    d3 = document_iri("lang-plain")
    plain = entity_iri("Agency", "无标签局")
    store.replace_document(d3, agency_doc(d3, plain, ox.Literal("无标签局")))
    load_document(clean_neo4j, document_records(store, d3))
    assert node(clean_neo4j, plain)["name"] == "无标签局"


@pytest.mark.neo4j
def test_loading_twice_changes_nothing(clean_neo4j, store, reference):
    first = load_store(store, clean_neo4j)
    once = snapshot(clean_neo4j)
    second = load_store(store, clean_neo4j)
    assert snapshot(clean_neo4j) == once == reference
    # every document is held as it is: nothing read, nothing written
    assert (second.documents, second.unchanged, second.transactions) == (0, first.documents, 0)
    again = load_store(store, clean_neo4j, everything=True)
    assert snapshot(clean_neo4j) == reference
    assert again.nodes_created == 0 and again.nodes_updated == first.nodes_created + first.nodes_updated
    assert (again.relationships, again.statistics, again.documents) == (first.relationships, first.statistics,
                                                                        first.documents)


def _rehashed(ntriples_text: str, old: str, new: str) -> str:
    """A document graph with ``old`` text replaced by ``new`` and its gk:graphHash made again, as a
    rebuild that says something else would store it."""
    lines = [line for line in ntriples_text.splitlines() if line and "#graphHash>" not in line]
    hash_line = next(line for line in ntriples_text.splitlines() if "#graphHash>" in line)
    changed = sorted({line.replace(old, new) for line in lines})
    digest = graph_hash(line.encode("utf-8") for line in changed)
    return "\n".join(changed + [re.sub(r'"[0-9a-f]{64}"', f'"{digest}"', hash_line)]) + "\n"


@pytest.mark.neo4j
def test_loading_again_reads_and_writes_only_the_documents_whose_graph_changed(clean_neo4j, graphs, monkeypatch):
    store = make_store(graphs)
    first = load_store(store, clean_neo4j)
    doc, text = sorted(graphs.items())[0]
    name = re.search(r'#name> "([^"]+)"@zh', text).group(1)
    store.replace_document(doc, _rehashed(text, f'"{name}"@zh', f'"{name}（改）"@zh'))
    read, progress = [], []
    real_records_ahead = neo4j_sync_module.records_ahead
    monkeypatch.setattr(neo4j_sync_module, "records_ahead",
                        lambda store, documents, depth, hashes=None:
                        read.extend(documents) or real_records_ahead(store, documents, depth, hashes))
    second = load_store(store, clean_neo4j, progress=lambda done, total, iri: progress.append((done, total, iri)))
    assert (second.documents, second.unchanged) == (1, first.documents - 1)
    assert read == [doc]
    assert progress == [(first.documents - 1, first.documents, None), (first.documents, first.documents, doc)]
    # the same graph as loading the changed store from scratch
    assert snapshot(clean_neo4j) == fresh_load_snapshot(clean_neo4j, store)


@pytest.mark.neo4j
def test_a_database_loaded_by_the_previous_projection_is_rewritten_without_its_documents_lists(
        clean_neo4j, store, reference):
    load_store(store, clean_neo4j)
    # what projection 1 left: a ``documents`` list on every entity, ``projection: 1`` on every document
    clean_neo4j.execute_query("MATCH (e:Entity) SET e.documents = COLLECT { MATCH (e)-[:MENTIONED_IN]->(d) "
                              "RETURN d.iri }")
    clean_neo4j.execute_query("MATCH (d:Document) SET d.projection = 1")
    summary = load_store(store, clean_neo4j)
    assert summary.documents == len(store.documents()) and summary.unchanged == 0
    assert count(clean_neo4j, "MATCH (e:Entity) WHERE e.documents IS NOT NULL RETURN count(e)") == 0
    assert snapshot(clean_neo4j) == reference


@pytest.mark.neo4j
def test_documents_without_a_graph_hash_or_from_another_projection_are_loaded_again(clean_neo4j, graphs,
                                                                                    monkeypatch):
    old = {doc: "".join(line + "\n" for line in text.splitlines() if "#graphHash>" not in line)
           for doc, text in graphs.items()}
    store = make_store(old)          # built by a govkg before gk:graphHash
    first = load_store(store, clean_neo4j)
    assert load_store(store, clean_neo4j).documents == first.documents
    store = make_store(graphs)
    load_store(store, clean_neo4j)
    assert load_store(store, clean_neo4j).documents == 0
    monkeypatch.setattr(neo4j_sync_module, "PROJECTION_VERSION", neo4j_sync_module.PROJECTION_VERSION + 1)
    assert load_store(store, clean_neo4j).documents == first.documents


@pytest.mark.neo4j
def test_any_order_and_batching_gives_the_same_graph(clean_neo4j, store, reference):
    """Documents one by one in reverse order, or all in one transaction: the graph of one load of everything."""
    docs = store.documents()
    for doc in reversed(docs):
        load_document(clean_neo4j, document_records(store, doc))
    assert snapshot(clean_neo4j) == reference
    clean_neo4j.execute_query("MATCH (n) DETACH DELETE n")
    load_documents(clean_neo4j, [document_records(store, doc) for doc in docs])
    assert snapshot(clean_neo4j) == reference


@pytest.mark.neo4j
def test_an_on_disk_store_is_read_by_a_process_of_its_own(clean_neo4j, graphs, reference, tmp_path, monkeypatch):
    from govkg.graph import neo4j_reading

    with open_store(tmp_path / "store") as writable:
        for doc, text in graphs.items():
            writable.replace_document(doc, text)
    used = []
    in_process = neo4j_reading._read_in_process
    monkeypatch.setattr(neo4j_reading, "CHUNK", 2)     # 5 documents: more than one hand-over
    monkeypatch.setattr(neo4j_reading, "_read_in_process", lambda *a: used.append(a) or in_process(*a))
    with open_store(tmp_path / "store", read_only=True) as store:
        summary = load_store(store, clean_neo4j)
    assert used and summary.documents == len(graphs)
    assert snapshot(clean_neo4j) == reference


@pytest.mark.neo4j
def test_reloading_a_changed_document_replaces_only_its_facts(clean_neo4j, graphs):
    store = make_store(graphs)
    load_store(store, clean_neo4j)
    # the document mentioning 国家政务服务平台 that states the most facts
    platform = entity_iri("Platform", "国家政务服务平台")
    docs = naming(clean_neo4j, platform)
    changed = max(docs, key=lambda d: len(document_records(store, d).relationships))
    others_before = run_cypher(clean_neo4j, "MATCH (h)-[r]->(t) WHERE r.document <> $doc "
                                            "RETURN type(r), h.iri, t.iri, properties(r) ORDER BY 1, 2, 3, r.document",
                               {"doc": changed})

    # change the document in the store: drop one fact (and its assertion) and one statistic,
    # add an alias and a new agency, retitle it
    records = document_records(store, changed)
    dropped = records.relationships[0]
    p = GK + next(r for r, t in RELATIONSHIP_TYPES.items() if t == dropped["type"])
    quads = list(store.quads(changed))
    said = defaultdict(dict)                  # assertion → its subject, predicate, object
    for q in quads:
        if q.predicate.value in (GK + "subject", GK + "predicate", GK + "object"):
            said[q.subject.value][q.predicate.value.removeprefix(GK)] = q.object.value
    gone = {a for a, spo in said.items() if spo == {"subject": dropped["start"], "predicate": p,
                                                   "object": dropped["end"]}}
    assert gone
    statistic = records.statistics[0]["props"]["iri"] if records.statistics else None
    newcomer = entity_iri("Agency", "新设测试局")
    kept = [ox.Triple(q.subject, q.predicate, q.object) for q in quads
            if (q.subject.value, q.predicate.value, q.object.value) != (dropped["start"], p, dropped["end"])
            and q.subject.value not in gone and q.subject.value != statistic
            and not (q.subject.value == changed and q.predicate.value == GK + "title")]
    text = ox.serialize(kept, format=ox.RdfFormat.N_TRIPLES).decode() + nt(
        (changed, GK + "title", zh("改过的标题")), (platform, GK + "alias", zh("国家平台")),
        (newcomer, RDF_TYPE, GK + "Agency"), (newcomer, GK + "name", zh("新设测试局")),
        (newcomer, GK + "mentionedIn", changed))
    store.replace_document(changed, text)

    load_document(clean_neo4j, document_records(store, changed))
    reloaded = snapshot(clean_neo4j)
    assert run_cypher(clean_neo4j, "MATCH (h)-[r]->(t) WHERE r.document <> $doc "
                                   "RETURN type(r), h.iri, t.iri, properties(r) ORDER BY 1, 2, 3, r.document",
                      {"doc": changed}) == others_before
    assert "国家平台" in node(clean_neo4j, platform)["aliases"]
    assert node(clean_neo4j, changed)["title"] == "改过的标题"
    assert naming(clean_neo4j, newcomer) == [changed]
    if statistic:
        assert count(clean_neo4j, "MATCH (s:Statistic {iri: $iri}) RETURN count(s)", iri=statistic) == 0
    # the same graph as loading the changed store from scratch
    assert reloaded == fresh_load_snapshot(clean_neo4j, store)


@pytest.mark.neo4j
def test_remove_document(clean_neo4j, graphs):
    store = make_store(graphs)
    load_store(store, clean_neo4j)
    platform = entity_iri("Platform", "国家政务服务平台")
    gone = naming(clean_neo4j, platform)[0]
    only_there = [n["iri"] for n in document_records(store, gone).nodes
                  if naming(clean_neo4j, n["iri"]) == [gone]]
    assert only_there

    assert remove_document(clean_neo4j, gone) is True
    assert remove_document(clean_neo4j, gone) is False
    assert count(clean_neo4j, "MATCH (d:Document {iri: $d}) RETURN count(d)", d=gone) == 0
    assert count(clean_neo4j, "MATCH ()-[r]->() WHERE r.document = $d RETURN count(r)", d=gone) == 0
    assert count(clean_neo4j, "MATCH (s:Statistic {document: $d}) RETURN count(s)", d=gone) == 0
    assert count(clean_neo4j, "MATCH (e:Entity) WHERE e.iri IN $iris RETURN count(e)", iris=only_there) == 0
    assert gone not in naming(clean_neo4j, platform)
    after = snapshot(clean_neo4j)
    store.remove_document(gone)
    assert after == fresh_load_snapshot(clean_neo4j, store)


@pytest.mark.neo4j
def test_prune_removes_documents_the_store_no_longer_has(clean_neo4j, graphs):
    store = make_store(graphs)
    load_store(store, clean_neo4j)
    gone = store.documents()[0]
    store.remove_document(gone)
    kept = load_store(store, clean_neo4j)
    assert kept.removed == 0 and count(clean_neo4j, "MATCH (d:Document {iri: $d}) RETURN count(d)", d=gone) == 1
    pruned = load_store(store, clean_neo4j, prune=True)
    assert pruned.removed == 1 and (pruned.documents, pruned.unchanged) == (0, len(store.documents()))
    assert snapshot(clean_neo4j) == fresh_load_snapshot(clean_neo4j, store)


@pytest.mark.neo4j
def test_lost_connection_is_retried(clean_neo4j, store, reference, caplog):
    flaky = FlakyDriver(clean_neo4j, failures=2)
    with caplog.at_level(logging.WARNING, logger="govkg.graph.neo4j"):
        summary = load_store(store, flaky, **FAST)
    assert summary.documents == len(store.documents())
    # the schema, two failures, one per transaction (1, 2, 4 … documents each)
    assert summary.transactions == len(transaction_sizes(summary.documents)) > 1
    assert flaky.attempts == len(SCHEMA) + 2 + summary.transactions
    assert "lost the connection to Neo4j" in caplog.text
    assert snapshot(clean_neo4j) == reference


@pytest.mark.neo4j
def test_connection_cut_mid_load_completes(clean_neo4j, store, reference):
    s = settings()
    proxy = DroppingProxy(port=int(s.uri.rsplit(":", 1)[1]))
    try:
        with connect(Neo4jSettings(proxy.uri, s.user, s.password, s.database), connection_timeout=5) as driver:
            def cut_after_two(done, total, doc):
                if done == 2:
                    proxy.cut()
            summary = load_store(store, driver, progress=cut_after_two, **FAST)
    finally:
        proxy.close()
    assert summary.documents == len(store.documents())
    assert snapshot(clean_neo4j) == reference


@pytest.mark.neo4j
def test_rerun_after_a_failed_load_gives_the_same_graph(clean_neo4j, store, reference):
    s = settings()
    proxy = DroppingProxy(port=int(s.uri.rsplit(":", 1)[1]))
    try:
        with connect(Neo4jSettings(proxy.uri, s.user, s.password, s.database),
                     connection_timeout=2, max_transaction_retry_time=0.5) as driver:
            def outage_after_two(done, total, doc):
                if done == 2:
                    proxy.cut(refuse=True)
            with pytest.raises(Neo4jConnectionLost) as info:
                load_store(store, driver, progress=outage_after_two, **FAST)
    finally:
        proxy.close()
    # the first transactions hold 1 and 2 documents: the outage comes after the second commits
    assert info.value.summary.documents == 3 < len(store.documents())
    assert "rerun" in str(info.value)
    assert count(clean_neo4j, "MATCH (d:Document) RETURN count(d)") == 3
    rerun = load_store(store, clean_neo4j)          # loads only what was not committed
    assert (rerun.unchanged, rerun.documents) == (3, len(store.documents()) - 3)
    assert snapshot(clean_neo4j) == reference


@pytest.mark.neo4j
def test_credentials_never_in_errors_or_logs(neo4j_driver, caplog):
    s = settings()
    wrong = "wrong-Pass-31337"
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(Neo4jAuthError) as info:
            connect(Neo4jSettings(s.uri, s.user, wrong, s.database))
        with pytest.raises(Neo4jConnectionError) as unreachable:
            connect(Neo4jSettings("bolt://127.0.0.1:1", s.user, wrong), connection_timeout=2)
        with connect(s) as driver:           # a good login, a load and a query, all logged at DEBUG
            run_cypher(driver, "RETURN 1 AS one")
    for text in (str(info.value), str(unreachable.value), caplog.text, repr(s)):
        assert wrong not in text and s.password not in text
    assert s.uri in str(info.value) and "refused the login" in str(info.value)


@pytest.mark.neo4j
def test_the_driver_s_debug_lines_count_a_statement_s_rows_instead_of_listing_them(clean_neo4j, store, caplog):
    """The driver writes each statement into a debug line, built even when nothing logs at debug
    level: the load's rows appear there as their number, not one by one."""
    records = document_records(store, store.documents()[0])
    names = [n["mention"]["name"] for n in records.nodes if n["mention"].get("name")]
    assert names
    with caplog.at_level(logging.DEBUG, logger="neo4j"):
        load_document(clean_neo4j, records)
    runs = [r.getMessage() for r in caplog.records if "C: RUN" in r.getMessage()]
    assert any(f"<{len(records.nodes)} rows>" in line for line in runs)
    assert not [line for line in runs if any(name in line for name in names)]


@pytest.mark.neo4j
def test_injection_like_values_are_stored_as_plain_text(clean_neo4j, store):
    load_store(store, clean_neo4j)
    before = {"nodes": count(clean_neo4j, "MATCH (n) RETURN count(n)"),
              "rels": count(clean_neo4j, "MATCH ()-[r]->() RETURN count(r)")}
    nasty = ["'}) DETACH DELETE n //", "\"}) MATCH (n) DETACH DELETE n //", "MATCH (n) DETACH DELETE n",
             "{`x`: $rows}", "\\'; DROP ALL; --", "名称}]-(x) DELETE x //"]
    doc = document_iri("injection-test")
    agency, platform = entity_iri("Agency", nasty[0]), entity_iri("Platform", nasty[1])
    sentence = doc + "/sentence/0"
    fact, obs = doc + "/assertion/1", doc + "/observation/1"
    store.replace_document(doc, nt(
        (doc, RDF_TYPE, GK + "SourceDocument"), (doc, GK + "title", zh(nasty[2])),
        (doc, GK + "sourcePath", ox.Literal(nasty[3])),
        (sentence, RDF_TYPE, GK + "Sentence"), (sentence, GK + "text", zh(nasty[4])),
        (agency, RDF_TYPE, GK + "Agency"), (agency, GK + "name", zh(nasty[0])),
        (agency, GK + "alias", zh(nasty[2])), (agency, GK + "alias", zh(nasty[5])),
        (agency, GK + "mentionedIn", doc),
        (platform, RDF_TYPE, GK + "Platform"), (platform, GK + "name", zh(nasty[1])),
        (platform, GK + "mentionedIn", doc),
        (agency, GK + "operates", platform),
        (fact, RDF_TYPE, GK + "Assertion"), (fact, GK + "subject", agency), (fact, GK + "predicate", GK + "operates"),
        (fact, GK + "object", platform), (fact, GK + "evidence", sentence), (fact, GK + "rule", ox.Literal(nasty[5])),
        (fact, GK + "confidence", typed("0.5", "decimal")),
        (obs, RDF_TYPE, GK + "Observation"), (obs, GK + "observedEntity", platform),
        (obs, GK + "metricName", zh(nasty[3])), (obs, GK + "value", typed("1", "decimal")),
        (obs, GK + "comparison", ox.Literal(nasty[0])), (obs, GK + "evidence", sentence),
    ))
    loaded = load_document(clean_neo4j, document_records(store, doc))
    assert (loaded.relationships, loaded.statistics, loaded.mentions) == (1, 1, 2)
    assert count(clean_neo4j, "MATCH (n) RETURN count(n)") == before["nodes"] + 4      # doc, 2 entities, statistic
    assert count(clean_neo4j, "MATCH ()-[r]->() RETURN count(r)") == before["rels"] + 4  # 2 mentions, fact, statistic
    a = node(clean_neo4j, agency)
    assert a["name"] == nasty[0] and a["aliases"] == sorted([nasty[2], nasty[5]])
    assert node(clean_neo4j, platform)["name"] == nasty[1]
    assert node(clean_neo4j, doc)["title"] == nasty[2] and node(clean_neo4j, doc)["sourcePath"] == nasty[3]
    (rule, evidence), = run_cypher(clean_neo4j, "MATCH (:Agency {iri: $a})-[r:OPERATES]->() RETURN r.rule, r.evidence",
                                   {"a": agency})[1]
    assert (rule, evidence) == (nasty[5], nasty[4])
    (metric, comparison), = run_cypher(clean_neo4j, "MATCH (s:Statistic {document: $d}) RETURN s.metric, s.comparison",
                                       {"d": doc})[1]
    assert (metric, comparison) == (nasty[3], nasty[0])
    for value in nasty:                      # as query parameters, too
        assert run_cypher(clean_neo4j, "MATCH (e:Entity) WHERE e.name = $v RETURN count(e) AS n", {"v": value})[1] \
            == ((1,) if value in nasty[:2] else (0,),)
    remove_document(clean_neo4j, nasty[2])   # a "document IRI" that is an attack: nothing happens
    assert count(clean_neo4j, "MATCH (n) RETURN count(n)") == before["nodes"] + 4


@pytest.mark.neo4j
def test_unknown_types_never_reach_the_server(clean_neo4j):
    ensure_schema(clean_neo4j)
    doc = document_iri("bad-type")
    bad = DocumentRecords({"iri": doc}, relationships=(
        {"type": "X]->() DETACH DELETE n //", "start": "a", "end": "b", "props": {"document": doc}},))
    with pytest.raises(ValueError):
        load_document(clean_neo4j, bad)
    bad_label = DocumentRecords({"iri": doc}, nodes=({"iri": "x", "type": "Agency:Admin", "mention": {}},))
    with pytest.raises(ValueError):
        load_document(clean_neo4j, bad_label)
    assert count(clean_neo4j, "MATCH (n) RETURN count(n)") == 0


@pytest.mark.neo4j
def test_run_cypher_returns_plain_rows_and_refuses_writes(clean_neo4j, store):
    load_store(store, clean_neo4j)
    columns, rows = run_cypher(clean_neo4j, "MATCH (e:Platform) WHERE e.launchDate >= $since "
                                            "RETURN e.name AS name, e.launchDate AS day ORDER BY day", {"since": None})
    assert columns == ("name", "day") and rows == ()
    columns, rows = run_cypher(clean_neo4j, "MATCH (e:Platform) WHERE e.launchDate >= $since "
                                            "RETURN e.name AS name, e.launchDate AS day ORDER BY day",
                               {"since": dt.date(2018, 1, 1)})
    assert ("粤省事", "2018-05-21") in rows and all(isinstance(day, str) for _, day in rows)
    with pytest.raises(CypherQueryError):
        run_cypher(clean_neo4j, "MATCH (n) DETACH DELETE n")
    with pytest.raises(CypherQueryError):
        run_cypher(clean_neo4j, "MATCH (n RETURN n")
    assert count(clean_neo4j, "MATCH (n:Entity) RETURN count(n)") > 0


@pytest.mark.neo4j
def test_dates_keep_their_provenance_per_document(clean_neo4j, store):
    load_store(store, clean_neo4j)
    expected = {(r["e"], r["p"].removeprefix(GK), r["d"], r["doc"]): (r["text"], r["s"], r["end"], r["c"], r["rule"])
                for r in store.select("""
        SELECT ?e ?p ?d ?doc ?text ?s ?end ?c ?rule WHERE {
          VALUES ?p { gk:launchDate gk:publicationDate gk:issueDate gk:effectiveDate }
          GRAPH ?doc { ?e ?p ?d . ?a a gk:Assertion ; gk:subject ?e ; gk:predicate ?p ; gk:object ?d ;
                       gk:evidence/gk:text ?text ; gk:start ?s ; gk:end ?end ; gk:confidence ?c ; gk:rule ?rule } }""")}
    assert expected
    got = {}
    for prop in DATE_PROPERTIES:
        for row in run_cypher(clean_neo4j, f"""
                MATCH (e:Entity)-[m:MENTIONED_IN]->(d:Document) WHERE m.{prop} IS NOT NULL
                RETURN e.iri, m.{prop}, d.iri, m.{prop}Evidence, m.{prop}Start, m.{prop}End,
                       m.{prop}Confidence, m.{prop}Rule""")[1]:
            got[(row[0], prop, row[1], row[2])] = tuple(row[3:])
    assert got == expected
    # the provenance stays on MENTIONED_IN: the node has the date only
    assert all(not any(k.startswith(prop) and k != prop for k in node(clean_neo4j, e))
               for e, prop, _, _ in expected)
