"""How RDF maps to Neo4j (``docs/neo4j-mapping.md``): names, the records of one document, and how
the documents' mentions of an entity merge into its node. Pure: no server needed. Reading the records
out of the store is :mod:`.neo4j_records`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from ..ontology.namespace import PREFIXES
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


# -- records (pure) ------------------------------------------------------------------

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
XSD = PREFIXES["xsd"]
#: The provenance of a date, kept on MENTIONED_IN beside it (``launchDateEvidence``, ``launchDateStart`` …).
_DATE_FACT_SUFFIXES = {"evidence": "Evidence", "start": "Start", "end": "End", "confidence": "Confidence",
                       "rule": "Rule", "inferred": "Inferred"}
_DATE_FACT_PROPS = frozenset(d + s for d in DATE_PROPERTIES for s in _DATE_FACT_SUFFIXES.values())


#: The version of what a load writes for a document, kept on its :Document node (``projection``): a load
#: leaves a document whose graph (``graphHash``) and projection are both what it would write. Raise it
#: whenever the mapping (docs/neo4j-mapping.md) or the records a graph folds into change, so that the
#: next load rewrites every document (and takes no records the build kept before, :mod:`.neo4j_cache`).
PROJECTION_VERSION = 2      # 2: no ``documents`` list on entities (their MENTIONED_IN say it)


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


def _sort_key(value):
    return (type(value).__name__, value)


# -- merging what the documents say about an entity (pure) ------------------------------

def entity_properties(iri: str, entity_type: str, mentions: Iterable[Mapping]) -> dict:
    """The node properties of an entity from the mentions of the documents naming it.

    ``aliases``: sorted union; other values: the smallest when documents disagree;
    ``aliasText``: the aliases joined by " | " (for the full-text index). Which documents name it is
    not a property: its ``MENTIONED_IN`` relationships say that (a list on the node would be rewritten
    by every load that names it again, and grow with the archive).

    >>> p = entity_properties("ex:a", "Agency", [{"name": "甲局", "aliases": ["甲"]},
    ...                                          {"name": "甲局", "aliases": ["A局", "甲"]}])
    >>> p["aliases"], p["aliasText"], p["name"]
    (['A局', '甲'], 'A局 | 甲', '甲局')
    """
    return _merged(iri, entity_type, list(mentions))


def add_mention(node: Mapping, mention: Mapping) -> dict:
    """The node's properties once one more document mentions it.

    The merge rules are unions and minimums, so adding mentions one by one
    gives what :func:`entity_properties` gives for all of them at once.

    >>> m1, m2 = {"name": "甲局", "aliases": ["甲"]}, {"name": "甲局", "aliases": ["A局"]}
    >>> one = entity_properties("ex:a", "Agency", [m1])
    >>> add_mention(one, m2) == entity_properties("ex:a", "Agency", [m1, m2])
    True
    """
    so_far = {k: v for k, v in node.items() if k not in ("iri", "type", "aliasText")}
    return _merged(node["iri"], node["type"], [so_far, mention])


def _merged(iri: str, entity_type: str, mentions: Sequence[Mapping]) -> dict:
    props: dict = {"iri": iri, "type": entity_type}
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
