"""A shipment records its own dispatch and health changes, and checks what a seller gives."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from parceltrail.domain import events
from parceltrail.domain.errors import InvalidTrackingNumber, TrackingNumberTaken, ValidationFailed
from parceltrail.domain.health import Health, Problem
from parceltrail.domain.shipments import (
    Shipment,
    ShipmentState,
    checked_carrier,
    checked_dispatch_time,
    checked_service,
)
from parceltrail.domain.status import Status, SubStatus
from parceltrail.domain.tracking import checked_number

NOW = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)
NUMBER = "LK123456785CN"


def test_a_dispatch_puts_the_shipment_on_the_order_and_records_it() -> None:
    shipment = Shipment.new(NUMBER, "china_post")
    shipment.dispatch(order_id="ord_1", tracking_number=NUMBER, at=NOW, service="standard")
    assert (shipment.order_id, shipment.dispatched_at, shipment.service) == (
        "ord_1",
        NOW,
        "standard",
    )
    assert shipment.events == [
        events.ShipmentDispatched(shipment.id, "ord_1", NUMBER, "china_post", NOW)
    ]


def test_a_dispatch_names_the_number_it_was_given_and_the_latest_carrier() -> None:
    shipment = Shipment.new(NUMBER, "china_post")
    shipment.add_leg("9400100000000000000000", "usps")
    shipment.events.clear()
    shipment.dispatch(order_id="ord_1", tracking_number=NUMBER, at=NOW, service=None)
    assert shipment.events == [events.ShipmentDispatched(shipment.id, "ord_1", NUMBER, "usps", NOW)]


def test_naming_a_leg_s_carrier_changes_only_that_leg_and_only_when_it_differs() -> None:
    shipment = Shipment.new(NUMBER, "china_ems")
    shipment.add_leg("9400100000000000000000", "usps")
    named = shipment.name_carrier(NUMBER, "china_post")
    assert named is not None
    assert (named.sequence, named.tracking_number, named.carrier) == (1, NUMBER, "china_post")
    assert [leg.carrier for leg in shipment.legs] == ["china_post", "usps"]
    assert shipment.name_carrier(NUMBER, "china_post") is None  # the same: nothing to do
    assert shipment.name_carrier(NUMBER, None) is None  # no carrier never erases one
    assert shipment.name_carrier("LX000000000CN", "usps") is None  # not a leg of it


def test_a_shipment_on_another_order_refuses_the_dispatch_and_records_nothing() -> None:
    shipment = Shipment.new(NUMBER, None, order_id="ord_1", dispatched_at=NOW)
    with pytest.raises(TrackingNumberTaken, match="already used by another order") as raised:
        shipment.dispatch(order_id="ord_2", tracking_number=NUMBER, at=NOW, service=None)
    assert raised.value.details == {"tracking_number": NUMBER}
    assert (shipment.order_id, shipment.events) == ("ord_1", [])


def _health(problem: Problem | None) -> Health:
    return Health(problem, NOW - timedelta(days=1), f"says {problem}", None)


def test_a_new_problem_is_recorded_with_the_one_before() -> None:
    shipment = Shipment.new(NUMBER, None, order_id="ord_1")
    assert shipment.record_health(_health(Problem.SUSPECTED_LOST), _health(Problem.STALE))
    assert shipment.events == [
        events.ProblemChanged(
            shipment_id=shipment.id,
            tracking_number=NUMBER,
            order_id="ord_1",
            problem="suspected_lost",
            previous_problem="stale",
            trouble=True,
            explanation="says suspected_lost",
            since=NOW - timedelta(days=1),
        )
    ]


def test_a_first_verdict_and_a_cleared_problem_are_changes_too() -> None:
    shipment = Shipment.new(NUMBER, None)
    assert shipment.record_health(_health(Problem.NOT_ACTIVE_YET), None)
    assert shipment.record_health(_health(None), _health(Problem.NOT_ACTIVE_YET))
    first, cleared = shipment.events
    assert isinstance(first, events.ProblemChanged)
    assert (first.problem, first.previous_problem, first.trouble) == (
        "not_active_yet",
        None,
        False,
    )
    assert isinstance(cleared, events.ProblemChanged)
    assert (cleared.problem, cleared.previous_problem) == (None, "not_active_yet")


def test_the_same_problem_again_records_nothing() -> None:
    shipment = Shipment.new(NUMBER, None)
    assert not shipment.record_health(_health(Problem.STALE), _health(Problem.STALE))
    assert not shipment.record_health(_health(None), None)
    assert shipment.events == []


def test_a_tracking_number_is_normalized_and_bounded() -> None:
    assert checked_number(" lk 123-456-785 cn ") == NUMBER
    with pytest.raises(InvalidTrackingNumber, match="tracking_number is empty"):
        checked_number(" - ")
    with pytest.raises(InvalidTrackingNumber, match="has 65 characters"):
        checked_number("A" * 65)


def test_carrier_codes_and_services_are_keyed_in_one_spelling() -> None:
    assert checked_carrier(" China-Post ") == "china_post"
    assert checked_carrier("  ") is None
    assert checked_service("Standard Mail") == "standard_mail"
    assert checked_service(None) is None
    assert checked_service("x" * 32) == "x" * 32
    with pytest.raises(ValidationFailed, match="not a carrier code") as raised:
        checked_carrier("usps; drop")
    assert raised.value.details == {"field": "carrier"}
    with pytest.raises(ValidationFailed, match="not a service name"):
        checked_service("x" * 33)


def test_a_dispatch_time_is_now_unless_given_and_never_implausible() -> None:
    assert checked_dispatch_time(None, NOW) == NOW
    local = datetime(2026, 11, 10, 8, 0, tzinfo=timezone(timedelta(hours=8)))
    assert checked_dispatch_time(local, NOW) == datetime(2026, 11, 10, 0, 0, tzinfo=UTC)
    assert checked_dispatch_time(NOW + timedelta(hours=26), NOW) == NOW + timedelta(hours=26)
    with pytest.raises(ValidationFailed, match="dispatched_at is in the future"):
        checked_dispatch_time(NOW + timedelta(hours=27), NOW)
    with pytest.raises(ValidationFailed, match="before 1990"):
        checked_dispatch_time(datetime(1989, 12, 31, tzinfo=UTC), NOW)
    with pytest.raises(ValidationFailed, match="without a UTC offset"):
        checked_dispatch_time(datetime(2026, 11, 10, 8, 0), NOW)


def test_the_carriers_latest_estimate_wins_and_an_update_without_one_keeps_it() -> None:
    shipment = Shipment.new(NUMBER, "china_post")
    assert shipment.estimated_by_carrier(date(2026, 11, 14)) is True
    assert shipment.estimated_by_carrier(None) is False  # the update named no day
    assert shipment.carrier_eta == date(2026, 11, 14)
    assert shipment.estimated_by_carrier(date(2026, 11, 14)) is False  # nothing new to store
    assert shipment.estimated_by_carrier(date(2026, 11, 12)) is True  # earlier, but newer word
    assert shipment.carrier_eta == date(2026, 11, 12)
    assert shipment.events == []  # not a change of state: nobody is told


def test_the_carriers_estimate_is_shown_only_while_the_journey_goes_on() -> None:
    shipment = Shipment.new(NUMBER, "china_post")
    shipment.estimated_by_carrier(date(2026, 11, 14))
    assert shipment.carrier_eta_ahead == date(2026, 11, 14)
    shipment.state = ShipmentState(status=Status.DELIVERED, sub_status=SubStatus.DELIVERED)
    assert shipment.carrier_eta_ahead is None
    assert shipment.carrier_eta == date(2026, 11, 14)  # still stored
