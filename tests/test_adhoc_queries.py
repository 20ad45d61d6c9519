"""``govkg sparql`` / ``govkg cypher`` (queries of your own) and the "no entity named" check.

The store is tests/data/query_fixture.trig (hand-written); the Neo4j tests
need the server of NEO4J_URI and are marked neo4j.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli.main import cli
from govkg.graph.store import open_store
from govkg.queries.runner import load_queries, run_query

from .neo4j_support import settings

FIXTURE = Path(__file__).parent / "data" / "query_fixture.trig"
CLOSED = "bolt://127.0.0.1:1"


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("adhoc-store")
    store = open_store(f"oxigraph:{folder}")
    store.import_dataset(FIXTURE)
    store.close()
    return f"oxigraph:{folder}"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_sparql_argument_with_predeclared_prefixes(store_url):
    result = run("sparql", "SELECT ?name WHERE { ?p a gk:Platform ; gk:name ?name } ORDER BY ?name",
                 "--format", "csv", "--store", store_url)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["name", "一体化智能化公共数据平台", "一网通办总门户", "浙江政务服务网",
                                          "浙里办", "浦东新区一网通办"]


def test_sparql_gives_the_same_rows_as_the_saved_query(store_url, tmp_path):
    """A saved query's text run ad hoc, with its header removed, returns what `govkg query` returns."""
    saved = load_queries()["agency-coordinates-platform"]
    body = "\n".join(line for line in saved.sparql.splitlines() if not line.startswith("#"))
    path = tmp_path / "mine.rq"
    path.write_text(body, encoding="utf-8")
    # the header said agency is a resource (bound to the entities a name names); ad hoc, say so
    adhoc = run("sparql", "-f", str(path), "-p", "agency:resource=省大数据局", "--format", "json",
                "--store", store_url)
    query = run("query", "agency-coordinates-platform", "-p", "agency=省大数据局", "--format", "json",
                "--store", store_url)
    assert adhoc.exit_code == 0 and query.exit_code == 0, adhoc.output + query.output
    rows = json.loads(adhoc.output)
    assert rows == json.loads(query.output)
    assert {r["agency_name"] for r in rows} == {"浙江省大数据发展管理局"}   # the alias resolved
    assert "agency" not in rows[0]                                        # the param column is hidden


def test_sparql_typed_param_and_stdin(store_url):
    text = "SELECT ?name ?d ?since WHERE { ?p gk:launchDate ?d ; gk:name ?name FILTER (?d >= ?since) } ORDER BY ?d"
    result = run("sparql", "-f", "-", "-p", "since:date=2015-01-01", "--format", "csv", "--store", store_url,
                 input=text)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "name,d" and len(lines) > 1
    assert all(line.split(",")[1] >= "2015-01-01" for line in lines[1:])
    with open_store(store_url) as store:
        every = store.select("SELECT ?d WHERE { ?p gk:launchDate ?d }")
    assert len(lines) - 1 == sum(1 for r in every if r["d"] >= "2015-01-01")
    bad = run("sparql", text, "-p", "since:date=July", "--store", store_url)
    assert bad.exit_code == 2 and "must be a date (YYYY-MM-DD), not 'July'" in bad.output


def test_ask_and_construct(store_url):
    ask = run("sparql", "ASK { ?a gk:operates ?p }", "--format", "csv", "--store", store_url)
    assert ask.exit_code == 0 and ask.output.splitlines() == ["answer", "true"]
    construct = run("sparql", "CONSTRUCT { ?p gk:name ?n } WHERE { ?p a gk:Report ; gk:name ?n }",
                    "--format", "json", "--store", store_url)
    assert construct.exit_code == 0, construct.output
    triples = json.loads(construct.output)
    assert {t["object"] for t in triples} == {"2020联合国电子政务调查报告", "一网通办第三方评估报告"}


def test_unknown_entity_in_an_adhoc_query_is_named(store_url):
    text = "SELECT ?name ?n WHERE { ?e gk:name ?n ; gk:name|gk:alias ?name }"
    found = run("sparql", text, "-p", "name=浙里办App", "--format", "csv", "--store", store_url)
    assert found.exit_code == 0 and found.output.splitlines() == ["n", "浙里办"]
    missing = run("sparql", text, "-p", "name=浙里半", "--store", store_url)
    assert missing.exit_code == 2
    assert missing.stderr.strip() == "no entity named 浙里半; did you mean 浙里办?"


def test_unknown_entity_in_a_saved_query_is_named(store_url):
    result = run("query", "agency-cooperation", "-p", "agency=上海数据中心", "--store", store_url)
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert line.startswith("no entity named 上海数据中心; did you mean ") and "上海市大数据中心" in line
    assert "\n" not in line


def test_known_entity_without_facts_is_an_empty_table_not_an_error(store_url):
    """浙江省公安厅 exists but cooperates with no one: 0 rows, exit 0."""
    result = run("query", "agency-cooperation", "-p", "agency=浙江省公安厅", "--format", "csv", "--store", store_url)
    assert result.exit_code == 0 and result.output.splitlines() == ["agency_name,partner_name,sentence,document"]


def test_non_name_params_are_not_flagged(store_url):
    """A date property, a part of a metric name and a typed date name nothing, and need not."""
    for args in (["dates", "-p", "property=issueDate", "-p", "entity=浙里办"],
                 ["platform-statistics", "-p", "entity=浙里办", "-p", "metric=注册"],
                 ["dates", "-p", "since=2999-01-01"]):
        result = run("query", *args, "--format", "csv", "--store", store_url)
        assert result.exit_code == 0, (args, result.output)
    misspelt = run("query", "dates", "-p", "property=launchDat", "--store", store_url)
    assert misspelt.exit_code == 2 and "did you mean launchDate?" in misspelt.stderr


def test_a_query_file_without_header_is_a_saved_query(store_url, tmp_path):
    (tmp_path / "platform-names.rq").write_text(
        "SELECT ?name WHERE { ?p a gk:Platform ; gk:name ?name } ORDER BY ?name\n", encoding="utf-8")
    listed = run("queries", "--queries", str(tmp_path))
    assert listed.exit_code == 0 and listed.output.split() == ["platform-names", "platform-names"]
    result = run("query", "platform-names", "--queries", str(tmp_path), "--format", "csv", "--store", store_url)
    assert result.exit_code == 0 and "浙里办" in result.output.splitlines()


def test_a_param_need_not_be_selected(store_url):
    """Params are bound by a VALUES block, so the query may leave the variable out of SELECT."""
    result = run("sparql", "SELECT ?n WHERE { ?e gk:name ?n ; gk:alias ?a }", "-p", "a=浙里办App",
                 "--format", "csv", "--store", store_url)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", "浙里办"]


@pytest.mark.parametrize("text, message", [
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "is an update"),
    ("DELETE WHERE { ?s ?p ?o }", "is an update"),
    ("SELECT ?x WHERE { ?x gk:name }", "is not valid SPARQL: error at 1:"),
])
def test_errors_are_one_line_and_exit_2(store_url, text, message):
    args = ["sparql", text, "--store", store_url] + (["-p", "a=浙里办App"] if "?a" in text else [])
    result = run(*args)
    assert result.exit_code == 2
    error = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(error) == 1 and message in error[0]
    with open_store(store_url) as store:     # nothing was written
        assert run_query(store, load_queries()["counts-per-type"]).rows


def test_query_argument_or_file_not_both(store_url, tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("ASK {}", encoding="utf-8")
    assert run("sparql", "ASK {}", "-f", str(path), "--store", store_url).exit_code == 2
    assert run("sparql", "--store", store_url).exit_code == 2


def test_cypher_without_a_server_is_one_line(tmp_path):
    result = run("cypher", "MATCH (n) RETURN count(n)", "--uri", CLOSED)
    assert result.exit_code == 2
    assert CLOSED in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["sparql", "cypher"])
def test_help_has_examples(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Examples:" in result.output and f"govkg {command}" in result.output


# -- on Neo4j ------------------------------------------------------------------

def server_args() -> list[str]:
    s = settings()
    return ["--uri", s.uri, "--user", s.user, "--password", s.password] + (["--database", s.database] if s.database else [])


@pytest.mark.neo4j
def test_cypher_with_params_and_the_unknown_name_check(clean_neo4j, store_url):
    assert run("neo4j", "load", "--store", store_url, *server_args()).exit_code == 0
    text = ("MATCH (a:Agency)-[:OPERATES]->(p:Platform) WHERE p.name = $name OR $name IN p.aliases "
            "RETURN a.name AS agency ORDER BY agency")
    result = run("cypher", text, "-p", "name=一网通办", "--format", "csv", *server_args())
    assert result.exit_code == 0, result.output
    with open_store(store_url) as store:
        expected = run_query(store, load_queries()["agency-coordinates-platform"], {"platform": "一网通办"}).rows
    assert result.output.splitlines() == ["agency"] + sorted({r[0] for r in expected if r[1] == "operates"})
    missing = run("cypher", text, "-p", "name=一网通半", *server_args())
    assert missing.exit_code == 2 and missing.stderr.startswith("no entity named 一网通半; did you mean ")
    typed = run("cypher", text, "-p", "name:resource=一网通半", *server_args())     # any naming type is checked
    assert typed.exit_code == 2 and typed.stderr.startswith("no entity named 一网通半; did you mean ")
    write = run("cypher", "CREATE (n:Oops) RETURN n", *server_args())
    assert write.exit_code == 2 and "failed on Neo4j" in write.output


@pytest.mark.neo4j
def test_saved_query_on_neo4j_names_an_unknown_entity(clean_neo4j, store_url):
    assert run("neo4j", "load", "--store", store_url, *server_args()).exit_code == 0
    s = settings()
    env = {"NEO4J_URI": s.uri, "NEO4J_USERNAME": s.user, "NEO4J_PASSWORD": s.password}
    result = CliRunner().invoke(cli, ["query", "agency-cooperation", "--backend", "neo4j", "-p", "agency=上海数据中心"],
                                env=env)
    assert result.exit_code == 2
    assert result.stderr.startswith("no entity named 上海数据中心; did you mean ") and "上海市大数据中心" in result.stderr
    known = CliRunner().invoke(cli, ["query", "agency-cooperation", "--backend", "neo4j", "-p", "agency=浙江省公安厅",
                                     "--format", "csv"], env=env)
    assert known.exit_code == 0 and known.output.splitlines() == ["agency_name,partner_name,sentence,document"]


def test_sparql_takes_a_limit(store_url):
    text = "SELECT ?e ?n WHERE { ?e gk:name ?n }"
    every = run("sparql", text, "--format", "csv", "--store", store_url)
    cut = run("sparql", text, "--format", "csv", "--limit", "2", "--store", store_url)
    assert cut.exit_code == 0, cut.output
    assert len(cut.stdout.splitlines()) == 3 and set(cut.stdout.splitlines()) <= set(every.stdout.splitlines())
    assert "Stopped after 2 rows" in cut.stderr and "ORDER BY" not in cut.stderr       # no order to speak of
    ordered = run("sparql", text + " ORDER BY ?n", "--format", "csv", "--limit", "2", "--store", store_url)
    assert "not the first ones by the query's ORDER BY" in ordered.stderr              # sorted after the cut
    by_engine = run("sparql", text + " ORDER BY STR(?n)", "--format", "csv", "--limit", "2", "--store", store_url)
    assert "ORDER BY" not in by_engine.stderr                                          # the engine's sort: first 2
    assert by_engine.stdout.splitlines()[1:] == sorted(every.stdout.splitlines()[1:], key=lambda l: l.split(",")[1])[:2]


@pytest.mark.neo4j
def test_cypher_takes_a_limit_and_sorts_the_rows_it_keeps(clean_neo4j, store_url):
    """As for SPARQL: an ORDER BY of returned columns is left to the runner, which sorts the rows it
    kept (Neo4j would sort every row before sending one); an ORDER BY the server must run (an
    expression) gives the first rows by it."""
    assert run("neo4j", "load", "--store", store_url, *server_args()).exit_code == 0
    text = "MATCH (e:Entity) RETURN e.name AS name, e.iri AS iri ORDER BY name DESC, iri"
    every = run("cypher", text, "--format", "csv", *server_args()).stdout.splitlines()
    assert len(every) > 4
    cut = run("cypher", text, "--format", "csv", "--limit", "3", *server_args())
    assert cut.exit_code == 0, cut.output
    kept = cut.stdout.splitlines()
    assert kept[0] == every[0] and len(kept) == 4 and set(kept[1:]) <= set(every[1:])
    assert kept[1:] == sorted(kept[1:], key=every.index)                                 # in the query's order
    assert "Stopped after 3 rows" in cut.stderr and "not the first ones by the query's ORDER BY" in cut.stderr
    by_server = run("cypher", text.replace("ORDER BY name DESC", "ORDER BY e.name DESC"), "--format", "csv",
                    "--limit", "3", *server_args())
    assert by_server.stdout.splitlines() == every[:4] and "ORDER BY" not in by_server.stderr
    table = run("cypher", text, *server_args())      # a table's default limit is far above the fixture
    assert table.stdout.rstrip().endswith(f"{len(every) - 1} rows") and table.stderr == ""
