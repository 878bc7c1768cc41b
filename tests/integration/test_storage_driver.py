"""The driver-level hot path writes and reads exactly what SQLAlchemy Core would."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import Select, event, insert, select
from sqlalchemy.exc import IntegrityError

from parceltrail.bootstrap import App
from parceltrail.domain.events import TrackingUpdated
from parceltrail.domain.shipments import ShipmentState
from parceltrail.domain.status import Status, SubStatus
from parceltrail.domain.tracking import new_event
from parceltrail.domain.users import User
from parceltrail.storage.driver import Driver, InList, read_json, read_sqlite_time, sqlite_time
from parceltrail.storage.shipments_repository import _MilestoneCodec
from parceltrail.storage.tables import outbox, shipment_legs, text_lesson_counts, tracking_events
from parceltrail.storage.uow import SqlUnitOfWork
from tests import factories

NUMBER = "LK123456785CN"
CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture
def seller(app: App) -> User:
    seller = factories.user(app, "seller@example.com")
    factories.shipped(app, seller, NUMBER)
    return seller


def _uow(app: App) -> SqlUnitOfWork:
    uow = app.uow()
    assert isinstance(uow, SqlUnitOfWork)
    return uow


def test_sqlite_times_are_the_text_sqlalchemy_writes() -> None:
    for moment in (
        datetime(2026, 11, 10, 20, 0, tzinfo=UTC),
        datetime(2026, 11, 10, 20, 0, 5, 123, tzinfo=CST),
        datetime(1999, 1, 2, 3, 4, 5, 999999, tzinfo=timezone(timedelta(hours=-5))),
    ):
        expected = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        assert sqlite_time(moment) == expected
    with pytest.raises(ValueError, match="naive"):
        sqlite_time(datetime(2026, 11, 10, 20, 0))


def test_bulk_rows_read_back_through_core_as_they_were_written(app: App, seller: User) -> None:
    event = new_event(
        tracking_number=NUMBER,
        occurred_at=datetime(2026, 11, 20, 9, 30, 15, 250, tzinfo=CST),
        description="Arrived",
        city="Guangzhou",
        country="CN",
        now=NOW,
    )
    with _uow(app) as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        uow.events.add_many([(shipment.id, event)], NOW)
        # The same row through Core, under another key, to compare the stored forms.
        uow.connection.execute(
            insert(tracking_events).values(
                shipment_id=shipment.id,
                event_key="core",
                tracking_number=NUMBER,
                occurred_at=event.occurred_at,
                description="Arrived",
                source="api",
                received_at=NOW,
            )
        )
        stored = uow.events.for_shipment(shipment.id)
        columns = (tracking_events.c.occurred_at, tracking_events.c.received_at)
        rows = uow.connection.execute(select(*columns).order_by(tracking_events.c.id)).all()
        raw = uow.connection.exec_driver_sql(
            "SELECT occurred_at, received_at FROM tracking_events ORDER BY id"
        ).all()
    by_key = {e.key: e for e in stored}
    # Whether the status was read from the text matters at ingest only (text lessons): not stored.
    assert by_key[event.key] == replace(event, status_from_text=False)
    assert rows[0] == rows[1] == (event.occurred_at, NOW)
    assert rows[0][0].tzinfo is not None
    assert raw[0] == raw[1]  # byte for byte the same stored value


def test_saved_states_read_back_equal(app: App, seller: User) -> None:
    at = datetime(2026, 11, 20, 1, 30, tzinfo=UTC)
    state = ShipmentState(
        status=Status.DELIVERED,
        sub_status=SubStatus.DELIVERED,
        milestones={SubStatus.ACCEPTED: at, SubStatus.DELIVERED: at + timedelta(days=3)},
        last_event_at=at + timedelta(days=3),
        delivered_at=at + timedelta(days=3),
        event_count=7,
    )
    with _uow(app) as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        shipment.state = state
        uow.shipments.save_states([shipment], NOW)
    with _uow(app) as uow:
        again = uow.shipments.get(shipment.id)
    assert again is not None
    assert again.state == state
    assert again.dispatched_at == shipment.dispatched_at


def test_sqlite_times_read_back_aware_in_utc_as_replacing_the_zone_would() -> None:
    texts = (
        "2026-11-10 20:00:00.000000",
        "2026-11-10 20:00:00",
        "2026-11-10T20:00:00.5",
        # not written by parceltrail, read as before: the zone replaced, not the offset kept
        "2026-11-10 20:00:00+02:00",
        "2026-11-10 20:00:00Z",
        "2026-11-10",
    )
    for text in texts:
        read = read_sqlite_time(text)
        assert read == datetime.fromisoformat(text).replace(tzinfo=UTC)
        assert read is not None
        assert read.tzinfo is UTC
    moment = datetime(2026, 11, 10, 21, 0, 0, 123456, tzinfo=timezone(timedelta(hours=1)))
    assert read_sqlite_time(sqlite_time(moment)) == moment
    assert read_sqlite_time(None) is None
    with pytest.raises(ValueError, match="Invalid isoformat"):
        read_sqlite_time("10/11/2026")


def test_milestones_text_is_what_json_dumps_writes(app: App) -> None:
    with app.engine.connect() as connection:
        codec = _MilestoneCodec(Driver(connection))
    at = datetime(2026, 11, 20, 1, 30, tzinfo=UTC)
    milestones = {SubStatus.ACCEPTED: at, SubStatus.CUSTOMS_CLEARED: at + timedelta(hours=5)}
    text = codec.encode(milestones)
    assert text == json.dumps({k.value: v.isoformat() for k, v in milestones.items()})
    assert codec.decode(text) == milestones
    assert codec.encode(codec.decode(text)) == text
    assert codec.encode({}) == "{}"
    assert codec.decode("{}") == {}


def test_milestones_read_then_grown_are_written_as_a_full_encoding_would(app: App) -> None:
    with app.engine.connect() as connection:
        codec = _MilestoneCodec(Driver(connection))
    at = datetime(2026, 11, 20, 1, 30, tzinfo=UTC)
    read = json.dumps({"accepted": at.isoformat(), "departed_origin": "2026-11-21T02:00:00+00:00"})
    base = codec.decode(read, "shp_1")
    assert codec.encode(base, "shp_1") == read
    grown = dict(base)
    grown[SubStatus.CUSTOMS_CLEARED] = at + timedelta(days=4)
    full = json.dumps({k.value: v.isoformat() for k, v in grown.items()})
    assert codec.encode(grown, "shp_1") == full
    assert codec.encode(grown) == full
    # the same pairs rebuilt from other objects (a replayed history), one dropped, one moved,
    # or another shipment's text: encoded whole, never the read text
    rebuilt = {k: v + timedelta(0) for k, v in grown.items()}
    rebuilt[SubStatus.ACCEPTED] = at - timedelta(hours=1)
    dropped = {SubStatus.DEPARTED_ORIGIN: base[SubStatus.DEPARTED_ORIGIN]}
    moved = {SubStatus.DEPARTED_ORIGIN: base[SubStatus.DEPARTED_ORIGIN], **grown}
    for other in (rebuilt, dropped, moved):
        want = json.dumps({k.value: v.isoformat() for k, v in other.items()})
        assert codec.encode(other, "shp_1") == want
    assert codec.encode(grown, "shp_2") == full


def test_milestones_read_then_grown_keep_each_read_time_text(app: App) -> None:
    """A grown read is its text with the new pairs appended: a UTC time read as "Z" stays so,
    as a whole encoding reusing each read time's text writes it; a time read with another
    offset is written whole (its text from the time)."""
    with app.engine.connect() as connection:
        codec = _MilestoneCodec(Driver(connection))
    later = datetime(2026, 11, 24, 1, 30, tzinfo=UTC)
    base = codec.decode('{"accepted": "2026-11-20T01:30:00Z"}', "shp_1")
    grown = {**base, SubStatus.CUSTOMS_CLEARED: later}
    assert codec.encode(grown, "shp_1") == (
        '{"accepted": "2026-11-20T01:30:00Z", "customs_cleared": "2026-11-24T01:30:00+00:00"}'
    )
    # the same instant with another offset in the read pair's place: written whole
    moved = datetime(2026, 11, 20, 2, 30, tzinfo=timezone(timedelta(hours=1)))
    other = {SubStatus.ACCEPTED: moved, SubStatus.CUSTOMS_CLEARED: later}
    assert other[SubStatus.ACCEPTED] == base[SubStatus.ACCEPTED]
    assert codec.encode(other, "shp_1") == json.dumps(
        {k.value: v.isoformat() for k, v in other.items()}
    )
    offset = codec.decode('{"accepted": "2026-11-20T02:30:00.000+01:00"}', "shp_2")
    grown = {**offset, SubStatus.CUSTOMS_CLEARED: later}
    assert codec.encode(grown, "shp_2") == json.dumps(
        {k.value: v.isoformat() for k, v in grown.items()}
    )


def test_outbox_payload_text_is_the_events_payload() -> None:
    at = datetime(2026, 11, 20, 1, 30, tzinfo=UTC)
    for last in (at, None):
        event = TrackingUpdated(
            shipment_id="shp_1",
            tracking_number=NUMBER,
            previous_status="pending",
            previous_sub_status="pending",
            status="in_transit",
            sub_status="accepted",
            milestones=(("accepted", at), ("departed_origin", at + timedelta(hours=1))),
            last_event_at=last,
        )
        assert event.payload_json() == json.dumps(event.payload())


@pytest.mark.parametrize(
    "text", ['{"a": 1}', ' {"a": 1}', '{"a": 1} ', "[1, 2]", '"x"', "{}", "null"]
)
def test_read_json_agrees_with_json_loads(text: str) -> None:
    assert read_json(text) == json.loads(text)


@pytest.mark.parametrize("text", ['{"a": 1} x', "{", ""])
def test_read_json_refuses_what_json_loads_refuses(text: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        read_json(text)


def test_insert_can_skip_conflicting_rows_and_count_the_rest(app: App, seller: User) -> None:
    with _uow(app) as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        driver = Driver(uow.connection)
        columns = (
            "shipment_id",
            "event_key",
            "tracking_number",
            "occurred_at",
            "description",
            "source",
            "received_at",
        )

        def row(key: str) -> tuple[object, ...]:
            return (shipment.id, key, NUMBER, driver.time(NOW), "x", "api", driver.time(NOW))

        assert driver.insert(tracking_events, columns, [row("a"), row("b")]) == 2
        inserted = driver.insert(
            tracking_events, columns, [row("a"), row("c"), row("d")], skip_conflicts=True
        )
        assert inserted == 2
        keys = uow.connection.execute(select(tracking_events.c.event_key)).scalars().all()
    assert sorted(keys) == ["a", "b", "c", "d"]


def test_outbox_rows_written_in_bulk_read_back_through_core(app: App, seller: User) -> None:
    with app.engine.connect() as connection:
        rows = connection.execute(
            select(outbox.c.topic, outbox.c.payload, outbox.c.created_at).order_by(outbox.c.id)
        ).all()
    assert rows, "dispatching writes outbox rows"
    for _topic, payload, created_at in rows:
        assert isinstance(payload, dict)
        assert created_at == NOW


def test_the_database_refuses_a_second_copy_of_an_event_of_one_shipment(
    app: App, seller: User
) -> None:
    event = new_event(
        tracking_number=NUMBER,
        occurred_at=datetime(2026, 11, 20, 9, 30, tzinfo=CST),
        description="Arrived",
        now=NOW,
    )
    with _uow(app) as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        uow.events.add_many([(shipment.id, event)], NOW)
        assert uow.events.stored_keys([(event.key, shipment.id), (event.key, "shp_other")]) == {
            (event.key, shipment.id)
        }
    # On PostgreSQL the insert is sent with the commit (driver.py, ``later``): refused there.
    with pytest.raises(IntegrityError), _uow(app) as uow:
        uow.events.add_many([(shipment.id, event)], NOW)
    with _uow(app) as uow:
        assert [e.key for e in uow.events.for_shipment(shipment.id)] == [event.key]


def test_one_value_or_pair_reads_what_a_list_of_it_reads(app: App, seller: User) -> None:
    """A list of one is compared as a plain value, a list of more travels as one parameter:
    the same rows either way, the seller's filter beside the list included."""
    events = [
        new_event(
            tracking_number=NUMBER,
            occurred_at=datetime(2026, 11, 20, 9, minute, tzinfo=CST),
            description=f"Scan {minute}",
            now=NOW,
        )
        for minute in (1, 2)
    ]
    with _uow(app) as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        uow.events.add_many([(shipment.id, e) for e in events], NOW)
        pairs = [(e.key, shipment.id) for e in events]
        assert uow.events.stored_keys(pairs[:1]) == set(pairs[:1])
        assert uow.events.stored_keys([*pairs[:1], ("other", shipment.id)]) == set(pairs[:1])
        assert uow.events.stored_keys([("other", shipment.id)]) == set()
        assert uow.events.stored_keys(pairs) == set(pairs)
        for numbers in ([NUMBER], [NUMBER, "LK000000000XX"]):
            assert set(uow.shipments.by_numbers(numbers)) == {NUMBER}
            mine = uow.shipments.by_numbers(numbers, lock=True, seller_id=seller.id)
            assert set(mine) == {NUMBER}
            assert uow.shipments.by_numbers(numbers, lock=True, seller_id="usr_other") == {}
        assert uow.shipments.by_numbers(["LK000000000XX"]) == {}
        with pytest.raises(ValueError, match="the query takes"):
            Driver(uow.connection).select_listed(_numbers_query, [NUMBER], seller_id="x")


def test_driver_statements_reach_statement_listeners_wherever_they_listen(
    app: App, seller: User
) -> None:
    """The driver dispatches its statement events only when someone listens (engine-level or
    connection-level listeners, before and after): each is still told every statement."""
    told: list[str] = []

    def before(_conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        told.append("before " + sql.split()[0])

    def after(_conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        told.append("after " + sql.split()[0])

    with _uow(app) as uow:
        uow.shipments.by_numbers([NUMBER])
        assert told == []
        event.listen(app.engine, "after_cursor_execute", after)
        try:
            uow.shipments.by_numbers([NUMBER])
        finally:
            event.remove(app.engine, "after_cursor_execute", after)
        assert told == ["after SELECT"]
        event.listen(uow.connection, "before_cursor_execute", before)
        try:
            uow.shipments.by_numbers([NUMBER])
        finally:
            event.remove(uow.connection, "before_cursor_execute", before)
        uow.shipments.by_numbers([NUMBER])
    assert told == ["after SELECT", "before SELECT"]


def _numbers_query(in_list: InList) -> Select[Any]:
    return select(shipment_legs.c.shipment_id).where(in_list(shipment_legs.c.tracking_number))


def _event_rows(driver: Driver, shipment_id: str, keys: list[str]) -> list[tuple[object, ...]]:
    at = driver.time(NOW)
    return [(shipment_id, key, NUMBER, at, "x", "api", at) for key in keys]


# COPY is PostgreSQL's: these run on the ``app`` fixture's PostgreSQL case only.
ON_POSTGRES = pytest.mark.parametrize(
    "app", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
EVENT_COLUMNS = (
    "shipment_id",
    "event_key",
    "tracking_number",
    "occurred_at",
    "description",
    "source",
    "received_at",
)


@ON_POSTGRES
def test_postgres_large_batches_go_by_copy_and_read_back_the_same(app: App, seller: User) -> None:
    with _uow(app) as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        driver = Driver(uow.connection)
        keys = [f"k{i:03d}" for i in range(100)]
        assert driver.bulk_rows is not None
        assert len(keys) >= driver.bulk_rows
        assert (
            driver.insert(tracking_events, EVENT_COLUMNS, _event_rows(driver, shipment.id, keys))
            == 100
        )
        again = _event_rows(driver, shipment.id, [*keys[:50], *(f"n{i:03d}" for i in range(30))])
        assert driver.insert(tracking_events, EVENT_COLUMNS, again, skip_conflicts=True) == 30
        stored = uow.connection.execute(
            select(tracking_events.c.event_key, tracking_events.c.occurred_at)
        ).all()
    assert len(stored) == 130
    assert {at for _, at in stored} == {NOW}


@ON_POSTGRES
def test_postgres_bulk_update_writes_every_row_by_its_key(app: App, seller: User) -> None:
    with _uow(app) as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        driver = Driver(uow.connection)
        driver.insert(
            tracking_events,
            EVENT_COLUMNS,
            _event_rows(driver, shipment.id, [f"k{i:03d}" for i in range(80)]),
        )
        ids = uow.connection.execute(select(tracking_events.c.id)).scalars().all()
        rows = [(f"text {i}", "DE", i) for i in ids]
        assert driver.update(tracking_events, "id", ("description", "country"), rows) == 80
        assert driver.update(tracking_events, "id", ("description", "country"), rows[:70]) == 70
        stored: dict[int, str] = {
            row.id: row.description
            for row in uow.connection.execute(
                select(tracking_events.c.id, tracking_events.c.description)
            )
        }
    assert stored == {i: f"text {i}" for i in ids}


@ON_POSTGRES
def test_postgres_copy_refusing_a_duplicate_raises_sqlalchemys_integrity_error(
    app: App, seller: User
) -> None:
    with _uow(app) as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        driver = Driver(uow.connection)
        rows = _event_rows(driver, shipment.id, [f"k{i:03d}" for i in range(70)])
        driver.insert(tracking_events, EVENT_COLUMNS, rows)
        with pytest.raises(IntegrityError, match="duplicate key"):
            driver.insert(tracking_events, EVENT_COLUMNS, rows)


@pytest.mark.parametrize("size", [3, 70])  # 70: past BULK_ROWS, by COPY on PostgreSQL
def test_upsert_adds_counts_and_replaces_the_rest_for_stored_keys(app: App, size: int) -> None:
    columns = ("key", "language", "sub_status", "count", "sample", "updated_at")
    later = NOW + timedelta(hours=1)
    with _uow(app) as uow:
        driver = Driver(uow.connection)

        def rows(count: int, sample: str, at: datetime) -> list[tuple[object, ...]]:
            return [
                (f"k{i:03d}", "en", "delivered", count, sample, driver.time(at))
                for i in range(size)
            ]

        def upsert(batch: list[tuple[object, ...]]) -> int:
            return driver.upsert(
                text_lesson_counts,
                columns,
                batch,
                keys=("key", "language", "sub_status"),
                add=("count",),
                replace=("sample", "updated_at"),
            )

        assert upsert(rows(2, "first", NOW)) == size
        upsert([*rows(3, "second", later), ("new", "en", "delivered", 1, "n", driver.time(NOW))])
        c = text_lesson_counts.c
        stored = uow.connection.execute(select(c.key, c["count"], c.sample, c.updated_at)).all()
    assert len(stored) == size + 1
    assert {(n, s, at) for k, n, s, at in stored if k != "new"} == {(5, "second", later)}
    assert [(n, s) for k, n, s, _ in stored if k == "new"] == [(1, "n")]


def _staged_update(driver: Driver, ids: list[int], text: str) -> int:
    rows = [(f"{text} {i}", "DE", i) for i in ids]
    return driver.update(tracking_events, "id", ("description", "country"), rows)


def _event_ids(app: App, count: int) -> list[int]:
    with _uow(app) as uow:
        shipment = uow.shipments.by_numbers([NUMBER])[NUMBER]
        driver = Driver(uow.connection)
        keys = [f"k{i:03d}" for i in range(count)]
        driver.insert(tracking_events, EVENT_COLUMNS, _event_rows(driver, shipment.id, keys))
        return list(uow.connection.execute(select(tracking_events.c.id)).scalars())


@ON_POSTGRES
def test_postgres_staging_table_is_made_once_per_database_session(app: App, seller: User) -> None:
    ids = _event_ids(app, 80)
    made: list[str] = []

    def count_creates(_conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        made.extend([sql] if sql.startswith("CREATE TEMPORARY TABLE") else [])

    event.listen(app.engine, "before_cursor_execute", count_creates)
    try:
        with app.engine.connect() as connection:
            for turn in range(3):  # three transactions, two staged updates in the first
                driver = Driver(connection)
                assert _staged_update(driver, ids, f"turn {turn}") == 80
                if turn == 0:
                    assert _staged_update(driver, ids[:70], "again") == 70
                connection.commit()
            stored = set(connection.execute(select(tracking_events.c.description)).scalars())
    finally:
        event.remove(app.engine, "before_cursor_execute", count_creates)
    assert len(made) == 1
    assert stored == {f"turn 2 {i}" for i in ids}


@ON_POSTGRES
@pytest.mark.parametrize("undo", ["rollback", "savepoint"])
def test_postgres_staged_statements_work_after_a_rollback_undid_their_table(
    app: App, seller: User, undo: str
) -> None:
    ids = _event_ids(app, 80)
    with app.engine.connect() as connection:
        if undo == "savepoint":
            with connection.begin_nested() as nested:
                _staged_update(Driver(connection), ids, "undone")  # makes the table
                nested.rollback()  # and unmakes it
        else:
            _staged_update(Driver(connection), ids, "undone")
            connection.rollback()
        assert _staged_update(Driver(connection), ids, "kept") == 80
        connection.commit()
        stored = set(connection.execute(select(tracking_events.c.description)).scalars())
    assert stored == {f"kept {i}" for i in ids}
