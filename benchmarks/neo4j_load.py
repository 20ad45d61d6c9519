"""govkg Neo4j benchmark: ``govkg neo4j load`` against a bare UNWIND of the same rows, and Cypher latency.

    python benchmarks/neo4j_load.py --docs 1000                 # generated corpus (benchmarks/corpus.py)
    python benchmarks/neo4j_load.py --docs 10000 --pickles /work/bench/x10000

Uses the server of NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (default: the
local one of scripts/neo4j/start.sh) and EMPTIES ITS DATABASE (it is left
holding the bare load's graph); exits 0 with a
message when none answers. For N documents it prints:

- load: :func:`govkg.graph.neo4j.load_store` into an empty database, as
  ``govkg neo4j load`` runs it (reading the records from the store included);
- bare: the same rows written by plain ``UNWIND … MERGE/CREATE`` statements in
  batches of 5,000, one transaction each, entity properties merged beforehand
  (not timed): the floor the load is compared to (goal: load ≤ 2× bare);
- the server's CPU time for both, when its pid is known (:func:`server_cpu`);
- the median latency of every saved Cypher query (``govkg/queries/*.cypher``)
  without parameters and with realistic ones picked from the graph (goal:
  each ≤ 1 s, median ≤ 50 ms).

``measure(store, driver)`` returns the numbers as a dict (benchmarks/scale.py
calls it). The store is anything with ``documents()`` and ``quads(doc)``:
a govkg store, or :func:`store_from_pickles` (the documents of a pickled
extraction put straight into an in-memory pyoxigraph store).
"""
from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUERIES = ROOT / "govkg" / "queries"

#: Rows per statement of the bare load (the 7.0× of issue 10 was measured against batches of 5,000).
BARE_BATCH = 5000
#: After this many seconds on one query, no more repeats of it.
QUERY_BUDGET_S = 5.0


# -- stores to load ------------------------------------------------------------------------------

def store_from_corpus(n: int):
    """An in-memory govkg store built from ``n`` generated documents (benchmarks/corpus.py)."""
    from benchmarks.corpus import make_corpus
    from govkg.build import build
    from govkg.graph.store import open_store
    from govkg.loaders.pipeline import Extractor

    store = open_store("memory:")
    with tempfile.TemporaryDirectory() as tmp:
        make_corpus(Path(tmp), n)
        build([Path(tmp)], store, Extractor())
    return store


def store_from_pickles(folder: Path, n: int | None = None):
    """The first ``n`` documents of a pickled extraction (``part-*.pkl``: lists of (doc IRI, Extraction,
    hierarchy triples)) as an in-memory store: each document's graph loaded as it is, no union graph
    (the Neo4j load reads only the document graphs)."""
    import pyoxigraph as ox

    from govkg.graph.oxigraph_store import OxigraphStore
    from govkg.loaders.to_rdf import to_ntriples

    store = OxigraphStore()
    loaded = 0
    for part in sorted(Path(folder).glob("part-*.pkl")):
        for doc, extraction, hierarchy in pickle.loads(part.read_bytes()):
            if n is not None and loaded >= n:
                return store
            store._store.load(to_ntriples(extraction, hierarchy).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES,
                              to_graph=ox.NamedNode(doc))
            loaded += 1
    store._graphs = None
    return store


# -- the bare load -------------------------------------------------------------------------------

def clear(driver, database=None) -> None:
    """Empty the database: relationships, then nodes, in transactions of 10,000 (a 10,000-document graph
    in one would not fit; nodes with their relationships in batches overflowed the memory pool too)."""
    with driver.session(database=database) as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def bare_rows(records: list) -> dict:
    """The rows of the same graph, entity properties merged from all mentions beforehand."""
    from govkg.graph.neo4j import document_properties, entity_properties

    mentions, types = defaultdict(list), {}
    for r in records:
        for node in r.nodes:
            mentions[node["iri"]].append(node["mention"])
            types[node["iri"]] = node["type"]
    entities = defaultdict(list)
    for iri, ms in mentions.items():
        entities[types[iri]].append({"iri": iri, "props": entity_properties(iri, types[iri], ms)})
    rels = defaultdict(list)
    for r in records:
        for rel in r.relationships:
            rels[rel["type"]].append(rel)
    return {"documents": [document_properties(r) for r in records], "entities": entities,
            "mentions": [{"doc": r.iri, "iri": n["iri"], "mention": n["mention"]} for r in records for n in r.nodes],
            "relationships": rels, "statistics": [s for r in records for s in r.statistics]}


def bare_load(driver, rows: dict, database=None, batch: int = BARE_BATCH) -> None:
    """UNWIND the rows in batches, one transaction each: no per-document semantics, no reading back."""
    def write(query, items):
        for i in range(0, len(items), batch):
            chunk = items[i:i + batch]
            with driver.session(database=database) as session:
                session.execute_write(lambda tx: tx.run(query, rows=chunk).consume())

    write("UNWIND $rows AS p MERGE (d:Document {iri: p.iri}) SET d = p", rows["documents"])
    for label, items in sorted(rows["entities"].items()):
        write(f"UNWIND $rows AS row MERGE (e:Entity {{iri: row.iri}}) SET e:{label} SET e = row.props", items)
    write("UNWIND $rows AS row MATCH (d:Document {iri: row.doc}) MATCH (e:Entity {iri: row.iri}) "
          "CREATE (e)-[m:MENTIONED_IN]->(d) SET m = row.mention", rows["mentions"])
    for rel_type, items in sorted(rows["relationships"].items()):
        write(f"UNWIND $rows AS row MATCH (h:Entity {{iri: row.start}}) MATCH (t:Entity {{iri: row.end}}) "
              f"CREATE (h)-[r:{rel_type}]->(t) SET r = row.props", items)
    write("UNWIND $rows AS row MATCH (e:Entity {iri: row.entity}) MERGE (s:Statistic {iri: row.props.iri}) "
          "SET s = row.props MERGE (e)-[:HAS_STATISTIC]->(s)", rows["statistics"])


def server_cpu() -> float | None:
    """CPU seconds the Neo4j server process has used (user + system), when its pid is known
    (``NEO4J_PID``, or ``$GOVKG_NEO4J_HOME/run/govkg-neo4j.pid`` of scripts/neo4j/start.sh): on a shared
    machine, a steadier measure than wall time."""
    import os

    pid = os.environ.get("NEO4J_PID")
    if not pid and os.environ.get("GOVKG_NEO4J_HOME"):
        path = Path(os.environ["GOVKG_NEO4J_HOME"]) / "run" / "govkg-neo4j.pid"
        pid = path.read_text().strip() if path.is_file() else None
    try:
        fields = Path(f"/proc/{int(pid)}/stat").read_text().rsplit(")", 1)[1].split()
    except (TypeError, ValueError, OSError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (the load reads an on-disk store in one)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def warm_up(store, driver, database=None, documents: int = 200) -> None:
    """Load and remove the first documents both ways, so the timed runs find a warm server."""
    from govkg.graph.neo4j import document_records, ensure_schema, load_documents

    records = [document_records(store, d) for d in store.documents()[:documents]]
    for write in (lambda: bare_load(driver, bare_rows(records), database),
                  lambda: [load_documents(driver, records[i:i + 50], database=database)
                           for i in range(0, len(records), 50)]):
        clear(driver, database)
        ensure_schema(driver, database)
        write()


def graph_size(driver, database=None) -> tuple[int, int]:
    records, _, _ = driver.execute_query(
        "RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS rels", database_=database)
    return records[0]["nodes"], records[0]["rels"]


# -- query latency -------------------------------------------------------------------------------

def param_cases(driver, database=None) -> list[tuple[str, dict[str, str]]]:
    """Realistic parameters taken from the loaded graph: the agency and platform with the most facts,
    the most mentioned province, policy and report, a city's code, a document."""
    def top(cypher):
        records, _, _ = driver.execute_query(cypher, database_=database)
        return records[0][0] if records else None

    def most(label, where=""):
        return top(f"MATCH (e:{label}) WHERE e.name IS NOT NULL {where} "
                   "RETURN e.name ORDER BY COUNT { (e)-[:MENTIONED_IN]->() } DESC, e.name LIMIT 1")

    agency = top("MATCH (e:Agency) WHERE e.name IS NOT NULL "
                 "RETURN e.name ORDER BY COUNT { (e)-[:COORDINATES|OPERATES|COOPERATES_WITH]-() } DESC, e.name LIMIT 1")
    platform = top("MATCH (e:Platform) WHERE e.name IS NOT NULL "
                   "RETURN e.name ORDER BY COUNT { (e)<-[:COORDINATES|OPERATES]-() } DESC, e.name LIMIT 1")
    region = most("Region", "AND e.regionLevel = 'province'")
    policy, report = most("Policy"), most("Report")
    doc = top("MATCH (d:Document) RETURN d.iri ORDER BY d.iri LIMIT 1")
    code = top("MATCH (e:Region) WHERE e.regionLevel = 'city' RETURN e.regionCode ORDER BY COUNT { (e)-[:MENTIONED_IN]->() } DESC "
               "LIMIT 1")
    cases = [
        ("agency-cooperation", {"agency": agency}), ("agency-coordinates-platform", {"agency": agency}),
        ("agency-coordinates-platform", {"platform": platform}), ("agency-supervision", {"agency": agency}),
        ("dates", {"entity": platform}), ("dates", {"since": "2020-01-01", "until": "2020-12-31"}),
        ("documents", {"document": doc}), ("entity-profile", {"name": platform}),
        ("entity-profile", {"name": agency}), ("entity-profile", {"name": region}),
        ("entity-profile", {"name": code}), ("fact-provenance", {"subject": agency}),
        ("fact-provenance", {"predicate": "operates", "object": platform}), ("facts", {"relation": "serves"}),
        ("facts", {"max_confidence": "0.6"}), ("jurisdiction", {"agency": agency}),
        ("jurisdiction", {"region": region}), ("platform-components", {"platform": platform}),
        ("platform-statistics", {"entity": platform}), ("platform-statistics", {"metric": "用户"}),
        ("platforms-integrated-with-agency", {"platform": platform}),
        ("platforms-serving-region", {"region": region}), ("platforms-serving-region", {"region": code}),
        ("policies-issued", {"policy": policy}), ("region-hierarchy", {"region": region}),
        ("report-features", {"report": report}),
    ]
    return [(name, params) for name, params in cases if all(v is not None for v in params.values())]


def cypher_latency(driver, database=None, cases=None, repeats: int = 5) -> dict[str, dict]:
    """Median latency (ms) and rows of each saved Cypher query, without params and with ``cases``."""
    from govkg.graph.neo4j import cypher_parameters, run_cypher, run_cypher_limited
    from govkg.queries.output import SHOWN_ROWS
    from govkg.queries.runner import load_queries

    saved = load_queries()
    cases = [(name, {}) for name in sorted(p.stem for p in QUERIES.glob("*.cypher"))] + list(cases or [])
    out = {}
    for name, values in cases:
        key = name + ("[" + ",".join(f"{k}={v}" for k, v in values.items()) + "]" if values else "")
        text = (QUERIES / f"{name}.cypher").read_text(encoding="utf-8")
        params = cypher_parameters(saved[name], values) if name in saved else {}
        try:
            run_cypher(driver, text, params, database=database)        # warm: plan cache, page cache
            seconds, runs, (_, rows) = _timed(lambda: run_cypher(driver, text, params, database=database), repeats)
        except Exception as exc:      # report it, go on
            out[key] = {"note": f"failed: {type(exc).__name__}: {str(exc)[:80]}"}
            continue
        out[key] = {"median_ms": round(seconds * 1000, 1), "rows": len(rows), "runs": runs, "params": bool(values)}
        if not values:      # a listing: also what `govkg query NAME --backend neo4j` shows, its first rows
            seconds, _, _ = _timed(lambda: run_cypher_limited(driver, text, params, database=database,
                                                              limit=SHOWN_ROWS), repeats)
            out[key]["page_ms"] = round(1000 * seconds, 1)
    return out


def _timed(work, repeats: int) -> tuple[float, int, object]:
    """``work()`` up to ``repeats`` times within QUERY_BUDGET_S: median seconds, runs, last result."""
    times, result = [], None
    while len(times) < repeats and sum(times) < QUERY_BUDGET_S:
        t = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - t)
    return statistics.median(times), len(times), result


# -- all of it -----------------------------------------------------------------------------------

def measure(store, driver, database=None, *, repeats: int = 5, queries: bool = True, bare: bool = True,
            rounds: int = 2) -> dict:
    """Load ``store`` into the (emptied) database of ``driver``, compare with the bare UNWIND, time the queries.

    The load and the bare UNWIND take turns, ``rounds`` times each (load, bare, load, bare …), and the
    last round is reported: a fresh server's JVM compiles and sizes its heap during the first load it
    sees, so a single load-then-bare pair charged that warm-up to the load alone (at 10,000 documents
    its server CPU was 2.4× the bare load's in the first round).

    Returns ``documents``, ``nodes``, ``relationships``, ``load_s`` (wall), ``load_cpu_s`` (this process),
    ``load_reader_cpu_s`` (the process that reads an on-disk store's records, when there is one),
    ``read_s`` (reading the records alone), ``bare_s``, ``ratio`` (load_s / bare_s), ``transactions``,
    ``rounds`` (every round's load and bare seconds and server CPU), ``reload_unchanged_s`` (loading again
    with nothing changed), ``queries`` (name → median_ms, rows), ``query_median_ms``, ``query_max_ms`` and
    ``query_max_ms_with_params`` (every run with parameters) and the no-param listings apart.
    """
    from govkg.graph.neo4j import document_records, ensure_schema, load_store

    out: dict = {"rounds": []}
    documents = store.documents()
    out["documents"] = len(documents)
    warm_up(store, driver, database)
    rows = None
    for round_ in range(max(1, rounds)):
        last = round_ == max(1, rounds) - 1
        this: dict = {}
        clear(driver, database)
        t, cpu, server, children = time.perf_counter(), time.process_time(), server_cpu(), _children_cpu()
        summary = load_store(store, driver, database=database)
        this["load_s"] = round(time.perf_counter() - t, 2)
        this["load_cpu_s"] = round(time.process_time() - cpu, 2)
        this["load_reader_cpu_s"] = round(_children_cpu() - children, 2)
        if server is not None:
            this["load_server_cpu_s"] = round(server_cpu() - server, 2)
        if last:
            out.update(this)
            out["transactions"] = summary.transactions
            out["nodes"], out["relationships"] = graph_size(driver, database)
            # loading again with nothing changed: the documents' graph hashes are compared, nothing is read
            t = time.perf_counter()
            again = load_store(store, driver, database=database)
            out["reload_unchanged_s"] = round(time.perf_counter() - t, 2)
            out["reload_unchanged_documents"] = again.unchanged
            if queries:
                out["queries"] = cypher_latency(driver, database, param_cases(driver, database), repeats)
        if bare:
            if rows is None:
                t = time.perf_counter()
                records = [document_records(store, d) for d in documents]
                out["read_s"] = round(time.perf_counter() - t, 2)
                rows = bare_rows(records)
                del records
            clear(driver, database)
            ensure_schema(driver, database)
            t, server = time.perf_counter(), server_cpu()
            bare_load(driver, rows, database)
            this["bare_s"] = round(time.perf_counter() - t, 2)
            if server is not None:
                this["bare_server_cpu_s"] = round(server_cpu() - server, 2)
            if last:
                out["bare_s"] = this["bare_s"]
                if "bare_server_cpu_s" in this:
                    out["bare_server_cpu_s"] = this["bare_server_cpu_s"]
                out["ratio"] = round(out["load_s"] / out["bare_s"], 2)
                out["same_size_as_bare"] = graph_size(driver, database) == (out["nodes"], out["relationships"])
        out["rounds"].append(this)
    if "read_s" not in out:
        t = time.perf_counter()
        for d in documents:
            document_records(store, d)
        out["read_s"] = round(time.perf_counter() - t, 2)
    if queries:
        q = out["queries"]
        timed = [v for v in q.values() if "median_ms" in v]
        if timed:
            out["query_median_ms"] = statistics.median(v["median_ms"] for v in timed)
            out["query_max_ms"] = max(v["median_ms"] for v in timed)
            with_params = [v["median_ms"] for v in timed if v["params"]]
            out["query_median_ms_with_params"] = statistics.median(with_params) if with_params else None
            out["query_max_ms_with_params"] = max(with_params) if with_params else None
    return out


def rounds_and_reload(r: dict) -> list[str]:
    """The lines a report prints after the load's own: the earlier, colder rounds, and loading again
    with nothing changed."""
    nan = float("nan")
    lines = [f"(round {i + 1}, on a colder server: load {one['load_s']:.2f} s, bare {one.get('bare_s', nan):.2f} s; "
             f"server CPU {one.get('load_server_cpu_s', nan):.2f} / {one.get('bare_server_cpu_s', nan):.2f} s)"
             for i, one in enumerate(r.get("rounds", [])[:-1])]
    if "reload_unchanged_s" in r:
        lines.append(f"neo4j load again with nothing changed: {r['reload_unchanged_s']:.2f} s "
                     f"({r['reload_unchanged_documents']:,} documents left as loaded: the same graph hash)")
    return lines


def report(r: dict) -> None:
    print(f"{r['documents']} documents → {r['nodes']} nodes, {r['relationships']} relationships "
          f"in {r['transactions']} transactions")
    server = f"; server CPU {r['load_server_cpu_s']:.2f} s" if "load_server_cpu_s" in r else ""
    reader = f" + its reading process {r['load_reader_cpu_s']:.2f} s" if r.get("load_reader_cpu_s") else ""
    print(f"  govkg neo4j load   {r['load_s']:>8.2f} s   (this process's CPU {r['load_cpu_s']:.2f} s{reader}{server}; "
          f"reading the records alone {r['read_s']:.2f} s)")
    for line in rounds_and_reload(r):
        print(f"  {line}")
    if "bare_s" in r:
        server = (f"; server CPU {r['bare_server_cpu_s']:.2f} s, "
                  f"{r['load_server_cpu_s'] / r['bare_server_cpu_s']:.2f}×" if "bare_server_cpu_s" in r else "")
        print(f"  bare UNWIND        {r['bare_s']:>8.2f} s   ratio {r['ratio']:.2f}×  (goal ≤ 2×; "
              f"same graph size: {r['same_size_as_bare']}{server})")
    if r.get("queries"):
        print(f"\n  {'saved Cypher query (median)':<72} {'ms':>9} {'rows':>7}")
        for name, q in r["queries"].items():
            if "note" in q:
                print(f"  {name[:72]:<72} {q['note']}")
            else:
                print(f"  {name[:72]:<72} {q['median_ms']:>9.1f} {q['rows']:>7}")
        print(f"  median {r['query_median_ms']:.1f} ms, slowest {r['query_max_ms']:.1f} ms; with parameters: "
              f"median {r['query_median_ms_with_params']:.1f} ms, slowest {r['query_max_ms_with_params']:.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--pickles", type=Path, help="folder of part-*.pkl (a pickled extraction) instead of "
                                                     "building a generated corpus")
    parser.add_argument("--no-bare", action="store_true")
    parser.add_argument("--no-queries", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the dict as JSON too")
    args = parser.parse_args(argv)

    from govkg.graph.neo4j import Neo4jConnectionError, Neo4jSettings, connect

    settings = Neo4jSettings.from_env()
    try:
        driver = connect(settings, connection_timeout=5)
    except Neo4jConnectionError as exc:
        print(f"\nNeo4j load benchmark skipped: {exc}")
        return 0
    t = time.perf_counter()
    store = store_from_pickles(args.pickles, args.docs) if args.pickles else store_from_corpus(args.docs)
    print(f"Neo4j load benchmark — {driver.get_server_info().agent} at {settings.safe_uri}; "
          f"store of {len(store.documents())} documents made in {time.perf_counter() - t:.0f} s", flush=True)
    with driver:
        r = measure(store, driver, settings.database, queries=not args.no_queries, bare=not args.no_bare)
    report(r)
    if args.json:
        import json

        print(json.dumps(r, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
