"""Small operations on SPARQL query text that both stores share.

Parameters are bound by a ``VALUES`` block that opens the query's outer
group: the values are RDF terms written by pyoxigraph (never the user's text),
and the engine starts its plan from them. (A pyoxigraph substitution binds
too, but the plan does not start from it: a query given an agency took 1.5 s
with a substitution and 0.06 s with ``VALUES`` on a 10,000-document store.)
"""
from __future__ import annotations

import functools
import re
from typing import Mapping, Sequence



def with_values(sparql: str, bindings: Mapping[str, object], inside: bool = True) -> str:
    """The query with one ``VALUES ?name { term … }`` per binding opening its outer group.

    A binding is a term or a sequence of terms (any of them may match). ``inside=False``
    leaves the binding at the top only (the same answer, only slower: tests compare the two).

    >>> import pyoxigraph as ox
    >>> with_values("SELECT ?n WHERE { ?a gk:name ?n }", {"a": ox.NamedNode("http://ex.org/a")})
    'SELECT ?n WHERE { VALUES ?a { <http://ex.org/a> } ?a gk:name ?n }'
    >>> with_values("CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o }", {"a": [ox.NamedNode("http://ex.org/a"),
    ...             ox.Literal("甲", language="zh")]})
    'CONSTRUCT { ?a ?p ?o } WHERE { VALUES ?a { <http://ex.org/a> "甲"@zh } ?a ?p ?o }'

    The binding is repeated where the engine would otherwise not start from it
    (see :func:`_inner_starts`):

    >>> a = {"a": ox.NamedNode("http://ex.org/a")}
    >>> print(with_values("SELECT * WHERE { { ?a gk:p ?b } UNION { ?b gk:p ?a } { ?c gk:p ?d } }", a))
    SELECT * WHERE { VALUES ?a { <http://ex.org/a> } { VALUES ?a { <http://ex.org/a> } ?a gk:p ?b } UNION { VALUES ?a { <http://ex.org/a> } ?b gk:p ?a } { ?c gk:p ?d } }
    >>> print(with_values("SELECT * WHERE { ?a gk:q ?x OPTIONAL { SELECT ?a (COUNT(*) AS ?n) "
    ...                   "WHERE { ?a gk:p ?b } GROUP BY ?a } }", a))
    SELECT * WHERE { VALUES ?a { <http://ex.org/a> } ?a gk:q ?x OPTIONAL { SELECT ?a (COUNT(*) AS ?n) WHERE { VALUES ?a { <http://ex.org/a> } ?a gk:p ?b } GROUP BY ?a } }
    >>> print(with_values("SELECT * WHERE { { SELECT ?a WHERE { ?a gk:p ?b } LIMIT 1 } }", a))
    SELECT * WHERE { VALUES ?a { <http://ex.org/a> } { SELECT ?a WHERE { ?a gk:p ?b } LIMIT 1 } }
    """
    body = strip_comments(sparql)
    outer = _outer_brace(body)
    if outer is None:
        raise SyntaxError("the query has no WHERE group to bind parameters in")
    blocks = {name: f"VALUES ?{name} {{ {' '.join(str(t) for t in _terms(value))} }}"
              for name, value in bindings.items()}
    inserts = [(outer + 1, " " + " ".join(blocks.values()))]
    for start, names in _inner_starts(body, outer) if inside else ():
        repeated = [block for name, block in blocks.items() if name in names]
        if repeated:
            inserts.append((start, " " + " ".join(repeated)))
    for at, text in sorted(inserts, reverse=True):
        body = body[:at] + text + body[at:]
    return body


def _inner_starts(body: str, outer: int) -> list[tuple[int, set[str]]]:
    """Where else a binding of the outer group may go without changing the answer: (position
    just after a ``{``, the variables the binding may be put there for).

    The engine starts a plan from a ``VALUES`` only in the group that holds it, and it
    evaluates a ``UNION`` branch or a subquery on its own before joining it; so the
    binding is repeated there. Since the outer group joins it anyway, this is the same
    answer (joining the same ``VALUES`` twice changes nothing):

    - each branch of a ``UNION`` directly in the outer group, for the variables it names
      (join distributes over union);
    - the ``WHERE`` group of a subquery that selects the variable as it is, groups by it
      if it groups at all, and has no ``LIMIT`` or ``OFFSET`` (its rows for other values
      of the variable are the ones the outer join drops).
    """
    groups = _groups(body, outer)
    depth1 = [(o, c) for o, c, d in groups if d == 1]
    starts = []
    for k, (o, c) in enumerate(depth1):
        before = body[depth1[k - 1][1] + 1:o] if k else ""
        after = body[c + 1:depth1[k + 1][0]] if k + 1 < len(depth1) else ""
        union = re.fullmatch(r"\s*UNION\s*", before, re.I) or re.fullmatch(r"\s*UNION\s*", after, re.I)
        if union and not re.match(r"\s*SELECT\b", body[o + 1:c], re.I):
            starts.append((o + 1, _variables(body[o + 1:c])))
    for o, c, _ in groups:
        sub = re.match(r"\s*SELECT\s+(.*?)\bWHERE\s*\{", body[o + 1:c], re.I | re.S)
        if not sub:
            continue
        where = o + 1 + sub.end() - 1                     # the subquery's WHERE brace
        close = next(cc for oo, cc, _ in groups if oo == where)
        tail = body[close + 1:c]
        if re.search(r"\b(LIMIT|OFFSET)\b", tail, re.I):
            continue
        projection = re.sub(r"\([^()]*(\([^()]*\)[^()]*)*\)", " ", sub.group(1))   # drop (expr AS ?x)
        names = _variables(projection) if "*" not in projection else _variables(body[where:close])
        grouped = re.search(r"\bGROUP\s+BY\b(.*)", tail, re.I | re.S)
        if grouped:
            names &= _variables(re.split(r"\b(HAVING|ORDER)\b", grouped.group(1), flags=re.I)[0])
        starts.append((where + 1, names))
    return starts


def outer_group(sparql: str) -> tuple[str, str, str] | None:
    """The query (comments stripped) cut around its outer group: what comes before its ``{``
    (prologue, form, projection), the group with its braces, and what follows (solution
    modifiers); None when it has no group.

    >>> outer_group("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b '}' } GROUP BY ?a")
    ('SELECT (COUNT(*) AS ?n) WHERE ', "{ ?a ?b '}' }", ' GROUP BY ?a')
    """
    body = strip_comments(sparql)
    outer = _outer_brace(body)
    if outer is None:
        return None
    close = _scan(body, outer)[1]
    return body[:outer], body[outer:close + 1], body[close + 1:]


def _outer_brace(body: str) -> int | None:
    """Where the query's own group opens (comments already stripped): the first brace outside a
    string, or after a ``CONSTRUCT``'s template. (The first ``WHERE {`` can be a subquery's, in a
    query that leaves out its own ``WHERE``: a binding put there did not bind the query's variable.)

    >>> q = "SELECT ?n { ?a gk:n ?n { SELECT ?z WHERE { ?z gk:p ?y } LIMIT 1 } }"
    >>> q[_outer_brace(q):][:12], _outer_brace("DESCRIBE <http://ex.org/a>") is None
    ('{ ?a gk:n ?n', True)
    >>> t = "CONSTRUCT { ?s gk:p '{' } WHERE { ?s gk:q ?o }"
    >>> t[_outer_brace(t):]
    '{ ?s gk:q ?o }'
    """
    plain = _blank_strings(body)
    at = plain.find("{")
    if at >= 0 and re.search(r"\bCONSTRUCT\s*$", plain[:at], re.I):     # its template comes first
        at = plain.find("{", _scan(plain, at)[1] + 1)
    return at if at >= 0 else None


def with_limit(sparql: str, limit: int) -> str:
    """The query asking for at most ``limit`` solutions, so that a server stops there too (a
    lazy engine would anyway); unchanged when it has a ``LIMIT``, ``OFFSET`` or a ``VALUES``
    after its group of its own, or is not a ``SELECT`` (a ``CONSTRUCT``'s limit counts
    solutions, not the triples a caller counts).

    >>> with_limit("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s", 10)
    'SELECT * WHERE { ?s ?p ?o } ORDER BY ?s\\nLIMIT 10'
    >>> with_limit("SELECT * WHERE { ?s ?p ?o } LIMIT 5", 10)
    'SELECT * WHERE { ?s ?p ?o } LIMIT 5'
    >>> with_limit("ASK { ?s ?p ?o }", 10)
    'ASK { ?s ?p ?o }'
    >>> with_limit("CONSTRUCT { ?s ?p ?o } WHERE { SELECT * { ?s ?p ?o } }", 10).endswith("LIMIT 10")
    False
    >>> with_limit("PREFIX construct: <http://ex.org/> SELECT * WHERE { ?s ?p ?o }", 10).endswith("LIMIT 10")
    True
    """
    parts = outer_group(sparql)
    if parts is None:
        return sparql
    if query_form(sparql) != "SELECT" or re.search(r"\b(LIMIT|OFFSET|VALUES)\b", parts[2], re.I):
        return sparql
    return f"{sparql.rstrip()}\nLIMIT {int(limit)}"


_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_PROLOGUE_NAME = re.compile(r"\bPREFIX\s+[^\s:]*:", re.I)


def query_form(sparql: str) -> str | None:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the query's form, by its first keyword
    outside comments, IRIs, strings and prefix names; None for an update or no query.

    >>> query_form("PREFIX ask: <http://ex.org/select#> # DESCRIBE\\nselect * { ?s ?p ?o }")
    'SELECT'
    >>> query_form('ASK { ?s ?p "SELECT" }'), query_form("INSERT DATA { <a:b> <a:c> 1 }")
    ('ASK', None)
    >>> query_form("PREFIX select·x: <http://ex.org/> ASK {}")
    'ASK'
    """
    text = _PROLOGUE_NAME.sub(" ", _IRI_OR_STRING.sub(" ", strip_comments(sparql)))
    found = _FORM.search(text)
    return found.group(1).upper() if found else None


def _groups(body: str, outer: int) -> list[tuple[int, int, int]]:
    """(open, close, depth) of every ``{ … }`` inside the outer group opening at ``outer``
    (depth 1 = directly in it); braces in strings do not count."""
    return sorted(_scan(body, outer)[0])


def _scan(body: str, outer: int) -> tuple[list[tuple[int, int, int]], int]:
    """The groups inside the one opening at ``outer`` (unsorted), and where it closes."""
    groups, stack, quote = [], [], None
    for i in range(outer, len(body)):
        ch = body[i]
        if quote:
            quote = None if ch == quote and body[i - 1] != "\\" else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "{":
            stack.append(i)
        elif ch == "}":
            o = stack.pop()
            if not stack:
                return groups, i                         # the end of the outer group
            groups.append((o, i, len(stack)))
    return groups, len(body)


def _variables(text: str) -> set[str]:
    return set(re.findall(r"[?$](\w+)", text))


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


_AGGREGATE = re.compile(r"\b(COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT)\s*\(|\bGROUP\s+BY\b", re.I)
#: A prefixed name (``gk:partOf``, ``:a``).
_PREFIXED = r"(?:[A-Za-z][\w.-]*)?:[\w.-]*"
_CLOSURE = re.compile(rf"([?$]\w+)\s+({_PREFIXED}|<[^<>\s]*>)\*\s+[?$](\w+)\s*(?:\.|(?=\}}))")
#: An IRI written in full.
_IRI = r'<[^<>"{}|^`\\\s]*>'
#: An IRI (kept) or a string literal (blanked by :func:`_blank_strings`).
_IRI_OR_STRING = re.compile(_IRI + r'|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                            r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', re.S)


def without_free_closures(sparql: str, free: set[str]) -> str:
    """The query without each ``?x P* ?v .`` whose ``?v`` is one of ``free`` (parameters left
    unbound) and named nowhere else, when that cannot change the answer: the triple is directly
    in the query's outer group, ``?x`` is the subject of another triple there, and the query is
    a ``SELECT DISTINCT`` (or ``REDUCED``) of named variables, without aggregates.

    There every solution binds ``?x`` to a node, which a zero-or-more path matches at least
    once (itself, at length zero), so the walk only repeats rows that ``DISTINCT`` removes; but
    the engine walks every node's path (``?r gk:partOf* ?region`` for "this region and its
    sub-regions", with no region given: every region once per ancestor), which doubled a
    listing's time.

    >>> q = "SELECT DISTINCT ?n WHERE { ?r gk:partOf* ?region . ?r gk:name ?n }"
    >>> " ".join(without_free_closures(q, {"region"}).split())
    'SELECT DISTINCT ?n WHERE { ?r gk:name ?n }'

    Left as they are: the region given; rows counted; every variable shown; an outer ``SELECT``
    without ``DISTINCT`` (whatever its subqueries say); ``?r`` matched by nothing else, or only
    as a predicate, or only by another such walk; the pattern inside a string:

    >>> sub = "{ SELECT DISTINCT ?z WHERE { ?z gk:p ?y } }"
    >>> [without_free_closures(text, free) == text for text, free in [
    ...     (q, set()), (q.replace("DISTINCT ", ""), {"region"}), (q.replace("?n WHERE", "* WHERE"), {"region"}),
    ...     (q.replace("DISTINCT ", "").replace("?n }", "?n " + sub + " }"), {"region"}),
    ...     ("SELECT DISTINCT ?r WHERE { ?r gk:partOf* ?region OPTIONAL { ?r gk:name ?n } }", {"region"}),
    ...     ("SELECT DISTINCT ?r WHERE { ?s ?r ?o . ?r gk:partOf* ?region }", {"region"}),
    ...     ("SELECT DISTINCT ?r WHERE { ?r gk:partOf* ?region . ?r gk:partOf* ?area }", {"region", "area"}),
    ...     ('SELECT DISTINCT ?n WHERE { ?r gk:name ?n FILTER (?n != ". ?r gk:partOf* ?region .") }', {"region"})]]
    [True, True, True, True, True, True, True, True]
    """
    return _without_free_closures(sparql, frozenset(free)) if free else sparql


@functools.lru_cache(maxsize=256)
def _without_free_closures(sparql: str, free: frozenset[str]) -> str:
    """:func:`without_free_closures`, once per text and params left out (the runner asks on every run)."""
    body = strip_comments(sparql)
    plain = _blank_strings(body)             # nothing inside a literal is read as a pattern
    outer = _outer_brace(body)
    form = outer is not None and re.search(r"\bSELECT\s+(DISTINCT|REDUCED)\s+(\*?)", plain[:outer], re.I)
    if not form or form.group(2) or _AGGREGATE.search(plain):
        return sparql
    groups, close = _scan(plain, outer)
    inner = [(o + 1, c) for o, c, d in groups if d == 1]          # their braces kept
    top = _blank(plain, [(0, outer), *inner, (close + 1, len(plain))])    # the outer group's own text
    walks = [w for w in _CLOSURE.finditer(top)
             if w.group(3) in free and top[:w.start()].rstrip()[-1:] in (".", "{", "}")
             and len(re.findall(rf"[?$]{w.group(3)}\b", plain)) == 1]
    rest = _without_expressions(_blank(top, [w.span() for w in walks]))
    drop = [w.span() for w in walks if re.search(rf"(?:^|[.{{}}])\s*[?$]{w.group(1)[1:]}\b", rest)]
    return _blank(body, drop) if drop else sparql


#: ``FILTER (?v IN (term, …))``: the variable and the list.
_IN_FILTER = re.compile(r"\bFILTER\s*\(\s*[?$](\w+)\s+IN\s*\(([^()]*)\)\s*\)", re.I)
#: An IRI or a prefixed name.
_IRI_TERM = re.compile(f"{_IRI}|{_PREFIXED}")


@functools.lru_cache(maxsize=256)
def start_values(sparql: str, variable: str) -> str | None:
    """The query starting from its ``FILTER (?variable IN (iri, …))`` list: the ``FILTER``
    replaced by a ``VALUES ?variable { iri … }`` opening the outer group; None when the
    ``FILTER`` is not there (directly in the outer group, a list of IRIs only) or the
    variable is not matched by a triple pattern there.

    Oxigraph starts a plan from a ``VALUES`` block and reads a ``FILTER`` only once the
    variable is bound. A listing of two properties' facts (14 % of all) that started from
    every fact read seven facts for each it kept (``agency-coordinates-platform``'s first
    1,000 rows at 10,000 documents: 79 → 47 ms); started from the two properties, it reads
    only theirs. With an entity given, the runner keeps the ``FILTER``: there the entity
    is the start, and a ``VALUES`` of properties would take its place (5.3 s against 0.19 s).

    The answer is the same when a triple pattern directly in the group names the variable
    before anything else in it does (the group's own ``FILTER`` clauses aside, which hold for the
    whole group wherever they stand): that pattern binds it in every solution, where ``IN``
    keeps exactly the rows that join with one of the IRIs (an IRI equals only itself), and
    an ``OPTIONAL``, ``MINUS``, ``BIND`` or subquery before it, not naming it, gives the same
    rows joined with the ``VALUES`` first or last.

    >>> q = "SELECT ?f WHERE { ?f gk:predicate ?p FILTER (?p IN (gk:a, <http://ex.org/b>)) OPTIONAL { ?f gk:c ?c } }"
    >>> " ".join(start_values(q, "p").split())
    'SELECT ?f WHERE { VALUES ?p { gk:a <http://ex.org/b> } ?f gk:predicate ?p OPTIONAL { ?f gk:c ?c } }'

    Not there: the ``FILTER`` inside an ``OPTIONAL``; a literal in the list; the variable only
    bound in an ``OPTIONAL``, or named by one (or by a ``BIND`` or a function in a ``FILTER``)
    before the triple pattern that binds it:

    >>> [start_values(text, v) for text, v in [(q, "c"), (q.replace("gk:a", "'a'"), "p"),
    ...  ("SELECT * WHERE { ?f gk:a ?x OPTIONAL { ?f gk:p ?p } FILTER (?p IN (gk:a)) }", "p"),
    ...  ("SELECT * WHERE { ?f gk:a ?x OPTIONAL { ?f gk:p ?p } FILTER isIRI(?p) FILTER (?p IN (gk:a)) }", "p"),
    ...  ("SELECT * WHERE { ?f gk:a ?x OPTIONAL { ?f gk:p ?p } ?g gk:p ?p FILTER (?p IN (gk:a)) }", "p"),
    ...  ("SELECT * WHERE { BIND (COALESCE(?p, gk:n) AS ?y) ?f gk:p ?p FILTER (?p IN (gk:a)) }", "p"),
    ...  ("SELECT * WHERE { ?f <http://ex.org/q?p> ?z OPTIONAL { ?f gk:c ?p } ?g gk:b ?p FILTER (?p IN (gk:a)) }", "p"),
    ...  ("SELECT * WHERE { ?f gk:a ?x FILTER :f(?p) OPTIONAL { ?f gk:p ?p } FILTER (?p IN (gk:a)) }", "p")]]
    [None, None, None, None, None, None, None, None]
    """
    body = strip_comments(sparql)
    plain = _blank_strings(body)
    outer = _outer_brace(body)
    if outer is None:
        return None
    groups, close = _scan(plain, outer)
    inner = [(o + 1, c) for o, c, d in groups if d == 1]          # their braces kept
    top = _blank(plain, [(0, outer), *inner, (close + 1, len(plain))])    # the outer group's own text
    iris = [m.span() for m in re.finditer(_IRI, plain)]    # <http://ex.org/q?p> names no ?p
    named = re.search(rf"[?$]{variable}\b", _blank(_without_expressions(top), iris))     # by a triple pattern
    # … before anything else names it (inner groups shown again, the group's own FILTERs left out)
    ordered = _blank(plain, [(0, outer), *_expressions(top, "FILTER"), (close + 1, len(plain)), *iris])
    if not named or re.search(rf"[?$]{variable}\b", ordered).start() != named.start():
        return None
    for found in _IN_FILTER.finditer(top):
        terms = [term.strip() for term in body[found.start(2):found.end(2)].split(",")]
        if found.group(1) == variable and all(_IRI_TERM.fullmatch(term) for term in terms):
            body = _blank(body, [found.span()])
            return f"{body[:outer + 1]} VALUES ?{variable} {{ {' '.join(terms)} }}{body[outer + 1:]}"
    return None


def _blank_strings(text: str) -> str:
    """``text`` with its string literals turned into spaces (positions kept; IRIs as they are).

    >>> print(_blank_strings('?a gk:p "x { y" ; gk:q <http://ex.org/o\\'k> .'))
    ?a gk:p         ; gk:q <http://ex.org/o'k> .
    """
    return _IRI_OR_STRING.sub(lambda m: m.group(0) if m.group(0)[0] == "<" else " " * len(m.group(0)), text)


def _blank(text: str, spans) -> str:
    """``text`` with each (start, end) span turned into spaces (positions kept)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _without_expressions(text: str) -> str:
    """A group's own text (inner groups blanked) without its FILTER and BIND expressions and
    VALUES headers, so that what is left of the variables is named by triple patterns.

    >>> " ".join(_without_expressions("?a gk:p ?b FILTER isIRI(?c) BIND (?d AS ?e) VALUES ?f { 1 }").split())
    '?a gk:p ?b { 1 }'
    """
    spans = [v.span() for v in re.finditer(r"\bVALUES\s+(\([^)]*\)|[?$]\w+)", text, re.I)]
    return _blank(text, spans + _expressions(text, "FILTER|BIND"))


def _expressions(text: str, keywords: str) -> list[tuple[int, int]]:
    """The spans of each ``KEYWORD (…)`` in ``text``, a function's name between them or not
    (``FILTER (?a)``, ``FILTER isIRI(?a)``, ``FILTER <http://ex.org/f>(?a)``)."""
    spans = []
    for keyword in re.finditer(rf"\b(?:{keywords})\s*(?:[A-Za-z_:][\w:.-]*|<[^<>\s]*>)?\s*\(", text, re.I):
        depth, at = 0, keyword.end() - 1
        for at in range(keyword.end() - 1, len(text)):
            depth += {"(": 1, ")": -1}.get(text[at], 0)
            if depth == 0:
                break
        spans.append((keyword.start(), at + 1))
    return spans
