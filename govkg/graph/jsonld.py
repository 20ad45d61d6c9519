"""JSON-LD export with a compact ``@context``: readable keys, the same quads.

Keys are the ontology's local names (``name``, ``alias``, ``operates``,
``regionCode``), types are class names (``Agency``), IRIs are written as
``gkid:agency/…``; values that are IRIs, numbers, booleans, dates and ``@zh``
text are typed by the context, so they read as plain JSON. Each document is
one entry of the top-level ``@graph`` (``{"@id": document, "@graph": [...]}``),
as in the TriG export. rdflib and Jena read the file back to the same quads.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..fileout import atomic_path

from ..ontology.namespace import PREFIXES
from ..types import DATE_PROPERTIES, ENTITY_TYPES, RELATION_TYPES

_ZH = ("name", "alias", "title", "text", "section", "metricName", "rating")
_STRINGS = ("sourcePath", "contentHash", "graphHash", "sourceHash", "extractorHash", "encoding", "regionCode",
            "regionLevel", "unit", "comparison", "rule")
_INTEGERS = ("charCount", "sentenceCount", "entityCount", "relationCount", "dateCount", "statisticCount",
             "index", "start", "end")
_DECIMALS = ("confidence", "value")
_LINKS = ("mentionedIn", "inDocument", "evidence", "observedEntity", "subject", "predicate", "extractedBy",
          *RELATION_TYPES)
_CLASSES = (*ENTITY_TYPES, "SourceDocument", "Sentence", "Assertion", "Observation")


def context() -> dict:
    """The ``@context`` of govkg's JSON-LD export."""
    ctx: dict = {p: PREFIXES[p] for p in ("gk", "gkid", "rdfs", "xsd", "prov")}
    ctx["label"] = {"@id": "rdfs:label", "@language": "zh"}
    ctx["derivedFrom"] = {"@id": "prov:wasDerivedFrom", "@type": "@id"}
    for c in _CLASSES:
        ctx[c] = f"gk:{c}"
    for p in _ZH:
        ctx[p] = {"@id": f"gk:{p}", "@language": "zh"}
    for p in _STRINGS:
        ctx[p] = f"gk:{p}"
    for p in _INTEGERS:
        ctx[p] = {"@id": f"gk:{p}", "@type": "xsd:integer"}
    for p in _DECIMALS:
        ctx[p] = {"@id": f"gk:{p}", "@type": "xsd:decimal"}
    ctx["inferred"] = {"@id": "gk:inferred", "@type": "xsd:boolean"}
    for p in (*DATE_PROPERTIES, "published", "asOf"):
        ctx[p] = {"@id": f"gk:{p}", "@type": "xsd:date"}
    for p in _LINKS:
        ctx[p] = {"@id": f"gk:{p}", "@type": "@id"}
    ctx["object"] = "gk:object"          # an entity or a date: written with its own type
    return ctx


def write_jsonld(nquads: str, path: str | Path) -> Path:
    """Write N-Quads text (one named graph per document) as compact JSON-LD."""
    import rdflib

    dataset = rdflib.Dataset()
    dataset.parse(data=nquads, format="nquads")
    ctx = context()
    data = json.loads(dataset.serialize(format="json-ld", context=ctx, auto_compact=True))
    out = Path(path)
    with atomic_path(out) as tmp:     # written whole or not at all
        Path(tmp).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out
