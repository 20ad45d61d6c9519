"""Shipped data conforms to the shipped shapes and ontology; build reports violations of what it stored.

The test articles say that agencies cooperate with a company (中国电信青岛分公司):
the ontology and shapes allow it. The ontology is in the OWL 2 DL profile
(OWL API) and, with the data, consistent (HermiT).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from govkg import build as b
from govkg.cli.main import cli
from govkg.graph.store import open_store
from govkg.graph.validate import validate
from govkg.ontology import ONTOLOGY_FILE

from .jvm_support import run_java

DATA = Path(__file__).parent / "data"
SAMPLE = Path(__file__).parent.parent / "govkg" / "samples" / "sample_article.txt"
SHIPPED = [DATA / "articles", DATA / "heldout", DATA / "heldout2", SAMPLE]


@pytest.fixture(scope="module")
def shipped(extractor):
    store = open_store("memory:")
    assert b.build(SHIPPED, store, extractor).ok
    return store


def test_shipped_data_conforms_to_the_shapes(shipped):
    cooperation = shipped.select("""SELECT ?a ?o WHERE { ?a gk:cooperatesWith ?o . ?o a gk:Organization }""")
    assert cooperation                                  # the text says it, and it is kept
    report = validate(shipped.to_rdflib())
    assert report.conforms, report.violations[:5]


def test_run_and_validate_exit_0_on_shipped_data(tmp_path):
    store = str(tmp_path / "store")
    result = CliRunner().invoke(cli, ["run", *map(str, SHIPPED), "--store", store, "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "SHACL: conforms" in result.output
    result = CliRunner().invoke(cli, ["validate", "--store", store])
    assert result.exit_code == 0, result.output


def test_build_reports_violations_of_what_it_stored(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("江苏省大数据管理中心负责运营“苏服办”App。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(article), "--store", str(tmp_path / "s1")])
    assert result.exit_code == 0 and "SHACL: the 1 document(s) built conform" in result.output

    real = b.to_ntriples

    def with_a_bad_code(x, extra=()):            # a region code of five digits
        return real(x, extra) + ('<https://w3id.org/govkg/id/region/32000> a <https://w3id.org/govkg/ontology#Region> ;'
                                 ' <https://w3id.org/govkg/ontology#name> "江苏"@zh ;'
                                 ' <https://w3id.org/govkg/ontology#regionCode> "32000" .\n')
    monkeypatch.setattr(b, "to_ntriples", with_a_bad_code)
    result = CliRunner().invoke(cli, ["build", str(article), "--store", str(tmp_path / "s2")])
    assert result.exit_code == 1, result.output
    assert "do not conform" in result.output and "six digits" in result.output


def test_a_large_build_checks_a_sample_and_check_all_checks_every_document(tmp_path, monkeypatch):
    """SHACL takes longer than the build itself: past CHECK_SAMPLE documents a build checks a
    sample (and says so); --check all checks each, --check none none."""
    import govkg.cli.build as cli_build

    folder = tmp_path / "in"
    folder.mkdir()
    for i, (agency, app) in enumerate([("浙江省大数据发展管理局", "浙里办"), ("广东省政务服务数据管理局", "粤省事"),
                                       ("山东省大数据局", "爱山东")]):
        (folder / f"{i}.txt").write_text(f"{agency}负责运营“{app}”App。\n", encoding="utf-8")
    monkeypatch.setattr(cli_build, "CHECK_SAMPLE", 2)
    result = CliRunner().invoke(cli, ["build", str(folder), "--store", str(tmp_path / "s1"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "the 2 of the 3 documents built (a sample;" in result.output and "conform" in result.output

    real = b.to_ntriples
    monkeypatch.setattr(b, "to_ntriples", lambda x, extra=(): real(x, extra) + (
        '<https://w3id.org/govkg/id/region/33000> a <https://w3id.org/govkg/ontology#Region> ;'
        ' <https://w3id.org/govkg/ontology#name> "浙江"@zh ; <https://w3id.org/govkg/ontology#regionCode> "33000" .\n'))
    for how, code, said in (("all", 1, "the 3 document(s) built do not conform"), ("none", 0, None)):
        result = CliRunner().invoke(cli, ["build", str(folder), "--store", str(tmp_path / how), "--workers", "1",
                                          "--check", how])
        assert result.exit_code == code, result.output
        assert (said in result.output) if said else ("SHACL" not in result.output), result.output


def test_the_ontology_is_in_the_owl2_dl_profile():
    out = run_java("owlapi", "OwlCheck.java", "profile", str(ONTOLOGY_FILE)).stdout
    violations = [line for line in out.splitlines() if line.startswith("violation")]
    assert "profile\t0" in out.splitlines(), "\n".join(violations[:20])


def test_ontology_and_shipped_data_are_consistent(shipped, tmp_path):
    merged = rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")
    merged += shipped.to_rdflib()
    path = tmp_path / "merged.nt"
    merged.serialize(path, format="nt", encoding="utf-8")
    out = run_java("owlapi", "OwlCheck.java", "consistency", str(path)).stdout.splitlines()
    assert "consistent\ttrue" in out, out
    assert [line for line in out if line.startswith("unsatisfiable")] == []
