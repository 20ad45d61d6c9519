"""An :class:`~govkg.types.Extraction` as RDF triples for its document's named graph.

The shape is the one of ``docs/rdf-model.md``. Triples are plain rdflib terms;
:func:`to_ntriples` writes them as N-Triples for the store, and
:func:`to_graph` gives an rdflib Graph (for SHACL or serialization).
"""
from __future__ import annotations

import hashlib
from decimal import Decimal
from itertools import chain
from typing import Iterable, Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from ..ontology.namespace import (
    GK, PREFIXES, assertion_iri, document_iri, entity_iri, observation_iri, region_iri, sentence_iri,
)
from ..types import Entity, Extraction

Triple = tuple[URIRef, URIRef, object]


def entity_uri(entity: Entity) -> URIRef:
    if entity.type == "Region" and entity.region_code:
        return URIRef(region_iri(entity.region_code))
    return URIRef(entity_iri(entity.type, entity.name, entity.scope))


def triples(x: Extraction) -> Iterator[Triple]:
    doc = x.document
    d = URIRef(document_iri(doc.doc_id))
    zh = lambda s: Literal(s, lang="zh")  # noqa: E731
    yield d, RDF.type, GK.SourceDocument
    yield d, GK["title"], zh(doc.title or _first_line(doc.text))
    yield d, GK.sourcePath, Literal(doc.source)
    yield d, GK.contentHash, Literal(hashlib.sha256(doc.text.encode("utf-8")).hexdigest())
    yield d, GK.encoding, Literal(doc.encoding)
    yield d, GK.charCount, Literal(len(doc.text), datatype=XSD.integer)
    yield d, GK.extractedBy, GK["extractor-" + x.extractor.replace("/", "-")]
    if doc.published:
        yield d, GK.published, Literal(doc.published, datatype=XSD.date)

    sentence_uris = {}
    for s in x.sentences:
        u = URIRef(sentence_iri(doc.doc_id, s.index))
        sentence_uris[s.index] = u
        yield u, RDF.type, GK.Sentence
        yield u, GK.text, zh(s.text)
        yield u, GK["index"], Literal(s.index, datatype=XSD.integer)
        yield u, GK.start, Literal(s.start, datatype=XSD.integer)
        yield u, GK.end, Literal(s.end, datatype=XSD.integer)
        yield u, GK.inDocument, d
        if s.section:
            yield u, GK.section, zh(s.section)

    uris = {e.key: entity_uri(e) for e in x.entities}
    for e in x.entities:
        u = uris[e.key]
        yield u, RDF.type, GK[e.type]
        yield u, GK.name, zh(e.name)
        yield u, RDFS.label, zh(e.name)
        for alias in e.aliases:
            yield u, GK.alias, zh(alias)
        yield u, GK.mentionedIn, d
        if e.region_code:
            yield u, GK.regionCode, Literal(e.region_code)
        if e.type == "Region" and e.region_level:
            yield u, GK.regionLevel, Literal(e.region_level)

    for r in x.relations:
        if r.head not in uris or r.tail not in uris:
            continue
        h, t, p = uris[r.head], uris[r.tail], GK[r.type]
        yield h, p, t
        a = URIRef(assertion_iri(doc.doc_id, r.type, h, t))
        yield from _assertion(a, h, p, t, sentence_uris[r.sentence], r.start, r.end, r.confidence, r.rule, d,
                              inferred=r.inferred)
        if r.rating:
            yield a, GK.rating, zh(r.rating)

    for f in x.dates:
        if f.subject not in uris:
            continue
        h, p, v = uris[f.subject], GK[f.property], Literal(f.value, datatype=XSD.date)
        yield h, p, v
        a = URIRef(assertion_iri(doc.doc_id, f.property, h, f.value))
        yield from _assertion(a, h, p, v, sentence_uris[f.sentence], f.start, f.end, f.confidence, "date", d)

    for m in x.metrics:
        if m.subject not in uris:
            continue
        o = URIRef(observation_iri(doc.doc_id, m.subject, m.name, m.value))
        yield o, RDF.type, GK.Observation
        yield o, GK.observedEntity, uris[m.subject]
        yield o, GK.metricName, zh(m.name)
        yield o, GK.value, Literal(Decimal(repr(m.value)), datatype=XSD.decimal)
        yield o, GK.comparison, Literal(m.op)
        if m.unit:
            yield o, GK.unit, Literal(m.unit)
        if m.as_of:
            yield o, GK.asOf, Literal(m.as_of, datatype=XSD.date)
        yield o, GK.evidence, sentence_uris[m.sentence]
        yield o, GK.start, Literal(m.start, datatype=XSD.integer)
        yield o, GK.end, Literal(m.end, datatype=XSD.integer)
        yield o, GK.confidence, Literal(Decimal(str(m.confidence)), datatype=XSD.decimal)
        yield o, PROV.wasDerivedFrom, d


def _assertion(a, s, p, o, sentence, start, end, confidence, rule, doc, inferred=False) -> Iterator[Triple]:
    yield a, RDF.type, GK.Assertion
    yield a, GK.subject, s
    yield a, GK.predicate, p
    yield a, GK.object, o
    yield a, GK.evidence, sentence
    yield a, GK.start, Literal(start, datatype=XSD.integer)
    yield a, GK.end, Literal(end, datatype=XSD.integer)
    yield a, GK.confidence, Literal(Decimal(str(confidence)), datatype=XSD.decimal)
    yield a, GK.inferred, Literal(bool(inferred))
    yield a, GK.rule, Literal(rule)
    yield a, PROV.wasDerivedFrom, doc


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0][:80]


def to_ntriples(x: Extraction, extra: Iterable[Triple] = ()) -> str:
    """N-Triples text of the document's graph, with ``extra`` triples (sorted, so the same input gives the same text).

    One triple a line, as N-Triples wants it (the store reads it with an N-Triples parser).
    """
    return "\n".join(sorted({f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in chain(triples(x), extra)})) + "\n"


def _nt(term) -> str:
    """A term as N-Triples: rdflib's ``n3()``, but a literal with a line break keeps it escaped.

    rdflib writes such a literal in Turtle's triple quotes, which N-Triples does not have.

    >>> _nt(Literal("a\\nb", lang="zh"))
    '"a\\\\nb"@zh'
    """
    if isinstance(term, Literal) and "\n" in term:
        text = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        suffix = f"@{term.language}" if term.language else f"^^<{term.datatype}>" if term.datatype else ""
        return f'"{text}"{suffix}'
    return term.n3()


def to_graph(x: Extraction) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for t in triples(x):
        g.add(t)
    return g
