"""The Neo4j projection of the RDF store (the contract: ``docs/neo4j-mapping.md``).

The embedded RDF store stays canonical; Neo4j holds a copy shaped for Cypher,
rebuilt one document at a time:

* :class:`Neo4jSettings` and :func:`connect` (in :mod:`.neo4j_connect`): where the server is and a
  checked connection (errors name the URI, never the password);
* :func:`ensure_schema`: the constraints and indexes, idempotently;
* :func:`document_records` / :func:`records_from_triples`: one document's
  named graph as plain records (pure, no server needed; in :mod:`.neo4j_mapping`);
* :func:`load_document`, :func:`load_store`, :func:`remove_document`: write
  them in managed transactions, replacing what the document said before;
* :func:`run_cypher`: run a saved Cypher query and get plain rows back.

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
import time
from dataclasses import dataclass, fields
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from ..types import ENTITY_TYPES
from .neo4j_connect import (  # noqa: F401  (re-exported: the public API of this module)
    BOLT_SCHEMES, CONNECTION_TIMEOUT, DEFAULT_PASSWORD, DEFAULT_URI, DEFAULT_USER, START_HINT,
    TRANSACTION_RETRY_TIME, Neo4jAuthError, Neo4jConnectionError, Neo4jConnectionLost, Neo4jSettings, _reason,
    connect,
)
from .neo4j_mapping import (  # noqa: F401  (re-exported)
    add_mention, checked_label, checked_relationship_type, document_records, DocumentRecords, ENTITY_LABELS,
    entity_properties, native, PROV_DERIVED, RDF_TYPE, records_from_triples, RELATIONSHIP_TYPES, upper_snake,
    XSD, _assertions, _date, _DATE_FACT_PROPS, _DATE_FACT_SUFFIXES, _DATES, _document, _ENTITY_CLASSES,
    _first, _is_iri, _mention, _merged, _name_key, _props, _RELATIONS, _sort_key, _statistic, _value,
)

log = logging.getLogger(__name__)


# -- schema ---------------------------------------------------------------------

SCHEMA = (
    "CREATE CONSTRAINT entity_iri IF NOT EXISTS FOR (n:Entity) REQUIRE n.iri IS UNIQUE",
    "CREATE CONSTRAINT document_iri IF NOT EXISTS FOR (n:Document) REQUIRE n.iri IS UNIQUE",
    "CREATE CONSTRAINT statistic_iri IF NOT EXISTS FOR (n:Statistic) REQUIRE n.iri IS UNIQUE",
    "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    "CREATE INDEX statistic_document IF NOT EXISTS FOR (n:Statistic) ON (n.document)",
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]",
)


def ensure_schema(driver, database: str | None = None, timeout_s: int = 120) -> None:
    """Create the mapping's constraints and indexes if missing, and wait until they are online."""
    with _session(driver, database) as session:
        for statement in SCHEMA:
            session.execute_write(lambda tx, q=statement: tx.run(q).consume())
        session.run("CALL db.awaitIndexes($timeout)", timeout=timeout_s).consume()


def _session(driver, database: str | None, **config):
    """A session without the server's notifications (hints such as "this label does not exist yet")."""
    return driver.session(database=database, notifications_min_severity="OFF", **config)


# -- writing ----------------------------------------------------------------------------

@dataclass(frozen=True)
class LoadSummary:
    """What a load wrote. ``nodes_*`` count entity and document nodes; statistics are counted apart."""

    documents: int = 0
    nodes_created: int = 0
    nodes_updated: int = 0
    relationships: int = 0      #: fact relationships (COORDINATES, PART_OF, ...)
    statistics: int = 0         #: :Statistic nodes
    mentions: int = 0           #: MENTIONED_IN relationships
    skipped: int = 0            #: facts/statistics whose ends are not entities of the document
    removed: int = 0            #: documents removed because the store no longer has them (``prune``)
    seconds: float = 0.0

    def __add__(self, other: "LoadSummary") -> "LoadSummary":
        return LoadSummary(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


_PREVIOUS_MENTIONS = "MATCH (:Document {iri: $doc})<-[:MENTIONED_IN]-(e:Entity) RETURN e.iri AS iri"
_DELETE_FACTS = """
MATCH (:Document {iri: $doc})<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE r.document = $doc
DELETE r"""
_DELETE_STATISTICS = "MATCH (s:Statistic {document: $doc}) DETACH DELETE s"
_DELETE_MENTIONS = "MATCH (:Document {iri: $doc})<-[m:MENTIONED_IN]-() DELETE m"
_DELETE_DOCUMENT = "MATCH (d:Document {iri: $doc}) DETACH DELETE d"
_MERGE_DOCUMENT = "MERGE (d:Document {iri: $props.iri}) SET d = $props"


def _when(kind: str, text: str) -> str:
    """Cypher that runs ``text`` only for rows of type ``kind`` (``kind`` is a checked name)."""
    return f"FOREACH (_ IN CASE WHEN row.type = '{kind}' THEN [1] ELSE [] END | {text})"


#: One query for entities of every type: the label is set by the branch for its type.
#: Returns each node's properties, to add this document's mention to them.
_MERGE_ENTITIES = "\n".join([
    "UNWIND $rows AS row",
    "MATCH (d:Document {iri: $doc})",
    "MERGE (e:Entity {iri: row.iri})",
    "SET e.type = row.type",
    *(_when(checked_label(t), f"SET e:{t}") for t in ENTITY_TYPES),
    "CREATE (e)-[m:MENTIONED_IN]->(d)",     # its mentions were just deleted
    "SET m = row.mention",
    "RETURN properties(e) AS props",
])
_READ_MENTIONS = """
UNWIND $iris AS iri
MATCH (e:Entity {iri: iri})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d:Document)
WITH e, iri, collect({document: d.iri, mention: properties(m)}) AS mentions
RETURN iri, e.type AS type, [x IN mentions WHERE x.document IS NOT NULL] AS mentions"""
_SET_ENTITIES = "UNWIND $rows AS row MATCH (e:Entity {iri: row.iri}) SET e = row.props"
_DELETE_ENTITIES = "UNWIND $iris AS iri MATCH (e:Entity {iri: iri}) DETACH DELETE e"
#: One query for facts of every type: each type has its branch (types from the ontology, checked).
#: CREATE, not MERGE: the document's facts were just deleted, and a graph holds each triple once.
_MERGE_RELATIONSHIPS = "\n".join([
    "UNWIND $rows AS row",
    "MATCH (h:Entity {iri: row.start})",
    "MATCH (t:Entity {iri: row.end})",
    *(_when(checked_relationship_type(t), f"CREATE (h)-[r:{t}]->(t) SET r = row.props")
      for t in RELATIONSHIP_TYPES.values()),
])
_MERGE_STATISTICS = """
UNWIND $rows AS row
MATCH (e:Entity {iri: row.entity})
MERGE (s:Statistic {iri: row.props.iri})
SET s = row.props
MERGE (e)-[:HAS_STATISTIC]->(s)"""


def _batches(rows: Sequence, size: int) -> Iterator[Sequence]:
    for i in range(0, len(rows), max(1, size)):
        yield rows[i:i + size]


def _forget(tx, doc_iri: str) -> list[str]:
    """Delete the document's facts, statistics and mentions; return the entities it mentioned."""
    previous = [r["iri"] for r in tx.run(_PREVIOUS_MENTIONS, doc=doc_iri)]
    for query in (_DELETE_FACTS, _DELETE_STATISTICS, _DELETE_MENTIONS):
        tx.run(query, doc=doc_iri).consume()
    return previous


def _refresh_entities(tx, iris: Iterable[str], batch_size: int) -> None:
    """Recompute the entities' properties from their MENTIONED_IN; delete the ones no document names."""
    iris = sorted(set(iris))
    for chunk in _batches(iris, batch_size):
        rows, orphans = [], []
        for record in tx.run(_READ_MENTIONS, iris=list(chunk)):
            mentions = [(m["document"], {k: native(v) for k, v in m["mention"].items()})
                        for m in record["mentions"]]
            if mentions:
                rows.append({"iri": record["iri"],
                             "props": entity_properties(record["iri"], record["type"], mentions)})
            else:
                orphans.append(record["iri"])
        if rows:
            tx.run(_SET_ENTITIES, rows=rows).consume()
        if orphans:
            tx.run(_DELETE_ENTITIES, iris=orphans).consume()


def check_records(records: DocumentRecords) -> None:
    """Refuse records whose labels or relationship types are not the ontology's (ValueError)."""
    for node in records.nodes:
        checked_label(node["type"])
    for rel in records.relationships:
        checked_relationship_type(rel["type"])


def _write_document(tx, records: DocumentRecords, batch_size: int) -> LoadSummary:
    """Replace one document in one transaction: forget what it said, then write what it says."""
    check_records(records)
    doc = records.iri
    previous = _forget(tx, doc)
    created = tx.run(_MERGE_DOCUMENT, props=records.document).consume().counters.nodes_created
    # an entity this document did not mention before: add its mention to the node;
    # one it did (a reload): recompute the node from all its mentions, as for one it no longer names
    again = set(previous)
    mentions = {n["iri"]: n["mention"] for n in records.nodes}
    for chunk in _batches(records.nodes, batch_size):
        result = tx.run(_MERGE_ENTITIES, rows=list(chunk), doc=doc)
        rows = [{"iri": props["iri"], "props": add_mention(props, doc, mentions[props["iri"]])}
                for props in (r["props"] for r in result) if props["iri"] not in again]
        created += result.consume().counters.nodes_created
        if rows:
            tx.run(_SET_ENTITIES, rows=rows).consume()
    _refresh_entities(tx, again, batch_size)

    relationships = 0
    for chunk in _batches(records.relationships, batch_size):
        relationships += tx.run(_MERGE_RELATIONSHIPS, rows=list(chunk)).consume().counters.relationships_created
    statistics = 0
    for chunk in _batches(records.statistics, batch_size):
        statistics += tx.run(_MERGE_STATISTICS, rows=list(chunk)).consume().counters.nodes_created
    written = len(records.nodes) + 1
    return LoadSummary(documents=1, nodes_created=created, nodes_updated=written - created,
                       relationships=relationships, statistics=statistics, mentions=len(records.nodes),
                       skipped=records.skipped)


def _remove_document(tx, doc_iri: str, batch_size: int) -> bool:
    previous = _forget(tx, doc_iri)
    existed = tx.run(_DELETE_DOCUMENT, doc=doc_iri).consume().counters.nodes_deleted > 0
    _refresh_entities(tx, previous, batch_size)
    return existed


#: Errors after which the same work is tried again on a new connection.
def _lost_connection_errors() -> tuple[type[BaseException], ...]:
    from neo4j.exceptions import IncompleteCommit, ServiceUnavailable, SessionExpired

    # IncompleteCommit: the commit may or may not have happened; loading is idempotent, so redo it.
    return (ServiceUnavailable, SessionExpired, IncompleteCommit)


def with_reconnect(work: Callable[[], object], what: str, retries: int = 1, backoff: float = 1.0,
                   sleep: Callable[[float], None] = time.sleep):
    """Run ``work()``; when the connection is lost, wait (``backoff``, doubling) and run it again.

    The driver's managed transactions already retry transient errors for up
    to TRANSACTION_RETRY_TIME; this covers a server that went away a little
    longer. A server that is gone is reported within about ten seconds.
    """
    errors = _lost_connection_errors()
    for attempt in range(retries + 1):
        try:
            return work()
        except errors as exc:
            if attempt >= retries:
                raise Neo4jConnectionLost(
                    f"lost the connection to Neo4j while {what} and {retries} retries did not bring it back "
                    f"({_reason(exc)}); rerun to finish: documents already loaded are kept") from None
            delay = backoff * 2 ** attempt
            log.warning("lost the connection to Neo4j while %s (%s); retry %d of %d in %.1f s",
                        what, type(exc).__name__, attempt + 1, retries, delay)
            sleep(delay)
    raise AssertionError("unreachable")


def load_document(driver, records: DocumentRecords, *, database: str | None = None, batch_size: int = 500,
                  retries: int = 1, backoff: float = 1.0) -> LoadSummary:
    """Write one document (replacing what it said before) in one managed write transaction."""
    def work():
        with _session(driver, database) as session:
            return session.execute_write(_write_document, records, batch_size)

    check_records(records)              # before anything reaches the server
    t0 = time.perf_counter()
    summary = with_reconnect(work, f"loading {records.iri}", retries, backoff)
    return summary + LoadSummary(seconds=time.perf_counter() - t0)


def remove_document(driver, doc_iri: str, *, database: str | None = None, batch_size: int = 500,
                    retries: int = 1, backoff: float = 1.0) -> bool:
    """Delete a document, its facts and statistics, and entities no other document mentions.

    Entities other documents still mention are recomputed from what those say.
    Returns False when the document was not loaded.
    """
    def work():
        with _session(driver, database) as session:
            return session.execute_write(_remove_document, doc_iri, batch_size)

    return with_reconnect(work, f"removing {doc_iri}", retries, backoff)


def loaded_documents(driver, database: str | None = None) -> list[str]:
    """IRIs of the documents loaded in Neo4j, sorted."""
    def work(tx):
        return sorted(r["iri"] for r in tx.run("MATCH (d:Document) RETURN d.iri AS iri"))

    with _session(driver, database) as session:
        return session.execute_read(work)


def load_store(store, driver, progress: Callable[[int, int, str], None] | None = None, batch_size: int = 500,
               *, database: str | None = None, retries: int = 1, backoff: float = 1.0,
               prune: bool = False) -> LoadSummary:
    """Load every document of the store, one transaction each; ``progress(done, total, doc_iri)`` after each.

    Documents are independent and loading is idempotent, so after a failure
    (:class:`Neo4jConnectionLost`, whose ``summary`` says what was done) a
    rerun ends in the same graph as an uninterrupted load. With ``prune``,
    documents loaded earlier that the store no longer has are removed first,
    so Neo4j ends up holding exactly the store's documents.
    """
    t0 = time.perf_counter()
    with_reconnect(lambda: ensure_schema(driver, database), "creating the schema", retries, backoff)
    documents = store.documents()
    summary = LoadSummary()
    if prune:
        keep = set(documents)
        stale = [d for d in with_reconnect(lambda: loaded_documents(driver, database), "listing documents",
                                           retries, backoff) if d not in keep]
        for doc_iri in stale:
            remove_document(driver, doc_iri, database=database, batch_size=batch_size, retries=retries,
                            backoff=backoff)
        summary += LoadSummary(removed=len(stale))
    for done, doc_iri in enumerate(documents, 1):
        records = document_records(store, doc_iri)
        try:
            summary += load_document(driver, records, database=database, batch_size=batch_size,
                                     retries=retries, backoff=backoff)
        except Neo4jConnectionLost as exc:
            exc.summary = _timed(summary, t0)
            raise
        if progress:
            progress(done, len(documents), doc_iri)
    return _timed(summary, t0)


def _timed(summary: LoadSummary, t0: float) -> LoadSummary:
    return LoadSummary(**{f.name: getattr(summary, f.name) for f in fields(summary) if f.name != "seconds"},
                       seconds=time.perf_counter() - t0)


# -- reading ------------------------------------------------------------------------------

class CypherQueryError(ValueError):
    """The server rejected a Cypher query (syntax, unknown function, a write in a read query)."""


def run_cypher(driver, query_text: str, params: Mapping[str, object] | None = None,
               database: str | None = None) -> tuple[tuple[str, ...], tuple[tuple, ...]]:
    """Run a read-only query with parameters; ``(columns, rows)`` of plain Python values.

    Dates come back as ``YYYY-MM-DD`` text, nodes as their property dicts,
    relationships as their type, as the SPARQL runner returns them.
    """
    from neo4j import READ_ACCESS
    from neo4j.exceptions import DriverError, Neo4jError

    def work(tx):
        result = tx.run(query_text, dict(params or {}))
        columns = tuple(result.keys())
        return columns, tuple(tuple(plain(v) for v in record.values()) for record in result)

    with _session(driver, database, default_access_mode=READ_ACCESS) as session:
        try:
            return session.execute_read(work)
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
        elif param.type in ("entity", "iri"):
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
