"""Writing the Neo4j projection: many documents per transaction, each document still replaced whole.

Why batches: one transaction and nine statements per document made the load
7× a bare ``UNWIND … MERGE`` of the same rows (28 s against 3.9 s for 1,000
documents), and reading each entity's properties back, ``documents`` list
included, to add one mention made the traffic grow with the square of the
store. Here a transaction holds up to ``documents_per_transaction`` documents
(the first ones hold 1, 2, 4 … so a load shows progress and fails early),
written with a few ``UNWIND`` statements per kind of row:

1. forget what the batch's documents said before (facts, statistics,
   mentions) and note the entities they mentioned;
2. write the :Document nodes, with their counts (``entities``,
   ``relations``, ``dates``, ``statistics``: ``documents.cypher`` reads them);
3. read which of the batch's entities exist, with their properties; write
   the new ones whole in one statement (properties computed in Python from
   the batch's mentions), and CREATE one ``MENTIONED_IN`` per mention;
4. merge the new mentions into the existing entities' properties in Python
   (unions and minimums, :func:`~.neo4j_mapping.add_mention`'s rules) and
   set only what changed, usually nothing; an entity a reloaded or removed
   document had mentioned is recomputed from its remaining mentions instead,
   read back once per distinct mention. Which documents name an entity is
   its ``MENTIONED_IN`` relationships, not a list on the node: such a list is
   rewritten by every batch naming the entity again, so a popular entity's
   list cost the server work that grew with the square of the archive;
5. CREATE the facts, MERGE the statistics.

The graph is the same as loading the documents one by one (the tests compare
whole snapshots). Loading a whole store, only the documents that changed, is
:mod:`.neo4j_sync`.

Names put into query text are only node labels and relationship types from
the ontology's fixed lists, checked first (:func:`check_records`); every value
is a parameter.
"""
from __future__ import annotations

import logging
import time
from collections import defaultdict
from dataclasses import dataclass, fields
from typing import Iterable, Iterator, Sequence

from ..types import DATE_PROPERTIES
from .neo4j_connect import with_reconnect
from .neo4j_mapping import (
    _DATE_FACT_PROPS, PROJECTION_VERSION, DocumentRecords, _merged, checked_label, checked_relationship_type, native,
)

log = logging.getLogger("govkg.graph.neo4j")

#: Documents per write transaction (after the first few, which hold 1, 2, 4 … documents).
DOCUMENTS_PER_TRANSACTION = 256
#: Rows per UNWIND statement.
BATCH_SIZE = 2000


# -- schema ---------------------------------------------------------------------

SCHEMA = (
    "CREATE CONSTRAINT entity_iri IF NOT EXISTS FOR (n:Entity) REQUIRE n.iri IS UNIQUE",
    "CREATE CONSTRAINT document_iri IF NOT EXISTS FOR (n:Document) REQUIRE n.iri IS UNIQUE",
    "CREATE CONSTRAINT statistic_iri IF NOT EXISTS FOR (n:Statistic) REQUIRE n.iri IS UNIQUE",
    "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    "CREATE INDEX statistic_document IF NOT EXISTS FOR (n:Statistic) ON (n.document)",
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]",
    # Where the saved queries start when given a name (docs/neo4j-mapping.md): an alias through
    # `aliasText CONTAINS $name` (no index looks up a member of a list), a region code, a document's
    # title or path.
    "CREATE TEXT INDEX entity_alias_text IF NOT EXISTS FOR (n:Entity) ON (n.aliasText)",
    "CREATE INDEX entity_region_code IF NOT EXISTS FOR (n:Entity) ON (n.regionCode)",
    "CREATE INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title)",
    "CREATE INDEX document_source_path IF NOT EXISTS FOR (n:Document) ON (n.sourcePath)",
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


# -- what a load did ---------------------------------------------------------------------

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
    unchanged: int = 0          #: documents left as loaded: the same graph, loaded by this projection
    transactions: int = 0       #: write transactions committed
    seconds: float = 0.0

    def __add__(self, other: "LoadSummary") -> "LoadSummary":
        return LoadSummary(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


def _timed(summary: LoadSummary, t0: float) -> LoadSummary:
    return LoadSummary(**{f.name: getattr(summary, f.name) for f in fields(summary) if f.name != "seconds"},
                       seconds=time.perf_counter() - t0)


# -- the statements ------------------------------------------------------------------------

#: Facts, statistics and mentions of the documents; returns the entities each mentioned.
_FORGET = """
UNWIND $docs AS doc
MATCH (d:Document {iri: doc})
CALL (d) {
  MATCH (d)<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
  WHERE r.document = d.iri
  DELETE r
}
CALL (d) {
  MATCH (s:Statistic {document: d.iri})
  DETACH DELETE s
}
CALL (d) {
  MATCH (d)<-[m:MENTIONED_IN]-(e:Entity)
  WITH m, e.iri AS iri
  DELETE m
  RETURN collect(iri) AS previous
}
RETURN doc, previous"""
_DELETE_DOCUMENTS = "UNWIND $docs AS doc MATCH (d:Document {iri: doc}) DETACH DELETE d"
_MERGE_DOCUMENTS = "UNWIND $rows AS props MERGE (d:Document {iri: props.iri}) SET d = props"
#: Keys never sent back to Python: ``aliasText`` follows from ``aliases``.
_SERVER_KEYS = ["aliasText"]


#: The entities of a batch that exist already, with their properties (``aliasText`` follows from ``aliases``).
_READ_ENTITIES = """
UNWIND $iris AS iri
MATCH (e:Entity {iri: iri})
RETURN iri, [k IN keys(e) WHERE NOT k IN $server | [k, e[k]]] AS props"""


def _create_entities(label: str) -> str:
    """Entities no document named before, written whole in one go."""
    return "\n".join([
        "UNWIND $rows AS row",
        "MERGE (e:Entity {iri: row.iri})",
        f"ON CREATE SET e = row.props, e:{checked_label(label)}",
    ])


#: One per mention: the document's mentions were just deleted.
_CREATE_MENTIONS = """
UNWIND $rows AS row
MATCH (d:Document {iri: row.doc})
MATCH (e:Entity {iri: row.iri})
CREATE (e)-[m:MENTIONED_IN]->(d)
SET m = row.mention"""


#: Every distinct mention of the entities (date provenance left out: it stays on MENTIONED_IN).
_READ_MENTIONS = """
UNWIND $iris AS iri
MATCH (e:Entity {iri: iri})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Document)
WITH iri, e, count(m) AS n, collect(DISTINCT [k IN keys(m) WHERE NOT k IN $skip | [k, m[k]]]) AS mentions
RETURN iri, e.type AS type, n, mentions"""
#: ``row.props``, when given, replace the node's properties (an entity recomputed from its mentions);
#: otherwise ``row.changes`` holds only the properties that differ (null: removed). Setting a property
#: to the value it has still rewrites it and its index entries (the name, alias text and full-text
#: indexes), and an entity named again mostly changes nothing: rewriting every property cost the
#: server more CPU than the rest of the load (measured on 3,000 documents), so such an entity gets
#: no row at all.
_SET_ENTITIES = """
UNWIND $rows AS row
MATCH (e:Entity {iri: row.iri})
FOREACH (props IN CASE WHEN row.props IS NULL THEN [] ELSE [row.props] END | SET e = props)
SET e += row.changes"""
_DELETE_ENTITIES = """
UNWIND $iris AS iri
MATCH (e:Entity {iri: iri})
WHERE NOT (e)-[:MENTIONED_IN]->()
DETACH DELETE e"""


def _create_relationships(rel_type: str) -> str:
    """Facts of one type. CREATE, not MERGE: a document's facts were just deleted, and a graph holds each triple once."""
    return "\n".join([
        "UNWIND $rows AS row",
        "MATCH (h:Entity {iri: row.start})",
        "MATCH (t:Entity {iri: row.end})",
        f"CREATE (h)-[r:{checked_relationship_type(rel_type)}]->(t)",
        "SET r = row.props",
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


def check_records(records: DocumentRecords) -> None:
    """Refuse records whose labels or relationship types are not the ontology's (ValueError)."""
    for node in records.nodes:
        checked_label(node["type"])
    for rel in records.relationships:
        checked_relationship_type(rel["type"])


def document_properties(records: DocumentRecords) -> dict:
    """The :Document node's properties: the document's own, and what its graph holds, counted now
    so that ``documents.cypher`` reads them instead of counting at query time (5 s at 1,000 documents).

    The counts are the twin of ``documents.rq``'s: entities the text names (not the parent regions
    kept for the hierarchy), facts with provenance, dates, statistics.
    """
    return {**records.document, "projection": PROJECTION_VERSION,
            "entities": sum(1 for n in records.nodes if not n["mention"].get("reference")),
            "relations": sum(1 for r in records.relationships if len(r["props"]) > 1),
            "dates": sum(1 for n in records.nodes for p in DATE_PROPERTIES if n["mention"].get(p) is not None),
            "statistics": len(records.statistics)}


# -- one transaction -----------------------------------------------------------------------

class Rows(list):
    """A statement's rows, shown in text as their number.

    The driver writes every statement it sends into a debug log line, and builds that line, the
    ``repr`` of all its parameters, even when nothing logs at debug level: for a load's batches of
    2,000 rows that was about a fifth of govkg's own CPU, on the path every write waits on. With this, the
    line says how many rows were sent instead of all of them.

    >>> Rows([{"iri": "a"}, {"iri": "b"}])
    <2 rows>
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def _run(tx, query: str, rows: Sequence, batch_size: int, key: str = "rows", **params):
    """Run ``query`` over ``rows`` in chunks; yields each chunk's result (consumed by the caller)."""
    for chunk in _batches(rows, batch_size):
        yield tx.run(query, {key: Rows(chunk), **params})


def _forget(tx, docs: Sequence[str], batch_size: int) -> set[str]:
    """Delete the documents' facts, statistics and mentions; return the entities they mentioned."""
    previous: set[str] = set()
    for result in _run(tx, _FORGET, docs, batch_size, key="docs"):
        for record in result:
            previous.update(record["previous"])
    return previous


def _node_props(pairs) -> dict:
    return {k: native(v) for k, v in pairs}


def _refresh(tx, iris: Iterable[str], batch_size: int) -> list[dict]:
    """Entities recomputed from their remaining mentions, as rows for ``_SET_ENTITIES``; the ones no
    document names any more are deleted."""
    rows, orphans = [], []
    for result in _run(tx, _READ_MENTIONS, sorted(iris), batch_size, key="iris", skip=sorted(_DATE_FACT_PROPS)):
        for record in result:
            if record["n"]:
                mentions = [_node_props(m) for m in record["mentions"]]
                rows.append({"iri": record["iri"], "props": _entity_props(record["iri"], record["type"], mentions),
                             "changes": {}})
            else:
                orphans.append(record["iri"])
    for result in _run(tx, _DELETE_ENTITIES, orphans, batch_size, key="iris"):
        result.consume()
    return rows


def _changes(before: dict, after: dict) -> dict:
    """The properties to set so that a node with ``before`` (read without the server's keys) has
    ``after``: the ones that differ, and null for the ones it loses. ``aliasText`` follows ``aliases``.

    >>> _changes({"name": "甲", "aliases": ["a"], "x": 1}, {"name": "甲", "aliases": ["a", "b"], "aliasText": "a | b"})
    {'aliases': ['a', 'b'], 'aliasText': 'a | b', 'x': None}
    """
    changes = {k: v for k, v in after.items() if k != "aliasText" and before.get(k) != v}
    if "aliases" in changes:
        changes["aliasText"] = after.get("aliasText")
    changes.update({k: None for k in before if k not in after})
    return changes


def _entity_props(iri: str, entity_type: str, parts: Sequence[dict]) -> dict:
    """The node's properties by the merge rules, from what it says (``parts``: its properties and mentions).

    A ``documents`` list that projection 1 left on a node is not carried over, so ``_changes`` removes it.

    >>> _entity_props("e", "Agency", [{"iri": "e", "name": "甲", "documents": ["d1"]}, {"name": "甲"}])
    {'iri': 'e', 'type': 'Agency', 'aliases': [], 'name': '甲'}
    """
    return _merged(iri, entity_type, [{k: v for k, v in p.items() if k not in ("iri", "type", "documents")}
                                      for p in parts])


def _write_batch(tx, batch: Sequence[DocumentRecords], batch_size: int) -> LoadSummary:
    """Replace the documents of ``batch`` in one transaction: forget what they said, write what they say."""
    docs = [r.iri for r in batch]
    again = _forget(tx, docs, batch_size)
    created = 0
    for result in _run(tx, _MERGE_DOCUMENTS, [document_properties(r) for r in batch], batch_size):
        created += result.consume().counters.nodes_created

    labels: dict[str, set[str]] = defaultdict(set)
    mentions: dict[str, list[dict]] = defaultdict(list)
    for records in batch:
        for node in records.nodes:
            labels[node["iri"]].add(node["type"])
            mentions[node["iri"]].append(node["mention"])
    existing: dict[str, dict] = {}
    for result in _run(tx, _READ_ENTITIES, [iri for iri in labels if iri not in again], batch_size, key="iris",
                       server=_SERVER_KEYS):
        for record in result:
            existing[record["iri"]] = _node_props(record["props"])
    # an entity named in several types by one batch keeps its first type's label and its last type's
    # ``type``, as when each type was written in turn
    rows, new_rows = [], defaultdict(list)
    for iri in sorted(labels):
        if iri in again:        # named before by these documents: recomputed from all its mentions below
            continue
        first, last = min(labels[iri]), max(labels[iri])
        if iri in existing:     # named by other documents: add these mentions to what the node says
            changes = _changes(existing[iri], _entity_props(iri, last, [existing[iri], *mentions[iri]]))
            if changes:         # most often none: a second mention seldom says something new
                rows.append({"iri": iri, "props": None, "changes": changes})
        else:
            new_rows[first].append({"iri": iri, "props": _merged(iri, last, mentions[iri])})
    for label in sorted(new_rows):
        for result in _run(tx, _create_entities(label), new_rows[label], batch_size):
            created += result.consume().counters.nodes_created
    mention_rows = [{"doc": r.iri, "iri": n["iri"], "mention": n["mention"]} for r in batch for n in r.nodes]
    for result in _run(tx, _CREATE_MENTIONS, mention_rows, batch_size):
        result.consume()
    # an entity these documents mentioned before: recompute it from all its mentions
    rows += _refresh(tx, again, batch_size)
    for result in _run(tx, _SET_ENTITIES, rows, batch_size):
        result.consume()

    relationships = 0
    by_rel: dict[str, list[dict]] = defaultdict(list)
    for records in batch:
        for rel in records.relationships:
            by_rel[rel["type"]].append(rel)
    for rel_type in sorted(by_rel):
        for result in _run(tx, _create_relationships(rel_type), by_rel[rel_type], batch_size):
            relationships += result.consume().counters.relationships_created
    statistics = 0
    for result in _run(tx, _MERGE_STATISTICS, [s for r in batch for s in r.statistics], batch_size):
        statistics += result.consume().counters.nodes_created
    written = sum(len(r.nodes) + 1 for r in batch)
    return LoadSummary(documents=len(batch), nodes_created=created, nodes_updated=written - created,
                       relationships=relationships, statistics=statistics,
                       mentions=sum(len(r.nodes) for r in batch), skipped=sum(r.skipped for r in batch),
                       transactions=1)


def _remove_documents(tx, docs: Sequence[str], batch_size: int) -> set[str]:
    """Delete the documents and what only they said; return the ones that were loaded."""
    existed: set[str] = set()
    previous: set[str] = set()
    for result in _run(tx, _FORGET, docs, batch_size, key="docs"):
        for record in result:
            existed.add(record["doc"])
            previous.update(record["previous"])
    for result in _run(tx, _DELETE_DOCUMENTS, docs, batch_size, key="docs"):
        result.consume()
    for result in _run(tx, _SET_ENTITIES, _refresh(tx, previous, batch_size), batch_size):
        result.consume()
    return existed


# -- the public calls ------------------------------------------------------------------------

def load_documents(driver, batch: Sequence[DocumentRecords], *, database: str | None = None,
                   batch_size: int = BATCH_SIZE, retries: int = 1, backoff: float = 1.0) -> LoadSummary:
    """Write documents (each replacing what it said before) in one managed write transaction."""
    def work():
        with _session(driver, database) as session:
            return session.execute_write(_write_batch, batch, batch_size)

    for records in batch:               # before anything reaches the server
        check_records(records)
    if len({r.iri for r in batch}) != len(batch):
        raise ValueError("a document appears twice in one batch")
    t0 = time.perf_counter()
    what = f"loading {batch[0].iri}" if len(batch) == 1 else f"loading {len(batch)} documents from {batch[0].iri}"
    summary = with_reconnect(work, what, retries, backoff)
    return summary + LoadSummary(seconds=time.perf_counter() - t0)


def load_document(driver, records: DocumentRecords, *, database: str | None = None, batch_size: int = BATCH_SIZE,
                  retries: int = 1, backoff: float = 1.0) -> LoadSummary:
    """Write one document (replacing what it said before) in one managed write transaction."""
    return load_documents(driver, [records], database=database, batch_size=batch_size, retries=retries,
                          backoff=backoff)


def remove_documents(driver, doc_iris: Sequence[str], *, database: str | None = None,
                     batch_size: int = BATCH_SIZE, retries: int = 1, backoff: float = 1.0) -> set[str]:
    """Delete documents, their facts and statistics, and entities no other document mentions, in one
    transaction; entities other documents still mention are recomputed from what those say.
    Returns the IRIs that were loaded."""
    def work():
        with _session(driver, database) as session:
            return session.execute_write(_remove_documents, list(doc_iris), batch_size)

    if not doc_iris:
        return set()
    return with_reconnect(work, f"removing {len(doc_iris)} documents from {doc_iris[0]}", retries, backoff)


def remove_document(driver, doc_iri: str, *, database: str | None = None, batch_size: int = BATCH_SIZE,
                    retries: int = 1, backoff: float = 1.0) -> bool:
    """Delete one document (see :func:`remove_documents`); False when it was not loaded."""
    return bool(remove_documents(driver, [doc_iri], database=database, batch_size=batch_size, retries=retries,
                                 backoff=backoff))


def loaded_documents(driver, database: str | None = None) -> list[str]:
    """IRIs of the documents loaded in Neo4j, sorted."""
    def work(tx):
        return sorted(r["iri"] for r in tx.run("MATCH (d:Document) RETURN d.iri AS iri"))

    with _session(driver, database) as session:
        return session.execute_read(work)


def transaction_sizes(documents: int, per_transaction: int = DOCUMENTS_PER_TRANSACTION) -> list[int]:
    """Documents in each transaction: 1, 2, 4 … up to ``per_transaction``.

    >>> transaction_sizes(20, 8)
    [1, 2, 4, 8, 5]
    """
    sizes, size = [], 1
    while documents > 0:
        sizes.append(min(size, documents))
        documents -= sizes[-1]
        size = min(size * 2, max(1, per_transaction))
    return sizes
