"""Where the Neo4j server is and a checked connection to it.

Errors name the URI, never the password; a server that is gone is reported
in seconds (see :data:`CONNECTION_TIMEOUT`, :data:`TRANSACTION_RETRY_TIME`).
"""
from __future__ import annotations

import dataclasses
import logging
import os
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Mapping
from urllib.parse import unquote, urlsplit, urlunsplit

log = logging.getLogger("govkg.graph.neo4j")

if TYPE_CHECKING:
    from .neo4j import LoadSummary

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "govkg-password"     # the dev default of scripts/neo4j/start.sh and docker-compose.yml

#: URI schemes of the Bolt protocol (direct and routing, plain and TLS).
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

#: Seconds to open a connection (and, plus 3, to get one that answers the handshake).
CONNECTION_TIMEOUT = 5.0
#: Seconds the driver retries a transaction that failed on a lost connection.
TRANSACTION_RETRY_TIME = 3.0

#: How to start a local server, for error messages.
START_HINT = "start one with `docker compose up -d` or `bash scripts/neo4j/start.sh`"


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


# -- retries -------------------------------------------------------------------------------

def _lost_connection_errors() -> tuple[type[BaseException], ...]:
    """Errors after which the same work is tried again on a new connection."""
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
