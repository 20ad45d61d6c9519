"""``govkg neo4j load`` and ``govkg neo4j status``: the Neo4j projection of the store."""
from __future__ import annotations

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..graph.neo4j import (
    START_HINT, Neo4jConnectionError, Neo4jConnectionLost, Neo4jSettings, connect, label_counts, load_store,
)
from ..types import ENTITY_TYPES
from .common import store_option
from .progress import Heartbeat

GROUP_EPILOG = """\b
Examples:
  bash scripts/neo4j/start.sh       # or: docker compose up -d
  govkg run                         # build the embedded store first
  govkg neo4j load                  # project it into Neo4j at $NEO4J_URI
  govkg neo4j status                # is the server up, and what does it hold?
"""

LOAD_EPILOG = """\b
Examples:
  govkg neo4j load
  govkg neo4j load --store oxigraph:other/store
  govkg neo4j load --prune          # also drop documents removed from the store
  govkg neo4j load --all            # write every document again
  govkg neo4j load --uri bolt://db.example:7687 --user neo4j --database neo4j
  NEO4J_PASSWORD=... govkg neo4j load

Loading is idempotent: each document replaces what it said before, so a
rerun (after an interruption, or after rebuilding some documents) ends in
the same graph as one uninterrupted load. A rerun writes only what changed:
a document whose graph (its gk:graphHash) the database already holds is
left alone, so adding documents to a large store and loading again takes
the time of the new ones.
"""

STATUS_EPILOG = """\b
Examples:
  govkg neo4j status
  govkg neo4j status --uri bolt://127.0.0.1:7688
"""


class NothingDone(click.ClickException):
    """Exit 2 with one line: nothing could be done (server unreachable, empty store)."""

    exit_code = 2


def neo4j_options(command):
    """--uri/--user/--password/--database, falling back to NEO4J_* environment variables."""
    options = [
        click.option("--uri", default=None, metavar="URI",
                     help="Bolt URI  [default: $NEO4J_URI or bolt://127.0.0.1:7687]"),
        click.option("--user", default=None, help="User name  [default: $NEO4J_USERNAME or neo4j]"),
        click.option("--password", default=None, help="Password  [default: $NEO4J_PASSWORD or the dev default]"),
        click.option("--database", default=None, help="Database  [default: $NEO4J_DATABASE or the server's]"),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _connect(uri, user, password, database):
    settings = Neo4jSettings.from_env(uri=uri, user=user, password=password, database=database)
    try:
        return settings, connect(settings)
    except Neo4jConnectionError as exc:
        raise NothingDone(str(exc)) from None


@click.group("neo4j", epilog=GROUP_EPILOG)
def neo4j_group() -> None:
    """Project the graph into a Neo4j server and look at what it holds."""


@neo4j_group.command("load", epilog=LOAD_EPILOG)
@store_option
@neo4j_options
@click.option("--prune", is_flag=True,
              help="Also remove documents loaded earlier that the store no longer has.")
@click.option("--all", "everything", is_flag=True,
              help="Load every document again, also those the database already holds unchanged.")
@click.option("--batch-size", default=2000, show_default=True, type=click.IntRange(1),
              help="Rows per UNWIND statement (up to 256 documents go in one transaction).")
def load_cmd(store_url, uri, user, password, database, prune, everything, batch_size) -> None:
    """Load the store's documents into Neo4j: the new and changed ones (each replacing what it said
    before); a document whose graph the database already holds as it is now is left alone."""
    from neo4j.exceptions import DriverError, Neo4jError

    from .queries import open_existing_store

    store = open_existing_store(store_url)
    documents = len(store.documents())
    if not documents:
        raise NothingDone(f"store {store_url} holds no documents; build it first (govkg run, govkg build)")
    settings, driver = _connect(uri, user, password, database)
    err = Console(stderr=True, highlight=False)
    columns = (TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    beat = Heartbeat("loading", total=documents, enabled=not err.is_terminal)   # the bar's twin for logs

    def progress(done, total, doc):
        bar.update(task, completed=done)
        beat.update(done)

    try:
        with driver, Progress(*columns, console=err, transient=True) as bar, beat:
            task = bar.add_task("load", total=documents)
            summary = load_store(store, driver, progress=progress,
                                 batch_size=batch_size, database=settings.database, prune=prune,
                                 everything=everything)
    except Neo4jConnectionLost as exc:
        done = exc.summary.documents + exc.summary.unchanged if exc.summary else 0
        raise NothingDone(f"Neo4j at {settings.safe_uri}: {exc} ({done} of {documents} documents loaded)") from None
    except Neo4jConnectionError as exc:
        raise NothingDone(str(exc)) from None
    except Neo4jError as exc:           # the server refused a statement: one line, no traceback
        raise NothingDone(f"Neo4j at {settings.safe_uri} refused the load: "
                          f"{settings.redact(' '.join((exc.message or str(exc)).split()))}") from None
    except DriverError as exc:
        raise NothingDone(f"Neo4j at {settings.safe_uri} stopped answering ({type(exc).__name__}); "
                          f"{START_HINT}") from None
    click.echo(
        f"Loaded {summary.documents} document{'s' * (summary.documents != 1)} into Neo4j at {settings.safe_uri} "
        f"in {summary.seconds:.1f} s: {summary.nodes_created} nodes created, {summary.nodes_updated} updated, "
        f"{summary.relationships} relationships, {summary.statistics} statistics."
    )
    if summary.unchanged:
        click.echo(f"Left {summary.unchanged} document{'s' * (summary.unchanged != 1)} as loaded: the same graph "
                   "as in the store (--all loads them again).")
    if summary.removed:
        click.echo(f"Removed {summary.removed} document{'s' * (summary.removed != 1)} the store no longer has.")
    if summary.skipped:
        click.echo(f"{summary.skipped} facts or statistics skipped: an end is not an entity of its document.")


@neo4j_group.command("status", epilog=STATUS_EPILOG)
@neo4j_options
def status_cmd(uri, user, password, database) -> None:
    """Say whether the server is reachable and how many nodes of each label it holds."""
    settings, driver = _connect(uri, user, password, database)
    with driver:
        try:
            agent = driver.get_server_info().agent
            counts = label_counts(driver, settings.database)
        except Exception as exc:        # the server went away between the two calls
            raise NothingDone(f"Neo4j at {settings.safe_uri} stopped answering ({type(exc).__name__}); "
                              f"{START_HINT}") from None
    click.echo(f"{agent} at {settings.safe_uri} is reachable (database: {settings.database or 'default'}).")
    width = max(len(k) for k in counts)
    for label in ("Entity", *ENTITY_TYPES, "Document", "Statistic", "relationships"):
        indent = "  " if label in ENTITY_TYPES else ""
        click.echo(f"  {indent}{label.ljust(width - len(indent))}  {counts[label]:>8}")
    if not counts["Document"]:
        click.echo("No documents loaded yet: govkg neo4j load")


COMMANDS = [neo4j_group]
