"""SQLite transactions begin on the driver's connection (storage/engine.py ``_begin``): a writer
takes the write lock at BEGIN, a reader does not, and a driver error is SQLAlchemy's."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from parceltrail.config import Settings
from parceltrail.storage.engine import READ_ONLY_OPTIONS, build_engine


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    built = build_engine(Settings(database_url=f"sqlite:///{tmp_path / 'begin.db'}"))
    with built.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    yield built
    built.dispose()


def _in_write_lock(engine: Engine) -> bool:
    """Whether another connection is refused the write lock right now (no waiting)."""
    other = engine.raw_connection()
    try:
        other.driver_connection.execute("PRAGMA busy_timeout=0")
        other.driver_connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:  # database is locked, or another error: raised
        if "locked" not in str(exc):
            raise
        return True
    else:
        other.driver_connection.execute("ROLLBACK")
        return False
    finally:
        other.close()


def test_a_writer_holds_the_write_lock_from_begin_and_a_reader_does_not(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.begin()
        assert _in_write_lock(engine)
        connection.rollback()
    with engine.connect() as connection:
        connection.execution_options(**READ_ONLY_OPTIONS)
        connection.begin()
        assert connection.execute(text("SELECT count(*) FROM t")).scalar_one() == 0
        assert not _in_write_lock(engine)
        connection.rollback()


def test_a_begin_the_driver_refuses_is_raised_as_sqlalchemys_error(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.connection.driver_connection.execute("BEGIN")  # a transaction already open
        with pytest.raises(OperationalError, match="within a transaction"):
            connection.begin()
        connection.connection.driver_connection.execute("ROLLBACK")
