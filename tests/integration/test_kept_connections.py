"""SQLite writers keep a connection between units of work (storage/engine.py
``KeptConnections``): the same transactions as before, a failed block leaves nothing behind,
driver errors are SQLAlchemy's, and no connection outlives its use or the engine's pool."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Connection, Engine, QueuePool, text
from sqlalchemy.exc import IntegrityError, OperationalError

from parceltrail.config import Settings
from parceltrail.storage.engine import KeptConnections, build_engine
from parceltrail.storage.uow import SqlUnitOfWork


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    built = build_engine(Settings(database_url=f"sqlite:///{tmp_path / 'kept.db'}"))
    with built.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER PRIMARY KEY)"))
    yield built
    built.dispose()


@pytest.fixture
def kept(engine: Engine) -> KeptConnections:
    return KeptConnections(engine)


def _uow(engine: Engine, kept: KeptConnections | None) -> SqlUnitOfWork:
    return SqlUnitOfWork(engine, lambda: datetime(2026, 12, 7, tzinfo=UTC), kept=kept)


def _driver(uow: SqlUnitOfWork) -> sqlite3.Connection:
    return _sqlite(uow.connection)


def _sqlite(connection: Connection) -> sqlite3.Connection:
    return cast(sqlite3.Connection, connection.connection.driver_connection)


def _checked_out(engine: Engine) -> int:
    return cast(QueuePool, engine.pool).checkedout()


def _insert_twice(uow: SqlUnitOfWork, value: int) -> None:
    uow.connection.execute(text(f"INSERT INTO t VALUES ({value})"))
    uow.connection.execute(text(f"INSERT INTO t VALUES ({value})"))


def _rows(engine: Engine) -> list[int]:
    with engine.connect() as connection:
        return list(connection.execute(text("SELECT x FROM t ORDER BY x")).scalars())


def test_consecutive_writers_share_one_connection_and_each_commits(
    engine: Engine, kept: KeptConnections
) -> None:
    with _uow(engine, kept) as uow:
        uow.connection.execute(text("INSERT INTO t VALUES (1)"))
        first = _driver(uow)
    assert _checked_out(engine) == 1  # kept, not returned
    assert _rows(engine) == [1]  # committed at the block's end
    with _uow(engine, kept) as uow:
        assert _driver(uow) is first
        uow.connection.execute(text("INSERT INTO t VALUES (2)"))
    assert _rows(engine) == [1, 2]
    kept.close()
    assert _checked_out(engine) == 0


def test_a_failed_block_rolls_back_and_the_next_one_starts_clean(
    engine: Engine, kept: KeptConnections
) -> None:
    with _uow(engine, kept) as uow:
        failed = _driver(uow)
    with pytest.raises(IntegrityError), _uow(engine, kept) as uow:  # SQLAlchemy's error
        _insert_twice(uow, 1)
    assert _rows(engine) == []
    with _uow(engine, kept) as uow:
        assert _driver(uow) is failed  # rolled back cleanly, so kept
        uow.connection.execute(text("INSERT INTO t VALUES (3)"))
    assert _rows(engine) == [3]


def test_a_begin_refused_on_a_kept_connection_is_sqlalchemys_error_and_not_kept(
    engine: Engine, kept: KeptConnections
) -> None:
    with _uow(engine, kept) as uow:
        first = _driver(uow)
    first.execute("PRAGMA busy_timeout=0")
    holder = engine.connect()
    try:
        _sqlite(holder).execute("BEGIN IMMEDIATE")  # another writer holds the lock
        with pytest.raises(OperationalError, match="locked"), _uow(engine, kept):
            pass
    finally:
        _sqlite(holder).execute("ROLLBACK")
        holder.close()
    with _uow(engine, kept) as uow:
        uow.connection.execute(text("INSERT INTO t VALUES (4)"))
    assert _rows(engine) == [4]
    kept.close()
    assert _checked_out(engine) == 0


def test_a_transaction_left_open_in_the_driver_is_not_kept(
    engine: Engine, kept: KeptConnections
) -> None:
    connection = kept.take()
    _sqlite(connection).execute("BEGIN")  # as a failed COMMIT may leave it
    kept.give_back(connection)
    assert _checked_out(engine) == 0  # returned to the pool, whose reset rolls it back
    with _uow(engine, kept) as uow:
        uow.connection.execute(text("INSERT INTO t VALUES (5)"))
    assert _rows(engine) == [5]


def test_disposing_the_engine_closes_kept_and_lent_connections(
    engine: Engine, kept: KeptConnections
) -> None:
    with _uow(engine, kept) as uow:
        idle = _driver(uow)
    lent = kept.take()
    lent_driver = _sqlite(lent)
    engine.dispose()
    kept.give_back(lent)  # lent before the pool was disposed: closed, not kept
    assert lent.closed
    for closed in (idle, lent_driver):  # the driver's connections too, as the pool's are
        with pytest.raises(sqlite3.ProgrammingError, match="closed"):
            closed.execute("SELECT 1")
    with _uow(engine, kept) as uow:
        assert _driver(uow) is not idle
    kept.close()
    assert _checked_out(engine) == 0


def test_writers_at_once_each_get_a_connection_and_one_is_kept(
    engine: Engine, kept: KeptConnections
) -> None:
    lent = [kept.take() for _ in range(3)]  # three units of work open at once
    assert len({id(connection) for connection in lent}) == 3
    for connection in lent:
        kept.give_back(connection)
    assert _checked_out(engine) == 1
    assert sum(connection.closed for connection in lent) == 2
    kept.close()
    assert _checked_out(engine) == 0


def test_a_reader_does_not_use_kept_connections(engine: Engine, kept: KeptConnections) -> None:
    with pytest.raises(ValueError, match="reader"):
        SqlUnitOfWork(engine, lambda: datetime(2026, 12, 7, tzinfo=UTC), read_only=True, kept=kept)
