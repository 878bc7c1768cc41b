"""Polling decisions as use cases: what is due, what a carrier's answer or failure changes in
the schedule, on the in-memory unit of work with a carrier client that answers from memory."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest

from parceltrail.domain.orders import OrderLine
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.domain.users import User
from parceltrail.services import orders as order_service
from parceltrail.services import tracking as tracking_service
from parceltrail.services.polling import poll_due
from parceltrail.services.polling_ports import CarrierUnavailable, TrackedNumber
from tests import factories
from tests.unit.services.conftest import PERIODS, T0
from tests.unit.services.fakes import FakeUnitOfWork

NUMBER = "RR123456785CN"
NOW = T0 + timedelta(days=14)


@dataclass
class Carrier:
    """China Post's API as the poller sees it: an answer per number, or an outage."""

    answers: dict[str, TrackedNumber] = field(default_factory=dict)
    outage: CarrierUnavailable | None = None
    asked: list[list[str]] = field(default_factory=list)
    carrier: str = "china_post"
    batch_limit: int = 40

    def track(self, numbers: Sequence[str], *, now: datetime) -> list[TrackedNumber]:
        self.asked.append(list(numbers))
        if self.outage is not None:
            raise self.outage
        return [self.answers.get(n, TrackedNumber(n, error="not_found")) for n in numbers]


def journey(steps: int) -> list[TrackingEvent]:
    raw = factories.raw_journey(NUMBER, T0)[:steps]
    valid, _ = tracking_service.parse_events(raw, now=NOW)
    return [event for _, event in valid]


@pytest.fixture
def shipment_id(uow: FakeUnitOfWork, seller: User, buyer: User) -> str:
    with uow:
        order = order_service.create_order(
            uow=uow,
            seller=seller,
            reference="R-1",
            buyer_email=buyer.email,
            lines=[OrderLine("Mug", 1)],
            now=T0,
        )
        done = order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order.id,
            tracking_number=NUMBER,
            now=T0,
            protection=PERIODS.protection,
        )
    return done.shipment.id


def test_a_due_shipment_is_polled_its_events_stored_and_its_next_poll_planned(
    uow: FakeUnitOfWork, shipment_id: str
) -> None:
    carrier = Carrier({NUMBER: TrackedNumber(NUMBER, events=journey(4))})
    report = poll_due(uow_factory=uow.factory, clients={"china_post": carrier}, now=NOW)
    assert report.enrolled == 1
    (polled,) = report.carriers
    assert (polled.requests, polled.polled, polled.new_events, polled.error) == (1, 1, 4, None)
    assert carrier.asked == [[NUMBER]]
    plan = uow.store.plans[shipment_id]
    assert plan["stopped"] is None
    assert plan["next_poll_at"] is not None
    assert plan["next_poll_at"] > NOW
    assert plan["utc_offset_minutes"] == -360  # the latest scan was in Chicago
    assert uow.store.shipments[shipment_id].state.event_count == 4
    assert uow.store.carrier_health["china_post"].last_success_at == NOW
    again = poll_due(uow_factory=uow.factory, clients={"china_post": carrier}, now=NOW)
    assert again.carriers == []  # nothing due until the planned time


def test_a_failing_carrier_backs_off_for_at_least_what_it_asked_and_is_skipped_until_then(
    uow: FakeUnitOfWork, shipment_id: str
) -> None:
    carrier = Carrier(outage=CarrierUnavailable("503 from the carrier", retry_after=3600))
    report = poll_due(uow_factory=uow.factory, clients={"china_post": carrier}, now=NOW)
    assert report.carriers[0].error == "503 from the carrier"
    health = uow.store.carrier_health["china_post"]
    assert health.consecutive_failures == 1
    assert health.backoff_until is not None
    assert health.backoff_until >= NOW + timedelta(hours=1)
    later = poll_due(
        uow_factory=uow.factory, clients={"china_post": carrier}, now=NOW + timedelta(minutes=5)
    )
    assert later.carriers[0].skipped == "backing_off"
    assert len(carrier.asked) == 1
    assert uow.store.plans[shipment_id]["next_poll_at"] == NOW  # still due, not lost


def test_a_carrier_with_no_client_is_skipped_and_its_shipments_stay_due(
    uow: FakeUnitOfWork, shipment_id: str
) -> None:
    report = poll_due(uow_factory=uow.factory, clients={}, now=NOW)
    assert report.carriers[0].skipped == "no_client"
    assert uow.store.plans[shipment_id]["next_poll_at"] == NOW


def test_an_invalid_number_stops_polling_and_a_delivered_parcel_is_final(
    uow: FakeUnitOfWork, shipment_id: str
) -> None:
    carrier = Carrier({NUMBER: TrackedNumber(NUMBER, error="invalid_number")})
    poll_due(uow_factory=uow.factory, clients={"china_post": carrier}, now=NOW)
    plan = uow.store.plans[shipment_id]
    assert (plan["next_poll_at"], plan["stopped"]) == (None, "invalid")
    plan.update(next_poll_at=NOW, stopped=None)  # a seller corrected the number
    carrier.answers[NUMBER] = TrackedNumber(NUMBER, events=journey(9))
    poll_due(uow_factory=uow.factory, clients={"china_post": carrier}, now=NOW)
    plan = uow.store.plans[shipment_id]
    assert (plan["next_poll_at"], plan["stopped"]) == (None, "final")
