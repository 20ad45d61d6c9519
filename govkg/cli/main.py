"""The ``govkg`` command: a thin layer over the library.

Each command group lives in its own module; this one only assembles them.
Exit codes scripts can rely on: 0 success, 1 some inputs skipped or a check
failed, 2 usage error or nothing could be done.
"""
from __future__ import annotations

import click

from . import common

EPILOG = """\b
Examples:
  govkg run                         # build the graph from the bundled sample and summarize it
  govkg run articles/               # ... from your own files or folders
  govkg extract article.txt --json  # print one article's extraction as JSON
  govkg query agency-coordinates-platform --format csv
"""


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govkg")
def cli() -> None:
    """govkg: Chinese digital-government text to a knowledge graph."""


# -- command registry: one line per command module (keep sorted) --------------
for _module in common.command_modules():
    for _command in _module.COMMANDS:
        cli.add_command(_command)
