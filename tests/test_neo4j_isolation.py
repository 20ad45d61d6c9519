"""The tests never touch the user's Neo4j: they use a server and data folder of their own.

``scripts/test.sh`` starts the test server (its own GOVKG_NEO4J_HOME and
ports, never 7687/7474) and stops it when it ends; during the session every
``NEO4J_*`` variable points at that server, so a command a test runs cannot
reach the server ``govkg neo4j load`` uses by default.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from .neo4j_support import settings

ROOT = Path(__file__).resolve().parent.parent


def test_the_session_points_every_neo4j_variable_at_the_test_server():
    assert os.environ["NEO4J_URI"] == settings().uri
    assert not settings().uri.endswith(":7687") and os.environ["NEO4J_HTTP_PORT"] != "7474"


@pytest.mark.skipif(os.environ.get("GOVKG_ISOLATION_PROBE") != "1", reason="run by the test below, inside test.sh")
def test_probe_inside_test_sh(neo4j_driver):
    """What the inner run checks: a server answers where test.sh said, on its own port."""
    assert settings().uri == f"bolt://127.0.0.1:{os.environ['GOVKG_TEST_NEO4J_BOLT_PORT']}"
    neo4j_driver.execute_query("CREATE (:IsolationProbe)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_test_sh_starts_a_server_of_its_own_and_stops_it(tmp_path):
    if not (shutil.which("java") and shutil.which("mvn")):
        pytest.skip("scripts/test.sh starts Neo4j only with Java and Maven")
    home, bolt, http = tmp_path / "neo4j-test", _free_port(), _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "GOVKG_TEST_NEO4J_"))}
    env.update(GOVKG_TEST_NEO4J_HOME=str(home), GOVKG_TEST_NEO4J_BOLT_PORT=str(bolt),
               GOVKG_TEST_NEO4J_HTTP_PORT=str(http), GOVKG_ISOLATION_PROBE="1", CI="true")
    shared = Path(os.environ.get("GOVKG_TEST_NEO4J_HOME", Path.home() / ".cache" / "govkg-neo4j-test")) / "lib"
    if (shared / ".complete").exists():
        env["GOVKG_NEO4J_LIB"] = str(shared)           # the jars only; fetched otherwise
    done = subprocess.run(["bash", "scripts/test.sh", "-q", "-p", "no:cacheprovider",
                           "tests/test_neo4j_isolation.py::test_probe_inside_test_sh"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "1 passed" in done.stdout
    assert (home / "data").is_dir()                    # its own data folder …
    assert not _listening(bolt) and not _listening(http)   # … and the server is gone
    assert not (home / "run" / "govkg-neo4j.pid").exists()
