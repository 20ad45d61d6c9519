"""A document is known by its source, not its content: an edited article rebuilt replaces the old one."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from govkg import build as b
from govkg.cli.main import cli
from govkg.graph.store import open_store
from govkg.loaders.read import read

OLD = "江苏：推进数字政府\n江苏省大数据管理中心负责运营“苏服办”App，注册用户超过8000万。\n"
NEW = "安徽：推进数字政府\n安徽省数据资源管理局负责运营“皖事通”App，注册用户超过6000万。\n"


def names(store) -> set[str]:
    return {r["n"] for r in store.select("SELECT DISTINCT ?n WHERE { ?e gk:name ?n }")}


def docs_and_paths(store) -> list[tuple[str, str]]:
    return [(r["d"], r["p"]) for r in store.select("SELECT ?d ?p WHERE { ?d gk:sourcePath ?p }")]


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """A working folder with articles/a.txt, the current directory of the test."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(OLD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def govkg(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_rebuilding_an_edited_file_replaces_it(project):
    assert govkg("build", "articles/", "--store", "store").exit_code == 0
    (project / "articles" / "a.txt").write_text(NEW, encoding="utf-8")
    assert govkg("build", "articles/", "--store", "store").exit_code == 0
    with open_store(project / "store") as store:
        assert len(store.documents()) == 1
        assert docs_and_paths(store)[0][1] == "articles/a.txt"
        found = names(store)
        assert "皖事通" in found and "苏服办" not in found and "江苏省大数据管理中心" not in found
        version = store.select("SELECT ?h WHERE { ?d gk:contentHash ?h }")
        assert len(version) == 1                      # the content hash is the version, one per document


def test_the_same_file_typed_differently_is_one_document(project):
    assert govkg("build", "articles/a.txt", "--store", "store").exit_code == 0
    again = govkg("build", str(project / "articles" / "a.txt"), "--store", "store")
    assert again.exit_code == 0 and "1 unchanged" in again.output        # the same file: left as stored
    assert govkg("build", "./articles/../articles", "--store", "store", "--all").exit_code == 0
    with open_store(project / "store") as store:
        assert [p for _, p in docs_and_paths(store)] == ["articles/a.txt"]


@pytest.mark.parametrize("typed", ["articles/a.txt", "./articles/a.txt", "ABSOLUTE"])
def test_remove_takes_the_path_as_typed(project, typed):
    typed = str(project / "articles" / "a.txt") if typed == "ABSOLUTE" else typed
    assert govkg("build", "articles/", "--store", "store").exit_code == 0
    result = govkg("remove", typed, "--store", "store")
    assert result.exit_code == 0, result.output
    with open_store(project / "store") as store:
        assert store.documents() == [] and names(store) == set()


def test_remove_after_an_edit_leaves_nothing_behind(project):
    """Even a store holding two versions (as builds before this fix left) is emptied by one remove."""
    store = open_store(project / "store")
    from govkg.loaders.pipeline import Extractor

    extractor = Extractor()
    b.add_document(read(project / "articles" / "a.txt"), store, extractor, doc_id="legacy-old-hash")
    (project / "articles" / "a.txt").write_text(NEW, encoding="utf-8")
    b.add_document(read(project / "articles" / "a.txt"), store, extractor)
    assert len(store.documents()) == 2
    assert b.remove(store, "articles/a.txt")
    assert store.documents() == []
    store.close()


def test_doc_id_and_canonical_url_name_the_document(project):
    page = ('<html><head><title>t</title><link rel="canonical" href="https://gov.example.cn/news/1.html">'
            '</head><body><article><p>{}</p></article></body></html>')
    (project / "p1.html").write_text(page.format(OLD), encoding="utf-8")
    (project / "copy.html").write_text(page.format(NEW), encoding="utf-8")
    assert govkg("build", "p1.html", "copy.html", "--store", "store").exit_code == 0
    with open_store(project / "store") as store:
        assert len(store.documents()) == 1         # one page, saved twice under two names
    assert govkg("remove", "https://gov.example.cn/news/1.html", "--store", "store").exit_code == 0
    assert govkg("build", "articles/a.txt", "--doc-id", "jiangsu-2024", "--store", "store").exit_code == 0
    with open_store(project / "store") as store:
        assert store.documents() == ["https://w3id.org/govkg/id/doc/jiangsu-2024"]
    result = govkg("build", "articles/", "p1.html", "--doc-id", "x", "--store", "store")
    assert result.exit_code == 2 and "one file" in result.output


def test_one_title_written_with_brackets_and_dashes_of_either_width_is_one_entity(project):
    (project / "articles" / "a.txt").write_text(
        "安徽省人民政府印发《安徽省数字政府建设实施方案（2023—2025年）》。\n", encoding="utf-8")
    (project / "articles" / "b.txt").write_text(
        "《安徽省数字政府建设实施方案(2023-2025年)》提出，到2025年全面建成数字政府。\n", encoding="utf-8")
    assert govkg("build", "articles/", "--store", "store").exit_code == 0
    with open_store("store") as store:
        policies = store.select("SELECT DISTINCT ?e WHERE { ?e a gk:Policy }")
        documents = store.select("SELECT DISTINCT ?d WHERE { ?d gk:sourcePath ?p }")
    assert len(documents) == 2 and len(policies) == 1
