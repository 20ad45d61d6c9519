"""``govkg validate``: check the store against the govkg SHACL shapes."""
from __future__ import annotations

import click

from .common import store_option
from .queries import open_existing_store

EPILOG = """\b
Examples:
  govkg validate                        # the default store
  govkg validate --store oxigraph:other/store --limit 20
Exit status: 0 when the graph conforms (warnings allowed), 1 when it does not,
2 when there is no store to check.
"""


@click.command("validate", epilog=EPILOG)
@store_option
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="Show at most this many results (0: all).")
@click.option("--inference", type=click.Choice(["none", "rdfs"]), default="none", show_default=True,
              help="Reasoning before validation; 'none' catches wrong-range relations that RDFS would hide.")
def validate_cmd(store_url: str, limit: int, inference: str) -> None:
    """Check the graph against the ontology's SHACL shapes and list what is wrong."""
    from ..graph.validate import format_report, validate

    store = open_existing_store(store_url)
    if not store.documents():
        click.echo("The store is empty: nothing to validate.")
        return
    report = validate(store.to_rdflib(), inference=inference)
    click.echo(format_report(report, limit=limit or None))
    if not report.conforms:
        click.get_current_context().exit(1)


COMMANDS = [validate_cmd]
