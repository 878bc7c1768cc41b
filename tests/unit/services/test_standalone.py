"""Tracking a number without an order as use cases, on the in-memory unit of work: who may
start one, the daily caps, and what the lookup says of its polling."""

from __future__ import annotations

from datetime import timedelta

import pytest

from parceltrail.domain.errors import InvalidTrackingNumber
from parceltrail.domain.numbers import detect
from parceltrail.domain.rate_limits import RateLimited
from parceltrail.services import standalone
from parceltrail.services.standalone import CarrierNotPollable, StandaloneCaps
from tests.unit.services.conftest import T0, Pollable
from tests.unit.services.fakes import FakeUnitOfWork

NOW = T0 + timedelta(seconds=20)


CHINA_POST = Pollable("china_post")
ROOMY = StandaloneCaps(per_client=10, overall=100)


def start(
    uow: FakeUnitOfWork,
    number: str,
    *,
    client: str = "203.0.113.7",
    caps: StandaloneCaps = ROOMY,
    carrier: str | None = None,
) -> tuple[object, bool]:
    with uow:
        return standalone.start(
            uow=uow,
            tracking_number=number,
            carrier=carrier,
            pollable=CHINA_POST,
            client=client,
            caps=caps,
            now=NOW,
        )


def test_a_new_number_is_scheduled_now_and_a_known_one_answers_unchanged(
    uow: FakeUnitOfWork,
) -> None:
    polling, created = start(uow, "rr 123 456 785 cn")
    assert created is True
    assert polling == standalone.Polling(
        "china_post",
        started=True,
        look_again_at=T0 + timedelta(minutes=3),
        first_scan_pending=True,
    )  # due now, answered within the 2 minutes after, rounded up to the whole minute
    [shipment] = uow.store.shipments.values()
    assert (shipment.tracking_number, uow.store.plans[shipment.id]["next_poll_at"]) == (
        "RR123456785CN",
        NOW,
    )
    again, created = start(uow, "RR123456785CN")
    assert (created, again.started, len(uow.store.shipments)) == (False, False, 1)


def test_a_carrier_no_connector_polls_or_a_wrong_number_is_refused_saying_why(
    uow: FakeUnitOfWork,
) -> None:
    with pytest.raises(CarrierNotPollable, match="cannot poll china_ems"):
        start(uow, "LK123456785CN")
    with pytest.raises(InvalidTrackingNumber):
        start(uow, "RR123456784CN")  # a wrong check digit
    with pytest.raises(InvalidTrackingNumber):
        start(uow, "RR123456785CN", carrier="ups")
    assert uow.store.shipments == {}


def test_the_daily_caps_hold_per_client_and_in_all(uow: FakeUnitOfWork) -> None:
    caps = StandaloneCaps(per_client=1, overall=2)
    start(uow, "RR123456785CN", caps=caps)
    with pytest.raises(RateLimited, match="you have started 1 new trackings today") as mine:
        start(uow, "RR876543216CN", caps=caps)
    start(uow, "RR876543216CN", caps=caps, client="198.51.100.9")
    with pytest.raises(RateLimited, match="as many new trackings today"):
        start(uow, "RR111111115CN", caps=caps, client="192.0.2.1")
    # the window is the UTC day: the wait runs to midnight
    midnight = (NOW + timedelta(days=1)).replace(hour=0, minute=0, second=0)
    assert mine.value.retry_after == pytest.approx((midnight - NOW).total_seconds(), abs=1)
    assert len(uow.store.shipments) == 2


def test_a_lookup_starts_polling_only_for_a_valid_number_of_a_polled_carrier(
    uow: FakeUnitOfWork,
) -> None:
    off = StandaloneCaps(per_client=0, overall=100)
    with uow:
        unknown = standalone.start_from_lookup(
            uow=uow,
            detection=detect("LK123456785CN"),
            carrier="china_ems",
            pollable=CHINA_POST,
            client="c",
            caps=ROOMY,
            now=NOW,
        )
        refused = standalone.start_from_lookup(
            uow=uow,
            detection=detect("RR123456785CN"),
            carrier="china_post",
            pollable=CHINA_POST,
            client="c",
            caps=off,
            now=NOW,
        )
    assert unknown is None
    assert refused == standalone.Polling(
        "china_post",
        refused="starting new trackings from lookups is switched off on this parceltrail",
    )
    assert uow.store.shipments == {}
