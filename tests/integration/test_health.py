"""The health sweep on SQLite and PostgreSQL: right verdicts at the right times, told once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from parceltrail.bootstrap import App
from parceltrail.domain.users import User
from parceltrail.services import health
from parceltrail.services import tracking as tracking_service
from parceltrail.storage.tables import outbox
from tests import factories
from tests.conftest import FrozenClock

NUMBER = "LK123456785CN"


@pytest.fixture
def seller(app: App) -> User:
    return factories.user(app, "seller@example.com")


def run_sweep(app: App, **kw: Any) -> health.SweepReport:
    with app.uow() as uow:
        return health.sweep(uow=uow, now=app.clock(), **kw)


def post(app: App, seller: User, items: list[dict[str, Any]]) -> None:
    with app.uow() as uow:
        valid, _ = tracking_service.parse_events(items, now=app.clock())
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())


def problems_told(app: App) -> list[tuple[str | None, bool]]:
    with app.engine.connect() as connection:
        rows = connection.execute(
            select(outbox.c.payload)
            .where(outbox.c.topic == "shipment.problem_changed")
            .order_by(outbox.c.id)
        ).scalars()
        return [(row["problem"], row["trouble"]) for row in rows]


def verdict(app: App) -> dict[str, Any]:
    with app.uow() as uow:
        view = tracking_service.get_tracking(
            uow=uow, tracking_number=NUMBER, viewer=None, now=app.clock()
        )
    return view.to_json()


def test_a_silent_parcel_goes_not_active_then_no_information(
    app: App, seller: User, clock: FrozenClock
) -> None:
    factories.shipped(app, seller, NUMBER)
    run_sweep(app)
    clock.advance(days=8)
    run_sweep(app)
    assert problems_told(app) == [("not_active_yet", False), ("no_information", True)]
    assert "seller is asked to check" in verdict(app)["health"]["explanation"]


def test_a_parcel_that_stops_moving_is_stale_then_suspected_lost_and_told_once(
    app: App, seller: User, clock: FrozenClock
) -> None:
    factories.shipped(app, seller, NUMBER)
    start = clock.now - timedelta(days=8)
    post(app, seller, factories.raw_journey(NUMBER, start)[:4])  # departed origin, arrived
    run_sweep(app)
    assert problems_told(app) == []
    clock.advance(days=11)
    run_sweep(app)
    run_sweep(app)  # nothing new: nothing told twice
    clock.advance(days=25)
    run_sweep(app)
    assert problems_told(app) == [("stale", True), ("suspected_lost", True)]
    body = verdict(app)
    assert body["health"]["problem"] == "suspected_lost"
    assert body["lane"] == {
        "origin": "CN",
        "destination": "US",
        "carrier": "china_ems",  # detected from the LK...CN number
        "service": None,
    }


def test_a_new_event_clears_the_problem_at_the_next_sweep(
    app: App, seller: User, clock: FrozenClock
) -> None:
    factories.shipped(app, seller, NUMBER)
    start = clock.now - timedelta(days=8)
    journey = factories.raw_journey(NUMBER, start)
    post(app, seller, journey[:4])
    clock.advance(days=11)
    run_sweep(app)
    late = dict(journey[4], occurred_at=(clock.now - timedelta(hours=1)).isoformat())
    post(app, seller, [late])
    run_sweep(app)
    assert problems_told(app) == [("stale", True), (None, False)]


def test_the_sweep_reads_only_what_may_have_changed(
    app: App, seller: User, clock: FrozenClock
) -> None:
    for index in range(5):
        factories.shipped(app, seller, factories.s10(index), reference=f"R-{index}")
    clock.advance(minutes=10)  # older than the sweep's 5-minute look-back
    assert run_sweep(app).examined == 5
    clock.advance(hours=1)
    assert run_sweep(app).examined == 0  # nothing changed and no recheck is due
    clock.advance(hours=47)
    assert run_sweep(app).examined == 5  # the 48-hour recheck is due for all


def test_a_limited_sweep_continues_where_it_stopped(app: App, seller: User) -> None:
    for index in range(7):
        factories.shipped(app, seller, factories.s10(index), reference=f"R-{index}")
    first = run_sweep(app, limit=3)
    second = run_sweep(app, limit=3)
    third = run_sweep(app, limit=3)
    assert (first.more, second.more) == (True, True)
    assert first.examined + second.examined + third.examined >= 7
    assert not third.more


def test_lanes_learn_from_deliveries_and_the_eta_says_so(
    app: App, seller: User, clock: FrozenClock
) -> None:
    start = clock.now - timedelta(days=40)
    for index in range(25):
        number = factories.s10(index)
        factories.shipped(app, seller, number, reference=f"R-{index}")
        post(app, seller, factories.raw_journey(number, start + timedelta(hours=index)))
    factories.shipped(app, seller, NUMBER, reference="R-new")
    post(app, seller, factories.raw_journey(NUMBER, clock.now - timedelta(days=8))[:4])
    with app.uow() as uow:
        assert health.learn_lanes(uow=uow, now=clock.now) == 2  # by carrier, by countries
    eta = verdict(app)["eta"]
    assert eta["basis"] == "lane_history"
    assert eta["samples"] == 25
    assert eta["lane"] == "CN-US-china_ems-*"
    assert "based on 25 deliveries of China EMS / ePacket from CN to US" in eta["explanation"]


def test_a_parcel_still_moving_past_its_latest_expected_day_is_delayed(
    app: App, seller: User, clock: FrozenClock
) -> None:
    factories.shipped(app, seller, NUMBER)  # CN -> default lane: at most 45 days
    moving = [
        {
            "tracking_number": NUMBER,
            "occurred_at": (clock.now + timedelta(days=day)).isoformat(),
            "description": f"In transit, day {day}",
            "status": "in_transit",
        }
        for day in range(1, 52, 2)
    ]
    clock.advance(days=51, hours=12)
    post(app, seller, moving)
    run_sweep(app)
    seen = verdict(app)
    assert seen["health"]["problem"] == "delayed", seen["health"]
    eta = seen["eta"]
    assert eta["overdue"] is True
    assert eta["latest"] < clock.now.isoformat()
    assert "later than that" in eta["explanation"]
    assert problems_told(app)[-1] == ("delayed", True)
