"""My parcels on a real database: the list reads each parcel's stored state and its latest
event only, never whole histories, and shows the same rows the full histories would give."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from parceltrail.bootstrap import App
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.domain.users import Role, User
from parceltrail.services import parcel_views, parcels
from parceltrail.services import tracking as tracking_service
from parceltrail.services.parcels import ParcelCaps, Wanted
from tests import factories
from tests.conftest import FrozenClock

START = datetime(2026, 11, 10, 8, tzinfo=UTC)


@pytest.fixture
def buyer(app: App) -> User:
    return factories.user(app, "me@example.com", Role.BUYER)


@pytest.fixture
def reads(app: App) -> Iterator[list[tuple[str, Any]]]:
    """Every SELECT the application's engine sends, with its parameters, as it happens."""
    seen: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, parameters))

    event.listen(app.engine, "before_cursor_execute", note)
    yield seen
    event.remove(app.engine, "before_cursor_execute", note)


def track(app: App, user: User, numbers: list[str]) -> None:
    with app.uow() as uow:
        for number in numbers:
            parcels.track(
                uow=uow,
                user_id=user.id,
                wanted=Wanted(number),
                source="number",
                pollable=app.pollers,
                caps=ParcelCaps(500, 500),
                now=app.clock(),
            )


def ingest(app: App, raw: list[dict[str, Any]]) -> None:
    with app.uow() as uow:
        events, rejected = tracking_service.parse_events(raw, now=app.clock())
        assert not rejected
        tracking_service.ingest(uow=uow, actor=None, events=events, now=app.clock())


def rows_of(app: App, statements: list[tuple[str, Any]]) -> list[int]:
    """How many rows each statement gives when run again, the same way, on the same data."""
    counts = []
    raw = app.engine.raw_connection()
    try:
        for statement, parameters in statements:
            cursor = raw.cursor()
            if parameters:
                cursor.execute(statement, parameters)
            else:
                cursor.execute(statement)
            counts.append(len(cursor.fetchall()))
            cursor.close()
    finally:
        raw.close()
    return counts


def listed(app: App, user: User) -> list[parcel_views.ParcelView]:
    with app.reader() as uow:
        return parcel_views.parcels_of(uow=uow, user=user)


def test_the_list_reads_one_event_per_parcel_in_as_many_statements_for_any_number(
    app: App, buyer: User, reads: list[tuple[str, Any]]
) -> None:
    few = [factories.s10(index) for index in range(3)]
    many = [factories.s10(index) for index in range(3, 24)]
    track(app, buyer, few)
    for number in few:
        ingest(app, factories.raw_journey(number, START))
    reads.clear()
    listed(app, buyer)
    statements_for_few = len(reads)
    track(app, buyer, many)
    for number in many:
        ingest(app, factories.raw_journey(number, START))
    reads.clear()
    views = listed(app, buyer)
    assert len(views) == 24
    assert len(reads) == statements_for_few  # not one more per parcel
    event_reads = [(sql, values) for sql, values in reads if "tracking_events" in sql]
    assert len(event_reads) == 1
    assert rows_of(app, event_reads) == [24]  # the latest of each, not all 9 x 24 events
    assert sum(rows_of(app, reads)) < 24 * 9


def journey_with_a_tie(number: str) -> list[dict[str, Any]]:
    """Two scans at the same instant, the one less far along the journey stored last: the
    other is the latest."""
    raw = factories.raw_journey(number, START)[:3]
    tie = dict(raw[2], description="Dispatched from the sorting centre", status="in_transit")
    del tie["location"]
    return [*raw, tie]


def test_the_list_shows_the_rows_the_full_histories_give(
    app: App, buyer: User, clock: FrozenClock
) -> None:
    seller = factories.user(app, "seller@example.com")
    silent, delivered, reversed_, partial, tied = (factories.s10(i) for i in range(30, 35))
    ordered = factories.s10(40)
    track(app, buyer, [silent, delivered, reversed_, partial, tied])
    factories.shipped(app, seller, ordered, buyer="me@example.com")
    ingest(app, factories.raw_journey(delivered, START))
    for raw in reversed(factories.raw_journey(reversed_, START)):  # newest first, one by one
        ingest(app, [raw])
    ingest(app, factories.raw_journey(partial, START - timedelta(days=3))[:5])
    ingest(app, journey_with_a_tie(tied))
    ingest(app, factories.raw_journey(ordered, START)[:6])
    ingest(app, factories.raw_journey(partial, START - timedelta(days=3))[1:3])  # again

    views = listed(app, buyer)

    with app.reader() as uow:
        ids = {v.tracking_number: uow.shipments.by_numbers([v.tracking_number]) for v in views}
        histories = uow.events.for_shipments([found[number].id for number, found in ids.items()])
    by_number = {number: histories.get(found[number].id, []) for number, found in ids.items()}

    def latest(events: list[TrackingEvent]) -> TrackingEvent | None:
        return max(events, key=lambda e: e.sort_key) if events else None

    assert {v.tracking_number for v in views} == {
        silent,
        delivered,
        reversed_,
        partial,
        tied,
        ordered,
    }
    for view in views:
        assert view.last_event == latest(by_number[view.tracking_number]), view.tracking_number
    rows = {v.tracking_number: v for v in views}
    assert rows[silent].last_event is None
    assert rows[silent].status == "pending"
    assert rows[delivered].status == "delivered"
    assert rows[reversed_].status == "delivered"
    reversed_last = rows[reversed_].last_event
    assert reversed_last is not None
    assert reversed_last.description == "Delivered, in/at mailbox"
    assert rows[ordered].is_order
    tied_last = rows[tied].last_event
    assert tied_last is not None
    assert tied_last.description == "Departure from outward office of exchange"
