"""Check a graph against the govkg SHACL shapes.

:func:`validate` runs ``govkg/ontology/shapes.ttl`` over an rdflib graph with
the ontology (``govkg.ttl``) mixed in, so ``sh:class gk:GovDocument`` accepts a
``gk:Policy``. No inference is run: RDFS inference would type the object of
every relation from the property's range and so hide exactly the wrong-range
links the shapes are there to catch (and it is two to three times slower).

The shapes' SPARQL-based constraints are marked ``sh:deactivated`` because
pyshacl re-parses them for every focus node; :func:`graph_wide_results` runs
each of them once over the whole graph instead.

>>> import rdflib
>>> g = rdflib.Graph().parse(format="turtle", data='''
...     @prefix gk: <https://w3id.org/govkg/ontology#> .
...     <https://w3id.org/govkg/id/region/310115> a gk:Region ;
...         gk:name "浦东新区"@zh ; gk:regionCode "31011X" .
... ''')
>>> report = validate(g)
>>> report.conforms
False
>>> print(format_report(report))
Does not conform: 2 violations.
  浦东新区 (gkid:region/310115)  value "31011X"
      A region's IRI must be gkid:region/ followed by its code (31011X).
  浦东新区 (gkid:region/310115)  gk:regionCode = "31011X"
      A region code must be six digits (GB/T 2260), e.g. "310115".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import rdflib
from rdflib.namespace import RDF, RDFS, SH

from ..ontology import ONTOLOGY_FILE, SHAPES_FILE
from ..ontology.namespace import GK, PREFIXES

#: Severities, most serious first (the order reports list them in).
SEVERITIES = ("Violation", "Warning", "Info")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property, which value, and why."""

    focus: str                 #: IRI (or blank node id) of the node that fails
    path: str | None           #: the property checked, as an IRI; None for node-level checks
    value: str | None          #: the offending value (N-Triples form), if any
    message: str
    severity: str = "Violation"    #: "Violation", "Warning" or "Info"
    focus_name: str | None = None  #: the node's gk:name, for people


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool             #: True when there is no result of severity Violation
    violations: tuple[Violation, ...] = ()

    def count(self, severity: str = "Violation") -> int:
        """How many results have this severity.

        >>> ValidationReport(True).count()
        0
        """
        return sum(1 for v in self.violations if v.severity == severity)


def validate(graph: rdflib.Graph, inference: str = "none") -> ValidationReport:
    """Validate ``graph`` (a plain union graph, e.g. ``store.to_rdflib()``).

    ``inference`` is passed to pyshacl: "none" (the default, see the module
    docstring), "rdfs", "owlrl" or "both". Warnings (such as two names for one entity) are
    reported but do not make the graph non-conforming.
    """
    import pyshacl  # slow to import; only when validating

    _conforms, results, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference=inference,
        allow_warnings=True,
    )
    found = [*_violations(results, graph), *graph_wide_results(graph)]
    violations = tuple(sorted(found, key=_sort_key))
    return ValidationReport(
        conforms=not any(v.severity == "Violation" for v in violations),
        violations=violations,
    )


def format_report(report: ValidationReport, limit: int | None = None) -> str:
    """Readable lines: a summary, then each result with the node's name.

    >>> print(format_report(ValidationReport(True)))
    Conforms.
    >>> v = Violation("https://w3id.org/govkg/id/agency/甲", "https://w3id.org/govkg/ontology#name",
    ...               None, "Every entity needs a name (gk:name).")
    >>> print(format_report(ValidationReport(False, (v,))))
    Does not conform: 1 violation.
      gkid:agency/甲  gk:name
          Every entity needs a name (gk:name).
    """
    lines = [_summary(report)]
    shown = report.violations if limit is None else report.violations[:limit]
    for v in shown:
        lines.append(f"  {_describe(v)}")
        lines.append(f"      {v.message}")
    if len(shown) < len(report.violations):
        lines.append(f"  ... and {len(report.violations) - len(shown)} more.")
    return "\n".join(lines)


# -- the ontology and shapes, parsed once -----------------------------------

@lru_cache(maxsize=1)
def ontology_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(data=ONTOLOGY_FILE.read_text(encoding="utf-8"), format="turtle")


@lru_cache(maxsize=1)
def shapes_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(data=SHAPES_FILE.read_text(encoding="utf-8"), format="turtle")


# -- the SPARQL-based constraints, once per graph -----------------------------

def graph_wide_results(graph: rdflib.Graph):
    """Run each deactivated ``sh:sparql`` constraint of the shapes once over ``graph``.

    ``$this`` becomes a free variable; a row counts when ``?this`` is an
    instance of one of the shape's target classes. The queries run in
    pyoxigraph (rdflib's FILTER NOT EXISTS is several times slower).
    """
    shapes = shapes_graph()
    ontology = ontology_graph()
    checks = [
        (set(shapes.objects(shape, SH.targetClass)), constraint)
        for shape, constraint in shapes.subject_objects(SH.sparql)
        if shapes.value(constraint, SH.deactivated, default=rdflib.Literal(False)).toPython()
    ]
    if not checks:
        return
    store = _oxigraph_copy(graph)
    for targets, constraint in checks:
        select = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
        message = str(shapes.value(constraint, SH.message))
        for row in store.query(select, prefixes=PREFIXES):
            this = rdflib.URIRef(row["this"].value)
            if not _instance_of(graph, ontology, this, targets):
                continue
            value = row["value"]
            shown = "" if value is None else compact(value.value)
            yield Violation(
                focus=str(this),
                path=None,
                value=None if value is None else str(value),   # N-Triples form, as pyshacl's
                message=message.replace("{?value}", shown),
                focus_name=_name_of(graph, this),
            )


def _oxigraph_copy(graph: rdflib.Graph):
    import pyoxigraph as ox

    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def _instance_of(data: rdflib.Graph, ontology: rdflib.Graph, node, classes) -> bool:
    for cls in data.objects(node, RDF.type):
        if cls in classes or classes & set(ontology.transitive_objects(cls, RDFS.subClassOf)):
            return True
    return False


# -- reading pyshacl's results graph ----------------------------------------

def _violations(results: rdflib.Graph, data: rdflib.Graph):
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        yield Violation(
            focus=str(focus),
            path=str(path) if isinstance(path, rdflib.URIRef) else None,
            value=value.n3() if value is not None else None,
            message=_message(results, result),
            severity=severity.split("#")[-1] if severity else "Violation",
            focus_name=_name_of(data, focus),
        )


def _message(results: rdflib.Graph, result) -> str:
    """The shape's own sh:message (English first), else pyshacl's wording."""
    messages = list(results.objects(result, SH.resultMessage))
    english = [m for m in messages if getattr(m, "language", None) in (None, "en")]
    return str((english or messages or ["(no message)"])[0])


def _name_of(data: rdflib.Graph, node) -> str | None:
    name = data.value(node, GK.name) or data.value(node, RDFS.label)
    return str(name) if name is not None else None


def _sort_key(v: Violation):
    rank = SEVERITIES.index(v.severity) if v.severity in SEVERITIES else len(SEVERITIES)
    return rank, v.focus, v.path or "", v.message, v.value or ""


# -- formatting --------------------------------------------------------------

def _summary(report: ValidationReport) -> str:
    counts = [(report.count(s), s.lower()) for s in SEVERITIES]
    parts = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts if n]
    if report.conforms:
        return "Conforms." if not parts else f"Conforms, with {', '.join(parts)}."
    return f"Does not conform: {', '.join(parts)}."


def _describe(v: Violation) -> str:
    """``name (gkid:…)  gk:prop = value``; Warning/Info results are marked."""
    node = compact(v.focus)
    head = f"{v.focus_name} ({node})" if v.focus_name else node
    if v.path and v.value:
        head += f"  {compact(v.path)} = {_short_value(v.value)}"
    elif v.path:
        head += f"  {compact(v.path)}"
    elif v.value:
        head += f"  value {_short_value(v.value)}"
    return head if v.severity == "Violation" else f"[{v.severity}] {head}"


def compact(iri: str) -> str:
    """Shorten an IRI with the govkg prefixes.

    >>> compact("https://w3id.org/govkg/ontology#operates")
    'gk:operates'
    >>> compact("http://example.org/x")
    'http://example.org/x'
    """
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _short_value(n3: str) -> str:
    """A value as shown in reports: IRIs compacted, literals without datatype noise."""
    if n3.startswith("<") and n3.endswith(">"):
        return compact(n3[1:-1])
    if "^^" in n3:
        return n3.split("^^")[0]
    return n3
