"""Each document's Neo4j records as the build folded them, kept beside the store.

Why: ``govkg neo4j load`` read every document graph back out of the store
(2.9–3.6 ms a document, most of it pyoxigraph decoding ~680 terms) on the
same cores the Neo4j server needs, which held a first load of 10,000
documents at about twice the server's bare write time. The build has each
graph in hand as N-Triples text: its workers fold the text into records
(:func:`records_of_text`, ~2.9 ms beside ~90 ms of extraction), and the
writer keeps them compressed (~3.7 KB a document) in
``<store>.neo4j-records.sqlite`` beside the store's folder, keyed by the
document and its ``gk:graphHash``.

The load takes a document's records from here only when the hash is the
one the store holds now and the entry is of this format and projection
(:data:`~.neo4j_mapping.PROJECTION_VERSION`); any other document (a store
built before this file existed, a store on a SPARQL server, an entry that
cannot be read) is read from the store as before. The store drops a
document's entry whenever it writes or removes that graph
(``OxigraphStore._forget_records``), and only the build keeps one again,
after its write; so a graph written by other means under its old hash (an
edited export imported again) is read from the store, and
``govkg neo4j load --all`` reads every document from the store. Not covered:
a store folder written by something other than govkg (an Oxigraph server
started on it), which never tells this file.

>>> import datetime as dt
>>> r = DocumentRecords({"iri": "http://ex.org/d", "published": dt.date(2024, 5, 1)},
...                     ({"iri": "http://ex.org/a", "type": "Agency", "mention": {"aliases": ["甲"]}},))
>>> decode(encode(r)) == r
True
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import zlib
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pyoxigraph as ox

from .neo4j_mapping import PROJECTION_VERSION, DocumentRecords
from .neo4j_records import PREDICATES, records_from_triples
from .store import StoreError

log = logging.getLogger("govkg.graph.neo4j")

#: The file's name after the store's folder name.
SUFFIX = ".neo4j-records.sqlite"
#: How an entry is written (raise it when :func:`encode` changes). Entries of another format or
#: projection are left unused: a change to what the fold gives raises PROJECTION_VERSION.
FORMAT = 1
VERSION = f"{FORMAT}/{PROJECTION_VERSION}"

_SCHEMA = """CREATE TABLE IF NOT EXISTS records (
    document TEXT PRIMARY KEY, graph_hash TEXT NOT NULL, version TEXT NOT NULL, data BLOB NOT NULL)"""
#: SQLite's limit on a statement's parameters is 32,766 since 3.32, 999 before.
_PER_SELECT = 900


def records_of_text(iri: str, ntriples: str | bytes) -> tuple[str, bytes] | None:
    """(graph hash, encoded records) of one document graph's N-Triples; None when it states no
    ``gk:graphHash`` or has blank nodes (the store names those afresh, so records read back from it
    would differ), or the fold fails: the records only spare the load reading the store, and the
    document is stored all the same."""
    try:
        return _records_of_text(iri, ntriples)
    except Exception:  # noqa: BLE001
        log.debug("no Neo4j records kept for %s", iri, exc_info=True)
        return None


def _records_of_text(iri: str, ntriples: str | bytes) -> tuple[str, bytes] | None:
    triples = [(t.subject, t.predicate, t.object)
               for t in ox.parse(ntriples.encode("utf-8") if isinstance(ntriples, str) else ntriples,
                                 ox.RdfFormat.N_TRIPLES)]
    if any(isinstance(s, ox.BlankNode) or isinstance(o, ox.BlankNode) for s, _, o in triples):
        return None
    records = records_from_triples(iri, as_stored(triples))
    digest = records.document.get("graphHash")
    return (digest, encode(records)) if isinstance(digest, str) else None


_STRING = "http://www.w3.org/2001/XMLSchema#string"
_READ = frozenset(PREDICATES)
_VALUE = ox.NamedNode("urn:govkg:value")


def as_stored(triples: list[tuple]) -> list[tuple]:
    """The triples with each literal as the store gives it back: it keeps a literal's value, not its
    spelling. Only the few literals that are not plain strings go through a store in memory (the
    whole graph would double the fold's time).

    >>> boolean = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
    >>> a, inferred = ox.NamedNode("http://ex.org/a"), ox.NamedNode("https://w3id.org/govkg/ontology#inferred")
    >>> [o.value for _, _, o in as_stored([(a, inferred, ox.Literal("1", datatype=boolean)),
    ...                                    (a, inferred, ox.Literal("x"))])]
    ['true', 'x']
    """
    # a language-tagged literal is kept as written; the fold reads only PREDICATES
    typed = list({o for _, p, o in triples if p.value in _READ and isinstance(o, ox.Literal) and o.language is None
                  and o.datatype.value != _STRING})
    if not typed:
        return triples
    memory = ox.Store()
    memory.extend([ox.Quad(ox.NamedNode(f"urn:govkg:{i}"), _VALUE, literal) for i, literal in enumerate(typed)])
    stored = {typed[int(q.subject.value.rsplit(":", 1)[1])]: q.object for q in memory}
    return [(s, p, stored.get(o, o)) for s, p, o in triples]


def encode(records: DocumentRecords) -> bytes:
    """The records as compressed JSON (dates tagged), never pickled: the file is data, not code."""
    parts = [records.document, records.nodes, records.relationships, records.statistics, records.skipped]
    return zlib.compress(json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=_tag).encode(), 1)


def decode(data: bytes) -> DocumentRecords:
    document, nodes, relationships, statistics, skipped = json.loads(zlib.decompress(data), object_hook=_untag)
    return DocumentRecords(document, tuple(nodes), tuple(relationships), tuple(statistics), skipped)


def _tag(value):
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"$date": value.isoformat()}
    raise TypeError(f"a record holds a {type(value).__name__}, which the records file does not keep")


def _untag(obj: dict):
    if len(obj) == 1 and "$date" in obj:
        return dt.date.fromisoformat(obj["$date"])
    return obj


def cache_path(store) -> Path | None:
    """Where the records of an on-disk store are kept (beside its folder, reached through any symbolic
    link); None for a store in memory or on a server."""
    path = getattr(store, "path", None)
    return None if path is None else Path(str(Path(path).resolve()) + SUFFIX)


class RecordsCache:
    """The records file of one store: written by the build's writer, read by the Neo4j load."""

    def __init__(self, path: Path, read_only: bool = False):
        self.path = path
        # SQLite's default rollback journal, not WAL: a reader needs no file of its own beside it, so a
        # user who may not write the folder (or a read-only mount) can still read the records
        if read_only:
            self._db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
            return
        self._db = sqlite3.connect(path, check_same_thread=False)
        try:
            columns = [row[1] for row in self._db.execute("PRAGMA table_info(records)")]
            if columns and "version" not in columns:     # a file of the first days: its entries are not used
                self._db.execute("DROP TABLE records")
            self._db.execute("PRAGMA journal_mode=DELETE")
            self._db.execute(_SCHEMA)
            self._db.commit()
        except sqlite3.Error:
            self._db.close()
            raise

    @classmethod
    def of(cls, store, read_only: bool = False) -> "RecordsCache | None":
        """The store's records file; None when the store has none (in memory, on a server, or, to read,
        not written yet) or it cannot be opened (then the load reads the store, as without it)."""
        path = cache_path(store)
        if path is None or (read_only and not path.exists()):
            return None
        try:
            return cls(path, read_only)
        except sqlite3.Error as exc:
            if read_only:
                log.warning("cannot open the Neo4j records file %s (%s); the load reads the store instead", path, exc)
                return None
            # the store drops entries from it before each write: it must be writable, or gone
            raise StoreError(f"cannot open the Neo4j records file {path} ({exc}); delete it (govkg neo4j "
                             "load then reads the store) and build again") from exc

    def put(self, entries: Iterable[tuple[str, str, bytes]]) -> None:
        """Keep (document IRI, graph hash, encoded records) of documents just stored, in one transaction."""
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)",
                                 [(doc, digest, VERSION, data) for doc, digest, data in entries])

    def keep(self, entries: Iterable[tuple[str, str, bytes]]) -> None:
        """:meth:`put`, warning instead of failing: the documents are stored, and the load reads the
        store for any records it misses."""
        entries = list(entries)
        try:
            self.put(entries)
        except sqlite3.Error as exc:
            log.warning("could not keep the Neo4j records of %d documents in %s (%s); govkg neo4j load "
                        "will read them from the store", len(entries), self.path, exc)

    def forget(self, documents: Iterable[str] | None) -> None:
        """Drop the entries of ``documents`` (every entry, for None)."""
        with self._db:
            if documents is None:
                self._db.execute("DELETE FROM records")
            else:
                self._db.executemany("DELETE FROM records WHERE document = ?", [(d,) for d in documents])

    def matching(self, hashes: Mapping[str, str]) -> set[str]:
        """The documents of ``hashes`` (IRI → the graph hash the store holds now) kept with that hash."""
        return {doc for doc, digest in self._select("document, graph_hash", list(hashes))
                if digest == hashes[doc]}

    def records(self, hashes: Mapping[str, str]) -> dict[str, DocumentRecords]:
        """The kept records of the documents of ``hashes`` whose hash matches; the others, and any entry
        that cannot be decoded, are left out (the load reads those from the store)."""
        found, bad = {}, []
        for doc, digest, data in self._select("document, graph_hash, data", list(hashes)):
            if digest != hashes[doc]:
                continue
            try:
                found[doc] = decode(data)
            except (zlib.error, ValueError, TypeError, KeyError):
                bad.append(doc)
        if bad:
            log.warning("%d entries of %s cannot be read (%s …); their documents are read from the store",
                        len(bad), self.path, bad[0])
        return found

    def _select(self, columns: str, documents: Sequence[str]):
        try:
            for at in range(0, len(documents), _PER_SELECT):
                part = documents[at:at + _PER_SELECT]
                yield from self._db.execute(
                    f"SELECT {columns} FROM records WHERE version = ? AND document IN ({','.join('?' * len(part))})",
                    (VERSION, *part))
        except sqlite3.Error as exc:       # a damaged or foreign file: the load reads the store instead
            log.warning("cannot read the Neo4j records file %s (%s); the load reads the store instead", self.path, exc)
            return

    def close(self) -> None:
        self._db.close()


def forget_records(store, documents: Sequence[str] | None) -> None:
    """Drop these documents' records (all, for None) from the store's file, if it has one. The store
    calls it before it writes or removes their graphs, and the build keeps the new records after."""
    path = cache_path(store)
    if documents == [] or path is None or not path.exists():
        return
    try:
        kept = RecordsCache(path)
        try:
            kept.forget(documents)
        finally:
            kept.close()
    except sqlite3.Error as exc:        # then entries of graphs written by other means may stay
        raise StoreError(f"cannot update the Neo4j records file {path} ({exc}); delete it, and "
                         "govkg neo4j load reads the store instead") from exc
