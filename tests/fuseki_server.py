"""Start an Apache Jena Fuseki server (jena-fuseki-main from Maven Central) on loopback, with an
in-memory dataset ``/ds`` that takes updates; the jars come from ``scripts/jvm/fetch.sh fuseki``."""
from __future__ import annotations

import contextlib
from pathlib import Path

from .jvm_support import tool_classpath
from .oxigraph_server import free_port, serving


@contextlib.contextmanager
def fuseki_server(folder: Path):
    """Yield the URL of the server's dataset (``http://127.0.0.1:PORT/ds``); stop it afterwards."""
    port = free_port()
    folder.mkdir(parents=True, exist_ok=True)
    command = ["java", "-Xmx1g", "-cp", tool_classpath("fuseki"), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
               "--localhost", "--port", str(port), "--mem", "--update", "/ds"]
    with serving(command, f"http://127.0.0.1:{port}/ds", folder / "fuseki.log", "Fuseki",
                 startup_s=60, poll_s=0.2, cwd=folder) as url:
        yield url
