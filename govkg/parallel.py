"""Where extraction runs: in this process, in a pool of worker processes, or on a Dask cluster.

One interface, implementations chosen by name (as the stores are, in
:func:`govkg.graph.store.open_store`): :func:`open_runner` gives a runner
whose ``map(jobs)`` yields one :class:`~govkg.build.Extracted` per
:class:`~govkg.build.Job`, **in input order**, so the one writer (the
caller) stores documents in the same order as a serial build. Anything else
among the jobs (an :class:`~govkg.build.Unchanged` file) is handed back as it
is, in its place.

- ``serial``: this process, with the extractor given (the default for one file or ``--workers 1``).
- ``processes:N``: N worker processes (spawned, so no RocksDB or ONNX Runtime
  threads are forked); each loads the extractor once, with ONNX Runtime held
  to one thread (N processes on N cores, not N × cores threads).
- ``dask:ADDRESS`` (or ``tcp://…``): the workers of a running ``dask.distributed``
  cluster. The parent reads each file and sends its text, so the workers need
  govkg installed but not the files.

Workers ignore Ctrl-C (the parent stops between documents and cancels what is
queued) and exit when the parent dies.
"""
from __future__ import annotations

import collections
import math
import os
import signal
import threading
from dataclasses import dataclass
from typing import Iterable, Iterator


@dataclass(frozen=True)
class ExtractorSettings:
    """What a worker needs to build the same extractor as the parent's (picklable)."""

    data_dir: str | None = None
    use_ner: bool = True
    ner_threads: int | None = 1

    @classmethod
    def of(cls, extractor) -> "ExtractorSettings":
        r = extractor.resources if extractor is not None else None
        return cls(str(r.data_dir) if r is not None and r.data_dir else None, r.use_ner if r is not None else True)

    def extractor(self):
        from .loaders.pipeline import Extractor
        from .loaders.resources import load_resources

        return Extractor(load_resources(self.data_dir, self.use_ner, ner_threads=self.ner_threads))


_EXTRACTORS: dict = {}      # one per settings, per worker process

#: Workers (processes or Dask) run this much nicer than the rest: the one writer is what they
#: wait for (they keep a window of documents in flight), so on a machine with as many workers
#: as cores the writer should get a core when it has a batch, not a third of one.
WORKER_NICENESS = 5


def _worker_extractor(settings: ExtractorSettings):
    if settings not in _EXTRACTORS:
        if not _EXTRACTORS and hasattr(os, "nice"):    # this process's first task; os.nice is not on Windows
            os.nice(WORKER_NICENESS)
        _EXTRACTORS[settings] = settings.extractor()
    return _EXTRACTORS[settings]


def run_job(job, settings: ExtractorSettings):
    """A task on a worker: read (unless the text came along) and extract one document."""
    from .build import extract_job

    return extract_job(job, _worker_extractor(settings))


#: A cgroup (v2) CPU quota, as a container sees its own: "200000 100000" allows 2 CPUs, "max" no limit.
CGROUP_CPU_MAX = "/sys/fs/cgroup/cpu.max"


def default_workers(cpu_max: str = CGROUP_CPU_MAX) -> int:
    """The cores this process may run on: the ones it may be scheduled on, or fewer when its cgroup's
    quota allows fewer (a container started with ``--cpus 2`` on a larger host sees all the host's
    cores, and as many workers would only take turns), rounded up."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:      # macOS, Windows
        cores = os.cpu_count() or 1
    quota = cgroup_cpu_quota(cpu_max)
    return cores if quota is None else max(1, min(cores, math.ceil(quota)))


def cgroup_cpu_quota(cpu_max: str = CGROUP_CPU_MAX) -> float | None:
    """The CPUs a cgroup ``cpu.max`` file allows; None when it allows all of them or cannot be read.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "cpu.max"
    >>> _ = path.write_text("150000 100000")
    >>> cgroup_cpu_quota(str(path))
    1.5
    >>> _ = path.write_text("max 100000")
    >>> cgroup_cpu_quota(str(path)), cgroup_cpu_quota(str(path.parent / "none"))
    (None, None)
    """
    try:
        with open(cpu_max, encoding="ascii") as file:
            quota, period = file.read().split()[:2]
        return None if quota == "max" else int(quota) / int(period)
    except (OSError, ValueError):
        return None


class SerialRunner:
    """Extract in this process, with the caller's extractor."""

    name = "serial"
    workers = 1

    def __init__(self, extractor=None):
        self.extractor = extractor

    def map(self, jobs: Iterable) -> Iterator:
        from .build import Job, extract_job
        from .loaders.pipeline import Extractor

        self.extractor = self.extractor or Extractor()
        for job in jobs:
            yield extract_job(job, self.extractor) if isinstance(job, Job) else job

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


#: Documents extracted ahead while the writer stores a batch: what two workers
#: extract in about seven seconds, longer than a full batch takes to write
#: (~10 ms a document). Their N-Triples wait in memory (~130 KB each).
WRITE_AHEAD = 128


class _Windowed(SerialRunner):
    """Keeps jobs in flight and hands results back in input order.

    Enough of them that the workers keep extracting while the writer stores a
    batch of documents (up to 512, a few seconds of writing; see
    :data:`govkg.build.BATCH_DOCUMENTS`): 16 per worker and :data:`WRITE_AHEAD`
    more. With a few per worker, as before, they ran dry and waited for every write.
    Jobs go to the workers ``chunk`` at a time (one task extracts that many documents
    in a row), which a runner whose every task costs scheduling sets above one.
    """

    chunk = 1

    def _prepare(self, job):
        """The job as it is sent, or what stands in its place when it cannot be (a problem)."""
        return job

    def _submit(self, jobs: list):
        """A future of the results of ``jobs``, a list in their order."""
        raise NotImplementedError

    def _cancel(self, futures) -> None:
        for f in futures:
            f.cancel()

    def map(self, jobs: Iterable) -> Iterator:
        from .build import Job

        window: collections.deque = collections.deque()   # a chunk under way (_Sent) or a result already there
        size = 16 * self.workers + WRITE_AHEAD
        running = 0         # documents in the window (what is already done, such as an unchanged file, is not)
        pending: list = []  # jobs waiting to fill a chunk
        try:
            for job in jobs:
                item = self._prepare(job) if isinstance(job, Job) else job
                if isinstance(item, Job):
                    pending.append(item)
                    if len(pending) < self.chunk:
                        continue
                    item, pending = self._send(pending), []
                elif pending:        # a result already there keeps its place after the jobs before it
                    window.append(self._send(pending))
                    running += len(pending)
                    pending = []
                window.append(item)
                running += _running(item)
                while window and (running >= size or not _running(window[0])):
                    running -= _running(window[0])
                    yield from self._results(window.popleft())
            if pending:
                window.append(self._send(pending))
            while window:
                yield from self._results(window.popleft())
        finally:            # Ctrl-C or an error in the writer: drop what is queued
            self._cancel([item.future for item in window if isinstance(item, _Sent)])

    def _send(self, jobs: list) -> "_Sent":
        return _Sent(self._submit(jobs), len(jobs))

    def _results(self, item) -> list:
        return item.future.result() if isinstance(item, _Sent) else [item]


@dataclass(frozen=True)
class _Sent:
    """A chunk of jobs under way on the workers: the future of their results, and how many."""

    future: object
    size: int


def _running(item) -> int:
    """How many documents a window item has under way: a chunk's size, or 0 for a result already there."""
    return item.size if isinstance(item, _Sent) else 0


def run_jobs(jobs: list, settings: ExtractorSettings) -> list:
    """A task on a worker: extract each of ``jobs`` in turn (a bad one gives its problem, as alone)."""
    return [run_job(job, settings) for job in jobs]


class ProcessRunner(_Windowed):
    """A pool of worker processes on this machine."""

    name = "processes"

    def __init__(self, extractor=None, workers: int | None = None):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.extractor = extractor
        self.workers = max(1, workers or default_workers())
        self.settings = ExtractorSettings.of(extractor)
        self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_init_worker, initargs=(os.getpid(), self.settings))

    def _submit(self, jobs: list):
        return self._pool.submit(run_jobs, jobs, self.settings)

    def _results(self, item) -> list:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return super()._results(item)
        except BrokenProcessPool as exc:
            raise RunnerError(f"a worker process died ({exc}); run again with --workers 1 "
                              "to find the document that kills it") from exc

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner(_Windowed):
    """The workers of a running dask.distributed cluster (``tcp://host:8786``)."""

    name = "dask"

    def __init__(self, extractor=None, address: str | None = None, timeout: float = 10):
        try:
            from dask.distributed import Client
        except ImportError:
            raise RunnerError("--scheduler needs Dask: pip install 'govkg[dask]'") from None
        self.extractor = extractor
        self.settings = ExtractorSettings.of(extractor)
        try:
            self._client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise RunnerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        self.workers = max(1, sum(w.get("nthreads", 1) for w in self._client.scheduler_info()["workers"].values()))

    #: Documents per task. Each task costs the scheduler, the nanny and two messages (about
    #: 5 ms of the 2-core machine's CPU in all); eight documents are about half a second of work.
    chunk = 8

    def _prepare(self, job):
        from .build import with_text

        return with_text(job)            # the workers need not see the files; one that cannot be read is its problem

    def _submit(self, jobs: list):
        return self._client.submit(run_jobs, jobs, self.settings, pure=False)

    def _cancel(self, futures) -> None:
        if futures:
            self._client.cancel(futures)

    def close(self) -> None:
        self._client.close()


class RunnerError(RuntimeError):
    """Extraction could not run where it was asked to; the message says why."""


def _init_worker(parent: int, settings: ExtractorSettings) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the parent decides when to stop
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _worker_extractor(settings)


def _exit_with_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)         # the parent was killed: no one will read our results


#: Runner implementations by name.
RUNNERS = {"serial": SerialRunner, "processes": ProcessRunner, "dask": DaskRunner}


def open_runner(spec: str | None = None, extractor=None, jobs: int | None = None, timeout: float = 10):
    """A runner by name: ``serial``, ``processes[:N]``, ``dask:ADDRESS`` or a scheduler URL (``tcp://…``).

    ``jobs`` (the number of documents, when known) caps the worker processes;
    one worker is no better than the serial runner, which is used instead.
    ``timeout``: how long to try to reach a Dask scheduler.

    >>> open_runner("serial").name
    'serial'
    """
    spec = spec or "serial"
    scheme, _, rest = spec.partition(":")
    if "://" in spec and scheme != "dask":
        scheme, rest = "dask", spec
    if scheme not in RUNNERS:
        raise RunnerError(f"unknown runner {spec!r}; choose serial, processes:N or a Dask scheduler address")
    if scheme == "processes":
        try:
            n = int(rest) if rest else default_workers()
        except ValueError:
            raise RunnerError(f"processes:N needs a number of workers, not {rest!r}") from None
        n = min(n, jobs) if jobs is not None else n
        return ProcessRunner(extractor, n) if n > 1 else SerialRunner(extractor)
    if scheme == "dask":
        return DaskRunner(extractor, rest, timeout)
    return SerialRunner(extractor)
