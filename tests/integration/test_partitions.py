"""Events partitioned by month on PostgreSQL: made ahead, strays moved, expired months retired,
and the migration that partitions an existing database; finished jobs aged out on both."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, func, select, text, update

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.domain.numbers.checkdigits import compute_s10
from parceltrail.domain.retention import Retention, months_ahead
from parceltrail.domain.users import User
from parceltrail.storage import partitions
from parceltrail.storage.migrate import alembic_config, upgrade
from parceltrail.storage.tables import (
    kept_delivery_shipments,
    outbox,
    shipment_legs,
    shipments,
    tracking_events,
)
from tests import factories
from tests.conftest import DEFAULT_PG
from tests.integration.test_ingest import post

ON_POSTGRES = pytest.mark.parametrize(
    "app", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
# Each test uses months of its own in 2025: partitions outlive the per-test TRUNCATE.
AFTER_2025_SPRING = datetime(2025, 6, 15, tzinfo=UTC)


def journey(number: str, start: datetime, steps: int = 9) -> list[dict[str, Any]]:
    return factories.raw_journey(number, start)[:steps]


def partition_of_events(connection: Connection, number: str) -> set[str]:
    rows = connection.execute(
        text(
            "SELECT DISTINCT tableoid::regclass::text FROM tracking_events"
            " WHERE tracking_number = :number"
        ),
        {"number": number},
    ).scalars()
    return set(rows)


def exists(connection: Connection, name: str) -> bool:
    return connection.execute(text("SELECT to_regclass(:n)"), {"n": name}).scalar() is not None


@pytest.fixture
def seller(app: App) -> User:
    return factories.user(app, "seller@example.com")


@ON_POSTGRES
def test_the_migrated_table_is_partitioned_with_months_made_ahead(app: App) -> None:
    with app.engine.connect() as connection:
        assert partitions.is_partitioned(connection)
        made = partitions.monthly_partitions(connection)
        assert exists(connection, partitions.DEFAULT_PARTITION)
    assert set(months_ahead(datetime.now(UTC), 3)) <= set(made)


@ON_POSTGRES
def test_events_of_a_month_without_partition_move_into_it_when_it_is_made(
    app: App, seller: User
) -> None:
    factories.shipped(app, seller, "LK000000014CN", reference="R-1")
    assert (
        post(app, seller, journey("LK000000014CN", datetime(2025, 9, 3, tzinfo=UTC), 3)).accepted
        == 3
    )
    with app.engine.begin() as connection:
        assert partition_of_events(connection, "LK000000014CN") == {partitions.DEFAULT_PARTITION}
        made = partitions.create_ahead(connection, now=datetime(2025, 9, 20, tzinfo=UTC), ahead=1)
        assert made == ["tracking_events_p202509", "tracking_events_p202510"]
        assert partition_of_events(connection, "LK000000014CN") == {"tracking_events_p202509"}
        assert (
            partitions.create_ahead(connection, now=datetime(2025, 9, 20, tzinfo=UTC), ahead=1)
            == []
        )
    again = post(app, seller, journey("LK000000014CN", datetime(2025, 9, 3, tzinfo=UTC), 3))
    assert again.duplicates == 3  # de-duplication still sees them


def _two_months(app: App, seller: User, first: date) -> tuple[str, str]:
    """A delivered parcel whose events all fall in ``first``, and an unfinished one in the
    month after; both months' partitions made."""
    second = date(first.year, first.month + 1, 1)
    with app.engine.begin() as connection:
        for month in (first, second):
            partitions.create_month(connection, month)
    done, moving = f"LK{first.month:08d}", f"LK{second.month:08d}"
    done = f"{done}{compute_s10(done[2:])}CN"
    moving = f"{moving}{compute_s10(moving[2:])}CN"
    factories.shipped(app, seller, done, reference="R-done")
    factories.shipped(app, seller, moving, reference="R-moving")
    start = datetime(first.year, first.month, 2, tzinfo=UTC)
    post(app, seller, journey(done, start))
    post(app, seller, journey(moving, start.replace(month=second.month), 4))
    return done, moving


@ON_POSTGRES
def test_an_expired_month_of_finished_parcels_is_archived_and_one_still_moving_is_kept(
    app: App, seller: User
) -> None:
    done, moving = _two_months(app, seller, date(2025, 1, 1))
    report = partitions.maintain(
        app.engine,
        now=AFTER_2025_SPRING,
        ahead=1,
        retention=Retention(30),
        action="archive",
        outbox_days=None,
    )
    assert "tracking_events_p202501" in report.retired
    assert report.kept["tracking_events_p202502"] == 1
    with app.engine.connect() as connection:
        assert partition_of_events(connection, done) == set()
        assert partition_of_events(connection, moving) == {"tracking_events_p202502"}
        archived = connection.execute(
            text("SELECT count(*) FROM tracking_events_archived_p202501")
        ).scalar_one()
    assert archived == 9
    assert factories_state(app, done) == "delivered"  # the shipment keeps its state


@ON_POSTGRES
def test_with_drop_an_expired_month_is_gone_and_a_recent_delivery_keeps_its_month(
    app: App, seller: User
) -> None:
    _, moving = _two_months(app, seller, date(2025, 3, 1))
    with app.engine.begin() as connection:  # the "moving" parcel is delivered after the cut-off
        connection.execute(update_state(moving, "delivered", datetime(2025, 6, 1, tzinfo=UTC)))
    report = partitions.maintain(
        app.engine,
        now=AFTER_2025_SPRING,
        ahead=1,
        retention=Retention(30),
        action="drop",
        outbox_days=None,
    )
    assert "tracking_events_p202503" in report.retired
    assert report.kept["tracking_events_p202504"] == 1
    with app.engine.connect() as connection:
        assert not exists(connection, "tracking_events_p202503")
        assert not exists(connection, "tracking_events_archived_p202503")
        assert partition_of_events(connection, moving) == {"tracking_events_p202504"}


def update_state(number: str, sub_status: str, last_event_at: datetime) -> Any:
    owner = select(shipment_legs.c.shipment_id).where(shipment_legs.c.tracking_number == number)
    return (
        update(shipments)
        .where(shipments.c.id.in_(owner))
        .values(sub_status=sub_status, last_event_at=last_event_at)
    )


def factories_state(app: App, number: str) -> str:
    with app.uow() as uow:
        return uow.shipments.by_numbers([number])[number].state.sub_status.value


def test_finished_jobs_are_deleted_after_their_period_and_dead_ones_kept(
    app: App, seller: User, clock: Any
) -> None:
    factories.shipped(app, seller, "LK000000014CN")
    with app.engine.begin() as connection:
        connection.execute(update(outbox).values(status="done"))
        connection.execute(
            update(outbox).where(outbox.c.topic == "order.created").values(status="dead")
        )
        total = connection.execute(select(func.count()).select_from(outbox)).scalar_one()
    later = clock.now + timedelta(days=31)
    report = partitions.maintain(
        app.engine, now=later, ahead=1, retention=None, action="archive", outbox_days=30
    )
    with app.engine.connect() as connection:
        left = connection.execute(select(outbox.c.status)).scalars().all()
    assert left == ["dead"]
    assert report.outbox_deleted == total - 1
    nothing = partitions.maintain(
        app.engine,
        now=clock.now + timedelta(days=29),
        ahead=1,
        retention=None,
        action="archive",
        outbox_days=30,
    )
    assert nothing.outbox_deleted == 0


def test_dead_jobs_and_kept_deliveries_go_after_their_own_period(
    app: App, seller: User, clock: Any
) -> None:
    """Counted from the last attempt (or the keeping): a kept delivery whose body may name a
    buyer goes with its links; a recent one stays; finished jobs are not its business."""
    shipment = factories.shipped(app, seller, "LK000000014CN")
    body = {"provider": "generic", "body": '{"recipient": "B. Uyer"}'}
    with app.uow() as uow:
        uow.deliveries.hold(
            "webhook.rejected", body, clock.now, reason="r", shipment_ids=[shipment.id]
        )
    recent = clock.now + timedelta(days=20)
    with app.uow() as uow:
        uow.deliveries.hold(
            "webhook.rejected", body, recent, reason="r", shipment_ids=[shipment.id]
        )
    with app.engine.begin() as connection:
        connection.execute(
            update(outbox).where(outbox.c.topic == "order.created").values(status="dead")
        )
        connection.execute(
            update(outbox).where(outbox.c.topic == "shipment.dispatched").values(status="done")
        )
    report = partitions.maintain(
        app.engine,
        now=clock.now + timedelta(days=31),
        ahead=1,
        retention=None,
        action="archive",
        outbox_days=None,
        dead_days=30,
    )
    with app.engine.connect() as connection:
        left = connection.execute(select(outbox.c.topic, outbox.c.available_at)).all()
        links = connection.execute(select(kept_delivery_shipments.c.job_id)).scalars().all()
        [kept_id] = connection.execute(
            select(outbox.c.id).where(outbox.c.topic == "webhook.rejected")
        ).scalars()
    assert report.dead_deleted == 2  # the old kept delivery and the dead order.created
    assert "dead outbox rows deleted: 2" in report.summary()
    assert sorted(topic for topic, _ in left) == ["shipment.dispatched", "webhook.rejected"]
    assert links == [kept_id]
    unset = partitions.maintain(
        app.engine,
        now=clock.now + timedelta(days=400),
        ahead=1,
        retention=None,
        action="archive",
        outbox_days=None,
        dead_days=None,
    )
    assert unset.dead_deleted == 0


@pytest.fixture
def fresh_schema_url() -> Iterator[str]:
    """An empty PostgreSQL schema of the test's own, dropped afterwards."""
    base = os.environ.get("PARCELTRAIL_TEST_POSTGRES_URL", DEFAULT_PG)
    admin = create_engine(base)
    schema = f"pt_migrate_{uuid.uuid4().hex[:10]}"
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL at {base}: {exc}")
        pytest.skip(f"PostgreSQL at {base} is unreachable: {exc}")
    yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.mark.postgres
def test_the_migration_partitions_an_existing_database_and_keeps_every_event(
    fresh_schema_url: str,
) -> None:
    from alembic import command

    built = build(Settings(database_url=fresh_schema_url))
    # The data is made through today's code at the head, then the schema is taken back to
    # the revision before partitioning (the services write columns later revisions added).
    upgrade(built.engine)
    seller = factories.user(built, "seller@example.com")
    number = "LK000000014CN"
    factories.shipped(built, seller, number)
    month_ago = datetime.now(UTC) - timedelta(days=40)
    assert post(built, seller, journey(number, month_ago)).accepted == 9
    with built.uow() as uow:
        before = uow.events.for_shipment(uow.shipments.by_numbers([number])[number].id)
    config = alembic_config(built.engine)
    with built.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0015_parcels_mail_in")
    with built.engine.connect() as connection:
        assert not partitions.is_partitioned(connection)
    upgrade(built.engine)
    with built.uow() as uow:
        after = uow.events.for_shipment(uow.shipments.by_numbers([number])[number].id)
    with built.engine.connect() as connection:
        assert partitions.is_partitioned(connection)
        homes = partition_of_events(connection, number)
    assert after == before
    assert partitions.DEFAULT_PARTITION not in homes
    assert post(built, seller, journey(number, month_ago)).duplicates == 9
    with built.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0015_parcels_mail_in")
    with built.engine.connect() as connection:
        assert not partitions.is_partitioned(connection)
        assert (
            connection.execute(select(func.count()).select_from(tracking_events)).scalar_one() == 9
        )
    built.close()
