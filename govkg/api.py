"""The library surface of govkg: what a notebook or a script imports.

>>> from govkg.api import open_store, to_networkx, find_nodes, neighbors
>>> G = to_networkx(open_store("memory:"))
>>> G.number_of_nodes(), find_nodes(G, "浙里办")
(0, [])

Making the graph:

* :func:`build` -- read, extract and store files and folders (one named graph per document).
* :func:`extract` -- one article's extraction (entities, relations, statistics, dates) without a store.
* :func:`run_query` / :func:`load_queries` -- the saved SPARQL queries, parameters bound as RDF terms.

>>> from govkg.api import extract
>>> x = extract("浙江省大数据发展管理局统筹建设“浙里办”App。")
>>> [(r.type, r.head, r.tail) for r in x.relations if r.type == "coordinates"]
[('coordinates', 'Agency:浙江省大数据发展管理局', 'Platform:浙里办')]

Reading the graph:

* :func:`open_store` -- the embedded RDF store (``"memory:"``, a folder, ``"oxigraph:FOLDER"``).
* :func:`to_networkx` -- the store as a :class:`networkx.MultiDiGraph`: nodes are
  entity IRIs (type, name, aliases, region code, documents, dates, statistics),
  edges are keyed by relation name (evidence sentences, documents, confidence).

Asking it questions (pure functions of that graph, see :mod:`govkg.graph.traverse`):
:func:`find_nodes`, :func:`neighbors`, :func:`paths`, :func:`region_members`,
:func:`central_entities`, :func:`ego_subgraph`.

Writing it out: :func:`write_view` (one offline HTML page) and the exporters in
:data:`EXPORTERS` (graphml, gexf, json, csv).
"""
from __future__ import annotations

from .build import BuildReport, build, remove
from .graph.export import EXPORTERS, write_csv, write_gexf, write_graphml, write_node_link_json
from .graph.nx import graph_from_records, to_networkx
from .graph.store import open_store
from .graph.traverse import central_entities, ego_subgraph, find_nodes, neighbors, paths, region_members
from .graph.view import write_view
from .loaders.pipeline import Extractor, to_eval_json
from .queries.runner import load_queries, run_query


def extract(text: str, source: str = "<text>", extractor: Extractor | None = None):
    """Extract entities, relations, statistics and dates from one text (no store involved)."""
    return (extractor or Extractor()).extract_text(text, source)

__all__ = [
    "build", "remove", "BuildReport", "extract", "Extractor", "to_eval_json", "load_queries", "run_query",
    "open_store", "to_networkx", "graph_from_records",
    "find_nodes", "neighbors", "paths", "region_members", "central_entities", "ego_subgraph",
    "write_view", "write_graphml", "write_gexf", "write_node_link_json", "write_csv", "EXPORTERS",
]
