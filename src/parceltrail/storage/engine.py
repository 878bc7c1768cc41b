"""Engines built from settings: SQLite tuned for one machine, PostgreSQL as given."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from parceltrail.config import Settings
from parceltrail.storage.driver import forget_staged


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
    engine = create_engine(url, pool_pre_ping=True)
    event.listen(engine, "rollback", forget_staged)
    event.listen(engine, "rollback_savepoint", forget_staged)
    return engine
