"""The ``queries``, ``query`` and ``validate`` commands, through click's CliRunner."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli.main import cli
from govkg.cli.queries import COMMANDS as QUERY_COMMANDS
from govkg.cli.validate import COMMANDS as VALIDATE_COMMANDS
from govkg.graph.store import open_store
from govkg.queries.runner import load_queries

FIXTURE = Path(__file__).parent / "data" / "query_fixture.trig"


def load_trig(store, path: Path) -> None:
    """Write each graph of a TriG file as one document, as the loaders do."""
    store.import_dataset(path)


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("store")
    store = open_store(f"oxigraph:{folder}")
    load_trig(store, FIXTURE)
    store.flush()
    del store           # release RocksDB's lock for the commands
    return f"oxigraph:{folder}"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_queries_lists_names_titles_and_params():
    result = invoke("queries")
    assert result.exit_code == 0
    for name, query in load_queries().items():
        assert name in result.output and query.title in result.output
    assert "--param agency=…" in result.output
    assert "--param since=…  (optional, date)" in result.output


def test_queries_from_a_user_folder(tmp_path):
    (tmp_path / "mine.rq").write_text("# title: My own query\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    result = invoke("queries", "--queries", str(tmp_path))
    assert result.exit_code == 0
    assert result.output.split() == ["mine", "My", "own", "query"]


def test_query_csv(store_url):
    result = invoke("query", "agency-coordinates-platform", "--param", "agency=上海市大数据中心",
                    "--format", "csv", "--store", store_url)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "agency_name,relation,platform_name,confidence,sentence,document"
    assert lines[1].startswith("上海市大数据中心,operates,一网通办总门户,0.85,")
    assert len(lines) == 2


def test_query_json(store_url):
    result = invoke("query", "platforms-serving-region", "-p", "region=上海市", "--format", "json",
                    "--store", store_url)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [(r["platform_name"], r["via"]) for r in data] == [("一网通办总门户", "direct"),
                                                              ("浦东新区一网通办", "sub-region")]


def test_query_table(store_url):
    result = invoke("query", "platform-components", "--store", store_url)
    assert result.exit_code == 0, result.output
    assert "浙里办" in result.output and "2 rows" in result.output


def test_query_sparql_prints_the_text():
    result = invoke("query", "dates", "--sparql")
    assert result.exit_code == 0 and result.output.startswith("# title:")


def test_unknown_query_suggests_and_exits_2(store_url):
    result = CliRunner().invoke(cli, ["query", "agency-cooperaton", "--store", store_url])
    assert result.exit_code == 2
    assert "did you mean agency-cooperation" in result.output


def test_unknown_param_exits_2(store_url):
    result = CliRunner().invoke(cli, ["query", "dates", "-p", "colour=red", "--store", store_url])
    assert result.exit_code == 2
    assert "no parameter 'colour'" in result.output and "entity, property, since, until" in result.output


def test_param_without_equals_exits_2(store_url):
    result = CliRunner().invoke(cli, ["query", "dates", "-p", "since", "--store", store_url])
    assert result.exit_code == 2 and "KEY=VALUE" in result.output


def test_missing_store_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["query", "dates", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "no store at" in result.output
    assert not (tmp_path / "nothing").exists()


def test_validate_conforming_store(store_url):
    result = invoke("validate", "--store", store_url)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Conforms."


def test_validate_broken_store_exits_1(tmp_path):
    store = open_store(f"oxigraph:{tmp_path}")
    store.replace_document(
        "https://w3id.org/govkg/id/doc/x",
        '<https://w3id.org/govkg/id/region/31> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
        '<https://w3id.org/govkg/ontology#Region> .\n'
        '<https://w3id.org/govkg/id/region/31> <https://w3id.org/govkg/ontology#regionCode> "31" .\n',
    )
    store.flush()
    del store
    result = CliRunner().invoke(cli, ["validate", "--store", f"oxigraph:{tmp_path}"])
    assert result.exit_code == 1
    assert result.output.startswith("Does not conform:")
    assert "A region code must be six digits" in result.output
    assert "Every entity needs a name (gk:name)." in result.output


@pytest.mark.parametrize("command", [c.name for c in (*QUERY_COMMANDS, *VALIDATE_COMMANDS)])
def test_every_command_has_help_with_examples(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output and f"govkg {command}" in result.output


def test_a_table_stops_at_the_limit_and_says_so_csv_gives_every_row(store_url):
    every = CliRunner().invoke(cli, ["query", "entity-profile", "--format", "csv", "--store", store_url])
    assert every.exit_code == 0 and every.stderr == ""
    total = len(every.stdout.splitlines()) - 1
    assert total > 3
    cut = CliRunner().invoke(cli, ["query", "entity-profile", "--limit", "3", "--store", store_url])
    assert cut.exit_code == 0, cut.output
    assert cut.stdout.rstrip().endswith("3 rows shown; the answer has more")
    assert "Stopped after 3 rows" in cut.stderr and "--limit 0" in cut.stderr
    whole = CliRunner().invoke(cli, ["query", "entity-profile", "--limit", "0", "--store", store_url])
    assert whole.stdout.rstrip().endswith(f"{total} rows") and whole.stderr == ""
    first = CliRunner().invoke(cli, ["query", "entity-profile", "--format", "csv", "--limit", "2",
                                     "--store", store_url])
    assert len(first.stdout.splitlines()) == 3 and "Stopped after 2 rows" in first.stderr
    assert set(first.stdout.splitlines()) <= set(every.stdout.splitlines())


def test_a_table_shows_1000_rows_unless_told(store_url, tmp_path):
    """The default limit of a table, on an answer longer than it (a query of one's own)."""
    from govkg.queries.output import SHOWN_ROWS as TABLE_ROWS

    (tmp_path / "numbers.rq").write_text(
        "SELECT ?n WHERE { VALUES ?x { " + " ".join(str(i) for i in range(40)) + " } "
        "VALUES ?y { " + " ".join(str(i) for i in range(40)) + " } BIND (?x * 40 + ?y AS ?n) }",
        encoding="utf-8")
    table = CliRunner().invoke(cli, ["query", "numbers", "--queries", str(tmp_path), "--store", store_url])
    assert table.exit_code == 0, table.output
    assert table.stdout.rstrip().endswith(f"{TABLE_ROWS} rows shown; the answer has more") and TABLE_ROWS < 1600
    csv_rows = CliRunner().invoke(cli, ["query", "numbers", "--queries", str(tmp_path), "--format", "csv",
                                        "--store", store_url])
    assert len(csv_rows.stdout.splitlines()) == 1601
