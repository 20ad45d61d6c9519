"""The ``extract`` command: what the extractor finds in files, printed or as the evaluation JSON, without
touching any store."""
from __future__ import annotations

import json
import sys

import click
from rich.console import Console


def _console() -> Console:
    return Console(stderr=False, highlight=False, soft_wrap=True)


@click.command("extract", epilog="""\b
Examples:
  govkg extract article.txt --json > pred.json
  govkg extract a.txt b.html          # a readable listing
""")
@click.argument("files_", metavar="FILES", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the evaluation JSON schema (one object per file).")
def extract_cmd(files_, as_json):
    """Print what the extractor finds in FILES, without touching any store."""
    from ..loaders.pipeline import Extractor, to_eval_json
    from ..loaders.read import ReadError

    extractor = Extractor()
    failed = 0
    results = []
    for f in files_:
        try:
            x = extractor.extract_file(f)
        except ReadError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        results.append(to_eval_json(x))
        if not as_json:
            _print_extraction(x)
    if as_json:
        payload = results[0] if len(files_) == 1 and results else results
        click.echo(json.dumps(payload, ensure_ascii=False, indent=1))
    sys.exit(2 if failed == len(files_) else 1 if failed else 0)


def _print_extraction(x) -> None:
    console = _console()
    console.print(f"[bold]{x.document.source}[/]: {len(x.entities)} entities, {len(x.relations)} relations, "
                  f"{len(x.metrics)} statistics, {len(x.dates)} dates")
    names = {e.key: e.name for e in x.entities}
    for e in x.entities:
        console.print(f"  {e.type:<12} {e.name}" + (f"  (= {', '.join(e.aliases)})" if e.aliases else ""))
    for r in x.relations:
        flag = " [inferred]" if r.inferred else ""
        console.print(f"  {names.get(r.head)} —{r.type}→ {names.get(r.tail)}{flag}")
    for m in x.metrics:
        console.print(f"  {names.get(m.subject)}: {m.name} {m.op} {m.value:g}{m.unit or ''}")
    for d in x.dates:
        console.print(f"  {names.get(d.subject)}: {d.property} {d.value}")


COMMANDS = [extract_cmd]
