"""How the embedded store writes documents fast and still whole (see :meth:`OxigraphStore.replace_documents`).

A build writes mostly documents the store has never seen. Those go in by
RocksDB's bulk path: pyoxigraph sorts the quads into one file per index and
RocksDB *ingests* the files in one atomic step — no read before each quad, no
write-ahead log, no flush (a read-only view opened afterwards sees them). One
ingestion carries several documents, whole: a crash leaves all of them or none.
The SPARQL ``INSERT DATA`` this replaces parsed the whole document twice as
query text and checked every quad against the store first (55 ms a document,
growing with the store, against about 7 ms here plus RocksDB's compaction).

A document already stored is compared with what it says now: unchanged, nothing
is written; changed, one transaction removes and adds the difference.
"""
from __future__ import annotations

import pyoxigraph as ox

from ..ontology.namespace import BUILD_PROPERTIES, ONTOLOGY, graph_hash, is_unhashed

#: Quads per ingestion at most. pyoxigraph's bulk loader cuts its input into
#: parts of 1,000,000 quads, each ingested on its own; below that one call is one
#: atomic ingestion, so no document can be split between two. As near that as is
#: safe: fewer, larger ingestions leave RocksDB less to compact (``govkg.build.BATCH_DOCUMENTS``).
#: The price is memory while pyoxigraph sorts them: about 700 MB for 840,000 quads
#: (512 generated documents), 300 MB for half as many.
MAX_INGEST_QUADS = 950_000


class Refused(ValueError):
    """The text given for a document is not RDF the store can hold (the message says where)."""


def canonical(text: str | bytes) -> bytes:
    """The document's triples, checked and rewritten by pyoxigraph as N-Triples: one triple a line, each ending ``" .\\n"``.

    In that form no literal holds a line break (it is escaped), so a line is a
    triple and a graph name can be put before each line end. The text is read
    as Turtle, of which N-Triples is a part, so what the SPARQL ``INSERT DATA``
    of the old writer took (``a``, ``;``, triple quotes) is still taken. Raises
    :class:`Refused` for text that is neither.

    >>> canonical('<http://ex.org/a>   <http://ex.org/p> "x\\\\ny" . # a comment')
    b'<http://ex.org/a> <http://ex.org/p> "x\\\\ny" .\\n'
    """
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text
        return ox.serialize(ox.parse(data, ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
    except (SyntaxError, ValueError) as exc:     # not RDF; a lone surrogate in the text
        raise Refused(" ".join(str(exc).split())) from None


def in_graphs(data: bytes, *graphs: str) -> bytes:
    """Canonical N-Triples as N-Quads, once in each of ``graphs``.

    >>> in_graphs(b'<http://ex.org/a> <http://ex.org/p> "x" .\\n', "http://ex.org/g")
    b'<http://ex.org/a> <http://ex.org/p> "x" <http://ex.org/g> .\\n'
    """
    return b"".join(data.replace(b" .\n", f" <{g}> .\n".encode("utf-8")) for g in graphs)


def has_blank_nodes(data: bytes) -> bool:
    """Whether canonical N-Triples may hold a blank node (a ``_:`` inside a literal counts too: no harm).

    Blank nodes keep their labels in a parsed file, so two documents' ``_:b0``
    would become one node; those documents take the SPARQL path, whose
    ``INSERT DATA`` makes fresh ones.
    """
    return b"_:" in data


def ingest(store: ox.Store, fresh: list[tuple[int, str, bytes]], union: str, bulk: bool) -> list[tuple[int, str, Exception]]:
    """Load new documents (index, IRI, canonical N-Triples), each in its graph and in ``union``.

    On disk (``bulk``) several documents go in one atomic ingestion; in memory,
    in one transaction. Gives the documents refused (not expected: the text was
    checked), as (index, IRI, why).
    """
    refused = []
    for part in chunks([2 * data.count(b"\n") for _, _, data in fresh]):
        docs = [fresh[k] for k in part]
        quads = b"".join(in_graphs(data, iri, union) for _, iri, data in docs)
        try:
            (store.bulk_load if bulk else store.load)(quads, ox.RdfFormat.N_QUADS)
        except (SyntaxError, ValueError) as exc:    # before anything was written: each alone, then
            if len(docs) == 1:
                refused.append((docs[0][0], docs[0][1], exc))
            else:
                for doc in docs:
                    refused += ingest(store, [doc], union, bulk)
    return refused


def replace_stored(store: ox.Store, iri: str, data: bytes, union: str) -> tuple[Exception | None, bool]:
    """A stored document replaced by the difference, in one transaction; nothing written if it is unchanged.

    The union loses what the document no longer states and no other document
    does. Gives (why it was refused or None, whether anything was written).
    """
    node, union_node = ox.NamedNode(iri), ox.NamedNode(union)
    if same_graph_hash(store, node, data):
        return None, False
    new = stored_form(data)
    old = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, node)}
    if new == old:
        return None, False
    if not new or any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in old):
        return replace_by_sparql(store, iri, data, union), True     # DELETE DATA cannot name blank nodes

    def elsewhere(t) -> bool:
        return any(q.graph_name != node and q.graph_name != union_node and isinstance(q.graph_name, ox.NamedNode)
                   for q in store.quads_for_pattern(t.subject, t.predicate, t.object, None))

    gone, added = old - new, new - old
    try:
        store.update(_difference(iri, union, gone, [t for t in gone if not elsewhere(t)], added))
    except (SyntaxError, ValueError) as exc:
        return exc, False
    return None, True


GRAPH_HASH = ox.NamedNode(ONTOLOGY + "graphHash")
_GRAPH_HASH_LINE = f" <{GRAPH_HASH.value}> ".encode("utf-8")
_BUILT_FROM = [ox.NamedNode(ONTOLOGY + p) for p in BUILD_PROPERTIES]


def same_graph_hash(store: ox.Store, node: ox.NamedNode, data: bytes) -> bool:
    """Whether the stored document graph ``node`` says what the new text ``data`` says, by their
    ``gk:graphHash`` (docs/rdf-model.md): no need to read and compare every triple.

    Only a hash the text earns counts: the document's own, and the SHA-256 of the text's other lines
    (a text edited by hand that kept an old hash line is compared in full, as one without a hash).

    >>> g = ox.NamedNode("http://ex.org/d")
    >>> rest = b'<http://ex.org/d> <http://ex.org/p> "x" .'
    >>> line = f'<http://ex.org/d> <{GRAPH_HASH.value}> "{graph_hash([rest])}" .'.encode()
    >>> s = ox.Store(); s.add(ox.Quad(g, GRAPH_HASH, ox.Literal(graph_hash([rest])), g))
    >>> same_graph_hash(s, g, rest + b"\\n" + line + b"\\n")
    True
    >>> same_graph_hash(s, g, rest.replace(b'"x"', b'"y"') + b"\\n" + line + b"\\n")
    False
    """
    lines = data.split(b"\n")
    stated = [line for line in lines if _GRAPH_HASH_LINE in line]
    if len(stated) != 1:
        return False
    (triple,) = ox.parse(stated[0], ox.RdfFormat.N_TRIPLES)
    if triple.subject != node or not isinstance(triple.object, ox.Literal):
        return False
    if graph_hash(lines) != triple.object.value:
        return False
    stored = [q.object for q in store.quads_for_pattern(node, GRAPH_HASH, None, node)]
    if stored != [triple.object]:
        return False
    # the same facts; what the graph was built from (left out of the hash) must be the same too
    built = {t for line in lines if line and is_unhashed(line) and _GRAPH_HASH_LINE not in line
             for t in ox.parse(line, ox.RdfFormat.N_TRIPLES)}
    return built == {ox.Triple(q.subject, q.predicate, q.object) for p in _BUILT_FROM
                     for q in store.quads_for_pattern(node, p, None, node)}


def stored_form(data: bytes) -> set[ox.Triple]:
    """The triples of canonical N-Triples as the store gives them back: the store keeps a value, not its
    spelling (``"8.0"^^xsd:decimal`` comes back as ``"8"``), so text and store are compared in this form.

    >>> [t.object.value for t in stored_form(b'<http://ex.org/a> <http://ex.org/p> '
    ...                                      b'"8.0"^^<http://www.w3.org/2001/XMLSchema#decimal> .\\n')]
    ['8']
    """
    memory = ox.Store()
    memory.bulk_load(data, ox.RdfFormat.N_TRIPLES)
    return {ox.Triple(q.subject, q.predicate, q.object) for q in memory}


def replace_by_sparql(store: ox.Store, iri: str, data: bytes, union: str) -> Exception | None:
    """Forget from the union, drop, insert: one update, whose ``INSERT DATA`` gives blank nodes fresh names."""
    text, g = data.decode("utf-8"), f"<{iri}>"
    try:
        store.update(f"{forget_from_union(iri, union)} ;\nDROP SILENT GRAPH {g} ;\n"
                     f"INSERT DATA {{ GRAPH {g} {{\n{text}\n}} GRAPH <{union}> {{\n{text}\n}} }}")
    except (SyntaxError, ValueError) as exc:
        return exc
    return None


def forget_from_union(graph_iri: str, union: str) -> str:
    """SPARQL update removing from the union what only ``graph_iri`` states."""
    return (
        f"DELETE {{ GRAPH <{union}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} "
        f"FILTER(?other != <{graph_iri}> && ?other != <{union}>) }} }}"
    )


def _difference(graph: str, union: str, gone, union_gone, added) -> str:
    """One SPARQL update: the document graph loses ``gone`` and gains ``added``; the union likewise."""
    def block(name, ts):
        lines = " .\n".join(str(t) for t in ts)
        return f"GRAPH <{name}> {{\n{lines} .\n}}" if ts else ""

    parts = []
    if gone:
        parts.append(f"DELETE DATA {{ {block(graph, gone)} {block(union, union_gone)} }}")
    if added:
        parts.append(f"INSERT DATA {{ {block(graph, added)} {block(union, added)} }}")
    return " ;\n".join(parts)


def chunks(sizes: list[int], limit: int = MAX_INGEST_QUADS) -> list[range]:
    """Consecutive runs of items whose sizes add up to ``limit`` at most (an item larger than it alone).

    >>> chunks([3, 3, 3, 9, 1], limit=6)
    [range(0, 2), range(2, 3), range(3, 4), range(4, 5)]
    """
    out, start, total = [], 0, 0
    for i, n in enumerate(sizes):
        if i > start and total + n > limit:
            out.append(range(start, i))
            start, total = i, 0
        total += n
    if start < len(sizes):
        out.append(range(start, len(sizes)))
    return out
