"""A query's rows as text: an aligned ``table`` (CJK-width aware), ``csv`` or ``json``.

Numbers print one way everywhere (:func:`number_text`), booleans as RDF writes
them, IRIs in tables shortened with the govkg prefixes.
"""
from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .runner import QueryResult

#: Output formats of :func:`format_rows`.
FORMATS = ("table", "csv", "json")
#: Rows of one answer a person is shown (a terminal's table, the query page): more is not
#: read, and a listing of a large archive (tens of thousands of rows) takes the engine seconds.
SHOWN_ROWS = 1000


def format_rows(result: QueryResult, fmt: str = "table", width: int | None = None) -> str:
    """Render a result as an aligned ``table``, ``csv`` or ``json``.

    >>> from govkg.queries.runner import QueryResult
    >>> r = QueryResult(("agency", "n"), (("上海市大数据中心", 2), ("国务院", None)))
    >>> print(format_rows(r, "csv"), end="")
    agency,n
    上海市大数据中心,2
    国务院,
    >>> print(format_rows(r, "json"))
    [
      {"agency": "上海市大数据中心", "n": 2},
      {"agency": "国务院", "n": null}
    ]
    """
    if fmt == "csv":
        return _csv(result)
    if fmt == "json":
        return _json(result)
    if fmt == "table":
        return _table(result, width)
    from .runner import QueryError

    raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _csv(result: QueryResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(_cell(v) for v in row)
    return out.getvalue()


def _cell(value) -> str:
    """A value as text: None → "", booleans as in RDF (true/false), numbers as :func:`number_text`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return number_text(value)
    return str(value)


def number_text(value: int | float) -> str:
    """A number printed one way everywhere: whole numbers without ".0", as SPARQL's STR() writes a decimal.

    >>> number_text(6500.0), number_text(6500), number_text(0.998), number_text(1.5e20)
    ('6500', '6500', '0.998', '1.5e+20')
    """
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    return str(value)


def _plain(value):
    """A value for JSON: a whole float as an integer (6500, not 6500.0), like the text formats."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value


def _json(result: QueryResult) -> str:
    """One object per row, one row per line (readable and diff-friendly)."""
    if not result.rows:
        return "[]"
    lines = [json.dumps({c: _plain(v) for c, v in zip(result.columns, row)}, ensure_ascii=False)
             for row in result.rows]
    return "[\n  " + ",\n  ".join(lines) + "\n]"


def _table(result: QueryResult, width: int | None) -> str:
    """A rich table (CJK-width aware), IRIs shortened with the govkg prefixes."""
    from rich.console import Console
    from rich.table import Table

    from ..graph.validate import compact

    table = Table(show_header=True, header_style="bold", show_lines=False)
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in result.rows:
        table.add_row(*(compact(_cell(v)) for v in row))
    console = Console(file=io.StringIO(), width=width or 200, force_terminal=False, color_system=None)
    console.print(table)
    footer = f"{len(result.rows)} row{'' if len(result.rows) == 1 else 's'}"
    return console.file.getvalue() + footer + (" shown; the answer has more" if result.more else "")
