"""The embedded store: Oxigraph on disk (or in memory), one named graph per document and a materialized
union of them as every query's default graph (:mod:`.store` says why), written a batch at a time
(:mod:`.writing`) and read by any number of processes while one builds (:mod:`.locking`).
"""
from __future__ import annotations

import contextlib
import functools
import os
import re
import time
from pathlib import Path
from typing import Iterator, Mapping, Sequence

import pyoxigraph as ox

from ..ontology.namespace import PREFIXES
from . import writing
from .locking import SharedLock, exclusive
from .sparql_text import strip_comments, with_values
from .store import UNION_GRAPH, RdfStore, StoreError


class OxigraphStore(RdfStore):
    """The embedded default: pyoxigraph, on disk or in memory."""

    name = "oxigraph"

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False):
        self.path = Path(path) if path else None
        self.location = str(self.path) if self.path else "memory"
        self.read_only = bool(read_only and self.path is not None)
        self._graphs: list[str] | None = None   # document graph IRIs, cached between writes
        self._shared = None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif self.read_only:   # no RocksDB lock: any number of readers, beside one writer
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"no store at {self.path}; build one first (govkg build ARTICLES)")
                self._shared = SharedLock(self.path)
                self._store = _open_read_only(self.path)
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
                self._prune_logs()
        except OSError as exc:  # RocksDB's lock, permissions, a corrupt folder
            if self._shared is not None:
                self._shared.release()
            where = self.path or "memory"
            if "lock" in str(exc).lower() and "temporarily unavailable" in str(exc).lower():
                raise StoreError(
                    f"store {where} is in use by another govkg process; wait for it to finish"
                ) from exc
            raise StoreError(f"cannot open store {where}: {exc}") from exc

    def _prune_logs(self) -> None:
        """Delete the info logs RocksDB rotates at every open (``LOG.old.*``, about 140 KB
        each, up to a thousand kept; pyoxigraph offers no option to keep fewer).
        Only the current ``LOG`` stays. Safe: this process holds the folder's lock."""
        for old in self.path.glob("LOG.old.*"):
            with contextlib.suppress(OSError):
                old.unlink()

    def close(self) -> None:
        """Release the store (and RocksDB's lock on its folder); the object is unusable afterwards."""
        if getattr(self, "_store", None) is not None:
            if self.path is not None and not self.read_only:
                with contextlib.suppress(OSError):   # a full disk: what was committed is in the
                    self._store.flush()              # write-ahead log already, nothing is lost
            self._store = None
        if getattr(self, "_shared", None) is not None:
            self._shared.release()
            self._shared = None

    # -- what the store can do (ask, don't assume)
    capabilities = frozenset({"sparql", "named-graphs", "transactions", "persistent"})

    # -- writing
    def replace_document(self, graph_iri: str, ntriples: str) -> None:
        """Replace the facts of one document in a single transaction.

        Either the old graph stays whole or the new one is in whole: a crash
        in between leaves the store as it was. The union graph loses the old
        document's triples that no other document states, and gains the new.
        """
        problem = self.replace_documents([(graph_iri, ntriples)])[0]
        if problem is not None:
            raise problem

    def replace_documents(self, documents: Sequence[tuple[str, str | bytes]]) -> list[StoreError | None]:
        """Replace the facts of several documents (IRI, N-Triples), each whole or not at all, in their order.

        Gives, per document, None when it is stored or the :class:`StoreError`
        that refused it (its text is not RDF); the others are stored all the
        same. A failing disk raises StoreError (from the OSError): the next
        write would fail too. New documents go in together by RocksDB's bulk
        path, stored ones by the difference only (:mod:`govkg.graph.writing`).
        """
        problems: list[StoreError | None] = [None] * len(documents)
        fresh: list[tuple[int, str, bytes]] = []      # new documents, for one ingestion
        logged = False                                # a transaction went through the write-ahead log
        with self._writing():
            self._forget_records([iri for iri, _ in documents])
            try:
                for i, (iri, text) in enumerate(documents):
                    try:
                        node = _document_node(iri)
                        data = writing.canonical(text)
                    except ValueError as exc:          # writing.Refused too
                        problems[i] = _refused(iri, exc)
                        continue
                    if any(iri == f[1] for f in fresh):   # the same document twice: the first goes in first
                        self._ingest(fresh, problems)
                        fresh = []
                    if writing.has_blank_nodes(data):
                        problem, logged = writing.replace_by_sparql(self._store, iri, data, UNION_GRAPH), True
                    elif self._store.contains_named_graph(node):
                        problem, changed = writing.replace_stored(self._store, iri, data, UNION_GRAPH)
                        logged = logged or changed
                    else:
                        fresh.append((i, iri, data))
                        continue
                    problems[i] = problem and _refused(iri, problem)
                self._ingest(fresh, problems)
                if logged:
                    self._flush_for_readers()
            except OSError as exc:
                raise StoreError(f"cannot write to store {self.location}: {exc}") from exc
            finally:
                self._graphs = None
        return problems

    def _ingest(self, fresh: list[tuple[int, str, bytes]], problems: list) -> None:
        for i, iri, exc in writing.ingest(self._store, fresh, UNION_GRAPH, bulk=self.path is not None):
            problems[i] = _refused(iri, exc)

    def _writing(self):
        """The exclusive lock readers in other processes wait on (see :mod:`govkg.graph.locking`)."""
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        return exclusive(self.path) if self.path is not None else _no_lock()

    def _forget_records(self, documents: Sequence[str] | None) -> None:
        """Drop the Neo4j records the build kept for these documents (all, for None) before their graphs
        are written: only the build, which writes them after the graph, knows what the new graph folds
        into (:mod:`govkg.graph.neo4j_cache`)."""
        if self.path is not None:
            from .neo4j_cache import forget_records

            forget_records(self, documents)

    def _flush_for_readers(self) -> None:
        if self.path is not None:
            self._store.flush()

    def remove_document(self, graph_iri: str) -> bool:
        """Drop one document's graph (and what only it stated from the union); False if there was none."""
        node = ox.NamedNode(graph_iri)
        if graph_iri == UNION_GRAPH or not self._store.contains_named_graph(node):
            return False
        with self._writing():
            self._forget_records([graph_iri])
            self._store.update(f"{writing.forget_from_union(graph_iri, UNION_GRAPH)} ;\nDROP GRAPH <{graph_iri}>")
            self._flush_for_readers()
        self._graphs = None
        return True

    def clear(self) -> None:
        self._graphs = None
        with self._writing():
            self._forget_records(None)
            self._store.clear()
            self._flush_for_readers()

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()

    def optimize(self) -> None:
        """Compact the RocksDB files: a build leaves each document's writes (and the union's updates)
        in layers that every lookup then reads through. On a freshly built 10,000-document store this
        took 30 s, shrank it from 3.9 to 2.2 GB and made the saved listings' first rows 1.6× faster."""
        if self.compacts:
            try:
                self._store.optimize()
                # RocksDB records a failed background compaction (a full disk) instead of raising it:
                # a flush brings it out here rather than at the next write
                self._store.flush()
            except OSError as exc:
                raise StoreError(f"cannot compact store {self.path}: {exc}") from exc

    @property
    def compacts(self) -> bool:
        return self.path is not None and not self.read_only

    # -- reading
    def documents(self) -> list[str]:
        """IRIs of the named graphs (one per document), sorted."""
        if self._graphs is None:
            read = lambda: sorted(g.value for g in self._store.named_graphs()  # noqa: E731
                                  if isinstance(g, ox.NamedNode) and g.value != UNION_GRAPH)
            self._graphs = self._read(read) if self.read_only else read()
        return list(self._graphs)

    def __len__(self) -> int:
        """Quads in the document graphs (the derived union not counted), counted by the engine: the
        generic count, a Python loop over every quad, took minutes at 10,000 documents (8.3 M quads)."""
        count = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                 f"FILTER (?g != <{UNION_GRAPH}>) }}")
        read = lambda: int(next(iter(self._store.query(count)))[0].value)  # noqa: E731
        return self._read(read) if self.read_only else read()

    def query(self, sparql: str, bindings: Mapping[str, object] | None = None):
        """Run SPARQL over the union of all documents; bindings are RDF terms, never pasted text.

        ``GRAPH ?doc { … }`` sees the document graphs only. A read-only store
        reopens its view when the writer's compaction removed a file under it
        (see :meth:`_read`).
        """
        if self.read_only:
            return self._read(lambda: self._query(sparql, bindings))
        return self._query(sparql, bindings)

    def _read(self, work, attempts: int = 4):
        """Run ``work``; a read-only view that lost a file to the writer's compaction is reopened and
        ``work`` run again (RocksDB deletes merged files whenever it likes, not only while a document
        is written)."""
        for attempt in range(attempts):
            try:
                return work()
            except (RuntimeError, OSError) as exc:
                if attempt == attempts - 1 or not _file_vanished(exc):
                    raise
                self._graphs = None
                self._store = _open_read_only(self.path)
        raise AssertionError("unreachable")

    def _query(self, sparql: str, bindings: Mapping[str, object] | None = None):
        if bindings:                    # a VALUES block, as on a server: the plan starts from it
            sparql = with_values(sparql, bindings)
        # The document graphs are listed as the named graphs only for a query that can see them
        # (GRAPH or FROM NAMED): a dataset of 10,000 listed graphs made every query 2-4x slower.
        # Without the list, GRAPH would also see the union graph itself.
        graphs = {}
        if _names_graphs(sparql):
            graphs["named_graphs"] = ([ox.NamedNode(d) for d in self.documents()]
                                      or [ox.NamedNode(UNION_GRAPH + "/none")])
        return self._store.query(
            sparql, prefixes=PREFIXES, default_graph=ox.NamedNode(UNION_GRAPH), **graphs,
        )

    def quads(self, graph_iri: str | None = None) -> Iterator[ox.Quad]:
        """Quads of one document graph, or of every document graph (the derived union left out)."""
        if graph_iri:
            return self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri))
        union = ox.NamedNode(UNION_GRAPH)
        return (q for q in self._store if q.graph_name != union)

    def _union_triples(self) -> list:
        return [ox.Triple(q.subject, q.predicate, q.object)
                for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(UNION_GRAPH))]


_GRAPH_KEYWORD = re.compile(r"\bGRAPH\b|\bNAMED\b", re.I)


@functools.lru_cache(maxsize=256)
def _names_graphs(sparql: str) -> bool:
    """Whether a query may look at named graphs (``GRAPH``, ``FROM NAMED``).

    Comments are left out; the word in a string or an IRI errs on the side of yes (it only costs speed).

    >>> _names_graphs("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"), _names_graphs("SELECT * WHERE { ?s ?p ?o }")
    (True, False)
    """
    return _GRAPH_KEYWORD.search(strip_comments(sparql)) is not None


@contextlib.contextmanager
def _no_lock():
    yield


def _document_node(iri: str):
    """The graph name of a document; ValueError for an IRI that is not one, or the union's own."""
    if iri == UNION_GRAPH:
        raise ValueError(f"{iri} is the union of all documents, not a document")
    return ox.NamedNode(iri)


def _refused(iri: str, exc: Exception) -> StoreError:
    err = StoreError(f"cannot write graph {iri}: {exc}")
    err.__cause__ = exc
    return err


def _open_read_only(path: Path, attempts: int = 5):
    """A read-only view of the store; opened again if a file it lists was just merged away."""
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (RuntimeError, OSError) as exc:
            if attempt == attempts - 1 or not _file_vanished(exc):
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _file_vanished(exc: Exception) -> bool:
    text = str(exc)
    return "No such file or directory" in text or "Corruption" in text
