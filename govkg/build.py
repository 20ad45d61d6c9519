"""Build the graph: files → extractions → one named graph per document in the store.

Documents are written a few at a time, each whole or not at all, so a crash
or Ctrl-C leaves whole documents only, and every document reported stored is
stored; a bad file is reported and skipped while the rest of the batch goes
on; a lock keeps two builds from writing one store at once.
"""
from __future__ import annotations

import contextlib
import dataclasses
import errno
import signal
import threading
import time
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Callable, Iterable

from filelock import FileLock, Timeout

from .graph.neo4j_cache import RecordsCache, records_of_text
from .graph.store import RdfStore, StoreError
from .loaders.pipeline import Extractor
from .loaders.read import ReadError, canonical_url, file_hash, iter_inputs, read
from .loaders.hierarchy import document_regions, region_hierarchy
from .loaders.to_rdf import build_triples, to_ntriples
from .ontology.namespace import document_iri
from .sources import key_id, printable_path, source_id, source_path  # noqa: F401  (source_id: re-exported)
from .parallel import SerialRunner
from .types import Extraction, RawText


@dataclass(frozen=True)
class DocumentResult:
    path: str
    doc_iri: str
    entities: int
    relations: int
    metrics: int
    dates: int
    chars: int
    cut: int = 0       #: pieces of stretches over MAX_SENTENCE characters without sentence punctuation


@dataclass(frozen=True)
class Unchanged:
    """A file whose bytes and extractor are those its stored document came from: left as stored."""

    path: str
    doc_iri: str


@dataclass
class BuildReport:
    built: list[DocumentResult] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)   #: (path, problem)
    unchanged: list[Unchanged] = field(default_factory=list)       #: left as stored, not extracted again

    @property
    def ok(self) -> bool:
        return not self.skipped


class StoreBusy(StoreError):
    pass


def store_lock(store: RdfStore, timeout: float = 30) -> FileLock | None:
    """An exclusive lock beside an on-disk store (None for a memory store)."""
    if store.path is None:
        return None
    return FileLock(str(store.path) + ".lock", timeout=timeout)


def build(
    paths: Iterable[str | Path],
    store: RdfStore,
    extractor: Extractor | None = None,
    on_document: Callable[[str, "DocumentResult | Unchanged | None", str | None], None] | None = None,
    include: tuple[str, ...] | None = None,
    exclude: tuple[str, ...] = (),
    lock_timeout: float = 30,
    doc_id: str | None = None,
    follow_links: bool = False,
    runner=None,
    everything: bool = False,
    on_compact: Callable[[int], None] | None = None,
) -> BuildReport:
    """Read, extract and store every file under ``paths``; returns what was built and skipped.

    A file whose bytes and extractor (``gk:sourceHash``, ``gk:extractorHash``)
    are those of its stored document is left as stored, not read or extracted
    again (``report.unchanged``), unless ``everything``.

    ``on_document(path, result, problem)`` is called after each file (for
    progress bars); ``result`` is a :class:`DocumentResult`, an :class:`Unchanged`,
    or None with the ``problem``. A build that wrote a large share of the store compacts it at the
    end (:func:`worth_compacting`); ``on_compact(documents written)`` is called first.
    Each document's identity is its source (:func:`source_id`); ``doc_id``
    gives it instead, for a build of one file. Symbolic links in a folder that
    lead out of it are not followed unless ``follow_links`` (each is reported as skipped).

    ``runner`` (:func:`govkg.parallel.open_runner`) extracts elsewhere (worker
    processes, a Dask cluster); results come back in input order and this
    process alone writes, so the store ends up the same as a serial build's.
    """
    report = BuildReport()
    kwargs = {"include": include} if include else {}
    links: list[tuple[Path, str]] = []
    files = iter_inputs([Path(p) for p in paths], exclude=exclude, follow_links=follow_links,
                        skipped=links, **kwargs)
    if doc_id is not None and len(files) != 1:
        raise ValueError(f"a document id can name one file, but {len(files)} files were given")
    for file, problem in links:
        report.skipped.append((printable_path(file), problem))
        if on_document:
            on_document(printable_path(file), None, problem)
    lock = store_lock(store, lock_timeout)
    try:
        if lock:
            lock.acquire()
    except Timeout as exc:
        raise StoreBusy(f"store {store.path} is being written by another govkg process (waited {lock_timeout:.0f} s)") from exc
    runner = runner or SerialRunner(extractor or Extractor())
    fingerprint = None if everything else _fingerprint(runner.extractor)
    records = RecordsCache.of(store)            # each document's Neo4j records, beside an on-disk store
    jobs = _jobs(files, store, doc_id, fingerprint, records is not None)
    batch = _Batch(store, report, on_document, records, expected=len(files))
    try:
        try:
            with contextlib.closing(runner.map(jobs)) as results:   # closing: a Ctrl-C cancels what is queued
                for out in results:
                    batch.add(out)
                    if batch.due():
                        batch.write()
        finally:
            # what was extracted is stored, on Ctrl-C or a worker's failure too (a batch can hold
            # half a minute of work); after a failed write the batch is empty and this does nothing
            batch.write()
        try:
            store.flush()
        except OSError as exc:
            raise StoreError(f"cannot write store {store.path}: {_disk_problem(exc)}") from exc
        if worth_compacting(len(report.built), store):
            if on_compact:
                on_compact(len(report.built))
            store.optimize()
    finally:
        if records is not None:
            records.close()
        if lock:
            lock.release()
    return report


#: A build compacts the store (``RdfStore.optimize``) when it wrote at least this many documents and
#: this share of the store's: compacting costs time in proportion to the whole store (30 s for 10,000
#: documents), so a build adding 1 % to an archive leaves it to the store's own background work.
COMPACT_MIN_DOCUMENTS = 200
COMPACT_SHARE = 0.2


def worth_compacting(written: int, store: RdfStore) -> bool:
    """Whether a build that wrote ``written`` documents should compact ``store`` (see :data:`COMPACT_SHARE`).

    ``written`` counts the documents built, also those whose graph came out the same (the store then
    writes nothing), so ``--all`` over an unchanged archive compacts it too. A Ctrl-C waits for the
    compaction (RocksDB's call does not return to Python before it is done)."""
    return (store.compacts and written >= COMPACT_MIN_DOCUMENTS
            and written >= COMPACT_SHARE * len(store.documents()))


#: Files whose stored documents are looked up in one query (a build reads them as it goes).
LOOKUP_CHUNK = 1000


def stored_sources(store: RdfStore, sources: Iterable[str]) -> dict[str, set[tuple[str, str, str]]]:
    """For each of ``sources`` (source paths) that the store has: (document IRI, source hash, extractor
    hash) of the documents built from it; documents stored before builds stated both hashes are left
    out (they are built again)."""
    import pyoxigraph as ox

    rows = store.select("SELECT ?d ?p ?s ?x WHERE { ?d gk:sourcePath ?p ; gk:sourceHash ?s ; gk:extractorHash ?x }",
                        {"p": [ox.Literal(source) for source in sources]})
    found: dict[str, set[tuple[str, str, str]]] = {}
    for r in rows:
        found.setdefault(r["p"], set()).add((r["d"], r["s"], r["x"]))
    return found


def _fingerprint(extractor: Extractor | None) -> str | None:
    """The hash a build's extractor states (``processes``/``dask`` runners without one: the default
    extractor's); None for an extractor that has none (a wrapper of the caller's), which states none."""
    if extractor is not None:
        return getattr(extractor, "fingerprint", None)
    from .loaders.resources import load_resources

    return Extractor.fingerprint_of(load_resources())


def _jobs(files: list[Path], store: RdfStore, doc_id: str | None, fingerprint: str | None, records: bool = False):
    """Each file as a :class:`Job`, or as :class:`Unchanged` when the store has its document from these
    very bytes and this extractor, under the identity this build gives it (:func:`_unchanged_iri`).

    Two files with one canonical URL are one document, and in a full rebuild the later one's
    graph is what stays; so a file is not left unchanged when an earlier file of this build,
    extracted again, names the same document. The store is asked about a chunk of files at a time."""
    claimed: set[str] = set()       # documents of files extracted in this build, known by canonical URL
    for start in range(0, len(files), LOOKUP_CHUNK):
        chunk = [(file, printable_path(file), source_path(file)) for file in files[start:start + LOOKUP_CHUNK]]
        stored = stored_sources(store, [source for _, _, source in chunk]) if fingerprint else {}
        for file, path, source in chunk:
            kept = _unchanged_iri(file, source, doc_id, stored.get(source), fingerprint)
            if kept is not None and kept not in claimed:
                yield Unchanged(path, kept)
                continue
            if fingerprint and doc_id is None and (url := canonical_url(file)):
                claimed.add(document_iri(key_id(url)))
            yield Job(path, str(file), source, doc_id, records=records)


def _unchanged_iri(file: Path, source: str, doc_id: str | None, documents, fingerprint: str | None) -> str | None:
    """The stored document ``file`` would give again, if there is one: same bytes, same extractor, and
    the identity :func:`source_id` gives (the id given, else the page's canonical URL, else the path).
    The bytes are hashed only when the store knows the file; a page is parsed for its canonical URL only
    when its document is not known by its path."""
    if not documents or not fingerprint:
        return None
    digest = file_hash(file)
    same = {iri for iri, source_hash, extractor_hash in documents
            if source_hash == digest and extractor_hash == fingerprint}
    if not same:
        return None
    if doc_id:
        expected = document_iri(doc_id)
    elif (by_path := document_iri(key_id(source))) in same:
        return by_path
    else:
        url = canonical_url(file)
        expected = document_iri(key_id(url)) if url else None
    return expected if expected in same else None


#: A batch of extracted documents is written when it holds this many documents,
#: this many characters of N-Triples, or its first document has waited this long.
#: The first batches are smaller (1, 2, 4 … documents), so that the first
#: documents are stored, and shown, at once.
#:
#: Why so many: each batch is one RocksDB ingestion, and every few ingestions
#: RocksDB merges them into the level below, rewriting it (the keys are hashes,
#: so every ingestion overlaps all of it). That merge runs in RocksDB's own
#: threads, beside the extraction, and its cost per ingestion grows with the
#: store. Measured writing 2,000 generated documents at a build's pace (18 a
#: second): batches of ~16 (what a one-second limit gave) cost 40 ms of
#: compaction CPU a document, 250 cost 17 ms, 500 cost 9.5 ms; in a 2-worker
#: build the compaction took more CPU than the writer itself and starved the
#: workers. What a batch costs in waiting is covered: the runners keep the
#: workers fed while a batch is written, and on Ctrl-C the extracted documents
#: are stored before the build stops.
BATCH_DOCUMENTS = 512
#: Near the end of the input a batch holds at most a third of the documents still to come (and at
#: least this many): the last batch is written after the last extraction, with the workers idle,
#: so a build of 1,000 documents no longer ends on a write of ~490 documents (9 s on 2 cores).
TAIL_BATCH_DOCUMENTS = 32
BATCH_CHARS = 64_000_000
BATCH_SECONDS = 30.0


class _Batch:
    """Extracted documents (and files that failed), in input order, until they are written together.

    Writing several documents at once is what makes the store fast (see
    :meth:`~govkg.graph.oxigraph_store.OxigraphStore.replace_documents`); each document is
    still stored whole or not at all, one the store refuses is skipped alone, and
    a document is counted (``on_document``) only once it is stored. A Ctrl-C while
    documents wait here drops them, unstored and uncounted, like queued work.
    """

    def __init__(self, store: RdfStore, report: BuildReport, on_document, records: RecordsCache | None = None,
                 expected: int | None = None):
        self.store, self.report, self.on_document, self.records = store, report, on_document, records
        self.items: list[Extracted | Unchanged] = []    # in input order; files left unchanged wait behind
        self.extracted = 0      # … the extracted ones, which alone count towards the batch's size
        self.chars = 0
        self.started = 0.0
        self.limit = 1          # documents in the next batch; doubles up to BATCH_DOCUMENTS
        self.expected = expected    # how many results the build will hand in, when known
        self.seen = 0

    def add(self, out: "Extracted | Unchanged") -> None:
        self.seen += 1
        if isinstance(out, Unchanged) and not self.items:    # nothing before it waits: counted at once
            self._report(out, None)
            return
        if not self.items:
            self.started = time.monotonic()
        self.items.append(out)
        self.extracted += isinstance(out, Extracted)
        self.chars += len(getattr(out, "ntriples", None) or "")

    def _report(self, out: "Extracted | Unchanged", problem: str | None) -> None:
        if isinstance(out, Unchanged):
            self.report.unchanged.append(out)
            result = out
        elif problem is None:
            self.report.built.append(out.summary)
            result = out.summary
        else:
            self.report.skipped.append((out.path, problem))
            result = None
        if self.on_document:
            self.on_document(out.path, result, problem)

    def due(self) -> bool:
        return (self.extracted >= self.limit or self.chars >= BATCH_CHARS
                or time.monotonic() - self.started >= BATCH_SECONDS)

    def write(self) -> None:
        items, self.items, self.chars, self.extracted = self.items, [], 0, 0
        self.limit = min(2 * self.limit, BATCH_DOCUMENTS)
        if self.expected is not None:   # the last batches shrink: the workers are idle while the last is written
            self.limit = min(self.limit, max(TAIL_BATCH_DOCUMENTS, (self.expected - self.seen) // 3))
        docs = [out for out in items if isinstance(out, Extracted) and out.problem is None]
        # Ctrl-C waits for the write and its bookkeeping: a document
        # counted as stored is stored, and one stored is counted.
        with deferred_interrupt():
            try:
                problems = self.store.replace_documents([(out.iri, out.ntriples) for out in docs]) if docs else []
            except StoreError as exc:
                if isinstance(exc.__cause__, OSError):   # the disk, not the documents: the next write would fail too
                    more = f" (and {len(docs) - 1} more)" if len(docs) > 1 else ""
                    raise StoreError(f"cannot store {docs[0].path}{more} in {self.store.location}: "
                                     f"{_disk_problem(exc.__cause__)}") from exc
                raise
            refused = {id(out): problem for out, problem in zip(docs, problems)}
            if self.records is not None:      # the Neo4j records of the documents stored
                self.records.keep((out.iri, *out.records) for out in docs
                                  if out.records and refused.get(id(out)) is None)
            for out in items:
                problem = getattr(out, "problem", None)
                if problem is None and refused.get(id(out)) is not None:
                    exc = refused[id(out)]
                    problem = f"cannot be stored: {exc.__cause__ or exc}"
                self._report(out, problem)


@dataclass(frozen=True)
class Job:
    """One file to extract, as a worker gets it (picklable)."""

    path: str                   #: as printed in messages
    file: str                   #: the file to read
    source: str                 #: its name in the store (:func:`source_path`, from the builder's folder)
    doc_id: str | None = None
    raw: RawText | None = None  #: the text, when the builder read it (workers that cannot see the file)
    records: bool = False       #: fold the graph into its Neo4j records too (an on-disk store keeps them)


@dataclass(frozen=True)
class Extracted:
    """What a worker hands back for one document (picklable): its N-Triples and summary, or its problem."""

    path: str
    iri: str | None = None
    ntriples: str | None = None
    summary: DocumentResult | None = None
    problem: str | None = None
    records: tuple[str, bytes] | None = None   #: (graph hash, Neo4j records) (:mod:`govkg.graph.neo4j_cache`)


def with_text(job: Job) -> Job | Extracted:
    """The job with its file read (for workers that cannot see it), or the reading problem."""
    try:
        return dataclasses.replace(job, raw=dataclasses.replace(read(Path(job.file)), source=job.source))
    except ReadError as exc:
        return Extracted(job.path, problem=exc.problem)


def extract_job(job: Job, extractor: Extractor) -> Extracted:
    """Read and extract one file; a bad file or an extractor bug gives its problem instead."""
    try:
        raw = job.raw or dataclasses.replace(read(Path(job.file)), source=job.source)
        x, iri, ntriples = _extract(raw, extractor, job.doc_id)
        return Extracted(job.path, iri, ntriples, summarize(x, iri),
                         records=records_of_text(iri, ntriples) if job.records else None)
    except ReadError as exc:
        return Extracted(job.path, problem=exc.problem)
    except Exception as exc:  # an extractor bug must not stop the batch
        return Extracted(job.path, problem=f"extraction failed: {type(exc).__name__}: {exc}")


def _disk_problem(err: OSError) -> str:
    """RocksDB's long "IO error: … While appending to file: …" as the short phrase that matters."""
    text = str(err)
    if err.errno == errno.ENOSPC or "no space left" in text.lower():
        return "no space left on device"
    return text


def add_document(raw, store: RdfStore, extractor: Extractor, doc_id: str | None = None) -> DocumentResult:
    """Extract one read text and replace its document graph in one transaction.

    A text read from a file is stored under :func:`source_path` and identified by :func:`source_id`.
    """
    if not raw.source.startswith("<"):
        raw = dataclasses.replace(raw, source=source_path(raw.source))
    x, iri, ntriples = _extract(raw, extractor, doc_id)
    store.replace_document(iri, ntriples)
    return summarize(x, iri)


def _extract(raw, extractor: Extractor, doc_id: str | None = None) -> tuple[Extraction, str, str]:
    x = extractor.extract(raw, source_id(raw, doc_id))
    iri = document_iri(x.document.doc_id)
    hierarchy = region_hierarchy(document_regions(x), extractor.resources.gazetteer)
    fingerprint = getattr(extractor, "fingerprint", None)      # a wrapper of the caller's may have none
    return x, iri, to_ntriples(x, chain(hierarchy, build_triples(x, raw.source_hash, fingerprint)))


@contextlib.contextmanager
def deferred_interrupt():
    """Hold a Ctrl-C (SIGINT) that arrives inside the block until the block is done.

    Without this a KeyboardInterrupt raised just after a write returned would
    leave a stored document uncounted. Only the main thread can take signals;
    elsewhere (or when Python does not own the handler) this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    if previous is None or previous is signal.SIG_IGN:
        yield
        return
    received = []
    signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received:
            if callable(previous):
                previous(signal.SIGINT, None)       # default_int_handler raises KeyboardInterrupt
            else:                                   # SIG_DFL
                raise KeyboardInterrupt


def summarize(x: Extraction, iri: str) -> DocumentResult:
    cut = sum(1 for s in x.sentences if s.cut)
    return DocumentResult(x.document.source, iri, len(x.entities), len(x.relations), len(x.metrics),
                          len(x.dates), len(x.document.text), cut)


def remove(store: RdfStore, doc: str) -> bool:
    """Remove one document's facts by its IRI, id, canonical URL or source path (relative or absolute).

    Every stored document with that source goes (also copies left by builds
    before a document's identity was its source). A path that is not valid
    UTF-8 (as the OS hands it over, with lone surrogates) is matched as
    :func:`printable_path` stored it. An IRI that is not valid raises ValueError.
    """
    doc = printable_path(doc)
    candidates = {doc, document_iri(doc)}
    if doc.startswith(("http://", "https://")):
        import pyoxigraph as ox

        try:
            ox.NamedNode(doc)
        except ValueError as exc:
            raise ValueError(f"{doc!r} is not a valid IRI ({exc})") from None
        candidates.add(document_iri(key_id(doc)))          # a canonical URL
    else:
        key = source_path(doc)
        candidates.add(document_iri(key_id(key)))
        for path in {doc, key}:
            rows = store.select("SELECT ?d ?p WHERE { ?d gk:sourcePath ?p }", {"p": _literal(path)})
            candidates.update(r["d"] for r in rows)
    stored = set(store.documents())
    removed = [store.remove_document(c) for c in sorted(candidates & stored)]
    return any(removed)


def _literal(value: str):
    import pyoxigraph as ox

    return ox.Literal(value)
