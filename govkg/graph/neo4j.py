"""The Neo4j projection of the RDF store (the contract: ``docs/neo4j-mapping.md``).

The embedded RDF store stays canonical; Neo4j holds a copy shaped for Cypher,
rebuilt one document at a time:

* :class:`Neo4jSettings` and :func:`connect`: where the server is and a
  checked connection (errors name the URI, never the password);
* :func:`ensure_schema`: the constraints and indexes, idempotently;
* :func:`document_records` / :func:`records_from_triples`: one document's
  named graph as plain records (pure, no server needed);
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

import dataclasses
import datetime as dt
import logging
import os
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field, fields
from typing import Callable, Iterable, Iterator, Mapping, Sequence
from urllib.parse import unquote, urlsplit, urlunsplit

from ..ontology.namespace import ONTOLOGY
from ..types import DATE_PROPERTIES, ENTITY_TYPES, RELATION_TYPES

log = logging.getLogger(__name__)

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "govkg-password"     # the dev default of scripts/neo4j/start.sh and docker-compose.yml

#: URI schemes of the Bolt protocol (direct and routing, plain and TLS).
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

#: How to start a local server, for error messages.
#: Seconds to open a connection (and, plus 3, to get one that answers the handshake).
CONNECTION_TIMEOUT = 5.0
#: Seconds the driver retries a transaction that failed on a lost connection.
TRANSACTION_RETRY_TIME = 3.0

START_HINT = "start one with `docker compose up -d` or `bash scripts/neo4j/start.sh`"


def upper_snake(name: str) -> str:
    """``designatesAuthority`` → ``DESIGNATES_AUTHORITY``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


#: Node labels of entities (besides ``Entity``): the ontology's entity classes.
ENTITY_LABELS = frozenset(ENTITY_TYPES)
#: Relationship type of each ontology relation.
RELATIONSHIP_TYPES = {relation: upper_snake(relation) for relation in RELATION_TYPES}


def checked_label(label: str) -> str:
    """``label`` if it is an entity class of the ontology, else ValueError (it goes into query text)."""
    if label not in ENTITY_LABELS:
        raise ValueError(f"not an entity type of the ontology: {label!r}")
    return label


def checked_relationship_type(rel_type: str) -> str:
    """``rel_type`` if it is one of :data:`RELATIONSHIP_TYPES`, else ValueError (it goes into query text)."""
    if rel_type not in RELATIONSHIP_TYPES.values():
        raise ValueError(f"not a relationship type of the ontology: {rel_type!r}")
    return rel_type


# -- settings and connection -----------------------------------------------------

@dataclass(frozen=True, repr=False)
class Neo4jSettings:
    """Where the Neo4j server is and how to log in; ``repr`` never shows the password."""

    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str = field(default=DEFAULT_PASSWORD)
    database: str | None = None     #: None: the server's default database

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None, environ: Mapping[str, str] | None = None) -> "Neo4jSettings":
        """Given values first, then NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, then defaults.

        >>> s = Neo4jSettings.from_env(environ={"NEO4J_URI": "bolt://db:7687", "NEO4J_PASSWORD": "pw-123456"})
        >>> s.uri, s.user, s.database, s.password == "pw-123456"
        ('bolt://db:7687', 'neo4j', None, True)
        """
        env = os.environ if environ is None else environ
        pick = lambda given, name, default: given or env.get(name) or default  # noqa: E731
        return cls(
            uri=pick(uri, "NEO4J_URI", DEFAULT_URI),
            user=pick(user, "NEO4J_USERNAME", DEFAULT_USER),
            password=pick(password, "NEO4J_PASSWORD", DEFAULT_PASSWORD),
            database=pick(database, "NEO4J_DATABASE", None),
        )

    @property
    def auth(self) -> tuple[str, str]:
        return (self.user, self.password)

    @property
    def safe_uri(self) -> str:
        """The URI without any ``user:password@`` part, for messages.

        >>> Neo4jSettings(uri="bolt://neo4j:pw@db:7687").safe_uri
        'bolt://db:7687'
        """
        try:
            parts = urlsplit(self.uri)
        except ValueError:
            return "<unreadable URI>"
        if "@" not in parts.netloc:
            return self.uri
        return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))

    def without_userinfo(self) -> "Neo4jSettings":
        """The settings with a URI's ``user:password@`` moved into user and password
        (the driver refuses URIs that carry them).

        >>> s = Neo4jSettings(uri="bolt://ann:p%40ss-word@db:7687").without_userinfo()
        >>> s.uri, s.user, s.password == "p@ss-word"
        ('bolt://db:7687', 'ann', True)
        """
        try:
            parts = urlsplit(self.uri)
            user, password = parts.username, parts.password
        except ValueError:
            return self
        if "@" not in parts.netloc:
            return self
        return dataclasses.replace(self, uri=self.safe_uri, user=unquote(user) if user else self.user,
                                   password=unquote(password) if password is not None else self.password)

    def redact(self, text: str) -> str:
        """``text`` with the password (and a URI's user-info) blanked out."""
        if self.password:
            text = text.replace(self.password, "***")
        return text.replace(self.uri, self.safe_uri) if self.uri != self.safe_uri else text

    def __repr__(self) -> str:
        return (f"Neo4jSettings(uri={self.safe_uri!r}, user={self.user!r}, password='***', "
                f"database={self.database!r})")

    __str__ = __repr__


class Neo4jConnectionError(RuntimeError):
    """The server cannot be reached or used; the message names the URI, never the password."""


class Neo4jAuthError(Neo4jConnectionError):
    """The server refused the user name or password."""


class Neo4jConnectionLost(Neo4jConnectionError):
    """The connection went away mid-load and retrying did not bring it back.

    ``summary`` is what was loaded before; a rerun loads the rest (each
    document is loaded on its own, idempotently).
    """

    summary: "LoadSummary | None" = None


def connect(settings: Neo4jSettings | None = None, **config):
    """A driver whose connection and login have been checked.

    ``config`` goes to :func:`neo4j.GraphDatabase.driver` (``connection_timeout``
    defaults to 10 s). Raises :class:`Neo4jAuthError` or :class:`Neo4jConnectionError`
    with a one-line message naming the URI.
    """
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError

    settings = (settings or Neo4jSettings.from_env()).without_userinfo()
    where = settings.safe_uri
    # A server that is gone must be reported in seconds, not minutes: the driver's
    # defaults wait 60 s for a connection that accepts but never answers and
    # retry a transaction for 30 s, and with_reconnect retries that again.
    config.setdefault("connection_timeout", CONNECTION_TIMEOUT)
    config.setdefault("connection_acquisition_timeout", CONNECTION_TIMEOUT + 3.0)
    config.setdefault("max_transaction_retry_time", TRANSACTION_RETRY_TIME)
    if urlsplit(where).scheme not in BOLT_SCHEMES:
        raise Neo4jConnectionError(f"{where!r} is not a Neo4j URI (use bolt://HOST:PORT or neo4j://HOST:PORT)")
    try:
        driver = GraphDatabase.driver(settings.uri, auth=settings.auth, **config)
    except (ValueError, DriverError):
        raise Neo4jConnectionError(
            f"{where!r} is not a Neo4j URI (use bolt://HOST:PORT or neo4j://HOST:PORT)") from None
    try:
        driver.verify_connectivity()
        if settings.database:       # verify_connectivity does not look at the database
            driver.execute_query("RETURN 1", database_=settings.database)
    except ClientError as exc:
        driver.close()
        if "DatabaseNotFound" in (exc.code or ""):
            raise Neo4jConnectionError(f"Neo4j at {where} has no database {settings.database!r}; check "
                                       "--database / NEO4J_DATABASE (SHOW DATABASES lists them)") from None
        if isinstance(exc, AuthError):
            raise Neo4jAuthError(f"Neo4j at {where} refused the login of user {settings.user!r}; "
                                 "check NEO4J_USERNAME / NEO4J_PASSWORD (or --user / --password)") from None
        raise Neo4jConnectionError(f"Neo4j at {where} cannot be used: {settings.redact(_reason(exc))}") from None
    except AuthError:
        driver.close()
        raise Neo4jAuthError(f"Neo4j at {where} refused the login of user {settings.user!r}; "
                             "check NEO4J_USERNAME / NEO4J_PASSWORD (or --user / --password)") from None
    except Neo4jError as exc:       # reachable, but e.g. the database does not exist
        driver.close()
        raise Neo4jConnectionError(f"Neo4j at {where} cannot be used: {settings.redact(_reason(exc))}") from None
    except (DriverError, OSError) as exc:
        driver.close()
        reason = settings.redact(_reason(exc))
        raise Neo4jConnectionError(f"cannot reach Neo4j at {where} ({reason}); {START_HINT}") from None
    return driver


def _reason(exc: BaseException) -> str:
    """The short cause of a driver error: "Connection refused" rather than three lines."""
    text = str(exc)
    match = re.search(r"\[Errno -?\d+\] ([^)\n]+)", text)
    if match:
        return match.group(1).strip()
    message = getattr(exc, "message", None)
    first = (message or text).strip().splitlines()
    return first[0][:200] if first else type(exc).__name__


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


# -- RDF → records (pure) ----------------------------------------------------------

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
XSD = "http://www.w3.org/2001/XMLSchema#"
_ENTITY_CLASSES = {ONTOLOGY + t: t for t in ENTITY_TYPES}
_RELATIONS = {ONTOLOGY + r: RELATIONSHIP_TYPES[r] for r in RELATION_TYPES}
_DATES = {ONTOLOGY + d: d for d in DATE_PROPERTIES}
#: The provenance of a date, kept on MENTIONED_IN beside it (``launchDateEvidence``, ``launchDateStart`` …).
_DATE_FACT_SUFFIXES = {"evidence": "Evidence", "start": "Start", "end": "End", "confidence": "Confidence",
                       "rule": "Rule", "inferred": "Inferred"}
_DATE_FACT_PROPS = frozenset(d + s for d in DATE_PROPERTIES for s in _DATE_FACT_SUFFIXES.values())


@dataclass(frozen=True)
class DocumentRecords:
    """One document's graph as plain records, ready to be written to Neo4j.

    * ``document``: the properties of its ``:Document`` node;
    * ``nodes``: one ``{"iri", "type", "mention"}`` per entity it mentions;
      ``mention`` is what this document says about it (name, aliases, codes,
      dates), stored on ``MENTIONED_IN`` and merged into the node;
    * ``relationships``: ``{"type", "start", "end", "props"}``, one per fact;
    * ``statistics``: ``{"entity", "props"}``, one per ``gk:Observation``;
    * ``skipped``: facts and statistics left out because an end is not an
      entity of this document.
    """

    document: dict
    nodes: tuple[dict, ...] = ()
    relationships: tuple[dict, ...] = ()
    statistics: tuple[dict, ...] = ()
    skipped: int = 0

    @property
    def iri(self) -> str:
        return self.document["iri"]


def document_records(store, doc_iri: str) -> DocumentRecords:
    """Read one document's named graph from the store into records."""
    return records_from_triples(doc_iri, ((q.subject, q.predicate, q.object) for q in store.quads(doc_iri)))


def records_from_triples(doc_iri: str, triples: Iterable[tuple]) -> DocumentRecords:
    """Fold the triples of one document graph (pyoxigraph terms) into :class:`DocumentRecords`.

    >>> import pyoxigraph as ox
    >>> gk, d = "https://w3id.org/govkg/ontology#", "https://w3id.org/govkg/id/doc/1"
    >>> a = ox.NamedNode("https://w3id.org/govkg/id/agency/甲局")
    >>> t = [(a, ox.NamedNode(RDF_TYPE), ox.NamedNode(gk + "Agency")),
    ...      (a, ox.NamedNode(gk + "name"), ox.Literal("甲局", language="zh")),
    ...      (a, ox.NamedNode(gk + "name"), ox.Literal("Bureau A", language="en")),
    ...      (a, ox.NamedNode(gk + "alias"), ox.Literal("甲", language="zh"))]
    >>> r = records_from_triples(d, t)
    >>> r.nodes[0]["type"], r.nodes[0]["mention"]
    ('Agency', {'aliases': ['甲'], 'name': '甲局', 'name_en': 'Bureau A'})
    """
    subjects: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for s, p, o in triples:
        subjects[s.value].append((p.value, o))

    def types_of(subject: str) -> set[str]:
        return {o.value for p, o in subjects.get(subject, ()) if p == RDF_TYPE}

    entity_type = {}
    for subject in subjects:
        classes = types_of(subject)
        found = [t for c, t in _ENTITY_CLASSES.items() if c in classes]
        if found:
            entity_type[subject] = min(found, key=ENTITY_TYPES.index)
    sentences = {s: _first(po, ONTOLOGY + "text") for s, po in subjects.items()
                 if ONTOLOGY + "Sentence" in types_of(s)}
    assertions = _assertions(subjects, types_of, sentences)

    nodes = tuple(
        {"iri": iri, "type": entity_type[iri], "mention": _mention(iri, subjects[iri], assertions)}
        for iri in sorted(entity_type))

    skipped = 0
    relationships = []
    for subject, po in subjects.items():
        for p, o in po:
            if p not in _RELATIONS or not _is_iri(o):
                continue
            if subject not in entity_type or o.value not in entity_type:
                skipped += 1
                continue
            props = {"document": doc_iri, **assertions.get((subject, p, o.value), {})}
            props.pop("_order", None)
            relationships.append({"type": _RELATIONS[p], "start": subject, "end": o.value, "props": props})
    relationships.sort(key=lambda r: (r["type"], r["start"], r["end"]))

    statistics = []
    for subject, po in subjects.items():
        if ONTOLOGY + "Observation" not in types_of(subject):
            continue
        entity = _first(po, ONTOLOGY + "observedEntity")
        if entity not in entity_type:
            skipped += 1
            continue
        statistics.append({"entity": entity, "props": _statistic(subject, po, doc_iri, sentences)})
    statistics.sort(key=lambda s: s["props"]["iri"])

    document = _document(doc_iri, subjects.get(doc_iri, ()), len(sentences))
    return DocumentRecords(document, nodes, tuple(relationships), tuple(statistics), skipped)


def _is_iri(term) -> bool:
    return type(term).__name__ == "NamedNode"


def _value(term):
    """A literal as a Neo4j-ready Python value: xsd:date → date, numbers, booleans, text."""
    from .store import to_python

    if term is None:
        return None
    datatype = getattr(term, "datatype", None)
    if datatype is not None and datatype.value == XSD + "date":
        return _date(term.value)
    value = to_python(term)
    return float(value) if datatype is not None and datatype.value == XSD + "decimal" else value


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _first(po: Iterable[tuple[str, object]], predicate: str):
    """The smallest value of ``predicate`` (so a doubled value gives the same answer every time)."""
    values = [_value(o) for p, o in po if p == predicate]
    values = [v for v in values if v is not None]
    return min(values, key=_sort_key) if values else None


def _sort_key(value):
    return (type(value).__name__, value)


def _props(po, names: Mapping[str, str]) -> dict:
    """``{key: first value of ONTOLOGY+predicate}`` for the predicates present."""
    out = {}
    for key, predicate in names.items():
        value = _first(po, ONTOLOGY + predicate)
        if value is not None:
            out[key] = value
    return out


def _assertions(subjects, types_of, sentences) -> dict[tuple[str, str, str], dict]:
    """Provenance of each fact, keyed by (subject, predicate, object) (object as text)."""
    out: dict[tuple[str, str, str], dict] = {}
    for subject, po in subjects.items():
        if ONTOLOGY + "Assertion" not in types_of(subject):
            continue
        objects = [o for p, o in po if p == ONTOLOGY + "object"]
        head, predicate = _first(po, ONTOLOGY + "subject"), _first(po, ONTOLOGY + "predicate")
        if not (head and predicate and objects):
            continue
        props = _props(po, {"start": "start", "end": "end", "confidence": "confidence",
                            "inferred": "inferred", "rule": "rule", "rating": "rating"})
        evidence = _first(po, ONTOLOGY + "evidence")
        if sentences.get(evidence) is not None:
            props["evidence"] = sentences[evidence]
        props["_order"] = (props.get("start", -1), subject)
        key = (head, predicate, objects[0].value)
        # one assertion per fact by construction; if there are more, keep the earliest
        if key not in out or props["_order"] < out[key]["_order"]:
            out[key] = props
    return out


def _name_key(language: str | None) -> str:
    """``name`` for ``@zh`` and untagged names, ``name_<lang>`` for the others.

    >>> _name_key("zh"), _name_key(None), _name_key("en"), _name_key("zh-Hant")
    ('name', 'name', 'name_en', 'name_zh_hant')
    """
    if not language or language.lower() == "zh":
        return "name"
    return "name_" + re.sub(r"[^a-z0-9]+", "_", language.lower()).strip("_")


def _mention(iri: str, po, assertions) -> dict:
    """What one document says about an entity: names, aliases, codes, dates (with evidence)."""
    names: dict[str, list[str]] = defaultdict(list)
    for p, o in po:
        if p == ONTOLOGY + "name" and not _is_iri(o):
            names[_name_key(getattr(o, "language", None))].append(o.value)
    mention: dict = {key: min(values) for key, values in names.items()}
    mention["aliases"] = sorted({o.value for p, o in po if p == ONTOLOGY + "alias" and not _is_iri(o)})
    mention.update(_props(po, {"regionCode": "regionCode", "regionLevel": "regionLevel"}))
    for predicate, prop in _DATES.items():
        day = _first(po, predicate)
        if day is None:
            continue
        mention[prop] = day
        fact = assertions.get((iri, predicate, day.isoformat() if isinstance(day, dt.date) else str(day)))
        for key, suffix in _DATE_FACT_SUFFIXES.items():
            if fact and fact.get(key) is not None:
                mention[prop + suffix] = fact[key]
    return dict(sorted(mention.items()))


def _statistic(iri: str, po, doc_iri: str, sentences) -> dict:
    props = {"iri": iri, "document": doc_iri}
    props.update(_props(po, {"metric": "metricName", "value": "value", "comparison": "comparison",
                             "unit": "unit", "asOf": "asOf", "start": "start", "end": "end",
                             "confidence": "confidence"}))
    if isinstance(props.get("value"), int):
        props["value"] = float(props["value"])
    evidence = sentences.get(_first(po, ONTOLOGY + "evidence"))
    if evidence is not None:
        props["evidence"] = evidence
    return props


def _document(doc_iri: str, po, sentence_count: int) -> dict:
    props = {"iri": doc_iri}
    props.update(_props(po, {"title": "title", "sourcePath": "sourcePath", "contentHash": "contentHash",
                             "charCount": "charCount", "published": "published", "encoding": "encoding"}))
    props["sentences"] = sentence_count
    return props


# -- merging what the documents say about an entity (pure) ------------------------------

def entity_properties(iri: str, entity_type: str, mentions: Iterable[tuple[str, Mapping]]) -> dict:
    """The node properties of an entity from the ``(document, mention)`` pairs of the documents naming it.

    ``aliases``: sorted union; other values: the smallest when documents disagree;
    ``documents``: sorted; ``aliasText``: the aliases joined by " | " (for the full-text index).

    >>> p = entity_properties("ex:a", "Agency", [("d2", {"name": "甲局", "aliases": ["甲"]}),
    ...                                          ("d1", {"name": "甲局", "aliases": ["A局", "甲"]})])
    >>> p["documents"], p["aliases"], p["aliasText"], p["name"]
    (['d1', 'd2'], ['A局', '甲'], 'A局 | 甲', '甲局')
    """
    mentions = list(mentions)
    return _merged(iri, entity_type, {d for d, _ in mentions}, [m for _, m in mentions])


def add_mention(node: Mapping, doc: str, mention: Mapping) -> dict:
    """The node's properties once one more document mentions it.

    The merge rules are unions and minimums, so adding mentions one by one
    gives what :func:`entity_properties` gives for all of them at once.

    >>> m1, m2 = {"name": "甲局", "aliases": ["甲"]}, {"name": "甲局", "aliases": ["A局"]}
    >>> one = entity_properties("ex:a", "Agency", [("d1", m1)])
    >>> add_mention(one, "d2", m2) == entity_properties("ex:a", "Agency", [("d1", m1), ("d2", m2)])
    True
    """
    so_far = {k: v for k, v in node.items() if k not in ("iri", "type", "documents", "aliasText")}
    return _merged(node["iri"], node["type"], {*(node.get("documents") or ()), doc}, [so_far, mention])


def _merged(iri: str, entity_type: str, documents: set[str], mentions: Sequence[Mapping]) -> dict:
    props: dict = {"iri": iri, "type": entity_type, "documents": sorted(documents)}
    aliases = sorted({a for m in mentions for a in (m.get("aliases") or ())})
    props["aliases"] = aliases
    if aliases:
        props["aliasText"] = " | ".join(aliases)
    values: dict[str, list] = defaultdict(list)
    for mention in mentions:
        for key, value in mention.items():
            if key != "aliases" and key not in _DATE_FACT_PROPS and value is not None:
                values[key].append(native(value))
    for key in sorted(values):
        props[key] = min(values[key], key=_sort_key)
    return props


def native(value):
    """A value read back from Neo4j as the loader writes it (``neo4j.time.Date`` → ``datetime.date``)."""
    to_native = getattr(value, "to_native", None)
    return to_native() if callable(to_native) else value


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
