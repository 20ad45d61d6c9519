"""A SPARQL server as the store: a real Oxigraph server and a real Apache Jena Fuseki on loopback,
each built into and queried like the embedded store.

The same build goes into the embedded store and into the server; the
document graphs (as N-Quads), the union, every saved query's rows and the
command line's answers must be the same.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from govkg import build as b
from govkg.graph.store import StoreError, open_store
from govkg.queries.runner import load_queries, run_query

from .fuseki_server import fuseki_server
from .oxigraph_server import free_port, oxigraph_server

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")) + [ROOT / "govkg" / "samples" / "sample_article.txt"]
_SCRIPT = Path(sys.executable).with_name("govkg")
GOVKG = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-c", "from govkg.cli.main import cli; cli()"]

#: Parameter values to try on every saved query that takes them (names from the sample and test articles).
PARAMS = {"agency": "陕西省政务服务管理局", "region": "陕西", "platform": "秦务员", "entity": "秦务员",
          "name": "秦务员", "relation": "operates", "metric": "用户"}


SERVERS = {"oxigraph": oxigraph_server, "fuseki": fuseki_server}


@pytest.fixture(scope="module", params=sorted(SERVERS))
def server(request, tmp_path_factory):
    with SERVERS[request.param](tmp_path_factory.mktemp(request.param) / "data") as url:
        yield request.param, url


@pytest.fixture(scope="module")
def stores(server, tmp_path_factory, extractor):
    embedded = open_store(tmp_path_factory.mktemp("embedded") / "store")
    remote = open_store(server[1])
    assert remote.layout == server[0]          # told from the server's first answer
    for store in (embedded, remote):
        report = b.build(ARTICLES, store, extractor)
        assert report.ok and len(report.built) == len(ARTICLES)
    yield embedded, remote
    embedded.close()


def statements(items) -> list[str]:
    """Quads or triples as sorted text, exactly: govkg writes every literal in the one text both
    servers keep (Jena keeps a literal's text, Oxigraph its value: "6500.0"^^xsd:decimal would read
    back differently from each)."""
    return sorted(" ".join(str(t) for t in item if not isinstance(t, ox.DefaultGraph)) for item in items)


def exported(store, path: Path) -> list[str]:
    return statements(ox.parse(path=str(store.export(path, "nquads")), format=ox.RdfFormat.N_QUADS))


def test_the_server_holds_the_same_documents_and_union(stores):
    embedded, remote = stores
    assert remote.name == "sparql" and remote.documents() == embedded.documents()
    assert statements(remote.quads()) == statements(embedded.quads())
    assert statements(remote._union_triples()) == statements(embedded._union_triples())
    assert len(remote) == len(embedded) > 1000


def test_every_saved_query_gives_the_same_rows(stores):
    embedded, remote = stores
    compared = 0
    for name, query in sorted(load_queries().items()):
        tries = [{}] + [{p.name: PARAMS[p.name]} for p in query.params if p.name in PARAMS]
        for params in tries:
            want = run_query(embedded, query, params)
            got = run_query(remote, query, params)
            assert got.columns == want.columns, name
            assert sorted(map(repr, got.rows)) == sorted(map(repr, want.rows)), (name, params)
            compared += bool(want.rows)
    assert compared >= 15          # most of them answer something on this corpus


def test_ask_construct_and_awkward_literals_come_back_as_on_the_embedded_store(stores):
    """A SELECT's rows come as TSV, the rest as JSON or N-Triples: every form, and literals with
    tabs, newlines, quotes, a language or a datatype, read back the same."""
    embedded, remote = stores
    values = ('VALUES (?x ?y) { ("a\\tb\\nc \\"d\\" \\\\ e"@zh-Hans 2) (<https://ex.org/x> 1.5) '
              '(UNDEF "2024-02-29"^^xsd:date) ("中文\\r" true) }')
    for sparql in (f"SELECT ?x ?y WHERE {{ {values} }}",
                   "ASK { ?s a gk:Agency }", "ASK { ?s a gk:NoSuchClass }",
                   f"CONSTRUCT {{ <https://ex.org/s> <https://ex.org/p> ?x }} WHERE {{ {values} FILTER(BOUND(?x)) }}"):
        want, got = embedded.query(sparql), remote.query(sparql)
        if isinstance(want, ox.QueryBoolean):
            assert isinstance(got, ox.QueryBoolean) and bool(got) == bool(want), sparql
        else:
            assert statements(got) == statements(want) != [], sparql


def test_a_graph_store_endpoint_that_is_not_there_is_an_error_not_an_empty_store(stores, server):
    _, remote = stores
    assert remote.quads("https://ex.org/doc/none") is not None and not list(remote.quads("https://ex.org/doc/none"))
    wrong = open_store(server[1])
    wrong._graph_store = "no-such-endpoint"       # as if the server were taken for another kind
    with pytest.raises(RuntimeError, match="404"):
        list(wrong.quads())
    with pytest.raises(StoreError, match="no SPARQL query endpoint"):
        open_store(server[1].rstrip("/") + "/no-such-dataset")


def test_a_select_is_asked_for_as_tsv_and_an_ask_as_json(stores, monkeypatch):
    """The real server answers; the test only notes what was asked and what came back."""
    import urllib.request

    _, remote = stores
    seen, responses, urlopen = [], [], urllib.request.urlopen

    def noting(request, *args, **kwargs):
        response = urlopen(request, *args, **kwargs)
        seen.append((request.get_header("Accept"), response.headers.get("Content-Type", "")))
        responses.append(response)
        return response

    monkeypatch.setattr(urllib.request, "urlopen", noting)
    assert len(list(remote.query("PREFIX ask: <https://ex.org/> SELECT ?s WHERE { ?s a gk:Agency } LIMIT 2"))) == 2
    assert bool(remote.query("ASK { ?s a gk:Agency }"))
    (select_accept, select_type), (ask_accept, ask_type) = seen
    assert select_accept.startswith("text/tab-separated-values") and select_type.startswith("text/tab-separated-values")
    assert ask_accept.startswith("application/sparql-results+json") and ask_type.startswith("application/sparql-results+json")
    # a long answer is read as it comes: after its first row, most of it is still on the wire
    rows = iter(remote.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"))
    next(rows)
    assert not responses[-1].isclosed()
    assert sum(1 for _ in rows) > 1000 and responses[-1].isclosed()


def test_rows_are_read_as_they_come_and_a_half_read_answer_lets_go_of_its_connection(stores):
    _, remote = stores
    open_files = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else None
    for _ in range(50):
        rows = iter(remote.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"))
        assert len(tuple(next(rows))) == 3          # the first row, the rest left unread
        del rows
    if open_files is not None:
        assert len(os.listdir("/proc/self/fd")) <= open_files + 2


def test_rebuild_and_remove_keep_the_union_in_step(stores, extractor, tmp_path):
    embedded, remote = stores
    for store in (embedded, remote):
        b.build(ARTICLES[:1], store, extractor, everything=True)    # a rebuild replaces, never duplicates
        assert b.remove(store, str(ARTICLES[1]))
    assert remote.documents() == embedded.documents()
    assert statements(remote._union_triples()) == statements(embedded._union_triples())
    assert exported(remote, tmp_path / "r.nq") == exported(embedded, tmp_path / "e.nq")
    for store in (embedded, remote):                               # put it back for the other tests
        b.build(ARTICLES[1:2], store, extractor)


def test_a_rebuild_on_the_server_leaves_the_unchanged_files(stores, extractor):
    _, remote = stores
    before = statements(remote._union_triples())
    report = b.build(ARTICLES[:2], remote, extractor)
    assert len(report.unchanged) == 2 and not report.built
    assert statements(remote._union_triples()) == before


def test_a_bad_document_is_refused_whole(stores):
    _, remote = stores
    before = len(remote)
    with pytest.raises(StoreError, match="cannot write graph") as info:
        remote.replace_document("https://ex.org/doc/bad", '<https://ex.org/a> <https://ex.org/p> "x" .\n<not an iri> <x> .')
    assert not isinstance(info.value.__cause__, OSError)           # the document, not the connection
    assert len(remote) == before and "https://ex.org/doc/bad" not in remote.documents()


def test_a_batch_with_a_bad_document_stores_the_others(stores, tmp_path):
    """Several documents go in one request; when the server refuses it, each is sent alone."""
    embedded, remote = stores
    docs = [("https://ex.org/doc/b1", '<https://ex.org/a> <https://ex.org/p> "1" .\n'),
            ("https://ex.org/doc/b2", '<not an iri> <x> .\n'),
            ("https://ex.org/doc/b3", '<https://ex.org/a> <https://ex.org/p> "1" .\n<https://ex.org/a> <https://ex.org/p> "3" .\n')]
    for store in (embedded, remote):
        problems = store.replace_documents(docs)
        assert [p is None for p in problems] == [True, False, True]
        assert "cannot write" in str(problems[1]) and not isinstance(problems[1].__cause__, OSError)
        assert store.replace_documents(docs[:1] + docs[2:]) == [None, None]     # again: replaced, not doubled
        assert store.remove_document("https://ex.org/doc/b3")
    assert exported(remote, tmp_path / "r.nq") == exported(embedded, tmp_path / "e.nq")
    assert statements(remote._union_triples()) == statements(embedded._union_triples())
    for store in (embedded, remote):                               # put it back for the other tests
        assert store.remove_document("https://ex.org/doc/b1")


def test_the_command_line_builds_into_and_queries_the_server(tmp_path):
    env = {**os.environ, "COLUMNS": "200"}
    with oxigraph_server(tmp_path / "data") as url:
        build = subprocess.run([*GOVKG, "build", str(ARTICLES[-1]), "--store", url], capture_output=True, text=True,
                               env=env, cwd=ROOT, timeout=300)
        assert build.returncode == 0, build.stderr
        assert "1 built" in build.stdout and "conform" in build.stdout
        query = subprocess.run([*GOVKG, "query", "agency-coordinates-platform", "--param", "agency=陕西省政务服务管理局",
                                "--format", "csv"], capture_output=True, text=True, env={**env, "GOVKG_STORE": url},
                               cwd=ROOT, timeout=120)
        assert query.returncode == 0, query.stderr
        assert "秦务员" in query.stdout


def test_no_server_is_one_line_and_exit_2(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreError, match=f"cannot reach the SPARQL server at {url}"):
        open_store(url)
    proc = subprocess.run([*GOVKG, "build", str(ARTICLES[-1]), "--store", url], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len([line for line in proc.stderr.splitlines() if line.strip()]) == 1, proc.stderr


def test_an_answer_cut_short_is_an_error_not_fewer_rows():
    """A server (or a proxy) that stops before the length it announced: reading the rows fails,
    as reading the answer whole did, instead of ending early with a cut number."""
    import socket
    import threading

    body = b"?n\n1019999\n"
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()

        def whole_request(conn) -> bytes:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            head, _, body = data.partition(b"\r\n\r\n")
            length = int(next((line.split(b":")[1] for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), b"0"))
            while len(body) < length:
                body += conn.recv(65536)
            return body

        def answer():
            for turn in range(3):      # the ASK that opens the store, then the SELECT twice
                conn, _ = listener.accept()
                with conn:
                    whole_request(conn)
                    if turn == 0:
                        conn.sendall(b"HTTP/1.1 200 OK\r\nServer: Oxigraph/test\r\nContent-Type: application/sparql-results+json"
                                     b"\r\nContent-Length: 16\r\nConnection: close\r\n\r\n" + b'{"boolean":true}')
                    else:
                        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/tab-separated-values\r\nContent-Length: "
                                     + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body[:7])

        threading.Thread(target=answer, daemon=True).start()
        store = open_store(f"http://127.0.0.1:{listener.getsockname()[1]}")
        with pytest.raises(OSError, match="before the end of its answer|broke off"):
            list(store.query("SELECT ?n WHERE { ?s ?p ?n }"))
        # govkg serve over such a store answers 500 with the reason, not a dropped connection
        from govkg.web.server import GraphService, Refused

        with pytest.raises(Refused, match="before the end of its answer|broke off") as refused:
            GraphService(store).sparql("SELECT ?n WHERE { ?s ?p ?n }", "text/csv")
        assert refused.value.status == 500
