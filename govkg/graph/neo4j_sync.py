"""Loading a whole store into Neo4j: only the documents whose graph changed since they were loaded
(:func:`unchanged_documents`, by each document's ``gk:graphHash``), many per transaction
(:mod:`.neo4j_load`). Reading the next documents' records from the store runs beside the writes
(:mod:`.neo4j_reading`: in a process of its own for an on-disk store) while the server writes the
current batch.
"""
from __future__ import annotations

import time
from typing import Callable, Sequence

from .neo4j_connect import Neo4jConnectionLost, with_reconnect
from .neo4j_load import (BATCH_SIZE, DOCUMENTS_PER_TRANSACTION, LoadSummary, _batches, _session, _timed,
                         ensure_schema, load_documents, loaded_documents, remove_documents, transaction_sizes)
from .neo4j_mapping import PROJECTION_VERSION
from .neo4j_reading import records_ahead


#: Each stored document's ``gk:graphHash`` (a store built before them has none). Read from the union,
#: where the build puts each hash from the document's own graph (another graph stating it would have
#: to be written by hand): ``GRAPH ?document { … }`` over every document graph took 1.2 s against
#: 0.07 s for 10,000 documents.
_GRAPH_HASHES = """PREFIX gk: <https://w3id.org/govkg/ontology#>
SELECT ?document ?hash WHERE { ?document a gk:SourceDocument ; gk:graphHash ?hash }"""
#: What the database holds of each loaded document.
_LOADED_HASHES = "MATCH (d:Document) RETURN d.iri AS iri, d.graphHash AS hash, d.projection AS projection"


def stored_hashes(store) -> dict[str, str]:
    """Each stored document's ``gk:graphHash``."""
    return {row["document"]: row["hash"] for row in store.select(_GRAPH_HASHES)}


def unchanged_documents(store, driver, documents: Sequence[str], database: str | None = None,
                        retries: int = 1, backoff: float = 1.0, stored: dict[str, str] | None = None) -> set[str]:
    """The ``documents`` the database holds as a load would write them now: the same ``gk:graphHash``
    in the store and on the :Document node, written by this :data:`PROJECTION_VERSION`.

    The hash covers everything the document's graph says (docs/rdf-model.md), so a document that is
    the same by it needs no reading and no writing. A document without a hash is never unchanged.
    The hash is written by the build with the graph: a graph changed by other means (a SPARQL update
    sent to a server store) keeps its old hash, and only ``load_store(..., everything=True)``
    (``govkg neo4j load --all``) writes it again. ``stored``: :func:`stored_hashes`, when the caller has them."""
    stored = stored_hashes(store) if stored is None else stored

    def loaded():
        with _session(driver, database) as session:
            return [(r["iri"], r["hash"], r["projection"]) for r in session.run(_LOADED_HASHES)]

    wanted = set(documents)
    return {iri for iri, digest, projection in with_reconnect(loaded, "listing loaded documents", retries, backoff)
            if iri in wanted and digest is not None and stored.get(iri) == digest
            and projection == PROJECTION_VERSION}


def load_store(store, driver, progress: Callable[[int, int, str | None], None] | None = None,
               batch_size: int = BATCH_SIZE, *, database: str | None = None, retries: int = 1,
               backoff: float = 1.0, prune: bool = False, everything: bool = False,
               documents_per_transaction: int = DOCUMENTS_PER_TRANSACTION) -> LoadSummary:
    """Load the store's documents, many per transaction; ``progress(done, total, doc_iri)`` after each.

    A document the database already holds as it would be written now (:func:`unchanged_documents`)
    is left alone, unless ``everything``: so loading again after adding documents to an archive
    writes the new and changed ones only, and reads nothing else from the store. The others are
    loaded, each replacing what it said before. Loading is idempotent, so after a failure
    (:class:`Neo4jConnectionLost`, whose ``summary`` says what was committed) a rerun ends in the
    same graph as an uninterrupted load, and loads only what was not committed. With ``prune``,
    documents loaded earlier that the store no longer has are removed first, so Neo4j ends up
    holding exactly the store's documents.
    """
    t0 = time.perf_counter()
    with_reconnect(lambda: ensure_schema(driver, database), "creating the schema", retries, backoff)
    documents = store.documents()
    total = len(documents)
    summary = LoadSummary()
    if prune:
        keep = set(documents)
        stale = [d for d in with_reconnect(lambda: loaded_documents(driver, database), "listing documents",
                                           retries, backoff) if d not in keep]
        for chunk in _batches(stale, documents_per_transaction):
            remove_documents(driver, chunk, database=database, batch_size=batch_size, retries=retries,
                             backoff=backoff)
        summary += LoadSummary(removed=len(stale))
    # ``everything`` (``--all``) is how a graph changed without a new hash is written again: it reads
    # every document from the store, neither comparing hashes nor taking the build's kept records
    hashes = None if everything else stored_hashes(store)
    if not everything:
        unchanged = unchanged_documents(store, driver, documents, database, retries, backoff, hashes)
        documents = [d for d in documents if d not in unchanged]
        summary += LoadSummary(unchanged=len(unchanged))
        if unchanged and progress:
            progress(len(unchanged), total, None)
    records = records_ahead(store, documents, depth=2 * documents_per_transaction, hashes=hashes)
    done = summary.unchanged
    try:
        for size in transaction_sizes(len(documents), documents_per_transaction):
            batch = [next(records) for _ in range(size)]
            try:
                summary += load_documents(driver, batch, database=database, batch_size=batch_size,
                                          retries=retries, backoff=backoff)
            except Neo4jConnectionLost as exc:
                exc.summary = _timed(summary, t0)
                raise
            for records_of_one in batch:
                done += 1
                if progress:
                    progress(done, total, records_of_one.iri)
    finally:
        records.close()
    return _timed(summary, t0)
