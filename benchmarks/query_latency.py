"""Saved-query latency: every saved query through govkg, and the same text on the bare engine.

    python benchmarks/query_latency.py --embedded STORE_DIR [--server-data DIR] [--params typical|none|both]

Used by ``benchmarks/scale.py`` (:func:`time_saved_queries`) and on its own
against a store built elsewhere (e.g. a bulk-loaded 10,000-document store).
The ratio to the bare engine says what govkg adds (binding, row conversion,
HTTP for the server) against what the data and the query text cost.

``TYPICAL_PARAMS`` are values a user would pass: the busiest agency, province,
platform, policy and report of the generated corpus (benchmarks/corpus.py);
a name missing from a store only makes its query return no rows.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Mapping

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Per query: after this many seconds, no more repeats.
BUDGET_S = 3.0

#: A typical parameter for each saved query (see the module docstring).
TYPICAL_PARAMS: dict[str, dict[str, str]] = {
    "agency-cooperation": {"agency": "重庆市行政审批服务局"},
    "agency-coordinates-platform": {"agency": "云南省大数据中心"},
    "agency-supervision": {"agency": "山东省人民政府办公厅"},
    "counts-per-type": {},
    "dates": {"entity": "河e办"},
    "documents": {"document": "corpus/doc00042.txt"},
    "entity-profile": {"name": "山东省人民政府办公厅"},
    "fact-provenance": {"subject": "云南省大数据中心"},
    "facts": {"relation": "operates"},
    "jurisdiction": {"region": "山东省"},
    "platform-components": {"platform": "我的海域"},
    "platform-statistics": {"entity": "山e办"},
    "platforms-integrated-with-agency": {"platform": "河e办"},
    "platforms-serving-region": {"region": "山东省"},
    "policies-issued": {"policy": "山东省一网通办改革工作方案"},
    "region-hierarchy": {"region": "山东省"},
    "report-features": {"report": "山东省数字政府发展报告（2022）"},
}


def _median_ms(work, repeats: int, budget_s: float) -> tuple[float, int, int]:
    """Median wall time of ``work()`` in ms over up to ``repeats`` runs (fewer once ``budget_s`` is spent)."""
    times, n = [], 0
    while len(times) < repeats and sum(times) < budget_s:
        t = time.perf_counter()
        n = work()
        times.append(time.perf_counter() - t)
    return 1000 * statistics.median(times), len(times), n


def time_saved_queries(store, params_by_query: Mapping[str, Mapping[str, str]] | None = None, *,
                       names=None, repeats: int = 3, budget_s: float = BUDGET_S) -> dict:
    """Run every saved query (or ``names``) on ``store`` through govkg's runner.

    Returns ``{name: {"ms": median ms, "runs": n, "rows": rows}}``; a query's
    params are ``params_by_query.get(name, {})`` (none: every row).
    """
    from govkg.queries.runner import load_queries, run_query

    out = {}
    for name, query in sorted(load_queries().items()):
        if names and name not in names:
            continue
        params = dict((params_by_query or {}).get(name, {}))
        ms, runs, rows = _median_ms(lambda: len(run_query(store, query, params).rows), repeats, budget_s)
        out[name] = {"ms": ms, "runs": runs, "rows": rows}
    return out


def time_bare(store, params_by_query=None, *, names=None, repeats: int = 3, budget_s: float = BUDGET_S) -> dict:
    """The same query texts and bound terms straight on the engine, rows read but not converted.

    Embedded store: pyoxigraph's ``Store.query`` with the union as default
    graph (the document graphs as named graphs only when the text has GRAPH).
    Server: one HTTP POST of the text (with its VALUES block), the JSON answer
    parsed with the standard library (to count its rows).
    """
    import pyoxigraph as ox

    from govkg.graph.store import UNION_GRAPH
    from govkg.ontology.namespace import PREFIXES
    from govkg.queries.runner import bind_params, load_queries

    out = {}
    for name, query in sorted(load_queries().items()):
        if names and name not in names:
            continue
        bindings = bind_params(query, dict((params_by_query or {}).get(name, {})))
        if hasattr(store, "_store"):
            engine = store._store
            graphs = ({"named_graphs": [ox.NamedNode(d) for d in store.documents()]}
                      if _has_graph_pattern(query.sparql) else {})

            def work():
                result = engine.query(query.sparql, prefixes=PREFIXES, default_graph=ox.NamedNode(UNION_GRAPH),
                                      substitutions={ox.Variable(k): v for k, v in bindings.items()} or None,
                                      **graphs)
                return sum(1 for _ in result)
        else:
            from govkg.graph.sparql_store import RESULTS_JSON, _with_values

            text = (store._prologue + (_with_values(query.sparql, bindings) if bindings else query.sparql)).encode()

            def work():
                data, _ = store._request("query", text, "application/sparql-query", RESULTS_JSON)
                return len(json.loads(data).get("results", {}).get("bindings", []))
        ms, runs, rows = _median_ms(work, repeats, budget_s)
        out[name] = {"ms": ms, "runs": runs, "rows": rows}
    return out


def _has_graph_pattern(sparql: str) -> bool:
    import re

    from govkg.graph.sparql_store import _strip_comments

    return re.search(r"\bGRAPH\b", _strip_comments(sparql), re.I) is not None


def report(results: dict, title: str) -> str:
    """A plain-text table of ``{label: time_saved_queries(...)}``, with the median per column."""
    labels = list(results)
    names = sorted({n for r in results.values() for n in r})
    lines = [title, f"{'query':<34}" + "".join(f"{label:>22}" for label in labels)]
    for n in names:
        cells = []
        for label in labels:
            r = results[label].get(n)
            cells.append(f"{r['ms']:>12.1f} ms {r['rows']:>6}" if r else f"{'-':>22}")
        lines.append(f"{n:<34}" + "".join(cells))
    lines.append(f"{'median':<34}" + "".join(
        f"{statistics.median(r['ms'] for r in results[label].values()):>12.1f} ms {'':>6}" for label in labels))
    lines.append(f"{'max':<34}" + "".join(
        f"{max(r['ms'] for r in results[label].values()):>12.1f} ms {'':>6}" for label in labels))
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--embedded", help="an embedded store folder")
    ap.add_argument("--server-data", help="an Oxigraph server data folder to serve on loopback and query")
    ap.add_argument("--params", choices=("typical", "none", "both"), default="both")
    ap.add_argument("--only", help="comma-separated query names")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--no-bare", action="store_true")
    args = ap.parse_args(argv)
    from govkg.graph.store import open_store

    names = set(args.only.split(",")) if args.only else None
    param_sets = {"none": {}, "typical": TYPICAL_PARAMS}
    chosen = ["none", "typical"] if args.params == "both" else [args.params]
    stores = []
    if args.embedded:
        stores.append(("embedded", lambda: _nullcontext(open_store(args.embedded, read_only=True))))
    if args.server_data:
        stores.append(("server", lambda: _served(Path(args.server_data))))
    for label, opener in stores:
        with opener() as store:
            for which in chosen:
                results = {"govkg": time_saved_queries(store, param_sets[which], names=names, repeats=args.repeats)}
                if not args.no_bare:
                    results["bare"] = time_bare(store, param_sets[which], names=names, repeats=args.repeats)
                print(report(results, f"\n{label}, params: {which}"), flush=True)


def _nullcontext(value):
    import contextlib

    return contextlib.nullcontext(value)


def _served(folder: Path):
    import contextlib

    sys.path.insert(0, str(ROOT / "tests"))
    from oxigraph_server import oxigraph_server

    from govkg.graph.store import open_store

    @contextlib.contextmanager
    def cm():
        with oxigraph_server(folder) as url:
            yield open_store(url)
    return cm()


if __name__ == "__main__":
    main()
