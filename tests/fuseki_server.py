"""Start an Apache Jena Fuseki server (jena-fuseki-main from Maven Central) on loopback, with an
in-memory dataset ``/ds`` that takes updates; the jars come from ``scripts/jvm/fetch.sh fuseki``."""
from __future__ import annotations

import contextlib
import subprocess
import time
import urllib.request
from pathlib import Path

from .jvm_support import tool_classpath
from .oxigraph_server import free_port


@contextlib.contextmanager
def fuseki_server(folder: Path):
    """Yield the URL of the server's dataset (``http://127.0.0.1:PORT/ds``); stop it afterwards."""
    port = free_port()
    folder.mkdir(parents=True, exist_ok=True)
    log_path = folder / "fuseki.log"
    log = open(log_path, "wb")
    proc = subprocess.Popen(["java", "-Xmx1g", "-cp", tool_classpath("fuseki"),
                             "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                             "--localhost", "--port", str(port), "--mem", "--update", "/ds"],
                            stdout=log, stderr=subprocess.STDOUT, cwd=folder)
    url = f"http://127.0.0.1:{port}/ds"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"Fuseki did not start: {log_path.read_text()[-3000:]}")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
