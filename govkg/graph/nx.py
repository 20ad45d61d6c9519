"""The networkx projection of the RDF graph.

:func:`to_networkx` reads the store with a few SPARQL queries (the one I/O
boundary) and hands plain records to the pure :func:`graph_from_records`,
which folds them into a :class:`networkx.MultiDiGraph`:

* one node per entity, keyed by its IRI, with the attributes ``type``,
  ``name``, ``aliases`` (list), ``region_code``, ``region_level`` (None for
  non-regions), ``documents`` (list of document IRIs), ``statistics`` (list of
  dicts with ``metric value op unit as_of evidence document``) and, when
  known, ``launchDate``, ``publicationDate``, ``issueDate``, ``effectiveDate`` (ISO strings);
* one edge per relation triple, keyed by the relation name, with ``relation``,
  ``evidence`` (sentence texts), ``documents``, ``confidence`` (the highest
  of its assertions; None for facts without an assertion record, such as the
  gazetteer's region hierarchy), ``inferred`` (True only if every assertion
  is inferred), ``rating`` (for ``evaluates``) and ``provenance`` (one dict
  per assertion: document, sentence IRI, evidence, confidence, inferred,
  rule). A triple asserted by several documents is one edge with merged lists.

The graph attribute ``documents`` maps each document IRI to its title,
source path and publication date.

>>> G = graph_from_records(
...     [{"iri": "ex:a", "type": "Agency", "name": "甲局"},
...      {"iri": "ex:p", "type": "Platform", "name": "乙平台", "aliases": ["乙"]}],
...     [{"source": "ex:a", "relation": "operates", "target": "ex:p", "document": "ex:d1",
...       "evidence": "甲局运营乙平台。", "confidence": 0.8, "inferred": False},
...      {"source": "ex:a", "relation": "operates", "target": "ex:p", "document": "ex:d2",
...       "evidence": "乙平台由甲局运营。", "confidence": 0.9, "inferred": False}])
>>> G.number_of_nodes(), G.number_of_edges()
(2, 1)
>>> edge = G.edges["ex:a", "ex:p", "operates"]
>>> edge["documents"], edge["confidence"], edge["inferred"]
(['ex:d1', 'ex:d2'], 0.9, False)
>>> G.nodes["ex:p"]["aliases"]
['乙']
"""
from __future__ import annotations

from typing import Iterable, Mapping
from urllib.parse import unquote

import networkx as nx

from ..ontology.namespace import IDS, ONTOLOGY
from ..types import DATE_PROPERTIES, ENTITY_TYPES, RELATION_TYPES

#: Node attributes holding lists; records' values for them are merged.
NODE_LIST_ATTRS = ("aliases", "documents", "statistics")
#: Node attributes every node has (None or [] when unknown).
NODE_ATTRS = ("type", "name", "aliases", "region_code", "region_level", "documents", "statistics")

_TYPES = " ".join(f"gk:{t}" for t in ENTITY_TYPES)
_RELATIONS = " ".join(f"gk:{r}" for r in RELATION_TYPES)
_DATES = " ".join(f"gk:{d}" for d in DATE_PROPERTIES)

QUERIES = {
    "entities": f"""
        SELECT ?iri ?type ?name ?document WHERE {{
          VALUES ?class {{ {_TYPES} }}
          GRAPH ?document {{ ?iri a ?class . OPTIONAL {{ ?iri gk:name ?name }} }}
          BIND(STRAFTER(STR(?class), "#") AS ?type)
        }} ORDER BY ?iri ?document""",
    "aliases": "SELECT ?iri ?alias WHERE { ?iri gk:alias ?alias } ORDER BY ?iri ?alias",
    "mentions": "SELECT ?iri ?document WHERE { ?iri gk:mentionedIn ?document } ORDER BY ?iri ?document",
    "regions": """
        SELECT ?iri ?region_code ?region_level WHERE {
          ?iri gk:regionCode ?region_code . OPTIONAL { ?iri gk:regionLevel ?region_level }
        } ORDER BY ?iri""",
    "dates": f"""
        SELECT ?iri ?property ?date WHERE {{
          VALUES ?p {{ {_DATES} }} ?iri ?p ?date .
          BIND(STRAFTER(STR(?p), "#") AS ?property)
        }} ORDER BY ?iri ?property ?date""",
    "statistics": """
        SELECT ?iri ?metric ?value ?op ?unit ?as_of ?evidence ?document WHERE {
          ?obs a gk:Observation ; gk:observedEntity ?iri ; gk:metricName ?metric ; gk:value ?value .
          OPTIONAL { ?obs gk:comparison ?op } OPTIONAL { ?obs gk:unit ?unit }
          OPTIONAL { ?obs gk:asOf ?as_of } OPTIONAL { ?obs prov:wasDerivedFrom ?document }
          OPTIONAL { ?obs gk:evidence/gk:text ?evidence }
        } ORDER BY ?iri ?metric ?value ?document""",
    "triples": f"""
        SELECT ?source ?relation ?target ?document WHERE {{
          VALUES ?p {{ {_RELATIONS} }}
          GRAPH ?document {{ ?source ?p ?target }} FILTER(isIRI(?target))
          BIND(STRAFTER(STR(?p), "#") AS ?relation)
        }} ORDER BY ?source ?relation ?target ?document""",
    "assertions": f"""
        SELECT ?source ?relation ?target ?document ?sentence ?index ?evidence
               ?confidence ?inferred ?rule ?rating WHERE {{
          VALUES ?p {{ {_RELATIONS} }}
          ?a a gk:Assertion ; gk:subject ?source ; gk:predicate ?p ; gk:object ?target .
          FILTER(isIRI(?target))
          OPTIONAL {{ ?a prov:wasDerivedFrom ?document }}
          OPTIONAL {{ ?a gk:evidence ?sentence . OPTIONAL {{ ?sentence gk:text ?evidence }}
                     OPTIONAL {{ ?sentence gk:index ?index }} }}
          OPTIONAL {{ ?a gk:confidence ?confidence }} OPTIONAL {{ ?a gk:inferred ?inferred }}
          OPTIONAL {{ ?a gk:rule ?rule }} OPTIONAL {{ ?a gk:rating ?rating }}
          BIND(STRAFTER(STR(?p), "#") AS ?relation)
        }} ORDER BY ?source ?relation ?target ?document ?index ?sentence""",
    "documents": """
        SELECT ?iri ?title ?path ?published WHERE {
          ?iri a gk:SourceDocument .
          OPTIONAL { ?iri gk:title ?title } OPTIONAL { ?iri gk:sourcePath ?path }
          OPTIONAL { ?iri gk:published ?published }
        } ORDER BY ?iri""",
}

_STAT_KEYS = ("metric", "value", "op", "unit", "as_of", "evidence", "document")


def to_networkx(store) -> nx.MultiDiGraph:
    """Project the whole store (all document graphs) onto a MultiDiGraph."""
    nodes, edges, documents = read_records(store)
    G = graph_from_records(nodes, edges)
    G.graph["documents"] = documents
    return G


def read_records(store) -> tuple[list[dict], list[dict], dict]:
    """Run the projection's SPARQL queries: node records, edge records, documents."""
    rows = {name: store.select(q) for name, q in QUERIES.items()}
    return node_records(rows), edge_records(rows), document_records(rows["documents"])


def node_records(rows: Mapping[str, list[dict]]) -> list[dict]:
    """Partial node records (one per query row), to be merged by :func:`graph_from_records`."""
    out = [{"iri": r["iri"], "type": r["type"], "name": r["name"], "documents": [r["document"]]}
           for r in rows["entities"]]
    out += [{"iri": r["iri"], "aliases": [r["alias"]]} for r in rows["aliases"]]
    out += [{"iri": r["iri"], "documents": [r["document"]]} for r in rows["mentions"]]
    out += [{"iri": r["iri"], "region_code": r["region_code"], "region_level": r["region_level"]}
            for r in rows["regions"]]
    out += [{"iri": r["iri"], r["property"]: r["date"]} for r in rows["dates"]]
    out += [{"iri": r["iri"], "statistics": [{k: r[k] for k in _STAT_KEYS}]} for r in rows["statistics"]]
    return out


def edge_records(rows: Mapping[str, list[dict]]) -> list[dict]:
    """Edge records: the plain triples (per graph) and their assertion records."""
    return list(rows["triples"]) + [dict(r, assertion=True) for r in rows["assertions"]]


def document_records(rows: Iterable[dict]) -> dict:
    return {r["iri"]: {"title": r["title"], "path": r["path"], "published": r["published"]} for r in rows}


# -- the pure part --------------------------------------------------------------

def graph_from_records(nodes: Iterable[Mapping], edges: Iterable[Mapping]) -> nx.MultiDiGraph:
    """Fold node and edge records into a MultiDiGraph (pure; no store needed).

    ``nodes`` are partial records ``{"iri": ..., <attribute>: value}``; list
    attributes (aliases, documents, statistics) are merged, other attributes
    keep their first non-empty value. ``edges`` are records with ``source``,
    ``relation``, ``target`` and optionally ``document``; a record with any of
    ``assertion``/``evidence``/``confidence`` counts as one assertion of the
    triple. Nodes and edges are added in sorted order, so the same records
    give the same graph, whatever order they come in.
    """
    merged_nodes = _merge_nodes(nodes)
    merged_edges = _merge_edges(edges)
    for source, _, target in merged_edges:
        for iri in (source, target):
            merged_nodes.setdefault(iri, _node_from_iri(iri))
    G = nx.MultiDiGraph()
    for iri in sorted(merged_nodes):
        G.add_node(iri, **_finish_node(merged_nodes[iri]))
    for (source, relation, target) in sorted(merged_edges):
        G.add_edge(source, target, key=relation, **_finish_edge(relation, merged_edges[source, relation, target]))
    return G


def _merge_nodes(records: Iterable[Mapping]) -> dict[str, dict]:
    merged: dict[str, dict] = {}
    for record in records:
        node = merged.setdefault(record["iri"], {k: [] for k in NODE_LIST_ATTRS})
        for key, value in record.items():
            if key == "iri" or value is None:
                continue
            if key in NODE_LIST_ATTRS:
                node[key].extend(v for v in value if v is not None and v not in node[key])
            elif node.get(key) is None:
                node[key] = value
    return merged


def _finish_node(node: dict) -> dict:
    attrs = {k: node.get(k) for k in NODE_ATTRS}
    attrs["aliases"] = sorted(set(node["aliases"]) - {node.get("name")})
    attrs["documents"] = sorted(node["documents"])
    attrs["statistics"] = sorted(node["statistics"], key=lambda s: tuple(str(s.get(k)) for k in _STAT_KEYS))
    attrs.update({k: v for k, v in node.items() if k in DATE_PROPERTIES})
    return attrs


def _node_from_iri(iri: str) -> dict:
    """Attributes guessed from an IRI, for an edge end no record describes."""
    node = {k: [] for k in NODE_LIST_ATTRS}
    if iri.startswith(IDS):
        kind, _, name = iri[len(IDS):].partition("/")
        node["type"] = next((t for t in ENTITY_TYPES if t.lower() == kind), None)
        node["name"] = unquote(name)
        if node["type"] == "Region":
            node["region_code"] = name
    else:
        node["name"] = iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return node


def _merge_edges(records: Iterable[Mapping]) -> dict[tuple, dict]:
    merged: dict[tuple, dict] = {}
    for record in records:
        relation = record["relation"].removeprefix(ONTOLOGY)
        edge = merged.setdefault((record["source"], relation, record["target"]),
                                 {"documents": set(), "assertions": []})
        if record.get("document"):
            edge["documents"].add(record["document"])
        if record.get("assertion") or "evidence" in record or "confidence" in record:
            edge["assertions"].append(record)
    return merged


def _finish_edge(relation: str, edge: dict) -> dict:
    assertions = sorted(edge["assertions"], key=_assertion_order)
    confidences = [a["confidence"] for a in assertions if a.get("confidence") is not None]
    ratings = [a["rating"] for a in assertions if a.get("rating")]
    evidence = [a["evidence"] for a in assertions if a.get("evidence")]
    return {
        "relation": relation,
        "evidence": list(dict.fromkeys(evidence)),
        "documents": sorted(edge["documents"] | {a["document"] for a in assertions if a.get("document")}),
        "confidence": max(confidences) if confidences else None,
        "inferred": bool(assertions) and all(a.get("inferred") is True for a in assertions),
        "rating": ratings[0] if ratings else None,
        "provenance": [_provenance(a) for a in assertions],
    }


def _assertion_order(a: Mapping) -> tuple:
    return (a.get("document") or "", a.get("index") if a.get("index") is not None else -1,
            a.get("sentence") or "", a.get("evidence") or "")


def _provenance(a: Mapping) -> dict:
    return {"document": a.get("document"), "sentence": a.get("sentence"), "evidence": a.get("evidence"),
            "confidence": a.get("confidence"), "inferred": bool(a.get("inferred")), "rule": a.get("rule")}
