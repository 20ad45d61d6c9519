"""Options and helpers shared by the command modules."""
from __future__ import annotations

import importlib
import os
from pathlib import Path

import click

#: Command modules, each exporting ``COMMANDS`` (a list of click commands).
COMMAND_MODULES = (
    "govkg.cli.build",      # run, build, remove, export, stats
    "govkg.cli.extract",    # extract (one article's facts, no store)
    "govkg.cli.queries",    # queries, query
    "govkg.cli.adhoc",      # sparql, cypher (your own queries)
    "govkg.cli.ask",        # ask (questions in Chinese)
    "govkg.cli.serve",      # serve (SPARQL endpoint and query page)
    "govkg.cli.validate",   # validate (SHACL)
    "govkg.cli.explore",    # neighbors, path, show, view, export-graph
    "govkg.cli.neo4j",      # neo4j load / status
    "govkg.cli.evaluate",   # evaluate (scores against gold annotations)
)

DEFAULT_HOME = Path("govkg-data")


def command_modules():
    """Import the command modules that exist (a module not yet written is skipped)."""
    found = []
    for name in COMMAND_MODULES:
        try:
            found.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return found


def default_store() -> str:
    """Where the embedded store lives: $GOVKG_STORE or ./govkg-data/store."""
    return os.environ.get("GOVKG_STORE") or str(DEFAULT_HOME / "store")


store_option = click.option(
    "--store",
    "store_url",
    default=default_store,
    show_default="$GOVKG_STORE or govkg-data/store",
    help="Store: a folder, 'oxigraph:FOLDER', 'memory:' or a SPARQL server's URL (http://host:port).",
)


def closing(store):
    """Close ``store`` when the running command ends (so RocksDB's lock is released at once)."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.call_on_close(store.close)
    return store
