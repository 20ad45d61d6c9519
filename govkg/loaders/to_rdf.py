"""An :class:`~govkg.types.Extraction` as RDF triples for its document's named graph.

The shape is the one of ``docs/rdf-model.md``. Each term is made as its
N-Triples text (``<iri>``, ``"text"@zh``, ``"5"^^<…#integer>``): a document has
about 800 triples, and making rdflib terms only to print them was a fifth of
the extraction's time. :func:`to_ntriples` joins them for the store, and
:func:`to_graph` parses them into an rdflib Graph (for SHACL or serialization).
"""
from __future__ import annotations

import functools
import hashlib
from decimal import Decimal
from itertools import chain
from typing import Iterable, Iterator

from rdflib import Graph
from rdflib.namespace import PROV, RDF, RDFS, XSD

from ..ontology.namespace import (
    GK, PREFIXES, assertion_iri, document_iri, entity_iri, graph_hash, observation_iri, region_iri, sentence_iri,
)
from ..types import DATE_PROPERTIES, Entity, Extraction

Term = str                      #: a term as N-Triples text
Triple = tuple[Term, Term, Term]


def iri(value: str) -> Term:
    """An IRI as a term.

    >>> iri("https://example.org/a")
    '<https://example.org/a>'
    """
    return f"<{value}>"


@functools.cache
def gk(local: str) -> Term:
    """A term of the govkg ontology: ``gk("partOf")`` is ``<…/ontology#partOf>``."""
    return iri(GK[local])


TYPE, LABEL, DERIVED_FROM = iri(RDF.type), iri(RDFS.label), iri(PROV.wasDerivedFrom)


def text(value: str, lang: str | None = "zh") -> Term:
    """A string literal (Chinese unless ``lang`` says otherwise), escaped as N-Triples wants it.

    >>> text('说"好"\\n')
    '"说\\\\"好\\\\"\\\\n"@zh'
    """
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def typed(lexical: str, datatype: str) -> Term:
    return f"{text(lexical, None)}^^<{datatype}>"


def integer(value: int) -> Term:
    return typed(str(value), XSD.integer)


def decimal(value: Decimal) -> Term:
    """In the canonical form of XSD 1.1: no exponent and no trailing zeros (``1E+3`` and
    ``1000.0`` are ``1000``). Stores differ on spelling: Oxigraph keeps the value and writes it
    back canonical, Jena keeps the text; written canonical, it reads back the same from both.

    >>> [decimal(Decimal(v)).split("^^")[0] for v in ("6500.0", "1E+3", "0.9980", "-0.0", "12")]
    ['"6500"', '"1000"', '"0.998"', '"0"', '"12"']
    >>> decimal(Decimal("12345678901234567890.123456789012")).split("^^")[0]    # every digit kept
    '"12345678901234567890.123456789012"'
    """
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return typed("0" if value == 0 else text, XSD.decimal)


def entity_uri(entity: Entity) -> str:
    """The entity's IRI (not yet a term: provenance IRIs are derived from it)."""
    if entity.type == "Region" and entity.region_code:
        return region_iri(entity.region_code)
    return entity_iri(entity.type, entity.name, entity.scope)


def triples(x: Extraction) -> Iterator[Triple]:
    doc = x.document
    d = iri(document_iri(doc.doc_id))
    yield d, TYPE, gk("SourceDocument")
    yield d, gk("title"), text(doc.title or _first_line(doc.text))
    yield d, gk("sourcePath"), text(doc.source, None)
    yield d, gk("contentHash"), text(hashlib.sha256(doc.text.encode("utf-8")).hexdigest(), None)
    yield d, gk("encoding"), text(doc.encoding, None)
    yield d, gk("charCount"), integer(len(doc.text))
    yield d, gk("extractedBy"), gk("extractor-" + x.extractor.replace("/", "-"))
    if doc.published:
        yield d, gk("published"), typed(doc.published, XSD.date)

    sentence_uris = {}
    for s in x.sentences:
        u = iri(sentence_iri(doc.doc_id, s.index))
        sentence_uris[s.index] = u
        yield u, TYPE, gk("Sentence")
        yield u, gk("text"), text(s.text)
        yield u, gk("index"), integer(s.index)
        yield u, gk("start"), integer(s.start)
        yield u, gk("end"), integer(s.end)
        yield u, gk("inDocument"), d
        if s.section:
            yield u, gk("section"), text(s.section)

    iris = {e.key: entity_uri(e) for e in x.entities}
    records: dict[Term, str] = {}       # provenance record → its property (gk:Assertion)
    observations: set[Term] = set()
    for e in x.entities:
        u = iri(iris[e.key])
        yield u, TYPE, gk(e.type)
        yield u, gk("name"), text(e.name)
        yield u, LABEL, text(e.name)
        for alias in e.aliases:
            yield u, gk("alias"), text(alias)
        yield u, gk("mentionedIn"), d
        if e.region_code:
            yield u, gk("regionCode"), text(e.region_code, None)
        if e.type == "Region" and e.region_level:
            yield u, gk("regionLevel"), text(e.region_level, None)

    for r in x.relations:
        if r.head not in iris or r.tail not in iris:
            continue
        h, t, p = iris[r.head], iris[r.tail], gk(r.type)
        yield iri(h), p, iri(t)
        a = iri(assertion_iri(doc.doc_id, r.type, h, t))
        records[a] = r.type
        yield from _assertion(a, iri(h), p, iri(t), sentence_uris[r.sentence], r.start, r.end, r.confidence,
                              r.rule, d, inferred=r.inferred)
        if r.rating:
            yield a, gk("rating"), text(r.rating)

    for f in x.dates:
        if f.subject not in iris:
            continue
        h, p, v = iris[f.subject], gk(f.property), typed(f.value, XSD.date)
        yield iri(h), p, v
        a = iri(assertion_iri(doc.doc_id, f.property, h, f.value))
        records[a] = f.property
        yield from _assertion(a, iri(h), p, v, sentence_uris[f.sentence], f.start, f.end, f.confidence, "date", d)

    for m in x.metrics:
        if m.subject not in iris:
            continue
        o = iri(observation_iri(doc.doc_id, m.subject, m.name, m.value))
        observations.add(o)
        yield o, TYPE, gk("Observation")
        yield o, gk("observedEntity"), iri(iris[m.subject])
        yield o, gk("metricName"), text(m.name)
        yield o, gk("value"), decimal(Decimal(repr(m.value)))
        yield o, gk("comparison"), text(m.op, None)
        if m.unit:
            yield o, gk("unit"), text(m.unit, None)
        if m.as_of:
            yield o, gk("asOf"), typed(m.as_of, XSD.date)
        yield o, gk("evidence"), sentence_uris[m.sentence]
        yield o, gk("start"), integer(m.start)
        yield o, gk("end"), integer(m.end)
        yield o, gk("confidence"), decimal(Decimal(str(m.confidence)))
        yield o, DERIVED_FROM, d

    # What the graph holds, counted from what was written above (each record once, by IRI), for
    # documents.rq to read instead of counting the store (a subquery per kind of record: 18 s for
    # 10,000 documents). Last, once known; to_ntriples sorts the triples anyway.
    dates = sum(1 for p in records.values() if p in DATE_PROPERTIES)
    yield d, gk("sentenceCount"), integer(len(set(sentence_uris.values())))
    yield d, gk("entityCount"), integer(len(set(iris.values())))
    yield d, gk("relationCount"), integer(len(records) - dates)
    yield d, gk("dateCount"), integer(dates)
    yield d, gk("statisticCount"), integer(len(observations))


def _assertion(a, s, p, o, sentence, start, end, confidence, rule, doc, inferred=False) -> Iterator[Triple]:
    yield a, TYPE, gk("Assertion")
    yield a, gk("subject"), s
    yield a, gk("predicate"), p
    yield a, gk("object"), o
    yield a, gk("evidence"), sentence
    yield a, gk("start"), integer(start)
    yield a, gk("end"), integer(end)
    yield a, gk("confidence"), decimal(Decimal(str(confidence)))
    yield a, gk("inferred"), typed("true" if inferred else "false", XSD.boolean)
    yield a, gk("rule"), text(rule, None)
    yield a, DERIVED_FROM, doc


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0][:80]


def build_triples(x: Extraction, source_hash: str | None, extractor_hash: str | None) -> Iterator[Triple]:
    """What a build states about where a document graph came from: the SHA-256 of the file's bytes
    (``gk:sourceHash``) and of the extractor (``gk:extractorHash``, :mod:`.fingerprint`). A later
    build that finds both unchanged leaves the document as it is."""
    d = iri(document_iri(x.document.doc_id))
    if source_hash:
        yield d, gk("sourceHash"), text(source_hash, None)
    if extractor_hash:
        yield d, gk("extractorHash"), text(extractor_hash, None)


def to_ntriples(x: Extraction, extra: Iterable[Triple] = ()) -> str:
    """N-Triples text of the document's graph, with ``extra`` triples (sorted, so the same input gives the same text).

    One triple a line, as N-Triples wants it (the store reads it with an N-Triples parser). The
    document's ``gk:graphHash`` is the SHA-256 of every other line but those saying what it was built
    from (``namespace.graph_hash``): it changes whenever anything the graph says changes (an edited
    text, or new wording rules and dictionaries on the same text), so a projection (``govkg neo4j
    load``) can tell an unchanged document without reading its graph.
    """
    lines = sorted({f"{s} {p} {o} ." for s, p, o in chain(triples(x), extra)})
    digest = graph_hash(line.encode("utf-8") for line in lines)
    lines.append(f"{iri(document_iri(x.document.doc_id))} {gk('graphHash')} {text(digest, None)} .")
    return "\n".join(sorted(lines)) + "\n"


def to_graph(x: Extraction) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g.parse(data=to_ntriples(x), format="nt")
