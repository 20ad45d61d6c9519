"""Small questions asked of the networkx projection (see :mod:`govkg.graph.nx`).

Every function is pure: it reads a :class:`networkx.MultiDiGraph` whose nodes
are entity IRIs (attributes ``type``, ``name``, ``aliases``) and whose edges
are keyed by relation name (attributes ``relation``, ``evidence``). Nothing
here copies the graph: undirected questions use
``G.to_undirected(as_view=True)`` and subgraphs are views.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

import networkx as nx

from ..types import SYMMETRIC_RELATIONS

#: Relations that place an entity inside a region.
REGION_RELATIONS = ("jurisdiction", "serves")


class Neighbor(NamedTuple):
    """One relation seen from a node: ``direction`` is "out" if the node is its subject."""

    node: str
    relation: str
    direction: str
    evidence: list


class Step(NamedTuple):
    """One hop of a path, walked from ``source`` to ``target``.

    ``direction`` is "out" if the stored relation points the way we walk
    (source → target), "in" if against it; ``evidence`` is one sentence
    stating it (None for facts without evidence, such as the region hierarchy).
    """

    source: str
    relation: str
    target: str
    direction: str
    evidence: str | None


class Central(NamedTuple):
    node: str
    degree: int
    betweenness: float


def _normalize(text: str) -> str:
    return text.strip().strip("“”\"'《》「」").casefold()


def find_nodes(G: nx.MultiDiGraph, name: str) -> list[str]:
    """Resolve a name to node IRIs through ``name`` and ``aliases``.

    Exact matches win; without one, every node whose name or alias contains
    ``name`` is returned. A node IRI is accepted as it is.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The projection.
    name : str
        A name, an alias, a part of one, or a node IRI.

    Returns
    -------
    list of str
        Matching IRIs, sorted; empty when nothing matches.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ex:zlb", name="浙里办", aliases=["浙里办App"])
    >>> G.add_node("ex:zw", name="浙江政务服务网", aliases=[])
    >>> find_nodes(G, "浙里办App")
    ['ex:zlb']
    >>> find_nodes(G, "浙")
    ['ex:zlb', 'ex:zw']
    >>> find_nodes(G, "随申办")
    []
    """
    if name in G:
        return [name]
    wanted = _normalize(name)
    if not wanted:
        return []
    labels = {n: [_normalize(x) for x in _labels(G, n)] for n in G}
    exact = sorted(n for n, names in labels.items() if wanted in names)
    return exact or sorted(n for n, names in labels.items() if any(wanted in x for x in names))


def _labels(G: nx.MultiDiGraph, node: str) -> list[str]:
    data = G.nodes[node]
    return [x for x in [data.get("name"), *(data.get("aliases") or [])] if x]


def neighbors(G: nx.MultiDiGraph, node: str, relation: str | None = None,
              direction: str = "both") -> list[Neighbor]:
    """The relations of one node, with their evidence.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    node : str
        Node IRI.
    relation : str, optional
        Keep only this relation type.
    direction : {"both", "out", "in"}
        "out": the node is the subject; "in": the object. Symmetric relations
        (cooperatesWith, sharesDataWith) match either direction.

    Returns
    -------
    list of Neighbor
        ``(node, relation, direction, evidence)`` tuples, sorted.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("ex:局", "ex:平台", key="operates", evidence=["局运营平台。"])
    >>> _ = G.add_edge("ex:平台", "ex:市", key="serves", evidence=[])
    >>> for n in neighbors(G, "ex:平台"):
    ...     print(n)
    Neighbor(node='ex:局', relation='operates', direction='in', evidence=['局运营平台。'])
    Neighbor(node='ex:市', relation='serves', direction='out', evidence=[])
    >>> [n.node for n in neighbors(G, "ex:平台", direction="out")]
    ['ex:市']
    """
    if direction not in ("both", "out", "in"):
        raise ValueError(f"direction must be 'both', 'out' or 'in', not {direction!r}")
    found = [Neighbor(v, k, "out", list(d.get("evidence") or [])) for _, v, k, d in G.out_edges(node, keys=True, data=True)]
    found += [Neighbor(u, k, "in", list(d.get("evidence") or [])) for u, _, k, d in G.in_edges(node, keys=True, data=True)]
    return sorted(n for n in found if (relation is None or n.relation == relation)
                  and (direction in ("both", n.direction) or n.relation in SYMMETRIC_RELATIONS))


def paths(G: nx.MultiDiGraph, a: str, b: str, max_hops: int = 3) -> list[list[Step]]:
    """All simple paths between two nodes, ignoring edge direction, each step explained.

    Parallel relations between the same two nodes give separate paths.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    a, b : str
        Node IRIs.
    max_hops : int
        Longest path considered, in edges.

    Returns
    -------
    list of list of Step
        Shortest paths first, then in lexical order.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("ex:局", "ex:平台", key="operates", evidence=["局运营平台。"])
    >>> _ = G.add_edge("ex:平台", "ex:市", key="serves", evidence=[])
    >>> for step in paths(G, "ex:局", "ex:市")[0]:
    ...     print(step.source, step.relation, step.target, step.direction, step.evidence)
    ex:局 operates ex:平台 out 局运营平台。
    ex:平台 serves ex:市 out None
    >>> paths(G, "ex:市", "ex:局", max_hops=1)
    []
    """
    if a not in G or b not in G:
        return []
    if a == b:
        return [[]]
    U = G.to_undirected(as_view=True)
    found = [[_step(G, u, v, k) for u, v, k in p]
             for p in nx.all_simple_edge_paths(U, a, b, cutoff=max_hops)]
    return sorted(found, key=lambda p: (len(p), [tuple(map(str, s)) for s in p]))


def _step(G: nx.MultiDiGraph, u: str, v: str, key: str) -> Step:
    if G.has_edge(u, v, key):
        direction, data = "out", G.edges[u, v, key]
    else:
        direction, data = "in", G.edges[v, u, key]
    evidence = data.get("evidence") or [None]
    return Step(u, key, v, direction, evidence[0])


def region_members(G: nx.MultiDiGraph, region: str) -> list[str]:
    """Everything inside a region.

    The regions below it (``partOf`` chains between regions), and the
    entities whose ``jurisdiction`` or ``serves`` relation points to the
    region or to one of those.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    region : str
        The region's node IRI.

    Returns
    -------
    list of str
        IRIs, sorted; the region itself is not included.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["ex:省", "ex:市"], type="Region")
    >>> _ = G.add_edge("ex:市", "ex:省", key="partOf")
    >>> _ = G.add_edge("ex:市局", "ex:市", key="jurisdiction")
    >>> _ = G.add_edge("ex:市局", "ex:平台", key="operates")
    >>> region_members(G, "ex:省")
    ['ex:市', 'ex:市局']
    """
    if region not in G:
        return []
    regions = {region} | nx.ancestors(_region_tree(G), region)
    members = set(regions)
    for r in regions:
        members.update(u for u, _, k in G.in_edges(r, keys=True) if k in REGION_RELATIONS)
    members.discard(region)
    return sorted(members)


def _region_tree(G: nx.MultiDiGraph):
    """A view of the ``partOf`` edges between regions."""
    def is_region(n):
        return G.nodes[n].get("type") == "Region"

    return nx.subgraph_view(G, filter_node=is_region, filter_edge=lambda u, v, k: k == "partOf")


def central_entities(G: nx.MultiDiGraph, types: Sequence[str] | None = ("Agency", "Platform"),
                     k: int = 10) -> list[Central]:
    """The best-connected entities: by degree, then betweenness.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    types : sequence of str or None
        Entity types to rank (None: all).
    k : int
        How many to return.

    Returns
    -------
    list of Central
        ``(node, degree, betweenness)``; degree counts relations (both
        directions), betweenness is computed on the undirected view and
        normalized.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["ex:a", "ex:b"], type="Agency")
    >>> G.add_node("ex:p", type="Platform")
    >>> _ = G.add_edge("ex:a", "ex:p", key="operates")
    >>> _ = G.add_edge("ex:b", "ex:p", key="supervises")
    >>> central_entities(G, k=1)
    [Central(node='ex:p', degree=2, betweenness=1.0)]
    """
    betweenness = nx.betweenness_centrality(G.to_undirected(as_view=True)) if len(G) else {}
    ranked = [Central(n, G.degree(n), round(betweenness[n], 6)) for n in G
              if types is None or G.nodes[n].get("type") in types]
    ranked.sort(key=lambda c: (-c.degree, -c.betweenness, c.node))
    return ranked[:k]


def ego_subgraph(G: nx.MultiDiGraph, node: str, radius: int = 1):
    """The neighbourhood of a node, as a read-only view of ``G`` (no copy).

    Parameters
    ----------
    G : networkx.MultiDiGraph
    node : str
        Centre node IRI.
    radius : int
        Hops, ignoring edge direction.

    Returns
    -------
    networkx.MultiDiGraph
        ``G.subgraph(...)``: a view; call ``.copy()`` to change it.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("ex:a", "ex:b", key="operates")
    >>> _ = G.add_edge("ex:c", "ex:b", key="supervises")
    >>> _ = G.add_edge("ex:c", "ex:d", key="supervises")
    >>> H = ego_subgraph(G, "ex:a", radius=2)
    >>> sorted(H), nx.is_frozen(H)
    (['ex:a', 'ex:b', 'ex:c'], True)
    """
    reach = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), node, cutoff=radius)
    return G.subgraph(reach)
