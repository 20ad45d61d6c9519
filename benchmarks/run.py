"""govkg benchmarks: build throughput, peak memory and saved-query latency.

    python benchmarks/run.py            # 1, 10 and 100 copies of the test articles
    python benchmarks/run.py --sizes 1 10

Each size runs in a fresh subprocess (so peak RSS is that build's own) on a
fresh on-disk store. Copies are made distinct (a numbered line is added) so
each one is a separate document, as in a real batch.
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
ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")) + [ROOT / "govkg" / "samples" / "sample_article.txt"]


def make_corpus(folder: Path, copies: int) -> int:
    """Write ``copies`` documents cycling through the varied articles; returns total characters."""
    chars = 0
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    for i in range(copies):
        text = texts[i % len(texts)] + f"\n（本文为基准测试副本，编号{i}。）\n"
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def build_once(copies: int) -> dict:
    """Run in a child process: build ``copies`` documents and report timings."""
    from govkg.build import build
    from govkg.graph.store import open_store
    from govkg.loaders.pipeline import Extractor

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        chars = make_corpus(corpus, copies)
        t0 = time.perf_counter()
        extractor = Extractor()
        extractor.extract_text("预热。")        # load the NER model outside the timed build
        load_s = time.perf_counter() - t0
        store = open_store(Path(tmp) / "store")
        t1 = time.perf_counter()
        report = build([corpus], store, extractor)
        build_s = time.perf_counter() - t1
        result = {
            "copies": copies, "documents": len(report.built), "skipped": len(report.skipped),
            "chars": chars, "model_load_s": round(load_s, 2), "build_s": round(build_s, 3),
            "chars_per_s": round(chars / build_s), "docs_per_s": round(len(report.built) / build_s, 2),
            "quads": len(store), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
        if copies == max(ARGS.sizes):
            result["queries"] = query_latency(store)
        return result


def query_latency(store, repeats: int = 5) -> dict:
    from govkg.queries.runner import load_queries, run_query

    out = {}
    for name, query in sorted(load_queries().items()):
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            rows = run_query(store, query, {}).rows
            times.append(time.perf_counter() - t)
        out[name] = {"median_ms": round(statistics.median(times) * 1000, 2), "rows": len(rows)}
    return out


def main() -> None:
    if ARGS.child:
        print(json.dumps(build_once(ARGS.child), ensure_ascii=False))
        return
    print(f"govkg build benchmark — {len(ARTICLES)} varied articles, sizes {ARGS.sizes}")
    print(f"{'copies':>6} {'docs':>5} {'chars':>9} {'build s':>8} {'chars/s':>9} {'docs/s':>7} {'quads':>8} {'peak MB':>8}")
    last = None
    for n in ARGS.sizes:
        proc = subprocess.run([sys.executable, __file__, "--child", str(n), "--sizes", *map(str, ARGS.sizes)],
                              capture_output=True, text=True, check=True)
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{r['copies']:>6} {r['documents']:>5} {r['chars']:>9} {r['build_s']:>8} {r['chars_per_s']:>9} "
              f"{r['docs_per_s']:>7} {r['quads']:>8} {r['peak_rss_mb']:>8}")
        last = r
    print(f"(model load, once per process: {last['model_load_s']} s)")
    if last and "queries" in last:
        print(f"\nSaved SPARQL query latency on the {last['copies']}-document store (median of 5, embedded Oxigraph):")
        for name, q in last["queries"].items():
            print(f"  {name:<36} {q['median_ms']:>8} ms  {q['rows']:>6} rows")
    if not ARGS.no_neo4j:
        neo4j_bench = ROOT / "benchmarks" / "neo4j_load.py"
        if neo4j_bench.exists():
            subprocess.run([sys.executable, str(neo4j_bench), "--sizes", *map(str, ARGS.sizes)], check=False)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--no-neo4j", action="store_true", help="skip the Neo4j load benchmark")
    ARGS = parser.parse_args()
    main()
