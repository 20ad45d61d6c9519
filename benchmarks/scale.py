"""govkg at scale: serial vs worker processes vs Dask, write cost as the store grows, query latency.

    python benchmarks/scale.py --docs 500            # one command; prints a table
    python benchmarks/scale.py --docs 200 --workers 2 --skip dask

On a generated corpus (benchmarks/corpus.py: varied regions, agencies,
platforms, people, dates and figures). Each measurement runs in a fresh child
process, so its peak memory is its own:

- ner: bare LAC inference over the same texts' sentences (one process, ONNX
  Runtime on one thread) — the floor the builds are compared to;
- serial: govkg build in one process (ONNX Runtime's default threads, as ``--workers 1``);
- serial-1t: the same with ONNX Runtime on one thread;
- processes: ``--workers N`` (N worker processes, one thread each);
- dask: a dask.distributed LocalCluster(N worker processes, one thread each);
- server: the serial build's documents written into an Oxigraph server (one request each);
- queries: every saved query on the embedded store and on the server (median of 3).

Ratios are build time / bare NER time. Peak memory is the measuring process's
peak RSS plus, for pools, the largest worker's.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


#: After this many seconds on one query, no more repeats of it.
QUERY_BUDGET_S = 5


def _peak_mb(who=resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def _files(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*.txt"))


def measure_ner(corpus: Path, _store: Path, _workers: int) -> dict:
    from govkg.loaders.pipeline import Extractor
    from govkg.loaders.read import read
    from govkg.loaders.resources import load_resources
    from govkg.loaders.segment import segment

    extractor = Extractor(load_resources(ner_threads=1))
    sentences = [s.text for f in _files(corpus) for s in segment(extractor.normalizer(read(f), None))]
    lac = extractor.resources.ner
    lac.run("预热。")
    t = time.perf_counter()
    lac.run(sentences)
    return {"seconds": time.perf_counter() - t, "sentences": len(sentences)}


def measure_build(corpus: Path, store_dir: Path, workers: int, mode: str) -> dict:
    from govkg.build import build
    from govkg.graph.store import open_store
    from govkg.loaders.pipeline import Extractor
    from govkg.loaders.resources import load_resources
    from govkg.parallel import open_runner

    extractor = Extractor(load_resources(ner_threads=1 if mode == "serial-1t" else None))
    cluster = None
    if mode == "dask":
        from dask.distributed import LocalCluster

        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               host="127.0.0.1")
    spec = {"processes": f"processes:{workers}", "dask": cluster.scheduler_address if cluster else ""}.get(mode, "serial")
    store = open_store(store_dir)
    writes: list[float] = []          # per document: its batch's write time shared out
    replace = store.replace_documents

    def timed(documents):
        t = time.perf_counter()
        problems = replace(documents)
        writes.extend([(time.perf_counter() - t) / max(1, len(documents))] * len(documents))
        return problems

    store.replace_documents = timed
    t = time.perf_counter()           # the runner's start-up (spawning, loading the model) is counted
    with open_runner(spec, extractor) as runner:
        report = build([corpus], store, extractor, runner=runner)
    seconds = time.perf_counter() - t
    quads = len(store)
    store.close()
    if cluster:
        cluster.close()
    tenth = max(1, len(writes) // 10)
    return {"seconds": seconds, "built": len(report.built), "skipped": len(report.skipped), "quads": quads,
            "write_ms_first_tenth": 1000 * statistics.mean(writes[:tenth]),
            "write_ms_last_tenth": 1000 * statistics.mean(writes[-tenth:]),
            "write_s_total": sum(writes), "peak_mb": _peak_mb(), "worker_peak_mb": _peak_mb(resource.RUSAGE_CHILDREN)}


def measure_server(_corpus: Path, store_dir: Path, _workers: int) -> dict:
    """Write the serial build's documents into an Oxigraph server, then time every saved query on both stores."""
    sys.path.insert(0, str(ROOT / "tests"))
    from oxigraph_server import oxigraph_server

    from govkg.graph.store import open_store
    from govkg.queries.runner import load_queries, run_query

    embedded = open_store(store_dir, read_only=True)
    dump = store_dir.parent / "serial.nq"
    embedded.export(dump, "nquads")
    with oxigraph_server(store_dir.parent / "server-data") as url:
        remote = open_store(url)
        t = time.perf_counter()
        docs = remote.import_dataset(dump)
        write_s = time.perf_counter() - t
        queries = {}
        for name, query in sorted(load_queries().items()):
            row = {}
            for label, store in (("embedded", embedded), ("server", remote)):
                times = []
                while len(times) < 3 and sum(times) < QUERY_BUDGET_S:     # slow ones: fewer runs
                    t = time.perf_counter()
                    rows = run_query(store, query, {}).rows
                    times.append(time.perf_counter() - t)
                row[label] = (1000 * statistics.median(times), len(rows))
            print(f"  {name}: {row}", file=sys.stderr, flush=True)
            queries[name] = row
    embedded.close()
    return {"documents": len(docs), "write_ms_per_doc": 1000 * write_s / max(1, len(docs)), "queries": queries}


def child(args) -> None:
    corpus, store = Path(args.corpus), Path(args.store)
    if args.child == "ner":
        out = measure_ner(corpus, store, args.workers)
    elif args.child == "server":
        out = measure_server(corpus, store, args.workers)
    else:
        out = measure_build(corpus, store, args.workers, args.child)
    print(json.dumps(out))


def run_child(mode: str, corpus: Path, store: Path, workers: int) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", mode, "--corpus", str(corpus), "--store", str(store),
                           "--workers", str(workers)], stdout=subprocess.PIPE, text=True)   # stderr: its progress
    if proc.returncode:
        raise SystemExit(f"{mode} failed (exit {proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(args) -> None:
    from benchmarks.corpus import make_corpus

    modes = [m for m in ("ner", "serial", "serial-1t", "processes", "dask", "server") if m not in args.skip]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        chars = make_corpus(corpus, args.docs)
        print(f"govkg scale benchmark: {args.docs} generated documents, {chars} characters "
              f"({chars // args.docs} per document), {args.workers} workers", flush=True)
        results = {}
        header = False
        for mode in modes:
            store = Path(tmp) / ("serial" if mode in ("serial", "server") else mode) / "store"
            r = results[mode] = run_child(mode, corpus, store, args.workers)
            ner = results.get("ner", {}).get("seconds")
            if mode == "ner":
                print(f"bare NER inference (1 thread): {ner:.1f} s over {r['sentences']} sentences", flush=True)
            elif mode == "server":
                print(f"\nOxigraph server: {r['documents']} documents written at {r['write_ms_per_doc']:.1f} ms each "
                      f"(embedded, serial build: {1000 * results['serial']['write_s_total'] / results['serial']['built']:.1f} ms)")
                print(f"\n{'saved query (median of up to 3; ms, rows)':<40} {'embedded':>16} {'server':>16}")
                for name, q in r["queries"].items():
                    (e_ms, e_rows), (s_ms, s_rows) = q["embedded"], q["server"]
                    print(f"{name:<40} {e_ms:>9.1f} {e_rows:>6} {s_ms:>9.1f} {s_rows:>6}")
            else:
                if not header:
                    print(f"{'build':<11} {'s':>7} {'x NER':>6} {'docs/s':>7} {'peak MB':>8} {'worker MB':>9} "
                          f"{'write ms first/last 10%':>24} {'quads':>8}")
                    header = True
                ratio = f"{r['seconds'] / ner:.2f}" if ner else "-"
                worker = r["worker_peak_mb"] if mode in ("processes", "dask") else "-"
                print(f"{mode:<11} {r['seconds']:>7.1f} {ratio:>6} {r['built'] / r['seconds']:>7.2f} {r['peak_mb']:>8} "
                      f"{worker:>9} {r['write_ms_first_tenth']:>11.1f} / {r['write_ms_last_tenth']:<10.1f} {r['quads']:>8}",
                      flush=True)

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip", nargs="*", default=[], help="modes to leave out: serial-1t processes dask server")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    args = parser.parse_args()
    child(args) if args.child else main(args)
