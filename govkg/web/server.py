"""``govkg serve``: a read-only SPARQL 1.1 Protocol endpoint and a query page over the store.

Routes (standard library :mod:`http.server`, one thread per request):

``GET /sparql?query=…``, ``POST /sparql`` (form ``query=…`` or an
``application/sparql-query`` body)
    SPARQL 1.1 Protocol. SELECT/ASK results as ``application/sparql-results+json``
    (the default), ``application/sparql-results+xml``, ``text/csv`` or
    ``text/tab-separated-values`` as the Accept header asks; CONSTRUCT/DESCRIBE
    as Turtle, N-Triples or RDF/XML. The ontology's prefixes are predeclared.
    Updates (``update=…``, ``application/sparql-update``, or an update in
    ``query``) are refused with 403: the endpoint never writes.
``GET /``
    The query page (``static/query.html``): type SPARQL or pick a saved query,
    fill its params, see a table whose entities link to their profiles.
``GET /api/queries``, ``GET /api/query?query=NAME&p.PARAM=VALUE``, ``POST /api/sparql``
    JSON for the page: the saved queries; a saved query's rows; an ad-hoc
    query's rows. Each row comes with the entity IRI of every cell naming one.
    At most ``SHOWN_ROWS`` rows of an answer (the SPARQL endpoint: every row) (``"more": true`` when it has more).

>>> server = make_server("memory:", port=0)
>>> server.server_address[0]
'127.0.0.1'
>>> server.server_close()
"""
from __future__ import annotations

import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from ..graph.store import open_store, to_python
from ..queries.names import store_names, unknown_names
from ..queries.output import SHOWN_ROWS
from ..queries.runner import QueryError, adhoc_query, load_queries, run_query

STATIC = files("govkg.web") / "static"
PAGES = {"/": ("query.html", "text/html; charset=utf-8"), "/query.js": ("query.js", "text/javascript; charset=utf-8"),
         "/query.css": ("query.css", "text/css; charset=utf-8")}

#: Result formats by media type, for SELECT/ASK and for CONSTRUCT/DESCRIBE.
RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
READ_ONLY = "updates are refused: this endpoint is read-only"


class Refused(Exception):
    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


def negotiate(accept: str, formats: dict, default):
    """The first format of the Accept header (by q, then order) that ``formats`` knows; ``default`` for */*."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [x.strip() for x in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in formats:
            return formats[media]
        if media in ("*/*", "application/*", "text/*", ""):
            return default
    return None if accept.strip() else default


class GraphService:
    """What the routes do, over one store opened for the server's lifetime."""

    def __init__(self, store, page_rows: int = SHOWN_ROWS):
        self.store = store
        self.page_rows = page_rows      #: rows of one answer the page gets (the endpoint: all)
        self.queries = load_queries()
        self._lock = threading.Lock()
        self._entities: dict[str, str] | None = None

    # -- SPARQL protocol
    def sparql(self, text: str, accept: str) -> tuple[bytes, str]:
        try:
            result = self.store.query(text)
        except SyntaxError as exc:
            if is_update(text):
                raise Refused(HTTPStatus.FORBIDDEN, READ_ONLY) from None
            raise Refused(HTTPStatus.BAD_REQUEST, f"not a valid SPARQL query: {str(exc).splitlines()[0]}") from None
        except (RuntimeError, OSError) as exc:
            raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {exc}") from None
        try:      # a store on a server sends its rows as they come: reading them can fail too
            return self._serialized(result, accept)
        except (RuntimeError, OSError, SyntaxError) as exc:
            raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {exc}") from None

    def _serialized(self, result, accept: str) -> tuple[bytes, str]:
        if isinstance(result, ox.QueryTriples):
            fmt = negotiate(accept, GRAPH_FORMATS, ox.RdfFormat.TURTLE)
            if fmt is None:
                raise Refused(HTTPStatus.NOT_ACCEPTABLE, f"cannot give a graph as {accept}; "
                              f"ask for one of {', '.join(GRAPH_FORMATS)}")
            return result.serialize(format=fmt), fmt.media_type
        fmt = negotiate(accept, RESULT_FORMATS, ox.QueryResultsFormat.JSON)
        if fmt is None:
            raise Refused(HTTPStatus.NOT_ACCEPTABLE, f"cannot give results as {accept}; "
                          f"ask for one of {', '.join(RESULT_FORMATS)}")
        return result.serialize(format=fmt), fmt.media_type

    # -- JSON for the page
    def saved_queries(self) -> list[dict]:
        return [{"name": q.name, "title": q.title, "description": q.description,
                 "params": [{"name": p.name, "type": p.type, "required": p.required, "description": p.description}
                            for p in q.params]}
                for q in self.queries.values()]

    def run_saved(self, name: str, params: dict[str, str]) -> dict:
        if name not in self.queries:
            raise Refused(HTTPStatus.NOT_FOUND, f"no saved query called {name!r}")
        return self._rows(self.queries[name], {k: v for k, v in params.items() if v.strip()})

    def run_adhoc(self, text: str) -> dict:
        try:
            return self._rows(adhoc_query(text), {})
        except QueryError as exc:
            raise Refused(HTTPStatus.BAD_REQUEST, str(exc)) from None

    def _rows(self, query, params: dict[str, str]) -> dict:
        try:
            result = run_query(self.store, query, params, limit=self.page_rows)
        except QueryError as exc:
            if is_update(query.sparql):
                raise Refused(HTTPStatus.FORBIDDEN, READ_ONLY) from None
            raise Refused(HTTPStatus.BAD_REQUEST, str(exc)) from None
        if not result.rows:
            problems = unknown_names(store_names(self.store), query, params)
            if problems:
                raise Refused(HTTPStatus.NOT_FOUND, "; ".join(problems))
        entities = self.entities()
        links = [[entities.get(v) if isinstance(v, str) else None for v in row] for row in result.rows]
        return {"columns": list(result.columns), "rows": [list(r) for r in result.rows], "links": links,
                "title": query.title, "more": result.more, "sorted_after_cut": result.sorted_after_cut}

    def entities(self) -> dict[str, str]:
        """Entity IRIs by name and by IRI (the store does not change while served)."""
        with self._lock:
            if self._entities is None:
                rows = self.store.select("""
                    SELECT ?e ?n WHERE {
                      VALUES ?class { gk:Agency gk:Organization gk:Region gk:Platform gk:Policy gk:Report }
                      ?e a ?class ; gk:name ?l BIND (STR(?l) AS ?n) }""")
                found = {r["n"]: r["e"] for r in rows}
                found.update({r["e"]: r["e"] for r in rows})
                self._entities = found
            return self._entities


def is_update(text: str) -> bool:
    """Whether ``text`` parses as a SPARQL 1.1 Update (rdflib's grammar), to refuse it by name."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
    except Exception:      # pyparsing's ParseException and friends: not an update
        return False
    return True


class Handler(BaseHTTPRequestHandler):
    service: GraphService
    server_version = "govkg"

    def log_message(self, fmt, *args):     # quiet: one line per request only when asked
        if getattr(self.server, "verbose", False):
            super().log_message(fmt, *args)

    # -- routes
    def do_GET(self):
        url = urlsplit(self.path)
        form = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        self._route(url.path, form, None, None)

    def do_POST(self):
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        form = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        if ctype == "application/x-www-form-urlencoded":
            form.update({k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()})
        self._route(url.path, form, body, ctype)

    def _route(self, path: str, form: dict, body: str | None, ctype: str | None):
        try:
            if path in PAGES and body is None:
                name, media = PAGES[path]
                return self._send(HTTPStatus.OK, (STATIC / name).read_bytes(), media)
            if path == "/sparql":
                return self._sparql(form, body, ctype)
            if path == "/api/queries":
                return self._json(self.service.saved_queries())
            if path == "/api/query":
                params = {k[2:]: v for k, v in form.items() if k.startswith("p.")}
                return self._json(self.service.run_saved(form.get("query", ""), params))
            if path == "/api/sparql":
                text = form.get("query") if ctype != "application/sparql-query" else body
                return self._json(self.service.run_adhoc(text or ""))
            raise Refused(HTTPStatus.NOT_FOUND, f"no page {path}")
        except Refused as exc:
            self._send(exc.status, (str(exc) + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _sparql(self, form: dict, body: str | None, ctype: str | None):
        if "update" in form or ctype == "application/sparql-update":
            raise Refused(HTTPStatus.FORBIDDEN, READ_ONLY)
        text = body if ctype == "application/sparql-query" else form.get("query")
        if not text:
            raise Refused(HTTPStatus.BAD_REQUEST, "give a query: ?query=… (GET), a form field query=… or an "
                          "application/sparql-query body (POST)")
        data, media = self.service.sparql(text, self.headers.get("Accept") or "*/*")
        self._send(HTTPStatus.OK, data, media)

    def _json(self, data):
        self._send(HTTPStatus.OK, json.dumps(data, ensure_ascii=False, default=to_python).encode("utf-8"),
                   "application/json; charset=utf-8")

    def _send(self, status: HTTPStatus, data: bytes, media: str):
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def make_server(store_or_url, host: str = "127.0.0.1", port: int = 8700, verbose: bool = False,
                page_rows: int = SHOWN_ROWS) -> ThreadingHTTPServer:
    """A server (not yet serving) over a store or store URL; ``port=0`` picks a free port;
    the query page gets at most ``page_rows`` rows of an answer."""
    store = open_store(store_or_url) if isinstance(store_or_url, str) else store_or_url
    handler = type("GovkgHandler", (Handler,), {"service": GraphService(store, page_rows)})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.verbose = verbose
    return server
