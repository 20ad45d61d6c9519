"""Saved SPARQL queries: load them, bind their parameters safely, run them.

A saved query is a ``.rq`` file whose leading comment block describes it
(the block is optional: without a title, the file's name is its title)::

    # title: Which agency coordinates which platform
    # description: one or two lines,
    #   continued on indented comment lines.
    # param: agency          optional  Name, alias or IRI of an agency
    # param: since:date      optional  Only dates on or after this day

A param ``NAME`` is the SPARQL variable ``?NAME``. The runner binds it to RDF
terms with a ``VALUES`` block opening the query's outer group (the values are
terms written by pyoxigraph, never the user's text, so no value can change
what the query does; and the engine starts its plan from them). A param left
out stays unbound: a test on it must be written ``FILTER (COALESCE(test,
true))``, because any test on an unbound variable is an error. The query need
not select a param; if it does, the column is dropped from the result.

How a value becomes a term depends on the param's type (after the colon):

- ``resource``: the entities (or documents) the value names, resolved before
  the query runs (:mod:`govkg.queries.resolve`): an IRI (``http…``, or a known
  prefix such as ``gkid:agency/…``) names itself; any other value names what
  has it as its name, alias, region code, title or source path. The query uses
  ``?NAME`` as the entity itself (``?agency gk:coordinates ?platform``). This
  is what the saved queries use: the engine starts from the entity instead of
  testing the names of every row.
- ``entity`` (the default): ``http://…``/``https://…`` or a known prefix
  becomes an IRI, anything else a ``@zh`` literal, for queries that compare
  names themselves with ``STR()`` (``STR(?alias) = STR(?name)``).
- ``property``: a relation or date property by its name (``operates``,
  ``launchDate``: in the govkg ontology) or its IRI, bound as that IRI.
- ``string``, ``iri``, ``date`` (YYYY-MM-DD), ``integer``, ``decimal``, ``boolean``.

>>> from govkg.graph.store import open_store
>>> store = open_store("memory:")
>>> queries = load_queries()
>>> result = run_query(store, queries["agency-cooperation"], {"agency": "上海市大数据中心"})
>>> result.columns
('agency_name', 'partner_name', 'sentence', 'document')
>>> result.rows
()
>>> run_query(store, queries["agency-cooperation"], {"agnecy": "x"})
Traceback (most recent call last):
...
govkg.queries.saved.QueryError: query 'agency-cooperation' has no parameter 'agnecy'; its parameters: agency
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Mapping

import pyoxigraph as ox

from ..graph.sparql_text import start_values, without_free_closures
from ..graph.store import to_python
from ..ontology.namespace import PREFIXES
from .chunks import Solutions, query_in_chunks
from .ordering import sort_rows, split_order_by
from .output import FORMATS, format_rows, number_text
from .resolve import resolve_resources
from .saved import (NAMING_TYPES, PARAM_TYPES, START_TYPES, Param, QueryError, SavedQuery, adhoc_query, find_query,
                    load_queries, parse_query, read_query)

#: What the runner offers, with the saved-query reading and the output formats it passes on (callers import
#: them from here).
__all__ = ["FORMATS", "NAMING_TYPES", "PARAM_TYPES", "START_TYPES", "Param", "QueryError", "QueryResult", "SavedQuery",
           "adhoc_query", "bind_params", "expand_iri", "find_query", "first_rows", "format_rows", "load_queries",
           "number_text", "parse_query", "read_query", "run_query", "service_calls", "to_term"]

XSD = PREFIXES["xsd"]

@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]    #: plain Python values (str, int, float, bool, None)
    more: bool = False         #: the answer has rows past ``rows`` (run with a ``limit``)
    sorted_after_cut: bool = False  #: ``more``, and ``rows`` sorted by the runner: not the first by ORDER BY


# -- running -------------------------------------------------------------------

#: How long a query that calls remote endpoints (SERVICE) may run when allowed.
SERVICE_TIMEOUT = 10.0

_SKIP_TOKENS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                          r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*")
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])\s*(?:SILENT\s*)?(<[^>\s]*>|\S+)?", re.I)


def service_calls(sparql: str) -> list[str]:
    """The endpoints a query's SERVICE clauses name (comments, strings and IRIs are not looked into).

    >>> service_calls("SELECT * { SERVICE <http://ex.org/sparql> { ?s ?p ?o } } # SERVICE <x>")
    ['<http://ex.org/sparql>']
    >>> service_calls('SELECT ?service { ?service <http://ex.org/SERVICE> "SERVICE" }')
    []
    """
    iris: list[str] = []

    def blank(m: re.Match) -> str:
        token = m.group(0)
        if token.startswith("<"):
            iris.append(token)
            return f"<{len(iris) - 1}>"
        return " "

    text = _SKIP_TOKENS.sub(blank, sparql)
    calls = []
    for m in _SERVICE.finditer(text):
        target = m.group(1) or "?"
        if re.fullmatch(r"<\d+>", target):
            target = iris[int(target[1:-1])]
        calls.append(target)
    return calls


def run_query(store, query: SavedQuery, params: Mapping[str, str] | None = None, *,
              allow_service: bool = False, timeout: float = SERVICE_TIMEOUT,
              limit: int | None = None) -> QueryResult:
    """Run a saved query with its parameters bound as RDF terms.

    Unknown or missing parameters and values of the wrong type raise
    :class:`QueryError`; the columns of param variables are left out. SELECT
    gives its variables as columns, ASK one column ``answer``, CONSTRUCT and
    DESCRIBE the columns ``subject``, ``predicate``, ``object``.

    With a ``limit``, the engine is stopped after that many rows (and one more,
    to tell whether there are more: ``QueryResult.more``; ``limit=0`` gives no
    rows, ``None`` every row). An answer that fits is the whole answer, sorted
    as the query says. A longer one is cut where the engine stopped: when the
    runner sorts the rows itself (an ``ORDER BY`` of plain variables, see
    :mod:`govkg.queries.ordering`) only the rows kept are sorted, *some* rows of
    the answer and not its first by that order, which would take computing
    every row (``QueryResult.sorted_after_cut``); an ``ORDER BY`` the engine
    runs gives the first rows by it, at the cost of every row.

    A query with a SERVICE clause (a federated query, which sends requests to
    other servers) is refused unless ``allow_service``; then it must finish
    within ``timeout`` seconds.
    """
    bindings = bind_params(query, params or {})
    bindings = resolve_resources(store, bindings, {p.name for p in query.params if p.type == "resource"})
    calls = service_calls(query.sparql)
    if calls and not allow_service:
        raise QueryError(f"query {query.name!r} calls a remote endpoint (SERVICE {calls[0]}); federated "
                         "queries are off: pass --allow-service to run it")
    if limit is not None and limit < 0:
        raise QueryError(f"a row limit must be 0 or more, not {limit}")
    hidden = {p.name for p in query.params}
    if not calls:
        return _evaluate(store, query, bindings, hidden, limit)
    return _with_timeout(lambda: _evaluate(store, query, bindings, hidden, limit), query, timeout)


def first_rows(rows, limit: int | None) -> tuple[list, bool]:
    """At most ``limit`` items of ``rows`` (all when None), and whether more were left.

    Reads one item past the limit and no further, so that a lazy engine stops there.

    >>> first_rows(iter("abcde"), 2)
    (['a', 'b'], True)
    >>> first_rows("ab", 2), first_rows("ab", None)
    ((['a', 'b'], False), (['a', 'b'], False))
    """
    if limit is None:
        return list(rows), False
    kept = list(itertools.islice(rows, limit + 1))
    return kept[:limit], len(kept) > limit


def _evaluate(store, query: SavedQuery, bindings, hidden, limit: int | None = None) -> QueryResult:
    try:
        # "this region and below" with no region given: the walk is left out (it only repeats rows)
        text = without_free_closures(query.sparql, {p.name for p in query.params} - set(bindings))
        if query.start and not any(query.param(name).type in START_TYPES for name in bindings):
            text = start_values(text, query.start) or text     # no entity to start from: the listed values
        ordered = split_order_by(text)
        asked = None if limit is None else limit + 1      # one row past the limit: are there more?
        result = query_in_chunks(store, ordered[0] if ordered else text, bindings, limit=asked)
        if ordered and not (isinstance(result, (ox.QuerySolutions, Solutions))
                            and {k for k, _ in ordered[1]} <= {v.value for v in result.variables}):
            # keys the rows do not hold: the engine sorts
            ordered, result = None, query_in_chunks(store, text, bindings, limit=asked)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(("answer",), ((bool(result),),))
        if isinstance(result, ox.QueryTriples):
            triples, more = first_rows(result, limit)
            return QueryResult(("subject", "predicate", "object"),
                               tuple((to_python(t.subject), to_python(t.predicate), to_python(t.object))
                                     for t in triples), more)
        names = [v.value for v in result.variables]
        shown = [i for i, n in enumerate(names) if n not in hidden]
        columns = tuple(names[i] for i in shown)
        solutions, more = first_rows(result, limit)
        terms = [tuple(solution) for solution in solutions]    # in the order of the variables (by name is slower)
        if ordered:
            terms = sort_rows(terms, [(names.index(k), descending) for k, descending in ordered[1]])
        rows = tuple(tuple(to_python(row[i]) for i in shown) for row in terms)
    except SyntaxError as exc:
        if re.search(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", query.sparql, re.I) and \
                "expected" in str(exc):
            raise QueryError(f"query {query.name!r} is an update; only queries (SELECT, ASK, CONSTRUCT, "
                             "DESCRIBE) are run") from None
        raise QueryError(f"query {query.name!r} is not valid SPARQL: {_first_line(exc)}") from None
    except RuntimeError as exc:
        raise QueryError(f"query {query.name!r} failed: {' '.join(str(exc).split())}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"query {query.name!r} failed: {' '.join(str(exc).split())}") from None
    return QueryResult(columns, rows, more, sorted_after_cut=bool(ordered) and more)


def _first_line(exc: Exception, limit: int = 160) -> str:
    """A parser's error on one line: pyoxigraph lists every character class it expected."""
    text = str(exc).splitlines()[0]
    return text if len(text) <= limit else text[:limit].rsplit(",", 1)[0] + " …"


def _with_timeout(work, query: SavedQuery, timeout: float) -> QueryResult:
    """Run ``work`` in a daemon thread (pyoxigraph lets go of the GIL while it waits
    for an endpoint); give up after ``timeout`` seconds."""
    import threading

    outcome: dict[str, object] = {}

    def target():
        # Only plain values leave this thread: pyoxigraph's result objects must be
        # dropped on the thread that made them, and a traceback would keep them alive.
        try:
            outcome["result"] = work()
        except QueryError as exc:
            outcome["error"] = QueryError(str(exc))
        except Exception as exc:
            outcome["error"] = QueryError(f"query {query.name!r} failed: {type(exc).__name__}: {exc}")

    thread = threading.Thread(target=target, name=f"query {query.name}", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise QueryError(f"query {query.name!r}: a SERVICE endpoint did not answer within {timeout:g} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def bind_params(query: SavedQuery, params: Mapping[str, str]) -> dict[str, object]:
    """Check the given values against the query's params and turn them into terms.

    >>> q = parse_query("# title: t\\n# param: day:date optional d\\nSELECT ?day WHERE {}", "t")
    >>> bind_params(q, {"day": "2020-07-10"})
    {'day': <Literal value=2020-07-10 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#date>>}
    >>> bind_params(q, {"day": "July"})
    Traceback (most recent call last):
    ...
    govkg.queries.saved.QueryError: parameter 'day' of query 't' must be a date (YYYY-MM-DD), not 'July'
    """
    for name in params:
        query.param(name)          # raises for unknown names, listing the known ones
    missing = [p.name for p in query.params if p.required and p.name not in params]
    if missing:
        raise QueryError(f"query {query.name!r} needs parameter(s): {', '.join(missing)}")
    bound = {}
    for name, value in params.items():
        param = query.param(name)
        try:
            bound[name] = to_term(value, param.type)
        except ValueError as exc:
            raise QueryError(f"parameter {name!r} of query {query.name!r} {exc}") from None
    return bound


def to_term(value: str, ptype: str = "entity"):
    """One parameter value as a pyoxigraph term, by type.

    >>> to_term("上海市大数据中心")
    <Literal value=上海市大数据中心 language=zh>
    >>> to_term("gkid:region/310115")
    <NamedNode value=https://w3id.org/govkg/id/region/310115>
    >>> to_term("0.8", "decimal")
    <Literal value=0.8 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#decimal>>
    >>> to_term('"} ; DROP ALL ; #')
    <Literal value="} ; DROP ALL ; # language=zh>
    """
    if ptype in ("entity", "resource"):
        iri = expand_iri(value)
        return _iri(iri) if iri else ox.Literal(value, language="zh")
    if ptype == "iri":
        return _iri(expand_iri(value) or value)
    if ptype == "property":
        name = value.strip()
        if not (expand_iri(name) or re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name)):
            raise ValueError(f"must be a property name such as operates or launchDate, or its IRI, not {value!r}")
        return _iri(expand_iri(name) or PREFIXES["gk"] + name)
    if ptype == "string":
        return ox.Literal(value)
    if ptype == "date":
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"must be a date (YYYY-MM-DD), not {value!r}") from None
        return ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if ptype == "integer":
        try:
            return ox.Literal(str(int(value.strip())), datatype=ox.NamedNode(XSD + "integer"))
        except ValueError:
            raise ValueError(f"must be a whole number, not {value!r}") from None
    if ptype == "decimal":
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"must be a number, not {value!r}") from None
        if not number.is_finite():
            raise ValueError(f"must be a finite number, not {value!r}")
        return ox.Literal(str(number), datatype=ox.NamedNode(XSD + "decimal"))
    if ptype == "boolean":
        text = value.strip().lower()
        if text not in ("true", "false", "yes", "no", "1", "0"):
            raise ValueError(f"must be true or false, not {value!r}")
        return ox.Literal("true" if text in ("true", "yes", "1") else "false", datatype=ox.NamedNode(XSD + "boolean"))
    raise ValueError(f"has unknown type {ptype!r}")


def expand_iri(value: str) -> str | None:
    """The IRI a value names, if it looks like one (``http(s)://…`` or ``prefix:…``).

    >>> expand_iri("gk:operates")
    'https://w3id.org/govkg/ontology#operates'
    >>> expand_iri("上海市") is None
    True
    """
    text = value.strip()
    if text.startswith(("http://", "https://")):
        return text
    prefix, sep, rest = text.partition(":")
    if sep and prefix in PREFIXES and rest and not rest.startswith("//"):
        return PREFIXES[prefix] + rest
    return None


def _iri(text: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(text)
    except ValueError:
        raise ValueError(f"is not a valid IRI: {text!r}") from None
