"""Run a query whose parameter names many resources a few hundred at a time.

A name may be shared by many resources: a generic platform name such as
全市一体化政务服务平台 is a platform of its own in each document that uses it
(over 1,300 of them in a 10,000-document store). Oxigraph starts its plan from
a ``VALUES`` block of up to about 1,000 terms; with more it plans a hash join
from the other end instead, and the query that took 0.05 s with 1,000 IRIs
took 48 s with 1,200. So the runner splits such a binding into blocks of
:data:`VALUES_CHUNK` terms, runs the query once per block and joins the rows.

That gives the same answer only when the answer is the union of the answers
for the parts: a ``SELECT`` without aggregates, ``GROUP BY``, ``HAVING``,
``LIMIT``, ``OFFSET`` or ``ORDER BY`` at its top (the runner sorts in Python
after, see :mod:`govkg.queries.ordering`); ``DISTINCT`` rows are made distinct
again across the parts. Any other query gets its binding whole.
"""
from __future__ import annotations

import re
from typing import Mapping

from ..graph.sparql_text import outer_group, with_limit

#: Terms per ``VALUES`` block: well under the ~1,000 where Oxigraph's plan turns.
VALUES_CHUNK = 500

_AGGREGATE = re.compile(r"\b(COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT)\s*\(", re.I)
_MODIFIER = re.compile(r"\b(GROUP\s+BY|HAVING|ORDER\s+BY|LIMIT|OFFSET)\b", re.I)


class Solutions:
    """The rows of several runs of one ``SELECT``, as pyoxigraph gives them (``variables``, iteration)."""

    def __init__(self, variables, rows):
        self.variables, self._rows = variables, rows

    def __iter__(self):
        return iter(self._rows)


def query_in_chunks(store, sparql: str, bindings: Mapping[str, object] | None, chunk: int = VALUES_CHUNK,
                    limit: int | None = None):
    """``store.query(sparql, bindings)``, run once per ``chunk`` terms of its largest binding when
    that binding has more and the query allows it (see the module's docstring).

    ``limit``: the caller reads at most that many rows; the query asks for no more (a server
    stops there), and the blocks are run one at a time as their rows are read."""
    name, size = max(((n, len(v)) for n, v in (bindings or {}).items() if isinstance(v, (list, tuple))),
                     key=lambda item: item[1], default=(None, 0))
    distinct = _splits_into_union(sparql) if size > chunk else None
    if distinct is None:
        return store.query(sparql if limit is None else with_limit(sparql, limit), bindings)
    values = list(bindings[name])
    first = store.query(sparql, {**bindings, name: values[:chunk]})
    return Solutions(first.variables, _rows_of_blocks(store, sparql, bindings, name, values, chunk, first, distinct))


def _rows_of_blocks(store, sparql, bindings, name, values, chunk, first, distinct):
    """The rows of each block in turn (the first already asked), distinct across blocks if need be."""
    seen = set()
    names = [v.value for v in first.variables]
    for at in range(0, len(values), chunk):
        result = first if at == 0 else store.query(sparql, {**bindings, name: values[at:at + chunk]})
        for solution in result:
            if distinct:
                key = tuple(solution[n] for n in names)
                if key in seen:
                    continue
                seen.add(key)
            yield solution


def _splits_into_union(sparql: str) -> bool | None:
    """Whether the ``SELECT``'s rows must be made distinct across parts; None when its answer is not
    the union of its parts' answers.

    >>> _splits_into_union("SELECT DISTINCT ?a WHERE { ?a ?b ?c }")
    True
    >>> _splits_into_union("SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?b ?c } GROUP BY ?a") is None
    True
    """
    parts = outer_group(sparql)
    if parts is None:
        return None
    head, _, tail = parts
    form = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b(.*)", head, re.I | re.S)
    if not form or form.group(1).upper() != "SELECT" or _AGGREGATE.search(head) or _MODIFIER.search(tail):
        return None
    return bool(re.match(r"\s*(DISTINCT|REDUCED)\b", form.group(2), re.I))
