"""Reading the next documents' records while the current ones are written to Neo4j.

Why a process: the writes wait on the server most of the time, so reading the
next records in a thread looked free; but reading holds the GIL (pyoxigraph
does not release it while it answers a query), and each answer from the
server then waited for the reader's turn. On 1,000 documents the writes alone
took 7.7 s, the reading 6 s of CPU, and the two in threads of one process
15.7 s. A read-only on-disk store can be opened by any number of processes,
so there the records are read by one child process (started afresh, never
forked: the driver has threads) and handed over pickled, a few dozen documents
at a time. Other stores (in memory, a SPARQL server) are read by a thread.

Either way the records come in the order of ``documents``, at most ``depth``
documents ahead of the writes, and an error while reading is raised in the
loading thread.
"""
from __future__ import annotations

import logging
import pickle
import queue
import threading
from collections import deque
from typing import Iterator, Sequence

from .neo4j_mapping import DocumentRecords
from .neo4j_records import document_records
from .store import StoreError

log = logging.getLogger("govkg.graph.neo4j")

#: Most documents per hand-over from the reading process (the first hand-overs hold 1, 2, 4 …).
CHUNK = 32


def read_ahead(store, documents: Sequence[str], depth: int) -> Iterator[DocumentRecords]:
    """``document_records`` of each document, read up to ``depth`` documents ahead (module docstring)."""
    path = getattr(store, "path", None)
    if getattr(store, "read_only", False) and path is not None and len(documents) > CHUNK:
        return _read_in_process(str(path), documents, depth)
    return _read_in_thread(store, documents, depth)


def _chunks(documents: Sequence[str]) -> Iterator[Sequence[str]]:
    start, size = 0, 1
    while start < len(documents):
        yield documents[start:start + size]
        start += size
        size = min(2 * size, CHUNK)


# -- in a process of its own -------------------------------------------------------------

def _read_in_process(path: str, documents: Sequence[str], depth: int) -> Iterator[DocumentRecords]:
    """Records read by a child process (:func:`serve`), received by a thread into a bounded queue.

    A plain ``python -c`` child, not :mod:`multiprocessing`: a spawned worker
    re-imports the caller's main script, which a library cannot ask of its callers.
    """
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = dict(os.environ)
    here = str(Path(__file__).resolve().parents[2])      # the folder holding this govkg package
    env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
    child = subprocess.Popen([sys.executable, "-c", "import sys; from govkg.graph.neo4j_reading import serve; "
                              "sys.exit(serve(sys.argv[1]))", path],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
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
            while not stop.is_set():
                kind, payload = pickle.load(child.stdout)
                put((kind, payload))
                if kind != "records":
                    return
        except BaseException as exc:    # a child that died: raised in the loading thread
            put(("error", f"the process reading the store stopped ({type(exc).__name__}: {exc})"))

    receiver = threading.Thread(target=receive, name="govkg-neo4j-read-ahead", daemon=True)
    try:
        pickle.dump(list(documents), child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        child.stdin.close()
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
        if child.poll() is None:
            child.kill()
        child.wait()
        if receiver.is_alive():
            receiver.join()
        child.stdout.close()


def serve(path: str) -> int:
    """The child's side: read the list of documents from stdin, then write their records to stdout,
    pickled, a chunk at a time; ``("done", None)`` at the end, ``("error", message)`` on failure."""
    import sys

    from .store import open_store

    out = sys.stdout.buffer
    try:
        documents = pickle.load(sys.stdin.buffer)
        store = open_store(path, read_only=True)
        for chunk in _chunks(documents):
            pickle.dump(("records", [document_records(store, doc) for doc in chunk]), out,
                        protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
    except BrokenPipeError:             # the loader stopped reading: nothing to tell it
        return 0
    except Exception as exc:
        pickle.dump(("error", f"{type(exc).__name__}: {exc}"), out)
        out.flush()
        return 1
    pickle.dump(("done", None), out)
    out.flush()
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
