"""Commands that only read work while a build writes, while a notebook holds the store, and side by side.

Real processes: a ``govkg build`` runs in one, readers (query, show, export,
view, validate) in others at the same time; each reader must answer, not
exit 2 with "in use".
"""
from __future__ import annotations

import gc
import os
import subprocess
from pathlib import Path

import pytest

from govkg.graph.store import open_store

from .test_robustness import GOVKG, Govkg

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the store's reader/writer gate uses flock")

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))


def readers(store: Path, out: Path) -> dict[str, list[str]]:
    return {
        "query": ["query", "documents", "--store", store, "--format", "csv"],
        "show": ["show", "粤省事", "--store", store],
        "export": ["export", "--format", "trig", "--out", out / "kg.trig", "--store", store],
        "view": ["view", "--out", out / "view.html", "--store", store],
        "validate": ["validate", "--store", store],
    }


def start(args) -> subprocess.Popen:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.Popen([*GOVKG, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", env=env)


def finish(procs: dict[str, subprocess.Popen]) -> dict[str, tuple[int, str, str]]:
    return {name: (p.wait(300), *p.communicate()) for name, p in procs.items()}


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(60):
        text = ARTICLES[i % len(ARTICLES)].read_text(encoding="utf-8")
        (folder / f"d{i:02d}.txt").write_text(f"{text}\n第{i}篇。\n", encoding="utf-8")
    return folder


def test_readers_answer_while_a_build_writes(corpus, tmp_path):
    store = tmp_path / "store"
    build = Govkg("build", corpus, "--store", store, "--verbose")
    try:
        build.wait_stored(2)
        results = finish({name: start(args) for name, args in readers(store, tmp_path).items()})
        still_building = build.proc.poll() is None
    finally:
        assert build.finish(300) == 0, build.stderr
    for name, (code, out, err) in results.items():
        assert code == 0, f"govkg {name} exited {code} during a build: {err}"
        assert "in use" not in err
    assert still_building, "the build ended before the readers did: the test proved nothing"
    assert "粤闽两地" in results["query"][1]                     # an answer, not an empty table
    assert "粤省事" in results["show"][1]
    assert (tmp_path / "kg.trig").stat().st_size > 1000 and (tmp_path / "view.html").exists()


def test_readers_answer_while_a_notebook_holds_the_store(tmp_path):
    store = tmp_path / "store"
    holder = open_store(store)                        # a notebook: open for writing, not closed
    try:
        from govkg.build import build

        assert build(ARTICLES[:2], holder).ok
        holder.flush()
        results = finish({name: start(args) for name, args in readers(store, tmp_path).items()})
        for name, (code, out, err) in results.items():
            assert code == 0, f"govkg {name} exited {code} while the store was held: {err}"
        two = finish({"a": start(["query", "documents", "--store", store]),      # two queries at once
                      "b": start(["query", "counts-per-type", "--store", store])})
        assert [code for code, _, _ in two.values()] == [0, 0], two
        assert "Agency" in two["b"][1]
    finally:
        holder.close()
        del holder
        gc.collect()


def test_a_reader_reopens_a_view_whose_files_were_merged_away(tmp_path, monkeypatch):
    """RocksDB may delete a merged file under a read-only view at any time: the view is reopened, not broken."""
    import pyoxigraph as ox

    from govkg.graph import store as store_mod

    path = tmp_path / "s"
    with store_mod.open_store(path) as writer:
        writer.replace_document("https://w3id.org/govkg/id/doc/a",
                                "<https://w3id.org/govkg/id/agency/a> <https://w3id.org/govkg/ontology#name> \"甲\" .")
    real = ox.Store.read_only
    failures = iter([RuntimeError("Corruption: IO error: No such file or directory: While open a file for "
                                  "random read: 000161.sst")])

    def flaky(p):
        for exc in failures:
            raise exc
        return real(p)

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(flaky))
    reader = store_mod.open_store(path, read_only=True)
    assert reader.documents() == ["https://w3id.org/govkg/id/doc/a"]
    reader.close()
