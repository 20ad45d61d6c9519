"""Sort a query's rows in Python when its ``ORDER BY`` only names variables.

Oxigraph's ``ORDER BY`` decodes both terms from the store on every comparison:
for a listing of 50,000 rows on a 10,000-document store it was more than half
of the query's time. Python sorts the same rows in a fraction of a second, so
the runner strips a final ``ORDER BY ?a DESC(?b) …`` (plain variables only, no
``LIMIT``/``OFFSET`` after it, every variable selected) and sorts the solutions
itself, in SPARQL's order (SPARQL 1.1, 15.1): unbound first, then blank nodes,
IRIs, literals; numbers by value, dates and times by their ISO text, other
literals by their text (code point order, as Oxigraph), then language tag.
Rows equal on every key keep the engine's order.

Cypher the same (:func:`split_cypher_order_by`, :func:`sort_cypher_rows`): Neo4j
sorts every row before it sends the first, so a limited answer is asked without
its final ``ORDER BY`` of returned columns and the rows kept are sorted here.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

import pyoxigraph as ox

from ..graph.sparql_text import strip_comments
from ..ontology.namespace import PREFIXES

_XSD = PREFIXES["xsd"]
_NUMERIC = {_XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short", "byte",
                               "nonNegativeInteger", "positiveInteger", "negativeInteger",
                               "nonPositiveInteger", "unsignedInt", "unsignedLong")}
_BOOLEAN = _XSD + "boolean"
_KEY = r"(?:(?:ASC|DESC)\s*\(\s*[?$]\w+\s*\)|[?$]\w+)"
_ORDER_BY = re.compile(rf"\bORDER\s+BY((?:\s*{_KEY})+)\s*$", re.I)


def split_order_by(sparql: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """The query without its final ``ORDER BY``, and the keys as (variable, descending); None
    when the query does not end with an ``ORDER BY`` of plain variables.

    >>> split_order_by("SELECT * WHERE { ?a ?b ?c } ORDER BY ?a DESC(?c)")
    ('SELECT * WHERE { ?a ?b ?c } ', [('a', False), ('c', True)])
    >>> split_order_by("SELECT * WHERE { ?a ?b ?c } ORDER BY STR(?a)") is None
    True
    >>> split_order_by("SELECT * WHERE { ?a ?b ?c } ORDER BY ?a LIMIT 10") is None
    True
    """
    text = strip_comments(sparql).rstrip()
    m = _ORDER_BY.search(text)
    if not m or "}" not in text[:m.start()]:
        return None
    keys = [(re.search(r"\w+", k.split("(")[-1]).group(0), k.upper().startswith("DESC"))
            for k in re.findall(_KEY, m.group(1), re.I)]
    return text[:m.start()], keys


def sort_rows(rows: Iterable[Sequence], keys: Sequence[tuple[int, bool]]) -> list:
    """``rows`` (sequences of pyoxigraph terms) sorted as SPARQL orders them by ``keys``, each
    (position in the row, descending).

    One sort on all the keys when they go the same way, else one stable sort per key, last first.

    >>> a, b = ox.NamedNode("http://ex.org/a"), ox.NamedNode("http://ex.org/b")
    >>> [[t.value[-1] for t in r] for r in sort_rows([(b, a), (a, b), (a, a)], [(0, False), (1, True)])]
    [['a', 'b'], ['a', 'a'], ['b', 'a']]
    """
    rows = list(rows)
    if len({descending for _, descending in keys}) == 1:
        at = [i for i, _ in keys]
        rows.sort(key=lambda row: [term_key(row[i]) for i in at], reverse=keys[0][1])
        return rows
    for i, descending in reversed(keys):
        rows.sort(key=lambda row: term_key(row[i]), reverse=descending)
    return rows


def term_key(term) -> tuple:
    """A sort key giving SPARQL's order of terms.

    >>> sorted([ox.Literal("10", datatype=ox.NamedNode(_XSD + "integer")), None,
    ...         ox.Literal("9", datatype=ox.NamedNode(_XSD + "integer")), ox.NamedNode("http://ex.org/a")],
    ...        key=term_key)  # doctest: +NORMALIZE_WHITESPACE
    [None, <NamedNode value=http://ex.org/a>,
     <Literal value=9 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>,
     <Literal value=10 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>]
    """
    kind = type(term)
    if kind is ox.Literal:                   # the usual case first: a sort reads a key per row and column
        datatype = term.datatype.value
        if datatype in _NUMERIC:
            try:
                return (3, 0, float(term.value), "")
            except ValueError:
                pass
        if datatype == _BOOLEAN:
            return (3, 1, 0.0, term.value)
        return (3, 2, 0.0, term.value, term.language or "", datatype)
    if term is None:
        return (0,)
    if kind is ox.NamedNode:
        return (2, term.value)
    return (1, term.value)                   # a blank node


# -- Cypher --------------------------------------------------------------------------------

_CYPHER_KEY = r"[A-Za-z_]\w*(?:\s+(?:ASC|DESC|ASCENDING|DESCENDING)\b)?"
_CYPHER_ORDER_BY = re.compile(rf"\bRETURN\b[^;]*?\s(ORDER\s+BY\s+({_CYPHER_KEY}(?:\s*,\s*{_CYPHER_KEY})*))\s*;?\s*$",
                              re.I | re.S)


def split_cypher_order_by(cypher: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """The Cypher query without its final ``ORDER BY`` (after its last ``RETURN``), and the keys
    as (column, descending); None unless every key is a plain name and nothing follows them.

    Neo4j sorts every row before it sends the first (8.3 s for the first 1,000 rows of
    ``facts`` on a 10,000-document graph), so for a limited answer the runner leaves the
    ``ORDER BY`` out and sorts the rows it kept, as it does for SPARQL.

    >>> split_cypher_order_by("MATCH (n) RETURN n.name AS name, n.x AS x\\nORDER BY name, x DESC")
    ('MATCH (n) RETURN n.name AS name, n.x AS x', [('name', False), ('x', True)])
    >>> split_cypher_order_by("MATCH (n) RETURN n.name AS name ORDER BY n.name") is None
    True
    >>> split_cypher_order_by("MATCH (n) RETURN n.name AS name ORDER BY name LIMIT 5") is None
    True
    >>> split_cypher_order_by("RETURN 1 AS a UNION RETURN 2 AS a ORDER BY a") is None
    True
    """
    text = cypher.rstrip()
    m = _CYPHER_ORDER_BY.search(text)
    if not m or _top_level_union(text):      # there the ORDER BY sorts only the last part
        return None
    keys = [(k.split()[0], len(k.split()) > 1 and k.split()[1].upper().startswith("DESC"))
            for k in re.split(r"\s*,\s*", m.group(2))]
    return text[:m.start(1)].rstrip(), keys


def _top_level_union(cypher: str) -> bool:
    """Whether ``UNION`` joins whole queries (outside ``{…}`` subqueries; strings and comments are
    not told apart, which at worst keeps the server's sort).

    >>> _top_level_union("CALL () { RETURN 1 AS x UNION RETURN 2 AS x } RETURN x"), _top_level_union("RETURN 1 UNION RETURN 2")
    (False, True)
    """
    depth = 0
    for m in re.finditer(r"[{}]|\bUNION\b", cypher, re.I):
        token = m.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            return True
    return False


def sort_cypher_rows(rows: Iterable[Sequence], columns: Sequence[str], keys: Sequence[tuple[str, bool]]) -> list:
    """Rows of plain values sorted as Cypher's ``ORDER BY`` sorts them: null last ascending (first
    descending); across types lists, then text, booleans, numbers.

    >>> sort_cypher_rows([("b", 2), (None, 1), ("a", 3), ("a", None)], ["s", "n"], [("s", False), ("n", True)])
    [('a', None), ('a', 3), ('b', 2), (None, 1)]
    """
    ranks = {list: 0, tuple: 0, str: 1, bool: 2, int: 3, float: 3}
    rows = list(rows)
    for name, descending in reversed(keys):          # stable sorts, last key first
        i = columns.index(name)
        rows.sort(key=lambda row: (row[i] is None, ranks.get(type(row[i]), 1),
                                   row[i] if row[i] is not None else 0), reverse=descending)
    return rows
