"""Explore the graph: neighbors, path, show, export-graph, view.

Every command reads the store through the networkx projection
(:func:`govkg.graph.nx.to_networkx`) and resolves names through aliases.
An unknown name prints suggestions and exits 2; so does an ambiguous one,
listing the candidates.
"""
from __future__ import annotations

import difflib
from pathlib import Path

import click
import networkx as nx

from ..graph import traverse
from ..fileout import OutputError
from ..graph.export import EXPORTERS
from ..graph.nx import to_networkx
from ..graph.store import StoreError, open_store
from ..graph.view import write_view
from ..types import RELATION_TYPES
from .common import store_option
from .progress import Heartbeat

ARROWS = {"out": ("—", "→"), "in": ("←", "—")}


# -- shared helpers -------------------------------------------------------------

def fail(message: str, code: int = 2):
    """Print to stderr and exit with ``code`` (2: nothing could be done)."""
    click.echo(message, err=True)
    raise click.exceptions.Exit(code)


def load_graph(store_url: str) -> nx.MultiDiGraph:
    """The projection of the store; a missing or locked store is an error (exit 2)."""
    url = str(store_url)
    if not url.startswith("memory:"):
        folder = Path(url.removeprefix("oxigraph:"))
        if not folder.exists():
            fail(f"no store at {folder}: build one first (govkg build ARTICLES) or pass --store")
    try:
        with open_store(url, read_only=True) as store:   # beside a build or another reader
            return to_networkx(store)
    except StoreError as exc:
        fail(str(exc))


def label(G: nx.MultiDiGraph, node: str) -> str:
    data = G.nodes[node]
    return f"{data.get('name') or node} ({data.get('type') or '?'})"


def suggestions(G: nx.MultiDiGraph, name: str, n: int = 5) -> list[str]:
    """Names and aliases that look like ``name`` (difflib), best first."""
    names = sorted({x for _, d in G.nodes(data=True) for x in [d.get("name"), *(d.get("aliases") or [])] if x})
    return difflib.get_close_matches(name, names, n=n, cutoff=0.4)


def resolve(G: nx.MultiDiGraph, name: str) -> str:
    """The one node ``name`` designates, or exit 2 explaining why there is none."""
    found = traverse.find_nodes(G, name)
    if len(found) == 1:
        return found[0]
    if found:
        lines = [f"{name!r} is ambiguous; {len(found)} entities match:"]
        lines += [f"  {label(G, n)}  {n}" for n in found]
        lines.append("give a fuller name, an alias or the IRI")
        fail("\n".join(lines))
    message = f"no entity named {name}"
    close = suggestions(G, name)
    if close:
        message += "\ndid you mean: " + ", ".join(close)
    elif len(G) == 0:
        message += " (the store is empty: run govkg build first)"
    fail(message)


def document_label(G: nx.MultiDiGraph, iri: str | None) -> str:
    doc = (G.graph.get("documents") or {}).get(iri) or {}
    if not doc.get("title"):
        return iri or "?"
    return doc["title"] + (f" ({doc['published']})" if doc.get("published") else "")


def arrow(relation: str, direction: str) -> str:
    left, right = ARROWS[direction]
    return f"{left}{relation}{right}"


def echo_evidence(G: nx.MultiDiGraph, provenance: list[dict], evidence: list[str], indent: str = "      ") -> None:
    """Each evidence sentence with the document stating it."""
    shown = [p for p in provenance if p.get("evidence")] or [{"evidence": e} for e in evidence]
    for p in shown:
        source = f"  — {document_label(G, p['document'])}" if p.get("document") else ""
        click.echo(f"{indent}「{p['evidence']}」{source}")


def number(value) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


# -- commands -------------------------------------------------------------------

@click.command(epilog="""\b
Examples:
  govkg neighbors 上海市大数据中心
  govkg neighbors 一网通办 --relation operates --direction in
""")
@click.argument("name")
@click.option("--relation", type=click.Choice(RELATION_TYPES), help="Only this relation type.")
@click.option("--direction", type=click.Choice(["both", "out", "in"]), default="both", show_default=True,
              help="out: NAME is the subject; in: NAME is the object.")
@store_option
def neighbors(name, relation, direction, store_url):
    """The entities related to NAME, with the sentences that say so."""
    G = load_graph(store_url)
    node = resolve(G, name)
    found = traverse.neighbors(G, node, relation=relation, direction=direction)
    click.echo(label(G, node))
    if not found:
        click.echo("  (no relations)")
    for n in found:
        edge = _edge_data(G, node, n)
        click.echo(f"  {arrow(n.relation, n.direction)} {label(G, n.node)}")
        echo_evidence(G, edge.get("provenance") or [], n.evidence)


def _edge_data(G, node, n: traverse.Neighbor) -> dict:
    u, v = (node, n.node) if n.direction == "out" else (n.node, node)
    return G.edges[u, v, n.relation]


@click.command(epilog="""\b
Examples:
  govkg path 随申办 浙江省大数据发展管理局
  govkg path 一网通办 浙江省 --max-hops 4
""")
@click.argument("name1")
@click.argument("name2")
@click.option("--max-hops", type=click.IntRange(1, 8), default=3, show_default=True, help="Longest path, in relations.")
@store_option
def path(name1, name2, max_hops, store_url):
    """How NAME1 and NAME2 are connected: every path, each step with its evidence."""
    G = load_graph(store_url)
    a, b = resolve(G, name1), resolve(G, name2)
    found = traverse.paths(G, a, b, max_hops=max_hops)
    if not found:
        click.echo(f"no path of at most {max_hops} relations between {label(G, a)} and {label(G, b)}")
        return
    for i, steps in enumerate(found, 1):
        names = [G.nodes[a].get("name")] + [G.nodes[s.target].get("name") for s in steps]
        chain = names[0] + "".join(f" {arrow(s.relation, s.direction)} {n}" for s, n in zip(steps, names[1:]))
        click.echo(f"{i}. {chain}")
        for s in steps:
            said = f"「{s.evidence}」" if s.evidence else "(no evidence sentence)"
            click.echo(f"     {G.nodes[s.source].get('name')} {arrow(s.relation, s.direction)} "
                       f"{G.nodes[s.target].get('name')}: {said}")


@click.command(epilog="""\b
Examples:
  govkg show 浙里办
  govkg show 浦东新区
""")
@click.argument("name")
@store_option
def show(name, store_url):
    """Everything known about one entity: names, codes, dates, relations, statistics."""
    G = load_graph(store_url)
    node = resolve(G, name)
    data = G.nodes[node]
    click.echo(data.get("name") or node)
    _show_fields(data, node)
    click.echo("  documents:")
    for doc in data.get("documents") or []:
        click.echo(f"    - {document_label(G, doc)}  {doc}")
    _show_relations(G, node)
    _show_statistics(G, data.get("statistics") or [])


def _show_fields(data: dict, node: str) -> None:
    fields = [("type", data.get("type")), ("IRI", node), ("aliases", "、".join(data.get("aliases") or [])),
              ("region code", data.get("region_code")), ("region level", data.get("region_level")),
              ("launch date", data.get("launchDate")), ("publication date", data.get("publicationDate")),
              ("issue date", data.get("issueDate")), ("effective date", data.get("effectiveDate"))]
    for key, value in fields:
        if value:
            click.echo(f"  {key}: {value}")


def _show_relations(G: nx.MultiDiGraph, node: str) -> None:
    found = traverse.neighbors(G, node)
    click.echo(f"  relations ({len(found)}):")
    for n in found:
        edge = _edge_data(G, node, n)
        extra = "".join(f", {k} {edge[k]}" for k in ("confidence", "rating") if edge.get(k) is not None)
        extra += ", inferred" if edge.get("inferred") else ""
        click.echo(f"    {arrow(n.relation, n.direction)} {label(G, n.node)}{' [' + extra[2:] + ']' if extra else ''}")
        echo_evidence(G, edge.get("provenance") or [], n.evidence, indent="        ")


def _show_statistics(G: nx.MultiDiGraph, statistics: list[dict]) -> None:
    if not statistics:
        return
    click.echo("  statistics:")
    for s in statistics:
        when = f" (as of {s['as_of']})" if s.get("as_of") else ""
        click.echo(f"    {s['metric']} {s.get('op') or '='} {number(s['value'])} {s.get('unit') or ''}".rstrip() + when)
        if s.get("evidence"):
            echo_evidence(G, [s], [], indent="        ")


@click.command("export-graph", epilog="""\b
Examples:
  govkg export-graph --format graphml --out graph.graphml   # yEd, Cytoscape
  govkg export-graph --format gexf --out graph.gexf         # Gephi
  govkg export-graph --format json --out graph.json         # d3 / networkx node-link
  govkg export-graph --format csv --out graph-csv/          # nodes.csv + edges.csv
List-valued attributes (aliases, evidence, documents, ...) are JSON text in GraphML, GEXF and CSV.
""")
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORTERS)), required=True, help="Output format.")
@click.option("--out", "out", type=click.Path(path_type=Path), required=True, help="File (a folder for csv).")
@store_option
def export_graph(fmt, out, store_url):
    """Write the entity graph (the networkx projection) for graph tools."""
    with Heartbeat("export-graph") as beat:     # a line every few seconds when stderr is a log
        beat.update(0, "reading the store")
        G = load_graph(store_url)
        beat.update(0, f"writing {fmt}")
        try:
            written = EXPORTERS[fmt](G, out)
        except OutputError as exc:      # a full disk: one line, and no half-written file left
            fail(str(exc))
    click.echo(f"wrote {G.number_of_nodes()} entities and {G.number_of_edges()} relations to {written}")


@click.command(epilog="""\b
Examples:
  govkg view                          # writes graph.html; open it in a browser (works offline)
  govkg view --out docs/graph.html --title 长三角政务平台
""")
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("graph.html"), show_default=True)
@click.option("--title", default="govkg 知识图谱", show_default=True, help="Page title.")
@store_option
def view(out, title, store_url):
    """Write an interactive, self-contained HTML view of the graph.

    The page opens on the most connected entities; search adds and zooms to a
    match, clicking a node adds its neighbours, and the filters (type, relation,
    province, document) combine.
    """
    G = load_graph(store_url)
    try:
        written = write_view(G, out, title=title)
    except OutputError as exc:
        fail(str(exc))
    click.echo(f"wrote {written} ({G.number_of_nodes()} entities, {G.number_of_edges()} relations); open it in a browser")


COMMANDS = [neighbors, path, show, export_graph, view]
