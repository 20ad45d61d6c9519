"""Small operations on SPARQL query text that both stores share.

Parameters are bound by a ``VALUES`` block that opens the query's outer
group: the values are RDF terms written by pyoxigraph (never the user's text),
and the engine starts its plan from them. (A pyoxigraph substitution binds
too, but the plan does not start from it: a query given an agency took 1.5 s
with a substitution and 0.06 s with ``VALUES`` on a 10,000-document store.)
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

_WHERE_GROUP = re.compile(r"\bWHERE\s*\{", re.I)
_FIRST_GROUP = re.compile(r"\{")


def with_values(sparql: str, bindings: Mapping[str, object]) -> str:
    """The query with one ``VALUES ?name { term … }`` per binding opening its outer group.

    A binding is a term or a sequence of terms (any of them may match).

    >>> import pyoxigraph as ox
    >>> with_values("SELECT ?n WHERE { ?a gk:name ?n }", {"a": ox.NamedNode("http://ex.org/a")})
    'SELECT ?n WHERE { VALUES ?a { <http://ex.org/a> } ?a gk:name ?n }'
    >>> with_values("CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o }", {"a": [ox.NamedNode("http://ex.org/a"),
    ...             ox.Literal("甲", language="zh")]})
    'CONSTRUCT { ?a ?p ?o } WHERE { VALUES ?a { <http://ex.org/a> "甲"@zh } ?a ?p ?o }'
    >>> with_values("SELECT * WHERE { { ?a <http://ex.org/p> ?b } UNION { ?b <http://ex.org/p> ?a } "
    ...             "{ ?c ?d ?e } }", {"a": ox.NamedNode("http://ex.org/a")})  # doctest: +NORMALIZE_WHITESPACE
    'SELECT * WHERE { VALUES ?a { <http://ex.org/a> } { VALUES ?a { <http://ex.org/a> } ?a <http://ex.org/p> ?b }
     UNION { VALUES ?a { <http://ex.org/a> } ?b <http://ex.org/p> ?a } { ?c ?d ?e } }'
    """
    body = strip_comments(sparql)
    m = _WHERE_GROUP.search(body) or _FIRST_GROUP.search(body)
    if m is None:
        raise SyntaxError("the query has no WHERE group to bind parameters in")
    blocks = {name: f"VALUES ?{name} {{ {' '.join(str(t) for t in _terms(value))} }}"
              for name, value in bindings.items()}
    # Also at the start of each branch of a UNION of the outer group that names the variable:
    # Join(V, A UNION B) = Join(V, A) UNION Join(V, B), and joining V twice changes nothing;
    # but the engine only starts a branch from V when V is inside it.
    inserts = [(m.end(), " " + " ".join(blocks.values()))]
    for start, end in _union_branches(body, m.end()):
        inside = [b for name, b in blocks.items() if re.search(rf"[?$]{re.escape(name)}\b", body[start:end])]
        if inside:
            inserts.append((start, " " + " ".join(inside)))
    for at, text in sorted(inserts, reverse=True):
        body = body[:at] + text + body[at:]
    return body


def _union_branches(body: str, inside: int) -> list[tuple[int, int]]:
    """(start, end) of the groups just inside the outer group (which opens at ``inside``) that are
    branches of a UNION: start is just after the branch's ``{``, end at its ``}``."""
    groups, depth, opened, quote = [], 0, 0, None
    for i in range(inside, len(body)):
        ch = body[i]
        if quote:
            quote = None if ch == quote and body[i - 1] != "\\" else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", body[i:]):
            continue
        elif ch == "{":
            depth += 1
            opened = i + 1 if depth == 1 else opened
        elif ch == "}":
            if depth == 0:
                break                       # the end of the outer group
            depth -= 1
            if depth == 0:
                groups.append((opened, i))
    union = re.compile(r"\s*UNION\s*$", re.I)
    branches = []
    for k, (start, end) in enumerate(groups):
        before = body[groups[k - 1][1] + 1:start - 1] if k else ""
        after = body[end + 1:groups[k + 1][0] - 1] if k + 1 < len(groups) else ""
        subquery = re.match(r"\s*SELECT\b", body[start:end], re.I)   # a subquery's group holds it alone
        if not subquery and ((k and union.fullmatch(before)) or re.fullmatch(r"\s*UNION\s*", after, re.I)):
            branches.append((start, end))
    return branches


def _terms(value) -> Sequence:
    return value if isinstance(value, (list, tuple)) else (value,)


def strip_comments(sparql: str) -> str:
    """Drop ``#`` comments (outside IRIs and strings), so a brace in one is not taken for the group.

    >>> strip_comments('SELECT * WHERE { ?s <http://ex.org/#p> "#1" } # {')
    'SELECT * WHERE { ?s <http://ex.org/#p> "#1" } '
    """
    out = []
    for line in sparql.splitlines():
        cut, quote, in_iri = None, None, False
        for i, ch in enumerate(line):
            if quote:
                quote = None if ch == quote and line[i - 1] != "\\" else quote
            elif in_iri:
                in_iri = ch != ">"
            elif ch in "\"'":
                quote = ch
            elif ch == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", line[i:]):
                in_iri = True
            elif ch == "#":
                cut = i
                break
        out.append(line if cut is None else line[:cut])
    return "\n".join(out)
