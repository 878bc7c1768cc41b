"""Engines built from settings: SQLite tuned for one machine, PostgreSQL as given."""

from __future__ import annotations

import select
import sqlite3
import threading
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, DisconnectionError

from parceltrail.config import Settings
from parceltrail.storage.driver import forget_staged, watch_queued


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # The driver's implicit transactions would fight SQLAlchemy's; let SQLAlchemy issue BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode=WAL",
        "synchronous=NORMAL",
        "foreign_keys=ON",
        "busy_timeout=10000",
        "temp_store=MEMORY",
        # Checkpoint every ~40 MB of WAL, not every 4 MB: an ingest batch rewrites the same
        # shipment and index pages commit after commit, and a checkpoint copies each page once.
        "wal_autocheckpoint=10000",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


# Execution options of a connection that only reads (``SqlUnitOfWork(read_only=True)``):
# SQLite begins it DEFERRED (see ``_begin``), PostgreSQL as READ ONLY.
READ_ONLY_OPTIONS: dict[str, Any] = {"parceltrail_read_only": True, "postgresql_readonly": True}


def _begin(connection: Any) -> None:
    # Writers take the write lock at BEGIN: concurrent writers wait (busy_timeout) instead of
    # failing when a read would have to turn into a write. Readers take no lock in WAL mode.
    # Sent on the driver's connection: through ``exec_driver_sql`` (SQLAlchemy's execution
    # context and result set-up) it was a tenth of a small ingest batch's CPU time. A driver
    # error is raised as SQLAlchemy's, as ``exec_driver_sql`` would raise it.
    read_only = connection.get_execution_options().get("parceltrail_read_only")
    sql = "BEGIN" if read_only else "BEGIN IMMEDIATE"
    dbapi = connection.connection.dbapi_connection
    try:
        dbapi.execute(sql)
    except sqlite3.Error as exc:
        lost = connection.dialect.is_disconnect(exc, dbapi, None)
        if lost:
            connection.invalidate(exc)
        raise DBAPIError.instance(
            sql, None, exc, sqlite3.Error, connection_invalidated=lost, dialect=connection.dialect
        ) from exc


def build_engine(settings: Settings) -> Engine:
    url = settings.database_url
    if url.startswith("sqlite"):
        path = settings.sqlite_path()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _tune_sqlite)
        event.listen(engine, "begin", _begin)
        return engine
    # No pre-ping: its ``SELECT 1`` was a round trip before every unit of work, one of the
    # eight of a parcel's batch. A pooled connection is checked at checkout without one
    # (``_alive``); the driver's listeners send BEGIN and the writes with other statements.
    engine = create_engine(url)
    event.listen(engine, "checkout", _alive)
    event.listen(engine, "rollback", forget_staged)
    event.listen(engine, "rollback_savepoint", forget_staged)
    watch_queued(engine)
    return engine


def _alive(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """Refuse a pooled PostgreSQL connection that is gone, so the pool takes a new one (it
    retries on ``DisconnectionError``), as the pre-ping did, without a round trip when all is
    well. An idle connection has nothing to read: a server that ended it (a restart, a
    terminated backend) has sent its goodbye and closed the socket, which reads as readable.
    Only then is the server asked, and a connection that cannot answer is refused."""
    if dbapi_connection.closed or dbapi_connection.broken:
        raise DisconnectionError("the connection was closed")
    try:
        waiting, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    except (OSError, ValueError) as exc:
        raise DisconnectionError("the connection's socket is gone") from exc
    if not waiting:
        return
    autocommit = dbapi_connection.autocommit
    try:
        dbapi_connection.autocommit = True  # a ping outside any transaction, as SQLAlchemy's
        dbapi_connection.execute("SELECT 1")
        dbapi_connection.autocommit = autocommit
    except Exception as exc:
        raise DisconnectionError("the server ended the connection") from exc


class KeptConnections:
    """Writing connections kept between units of work on SQLite, instead of each unit of work
    checking one out of the pool and returning it: the pool's checkout and check-in, its reset
    and a new ``Connection`` with its events joined were half an empty unit of work's CPU
    (23.6 us; 12.6 with a kept connection, 4.8 for a bare ``BEGIN IMMEDIATE`` and ``COMMIT``).
    Transactions stay as they were: each unit of work begins and ends its own.

    At most ``most`` idle connections are kept (SQLite runs one writer at a time; a burst of
    concurrent writers takes the others from the pool as before). Only a connection out of any
    transaction and still valid is kept; the engine's ``dispose`` closes the kept ones and
    makes those lent before it close on return, so nothing outlives the pool it came from
    (``storage/backup.py`` disposes the engine to drop connections to the replaced file).
    PostgreSQL checks each pooled connection at checkout without a round trip (``_alive``),
    and a checkout's CPU is small beside its statements' waits: only SQLite engines use this.
    """

    def __init__(self, engine: Engine, most: int = 1) -> None:
        self._engine = engine
        self._most = most
        self._idle: list[Connection] = []
        self._lent: set[Connection] = set()
        self._lock = threading.Lock()
        self._disposals = 0
        event.listen(engine, "engine_disposed", self._disposed)

    def take(self) -> Connection:
        """A kept connection, or a new one from the engine's pool."""
        with self._lock:
            if self._idle:
                connection = self._idle.pop()
                self._lent.add(connection)
                return connection
            disposals = self._disposals
        connection = self._engine.connect()  # outside the lock: the pool may make us wait
        with self._lock:
            if disposals == self._disposals:  # else it came from a pool disposed meanwhile
                self._lent.add(connection)
        return connection

    def give_back(self, connection: Connection) -> None:
        """Keep ``connection`` for the next unit of work, or close it (returning it to the
        pool) when it is not clean, there is no room, or the engine was disposed since."""
        keep = not (
            connection.closed
            or connection.invalidated
            or connection.in_transaction()
            # a failed COMMIT may leave the driver's transaction open where SQLAlchemy's
            # ended: the pool's reset on check-in rolls that back, so such a one goes there
            or _driver_in_transaction(connection)
        )
        with self._lock:
            lent = connection in self._lent
            self._lent.discard(connection)
            if keep and lent and len(self._idle) < self._most:
                self._idle.append(connection)
                return
        if not lent:
            _close_for_good(connection)
        connection.close()

    def close(self) -> None:
        """Return the idle connections to the engine's pool."""
        for connection in self._take_idle():
            connection.close()

    def _take_idle(self) -> list[Connection]:
        with self._lock:
            idle, self._idle = self._idle, []
        return idle

    def _disposed(self, _engine: Engine) -> None:
        """The engine's pool was disposed, its idle connections closed: close the kept ones
        too (their pool would keep them open, and SQLite folds its WAL into the database file
        only when the last connection closes), and those lent out when they come back."""
        with self._lock:
            self._disposals += 1
            self._lent.clear()
        for connection in self._take_idle():
            _close_for_good(connection)
            connection.close()


def _close_for_good(connection: Connection) -> None:
    """Close the driver's connection now, not in a pool that was disposed."""
    if not (connection.closed or connection.invalidated):
        connection.invalidate()


def _driver_in_transaction(connection: Connection) -> bool:
    driver: Any = connection.connection.driver_connection  # a sqlite3.Connection
    return bool(driver.in_transaction)
