"""Extraction in worker processes and on a Dask cluster gives the graph of a serial build, byte for byte.

The writer is always this process, storing documents in input order; what
changes is where each file is read and extracted. Real worker processes and a
real ``dask.distributed`` LocalCluster (two worker processes) run here.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from govkg import build as b
from govkg.graph.store import open_store
from govkg.parallel import RunnerError, open_runner

_SCRIPT = Path(sys.executable).with_name("govkg")
GOVKG = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-c", "from govkg.cli.main import cli; cli()"]
ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The test articles, a GB18030 copy, a nested folder, and two files that must be skipped."""
    folder = tmp_path_factory.mktemp("corpus")
    for p in ARTICLES:
        shutil.copy(p, folder / p.name)
    (folder / "sub").mkdir()
    text = ARTICLES[0].read_text(encoding="utf-8").replace("2023", "2024")
    (folder / "sub" / "gbk.txt").write_bytes(text.encode("gb18030"))
    (folder / "sub" / "empty.txt").write_bytes(b"")
    (folder / "zz-binary.txt").write_bytes(b"\x00\x01\x02" * 200)
    return folder


def build_with(runner_spec, corpus, store_dir, extractor):
    seen = []
    with open_runner(runner_spec, extractor) as runner:
        store = open_store(store_dir)
        report = b.build([corpus], store, extractor, on_document=lambda p, r, e: seen.append(p), runner=runner)
    nq = store.export(store_dir.parent / f"{store_dir.name}.nq", "nquads").read_bytes()
    store.close()
    return report, seen, nq


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory, extractor):
    return build_with("serial", corpus, tmp_path_factory.mktemp("serial") / "store", extractor)


def assert_same_build(got, serial):
    report, seen, nq = got
    s_report, s_seen, s_nq = serial
    assert nq == s_nq and nq.count(b"\n") > 1000            # the same N-Quads, byte for byte
    assert seen == s_seen                                    # progress: every file, in input order
    assert report.built == s_report.built and len(report.built) == len(ARTICLES) + 1
    assert report.skipped == s_report.skipped
    assert {Path(p).name for p, _ in report.skipped} == {"empty.txt", "zz-binary.txt"}


def test_two_worker_processes_give_the_serial_graph(corpus, serial, tmp_path, extractor):
    assert_same_build(build_with("processes:2", corpus, tmp_path / "store", extractor), serial)


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        yield cluster


def test_a_dask_cluster_gives_the_serial_graph(corpus, serial, cluster, tmp_path, extractor):
    assert_same_build(build_with(cluster.scheduler_address, corpus, tmp_path / "store", extractor), serial)


def test_govkg_build_on_a_scheduler(corpus, serial, cluster, tmp_path):
    """The command line: --scheduler ADDRESS; bad files named, exit 1, the serial graph."""
    proc = subprocess.run([*GOVKG, "build", str(corpus), "--store", str(tmp_path / "store"),
                           "--scheduler", cluster.scheduler_address], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "skipped" in proc.stderr and "empty.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert f"{len(ARTICLES) + 1} built" in proc.stdout
    with open_store(tmp_path / "store") as store:
        assert store.export(tmp_path / "cli.nq", "nquads").read_bytes() == serial[2]


def test_workers_run_nicer_than_the_writer(extractor):
    """The one writer is what the workers wait for: they yield the core to it (WORKER_NICENESS)."""
    import os

    from govkg.parallel import WORKER_NICENESS

    with open_runner("processes:2", extractor) as runner:
        worker = runner._pool.submit(os.nice, 0).result()      # os.nice(0): the caller's niceness
    assert worker == min(19, os.nice(0) + WORKER_NICENESS) > os.nice(0)


def test_one_job_or_one_worker_runs_in_this_process(extractor):
    assert open_runner("processes:4", extractor, jobs=1).name == "serial"
    assert open_runner("processes:1", extractor).name == "serial"
    with pytest.raises(RunnerError, match="unknown runner"):
        open_runner("threads:2")
    with pytest.raises(RunnerError, match="needs a number"):
        open_runner("processes:many")


def test_an_unreachable_scheduler_is_one_line(extractor):
    pytest.importorskip("dask.distributed")
    with pytest.raises(RunnerError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        open_runner("tcp://127.0.0.1:9", extractor, timeout=1)


def test_ctrl_c_with_workers_stops_between_documents_and_leaves_no_worker(tmp_path):
    """--workers 2 explicitly (the default, one per core, may be serial on a one-core machine)."""
    import re
    import signal

    from .test_robustness import Govkg, graph_sizes

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(30):
        text = ARTICLES[i % len(ARTICLES)].read_text(encoding="utf-8")
        (folder / f"d{i:02d}.txt").write_text(f"{text}\n第{i + 1}篇。\n", encoding="utf-8")
    run = Govkg("build", folder, "--store", tmp_path / "store", "--verbose", "--workers", "2")
    run.wait_stored(3)
    children = subprocess.run(["pgrep", "-P", str(run.proc.pid)], capture_output=True, text=True).stdout.split()
    workers = [pid for pid in children if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")]
    assert len(workers) == 2
    run.proc.send_signal(signal.SIGINT)
    assert run.finish() == 130
    messages = run.messages()
    m = re.fullmatch(r"interrupted: (\d+) documents? stored, the rest not.*", messages[-1])
    assert m and len(messages) == 1 and "Traceback" not in run.stderr, run.stderr
    assert int(m.group(1)) == len(run.stored()) == len(graph_sizes(tmp_path / "store"))
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]   # the pool was shut down with it
    time.sleep(2)
    assert not [pid for pid in children if Path(f"/proc/{pid}").exists()]  # the resource tracker too, soon after


def test_default_workers_keep_to_the_cgroup_quota(tmp_path):
    """A container limited to 1.5 CPUs gets 2 workers however many cores its host shows; no quota
    (or no file) leaves the cores the process may run on."""
    from govkg.parallel import default_workers

    cores = default_workers(str(tmp_path / "none"))
    quota = tmp_path / "cpu.max"
    quota.write_text("max 100000\n")
    assert default_workers(str(quota)) == cores
    quota.write_text("150000 100000\n")
    assert default_workers(str(quota)) == min(cores, 2)
    quota.write_text("10000 100000\n")
    assert default_workers(str(quota)) == 1


def test_chunks_of_jobs_come_back_in_input_order_with_results_already_there_in_their_places():
    """A runner that sends jobs several to a task (as the Dask runner does) still hands back one
    result per input, in input order, including items that needed no work between the jobs."""
    from concurrent.futures import ThreadPoolExecutor

    from govkg.parallel import _Windowed

    class Chunked(_Windowed):
        chunk, workers = 3, 1

        def __init__(self):
            self.pool, self.sizes = ThreadPoolExecutor(2), []

        def _submit(self, jobs):
            self.sizes.append(len(jobs))
            return self.pool.submit(lambda: [f"done {j.path}" for j in jobs])

    jobs = [b.Job(f"f{i}", f"f{i}", f"f{i}") for i in range(10)]
    inputs = jobs[:4] + ["unchanged a"] + jobs[4:9] + ["unchanged b", "unchanged c"] + jobs[9:]
    runner = Chunked()
    got = list(runner.map(inputs))
    assert got == [f"done {x.path}" if isinstance(x, b.Job) else x for x in inputs]
    assert runner.sizes == [3, 1, 3, 2, 1]      # a chunk is cut short where a finished item stands
