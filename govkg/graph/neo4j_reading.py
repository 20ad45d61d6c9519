"""Reading the next documents' records while the current ones are written to Neo4j.

Why processes: the writes wait on the server most of the time, so reading the
next records in a thread looked free; but reading holds the GIL (pyoxigraph
does not release it while it answers a query), and each answer from the
server then waited for the reader's turn. On 1,000 documents the writes alone
took 7.7 s, the reading 6 s of CPU, and the two in threads of one process
15.7 s. A read-only on-disk store can be opened by any number of processes,
so there the records are read by child processes (started afresh, never
forked: the driver has threads) and handed over pickled, a few dozen
documents at a time, by :func:`reading_processes` of them taking turns by
chunk. Other stores (in memory, a SPARQL server) are read by a thread.

Either way the records come in the order of ``documents``, at most ``depth``
documents ahead of the writes, and an error while reading is raised in the
loading thread.

Most documents need no reading at all: the build keeps each one's records
beside an on-disk store (:mod:`.neo4j_cache`), and :func:`records_ahead` takes
them from there when they are of the graph the store holds now.
"""
from __future__ import annotations

import logging
import pickle
import queue
import threading
from typing import Iterator, Sequence

from ..parallel import default_workers
from .neo4j_cache import RecordsCache
from .neo4j_mapping import DocumentRecords
from .neo4j_records import document_records
from .store import StoreError

log = logging.getLogger("govkg.graph.neo4j")

#: Most documents per hand-over from a reading process (the first hand-overs hold 1, 2, 4 …).
CHUNK = 32
#: Documents whose kept records are fetched from the records file at a time.
KEPT_CHUNK = 256


def reading_processes(cores: int | None = None) -> int:
    """How many processes read the records, on a machine with ``cores`` cores (default: the ones this
    process may use, :func:`govkg.parallel.default_workers`).

    Reading a document takes about as long as writing it when both have a core of their own, so
    there two readers keep the writes from waiting. On two cores they do not: the server and the
    loader need them too, and a second reader only made every process slower (7,200 documents
    on 2 cores, four loads each way: 31.6–32.5 s with one reader, 32.9–35.0 s with two).

    >>> reading_processes(2), reading_processes(8)
    (1, 2)
    """
    if cores is None:
        cores = default_workers()
    return 1 if cores <= 2 else 2


def records_ahead(store, documents: Sequence[str], depth: int,
                  hashes: dict[str, str] | None = None) -> Iterator[DocumentRecords]:
    """The records of ``documents`` in their order: from the build's records file for each document
    kept there with its hash in ``hashes`` (what the store holds now), read from the store (by
    :func:`read_ahead`) for the others."""
    kept_file = RecordsCache.of(store, read_only=True) if hashes else None
    kept = kept_file.matching({d: hashes[d] for d in documents if d in hashes}) if kept_file else set()
    if not kept:
        if kept_file is not None:
            kept_file.close()
        return read_ahead(store, documents, depth)
    log.info("%d of %d documents' records come from %s", len(kept), len(documents), kept_file.path)
    return _kept_or_read(store, documents, depth, hashes, kept_file, kept)


def _kept_or_read(store, documents, depth, hashes, kept_file, kept) -> Iterator[DocumentRecords]:
    read = read_ahead(store, [d for d in documents if d not in kept], depth)
    try:
        for at in range(0, len(documents), KEPT_CHUNK):
            part = documents[at:at + KEPT_CHUNK]
            found = kept_file.records({d: hashes[d] for d in part if d in kept})
            for doc in part:
                if doc in found:
                    yield found[doc]
                elif doc in kept:       # gone from the file since it was listed (a build in between)
                    yield document_records(store, doc)
                else:
                    yield next(read)
    finally:
        read.close()
        kept_file.close()


def read_ahead(store, documents: Sequence[str], depth: int) -> Iterator[DocumentRecords]:
    """``document_records`` of each document, read up to ``depth`` documents ahead (module docstring)."""
    path = getattr(store, "path", None)
    if getattr(store, "read_only", False) and path is not None and len(documents) > CHUNK:
        return _read_in_process(str(path), documents, depth, reading_processes())
    return _read_in_thread(store, documents, depth)


def _chunks(documents: Sequence[str]) -> Iterator[Sequence[str]]:
    start, size = 0, 1
    while start < len(documents):
        yield documents[start:start + size]
        start += size
        size = min(2 * size, CHUNK)


# -- in a process of its own -------------------------------------------------------------

def _read_in_process(path: str, documents: Sequence[str], depth: int, readers: int) -> Iterator[DocumentRecords]:
    """Records read by ``readers`` child processes (:func:`serve`; chunk ``i`` by child ``i % readers``),
    received in order by a thread into a bounded queue.

    Plain ``python -c`` children, not :mod:`multiprocessing`: a spawned worker
    re-imports the caller's main script, which a library cannot ask of its callers.
    """
    import subprocess
    import sys
    from pathlib import Path

    # this very govkg, first on the path: ``python -c`` would put the working directory first, and
    # another checkout of govkg there would be imported instead
    here = str(Path(__file__).resolve().parents[2])
    code = ("import sys; sys.path.insert(0, sys.argv[2]); from govkg.graph.neo4j_reading import serve; "
            "sys.exit(serve(sys.argv[1]))")
    chunks = list(_chunks(documents))
    readers = max(1, min(readers, len(chunks)))
    children = [subprocess.Popen([sys.executable, "-c", code, path, here], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE) for _ in range(readers)]
    ahead: queue.Queue = queue.Queue(maxsize=max(1, depth // CHUNK))
    stop = threading.Event()

    def put(item) -> None:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def receive():
        try:
            for i in range(len(chunks)):
                if stop.is_set():
                    return
                kind, payload = pickle.load(children[i % readers].stdout)
                put((kind, payload))
                if kind != "records":
                    return
            put(("done", None))
        except BaseException as exc:    # a child that died: raised in the loading thread
            put(("error", f"the process reading the store stopped ({type(exc).__name__}: {exc})"))

    receiver = threading.Thread(target=receive, name="govkg-neo4j-read-ahead", daemon=True)
    try:
        for j, child in enumerate(children):
            try:
                pickle.dump(chunks[j::readers], child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
                child.stdin.close()
            except OSError as exc:      # it died at once (its error is on stderr)
                raise StoreError(f"could not start a process reading store {path}: {exc}") from None
        receiver.start()
        while True:
            kind, payload = ahead.get()
            if kind == "done":
                return
            if kind == "error":
                raise StoreError(f"reading the records of store {path}: {payload}")
            yield from payload
    finally:
        stop.set()
        for child in children:
            if child.poll() is None:
                child.kill()
            child.wait()
        if receiver.is_alive():
            receiver.join()
        for child in children:
            child.stdout.close()


def serve(path: str) -> int:
    """A child's side: read its chunks of documents from stdin, then write their records to stdout,
    pickled, a chunk at a time (``("records", [...])``), or ``("error", message)`` on failure."""
    import sys

    from .store import open_store

    out = sys.stdout.buffer
    try:
        chunks = pickle.load(sys.stdin.buffer)
        store = open_store(path, read_only=True)
        for chunk in chunks:
            pickle.dump(("records", [document_records(store, doc) for doc in chunk]), out,
                        protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
    except BrokenPipeError:             # the loader stopped reading: nothing to tell it
        return 0
    except Exception as exc:
        pickle.dump(("error", f"{type(exc).__name__}: {exc}"), out)
        out.flush()
        return 1
    return 0


# -- in a thread ----------------------------------------------------------------------------

def _read_in_thread(store, documents: Sequence[str], depth: int) -> Iterator[DocumentRecords]:
    ahead: queue.Queue = queue.Queue(maxsize=max(1, depth))
    stop = threading.Event()
    done = object()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read():
        try:
            for doc in documents:
                if not put(document_records(store, doc)):
                    return
        except BaseException as exc:    # handed to the loading thread, raised there
            put(exc)
            return
        put(done)

    reader = threading.Thread(target=read, name="govkg-neo4j-read-ahead", daemon=True)
    reader.start()
    try:
        while (item := ahead.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        reader.join()
