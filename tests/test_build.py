"""Building the graph into the embedded store: identity, merging, removal, bad files, locking."""
from __future__ import annotations


import pytest

from govkg import build as b
from govkg.graph.store import open_store
from govkg.ontology.namespace import document_iri, entity_iri, region_iri

A = "江苏：推进数字政府\n江苏省大数据管理中心负责运营“苏服办”App，注册用户超过8000万。\n"
B = "江苏省大数据管理中心与安徽省数据资源管理局签署合作协议。“苏服办”与“皖事通”实现数据共享。\n"


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="gb18030")
    return tmp_path


def nquads(store) -> list[str]:
    return sorted(str(q) for q in store.quads())


def test_build_is_deterministic(folder, tmp_path, extractor):
    s1, s2 = open_store(tmp_path / "s1"), open_store(tmp_path / "s2")
    b.build([folder], s1, extractor)
    b.build([folder], s2, extractor)
    assert nquads(s1) == nquads(s2) and len(s1) > 50
    before = nquads(s1)
    b.build([folder], s1, extractor, everything=True)     # rebuilding replaces, never duplicates
    assert nquads(s1) == before


def _graph_hashes(store) -> dict[str, str]:
    return {row["d"]: row["h"] for row in store.select(
        "SELECT ?d ?h WHERE { ?d <https://w3id.org/govkg/ontology#graphHash> ?h }")}


def test_the_graph_hash_is_the_hash_of_everything_else_the_graph_says(folder, tmp_path, extractor, monkeypatch):
    import hashlib

    written = []
    real = b.to_ntriples
    monkeypatch.setattr(b, "to_ntriples", lambda x, extra=(): written.append(real(x, extra)) or written[-1])
    store = open_store(tmp_path / "s")
    b.build([folder], store, extractor)
    hashes = _graph_hashes(store)
    assert len(written) == len(store.documents()) == len(set(hashes.values())) == 2
    for text in written:        # the SHA-256 of the other lines, as the extractor wrote them
        lines = text.splitlines()
        (line,) = [ln for ln in lines if "#graphHash>" in ln]
        # what the graph was built from (the file's bytes, the extractor) is not what it says
        rest = [ln for ln in lines if not any(p in ln for p in ("#graphHash>", "#sourceHash>", "#extractorHash>"))]
        assert len(rest) == len(lines) - 3
        assert line.split('"')[1] == hashlib.sha256("\n".join(rest).encode("utf-8")).hexdigest()
        assert line.split('"')[1] in hashes.values()
    # the same texts give the same hashes; a text that says more, another
    b.build([folder], store, extractor, everything=True)
    assert _graph_hashes(store) == hashes
    (folder / "a.txt").write_text(A + "安徽省数据资源管理局负责建设“皖事通”App。\n", encoding="utf-8")
    b.build([folder], store, extractor)
    changed = _graph_hashes(store)
    assert changed.keys() == hashes.keys() and sum(changed[d] != hashes[d] for d in hashes) == 1


def test_entities_merge_across_documents(folder, tmp_path, extractor):
    store = open_store(tmp_path / "s")
    report = b.build([folder], store, extractor)
    assert len(report.built) == 2 and report.ok
    agency = entity_iri("Agency", "江苏省大数据管理中心")
    rows = store.select("SELECT DISTINCT ?a ?d WHERE { ?a gk:mentionedIn ?d }", {"a": _iri(agency)})
    assert len(rows) == 2                                  # one node, mentioned by both documents
    rows = store.select("SELECT DISTINCT ?a ?r WHERE { ?a gk:jurisdiction ?r }", {"a": _iri(agency)})
    assert [r["r"] for r in rows] == [region_iri("320000")]


def test_remove_one_document_keeps_the_other(folder, tmp_path, extractor):
    store = open_store(tmp_path / "s")
    b.build([folder], store, extractor)
    assert b.remove(store, str(folder / "a.txt"))
    assert len(store.documents()) == 1
    platform = entity_iri("Platform", "苏服办")
    assert store.select("SELECT ?a ?p WHERE { ?a gk:operates ?p }", {"p": _iri(platform)}) == []
    assert store.select("SELECT ?p ?o WHERE { { ?p gk:sharesDataWith ?o } UNION { ?o gk:sharesDataWith ?p } }", {"p": _iri(platform)})
    assert not b.remove(store, "no-such-document")


def test_a_bad_file_is_skipped_and_the_batch_goes_on(folder, tmp_path, extractor):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    store = open_store(tmp_path / "s")
    seen = []
    report = b.build([folder], store, extractor, on_document=lambda p, r, e: seen.append((p, e)))
    assert len(report.built) == 2
    assert {p.rsplit("/", 1)[-1] for p, _ in report.skipped} == {"empty.txt", "binary.txt"}
    assert all(problem for _, problem in report.skipped)
    assert len(seen) == 4


def test_a_failing_write_leaves_the_store_as_it_was(folder, tmp_path, extractor, monkeypatch):
    store = open_store(tmp_path / "s")
    b.build([folder / "a.txt"], store, extractor)
    before = nquads(store)

    def broken(_x, *_):  # the extraction of the second file produces invalid N-Triples
        return "<not an iri> <x> ."

    monkeypatch.setattr(b, "to_ntriples", broken)
    report = b.build([folder / "a.txt"], store, extractor, everything=True)   # skipped, the batch goes on
    assert not report.built and "cannot be stored" in report.skipped[0][1]
    assert nquads(store) == before


def test_a_second_build_waits_for_the_lock(folder, tmp_path, extractor):
    store = open_store(tmp_path / "s")
    lock = b.store_lock(store)
    with lock:
        with pytest.raises(b.StoreBusy, match="another govkg process"):
            b.build([folder], store, extractor, lock_timeout=0.2)
    assert b.build([folder], store, extractor).ok


def test_export_formats_round_trip(folder, tmp_path, extractor):
    import rdflib

    store = open_store(tmp_path / "s")
    b.build([folder], store, extractor)
    trig = store.export(tmp_path / "g.trig", "trig")
    ds = rdflib.Dataset()
    ds.parse(trig, format="trig")
    graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {document_iri(d.rsplit("/", 1)[-1]) for d in store.documents()} <= graphs
    ttl = store.export(tmp_path / "g.ttl", "turtle")
    assert len(rdflib.Graph().parse(ttl, format="turtle")) > 50
    jsonld = store.export(tmp_path / "g.jsonld", "jsonld")
    assert jsonld.read_text(encoding="utf-8").lstrip().startswith(("{", "["))


def _iri(value):
    import pyoxigraph as ox

    return ox.NamedNode(value)


def test_a_name_without_a_place_never_merges_across_documents(tmp_path, extractor):
    """Two cities' articles both say 市公安局: two bodies, each placed by its own article."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "sz.txt").write_text(
        "深圳市推进数据共享。深圳市政务服务数据管理局统筹建设平台，市公安局负责数据对接。\n", encoding="utf-8")
    (tmp_path / "in" / "hz.txt").write_text(
        "杭州市推进城市大脑建设。杭州市数据资源管理局牵头，市公安局接入城市大脑。\n", encoding="utf-8")
    (tmp_path / "in" / "x1.txt").write_text("市公安局接入“平安通”平台。\n", encoding="utf-8")
    (tmp_path / "in" / "x2.txt").write_text("市公安局上线“警民通”小程序。\n", encoding="utf-8")
    store = open_store(tmp_path / "s")
    b.build([tmp_path / "in"], store, extractor)
    rows = store.select("SELECT DISTINCT ?e WHERE { ?e a gk:Agency ; gk:name ?n . FILTER(STRENDS(STR(?n), '市公安局')) }")
    names = sorted(r["e"] for r in rows)
    assert entity_iri("Agency", "深圳市公安局") in names and entity_iri("Agency", "杭州市公安局") in names
    assert len(names) == 4, names   # and the two placeless articles' 市公安局 stay apart


def test_on_ctrl_c_the_documents_already_extracted_are_stored(tmp_path, extractor):
    """A batch holds up to half a minute of extracted documents; a Ctrl-C stores them before it stops."""
    from govkg.parallel import SerialRunner

    texts = [A, B, A.replace("8000万", "9000万"), B.replace("合作协议", "框架协议"), A.replace("江苏省", "浙江省")]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    store = open_store(tmp_path / "s")
    stored_when_interrupted = []

    class Interrupted(SerialRunner):    # Ctrl-C while waiting for the fifth document
        def map(self, jobs):
            for n, out in enumerate(super().map(jobs)):
                if n == 4:
                    stored_when_interrupted.extend(store.documents())
                    raise KeyboardInterrupt
                yield out

    seen = []
    with pytest.raises(KeyboardInterrupt):
        b.build([tmp_path / f"{i}.txt" for i in range(5)], store, extractor,
                on_document=lambda p, r, e: seen.append(p), runner=Interrupted(extractor))
    assert len(stored_when_interrupted) < 4        # the last ones were waiting in the batch
    assert [p.rsplit("/", 1)[-1] for p in seen] == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert len(store.documents()) == 4             # and are stored, whole


def test_a_build_that_writes_much_of_the_store_compacts_it(folder, tmp_path, extractor, monkeypatch):
    monkeypatch.setattr(b, "COMPACT_MIN_DOCUMENTS", 2)
    store = open_store(tmp_path / "s")
    calls, real = [], store.optimize
    monkeypatch.setattr(store, "optimize", lambda: calls.append("optimize") or real())
    b.build([folder], store, extractor, on_compact=calls.append)
    assert calls == [2, "optimize"]                 # told how many were written, then compacted
    before = nquads(store)
    store.close()
    with open_store(tmp_path / "s") as again:       # the compacted store holds what was written
        assert nquads(again) == before and len(before) > 50
    store = open_store(tmp_path / "s")
    monkeypatch.setattr(store, "optimize", lambda: calls.append("optimize"))
    b.build([folder], store, extractor, on_compact=calls.append)      # nothing written: nothing to compact
    (folder / "a.txt").write_text(A + "另有一句。\n", encoding="utf-8")
    b.build([folder], store, extractor, on_compact=calls.append)      # 1 of 2 documents: below the minimum
    assert calls == [2, "optimize"]
    monkeypatch.setattr(b, "COMPACT_MIN_DOCUMENTS", 1)
    assert b.worth_compacting(1, store) and not b.worth_compacting(0, store)
    monkeypatch.setattr(store, "documents", lambda: [f"d{i}" for i in range(10)])
    assert not b.worth_compacting(1, store) and b.worth_compacting(2, store)   # a fifth of the store
    assert not b.worth_compacting(10**6, open_store("memory:"))                # nothing there to compact
