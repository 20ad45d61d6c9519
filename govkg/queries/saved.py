"""Saved SPARQL queries as files: the ``.rq`` file's header (title, description, parameters, start), read into
a :class:`SavedQuery`; the folder of saved queries; a query a user writes on the spot (:func:`adhoc_query`).
Running them is :mod:`govkg.queries.runner`'s.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Mapping

from ..graph.sparql_text import start_values

#: Parameter types and what they accept.
PARAM_TYPES = ("entity", "resource", "property", "string", "iri", "date", "integer", "decimal", "boolean")
#: The types whose values name something in the graph: when a query finds nothing, such a
#: value that names nothing is reported (``no entity named …``).
NAMING_TYPES = ("entity", "resource", "property")
#: The types whose values are things in the graph a plan can start from (a ``# start:`` list
#: gives way to them).
START_TYPES = ("entity", "resource", "iri")


class QueryError(ValueError):
    """A saved query is malformed, or was given parameters it cannot take."""


@dataclass(frozen=True)
class Param:
    name: str              #: also the SPARQL variable it binds (?name)
    required: bool = False
    description: str = ""
    type: str = "entity"   #: one of PARAM_TYPES


@dataclass(frozen=True)
class SavedQuery:
    name: str              #: the file name without .rq
    title: str
    description: str
    params: tuple[Param, ...]
    sparql: str            #: the whole file (comments are valid SPARQL)
    path: Path | None = None
    #: ``# start: VAR``: with no entity given, the engine starts from the values of the query's
    #: ``FILTER (?VAR IN (…))`` (see :func:`govkg.graph.sparql_text.start_values`)
    start: str | None = None

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise QueryError(
            f"query {self.name!r} has no parameter {name!r}; its parameters: {self.param_names() or 'none'}"
        )

    def param_names(self) -> str:
        return ", ".join(p.name for p in self.params)


# -- loading -------------------------------------------------------------------

def load_queries(folder: str | Path | None = None, problems: list | None = None) -> dict[str, SavedQuery]:
    """The saved queries of ``folder`` (default: the ones shipped with govkg), by name.

    A file that cannot be read or parsed raises :class:`QueryError`; with a
    ``problems`` list it is left out and added there as ``(path, message)``.

    >>> qs = load_queries()
    >>> len(qs) >= 14 and "entity-profile" in qs
    True
    """
    if folder is None:
        folder = Path(str(files(__package__)))
    folder = Path(folder)
    if not folder.is_dir():
        raise QueryError(f"no query folder {folder}")
    queries = {}
    for path in sorted(folder.glob("*.rq")):
        try:
            queries[path.stem] = read_query(path)
        except QueryError as exc:
            if problems is None:
                raise
            problems.append((path, str(exc)))
    return queries


def read_query(path: Path) -> SavedQuery:
    """One ``.rq`` file; a file that cannot be read or is not UTF-8 is a :class:`QueryError`."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise QueryError(f"{path}: not UTF-8 text (byte {err.object[err.start]:#04x} at offset {err.start}); "
                         "save it as UTF-8") from None
    except OSError as err:
        raise QueryError(f"{path}: cannot be read ({(err.strerror or type(err).__name__).lower()})") from None
    return parse_query(text, path.stem, path)


def find_query(queries: Mapping[str, SavedQuery], name: str) -> SavedQuery:
    """The query called ``name``, or an error suggesting close names.

    >>> find_query(load_queries(), "agency-cooperaton")
    Traceback (most recent call last):
    ...
    govkg.queries.saved.QueryError: no saved query called 'agency-cooperaton'; did you mean agency-cooperation?
    """
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=3, cutoff=0.75)
    close = close or [q for q in queries if name.lower() in q][:3]
    hint = f"did you mean {', '.join(close)}?" if close else "'govkg queries' lists them"
    raise QueryError(f"no saved query called {name!r}; {hint}")


_HEADER_LINE = re.compile(r"#\s*(title|description|param|start)\s*:\s*(.*)$")
_PARAM = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?\s+(optional|required)\b\s*(.*)$")


def parse_query(text: str, name: str, path: Path | None = None) -> SavedQuery:
    """Read the header comment block of a ``.rq`` text.

    >>> q = parse_query('''# title: Demo
    ... # description: first line
    ... #   second line
    ... # param: since:date  optional  Start day
    ... SELECT ?since ?x WHERE { ?x ?p ?o FILTER (COALESCE(?o >= ?since, true)) }''', "demo")
    >>> q.description
    'first line second line'
    >>> q.params
    (Param(name='since', required=False, description='Start day', type='date'),)

    ``# start: VAR`` names the variable whose ``FILTER (?VAR IN (…))`` a listing starts from:

    >>> parse_query("# start: p\\nSELECT ?f WHERE { ?f gk:p ?p FILTER (?p IN (gk:a, gk:b)) }", "s").start
    'p'
    >>> parse_query("# start: q\\nSELECT ?f WHERE { ?f gk:p ?p FILTER (?p IN (gk:a, gk:b)) }", "s")
    Traceback (most recent call last):
    ...
    govkg.queries.saved.QueryError: s: '# start: q' needs a FILTER (?q IN (iri, …)) directly in the query's group, and ?q in a triple pattern there
    """
    fields: dict[str, list[str]] = {"title": [], "description": [], "param": [], "start": []}
    last = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        match = _HEADER_LINE.match(stripped)
        if match:
            last = match.group(1)
            fields[last].append(match.group(2).strip())
        elif last == "description" and stripped.lstrip("#").strip():
            fields["description"][-1] += " " + stripped.lstrip("#").strip()
        else:
            last = None     # a blank comment line or free comments end the header fields
    where = path or name
    params = tuple(_parse_param(spec, where) for spec in fields["param"])
    for p in params:
        if not re.search(rf"[?$]{p.name}\b", text):
            raise QueryError(f"{where}: parameter {p.name!r} is not a variable (?{p.name}) of the query")
    start = fields["start"][0].lstrip("?$") if fields["start"] else None
    if start is not None and (not re.fullmatch(r"\w+", start) or len(fields["start"]) > 1):
        raise QueryError(f"{where}: write one '# start: VARIABLE' line, not {' / '.join(fields['start'])!r}")
    if start is not None and start_values(text, start) is None:
        raise QueryError(f"{where}: '# start: {start}' needs a FILTER (?{start} IN (iri, …)) directly in the "
                         f"query's group, and ?{start} in a triple pattern there")
    return SavedQuery(
        name=name,
        title=fields["title"][0] if fields["title"] else name,   # no header: its name is its title
        description=" ".join(fields["description"]),
        params=params,
        sparql=text,
        path=path,
        start=start,
    )


def adhoc_query(text: str, param_types: Mapping[str, str] | None = None, name: str = "query") -> SavedQuery:
    """A query typed by the user, with no header needed: each given param is optional.

    ``param_types`` maps the names of the params the user gives to their
    types (``entity`` when not said). A header, when there is one, declares
    params as in a saved query; the given ones are added to those.

    >>> q = adhoc_query("SELECT ?name ?e WHERE { ?e gk:name ?name }", {"name": "entity"})
    >>> q.title, q.params
    ('query', (Param(name='name', required=False, description='', type='entity'),))
    >>> adhoc_query("SELECT * WHERE { ?s ?p ?o }", {"x": "entity"})
    Traceback (most recent call last):
    ...
    govkg.queries.saved.QueryError: parameter 'x' is not a variable (?x) of the query
    """
    query = parse_query(text, name)
    declared = {p.name for p in query.params}
    extra = []
    for pname, ptype in (param_types or {}).items():
        if pname in declared:
            continue
        if ptype not in PARAM_TYPES:
            raise QueryError(f"parameter {pname!r} has unknown type {ptype!r}; types: {', '.join(PARAM_TYPES)}")
        if not re.search(rf"[?$]{re.escape(pname)}\b", text):
            raise QueryError(f"parameter {pname!r} is not a variable (?{pname}) of the query")
        extra.append(Param(pname, False, "", ptype))
    return SavedQuery(query.name, query.title, query.description, query.params + tuple(extra), text, query.path,
                      query.start)


def _parse_param(spec: str, where) -> Param:
    match = _PARAM.match(spec)
    if not match:
        raise QueryError(f"{where}: cannot read '# param: {spec}'; write 'NAME[:TYPE] optional|required description'")
    name, ptype, need, description = match.groups()
    ptype = ptype or "entity"
    if ptype not in PARAM_TYPES:
        raise QueryError(f"{where}: parameter {name!r} has unknown type {ptype!r}; types: {', '.join(PARAM_TYPES)}")
    return Param(name, need == "required", description.strip(), ptype)
