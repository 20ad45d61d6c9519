"""``govkg serve``: the read-only SPARQL endpoint and query page (see :mod:`govkg.web.server`)."""
from __future__ import annotations

import click

from .common import store_option
from .queries import NothingDone, open_existing_store

SERVE_EPILOG = """\b
Examples:
  govkg serve                              # http://127.0.0.1:8700/ (page), /sparql (endpoint)
  govkg serve --port 9000 --store oxigraph:other/store
  curl -H 'Accept: text/csv' 'http://127.0.0.1:8700/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%205'

\b
The endpoint speaks the SPARQL 1.1 Protocol (GET or POST; JSON, XML, CSV or
TSV results by Accept) and refuses updates. It listens on loopback unless
--host says otherwise; it has no login, so do not expose it.
"""


@click.command("serve", epilog=SERVE_EPILOG)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8700, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--verbose", is_flag=True, help="Log each request.")
@store_option
def serve_cmd(host, port, verbose, store_url) -> None:
    """Serve the store: a SPARQL endpoint at /sparql and a query page at /."""
    from ..web.server import make_server

    store = open_existing_store(store_url)
    try:
        server = make_server(store, host=host, port=port, verbose=verbose)
    except OSError as exc:
        raise NothingDone(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    address, bound = server.server_address[:2]
    click.echo(f"Serving {store_url} at http://{address}:{bound}/ (SPARQL endpoint: http://{address}:{bound}/sparql); "
               "Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


COMMANDS = [serve_cmd]
