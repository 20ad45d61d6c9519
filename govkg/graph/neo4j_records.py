"""Reading the Neo4j records (:class:`~.neo4j_mapping.DocumentRecords`) out of the RDF store.

Why this is its own module, and why it works on strings: reading the records
was half of ``govkg neo4j load`` (10 of 21 s for 1,000 documents). Of that,
about 7 s went to pyoxigraph decoding every quad of every document graph into
term objects (four terms per quad, three of them looked up in RocksDB), and
4.5 s to folding those terms in Python, each ``_first`` scanning all of a
subject's pairs again. Here the embedded store answers one SPARQL ``SELECT``
per document, serialized by the engine as CSV: only the predicates the records
need (``rdfs:label``, ``prov:wasDerivedFrom``, sentence positions and such are
left in the store), the predicate as a small number instead of its IRI, the
graph name never decoded, and no Python object per term; the fold indexes each
subject's values by predicate once. The records are the same, value for value
(``records_from_triples`` folds pyoxigraph terms through the same code).

A row is ``(subject, predicate, object, kind)``, all strings: ``kind`` is
``"<"`` for an IRI, ``"_"`` for a blank node, ``"@"`` + the language of a
language-tagged literal, otherwise the literal's datatype IRI.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Iterable, Mapping, Sequence

from ..ontology.namespace import ONTOLOGY
from ..types import DATE_PROPERTIES, ENTITY_TYPES, RELATION_TYPES
from .neo4j_mapping import (
    _DATE_FACT_SUFFIXES, RDF_TYPE, RELATIONSHIP_TYPES, XSD, DocumentRecords, _sort_key,
)

_RELATIONS = {ONTOLOGY + r: RELATIONSHIP_TYPES[r] for r in RELATION_TYPES}
_DATES = {ONTOLOGY + d: d for d in DATE_PROPERTIES}
IRI, BLANK = "<", "_"

_ASSERTION_PROPS = {"start": "start", "end": "end", "confidence": "confidence", "inferred": "inferred",
                    "rule": "rule", "rating": "rating"}
_STATISTIC_PROPS = {"metric": "metricName", "value": "value", "comparison": "comparison", "unit": "unit",
                    "asOf": "asOf", "start": "start", "end": "end", "confidence": "confidence"}
_DOCUMENT_PROPS = {"title": "title", "sourcePath": "sourcePath", "contentHash": "contentHash", "graphHash": "graphHash",
                   "charCount": "charCount", "published": "published", "encoding": "encoding"}
_MENTION_PROPS = {"regionCode": "regionCode", "regionLevel": "regionLevel"}

#: Each kind of record's properties as (key, predicate IRI), in the order they are written.
_ASSERTION_IRIS, _STATISTIC_IRIS, _DOCUMENT_IRIS, _MENTION_IRIS = (
    tuple((key, ONTOLOGY + name) for key, name in names.items())
    for names in (_ASSERTION_PROPS, _STATISTIC_PROPS, _DOCUMENT_PROPS, _MENTION_PROPS))
_TEXT, _SUBJECT, _PREDICATE, _OBJECT, _EVIDENCE, _OBSERVED, _NAME, _ALIAS, _MENTIONED_IN = (
    ONTOLOGY + name for name in ("text", "subject", "predicate", "object", "evidence", "observedEntity", "name",
                                 "alias", "mentionedIn"))
_SENTENCE, _ASSERTION, _OBSERVATION = (ONTOLOGY + name for name in ("Sentence", "Assertion", "Observation"))
#: An entity typed with several classes takes the first of ENTITY_TYPES.
_ENTITY_RANK = {ONTOLOGY + t: (i, t) for i, t in enumerate(ENTITY_TYPES)}

#: Every predicate the fold reads; the store is asked for these only.
PREDICATES = tuple(sorted({
    RDF_TYPE, *_RELATIONS, *_DATES, _TEXT, _SUBJECT, _PREDICATE, _OBJECT, _EVIDENCE, _OBSERVED, _NAME, _ALIAS,
    _MENTIONED_IN, *(iri for names in (_ASSERTION_IRIS, _STATISTIC_IRIS, _DOCUMENT_IRIS, _MENTION_IRIS)
                     for _, iri in names)}))

_INTEGERS = {XSD + "integer", XSD + "int", XSD + "long"}
_FLOATS = {XSD + "double", XSD + "float"}


# -- reading the store ----------------------------------------------------------------------

#: One document graph as rows (subject, predicate number, object), serialized by the engine as TSV:
#: LANG/DATATYPE columns would cost as much again as the whole scan; TSV terms carry them.
_SELECT = ("SELECT ?s ?k ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
           "VALUES (?p ?k) {{ " + " ".join(f"(<{p}> {i})" for i, p in enumerate(PREDICATES)) + " }} }}")


def document_records(store, doc_iri: str) -> DocumentRecords:
    """Read one document's named graph from the store into records."""
    return records_from_rows(doc_iri, document_rows(store, doc_iri))


def document_rows(store, doc_iri: str) -> Iterable[tuple[str, str, str, str]]:
    """The rows of one document graph the fold needs: by one SPARQL SELECT serialized as TSV on the
    embedded store (pyoxigraph), from its quads on any other store."""
    import pyoxigraph as ox

    engine = getattr(store, "_store", None)
    if not isinstance(engine, ox.Store) or not _plain_iri(doc_iri):
        return [term_row(q.subject, q.predicate, q.object) for q in store.quads(doc_iri)]
    query = _SELECT.format(graph=doc_iri)
    tsv = ox.QueryResultsFormat.TSV
    if getattr(store, "read_only", False):
        text = store._read(lambda: store._store.query(query).serialize(format=tsv))
    else:
        text = engine.query(query).serialize(format=tsv)
    return tsv_rows(text.decode("utf-8"))


def _plain_iri(iri: str) -> bool:
    """An IRI that can be put between ``<>`` in query text as it is (no space, ``<>"{}|^`\\``)."""
    return not re.search(r'[\x00-\x20<>"{}|^`\\]', iri)


def tsv_rows(text: str) -> list[tuple[str, str, str, str]]:
    r"""Rows of a SPARQL TSV result of ``?s ?k ?o`` (``?k`` indexing :data:`PREDICATES`).

    >>> tsv_rows('?s\t?k\t?o\n<http://ex/a>\t0\t"x\\ty"@zh\n_:b\t0\t3\n')[1][::2]
    ('b', '3')
    >>> tsv_rows('?s\t?k\t?o\n<http://ex/a>\t0\t"x\\ty"@zh\n')[0][2:]
    ('x\ty', '@zh')
    """
    rows = []
    append = rows.append
    predicate_of = _PREDICATE_OF
    lines = text.split("\n")
    for line in lines[1:]:
        if not line:
            continue
        s, k, o = line.split("\t")
        s = s[1:-1] if s[0] == "<" else s[2:]
        c = o[0]
        if c == '"':
            end = o.rindex('"')
            value = o[1:end]
            if "\\" in value:
                value = _ESCAPE.sub(_unescape, value)
            if end + 1 == len(o):
                append((s, predicate_of[k], value, _STRING))
            elif o[end + 1] == "^":
                append((s, predicate_of[k], value, o[end + 4:-1]))
            else:
                append((s, predicate_of[k], value, o[end + 1:]))
        elif c == "<":
            append((s, predicate_of[k], o[1:-1], IRI))
        elif c == "_":
            append((s, predicate_of[k], o[2:], BLANK))
        else:       # Turtle's short forms: true/false, integers, decimals, doubles
            kind = (XSD + "boolean" if o in ("true", "false") else XSD + "double" if "e" in o or "E" in o
                    else XSD + "decimal" if "." in o else XSD + "integer")
            append((s, predicate_of[k], o, kind))
    return rows


_STRING = XSD + "string"
_PREDICATE_OF = {str(i): p for i, p in enumerate(PREDICATES)}
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(match) -> str:
    code = match.group(1)
    if len(code) > 1:
        return chr(int(code[1:], 16))
    return _ESCAPES.get(code, "\\" + code)


def term_row(s, p, o) -> tuple[str, str, str, str]:
    """A triple of pyoxigraph terms as a row of strings."""
    name = type(o).__name__
    if name == "NamedNode":
        kind = IRI
    elif name == "BlankNode":
        kind = BLANK
    elif getattr(o, "language", None):
        kind = "@" + o.language
    else:
        kind = o.datatype.value
    return s.value, p.value, o.value, kind


# -- rows → records (pure) ------------------------------------------------------------------

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
    return records_from_rows(doc_iri, (term_row(s, p, o) for s, p, o in triples))


def records_from_rows(doc_iri: str, rows: Iterable[tuple[str, str, str, str]]) -> DocumentRecords:
    """Fold the rows of one document graph (see the module's docstring) into :class:`DocumentRecords`.

    The build keeps what this gives for each document (:mod:`.neo4j_cache`): a change to it must
    raise ``neo4j_mapping.PROJECTION_VERSION``, so that records kept by earlier builds are not used."""
    subjects: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for s, p, o, kind in rows:
        po = subjects.get(s)
        if po is None:
            subjects[s] = {p: [(o, kind)]}
        elif p in po:
            po[p].append((o, kind))
        else:
            po[p] = [(o, kind)]
    types = {s: {o for o, _ in po.get(RDF_TYPE, ())} for s, po in subjects.items()}

    entity_type = {}
    for subject, classes in types.items():
        found = [_ENTITY_RANK[c] for c in classes if c in _ENTITY_RANK]
        if found:
            entity_type[subject] = min(found)[1]
    sentences = {s: _first(subjects[s], _TEXT) for s, classes in types.items() if _SENTENCE in classes}
    assertions = _assertions(subjects, types, sentences)

    nodes = tuple(
        {"iri": iri, "type": entity_type[iri], "mention": _mention(iri, subjects[iri], assertions)}
        for iri in sorted(entity_type))

    skipped = 0
    relationships = []
    for subject, po in subjects.items():
        for p, objects in po.items():
            rel_type = _RELATIONS.get(p)
            if rel_type is None:
                continue
            for o, kind in objects:
                if kind != IRI:
                    continue
                if subject not in entity_type or o not in entity_type:
                    skipped += 1
                    continue
                props = {"document": doc_iri, **assertions.get((subject, p, o), {})}
                props.pop("_order", None)
                relationships.append({"type": rel_type, "start": subject, "end": o, "props": props})
    relationships.sort(key=lambda r: (r["type"], r["start"], r["end"]))

    statistics = []
    for subject, classes in types.items():
        if _OBSERVATION not in classes:
            continue
        po = subjects[subject]
        entity = _first(po, _OBSERVED)
        if entity not in entity_type:
            skipped += 1
            continue
        statistics.append({"entity": entity, "props": _statistic(subject, po, doc_iri, sentences)})
    statistics.sort(key=lambda s: s["props"]["iri"])

    document = _document(doc_iri, subjects.get(doc_iri, {}), len(sentences))
    return DocumentRecords(document, nodes, tuple(relationships), tuple(statistics), skipped)


def _value(o: str, kind: str):
    """A term as a Neo4j-ready Python value: xsd:date → date, numbers, booleans, text; an IRI as itself
    (the rules of :func:`govkg.graph.store.to_python`, and decimals as floats)."""
    if kind == IRI or kind == BLANK or kind[0] == "@":
        return o
    if kind == XSD + "date":
        return _date(o)
    if kind in _INTEGERS:
        return int(o)
    if kind == XSD + "decimal":
        return float(o)
    if kind in _FLOATS:
        v = float(o)
        return int(v) if v.is_integer() else v
    if kind == XSD + "boolean":
        return o == "true"
    return o


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _first(po: Mapping[str, list[tuple[str, str]]], predicate: str):
    """The smallest value of ``predicate`` (so a doubled value gives the same answer every time)."""
    terms = po.get(predicate)
    if not terms:
        return None
    if len(terms) == 1:
        return _value(*terms[0])
    values = [v for v in (_value(o, kind) for o, kind in terms) if v is not None]
    return min(values, key=_sort_key) if values else None


def _props(po, names: Sequence[tuple[str, str]]) -> dict:
    """``{key: first value of predicate}`` for each (key, predicate IRI) of ``names`` present."""
    out = {}
    for key, predicate in names:
        if predicate in po:
            value = _first(po, predicate)
            if value is not None:
                out[key] = value
    return out


def _assertions(subjects, types, sentences) -> dict[tuple[str, str, str], dict]:
    """Provenance of each fact, keyed by (subject, predicate, object) (object as text)."""
    out: dict[tuple[str, str, str], dict] = {}
    for subject, classes in types.items():
        if _ASSERTION not in classes:
            continue
        po = subjects[subject]
        objects = po.get(_OBJECT)
        head, predicate = _first(po, _SUBJECT), _first(po, _PREDICATE)
        if not (head and predicate and objects):
            continue
        props = _props(po, _ASSERTION_IRIS)
        evidence = _first(po, _EVIDENCE)
        if sentences.get(evidence) is not None:
            props["evidence"] = sentences[evidence]
        props["_order"] = (props.get("start", -1), subject)
        key = (head, predicate, min(o for o, _ in objects))
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
    for o, kind in po.get(_NAME, ()):
        if kind != IRI:
            names[_name_key(kind[1:] if kind[0] == "@" else None)].append(o)
    mention: dict = {key: min(values) for key, values in names.items()}
    mention["aliases"] = sorted({o for o, kind in po.get(_ALIAS, ()) if kind != IRI})
    if not po.get(_MENTIONED_IN):
        mention["reference"] = True     # in the graph as a parent region (GB/T 2260), not named by the text
    mention.update(_props(po, _MENTION_IRIS))
    for predicate, prop in _DATES.items():
        if predicate not in po:
            continue
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
    props.update(_props(po, _STATISTIC_IRIS))
    if isinstance(props.get("value"), int):
        props["value"] = float(props["value"])
    evidence = sentences.get(_first(po, _EVIDENCE))
    if evidence is not None:
        props["evidence"] = evidence
    return props


def _document(doc_iri: str, po, sentence_count: int) -> dict:
    props = {"iri": doc_iri}
    props.update(_props(po, _DOCUMENT_IRIS))
    props["sentences"] = sentence_count
    return props


def read_records(store, documents: Sequence[str]) -> list[DocumentRecords]:
    """The records of several documents, in the order given."""
    return [document_records(store, doc) for doc in documents]
