"""``govkg sparql`` and ``govkg cypher``: run a query of your own, at once.

Same output formats and parameter binding as saved queries (``govkg query``):
``--param KEY=VALUE`` binds ``?KEY`` (``$KEY`` in Cypher) to the value, as an
entity name (an IRI when it looks like one) unless a type is given, as in
``--param since:date=2020-01-01``. The ontology's prefixes (gk:, gkid:,
prov:, rdfs:, xsd: …) are predeclared. A query that returns nothing because
a param value names nothing in the graph says so and exits 2.
"""
from __future__ import annotations

from pathlib import Path

import click

from ..queries.runner import FORMATS, NAMING_TYPES, PARAM_TYPES, QueryError, adhoc_query, bind_params, run_query
from .common import store_option
from .neo4j import neo4j_options
from .queries import NothingDone, echo_result, explain_empty, limit_option, open_existing_store, report_unknown, row_limit

SPARQL_EPILOG = """\b
Examples:
  govkg sparql 'SELECT ?name WHERE { ?p a gk:Platform ; gk:name ?name }'
  govkg sparql 'SELECT ?name ?n WHERE { ?e gk:name ?n ; gk:name|gk:alias ?name }' -p name=随申办
  govkg sparql 'SELECT ?d ?since WHERE { ?p gk:launchDate ?d FILTER (?d >= ?since) }' -p since:date=2019-01-01
  govkg sparql -f my-query.rq --format csv
  echo 'ASK { ?a gk:coordinates ?p }' | govkg sparql -f -
"""

CYPHER_EPILOG = """\b
Examples:
  govkg cypher 'MATCH (p:Platform) RETURN p.name AS name ORDER BY name'
  govkg cypher 'MATCH (a:Agency)-[:OPERATES]->(p:Platform {name: $name}) RETURN a.name' -p name=浙里办
  govkg cypher -f my-query.cypher --format json --uri bolt://127.0.0.1:7687
"""

file_option = click.option("--file", "-f", "query_file", type=click.File("r", encoding="utf-8"), default=None,
                           help="Read the query from FILE ('-': standard input).")
param_option = click.option("--param", "-p", "params", multiple=True, metavar="KEY[:TYPE]=VALUE",
                            help=f"Bind ?KEY (repeatable); TYPE is one of {', '.join(PARAM_TYPES)} (default entity).")
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                             help="Output format.")


def query_text(text: str | None, query_file) -> tuple[str, str]:
    """The query and its name (the file's stem, or "query"); a usage error if none or both are given."""
    if (text is None) == (query_file is None):
        raise click.UsageError("give the query as an argument or with --file, not both")
    if query_file is None:
        return text, "query"
    name = "query" if query_file.name in ("-", "<stdin>") else Path(query_file.name).stem
    return query_file.read(), name


def typed_params(pairs: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
    """``("since:date=2020-01-01",)`` → values ``{"since": "2020-01-01"}``, types ``{"since": "date"}``."""
    values, types = {}, {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        name, _, ptype = key.strip().partition(":")
        if not sep or not name:
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="--param")
        values[name], types[name] = value, ptype or "entity"
    return values, types


@click.command("sparql", epilog=SPARQL_EPILOG)
@click.argument("text", metavar="[QUERY]", required=False)
@file_option
@param_option
@format_option
@limit_option
@store_option
def sparql_cmd(text, query_file, params, fmt, limit, store_url) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the store and print its rows."""
    sparql, name = query_text(text, query_file)
    values, types = typed_params(params)
    try:
        query = adhoc_query(sparql, types, name)
        bind_params(query, values)
        store = open_existing_store(store_url)
        result = run_query(store, query, values, limit=row_limit(limit, fmt))
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None
    if not result.rows:
        explain_empty(query, values, store)
    echo_result(result, fmt)


@click.command("cypher", epilog=CYPHER_EPILOG)
@click.argument("text", metavar="[QUERY]", required=False)
@file_option
@param_option
@format_option
@limit_option
@neo4j_options
def cypher_cmd(text, query_file, params, fmt, limit, uri, user, password, database) -> None:
    """Run a read-only Cypher query on the Neo4j server and print its rows."""
    from ..graph.neo4j import (
        CypherQueryError, Neo4jConnectionError, Neo4jSettings, connect, cypher_parameters, run_cypher_limited,
    )
    from ..queries.names import neo4j_names, unknown_names

    cypher, name = query_text(text, query_file)
    values, types = typed_params(params)
    try:
        query = adhoc_query(cypher, types, name)
        cypher_params = cypher_parameters(query, values)
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None
    settings = Neo4jSettings.from_env(uri=uri, user=user, password=password, database=database)
    try:
        with connect(settings) as driver:
            try:
                result = run_cypher_limited(driver, cypher, cypher_params, database=settings.database,
                                            limit=row_limit(limit, fmt))
            except CypherQueryError as exc:
                raise click.UsageError(f"the query failed on Neo4j: {exc}") from None
            if not result.rows and any(p.type in NAMING_TYPES for p in query.params):
                report_unknown(unknown_names(neo4j_names(driver, settings.database), query, values))
    except Neo4jConnectionError as exc:
        raise NothingDone(str(exc)) from None
    echo_result(result, fmt)


COMMANDS = [sparql_cmd, cypher_cmd]
