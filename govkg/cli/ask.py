"""``govkg ask``: a question in Chinese, answered by a saved query, with the sentences behind it."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..queries.ask import QUESTIONS, WORDS, AskError, ask, load_patterns, load_words
from ..queries.runner import QueryError, QueryResult
from .common import store_option
from .queries import NothingDone, echo_result, open_existing_store

ASK_EPILOG = f"""\b
Examples:
  govkg ask "哪个机构统筹一网通办？"
  govkg ask "四川有哪些政务服务平台？"
  govkg ask "粤省事的注册用户有多少？" --explain
  govkg ask "《浙江省公共数据条例》是谁通过的？" --format json
  govkg ask --list                  # the questions understood, by saved query
  govkg ask "湘易办背后是谁？" --questions my-questions.tsv   # with phrasings of your own

\b
The questions understood are the patterns of {QUESTIONS.name}, with the words
of {WORDS.name} (both in govkg/queries/, plain tab-separated text: add
your own phrasings there, or in a file of your own given with --questions). Exit codes: 0 answered, 1 understood but the
graph holds no answer, 2 not understood (or an unknown name).
"""


@click.command("ask", epilog=ASK_EPILOG)
@click.argument("question", required=False)
@click.option("--explain", is_flag=True, help="Also show the saved query run, its params and its SPARQL.")
@click.option("--format", "fmt", type=click.Choice(["text", "table", "csv", "json"]), default="text",
              show_default=True, help="text: each answer with its sentence; table/csv/json: the answer rows.")
@click.option("--list", "list_patterns", is_flag=True, help="List the question patterns, by saved query.")
@click.option("--questions", "extra", multiple=True, type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="A questions file of your own (same columns as questions.tsv), tried first; repeatable.")
@store_option
def ask_cmd(question, explain, fmt, list_patterns, extra, store_url) -> None:
    """Answer QUESTION (in Chinese) from the graph, offline."""
    try:
        words = load_words()
        patterns = [p for path in extra for p in load_patterns(path, words)] + load_patterns(words=words)
    except QueryError as exc:
        raise NothingDone(str(exc)) from None
    if list_patterns:
        for p in patterns:
            click.echo(f"{p.query}\t{p.text}")
        return
    if not question:
        raise click.UsageError("give a question, e.g. govkg ask \"哪个机构统筹一网通办？\"")
    store = open_existing_store(store_url)
    try:
        answer = ask(store, question, patterns, words=words)
    except AskError as exc:
        click.echo(str(exc), err=True)
        raise click.exceptions.Exit(exc.code) from None
    if explain:
        keep = " ".join(f"{c}{op}{'|'.join(sorted(v))}" for c, op, v in answer.keep)
        params = " ".join(f"--param {k}={v}" for k, v in answer.params.items())
        click.echo(f"# pattern (questions.tsv:{answer.pattern.line}): {answer.pattern.text}")
        click.echo(f"# query: govkg query {answer.query.name} {params}".rstrip())
        click.echo(f"# rows kept: {keep or 'all'}; answer: {', '.join(answer.pattern.answer)}")
        click.echo(answer.query.sparql.rstrip())
        click.echo()
    if not answer.lines:
        ran = " ".join([answer.query.name, *(f"{k}={v}" for k, v in answer.params.items())])
        click.echo(f"no answer in the graph (query {ran} found nothing)", err=True)
        raise click.exceptions.Exit(1)
    if fmt == "text":
        for line in answer.lines:
            click.echo(line.answer)
            if line.sentence:
                source = f"（{line.document}）" if line.document else ""
                click.echo(f"  「{line.sentence}」{source}")
    elif fmt == "json":
        click.echo(json.dumps([{"answer": line.answer, "sentence": line.sentence, "document": line.document,
                                "row": line.row} for line in answer.lines], ensure_ascii=False, indent=2))
    else:
        columns = (*answer.pattern.answer, "sentence", "document")
        rows = tuple(tuple([*(line.row.get(c) for c in answer.pattern.answer), line.sentence, line.document])
                     for line in answer.lines)
        echo_result(QueryResult(columns, rows), fmt)


COMMANDS = [ask_cmd]
