"""The Neo4j records the build keeps beside an on-disk store (govkg.graph.neo4j_cache).

What is kept must be what the load would read from the store; a kept entry of another
graph must never be used; and a load must give the same Neo4j graph with the file as
without it (that part against a real server, as the other Neo4j tests).
"""
from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

import govkg.graph.neo4j_reading as reading
from govkg.build import build, remove
from govkg.graph.neo4j import document_records, load_store
from govkg.graph.neo4j_sync import stored_hashes
from govkg.graph.neo4j_cache import SUFFIX, RecordsCache, cache_path, decode, records_of_text
from govkg.graph.store import StoreError, open_store

from .neo4j_support import ntriples, snapshot

ARTICLES = Path(__file__).parent / "data" / "articles"


@pytest.fixture(scope="module")
def built(tmp_path_factory, extractor) -> Path:
    """The test articles built into a store on disk (closed again)."""
    path = tmp_path_factory.mktemp("kept") / "store"
    store = open_store(path)
    report = build([ARTICLES], store, extractor)
    assert report.built and not report.skipped
    store.close()
    return path


def kept_file(path: Path) -> Path:
    return Path(str(path) + SUFFIX)


def kept_rows(path: Path) -> dict[str, tuple[str, bytes]]:
    db = sqlite3.connect(kept_file(path))
    try:
        return {doc: (digest, data) for doc, digest, data in db.execute("SELECT document, graph_hash, data FROM records")}
    finally:
        db.close()


def test_the_build_keeps_the_records_the_load_would_read_from_the_store(built):
    store = open_store(built, read_only=True)
    try:
        documents = store.documents()
        kept = kept_rows(built)
        assert sorted(kept) == sorted(documents)
        for doc in documents:
            digest, data = kept[doc]
            records = document_records(store, doc)
            assert digest == records.document["graphHash"]
            assert decode(data) == records, doc
    finally:
        store.close()


def test_only_entries_of_the_graph_the_store_holds_now_are_used(built, tmp_path):
    path = _copy(built, tmp_path)
    store = open_store(path, read_only=True)
    try:
        documents = store.documents()
        hashes = {doc: document_records(store, doc).document["graphHash"] for doc in documents}
        stale = dict(hashes, **{documents[0]: "0" * 64})      # as if the store held another graph of it
        kept = RecordsCache.of(store, read_only=True)
        assert kept.matching(hashes) == set(documents)
        assert kept.matching(stale) == set(documents[1:])
        assert sorted(kept.records(stale)) == sorted(documents[1:])
        kept.close()
        # the load's reader: the stale one is read from the store, the others taken as kept
        read = []
        real_read_ahead = reading.read_ahead
        reading_calls = lambda s, docs, depth: read.extend(docs) or real_read_ahead(s, docs, depth)  # noqa: E731
        try:
            reading.read_ahead = reading_calls
            records = list(reading.records_ahead(store, documents, 8, stale))
        finally:
            reading.read_ahead = real_read_ahead
        assert read == [documents[0]]
        assert [r.iri for r in records] == documents
        assert records == [document_records(store, doc) for doc in documents]
    finally:
        store.close()


def test_a_store_without_the_file_or_with_a_damaged_one_is_read(built, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(built, path)
    store = open_store(path, read_only=True)
    try:
        assert RecordsCache.of(store, read_only=True) is None          # no file: nothing kept
        cache_path(store).write_bytes(b"not a database")
        documents = store.documents()
        hashes = {doc: "x" for doc in documents}
        records = list(reading.records_ahead(store, documents, 8, hashes))
        assert records == [document_records(store, doc) for doc in documents]
    finally:
        store.close()


def test_a_build_stops_before_extracting_when_the_records_file_cannot_be_written(built, tmp_path, extractor):
    """The store drops entries from the file before each write: a file it cannot open would fail every
    write, so the build says so at once, naming the file, and the store is left as it was."""
    path = _copy(built, tmp_path)
    kept_file(path).write_bytes(b"not a database")
    store = open_store(path)
    try:
        before = store.documents()
        with pytest.raises(StoreError, match="neo4j-records.sqlite.*delete it"):
            build([ARTICLES], store, extractor, everything=True)
        assert store.documents() == before
    finally:
        store.close()


def test_a_records_file_of_an_older_layout_is_started_again(tmp_path):
    path = tmp_path / "store.neo4j-records.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE records (document TEXT PRIMARY KEY, graph_hash TEXT, format INTEGER, data BLOB)")
    db.execute("INSERT INTO records VALUES ('d', 'h', 1, x'00')")
    db.commit()
    db.close()
    kept = RecordsCache(path)
    kept.put([("d", "h", b"data")])
    assert kept.matching({"d": "h"}) == {"d"}
    kept.close()


def test_graphs_with_blank_nodes_or_no_hash_are_not_kept():
    doc = "https://w3id.org/govkg/id/doc/x"
    hashed = f'<{doc}> <https://w3id.org/govkg/ontology#graphHash> "{"a" * 64}" .\n'
    assert records_of_text(doc, hashed) is not None
    assert records_of_text(doc, hashed + '_:b <https://w3id.org/govkg/ontology#name> "甲"@zh .\n') is None
    assert records_of_text(doc, f'<{doc}> <https://w3id.org/govkg/ontology#title> "t" .\n') is None
    assert records_of_text(doc, "not N-Triples") is None           # the document is stored all the same


def test_a_store_reached_through_a_link_finds_its_records(built, tmp_path):
    (tmp_path / "link").symlink_to(built.resolve())
    store = open_store(tmp_path / "link", read_only=True)
    try:
        assert cache_path(store) == kept_file(built.resolve())
        assert RecordsCache.of(store, read_only=True) is not None
    finally:
        store.close()


def test_removing_a_document_drops_its_kept_records(built, tmp_path):
    path = _copy(built, tmp_path)
    store = open_store(path)
    try:
        first, *others = store.documents()
        assert remove(store, first)
        assert sorted(kept_rows(path)) == sorted(others)
    finally:
        store.close()


def test_a_build_into_memory_keeps_nothing(extractor, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = open_store("memory:")
    build([ARTICLES / sorted(p.name for p in ARTICLES.iterdir())[0]], store, extractor)
    assert cache_path(store) is None and not list(tmp_path.iterdir())


def _copy(built: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store"
    shutil.copytree(built, path)
    shutil.copy(kept_file(built), kept_file(path))
    return path


def test_a_graph_written_by_other_means_drops_its_kept_records(built, tmp_path):
    """A graph replaced outside the build (an edited export imported again, a text written by hand) may
    keep its old gk:graphHash: its kept records must not be taken for it."""
    path = _copy(built, tmp_path)
    store = open_store(path)
    try:
        first, *others = store.documents()
        text = ntriples(store, first)
        name = re.search(r'#name> "([^"]+)"@zh', text).group(1)
        store.replace_document(first, text.replace(f'"{name}"@zh', f'"{name}（改）"@zh'))   # the same hash line
        assert sorted(kept_rows(path)) == sorted(others)
        hashes = stored_hashes(store)
        records = list(reading.records_ahead(store, [first], 8, hashes))
        assert any(n["mention"].get("name") == f"{name}（改）" for n in records[0].nodes)
        store.clear()
        assert kept_rows(path) == {}
    finally:
        store.close()


def test_records_are_kept_as_the_store_gives_the_values_back(built):
    """The store keeps a literal's value, not its spelling: "1"^^xsd:boolean is read back as true."""
    true = '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'
    store = open_store(built, read_only=True)
    try:
        doc = next(d for d in store.documents() if true in ntriples(store, d))     # an inferred fact
        text = ntriples(store, doc).replace(true, '"1"^^<http://www.w3.org/2001/XMLSchema#boolean>')
    finally:
        store.close()
    memory = open_store("memory:")
    memory.replace_document(doc, text)
    assert decode(records_of_text(doc, text)[1]) == document_records(memory, doc)


def test_an_entry_that_cannot_be_read_is_read_from_the_store(built, tmp_path):
    path = _copy(built, tmp_path)
    store = open_store(path, read_only=True)
    try:
        documents = store.documents()
        hashes = stored_hashes(store)
        db = sqlite3.connect(kept_file(path))
        with db:
            db.execute("UPDATE records SET data = ? WHERE document = ?", (b"not zlib", documents[0]))
        db.close()
        records = list(reading.records_ahead(store, documents, 8, hashes))
        assert records == [document_records(store, doc) for doc in documents]
    finally:
        store.close()


@pytest.mark.neo4j
def test_a_load_from_kept_records_gives_the_graph_a_load_from_the_store_gives(built, neo4j_driver, monkeypatch):
    store = open_store(built, read_only=True)
    try:
        neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
        read = []
        real_read_ahead = reading.read_ahead
        monkeypatch.setattr(reading, "read_ahead",
                            lambda s, docs, depth: read.extend(docs) or real_read_ahead(s, docs, depth))
        summary = load_store(store, neo4j_driver)
        assert read == [] and summary.documents == len(store.documents())
        from_kept = snapshot(neo4j_driver)
        # --all is how a graph changed without a new hash is written again: it reads every document
        load_store(store, neo4j_driver, everything=True)
        assert sorted(read) == sorted(store.documents())
        assert snapshot(neo4j_driver) == from_kept
        read.clear()
        monkeypatch.setattr(reading.RecordsCache, "of", classmethod(lambda cls, s, read_only=False: None))
        neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
        load_store(store, neo4j_driver)
        assert sorted(read) == sorted(store.documents())                # this time read from the store
        assert snapshot(neo4j_driver) == from_kept
    finally:
        store.close()
