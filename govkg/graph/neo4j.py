"""The Neo4j projection of the RDF store (the contract: ``docs/neo4j-mapping.md``).

The embedded RDF store stays canonical; Neo4j holds a copy shaped for Cypher,
rebuilt document by document (many documents per transaction):

* :class:`Neo4jSettings` and :func:`connect` (in :mod:`.neo4j_connect`): where the server is and a
  checked connection (errors name the URI, never the password);
* :func:`ensure_schema`: the constraints and indexes, idempotently;
* :func:`document_records` / :func:`records_from_triples`: one document's
  named graph as plain records (pure, no server needed; in :mod:`.neo4j_records`);
* :func:`load_document`, :func:`load_store`, :func:`remove_document`: write
  them in managed transactions, replacing what the document said before
  (in :mod:`.neo4j_load`; a whole store, only what changed, in :mod:`.neo4j_sync`);
* :func:`run_cypher`: run a saved Cypher query and get plain rows back (:func:`run_cypher_limited`: the first N).

Every value goes to the server as a query parameter. The only names put into
query text are node labels and relationship types, and those come from the
ontology's fixed lists (:data:`ENTITY_LABELS`, :data:`RELATIONSHIP_TYPES`) and
are checked against them first.

>>> RELATIONSHIP_TYPES["designatesAuthority"]
'DESIGNATES_AUTHORITY'
>>> Neo4jSettings(password="s3cret")
Neo4jSettings(uri='bolt://127.0.0.1:7687', user='neo4j', password='***', database=None)
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Mapping

from ..types import ENTITY_TYPES
from .neo4j_connect import (  # noqa: F401  (re-exported: the public API of this module)
    BOLT_SCHEMES, CONNECTION_TIMEOUT, DEFAULT_PASSWORD, DEFAULT_URI, DEFAULT_USER, START_HINT,
    TRANSACTION_RETRY_TIME, Neo4jAuthError, Neo4jConnectionError, Neo4jConnectionLost, Neo4jSettings, _reason,
    _lost_connection_errors, connect, with_reconnect,
)
from .neo4j_load import (  # noqa: F401  (re-exported)
    BATCH_SIZE, DOCUMENTS_PER_TRANSACTION, PROJECTION_VERSION, SCHEMA, LoadSummary, check_records,
    document_properties, ensure_schema, load_document, load_documents, loaded_documents,
    remove_document, remove_documents, transaction_sizes, _session, _timed,
)
from .neo4j_sync import load_store, stored_hashes, unchanged_documents  # noqa: F401  (re-exported)
from .neo4j_mapping import (  # noqa: F401  (re-exported)
    add_mention, checked_label, checked_relationship_type, DocumentRecords, ENTITY_LABELS, entity_properties,
    native, PROV_DERIVED, RDF_TYPE, RELATIONSHIP_TYPES, upper_snake, XSD, _DATE_FACT_PROPS, _DATE_FACT_SUFFIXES,
    _merged, _sort_key,
)
from .neo4j_records import (  # noqa: F401  (re-exported)
    document_records, read_records, records_from_rows, records_from_triples,
)

log = logging.getLogger(__name__)


# -- reading ------------------------------------------------------------------------------

class CypherQueryError(ValueError):
    """The server rejected a Cypher query (syntax, unknown function, a write in a read query)."""


def run_cypher(driver, query_text: str, params: Mapping[str, object] | None = None,
               database: str | None = None) -> tuple[tuple[str, ...], tuple[tuple, ...]]:
    """Run a read-only query with parameters; ``(columns, rows)`` of plain Python values.

    Dates come back as ``YYYY-MM-DD`` text, nodes as their property dicts,
    relationships as their type, as the SPARQL runner returns them.
    """
    result = run_cypher_limited(driver, query_text, params, database)
    return result.columns, result.rows


def run_cypher_limited(driver, query_text: str, params: Mapping[str, object] | None = None,
                       database: str | None = None, limit: int | None = None):
    """:func:`run_cypher` stopping after ``limit`` rows, as a
    :class:`~govkg.queries.runner.QueryResult` whose ``more`` tells whether the answer has rows
    past them (not fetched from the server).

    As the SPARQL runner does, a query ending in an ``ORDER BY`` of returned columns is sent
    without it (and with ``LIMIT limit+1``), and the rows kept are sorted here: Neo4j sorts every
    row of the answer before it sends the first. When the answer is longer than the limit, those
    rows are the first the server gave, sorted (``sorted_after_cut``), not the first by the order.
    """
    from neo4j import READ_ACCESS
    from neo4j.exceptions import DriverError, Neo4jError

    from ..queries.ordering import sort_cypher_rows, split_cypher_order_by
    from ..queries.runner import QueryResult, first_rows

    ordered = split_cypher_order_by(query_text) if limit is not None else None

    def work(tx, text: str):
        result = tx.run(text, dict(params or {}))
        columns = tuple(result.keys())
        records, more = first_rows(result, limit)
        return columns, [tuple(plain(v) for v in record.values()) for record in records], more

    with _session(driver, database, default_access_mode=READ_ACCESS,
                  **({} if limit is None else {"fetch_size": limit + 1})) as session:
        try:
            if ordered:
                columns, rows, more = session.execute_read(work, f"{ordered[0]}\nLIMIT {limit + 1}")
                if {key for key, _ in ordered[1]} <= set(columns):
                    rows = sort_cypher_rows(rows, columns, ordered[1])
                    return QueryResult(columns, tuple(rows), more, sorted_after_cut=more)
            columns, rows, more = session.execute_read(work, query_text)   # the server sorts
            return QueryResult(columns, tuple(rows), more)
        except Neo4jError as exc:       # the statement failed on the server (any class of error)
            raise CypherQueryError(" ".join((exc.message or str(exc)).split())) from None
        except DriverError as exc:
            raise Neo4jConnectionError(f"Neo4j stopped answering ({_reason(exc)})") from None


def plain(value):
    """A value from the driver as plain Python (str, int, float, bool, None, list, dict)."""
    from neo4j.graph import Node, Path, Relationship

    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, Node):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, Relationship):
        return value.type
    if isinstance(value, Path):
        return [plain(n) for n in value.nodes]
    iso = getattr(value, "iso_format", None)
    return iso() if callable(iso) else str(value)


def cypher_parameters(query, values: Mapping[str, str]) -> dict[str, object]:
    """The parameters of a saved query as Cypher parameters, typed as the ``.rq`` header says.

    Every declared parameter is present (None when not given), so a ``.cypher``
    file can test ``$name IS NULL``. ``entity``/``iri`` values in prefix form
    (``gkid:region/310115``) are expanded to IRIs; others stay text.

    >>> from govkg.queries.runner import load_queries
    >>> p = cypher_parameters(load_queries()["dates"], {"since": "2018-01-01", "entity": "gkid:region/310115"})
    >>> p["entity"], p["since"], p["until"]
    ('https://w3id.org/govkg/id/region/310115', datetime.date(2018, 1, 1), None)
    """
    from ..queries.runner import bind_params, expand_iri

    bind_params(query, values)          # checks names, required params and value formats (QueryError)
    out: dict[str, object] = {}
    for param in query.params:
        value = values.get(param.name)
        if value is None:
            out[param.name] = None
        elif param.type in ("entity", "resource", "property", "iri"):
            out[param.name] = expand_iri(value) or value
        elif param.type == "date":
            out[param.name] = dt.date.fromisoformat(value.strip())
        elif param.type == "integer":
            out[param.name] = int(value.strip())
        elif param.type == "decimal":
            out[param.name] = float(value.strip())
        elif param.type == "boolean":
            out[param.name] = value.strip().lower() in ("true", "yes", "1")
        else:
            out[param.name] = value
    return out


def label_counts(driver, database: str | None = None) -> dict[str, int]:
    """Nodes per label (Entity, each entity type, Document, Statistic) and relationships in all."""
    labels = ["Entity", *ENTITY_TYPES, "Document", "Statistic"]

    def work(tx):
        counts = {label: tx.run(f"MATCH (n:{label}) RETURN count(n) AS n").single()["n"] for label in labels}
        counts["relationships"] = tx.run("MATCH ()-[r]->() RETURN count(r) AS n").single()["n"]
        return counts

    with _session(driver, database) as session:
        return session.execute_read(work)
