"""``govkg neo4j load|status`` and ``govkg query --backend neo4j``.

The tests marked neo4j need the server of NEO4J_URI (``bash scripts/neo4j/start.sh``)
and empty its database; the others use a closed port.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.build import build
from govkg.cli.main import cli
from govkg.graph.store import open_store
from govkg.queries.runner import load_queries

from .neo4j_support import count, settings

DATA = Path(__file__).parent / "data"
CLOSED = "bolt://127.0.0.1:1"
SECRET = "cli-Secret-8675309"


@pytest.fixture(scope="module")
def store_url(tmp_path_factory, extractor) -> str:
    folder = tmp_path_factory.mktemp("neo4j-cli-store")
    store = open_store(f"oxigraph:{folder}")
    build([DATA / "articles"], store, extractor)
    store.flush()
    del store           # release RocksDB's lock for the commands
    return f"oxigraph:{folder}"


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def server_args() -> list[str]:
    s = settings()
    return ["--uri", s.uri, "--user", s.user, "--password", s.password] + (["--database", s.database] if s.database else [])


@pytest.mark.parametrize("args", [["neo4j"], ["neo4j", "load"], ["neo4j", "status"]])
def test_help_has_examples(args):
    result = invoke(*args, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output and "govkg neo4j" in result.output


@pytest.mark.parametrize("command", ["load", "status"])
def test_unreachable_server_exits_2_with_one_clear_line(command, store_url):
    args = ["neo4j", command, "--uri", CLOSED, "--password", SECRET] + (["--store", store_url] if command == "load" else [])
    result = CliRunner().invoke(cli, args, env={"NEO4J_PASSWORD": "env-" + SECRET})
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert CLOSED in lines[0] and "bash scripts/neo4j/start.sh" in lines[0] and "docker compose up -d" in lines[0]
    assert SECRET not in result.output


def test_load_without_a_store_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["neo4j", "load", "--store", str(tmp_path / "none"), "--uri", CLOSED])
    assert result.exit_code == 2 and "no store at" in result.output


def test_query_on_neo4j_without_its_cypher_twin_says_so(tmp_path):
    shutil.copy(load_queries()["dates"].path, tmp_path / "dates.rq")
    result = CliRunner().invoke(cli, ["query", "dates", "--backend", "neo4j", "--queries", str(tmp_path)],
                                env={"NEO4J_URI": CLOSED})
    assert result.exit_code == 2
    assert "not yet available" in result.output and "dates.cypher" in result.output


def test_query_on_neo4j_checks_params_before_connecting(tmp_path):
    shutil.copy(load_queries()["dates"].path, tmp_path / "dates.rq")
    (tmp_path / "dates.cypher").write_text("RETURN $since AS since", encoding="utf-8")
    result = CliRunner().invoke(cli, ["query", "dates", "--backend", "neo4j", "--queries", str(tmp_path),
                                      "-p", "since=July"], env={"NEO4J_URI": CLOSED})
    assert result.exit_code == 2 and "must be a date" in result.output
    result = CliRunner().invoke(cli, ["query", "dates", "--backend", "neo4j", "--queries", str(tmp_path)],
                                env={"NEO4J_URI": CLOSED, "NEO4J_PASSWORD": SECRET})
    assert result.exit_code == 2 and CLOSED in result.output and SECRET not in result.output
    result = invoke("query", "dates", "--backend", "neo4j", "--queries", str(tmp_path), "--sparql")
    assert result.output.strip() == "RETURN $since AS since"


@pytest.mark.neo4j
def test_load_then_status(clean_neo4j, store_url):
    result = invoke("neo4j", "load", "--store", store_url, *server_args())
    assert result.exit_code == 0, result.output
    documents = count(clean_neo4j, "MATCH (d:Document) RETURN count(d)")
    entities = count(clean_neo4j, "MATCH (e:Entity) RETURN count(e)")
    assert documents == 5 and entities > 0
    assert f"Loaded {documents} documents into Neo4j at {settings().uri}" in result.stdout
    assert f"{entities + documents} nodes created" in result.stdout
    assert settings().password not in result.output

    again = invoke("neo4j", "load", "--store", store_url, *server_args())
    assert again.exit_code == 0 and "Loaded 0 documents" in again.stdout
    assert f"Left {documents} documents as loaded" in again.stdout
    everything = invoke("neo4j", "load", "--all", "--store", store_url, *server_args())
    assert everything.exit_code == 0 and f"Loaded {documents} documents" in everything.stdout
    assert "0 nodes created" in everything.stdout and "Left" not in everything.stdout
    assert count(clean_neo4j, "MATCH (e:Entity) RETURN count(e)") == entities

    status = invoke("neo4j", "status", *server_args())
    assert status.exit_code == 0, status.output
    assert "reachable" in status.output and "Neo4j/5." in status.output
    rows = dict(line.split() for line in status.output.splitlines()[1:] if len(line.split()) == 2)
    assert int(rows["Entity"]) == entities and int(rows["Document"]) == documents
    assert int(rows["Agency"]) == count(clean_neo4j, "MATCH (e:Agency) RETURN count(e)")


@pytest.mark.neo4j
def test_status_of_an_empty_database(clean_neo4j):
    result = invoke("neo4j", "status", *server_args())
    assert result.exit_code == 0 and "No documents loaded yet" in result.output


@pytest.mark.neo4j
def test_query_backend_neo4j_runs_the_cypher_twin(clean_neo4j, store_url, tmp_path):
    assert invoke("neo4j", "load", "--store", store_url, *server_args()).exit_code == 0
    shutil.copy(load_queries()["dates"].path, tmp_path / "dates.rq")
    (tmp_path / "dates.cypher").write_text(
        "MATCH (e:Entity) WHERE e.launchDate IS NOT NULL\n"
        "  AND ($since IS NULL OR e.launchDate >= $since)\n"
        "  AND ($entity IS NULL OR e.name = $entity OR e.iri = $entity OR $entity IN e.aliases)\n"
        "RETURN $since AS since, e.launchDate AS date, e.name AS entity_name ORDER BY date, entity_name\n",
        encoding="utf-8")
    env = {"NEO4J_URI": settings().uri, "NEO4J_USERNAME": settings().user, "NEO4J_PASSWORD": settings().password}
    if settings().database:
        env["NEO4J_DATABASE"] = settings().database
    base = ["query", "dates", "--backend", "neo4j", "--queries", str(tmp_path)]
    result = invoke(*base, "-p", "since=2018-05-01", "--format", "csv", env=env)
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == "date,entity_name"            # the param column is left out, as for SPARQL
    assert "2018-05-21,粤省事" in lines and all(line >= "2018-05-01" for line in lines[1:])
    result = invoke(*base, "-p", "entity=gkid:platform/粤省事", "--format", "json", env=env)
    assert result.exit_code == 0 and '"entity_name": "粤省事"' in result.output
    table = invoke(*base, env=env)
    assert table.exit_code == 0 and "粤省事" in table.output and table.output.rstrip().endswith("rows")


@pytest.mark.neo4j
def test_shipped_cypher_twins_run(clean_neo4j, store_url):
    """Every shipped .cypher file runs without parameters (their results are the other tests' business)."""
    twins = sorted(p.stem for p in Path(load_queries()["dates"].path).parent.glob("*.cypher"))
    if not twins:
        pytest.skip("no .cypher twins shipped yet")
    assert invoke("neo4j", "load", "--store", store_url, *server_args()).exit_code == 0
    env = {"NEO4J_URI": settings().uri, "NEO4J_USERNAME": settings().user, "NEO4J_PASSWORD": settings().password}
    for name in twins:
        result = CliRunner().invoke(cli, ["query", name, "--backend", "neo4j", "--format", "csv"], env=env)
        assert result.exit_code == 0, f"{name}: {result.output}"
