"""The library surface of govkg: what a notebook or a script imports.

>>> from govkg.api import open_store, to_networkx, find_nodes, neighbors
>>> G = to_networkx(open_store("memory:"))
>>> G.number_of_nodes(), find_nodes(G, "浙里办")
(0, [])

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

from .graph.export import EXPORTERS, write_csv, write_gexf, write_graphml, write_node_link_json
from .graph.nx import graph_from_records, to_networkx
from .graph.store import open_store
from .graph.traverse import central_entities, ego_subgraph, find_nodes, neighbors, paths, region_members
from .graph.view import write_view

__all__ = [
    "open_store", "to_networkx", "graph_from_records",
    "find_nodes", "neighbors", "paths", "region_members", "central_entities", "ego_subgraph",
    "write_view", "write_graphml", "write_gexf", "write_node_link_json", "write_csv", "EXPORTERS",
]
