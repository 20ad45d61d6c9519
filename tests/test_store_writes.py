"""The embedded store's batch writes: whole documents, a correct union, bad documents refused alone.

``replace_documents`` ingests new documents together and replaces stored ones
by their difference (govkg.graph.writing); whatever the path, the document
graphs must be the ones given and the union exactly the triples some document
states, each once.
"""
from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from govkg.graph.store import UNION_GRAPH, StoreError, open_store

EX = "https://ex.org/"


def nt(*triples: tuple[str, str, str]) -> str:
    return "".join(f'<{EX}{s}> <{EX}{p}> "{o}" .\n' for s, p, o in triples)


def doc(name: str) -> str:
    return f"{EX}doc/{name}"


@pytest.fixture(params=["disk", "memory"])
def store(request, tmp_path):
    s = open_store(tmp_path / "store" if request.param == "disk" else "memory:")
    yield s
    s.close()


def graphs(store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for q in store.quads():
        out.setdefault(q.graph_name.value, set()).add(str(ox.Triple(q.subject, q.predicate, q.object)))
    return out


def assert_union_in_step(store) -> None:
    """The union holds each triple some document states, and nothing else."""
    stated = set().union(*graphs(store).values()) if store.documents() else set()
    assert {str(t) for t in store._union_triples()} == stated


def test_new_documents_go_in_whole_with_the_union(store):
    docs = [(doc("a"), nt(("x", "p", "1"), ("y", "p", "2"))), (doc("b"), nt(("x", "p", "1"), ("z", "p", "3")))]
    assert store.replace_documents(docs) == [None, None]
    assert store.documents() == [doc("a"), doc("b")]
    assert len(graphs(store)[doc("a")]) == 2 and len(store._union_triples()) == 3
    assert_union_in_step(store)


def test_a_bad_document_is_refused_alone(store):
    docs = [(doc("a"), nt(("x", "p", "1"))), (doc("bad"), "<not an iri> <x> .\n"), ("not an iri", nt(("y", "p", "2"))),
            (UNION_GRAPH, nt(("y", "p", "2"))), (doc("c"), nt(("z", "p", "3")))]
    problems = store.replace_documents(docs)
    assert [p is None for p in problems] == [True, False, False, False, True]
    assert all(isinstance(p, StoreError) and "cannot write graph" in str(p) for p in problems if p)
    assert store.documents() == [doc("a"), doc("c")]
    with pytest.raises(StoreError, match="cannot write graph"):
        store.replace_document(doc("bad"), '<x> <y> "z" .')          # a relative IRI
    assert_union_in_step(store)


def test_replacing_keeps_what_another_document_states(store):
    store.replace_documents([(doc("a"), nt(("x", "p", "1"), ("y", "p", "2"))), (doc("b"), nt(("x", "p", "1")))])
    store.replace_document(doc("a"), nt(("y", "p", "2"), ("w", "p", "4")))
    assert graphs(store)[doc("a")] == {str(t) for t in ox.parse(nt(("y", "p", "2"), ("w", "p", "4")).encode(),
                                                                  ox.RdfFormat.N_TRIPLES)}
    assert_union_in_step(store)                                     # x p 1 stays: b states it
    store.replace_document(doc("b"), nt(("v", "p", "5")))
    assert_union_in_step(store)                                     # now x p 1 goes
    store.replace_document(doc("b"), nt(("v", "p", "5")))           # unchanged: nothing to do
    assert store.remove_document(doc("a")) and store.documents() == [doc("b")]
    assert_union_in_step(store)


def test_the_same_document_twice_in_a_batch_ends_as_the_second(store):
    problems = store.replace_documents([(doc("a"), nt(("x", "p", "1"))), (doc("a"), nt(("y", "p", "2")))])
    assert problems == [None, None]
    assert graphs(store) == {doc("a"): {f'<{EX}y> <{EX}p> "2"'}}
    assert_union_in_step(store)


def test_blank_nodes_of_two_documents_stay_apart(store):
    text = '_:b0 <https://ex.org/p> "x" .\n_:b0 <https://ex.org/q> _:b1 .\n'
    assert store.replace_documents([(doc("a"), text), (doc("b"), text)]) == [None, None]
    subjects = {q.graph_name.value: q.subject for q in store.quads() if q.predicate.value.endswith("/p")}
    assert len(subjects) == 2 and subjects[doc("a")] != subjects[doc("b")]
    store.replace_document(doc("a"), text)
    assert sum(1 for q in store.quads(doc("a"))) == 2


def test_random_writes_keep_the_union_in_step(store):
    rnd = random.Random(10)
    pool = [(f"s{i % 7}", f"p{i % 3}", str(i % 11)) for i in range(60)]
    for _ in range(12):
        batch = [(doc(f"d{rnd.randrange(6)}"), nt(*rnd.sample(pool, rnd.randrange(1, 12)))) for _ in range(rnd.randrange(1, 5))]
        assert store.replace_documents(batch) == [None] * len(batch)
        if rnd.random() < 0.3 and store.documents():
            store.remove_document(rnd.choice(store.documents()))
        assert_union_in_step(store)


def test_a_reader_sees_ingested_documents_without_a_flush(tmp_path):
    writer = open_store(tmp_path / "store")
    writer.replace_documents([(doc("a"), nt(("x", "p", "1")))])
    reader = open_store(tmp_path / "store", read_only=True)
    try:
        assert reader.documents() == [doc("a")]
        assert reader.select("SELECT ?o WHERE { ?s ?p ?o }") == [{"o": "1"}]
    finally:
        reader.close()
        writer.close()


def _build_counting_batches(tmp_path, extractor, articles, n: int):
    """Build ``n`` distinct documents into a memory store; the build's report, the store, and the
    size of each batch it wrote."""
    from govkg import build as b

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        text = articles[i % len(articles)].read_text(encoding="utf-8")
        (folder / f"d{i:02d}.txt").write_text(f"{text}\n第{i}篇。\n", encoding="utf-8")
    store = open_store("memory:")
    sizes: list[int] = []
    write = store.replace_documents
    store.replace_documents = lambda batch: (sizes.append(len(batch)), write(batch))[1]
    return b.build([folder], store, extractor), store, sizes


def test_a_build_stores_its_first_documents_at_once_then_in_growing_batches(tmp_path, extractor, articles):
    """The first document is written alone (progress shows at once), the next batches double."""
    report, store, sizes = _build_counting_batches(tmp_path, extractor, articles, 9)
    assert report.ok and len(store.documents()) == 9
    assert sum(sizes) == 9 and sizes[0] == 1
    # each batch at most twice the one before (a slow extraction may close one early, on time)
    assert all(n <= 2 ** i for i, n in enumerate(sizes)), sizes
    assert max(sizes) > 1, sizes


def test_a_builds_last_batches_shrink_so_it_does_not_end_on_a_long_write(tmp_path, extractor, articles, monkeypatch):
    """The last batch is written after the last extraction, with nothing else to do: near the end a
    batch holds at most a third of what is still to come."""
    from govkg import build as b

    monkeypatch.setattr(b, "TAIL_BATCH_DOCUMENTS", 1)
    report, _, sizes = _build_counting_batches(tmp_path, extractor, articles, 20)
    assert report.ok and sum(sizes) == 20
    for i in range(1, len(sizes)):
        to_come = 20 - sum(sizes[:i])
        assert sizes[i] <= max(1, to_come // 3), sizes
    assert sizes[-1] == 1 and max(sizes) > 2, sizes


def _rewrites(monkeypatch) -> list[bool]:
    """Whether each stored document given again was written (``writing.replace_stored``'s second value)."""
    from govkg.graph import writing

    written, real = [], writing.replace_stored
    monkeypatch.setattr(writing, "replace_stored", lambda *a: (r := real(*a)) and written.append(r[1]) or r)
    return written


def test_the_same_text_again_writes_nothing_though_the_store_keeps_values_not_spellings(store, monkeypatch):
    # the store gives back "8"^^xsd:decimal for "8.0": the same value, so the same document
    text = (f'<{EX}a> <{EX}value> "8.0"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n'
            f'<{EX}a> <{EX}unit> "万"@zh .\n')
    assert store.replace_documents([(doc("x"), text)]) == [None]
    written = _rewrites(monkeypatch)
    assert store.replace_documents([(doc("x"), text)]) == [None]
    assert written == [False]
    assert store.replace_documents([(doc("x"), text.replace("8.0", "9.5"))]) == [None]
    assert written == [False, True]


def _hashed(doc_iri: str, body: str) -> str:
    """``body`` (N-Triples lines) with the gk:graphHash line the extractor would add: the SHA-256 of the rest."""
    from govkg.graph import writing
    from govkg.ontology.namespace import graph_hash

    lines = sorted(body.splitlines())
    digest = graph_hash(line.encode("utf-8") for line in lines)
    return "\n".join(sorted([*lines, f'<{doc_iri}> <{writing.GRAPH_HASH.value}> "{digest}" .'])) + "\n"


def test_a_document_with_the_graph_hash_it_has_is_not_read_again(store, monkeypatch):
    from govkg.graph import writing

    hashed = _hashed(doc("x"), nt(("a", "name", "甲")))
    assert store.replace_documents([(doc("x"), hashed)]) == [None]
    monkeypatch.setattr(writing, "stored_form", lambda data: pytest.fail("read and compared in full"))
    written = _rewrites(monkeypatch)
    assert store.replace_documents([(doc("x"), hashed)]) == [None] and written == [False]


def test_a_hash_line_the_text_does_not_earn_is_not_trusted(store, monkeypatch):
    hashed = _hashed(doc("x"), nt(("a", "name", "甲")))
    assert store.replace_documents([(doc("x"), hashed)]) == [None]
    written = _rewrites(monkeypatch)
    # edited by hand, the old hash line kept: written all the same
    edited = hashed.replace('"甲"', '"乙"')
    assert store.replace_documents([(doc("x"), edited)]) == [None] and written == [True]
    assert graphs(store)[doc("x")] >= {f'<{EX}a> <{EX}name> "乙"'}
    # another document's hash line in this document's text: not this document's hash
    other = _hashed(doc("y"), nt(("a", "name", "乙")))
    assert store.replace_documents([(doc("x"), other)]) == [None] and written == [True, True]


def test_the_embedded_store_is_still_importable_from_the_store_module():
    """Code written before the embedded store had a module of its own (graph/oxigraph_store.py) imports it from
    graph/store.py; the registry opens the same class."""
    from govkg.graph import oxigraph_store, store

    assert store.OxigraphStore is oxigraph_store.OxigraphStore
    assert type(store.open_store("memory:")) is oxigraph_store.OxigraphStore
    with pytest.raises(AttributeError):
        store.NoSuchStore
