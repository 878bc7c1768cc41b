"""Upgrades: a database at any earlier schema revision reaches exactly the declared schema on
SQLite and PostgreSQL, and data written under the first schema survives every step.
Downgrades: every table left keeps its rows at each step down to the first revision."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    JSON,
    Column,
    Date,
    Engine,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    create_engine,
    func,
    inspect,
    select,
    text,
)

from parceltrail.bootstrap import build
from parceltrail.config import Settings
from parceltrail.domain.ids import new_id
from parceltrail.storage.migrate import (
    BrokenReferences,
    alembic_config,
    current,
    downgrade,
    migrating,
    upgrade,
)
from parceltrail.storage.partitions import declared
from parceltrail.storage.tables import metadata, orders, shipments, tracking_events, users
from tests.conftest import DATABASES, DEFAULT_PG

WHEN = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)


def _revisions() -> list[str]:
    """Every revision, oldest first."""
    scripts = ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]


REVISIONS = _revisions()


@contextmanager
def _empty_database(kind: str, tmp_path: Path) -> Iterator[Engine]:
    """An empty database of ``kind``: a SQLite file, or a PostgreSQL schema of its own."""
    if kind == "sqlite":
        engine = build(Settings(database_url=f"sqlite:///{tmp_path / 'old.db'}")).engine
        yield engine
        engine.dispose()
        return
    base = os.environ.get("PARCELTRAIL_TEST_POSTGRES_URL", DEFAULT_PG)
    schema = f"pt_upgrade_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    engine = build(
        Settings(database_url=f"{base}{separator}options=-csearch_path%3D{schema}")
    ).engine
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _differences(engine: Engine) -> list[object]:
    """On PostgreSQL, less what partitioning adds (tests/integration/test_partitions.py)."""
    with engine.connect() as connection:
        postgres = connection.dialect.name == "postgresql"
        context = MigrationContext.configure(
            connection, opts={"include_object": declared} if postgres else {}
        )
        return list(compare_metadata(context, metadata))


@pytest.fixture(params=DATABASES)
def kind(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres":
        request.getfixturevalue("postgres_url")  # skipped, or failed under CI, when unreachable
    return str(request.param)


@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_a_database_at_any_earlier_revision_upgrades_to_the_declared_schema(
    kind: str, revision: str, tmp_path: Path
) -> None:
    with _empty_database(kind, tmp_path) as engine:
        upgrade(engine, revision)
        assert current(engine) == revision
        upgrade(engine)
        assert current(engine) == REVISIONS[-1]
        assert _differences(engine) == []


def test_data_from_the_first_schema_survives_every_step_to_head(kind: str, tmp_path: Path) -> None:
    with _empty_database(kind, tmp_path) as engine:
        upgrade(engine, REVISIONS[0])
        with engine.begin() as connection:  # the columns the first schema had, and no more
            connection.execute(
                text(
                    "INSERT INTO users (id, email, role, created_at) VALUES "
                    "('usr_s', 'shop@example.com', 'seller', :t), "
                    "('usr_b', 'buyer@example.com', 'buyer', :t)"
                ),
                {"t": WHEN},
            )
            connection.execute(
                text(
                    "INSERT INTO orders (id, reference, seller_id, buyer_id, created_at) "
                    "VALUES ('ord_1', 'R-1', 'usr_s', 'usr_b', :t)"
                ),
                {"t": WHEN},
            )
            connection.execute(
                text(
                    "INSERT INTO shipments (id, order_id, status, sub_status, milestones, "
                    "event_count, dispatched_at, created_at, updated_at) VALUES "
                    "('shp_1', 'ord_1', 'in_transit', 'in_transit', '{}', 1, :t, :t, :t)"
                ),
                {"t": WHEN},
            )
            connection.execute(
                text(
                    "INSERT INTO tracking_events (shipment_id, event_key, tracking_number, "
                    "occurred_at, description, source, received_at) VALUES "
                    "('shp_1', :key, 'LK123456785CN', :t, 'Acceptance', 'seller', :t)"
                ),
                {"t": WHEN, "key": new_id("k")[:32]},
            )
        for revision in REVISIONS[1:]:
            upgrade(engine, revision)
            with engine.connect() as connection:
                counted = [
                    connection.execute(select(func.count()).select_from(table)).scalar_one()
                    for table in (users, orders, shipments, tracking_events)
                ]
            assert counted == [2, 1, 1, 1], f"rows lost at {revision}"
        assert _differences(engine) == []
        with engine.connect() as connection:
            event = connection.execute(
                select(tracking_events.c.description, tracking_events.c.occurred_at)
            ).one()
        assert tuple(event) == ("Acceptance", WHEN)


def test_this_sessions_revisions_downgrade_and_upgrade_again_keeping_every_row(
    kind: str, tmp_path: Path
) -> None:
    """Taking a column off ``shipments`` must not copy the table on SQLite: with foreign keys
    on, dropping the old copy cascades to every table that points at a shipment."""
    before_session = "0019_s6_pages_reader_language"
    with _empty_database(kind, tmp_path) as engine:
        upgrade(engine)
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO shipments (id, status, sub_status, milestones, event_count, "
                    "dispatched_at, created_at, updated_at, carrier_eta) VALUES "
                    "('shp_1', 'in_transit', 'in_transit', '{}', 1, :t, :t, :t, :day)"
                ),
                {"t": WHEN, "day": WHEN.date()},
            )
            connection.execute(
                text(
                    "INSERT INTO tracking_events (shipment_id, event_key, tracking_number, "
                    "occurred_at, description, source, received_at) VALUES "
                    "('shp_1', :key, 'LK123456785CN', :t, 'Acceptance', 'seller', :t)"
                ),
                {"t": WHEN, "key": new_id("k")[:32]},
            )
        config = alembic_config(engine)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, before_session)
        assert current(engine) == before_session
        with engine.connect() as connection:
            counted = [
                connection.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (shipments, tracking_events)
            ]
        assert counted == [1, 1]
        upgrade(engine)
        assert _differences(engine) == []


def _value(column: Column[Any], taken: dict[str, dict[str, object]]) -> object:
    """A value ``column`` accepts: the referenced row's key for a foreign key, else one of its
    type (short enough for the narrowest string column, two letters)."""
    for key in column.foreign_keys:
        return taken[key.column.table.name][key.column.name]
    if column.name == "lane":  # downgrading 0008 keeps only lanes written as it wrote them
        return "CN-*-*"
    kind = column.type
    if isinstance(kind, (Integer, Float, Numeric)):
        return 1
    if isinstance(kind, Date):
        return WHEN.date()
    if isinstance(kind, JSON):
        return {}
    if isinstance(kind, LargeBinary):
        return b"x"
    if isinstance(kind, String):  # Text too
        return "x1"
    return WHEN


def _one_row_in_every_table(engine: Engine) -> None:
    """One row in each declared table, each pointing at the other tables' rows."""
    taken: dict[str, dict[str, object]] = {}
    with engine.begin() as connection:
        for table in metadata.sorted_tables:
            row = {
                column.name: _value(column, taken)
                for column in table.columns
                if not column.nullable or column.foreign_keys
                if column.server_default is None and column.autoincrement is not True
            }
            key = connection.execute(table.insert().values(row)).inserted_primary_key
            assert key is not None
            taken[table.name] = {**row, **key._asdict()}


def _rows_by_table(engine: Engine) -> dict[str, int]:
    """How many rows each declared table that exists at this revision holds."""
    with engine.connect() as connection:
        present = set(inspect(connection).get_table_names())
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in metadata.sorted_tables
            if table.name in present
        }


# Downgrades that empty a table of derived data on purpose (its sweep counts it again), by the
# revision they reach; each says so in its docstring.
EMPTIED_BY_DOWNGRADE_TO = {"0018_analytics_rollups": {"analytics_rollups"}}


def test_every_downgrade_to_the_first_revision_keeps_the_rows_of_the_tables_left(
    kind: str, tmp_path: Path
) -> None:
    """A downgrade that copies a table on SQLite must not cascade the drop of the old copy to
    the rows pointing at it, nor fail on them; going back up reaches the declared schema."""
    with _empty_database(kind, tmp_path) as engine:
        upgrade(engine)
        _one_row_in_every_table(engine)
        assert set(_rows_by_table(engine).values()) == {1}
        emptied: set[str] = set()
        for revision in reversed(REVISIONS[:-1]):
            downgrade(engine, revision)
            assert current(engine) == revision
            emptied |= EMPTIED_BY_DOWNGRADE_TO.get(revision, set())
            counted = _rows_by_table(engine)
            expected = {name: int(name not in emptied) for name in counted}
            assert counted == expected, f"rows lost going down to {revision}"
        first_schema = set(counted)
        upgrade(engine)
        assert _differences(engine) == []
        counted = _rows_by_table(engine)
        assert {name: counted[name] for name in first_schema} == dict.fromkeys(first_schema, 1)


def test_a_migration_on_sqlite_leaves_foreign_keys_enforced_on_the_connection(
    tmp_path: Path,
) -> None:
    with _empty_database("sqlite", tmp_path) as engine:
        upgrade(engine, REVISIONS[-2])
        upgrade(engine)
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def _write_a_leg_of_no_shipment(engine: Engine) -> None:
    """A row pointing at nothing, written past the checks, as a broken file would hold it."""
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute(
            "INSERT INTO shipment_legs (shipment_id, sequence, tracking_number) "
            "VALUES ('shp_gone', 1, 'LK123456785CN')"
        )
        raw.execute("PRAGMA foreign_keys=ON")


def test_a_migration_on_sqlite_that_would_leave_a_row_pointing_at_nothing_commits_nothing(
    tmp_path: Path,
) -> None:
    with _empty_database("sqlite", tmp_path) as engine:
        upgrade(engine, REVISIONS[-2])
        _write_a_leg_of_no_shipment(engine)
        with pytest.raises(BrokenReferences, match="shipment_legs"):
            upgrade(engine)
        assert current(engine) == REVISIONS[-2]


def test_an_up_to_date_sqlite_database_with_a_row_pointing_at_nothing_still_starts(
    tmp_path: Path,
) -> None:
    """`parceltrail migrate` (and `serve --migrate`, the demo) at head changes nothing, so it
    has nothing to check: a row written past the checks earlier does not stop the server."""
    with _empty_database("sqlite", tmp_path) as engine:
        upgrade(engine)
        _write_a_leg_of_no_shipment(engine)
        upgrade(engine)
        assert current(engine) == REVISIONS[-1]
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            legs = "SELECT count(*) FROM shipment_legs WHERE shipment_id = 'shp_gone'"
            assert connection.exec_driver_sql(legs).scalar_one() == 1


def _lose_the_connection_and_fail(engine: Engine) -> None:
    with migrating(engine) as connection:
        connection.invalidate()
        raise LookupError("what went wrong")


def test_a_migration_on_sqlite_that_lost_its_connection_raises_its_own_error(
    tmp_path: Path,
) -> None:
    """Foreign keys are turned back on only on a connection the pool will hand out again: on
    a lost one the attempt raised "closed database" in place of what went wrong."""
    with _empty_database("sqlite", tmp_path) as engine:
        with pytest.raises(LookupError, match="what went wrong"):
            _lose_the_connection_and_fail(engine)
        upgrade(engine)
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def test_alembics_command_line_downgrades_sqlite_keeping_the_rows_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`alembic downgrade` (alembic.ini at the repository's root) builds its own engine."""
    database_url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = build(Settings(database_url=database_url)).engine
    upgrade(engine)
    _one_row_in_every_table(engine)
    monkeypatch.setenv("PARCELTRAIL_DATABASE_URL", database_url)
    command.downgrade(Config(str(Path(__file__).parents[2] / "alembic.ini")), REVISIONS[-4])
    assert current(engine) == REVISIONS[-4]
    assert set(_rows_by_table(engine).values()) == {1}
    engine.dispose()
