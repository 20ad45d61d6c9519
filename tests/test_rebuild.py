"""Building an archive again: files whose bytes and extractor are what the store has are not extracted.

The store states, for each document, the SHA-256 of the file's bytes
(``gk:sourceHash``) and of the extractor (``gk:extractorHash``: govkg's code,
the dictionaries and rules, the NER switch, the libraries). A build leaves a
file alone when both match, and the graph is the same as extracting it again.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govkg import build as b
from govkg.graph.store import open_store
from govkg.loaders.pipeline import Extractor
from govkg.loaders.resources import DATA, load_resources
from govkg.parallel import open_runner

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))
GK = "https://w3id.org/govkg/ontology#"
# in our own words: an agency that builds a platform, and a second article on another
FIRST = "湖州市数据局负责建设“浙里办”湖州频道，已接入事项1200项。\n"
SECOND = "嘉兴市大数据发展管理局与湖州市数据局签署数据共享协议。\n"


@pytest.fixture()
def folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "second.txt").write_text(SECOND, encoding="gb18030")
    return folder


def counting(extractor: Extractor) -> list[str]:
    """The sources ``extractor`` extracts from now on, in order."""
    seen, real = [], extractor.extract
    extractor.extract = lambda raw, *a, **k: seen.append(Path(raw.source).name) or real(raw, *a, **k)
    return seen


def nquads(store) -> list[str]:
    return sorted(str(q) for q in store.quads())


def test_unchanged_files_are_not_extracted_and_an_edited_one_is(folder, tmp_path):
    extractor = Extractor()
    store = open_store(tmp_path / "store")
    first = b.build([folder], store, extractor)
    assert len(first.built) == 2 and not first.unchanged
    before = nquads(store)
    seen = counting(extractor)
    again = b.build([folder], store, extractor)
    assert seen == [] and not again.built and again.ok
    assert sorted((u.path, u.doc_iri) for u in again.unchanged) == sorted((r.path, r.doc_iri) for r in first.built)
    assert nquads(store) == before

    (folder / "first.txt").write_text(FIRST + "该频道由湖州市数据局运营。\n", encoding="utf-8")
    edited = b.build([folder], store, extractor)
    assert seen == ["first.txt"]
    assert [r.path for r in edited.built] == [str(folder / "first.txt")]
    assert [u.path for u in edited.unchanged] == [str(folder / "second.txt")]
    fresh = open_store(tmp_path / "fresh")
    b.build([folder], fresh, Extractor())
    assert nquads(store) == nquads(fresh) != before        # as if every file had been extracted again


def test_everything_extracts_every_file_again(folder, tmp_path):
    extractor = Extractor()
    store = open_store(tmp_path / "store")
    b.build([folder], store, extractor)
    seen = counting(extractor)
    report = b.build([folder], store, extractor, everything=True)
    assert sorted(seen) == ["first.txt", "second.txt"] and len(report.built) == 2 and not report.unchanged


def test_new_wording_rules_in_a_data_folder_make_the_files_extracted_again(folder, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(str(DATA), data)
    store = open_store(tmp_path / "store")
    b.build([folder], store, Extractor(load_resources(data, use_ner=False)))
    same = Extractor(load_resources(data, use_ner=False))
    seen = counting(same)
    assert len(b.build([folder], store, same).unchanged) == 2 and seen == []

    rules = data / "verb_rules.tsv"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n", encoding="utf-8")   # the user edited the file
    taught = Extractor(load_resources(data, use_ner=False))
    seen = counting(taught)
    assert len(b.build([folder], store, taught).built) == 2 and sorted(seen) == ["first.txt", "second.txt"]

    with_ner = Extractor(load_resources(data, use_ner=True))      # another extractor: the model runs too
    assert with_ner.fingerprint != taught.fingerprint
    seen = counting(with_ner)
    assert len(b.build([folder], store, with_ner).built) == 2 and len(seen) == 2


def test_the_stored_hashes_are_of_the_files_bytes_and_the_extractor(folder, tmp_path):
    import hashlib

    extractor = Extractor()
    store = open_store(tmp_path / "store")
    b.build([folder], store, extractor)
    rows = store.select(f"SELECT ?p ?s ?x WHERE {{ ?d <{GK}sourcePath> ?p ; <{GK}sourceHash> ?s ; "
                        f"<{GK}extractorHash> ?x }}")
    assert len(rows) == 2
    for row in rows:
        assert row["s"] == hashlib.sha256(Path(row["p"]).read_bytes()).hexdigest()   # GB18030 bytes, not the text
        assert row["x"] == extractor.fingerprint and len(row["x"]) == 64


def test_another_doc_id_is_another_document(folder, tmp_path):
    extractor = Extractor()
    store = open_store(tmp_path / "store")
    file = folder / "first.txt"
    b.build([file], store, extractor, doc_id="issue-1")
    assert len(b.build([file], store, extractor, doc_id="issue-1").unchanged) == 1
    report = b.build([file], store, extractor, doc_id="issue-2")
    assert len(report.built) == 1 and not report.unchanged


def test_a_store_from_before_the_hashes_is_extracted_again(folder, tmp_path):
    import pyoxigraph as ox

    extractor = Extractor()
    store = open_store(tmp_path / "store")
    b.build([folder], store, extractor)
    older = open_store("memory:")          # as an older govkg stored the documents: no hashes
    for doc in store.documents():
        kept = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads(doc)
                if not q.predicate.value.endswith(("#sourceHash", "#extractorHash", "#graphHash"))]
        older.replace_document(doc, ox.serialize(kept, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"))
    report = b.build([folder], older, extractor)
    assert len(report.built) == 2 and not report.unchanged
    assert nquads(older) == nquads(store)


def test_with_worker_processes_unchanged_files_keep_their_place_in_the_order(tmp_path):
    """Progress and the writes follow the input order, with files left unchanged among those extracted."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i, article in enumerate(ARTICLES * 2):
        shutil.copy(article, folder / f"d{i:02d}.txt")
    files = sorted(folder.glob("*.txt"))
    store = open_store(tmp_path / "store")
    b.build([folder], store, Extractor())
    for f in files[1::3]:
        f.write_text(f.read_text(encoding="utf-8") + "\n另据报道，杭州市数据资源管理局负责运营城市大脑。\n", encoding="utf-8")
    seen = []
    with open_runner("processes:2", Extractor()) as runner:
        report = b.build([folder], store, runner.extractor, runner=runner,
                         on_document=lambda path, result, problem: seen.append((Path(path).name, type(result).__name__)))
    assert seen == [(f.name, "DocumentResult" if f in files[1::3] else "Unchanged") for f in files]
    assert len(report.built) == len(files[1::3]) and len(report.unchanged) == len(files) - len(report.built)
    fresh = open_store(tmp_path / "fresh")
    b.build([folder], fresh, Extractor())
    assert nquads(store) == nquads(fresh)


def test_govkg_build_says_which_files_it_left_and_all_extracts_them(folder, tmp_path):
    from click.testing import CliRunner

    from govkg.cli.main import cli

    store = str(tmp_path / "store")
    first = CliRunner().invoke(cli, ["build", str(folder), "--store", store, "--workers", "1"])
    assert first.exit_code == 0 and "2 built" in first.output and "unchanged" not in first.output
    again = CliRunner().invoke(cli, ["build", str(folder), "--store", store, "--workers", "1", "-v"])
    assert again.exit_code == 0, again.output
    assert "0 built, 2 unchanged (as stored)" in again.output
    assert f"unchanged {folder / 'first.txt'}" in again.output and "stored " not in again.output
    forced = CliRunner().invoke(cli, ["build", str(folder), "--store", store, "--workers", "1", "--all"])
    assert forced.exit_code == 0 and "2 built" in forced.output and "unchanged" not in forced.output


def test_two_pages_with_one_canonical_url_stay_what_a_full_rebuild_gives(tmp_path):
    """One document, two files: the later file's graph stays, build after build, as in a full rebuild."""
    page = ('<html><head><title>{}</title><link rel="canonical" href="https://gov.example.cn/news/7.html">'
            '</head><body><article><p>{}</p></article></body></html>')
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(page.format("早", FIRST), encoding="utf-8")
    (folder / "b.html").write_text(page.format("晚", SECOND), encoding="utf-8")
    store, fresh = open_store(tmp_path / "store"), open_store(tmp_path / "fresh")
    b.build([folder], fresh, Extractor(), everything=True)
    titles = f"SELECT ?t WHERE {{ ?d <{GK}title> ?t }}"
    assert [r["t"] for r in fresh.select(titles)] == ["晚"]
    for _ in range(3):
        b.build([folder], store, Extractor())
        assert nquads(store) == nquads(fresh)


def test_a_build_without_the_doc_id_is_another_document_than_one_with_it(folder, tmp_path):
    extractor = Extractor()
    store = open_store(tmp_path / "store")
    file = folder / "first.txt"
    b.build([file], store, extractor, doc_id="issue-1")
    report = b.build([file], store, extractor)            # the document known by its path is not there yet
    assert len(report.built) == 1 and not report.unchanged
    assert len(store.documents()) == 2
    assert len(b.build([file], store, extractor).unchanged) == 1


def test_a_new_extractor_extracts_again_and_keeps_the_graph_hash_of_the_same_facts(folder, tmp_path):
    store = open_store(tmp_path / "store")
    b.build([folder], store, Extractor())
    hashes = f"SELECT ?d ?g ?x WHERE {{ ?d <{GK}graphHash> ?g ; <{GK}extractorHash> ?x }}"
    before = {r["d"]: r["g"] for r in store.select(hashes)}
    upgraded = Extractor()
    upgraded.__dict__["fingerprint"] = "f" * 64        # another govkg version, which extracts the same facts
    seen = counting(upgraded)
    assert len(b.build([folder], store, upgraded).built) == 2 and len(seen) == 2
    after = store.select(hashes)
    assert {r["d"]: r["g"] for r in after} == before           # the facts are the same: so is the graph hash
    assert {r["x"] for r in after} == {"f" * 64}                # the new extractor is what the store records
    assert len(b.build([folder], store, upgraded).unchanged) == 2 and len(seen) == 2


def test_a_fifo_or_a_file_over_the_size_limit_is_not_hashed(tmp_path, monkeypatch):
    """A build hashes a file the store knows before reading it: a FIFO would block the build, and
    a huge file would be read whole only for ``read`` to refuse it."""
    import hashlib
    import os

    from govkg.loaders import read as read_mod

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert read_mod.file_hash(fifo) is None                     # at once: opening it would wait for a writer
    big = tmp_path / "big.txt"
    big.write_text(FIRST * 40, encoding="utf-8")
    assert read_mod.file_hash(big) == hashlib.sha256(big.read_bytes()).hexdigest()
    monkeypatch.setattr(read_mod, "DEFAULT_MAX_BYTES", 1000)
    assert read_mod.file_hash(big) is None
