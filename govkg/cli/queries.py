"""``govkg queries`` and ``govkg query``: list and run the saved SPARQL queries.

With ``--backend neo4j`` a query runs as its Cypher twin (``NAME.cypher``
beside ``NAME.rq``) on the Neo4j server of NEO4J_URI, with the same params.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import click

from ..graph.store import StoreError, open_store
from ..queries.runner import (
    FORMATS, NAMING_TYPES, SERVICE_TIMEOUT, QueryError, QueryResult, SavedQuery, bind_params, find_query, format_rows, load_queries,
    run_query,
)
from ..queries.output import SHOWN_ROWS
from .common import closing, store_option

BACKENDS = ("oxigraph", "neo4j")

QUERIES_EPILOG = """\b
Examples:
  govkg queries                       # the saved queries shipped with govkg
  govkg queries --queries my-queries/ # the .rq files of your own folder
"""

QUERY_EPILOG = """\b
Examples:
  govkg query agency-coordinates-platform
  govkg query agency-coordinates-platform --param agency=上海市大数据中心
  govkg query platforms-serving-region --param region=上海市 --format csv
  govkg query dates --param since=2018-01-01 --format json
  govkg query entity-profile --param name=gkid:region/310115
  govkg query fact-provenance -p subject=上海市大数据中心 -p predicate=operates
  govkg query my-query --queries my-queries/ --store oxigraph:other/store
  govkg query dates --backend neo4j   # runs govkg/queries/dates.cypher on $NEO4J_URI
"""

limit_option = click.option(
    "--limit", type=click.IntRange(min=0), default=None, metavar="N",
    help=f"Stop after N rows (0: every row). Default: {SHOWN_ROWS} in a table, every row in csv and json.")


def row_limit(limit: int | None, fmt: str) -> int | None:
    """The row limit a command runs with: ``--limit`` as given (0 is none), else SHOWN_ROWS for a table.

    >>> row_limit(None, "table"), row_limit(None, "csv"), row_limit(0, "table"), row_limit(5, "json")
    (1000, None, None, 5)
    """
    if limit is None:
        return SHOWN_ROWS if fmt == "table" else None
    return limit or None


queries_option = click.option(
    "--queries",
    "queries_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of .rq files to use instead of the shipped ones.",
)


class NothingDone(click.ClickException):
    """Exit 2: the command could not do anything (no store, a broken query folder)."""

    exit_code = 2


@click.command("queries", epilog=QUERIES_EPILOG)
@queries_option
def queries_cmd(queries_dir: Path | None) -> None:
    """List the saved queries: name, title and parameters (exit 1 when a file cannot be read)."""
    problems: list = []
    saved = _load(queries_dir, problems)
    if not saved and not problems:
        click.echo(f"No .rq files in {queries_dir}.")
        return
    width = max(len(name) for name in saved)
    for name, query in saved.items():
        click.echo(f"{name.ljust(width)}  {query.title}")
        for p in query.params:
            about = ("required" if p.required else "optional") + ("" if p.type == "entity" else f", {p.type}")
            click.echo(f"{'':{width}}    --param {p.name}=…  ({about}) {p.description}")
    if problems:
        raise click.exceptions.Exit(1)


@click.command("query", epilog=QUERY_EPILOG)
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="Bind a parameter of the query (repeatable).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format.")
@click.option("--sparql", "show_sparql", is_flag=True,
              help="Print the query text instead of running it (the Cypher text with --backend neo4j).")
@click.option("--backend", type=click.Choice(BACKENDS), default="oxigraph", show_default=True,
              help="Where to run the query: the embedded store or Neo4j.")
@click.option("--allow-service", is_flag=True,
              help="Let the query call remote SPARQL endpoints (SERVICE); off by default.")
@click.option("--service-timeout", type=click.FloatRange(min=0.1), default=SERVICE_TIMEOUT, show_default=True,
              metavar="SECONDS", help="With --allow-service: give up on the query after this long.")
@limit_option
@queries_option
@store_option
def query_cmd(name, params, fmt, show_sparql, backend, allow_service, service_timeout, limit, queries_dir,
              store_url) -> None:
    """Run the saved query NAME and print its rows.

    A query that calls other servers (SERVICE) runs only with --allow-service.
    """
    problems: list = []
    saved = _load(queries_dir, problems)
    if any(path.stem == name for path, _ in problems):
        raise click.exceptions.Exit(2)      # its problem was named on stderr
    query = _find(saved, name)
    values = _parse_params(params)
    limit = row_limit(limit, fmt)
    store = None
    if backend == "neo4j":
        cypher = _cypher_text(query, queries_dir)
        if show_sparql:
            click.echo(cypher)
            return
        result = _run_on_neo4j(query, cypher, values, limit)
    else:
        if show_sparql:
            click.echo(query.sparql)
            return
        try:
            bind_params(query, values)      # check the params before touching the store
        except QueryError as exc:
            raise click.UsageError(str(exc)) from None
        try:
            store = open_existing_store(store_url)
            result = run_query(store, query, values, allow_service=allow_service, timeout=service_timeout,
                               limit=limit)
        except QueryError as exc:
            raise NothingDone(str(exc)) from None
    if not result.rows:
        explain_empty(query, values, store)
    echo_result(result, fmt)


# -- helpers -------------------------------------------------------------------

def echo_result(result: QueryResult, fmt: str) -> None:
    """Print rows in ``fmt``, tables as wide as the terminal; when rows were left out, say so on
    stderr, and when the rows kept were sorted after the cut, that they are not the first by the
    query's ORDER BY."""
    width = shutil.get_terminal_size((200, 24)).columns
    text = format_rows(result, fmt, width=width)
    click.echo(text, nl=not text.endswith("\n"))
    if result.more:
        click.echo(f"Stopped after {len(result.rows):,} rows; the answer has more. Narrow it with --param, "
                   "or get every row with --limit 0 (--format csv to save them).", err=True)
        if result.sorted_after_cut:
            click.echo("These are the rows the store gave first, then sorted: not the first ones by the "
                       "query's ORDER BY, which takes every row.", err=True)


def explain_empty(query: SavedQuery, values: dict[str, str], store=None) -> None:
    """No rows: if a param value names nothing in the graph, say so and exit 2 (else return).

    The names come from ``store``, or from the Neo4j server of NEO4J_URI when it is None.
    """
    from ..queries.names import neo4j_names, store_names, unknown_names

    if not any(p.type in NAMING_TYPES and p.name in values for p in query.params):
        return
    if store is None:
        from ..graph.neo4j import Neo4jConnectionError, Neo4jSettings, connect

        settings = Neo4jSettings.from_env()
        try:
            with connect(settings) as driver:
                known = neo4j_names(driver, settings.database)
        except Neo4jConnectionError as exc:
            raise NothingDone(str(exc)) from None
    else:
        known = store_names(store)
    report_unknown(unknown_names(known, query, values))


def report_unknown(messages: list[str]) -> None:
    """Print each "no entity named …" line to stderr and exit 2; nothing when there are none."""
    if messages:
        click.echo("\n".join(messages), err=True)
        raise click.exceptions.Exit(2)


def cypher_path(query: SavedQuery, queries_dir: Path | None) -> Path:
    """Where the Cypher twin of a saved query lives: beside its .rq file, as NAME.cypher."""
    if query.path is not None:
        return query.path.with_suffix(".cypher")
    return (queries_dir or Path(__file__).resolve().parent.parent / "queries") / f"{query.name}.cypher"


def _cypher_text(query: SavedQuery, queries_dir: Path | None) -> str:
    path = cypher_path(query, queries_dir)
    if not path.is_file():
        raise NothingDone(f"the Neo4j version of query {query.name!r} is not yet available: there is no {path}; "
                          "run it with --backend oxigraph (the default)")
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise NothingDone(f"{path}: not UTF-8 text (byte {err.object[err.start]:#04x} at offset {err.start}); "
                          "save it as UTF-8") from None
    except OSError as err:
        raise NothingDone(f"{path}: cannot be read ({(err.strerror or type(err).__name__).lower()})") from None


def _run_on_neo4j(query: SavedQuery, cypher: str, values: dict[str, str], limit: int | None = None) -> QueryResult:
    """Run the Cypher twin on the server of NEO4J_URI, with the query's params as Cypher parameters."""
    from ..graph.neo4j import (
        CypherQueryError, Neo4jConnectionError, Neo4jSettings, connect, cypher_parameters, run_cypher_limited,
    )

    try:
        params = cypher_parameters(query, values)   # checked before touching the server
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None
    settings = Neo4jSettings.from_env()
    try:
        with connect(settings) as driver:
            result = run_cypher_limited(driver, cypher, params, database=settings.database, limit=limit)
    except Neo4jConnectionError as exc:
        raise NothingDone(str(exc)) from None
    except CypherQueryError as exc:     # the statement, not the command line: no usage text
        raise NothingDone(f"query {query.name!r} failed on Neo4j: {settings.redact(str(exc))}") from None
    hidden = {p.name for p in query.params}     # as for SPARQL: param columns are not shown
    keep = [i for i, c in enumerate(result.columns) if c not in hidden]
    return QueryResult(tuple(result.columns[i] for i in keep), tuple(tuple(row[i] for i in keep) for row in result.rows),
                       result.more, sorted_after_cut=result.sorted_after_cut)


def _load(queries_dir: Path | None, problems: list | None = None) -> dict[str, SavedQuery]:
    """The saved queries; each file that cannot be read is named on stderr and left out."""
    try:
        saved = load_queries(queries_dir, problems)
    except QueryError as exc:
        raise NothingDone(str(exc)) from exc
    for _, message in problems or ():
        click.echo(f"skipped {message}", err=True)
    return saved


def _find(saved: dict[str, SavedQuery], name: str) -> SavedQuery:
    """The query called ``name``, or a usage error (exit 2) suggesting close names."""
    try:
        return find_query(saved, name)
    except QueryError as exc:
        raise click.UsageError(str(exc)) from exc


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """``("agency=上海市大数据中心",)`` → ``{"agency": "上海市大数据中心"}``."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="--param")
        values[key.strip()] = value
    return values


def open_existing_store(store_url: str):
    """Open the store read-only, refusing to create an empty one where none was built.

    Read-only, so it works while a build writes or a notebook holds the store,
    and any number of readers run at once.
    """
    scheme, sep, rest = str(store_url).partition(":")
    if not (sep and scheme in ("memory", "http", "https")):
        path = Path(rest if sep and scheme == "oxigraph" else store_url)
        if not path.exists():
            raise NothingDone(f"no store at {path}; build one first (govkg run, govkg build) or pass --store")
    try:
        return closing(open_store(store_url, read_only=True))
    except StoreError as exc:
        raise NothingDone(str(exc)) from exc


COMMANDS = [queries_cmd, query_cmd]
