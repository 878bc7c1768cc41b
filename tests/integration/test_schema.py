"""The schema as migrated equals the tables the code uses, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, select, text

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.storage.migrate import current, upgrade
from parceltrail.storage.partitions import declared
from parceltrail.storage.tables import metadata, order_protection, orders, shipments, users


def test_migrations_produce_exactly_the_declared_schema(app: App) -> None:
    """On PostgreSQL, less what partitioning adds (tests/integration/test_partitions.py)."""
    with app.engine.connect() as connection:
        postgres = connection.dialect.name == "postgresql"
        options = {"include_object": declared} if postgres else {}
        context = MigrationContext.configure(connection, opts=options)
        differences = compare_metadata(context, metadata)
    assert differences == []


def test_migrating_again_is_harmless(app: App) -> None:
    before = current(app.engine)
    upgrade(app.engine)
    assert current(app.engine) == before is not None


def test_times_come_back_aware_and_in_utc(app: App) -> None:
    local = datetime(2026, 11, 28, 17, 30, tzinfo=timezone(timedelta(hours=8)))
    with app.engine.begin() as connection:
        connection.execute(
            insert(users).values(id="usr_x", email="x@example.com", role="buyer", created_at=local)
        )
    with app.engine.connect() as connection:
        stored = connection.execute(select(users.c.created_at)).scalar_one()
    assert stored == local
    assert stored.utcoffset() == timedelta(0)


def test_naive_times_are_refused(app: App) -> None:
    with pytest.raises(Exception, match="naive datetime"), app.engine.begin() as connection:
        connection.execute(
            insert(users).values(
                id="usr_y", email="y@example.com", role="buyer", created_at=datetime(2026, 1, 1)
            )
        )


def test_sqlite_runs_in_wal_mode_with_foreign_keys(app: App) -> None:
    if app.engine.dialect.name != "sqlite":
        pytest.skip("SQLite only")
    with app.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1


def test_orders_from_before_protection_existed_get_it_from_their_first_dispatch(
    tmp_path: Path,
) -> None:
    app = build(Settings(database_url=f"sqlite:///{tmp_path / 'old.db'}"))
    upgrade(app.engine, "0001")
    dispatched = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
    with app.engine.begin() as connection:
        connection.execute(
            insert(users).values(
                id="usr_s", email="s@example.com", role="seller", created_at=dispatched
            )
        )
        for order_id in ("ord_shipped", "ord_waiting"):
            connection.execute(
                insert(orders).values(
                    id=order_id,
                    reference=order_id,
                    seller_id="usr_s",
                    buyer_id="usr_s",
                    created_at=dispatched,
                )
            )
        connection.execute(
            insert(shipments).values(
                id="shp_1",
                order_id="ord_shipped",
                status="in_transit",
                sub_status="in_transit",
                milestones={},
                event_count=0,
                dispatched_at=dispatched,
                created_at=dispatched,
                updated_at=dispatched,
            )
        )
    upgrade(app.engine)
    with app.engine.connect() as connection:
        rows = dict(
            connection.execute(
                select(order_protection.c.order_id, order_protection.c.protection_ends_at)
            ).all()
        )
    app.close()
    assert rows == {"ord_shipped": dispatched + timedelta(days=60), "ord_waiting": None}
