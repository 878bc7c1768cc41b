"""The analytics sweep on SQLite and PostgreSQL: a real dispatch and journey counted once, its
rows moved when its lane becomes known, the same rollups after a rebuild."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from parceltrail.bootstrap import App
from parceltrail.domain.errors import PermissionDenied
from parceltrail.domain.users import Role, User
from parceltrail.services import analytics, health, messages
from parceltrail.services import orders as order_service
from parceltrail.services import tracking as tracking_service
from parceltrail.storage.tables import analytics_rollups
from tests import factories
from tests.conftest import FrozenClock

NUMBER = "LK123456785CN"
START = datetime(2026, 11, 28, 9, tzinfo=UTC)  # the clock's start: dispatch and first event
WEEK = analytics.Query(date(2026, 11, 23), date(2026, 11, 29))


@pytest.fixture
def seller(app: App) -> User:
    return factories.user(app, "seller@example.com")


def sweeps(app: App) -> int:
    health.sweep_rounds(uow_factory=app.uow, clock=app.clock)
    return analytics.sweep_rounds(uow_factory=app.uow, clock=app.clock)


def post(app: App, seller: User, items: list[dict[str, Any]]) -> None:
    with app.uow() as uow:
        valid, _ = tracking_service.parse_events(items, now=app.clock())
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())


def lanes(app: App) -> set[tuple[str, str]]:
    """The lanes of the detailed rows (not the pre-summed rows', "*")."""
    r = analytics_rollups.c
    query = select(r.origin, r.destination).where(r.carrier != "*", r.origin != "*")
    with app.engine.connect() as connection:
        return {(row.origin, row.destination) for row in connection.execute(query)}


def rollups(app: App) -> list[tuple[Any, ...]]:
    with app.engine.connect() as connection:
        rows = connection.execute(select(analytics_rollups)).all()
    return sorted(tuple(row) for row in rows)


def read(app: App, user: User, query: analytics.Query = WEEK) -> analytics.Summary:
    with app.uow() as uow:
        return analytics.summary(uow=uow, user=user, query=query)[0]


def test_a_journey_is_counted_once_and_moves_rows_when_its_lane_is_known(
    app: App, seller: User, clock: FrozenClock
) -> None:
    factories.shipped(app, seller, NUMBER)  # Saturday 28 November, 09:00 UTC
    assert sweeps(app) == 1
    dispatched = read(app, seller)
    assert (dispatched.count("shipments"), dispatched.in_flight) == (1, 1)
    assert lanes(app) == {("", "")}  # lane not known yet

    clock.advance(days=13)
    post(app, seller, factories.raw_journey(NUMBER, START))
    assert sweeps(app) == 1
    s = read(app, seller)
    assert (s.count("shipments"), s.count("delivered"), s.in_flight) == (1, 1, 0)
    # accepted 28 Nov 21:00 UTC, delivered 10 Dec 23:00 UTC
    assert (s.days("transit").p50, s.days("first_scan").p50) == (12, 0)
    assert s.days("transit", "bus").p50 == 9  # 30 Nov-4 Dec, 7-10 Dec
    # the default ETA shown at dispatch (unknown lane): 8 Dec-12 Jan, likely 18 Dec
    assert (s.count("on_time"), s.on_time_rate) == (1, 1.0)
    dispatch_eta = s.eta_accuracy[0]
    assert (dispatch_eta.milestone, dispatch_eta.held_rate) == ("dispatched", 1.0)
    assert dispatch_eta.median_error_days == 8
    assert s.lag_hours.samples == 9  # every event
    assert lanes(app) == {("CN", "US")}  # the early rows were emptied
    counted = rollups(app)
    sweeps(app)  # the mark overlaps the last minutes: recounted, and nothing moves
    assert rollups(app) == counted


def test_sellers_see_their_own_admins_everyone_buyers_nothing(app: App, seller: User) -> None:
    other = factories.user(app, "other@example.com")
    admin = factories.user(app, "admin@example.com", Role.ADMIN)
    factories.shipped(app, seller, NUMBER)
    factories.shipped(app, other, "LK123456799CN", reference="R-2", buyer="b2@example.com")
    sweeps(app)
    assert read(app, seller).count("shipments") == 1
    assert read(app, admin).count("shipments") == 2
    only_other = analytics.Query(WEEK.first, WEEK.last, seller=other.id)
    assert read(app, admin, only_other).count("shipments") == 1
    with pytest.raises(PermissionDenied):
        read(app, seller, only_other)
    buyer = factories.user(app, "buyer9@example.com", Role.BUYER)
    with pytest.raises(PermissionDenied):
        read(app, buyer)


def test_a_rebuild_gives_the_same_rollups(app: App, seller: User, clock: FrozenClock) -> None:
    factories.shipped(app, seller, NUMBER)
    sweeps(app)
    clock.advance(days=13)
    post(app, seller, factories.raw_journey(NUMBER, START))
    sweeps(app)
    before = rollups(app)
    assert analytics.rebuild(uow_factory=app.uow, clock=app.clock) == 1
    assert rollups(app) == before


def test_a_silent_parcel_turns_overdue_once_its_dispatch_eta_has_passed(
    app: App, seller: User, clock: FrozenClock
) -> None:
    factories.shipped(app, seller, NUMBER)
    sweeps(app)  # the default ETA for an unknown lane: 10-45 days, so by 12 January
    clock.advance(days=44)
    sweeps(app)
    assert read(app, seller).count("overdue") == 0
    clock.advance(days=2)
    with app.uow() as uow:  # the analytics sweep alone: its own recheck time brings it back
        analytics.sweep(uow=uow, now=clock.now)
    s = read(app, seller)
    assert (s.count("overdue"), s.on_time_rate) == (1, 0.0)


def test_a_report_reads_the_histograms_of_the_busiest_lanes_only(
    app: App, seller: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests import analytics_fixture

    other = factories.user(app, "other@example.com")
    admin = factories.user(app, "admin@example.com", Role.ADMIN)
    analytics_fixture.load(app, {"s1": seller.id, "s2": other.id})
    monkeypatch.setattr(analytics, "MAX_LANES", 1)
    week = analytics.Query(analytics_fixture.FIRST, analytics_fixture.LAST)
    with app.uow() as uow:
        report = analytics.report(uow=uow, user=admin, query=week)
    # CN -> DE: S1 and S2 delivered (transit 9 and 12 days); CN -> FR: S3 only
    assert report.lanes == {("CN", "DE"): {9: 1, 12: 1}}
    assert report.choices["origin"] == ["CN"]


def held_in_customs(number: str) -> list[dict[str, Any]]:
    """The carrier's scan of 29 November, 10:00 UTC: customs holds the parcel."""
    return [
        {
            "tracking_number": number,
            "occurred_at": "2026-11-29T18:00:00+08:00",
            "description": "Held by import customs",
            "status": "customs_held",
        }
    ]


def buyer_writes(app: App, seller: User, email: str, reference: str) -> None:
    with app.uow() as uow:
        buyer = uow.users.by_email(email)
        order = uow.orders.by_reference(seller.id, reference)
        assert buyer is not None
        assert order is not None
        messages.post(uow=uow, user=buyer, order_id=order.id, body="Where is it?", now=app.clock())


def test_a_problem_is_found_first_only_if_parceltrail_knew_before_the_buyer_asked(
    app: App, seller: User, clock: FrozenClock
) -> None:
    """When parceltrail found the problem is when its verdict was made, not when the carrier's
    scan says it began: a hold scanned on the 29th, reported on the 30th at 10:00, was not
    found before a buyer who asked at 09:00 that day."""
    factories.shipped(app, seller, NUMBER)
    other = "LK123456799CN"
    factories.shipped(app, seller, other, reference="R-2", buyer="b2@example.com")
    sweeps(app)
    clock.advance(days=2)  # 30 November, 09:00
    buyer_writes(app, seller, "buyer@example.com", "R-1")
    clock.advance(hours=1)  # 10:00: both holds reported, a day after their scans
    post(app, seller, held_in_customs(NUMBER) + held_in_customs(other))
    sweeps(app)
    clock.advance(hours=1)
    buyer_writes(app, seller, "b2@example.com", "R-2")  # after the verdict: found first
    sweeps(app)
    s = read(app, seller)
    assert (s.count("problems"), s.count("problems_first"), s.problems_first_rate) == (2, 1, 0.5)
    assert (s.exceptions["customs_held"], s.exception_rate) == (2, 1.0)
    assert (s.lag_hours.p50, s.lag_hours.samples) == (24, 2)  # scanned the 29th, known the 30th


def test_processing_and_a_failed_first_attempt_through_the_real_path(
    app: App, seller: User, clock: FrozenClock
) -> None:
    """Ordered on Saturday 28 November, dispatched on Monday the 30th: 2 calendar days, 1
    business day. The carrier fails to deliver once before it delivers: not a first-attempt
    delivery, and a failed attempt among the exceptions."""
    placed = factories.order(app, seller)
    clock.advance(days=2)
    with app.uow() as uow:
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=placed.id,
            tracking_number=NUMBER,
            now=clock.now,
            protection=app.periods.protection,
        )
    journey = factories.raw_journey(NUMBER, clock.now)
    # 270 hours on, before it is out for delivery again (290) and delivered (296)
    attempt = (clock.now + timedelta(hours=270)).strftime("%Y-%m-%dT%H:%M:%S") + "-06:00"
    journey.insert(
        -2,
        {
            "tracking_number": NUMBER,
            "occurred_at": attempt,
            "description": "Notice left, no one home",
            "status": "failed_attempt",
        },
    )
    clock.advance(days=14)
    post(app, seller, journey)
    sweeps(app)
    s = read(app, seller, analytics.Query(date(2026, 11, 30), date(2026, 12, 6)))
    assert (s.count("shipments"), s.count("delivered")) == (1, 1)
    assert (s.days("processing").p50, s.days("processing", "bus").p50) == (2, 1)
    assert (s.count("first_attempt"), s.first_attempt_rate) == (0, 0.0)
    assert (s.exceptions["failed_attempt"], s.exception_rate) == (1, 1.0)
