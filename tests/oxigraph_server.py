"""Start an Oxigraph SPARQL server (the ``oxigraph`` PyPI package) on loopback, in a folder of the test's own."""
from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def oxigraph_command() -> str:
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph; it is in govkg[test])")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(folder: Path):
    """Yield the base URL of a running server with its data in ``folder``; stop it afterwards."""
    port = free_port()
    command = [oxigraph_command(), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"]
    with serving(command, f"http://127.0.0.1:{port}", folder.parent / f"{folder.name}.log", "oxigraph server",
                 startup_s=30, poll_s=0.1) as url:
        yield url


@contextlib.contextmanager
def serving(command: list[str], url: str, log_path: Path, what: str, startup_s: float, poll_s: float,
            cwd: Path | None = None):
    """Start ``command`` (a SPARQL server), yield ``url`` once its ``/query`` answers an ASK, and
    stop it afterwards; its output goes to ``log_path``, shown if it does not start."""
    log = open(log_path, "wb")
    proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=cwd)
    try:
        deadline = time.monotonic() + startup_s
        while True:
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{what} did not start: {log_path.read_text()[-3000:]}")
                time.sleep(poll_s)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
