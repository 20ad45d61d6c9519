"""Helpers for the tests that need a real Neo4j server (``@pytest.mark.neo4j``).

Tests empty the database they use, so they never use the server ``govkg neo4j
load`` talks to (``NEO4J_URI``, port 7687): they use a test server of their
own, ``GOVKG_TEST_NEO4J_URI`` (default ``bolt://127.0.0.1:7688``, HTTP on
``GOVKG_TEST_NEO4J_HTTP_PORT``, default 7475, password
``GOVKG_TEST_NEO4J_PASSWORD``, default ``govkg-password``). ``scripts/test.sh``
starts it with a data folder of its own and stops it when the tests end; the
test session points ``NEO4J_URI`` at it too (``tests/conftest.py``), so a
command run by a test cannot reach another server.
"""
from __future__ import annotations

import json
import os
import socket
import threading

import pyoxigraph as ox
import pytest

from govkg.graph.neo4j import Neo4jConnectionError, Neo4jSettings, connect

SKIP_MESSAGE = ("the test Neo4j is not running: bash scripts/test.sh starts it (or GOVKG_NEO4J_HOME=~/.cache/"
                "govkg-neo4j-test NEO4J_BOLT_PORT=7688 NEO4J_HTTP_PORT=7475 bash scripts/neo4j/start.sh)")


TEST_BOLT_PORT, TEST_HTTP_PORT = 7688, 7475


def test_env(environ=None) -> dict[str, str]:
    """The test server's connection as ``NEO4J_*`` variables (never the user's ``NEO4J_URI``).

    >>> test_env({"NEO4J_URI": "bolt://127.0.0.1:7687", "NEO4J_PASSWORD": "mine-1234"})["NEO4J_URI"]
    'bolt://127.0.0.1:7688'
    """
    environ = os.environ if environ is None else environ
    return {
        "NEO4J_URI": environ.get("GOVKG_TEST_NEO4J_URI") or f"bolt://127.0.0.1:{TEST_BOLT_PORT}",
        "NEO4J_USERNAME": "neo4j",
        "NEO4J_PASSWORD": environ.get("GOVKG_TEST_NEO4J_PASSWORD") or "govkg-password",
        "NEO4J_HTTP_PORT": environ.get("GOVKG_TEST_NEO4J_HTTP_PORT") or str(TEST_HTTP_PORT),
    }


def settings() -> Neo4jSettings:
    env = test_env()
    return Neo4jSettings.from_env(environ={k: v for k, v in env.items() if k != "NEO4J_HTTP_PORT"})


def connect_or_skip():
    """A checked driver; skip the test when no server answers (fail instead when CI=true)."""
    try:
        return connect(settings(), connection_timeout=5)
    except Neo4jConnectionError as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{SKIP_MESSAGE} ({exc})")
        pytest.skip(SKIP_MESSAGE)


def clear(driver, database: str | None = None) -> None:
    """Delete every node and relationship (the schema stays), relationships first, in transactions
    of 10,000: a test server left holding a large graph (a benchmark's, an archive loaded by hand)
    would not fit one transaction's memory, and every test would fail on the server's memory pool."""
    with driver.session(database=database) as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def snapshot(driver, database: str | None = None) -> dict:
    """The whole graph as sorted plain data: nodes (labels, properties) and relationships (type, ends, properties)."""
    def text(value) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=lambda v: v.iso_format())

    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", database_=database)
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.iri AS start, b.iri AS end, properties(r) AS props",
        database_=database)
    return {
        "nodes": sorted(text([sorted(r["labels"]), r["props"]]) for r in nodes),
        "relationships": sorted(text([r["type"], r["start"], r["end"], r["props"]]) for r in rels),
    }


def count(driver, query: str, **params) -> int:
    records, _, _ = driver.execute_query(query, params)
    return records[0][0]


class DroppingProxy:
    """A TCP relay to the Neo4j server that can cut every connection, as a network outage would.

    ``cut()`` closes the open connections (new ones still get through);
    ``cut(refuse=True)`` also turns new ones away until ``restore()``.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = TEST_BOLT_PORT):
        self.target = (host, port)
        self.refuse = False
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            if self.refuse:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets.update((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                self._close(s)

    def _close(self, s: socket.socket) -> None:
        with self._lock:
            self._sockets.discard(s)
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        s.close()

    def cut(self, refuse: bool = False) -> None:
        self.refuse = refuse
        with self._lock:
            sockets = list(self._sockets)
        for s in sockets:
            self._close(s)

    def restore(self) -> None:
        self.refuse = False

    def close(self) -> None:
        self._closed = True
        self.cut(refuse=True)
        self._server.close()


class FlakyDriver:
    """Wraps a driver so that the first ``failures`` write transactions raise ``error`` (a lost connection)."""

    def __init__(self, driver, failures: int = 1, error: type[Exception] | None = None):
        from neo4j.exceptions import ServiceUnavailable

        self.driver = driver
        self.failures = failures
        self.error = error or ServiceUnavailable
        self.attempts = 0

    def session(self, **config):
        return _FlakySession(self, self.driver.session(**config))


class _FlakySession:
    def __init__(self, owner: FlakyDriver, session):
        self.owner, self.session = owner, session

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.session.close()

    def execute_write(self, work, *args, **kwargs):
        self.owner.attempts += 1
        if self.owner.failures > 0:
            self.owner.failures -= 1
            raise self.owner.error("connection lost (simulated)")
        return self.session.execute_write(work, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.session, name)


def ntriples(store, doc: str) -> str:
    """One document graph of ``store`` as N-Triples text, as a build would hand it to the store."""
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads(doc)]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
