"""The RDF store behind a small interface (the embedded Oxigraph store itself: :mod:`.oxigraph_store`).

One interface, several implementations chosen by name (as rdflib's plugin
registry does): ``open_store("oxigraph:/path")`` for the on-disk default,
``open_store("memory:")`` for an in-memory store (tests, one-off runs),
``open_store("http://host:port")`` for a SPARQL 1.1 server
(:mod:`govkg.graph.sparql_store`).

Each source document's facts live in a named graph whose name is the
document IRI. Queries see, as their default graph, a materialized union of
all document graphs (``UNION_GRAPH``), kept in step with every write: each
triple once however many documents state it, so joins do not multiply rows
by the number of documents (Oxigraph's on-the-fly union repeats a triple
once per graph that holds it).

>>> store = open_store("memory:")
>>> store.replace_document("http://ex.org/doc/1", '<http://ex.org/a> <http://ex.org/p> "x" .\\n')
>>> [row["o"] for row in store.select("SELECT ?o WHERE { ?s ?p ?o }")]
['x']
>>> store.remove_document("http://ex.org/doc/1")
True
>>> store.documents()
[]
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping, Sequence

import pyoxigraph as ox

from ..fileout import atomic_path
from ..ontology.namespace import PREFIXES

#: Export formats by name: (pyoxigraph format, whether it keeps named graphs).
EXPORT_FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}

#: File suffix for each export format.
EXPORT_SUFFIXES = {"turtle": ".ttl", "ntriples": ".nt", "trig": ".trig", "nquads": ".nq", "jsonld": ".jsonld"}


#: The materialized union of all document graphs; the default graph of queries.
UNION_GRAPH = "https://w3id.org/govkg/id/graph/union"


class StoreError(RuntimeError):
    """A store could not be opened or written; the message says which and why."""


def _number(value: str):
    v = float(value)
    return int(v) if v.is_integer() else v


_XSD = PREFIXES["xsd"]
#: How a literal of each datatype becomes a Python value; any other stays its text.
_FROM_LITERAL = {
    _XSD + "integer": int, _XSD + "int": int, _XSD + "long": int,
    _XSD + "decimal": float, _XSD + "double": _number, _XSD + "float": _number,
    _XSD + "boolean": lambda value: value == "true",
}


def to_python(term):
    """Turn a pyoxigraph term into a plain Python value (str, int, float, bool, date string).

    >>> to_python(ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    3
    >>> to_python(ox.NamedNode("http://ex.org/a"))
    'http://ex.org/a'
    >>> to_python(ox.Literal("2.0", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#double")))
    2
    """
    if term is None:
        return None
    if type(term) is ox.Literal:
        convert = _FROM_LITERAL.get(term.datatype.value)
        return term.value if convert is None else convert(term.value)
    return term.value


class RdfStore:
    """What every store offers; subclasses supply the storage (embedded, a SPARQL server).

    A subclass implements ``replace_document``, ``remove_document``, ``clear``,
    ``documents``, ``query``, ``quads``, ``_union_triples``, ``flush`` and
    ``close``; rows, import, export and the rdflib view are built on those here.
    ``replace_documents`` (several at once) should be overridden where a batch
    is cheaper than its documents one by one.
    """

    name = "rdf"
    path: Path | None = None
    location = "memory"     #: where the store is, for messages (a folder, a URL)
    read_only = False
    capabilities: frozenset = frozenset()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    #: Whether :meth:`optimize` does anything here (an on-disk embedded store); a build compacts only then.
    compacts = False

    def optimize(self) -> None:
        """Make reading fast again after many writes (a store that does this itself does nothing)."""

    def replace_documents(self, documents: Sequence[tuple[str, str]]) -> list[StoreError | None]:
        """Replace several documents (IRI, N-Triples), each whole or not at all, in their order.

        Gives, per document, None when it is stored or the :class:`StoreError`
        that refused it; a StoreError caused by an OSError (the disk, the
        connection) is raised instead, since the next write would fail too.
        """
        problems: list[StoreError | None] = []
        for iri, text in documents:
            try:
                self.replace_document(iri, text)
            except StoreError as exc:
                if isinstance(exc.__cause__, OSError):
                    raise
                problems.append(exc)
            else:
                problems.append(None)
        return problems

    def import_dataset(self, path: str | os.PathLike) -> list[str]:
        """Load a TriG or N-Quads file (such as an export): each named graph becomes one document.

        Returns the document IRIs written; each is written whole or not at all.
        """
        fmt = ox.RdfFormat.N_QUADS if str(path).endswith(".nq") else ox.RdfFormat.TRIG
        graphs: dict[str, list] = {}
        for quad in ox.parse(path=str(path), format=fmt):
            if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value != UNION_GRAPH:
                graphs.setdefault(quad.graph_name.value, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
        texts = [(name, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")) for name, triples in graphs.items()]
        for start in range(0, len(texts), 64):
            for problem in self.replace_documents(texts[start:start + 64]):
                if problem is not None:
                    raise problem
        return sorted(graphs)

    def __len__(self) -> int:
        """Quads in the document graphs (the derived union not counted)."""
        return sum(1 for _ in self.quads())

    def select(self, sparql: str, bindings: Mapping[str, object] | None = None) -> list[dict]:
        """Rows of a SELECT query as dicts of plain Python values (unbound → None)."""
        result = self.query(sparql, bindings)
        names = [v.value for v in result.variables]
        return [{n: to_python(sol[n]) for n in names} for sol in result]

    def export(self, path: str | os.PathLike, fmt: str = "turtle") -> Path:
        """Write the whole graph; trig/nquads/jsonld keep one named graph per document.

        The file is replaced whole or not at all; a write that fails raises
        :class:`~govkg.fileout.OutputError` (an OSError) naming the file.
        """
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        rdf_format, keeps_graphs = EXPORT_FORMATS[fmt]
        out = Path(path)
        if keeps_graphs:   # one named graph per document; the union is derived, so left out
            items = sorted(self.quads(), key=str)
            if fmt == "jsonld":     # with a compact @context (govkg.graph.jsonld)
                from .jsonld import write_jsonld

                return write_jsonld(ox.serialize(items, format=ox.RdfFormat.N_QUADS).decode("utf-8"), out)
        else:              # a triple format: the union, each triple once
            items = sorted(self._union_triples(), key=str)
        with atomic_path(out) as tmp:     # a full disk leaves the old file, not half a new one
            with open(tmp, "wb") as fh:
                ox.serialize(items, fh, rdf_format, prefixes=_prefixes_for(rdf_format))
        return out

    def to_rdflib(self, documents: list[str] | None = None):
        """The union graph (or the union of some ``documents``) as an in-memory rdflib Graph (for SHACL)."""
        import rdflib

        g = rdflib.Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        if documents is None:
            triples = self._union_triples()
        else:
            triples = {ox.Triple(q.subject, q.predicate, q.object) for d in documents for q in self.quads(d)}
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        g.parse(data=data.decode("utf-8"), format="nt")
        return g


def _prefixes_for(rdf_format) -> dict | None:
    if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        return {k: v for k, v in PREFIXES.items()}
    return None


def _embedded(url: str, rest: str, read_only: bool):
    from .oxigraph_store import OxigraphStore

    return OxigraphStore(rest or None, read_only)


def _memory(url: str, rest: str, read_only: bool):
    from .oxigraph_store import OxigraphStore

    return OxigraphStore(None)


def _sparql_server(url: str, rest: str, read_only: bool):
    from .sparql_store import SparqlServerStore

    return SparqlServerStore(url, read_only)


#: The registry of store implementations, by URL scheme: each opens (url, the rest after the scheme, read_only).
STORES = {"oxigraph": _embedded, "memory": _memory, "http": _sparql_server, "https": _sparql_server}


def open_store(url: str | os.PathLike, read_only: bool = False) -> RdfStore:
    """Open a store by URL: ``oxigraph:PATH``, ``memory:``, a SPARQL server's ``http://host:port``, or a bare folder path.

    ``read_only`` opens an existing on-disk store for reading only: any number
    of processes can, while another one builds (a memory store ignores it).

    >>> open_store("memory:").path is None
    True
    """
    text = str(url)
    scheme, sep, rest = text.partition(":")
    if not sep or scheme not in STORES or len(scheme) == 1:  # a bare path (or a Windows drive)
        return _embedded(text, text, read_only)
    return STORES[scheme](text, rest, read_only)


def __getattr__(name: str):
    """``OxigraphStore`` as it was imported from here before it had a module of its own."""
    if name == "OxigraphStore":
        from .oxigraph_store import OxigraphStore

        return OxigraphStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
