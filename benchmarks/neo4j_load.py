"""govkg Neo4j benchmark: load rate into Neo4j and latency of the saved Cypher queries.

    python benchmarks/neo4j_load.py                 # 1, 10 and 100 copies of the varied articles
    python benchmarks/neo4j_load.py --sizes 1 10

Uses the server of NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (default: the
local one of scripts/neo4j/start.sh); exits 0 with a message when none answers.
Each size is built into an in-memory store (not timed), loaded into Neo4j
(timed: reading the store, the writes, the schema check), then its documents
are removed again, so other data in the database is left as it was. The Cypher
latency (median of 5) is measured on the largest size, for every
``govkg/queries/*.cypher`` present, with no parameters bound.
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "govkg" / "queries"


def _make_corpus():
    """``make_corpus`` of benchmarks/run.py (imported from its path: benchmarks is not a package)."""
    spec = importlib.util.spec_from_file_location("govkg_benchmark_run", ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_corpus


def cypher_latency(driver, database, repeats: int = 5) -> dict[str, dict]:
    from govkg.graph.neo4j import cypher_parameters, run_cypher
    from govkg.queries.runner import load_queries

    saved = load_queries()
    out = {}
    for path in sorted(QUERIES.glob("*.cypher")):
        query = saved.get(path.stem)
        if query is not None and any(p.required for p in query.params):
            out[path.stem] = {"note": "needs parameters"}
            continue
        params = cypher_parameters(query, {}) if query is not None else {}
        text = path.read_text(encoding="utf-8")
        times, rows = [], ()
        try:
            for _ in range(repeats):
                t = time.perf_counter()
                rows = run_cypher(driver, text, params, database=database)[1]
                times.append(time.perf_counter() - t)
        except Exception as exc:      # a twin being written may not run yet: report it, go on
            out[path.stem] = {"note": f"failed: {type(exc).__name__}: {str(exc)[:80]}"}
            continue
        out[path.stem] = {"median_ms": round(statistics.median(times) * 1000, 2), "rows": len(rows)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--batch-size", type=int, default=500)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from govkg.build import build
    from govkg.graph.neo4j import Neo4jConnectionError, Neo4jSettings, connect, load_store, remove_document
    from govkg.graph.store import open_store
    from govkg.loaders.pipeline import Extractor

    settings = Neo4jSettings.from_env()
    try:
        driver = connect(settings, connection_timeout=5)
    except Neo4jConnectionError as exc:
        print(f"\nNeo4j load benchmark skipped: {exc}")
        return 0

    make_corpus = _make_corpus()
    extractor = Extractor()
    agent = driver.get_server_info().agent
    print(f"\nNeo4j load benchmark — {agent} at {settings.safe_uri}, sizes {args.sizes}")
    print(f"{'copies':>6} {'docs':>5} {'nodes':>7} {'rels':>7} {'load s':>7} {'nodes/s':>8} {'rels/s':>8} "
          f"{'remove s':>8}")
    latency = None
    with driver:
        for n in args.sizes:
            with tempfile.TemporaryDirectory() as tmp:
                corpus = Path(tmp) / "corpus"
                corpus.mkdir()
                make_corpus(corpus, n)
                store = open_store("memory:")
                build([corpus], store, extractor)
            try:
                s = load_store(store, driver, batch_size=args.batch_size, database=settings.database)
                if n == max(args.sizes):
                    latency = cypher_latency(driver, settings.database)
            finally:
                t = time.perf_counter()
                for doc in store.documents():
                    remove_document(driver, doc, database=settings.database)
                removed_s = time.perf_counter() - t
            nodes = s.nodes_created + s.nodes_updated + s.statistics     # entity, document and statistic nodes
            rels = s.relationships + s.mentions + s.statistics           # facts, MENTIONED_IN, HAS_STATISTIC
            print(f"{n:>6} {s.documents:>5} {nodes:>7} {rels:>7} {s.seconds:>7.2f} {nodes / s.seconds:>8.0f} "
                  f"{rels / s.seconds:>8.0f} {removed_s:>8.2f}")
    if latency is not None:
        print(f"\nSaved Cypher query latency on the {max(args.sizes)}-document graph (median of 5, no parameters):")
        if not latency:
            print("  (no govkg/queries/*.cypher yet)")
        for name, q in latency.items():
            if "note" in q:
                print(f"  {name:<36} {q['note']}")
            else:
                print(f"  {name:<36} {q['median_ms']:>8} ms  {q['rows']:>6} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
