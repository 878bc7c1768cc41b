"""Lanes by carrier and service, with their fallbacks, and the lane-context line, on both databases.

History is built with the factories (real dispatches, real events through ingest, the real
lanes sweep); the figures checked are recomputed here from the durations the test chose.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any

import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.eta import MIN_HISTORY, percentile
from parceltrail.domain.users import User
from parceltrail.services import health
from parceltrail.services import tracking as tracking_service
from tests import factories
from tests.conftest import FrozenClock

HISTORY = MIN_HISTORY + 5
CUSTOMS_STARTED, CUSTOMS_CLEARED = 4, 5  # positions in factories.raw_journey


@pytest.fixture
def seller(app: App) -> User:
    return factories.user(app, "seller@example.com")


def post(app: App, seller: User, items: list[dict[str, Any]]) -> None:
    with app.uow() as uow:
        valid, rejected = tracking_service.parse_events(items, now=app.clock())
        assert not rejected
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())


def learn(app: App) -> int:
    with app.uow() as uow:
        return health.learn_lanes(uow=uow, now=app.clock())


def tracking(app: App, number: str) -> dict[str, Any]:
    with app.uow() as uow:
        view = tracking_service.get_tracking(
            uow=uow, tracking_number=number, viewer=None, now=app.clock()
        )
    return view.to_json()


def customs_taking(number: str, start: datetime, extra_hours: float) -> list[dict[str, Any]]:
    """factories.raw_journey with customs ``extra_hours`` longer (its own 30 h plus these)."""
    events = factories.raw_journey(number, start)
    for event in events[CUSTOMS_CLEARED:]:
        moment = datetime.fromisoformat(event["occurred_at"]) + timedelta(hours=extra_hours)
        event["occurred_at"] = moment.isoformat()
    return events


def delivered_history(app: App, seller: User, start: datetime, **kw: Any) -> list[float]:
    """HISTORY delivered parcels whose customs took 30 + 4i hours; their customs days."""
    days = []
    for index in range(HISTORY):
        number = factories.s10(index)
        factories.shipped(app, seller, number, reference=f"H-{index}", **kw)
        post(app, seller, customs_taking(number, start + timedelta(hours=index), 4 * index))
        days.append((30 + 4 * index) / 24)
    return days


def test_each_service_learns_its_own_lane_and_thin_ones_fall_back_to_the_carrier(
    app: App, seller: User, clock: FrozenClock
) -> None:
    start = clock.now - timedelta(days=40)
    delivered_history(app, seller, start, service="Standard")
    assert learn(app) == 3  # carrier + service, carrier, countries
    standard, economy = factories.s10(900), factories.s10(901)
    factories.shipped(app, seller, standard, reference="N-1", service="standard")
    factories.shipped(app, seller, economy, reference="N-2", service="economy")
    for number in (standard, economy):
        post(app, seller, factories.raw_journey(number, clock.now - timedelta(days=8))[:4])
    learned, fallback = tracking(app, standard), tracking(app, economy)
    assert learned["service"] == "standard"
    carrier = learned["lane"]["carrier"]
    assert learned["eta"]["lane"] == f"CN-US-{carrier}-standard"
    assert learned["eta"]["samples"] == HISTORY
    assert f"based on {HISTORY} deliveries of " in learned["eta"]["explanation"]
    assert " standard from CN to US" in learned["eta"]["explanation"]
    assert fallback["eta"]["lane"] == f"CN-US-{carrier}-*"
    assert " economy " not in fallback["eta"]["explanation"]


def test_too_little_history_gives_a_default_said_as_such(
    app: App, seller: User, clock: FrozenClock
) -> None:
    factories.shipped(app, seller, factories.s10(1), service="economy")
    post(app, seller, factories.raw_journey(factories.s10(1), clock.now - timedelta(days=3))[:3])
    eta = tracking(app, factories.s10(1))["eta"]
    assert (eta["basis"], eta["lane"]) == ("default", None)
    assert "few deliveries on this lane yet: a default estimate" in eta["explanation"]


def test_the_customs_line_comes_from_the_lanes_delivered_parcels(
    app: App, seller: User, clock: FrozenClock
) -> None:
    days = delivered_history(app, seller, clock.now - timedelta(days=40))
    learn(app)
    number = factories.s10(999)
    factories.shipped(app, seller, number, reference="N-1")
    entered = clock.now - timedelta(days=3, hours=5)
    # raw_journey enters customs at hour 170, wall-clock time written with Chicago's -06:00
    start = entered - timedelta(hours=170 + 6)
    post(app, seller, factories.raw_journey(number, start)[: CUSTOMS_STARTED + 1])
    body = tracking(app, number)
    line = body["lane_context"]
    p10, p90 = percentile(sorted(days), 0.1), percentile(sorted(days), 0.9)
    assert line["stage"] == "customs"
    assert line["samples"] == HISTORY
    assert line["usual_days"]["p10"] == pytest.approx(p10, abs=0.01)
    assert line["usual_days"]["p90"] == pytest.approx(p90, abs=0.01)
    assert line["days_so_far"] == pytest.approx(3 + 5 / 24, abs=0.01)
    low, high = math.floor(p10), math.ceil(p90)
    assert (low, high) == (1, 5)  # 1.4 and 4.9 days from 30 + 4i hours
    assert line["text"] == (
        f"Customs on this lane usually takes {low}-{high} days; this parcel has been there 3 days."
    )


def test_no_lane_context_outside_a_long_stage_or_without_history(
    app: App, seller: User, clock: FrozenClock
) -> None:
    number = factories.s10(777)
    factories.shipped(app, seller, number)
    start = clock.now - timedelta(days=9)
    post(app, seller, factories.raw_journey(number, start)[: CUSTOMS_STARTED + 1])
    assert tracking(app, number)["lane_context"] is None  # in customs, but no history
    delivered_history(app, seller, clock.now - timedelta(days=40))
    learn(app)
    assert tracking(app, number)["lane_context"] is not None
    post(app, seller, factories.raw_journey(number, start)[CUSTOMS_CLEARED : CUSTOMS_CLEARED + 1])
    assert tracking(app, number)["lane_context"] is None  # customs cleared: no line
