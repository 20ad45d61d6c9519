"""Does a parameter value name anything in the graph? Used when a query returns no rows.

An empty table can mean "there is no such fact" or "you misspelt the name";
:func:`unknown_names` tells the two apart. A value names something when it
is, exactly, a literal of the graph (a name, an alias, a region code, a
title, a date…), an IRI of the graph, the local name of a property
(``operates``), or a part of a metric name (the ``metric`` param matches by
part). Only ``entity`` params are checked; typed values (dates, numbers)
are not names.

>>> from govkg.graph.store import open_store
>>> store = open_store("memory:")
>>> store.replace_document("http://ex.org/d", '<http://ex.org/a> <https://w3id.org/govkg/ontology#name> "上海市大数据中心"@zh .')
>>> known = store_names(store)
>>> from govkg.queries.runner import load_queries
>>> unknown_names(known, load_queries()["agency-cooperation"], {"agency": "上海大数据中心"})
['no entity named 上海大数据中心; did you mean 上海市大数据中心?']
>>> unknown_names(known, load_queries()["agency-cooperation"], {"agency": "上海市大数据中心"})
[]
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Mapping

from .runner import NAMING_TYPES, SavedQuery, expand_iri

_NAME_PROPERTIES = "gk:name|gk:alias"

_STORE_QUERIES = {
    # every literal except sentence texts (names, aliases, codes, titles, paths, dates, metric names)
    "literals": "SELECT DISTINCT ?v WHERE { ?s ?p ?o FILTER (isLiteral(?o) && ?p != gk:text) BIND (STR(?o) AS ?v) }",
    "iris": "SELECT DISTINCT ?v WHERE { { ?v ?p ?o } UNION { ?s ?p ?v FILTER isIRI(?v) } }",
    "properties": "SELECT DISTINCT ?v WHERE { ?s ?v ?o }",
    "metrics": "SELECT DISTINCT ?v WHERE { ?obs gk:metricName ?m BIND (STR(?m) AS ?v) }",
    "entity_names": f"SELECT DISTINCT ?v WHERE {{ ?e gk:name ?n . ?e {_NAME_PROPERTIES} ?l BIND (STR(?l) AS ?v) }}",
}

_NEO4J_QUERIES = {
    "literals": """
        MATCH (n) UNWIND [k IN keys(n) WHERE k <> 'evidence' | n[k]] AS value
        WITH value WHERE value IS NOT NULL
        UNWIND CASE WHEN value IS :: LIST<ANY> THEN value ELSE [value] END AS v
        RETURN DISTINCT toString(v) AS v""",
    "iris": "MATCH (n) WHERE n.iri IS NOT NULL RETURN DISTINCT n.iri AS v",
    "properties": "MATCH ()-[r]->() RETURN DISTINCT type(r) AS v",
    "metrics": "MATCH (s:Statistic) WHERE s.metric IS NOT NULL RETURN DISTINCT s.metric AS v",
    "entity_names": """
        MATCH (e:Entity) UNWIND [e.name] + coalesce(e.aliases, []) AS v
        WITH v WHERE v IS NOT NULL RETURN DISTINCT v""",
}


@dataclass
class KnownNames:
    """What the graph can be asked about: the strings a param value may equal."""

    literals: set[str] = field(default_factory=set)
    iris: set[str] = field(default_factory=set)
    properties: set[str] = field(default_factory=set)    #: local names: operates, launchDate, OPERATES
    metrics: list[str] = field(default_factory=list)
    entity_names: list[str] = field(default_factory=list)  #: names and aliases, for suggestions

    def names(self, value: str) -> bool:
        text = value.strip()
        iri = expand_iri(text)
        return (text in self.literals or (iri is not None and iri in self.iris)
                or text in self.properties or text.upper() in self.properties
                or any(text in m for m in self.metrics))

    def suggest(self, value: str, n: int = 3) -> list[str]:
        """Entity names like ``value``: close spellings first, then names containing it."""
        close = difflib.get_close_matches(value, self.entity_names, n=n, cutoff=0.5)
        if value.isascii():     # a relation or date property (operates, launchDate)
            close += difflib.get_close_matches(value, sorted(self.properties), n=n, cutoff=0.7)
        containing = sorted((x for x in self.entity_names if value in x and x not in close), key=len)
        return (close + containing)[:n]


def store_names(store) -> KnownNames:
    """The names of the embedded store's graph."""
    found = {key: [row["v"] for row in store.select(q)] for key, q in _STORE_QUERIES.items()}
    return _known(found)


def neo4j_names(driver, database: str | None = None) -> KnownNames:
    """The names of the Neo4j projection (property values, relationship types)."""
    from ..graph.neo4j import run_cypher

    found = {}
    for key, q in _NEO4J_QUERIES.items():
        _, rows = run_cypher(driver, q, database=database)
        found[key] = [r[0] for r in rows if r[0] is not None]
    return _known(found)


def _known(found: Mapping[str, list]) -> KnownNames:
    local = {p.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for p in found["properties"]}
    return KnownNames(
        literals={str(v) for v in found["literals"]},
        iris=set(found["iris"]),
        properties=local | set(found["properties"]),
        metrics=sorted(found["metrics"]),
        entity_names=sorted(set(found["entity_names"])),
    )


def unknown_names(known: KnownNames, query: SavedQuery, values: Mapping[str, str]) -> list[str]:
    """One message per ``entity`` param value that names nothing in the graph (empty if all do)."""
    messages = []
    for param in query.params:
        value = values.get(param.name)
        if value is None or param.type not in NAMING_TYPES or known.names(value):
            continue
        message = f"no entity named {value.strip()}"
        close = known.suggest(value.strip())
        if close:
            message += f"; did you mean {', '.join(close)}?"
        elif not known.entity_names:
            message += " (the graph is empty: build it first with govkg build)"
        messages.append(message)
    return messages
