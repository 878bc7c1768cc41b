"""Shared fixtures: real SQLite files and a real PostgreSQL schema, migrated by Alembic.

PostgreSQL comes from PARCELTRAIL_TEST_POSTGRES_URL (default: the local server's `test`
database). Each test session gets a schema of its own, so parallel runs do not collide. Where
the server is unreachable the PostgreSQL cases are skipped, except under CI=true, where they fail.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from parceltrail import compiled
from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.storage.migrate import upgrade
from parceltrail.storage.tables import metadata

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
DATABASES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


class FrozenClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def pytest_report_header() -> str:
    """Which implementation of the detection modules the suite runs (parceltrail.compiled):
    decided when this file imported the application, a stale build's warning an error then."""
    return f"parceltrail detection modules: {compiled.implementation().describe()}"


@cache
def _environment_settings() -> Settings:
    """The settings this process's environment gives, read once: a read costs about 14 ms,
    and nearly every test builds an app."""
    return Settings()


def settings_for(database_url: str) -> Settings:
    """The environment's settings on ``database_url``."""
    return _environment_settings().model_copy(update={"database_url": database_url})


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(datetime(2026, 11, 28, 9, 0, tzinfo=UTC))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file, copied for each test (migrating per test is slow)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = build(settings_for(f"sqlite:///{path}")).engine
    upgrade(engine)
    engine.dispose()
    return path


def _pg_reachable(url: str) -> str | None:
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        engine.dispose()
    except Exception as exc:
        return str(exc).splitlines()[0]
    return None


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A migrated schema of this session's own; dropped at the end."""
    base = os.environ.get("PARCELTRAIL_TEST_POSTGRES_URL", DEFAULT_PG)
    problem = _pg_reachable(base)
    if problem:
        message = f"PostgreSQL at {base} is unreachable: {problem}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (required under CI=true)")
        pytest.skip(message)
    schema = f"pt_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    url = f"{base}{separator}options=-csearch_path%3D{schema}"
    engine = build(settings_for(url)).engine
    upgrade(engine)
    engine.dispose()
    yield url
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


# Emptied row by row, children first, and the schema's sequences restarted: what TRUNCATE ...
# RESTART IDENTITY does, in about 10 ms where TRUNCATE took 0.1-0.9 s (a new file for every
# table, partition and index, synced at commit), paid by every PostgreSQL test.
_EMPTY_TABLES = "; ".join(
    f'DELETE FROM "{table.name}"' for table in reversed(metadata.sorted_tables)
)
_RESTART_SEQUENCES = text(
    "SELECT setval(c.oid, 1, false) FROM pg_class c"
    " JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind = 'S' AND n.nspname = current_schema()"
)


def empty_postgres(app: App) -> None:
    """Every table of ``app``'s PostgreSQL schema emptied, its ids starting again at 1."""
    with app.engine.begin() as connection:
        connection.exec_driver_sql(_EMPTY_TABLES)
        connection.execute(_RESTART_SEQUENCES)


@pytest.fixture(params=DATABASES)
def app(request: pytest.FixtureRequest, tmp_path: Path, clock: FrozenClock) -> Iterator[App]:
    """The composition root on a fresh database of each kind, with a frozen clock."""
    if request.param == "sqlite":
        path = tmp_path / "parceltrail.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        built = build(settings_for(f"sqlite:///{path}"), clock=clock)
    else:
        built = build(settings_for(request.getfixturevalue("postgres_url")), clock=clock)
        empty_postgres(built)
    yield built
    built.close()
