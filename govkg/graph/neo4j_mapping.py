"""How RDF maps to Neo4j (``docs/neo4j-mapping.md``): names, and one document's
named graph as plain records. Pure: no server needed.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from ..ontology.namespace import ONTOLOGY
from ..types import DATE_PROPERTIES, ENTITY_TYPES, RELATION_TYPES

def upper_snake(name: str) -> str:
    """``designatesAuthority`` → ``DESIGNATES_AUTHORITY``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


#: Node labels of entities (besides ``Entity``): the ontology's entity classes.
ENTITY_LABELS = frozenset(ENTITY_TYPES)
#: Relationship type of each ontology relation.
RELATIONSHIP_TYPES = {relation: upper_snake(relation) for relation in RELATION_TYPES}


def checked_label(label: str) -> str:
    """``label`` if it is an entity class of the ontology, else ValueError (it goes into query text)."""
    if label not in ENTITY_LABELS:
        raise ValueError(f"not an entity type of the ontology: {label!r}")
    return label


def checked_relationship_type(rel_type: str) -> str:
    """``rel_type`` if it is one of :data:`RELATIONSHIP_TYPES`, else ValueError (it goes into query text)."""
    if rel_type not in RELATIONSHIP_TYPES.values():
        raise ValueError(f"not a relationship type of the ontology: {rel_type!r}")
    return rel_type


# -- RDF → records (pure) ----------------------------------------------------------

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
XSD = "http://www.w3.org/2001/XMLSchema#"
_ENTITY_CLASSES = {ONTOLOGY + t: t for t in ENTITY_TYPES}
_RELATIONS = {ONTOLOGY + r: RELATIONSHIP_TYPES[r] for r in RELATION_TYPES}
_DATES = {ONTOLOGY + d: d for d in DATE_PROPERTIES}
#: The provenance of a date, kept on MENTIONED_IN beside it (``launchDateEvidence``, ``launchDateStart`` …).
_DATE_FACT_SUFFIXES = {"evidence": "Evidence", "start": "Start", "end": "End", "confidence": "Confidence",
                       "rule": "Rule", "inferred": "Inferred"}
_DATE_FACT_PROPS = frozenset(d + s for d in DATE_PROPERTIES for s in _DATE_FACT_SUFFIXES.values())


@dataclass(frozen=True)
class DocumentRecords:
    """One document's graph as plain records, ready to be written to Neo4j.

    * ``document``: the properties of its ``:Document`` node;
    * ``nodes``: one ``{"iri", "type", "mention"}`` per entity it mentions;
      ``mention`` is what this document says about it (name, aliases, codes,
      dates), stored on ``MENTIONED_IN`` and merged into the node;
    * ``relationships``: ``{"type", "start", "end", "props"}``, one per fact;
    * ``statistics``: ``{"entity", "props"}``, one per ``gk:Observation``;
    * ``skipped``: facts and statistics left out because an end is not an
      entity of this document.
    """

    document: dict
    nodes: tuple[dict, ...] = ()
    relationships: tuple[dict, ...] = ()
    statistics: tuple[dict, ...] = ()
    skipped: int = 0

    @property
    def iri(self) -> str:
        return self.document["iri"]


def document_records(store, doc_iri: str) -> DocumentRecords:
    """Read one document's named graph from the store into records."""
    return records_from_triples(doc_iri, ((q.subject, q.predicate, q.object) for q in store.quads(doc_iri)))


def records_from_triples(doc_iri: str, triples: Iterable[tuple]) -> DocumentRecords:
    """Fold the triples of one document graph (pyoxigraph terms) into :class:`DocumentRecords`.

    >>> import pyoxigraph as ox
    >>> gk, d = "https://w3id.org/govkg/ontology#", "https://w3id.org/govkg/id/doc/1"
    >>> a = ox.NamedNode("https://w3id.org/govkg/id/agency/甲局")
    >>> t = [(a, ox.NamedNode(RDF_TYPE), ox.NamedNode(gk + "Agency")),
    ...      (a, ox.NamedNode(gk + "name"), ox.Literal("甲局", language="zh")),
    ...      (a, ox.NamedNode(gk + "name"), ox.Literal("Bureau A", language="en")),
    ...      (a, ox.NamedNode(gk + "alias"), ox.Literal("甲", language="zh")),
    ...      (a, ox.NamedNode(gk + "mentionedIn"), ox.NamedNode(d))]
    >>> r = records_from_triples(d, t)
    >>> r.nodes[0]["type"], r.nodes[0]["mention"]
    ('Agency', {'aliases': ['甲'], 'name': '甲局', 'name_en': 'Bureau A'})
    """
    subjects: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for s, p, o in triples:
        subjects[s.value].append((p.value, o))

    def types_of(subject: str) -> set[str]:
        return {o.value for p, o in subjects.get(subject, ()) if p == RDF_TYPE}

    entity_type = {}
    for subject in subjects:
        classes = types_of(subject)
        found = [t for c, t in _ENTITY_CLASSES.items() if c in classes]
        if found:
            entity_type[subject] = min(found, key=ENTITY_TYPES.index)
    sentences = {s: _first(po, ONTOLOGY + "text") for s, po in subjects.items()
                 if ONTOLOGY + "Sentence" in types_of(s)}
    assertions = _assertions(subjects, types_of, sentences)

    nodes = tuple(
        {"iri": iri, "type": entity_type[iri], "mention": _mention(iri, subjects[iri], assertions)}
        for iri in sorted(entity_type))

    skipped = 0
    relationships = []
    for subject, po in subjects.items():
        for p, o in po:
            if p not in _RELATIONS or not _is_iri(o):
                continue
            if subject not in entity_type or o.value not in entity_type:
                skipped += 1
                continue
            props = {"document": doc_iri, **assertions.get((subject, p, o.value), {})}
            props.pop("_order", None)
            relationships.append({"type": _RELATIONS[p], "start": subject, "end": o.value, "props": props})
    relationships.sort(key=lambda r: (r["type"], r["start"], r["end"]))

    statistics = []
    for subject, po in subjects.items():
        if ONTOLOGY + "Observation" not in types_of(subject):
            continue
        entity = _first(po, ONTOLOGY + "observedEntity")
        if entity not in entity_type:
            skipped += 1
            continue
        statistics.append({"entity": entity, "props": _statistic(subject, po, doc_iri, sentences)})
    statistics.sort(key=lambda s: s["props"]["iri"])

    document = _document(doc_iri, subjects.get(doc_iri, ()), len(sentences))
    return DocumentRecords(document, nodes, tuple(relationships), tuple(statistics), skipped)


def _is_iri(term) -> bool:
    return type(term).__name__ == "NamedNode"


def _value(term):
    """A literal as a Neo4j-ready Python value: xsd:date → date, numbers, booleans, text."""
    from .store import to_python

    if term is None:
        return None
    datatype = getattr(term, "datatype", None)
    if datatype is not None and datatype.value == XSD + "date":
        return _date(term.value)
    value = to_python(term)
    return float(value) if datatype is not None and datatype.value == XSD + "decimal" else value


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _first(po: Iterable[tuple[str, object]], predicate: str):
    """The smallest value of ``predicate`` (so a doubled value gives the same answer every time)."""
    values = [_value(o) for p, o in po if p == predicate]
    values = [v for v in values if v is not None]
    return min(values, key=_sort_key) if values else None


def _sort_key(value):
    return (type(value).__name__, value)


def _props(po, names: Mapping[str, str]) -> dict:
    """``{key: first value of ONTOLOGY+predicate}`` for the predicates present."""
    out = {}
    for key, predicate in names.items():
        value = _first(po, ONTOLOGY + predicate)
        if value is not None:
            out[key] = value
    return out


def _assertions(subjects, types_of, sentences) -> dict[tuple[str, str, str], dict]:
    """Provenance of each fact, keyed by (subject, predicate, object) (object as text)."""
    out: dict[tuple[str, str, str], dict] = {}
    for subject, po in subjects.items():
        if ONTOLOGY + "Assertion" not in types_of(subject):
            continue
        objects = [o for p, o in po if p == ONTOLOGY + "object"]
        head, predicate = _first(po, ONTOLOGY + "subject"), _first(po, ONTOLOGY + "predicate")
        if not (head and predicate and objects):
            continue
        props = _props(po, {"start": "start", "end": "end", "confidence": "confidence",
                            "inferred": "inferred", "rule": "rule", "rating": "rating"})
        evidence = _first(po, ONTOLOGY + "evidence")
        if sentences.get(evidence) is not None:
            props["evidence"] = sentences[evidence]
        props["_order"] = (props.get("start", -1), subject)
        key = (head, predicate, objects[0].value)
        # one assertion per fact by construction; if there are more, keep the earliest
        if key not in out or props["_order"] < out[key]["_order"]:
            out[key] = props
    return out


def _name_key(language: str | None) -> str:
    """``name`` for ``@zh`` and untagged names, ``name_<lang>`` for the others.

    >>> _name_key("zh"), _name_key(None), _name_key("en"), _name_key("zh-Hant")
    ('name', 'name', 'name_en', 'name_zh_hant')
    """
    if not language or language.lower() == "zh":
        return "name"
    return "name_" + re.sub(r"[^a-z0-9]+", "_", language.lower()).strip("_")


def _mention(iri: str, po, assertions) -> dict:
    """What one document says about an entity: names, aliases, codes, dates (with evidence)."""
    names: dict[str, list[str]] = defaultdict(list)
    for p, o in po:
        if p == ONTOLOGY + "name" and not _is_iri(o):
            names[_name_key(getattr(o, "language", None))].append(o.value)
    mention: dict = {key: min(values) for key, values in names.items()}
    mention["aliases"] = sorted({o.value for p, o in po if p == ONTOLOGY + "alias" and not _is_iri(o)})
    if not any(p == ONTOLOGY + "mentionedIn" for p, _ in po):
        mention["reference"] = True     # in the graph as a parent region (GB/T 2260), not named by the text
    mention.update(_props(po, {"regionCode": "regionCode", "regionLevel": "regionLevel"}))
    for predicate, prop in _DATES.items():
        day = _first(po, predicate)
        if day is None:
            continue
        mention[prop] = day
        fact = assertions.get((iri, predicate, day.isoformat() if isinstance(day, dt.date) else str(day)))
        for key, suffix in _DATE_FACT_SUFFIXES.items():
            if fact and fact.get(key) is not None:
                mention[prop + suffix] = fact[key]
    return dict(sorted(mention.items()))


def _statistic(iri: str, po, doc_iri: str, sentences) -> dict:
    props = {"iri": iri, "document": doc_iri}
    props.update(_props(po, {"metric": "metricName", "value": "value", "comparison": "comparison",
                             "unit": "unit", "asOf": "asOf", "start": "start", "end": "end",
                             "confidence": "confidence"}))
    if isinstance(props.get("value"), int):
        props["value"] = float(props["value"])
    evidence = sentences.get(_first(po, ONTOLOGY + "evidence"))
    if evidence is not None:
        props["evidence"] = evidence
    return props


def _document(doc_iri: str, po, sentence_count: int) -> dict:
    props = {"iri": doc_iri}
    props.update(_props(po, {"title": "title", "sourcePath": "sourcePath", "contentHash": "contentHash",
                             "charCount": "charCount", "published": "published", "encoding": "encoding"}))
    props["sentences"] = sentence_count
    return props


# -- merging what the documents say about an entity (pure) ------------------------------

def entity_properties(iri: str, entity_type: str, mentions: Iterable[tuple[str, Mapping]]) -> dict:
    """The node properties of an entity from the ``(document, mention)`` pairs of the documents naming it.

    ``aliases``: sorted union; other values: the smallest when documents disagree;
    ``documents``: sorted; ``aliasText``: the aliases joined by " | " (for the full-text index).

    >>> p = entity_properties("ex:a", "Agency", [("d2", {"name": "甲局", "aliases": ["甲"]}),
    ...                                          ("d1", {"name": "甲局", "aliases": ["A局", "甲"]})])
    >>> p["documents"], p["aliases"], p["aliasText"], p["name"]
    (['d1', 'd2'], ['A局', '甲'], 'A局 | 甲', '甲局')
    """
    mentions = list(mentions)
    return _merged(iri, entity_type, {d for d, m in mentions if not m.get("reference")}, [m for _, m in mentions])


def add_mention(node: Mapping, doc: str, mention: Mapping) -> dict:
    """The node's properties once one more document mentions it.

    The merge rules are unions and minimums, so adding mentions one by one
    gives what :func:`entity_properties` gives for all of them at once.

    >>> m1, m2 = {"name": "甲局", "aliases": ["甲"]}, {"name": "甲局", "aliases": ["A局"]}
    >>> one = entity_properties("ex:a", "Agency", [("d1", m1)])
    >>> add_mention(one, "d2", m2) == entity_properties("ex:a", "Agency", [("d1", m1), ("d2", m2)])
    True
    """
    so_far = {k: v for k, v in node.items() if k not in ("iri", "type", "documents", "aliasText")}
    documents = {*(node.get("documents") or ()), *(() if mention.get("reference") else (doc,))}
    return _merged(node["iri"], node["type"], documents, [so_far, mention])


def _merged(iri: str, entity_type: str, documents: set[str], mentions: Sequence[Mapping]) -> dict:
    props: dict = {"iri": iri, "type": entity_type, "documents": sorted(documents)}
    aliases = sorted({a for m in mentions for a in (m.get("aliases") or ())})
    props["aliases"] = aliases
    if aliases:
        props["aliasText"] = " | ".join(aliases)
    values: dict[str, list] = defaultdict(list)
    for mention in mentions:
        for key, value in mention.items():
            if key not in ("aliases", "reference") and key not in _DATE_FACT_PROPS and value is not None:
                values[key].append(native(value))
    for key in sorted(values):
        props[key] = min(values[key], key=_sort_key)
    return props


def native(value):
    """A value read back from Neo4j as the loader writes it (``neo4j.time.Date`` → ``datetime.date``)."""
    to_native = getattr(value, "to_native", None)
    return to_native() if callable(to_native) else value
