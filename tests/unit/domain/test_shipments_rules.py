"""Shipment rules read back: what an unclassified event means, which changes are announced, the
order of milestones, events at the same moment, and handover legs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from parceltrail.domain import events as domain_events
from parceltrail.domain.errors import TrackingNumberTaken, ValidationFailed
from parceltrail.domain.shipments import (
    Leg,
    Shipment,
    ShipmentState,
    checked_carrier,
    checked_dispatch_time,
    checked_service,
    derive_state,
)
from parceltrail.domain.status import Status, SubStatus
from parceltrail.domain.tracking import TrackingEvent

START = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def scan(hours: float, sub: SubStatus | None, key: str | None = None) -> TrackingEvent:
    """An event as stored: ``sub_status`` None is one that no rule classified."""
    return TrackingEvent(
        tracking_number="LK123456785CN",
        occurred_at=START + hours * HOUR,
        description="Scan 4471-B" if sub is None else sub.value,
        sub_status=sub,
        key=key or f"{hours}-{sub}",
    )


def test_an_event_no_rule_classifies_first_means_the_carrier_has_information() -> None:
    unclassified = scan(1, None)
    assert unclassified.sub_status is None
    state = derive_state([unclassified])
    assert (state.status, state.sub_status) == (Status.INFO_RECEIVED, SubStatus.INFO_RECEIVED)
    assert state.milestones == {}
    assert (state.last_event_at, state.event_count) == (START + HOUR, 1)


def test_unclassified_events_after_a_status_keep_it() -> None:
    state = derive_state([scan(1, SubStatus.ACCEPTED), scan(2, None), scan(3, None)])
    assert state.sub_status is SubStatus.ACCEPTED
    assert state.milestones == {SubStatus.ACCEPTED: START + HOUR}
    assert (state.last_event_at, state.event_count) == (START + 3 * HOUR, 3)


def test_a_milestone_keeps_the_time_it_was_first_reached() -> None:
    first_try = [scan(1, SubStatus.OUT_FOR_DELIVERY), scan(2, SubStatus.FAILED_ATTEMPT)]
    second_try = [scan(30, SubStatus.OUT_FOR_DELIVERY), scan(31, SubStatus.DELIVERED)]
    state = derive_state([*first_try, *second_try])
    assert state.milestones == {
        SubStatus.OUT_FOR_DELIVERY: START + HOUR,
        SubStatus.FAILED_ATTEMPT: START + 2 * HOUR,
        SubStatus.DELIVERED: START + 31 * HOUR,
    }
    assert (state.status, state.delivered_at) == (Status.DELIVERED, START + 31 * HOUR)


def test_a_single_new_event_is_folded_onto_the_stored_state() -> None:
    stored = derive_state([scan(1, SubStatus.ACCEPTED)])
    later = stored.advance([scan(9, SubStatus.DELIVERED)])
    assert later == ShipmentState(
        status=Status.DELIVERED,
        sub_status=SubStatus.DELIVERED,
        milestones={SubStatus.ACCEPTED: START + HOUR, SubStatus.DELIVERED: START + 9 * HOUR},
        last_event_at=START + 9 * HOUR,
        delivered_at=START + 9 * HOUR,
        event_count=2,
    )
    assert stored.milestones == {SubStatus.ACCEPTED: START + HOUR}  # the stored one unchanged


def test_two_events_arriving_late_first_are_folded_in_time_order() -> None:
    state = derive_state([scan(5, SubStatus.IN_TRANSIT), scan(1, SubStatus.ACCEPTED)])
    assert (state.sub_status, state.last_event_at) == (SubStatus.IN_TRANSIT, START + 5 * HOUR)


def test_no_new_events_leave_the_state_as_it_is() -> None:
    stored = derive_state([scan(1, SubStatus.ACCEPTED)])
    assert stored.advance([]) is stored


def test_an_event_at_exactly_the_last_events_time_cannot_be_appended() -> None:
    stored = derive_state([scan(5, SubStatus.IN_TRANSIT)])
    assert not stored.can_append([scan(5, SubStatus.ARRIVED_DESTINATION)])
    assert not stored.can_append([scan(6, None), scan(5, None, key="same-moment")])
    assert stored.can_append([scan(5.001, SubStatus.ARRIVED_DESTINATION)])
    assert stored.can_append([])
    assert ShipmentState().can_append([scan(0, None)])


def test_an_event_at_the_same_moment_is_ordered_by_the_journey_when_derived_again() -> None:
    earlier_step_later = [scan(5, SubStatus.ARRIVED_DESTINATION), scan(5, SubStatus.IN_TRANSIT)]
    state = derive_state(earlier_step_later)
    assert state.sub_status is SubStatus.ARRIVED_DESTINATION
    assert state.last_event_at == START + 5 * HOUR


def shipment() -> Shipment:
    return Shipment("shp_1", "ord_1", [Leg(1, "LK123456785CN", "china_post")], START)


def test_a_status_change_that_reaches_no_milestone_is_announced() -> None:
    ship = shipment()
    ship.change_state(derive_state([scan(1, None)]))
    assert ship.events == [
        domain_events.TrackingUpdated(
            shipment_id="shp_1",
            tracking_number="LK123456785CN",
            previous_status="pending",
            previous_sub_status="pending",
            status="info_received",
            sub_status="info_received",
            milestones=(),
            last_event_at=START + HOUR,
        )
    ]


def test_a_sub_status_change_within_the_same_milestones_is_announced() -> None:
    ship = shipment()
    ship.change_state(derive_state([scan(1, SubStatus.ACCEPTED)]))
    ship.events.clear()
    before = ship.state
    same_milestones = ShipmentState(
        Status.IN_TRANSIT, SubStatus.IN_TRANSIT, before.milestones, START + 2 * HOUR, None, 2
    )
    ship.change_state(same_milestones)
    [update] = ship.events
    assert isinstance(update, domain_events.TrackingUpdated)
    assert (update.previous_sub_status, update.sub_status, update.milestones) == (
        "accepted",
        "in_transit",
        (),
    )
    assert ship.state is same_milestones


def test_an_unchanged_status_with_no_new_milestone_is_not_announced() -> None:
    ship = shipment()
    ship.change_state(derive_state([scan(1, SubStatus.IN_TRANSIT)]))
    ship.events.clear()
    ship.change_state(ship.state.advance([scan(2, None)]))
    assert ship.events == []
    assert ship.state.event_count == 2


def test_milestones_reached_in_one_batch_are_announced_in_time_order() -> None:
    ship = shipment()
    out_of_order = {  # neither in time order nor in alphabetical order
        SubStatus.DELIVERED: START + 9 * HOUR,
        SubStatus.DEPARTED_ORIGIN: START + HOUR,
        SubStatus.CUSTOMS_CLEARED: START + 5 * HOUR,
    }
    new = ShipmentState(
        Status.DELIVERED, SubStatus.DELIVERED, out_of_order, START + 9 * HOUR, START + 9 * HOUR, 3
    )
    ship.change_state(new)
    [update] = ship.events
    assert update.milestones == (  # type: ignore[attr-defined]
        ("departed_origin", START + HOUR),
        ("customs_cleared", START + 5 * HOUR),
        ("delivered", START + 9 * HOUR),
    )


def test_only_milestones_not_reached_before_are_announced() -> None:
    ship = shipment()
    ship.change_state(derive_state([scan(1, SubStatus.ACCEPTED)]))
    ship.events.clear()
    ship.change_state(ship.state.advance([scan(2, SubStatus.DEPARTED_ORIGIN)]))
    [update] = ship.events
    assert update.milestones == (("departed_origin", START + 2 * HOUR),)  # type: ignore[attr-defined]
    assert (update.previous_status, update.status) == ("in_transit", "in_transit")  # type: ignore[attr-defined]


def test_a_new_shipment_has_its_first_leg_with_the_first_carrier() -> None:
    ship = Shipment.new(
        "LK123456785CN", "china_post", order_id="ord_1", dispatched_at=START, service="economy"
    )
    assert ship.legs == [Leg(1, "LK123456785CN", "china_post")]
    assert (ship.order_id, ship.dispatched_at, ship.service) == ("ord_1", START, "economy")
    assert ship.id.startswith("shp_")
    assert (ship.state, ship.events) == (ShipmentState(), [])
    assert (ship.tracking_number, ship.carrier) == ("LK123456785CN", "china_post")


def test_a_standalone_tracking_has_no_order_dispatch_or_service() -> None:
    ship = Shipment.new("1Z999AA10123456784", None)
    assert (ship.order_id, ship.dispatched_at, ship.service, ship.carrier) == (
        None,
        None,
        None,
        None,
    )


def test_a_handover_adds_the_next_leg_and_announces_it() -> None:
    ship = Shipment.new("LK123456785CN", "china_post", order_id="ord_1")
    second = ship.add_leg("9400111899223100000000", "usps")
    assert second == Leg(2, "9400111899223100000000", "usps")
    third = ship.add_leg("JD014600006281234567", None)
    assert third.sequence == 3
    assert ship.legs[0] == Leg(1, "LK123456785CN", "china_post")  # the first carrier stays
    assert [leg.sequence for leg in ship.legs] == [1, 2, 3]
    assert ship.events == [
        domain_events.LegAdded(ship.id, "9400111899223100000000", "usps", 2),
        domain_events.LegAdded(ship.id, "JD014600006281234567", None, 3),
    ]
    assert (ship.tracking_number, ship.carrier) == ("JD014600006281234567", None)


def test_an_update_names_the_current_legs_number() -> None:
    ship = shipment()
    ship.add_leg("9400111899223100000000", "usps")
    ship.change_state(derive_state([scan(1, SubStatus.HANDED_OVER)]))
    assert ship.events[-1].tracking_number == "9400111899223100000000"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("given", "code"),
    [
        (None, None),
        ("  ", None),
        (" China Post ", "china_post"),
        ("dhl-global mail", "dhl_global_mail"),
        ("USPS", "usps"),
        ("x" * 64, "x" * 64),
    ],
)
def test_a_sellers_carrier_becomes_a_code(given: str | None, code: str | None) -> None:
    assert checked_carrier(given) == code


@pytest.mark.parametrize("given", ["x" * 65, "china/post", "dhl.express", "a__b!"])
def test_other_carriers_are_refused_naming_the_field(given: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        checked_carrier(given)
    assert refused.value.message == (
        f"carrier {given[:40]!r} is not a carrier code such as 'china_post' or 'usps'"
    )
    assert refused.value.details == {"field": "carrier"}


@pytest.mark.parametrize(
    ("given", "name"),
    [
        (None, None),
        (" ", None),
        ("Standard", "standard"),
        ("e-Packet plus", "e_packet_plus"),
        ("s" * 32, "s" * 32),
    ],
)
def test_a_service_name_is_keyed_in_one_spelling(given: str | None, name: str | None) -> None:
    assert checked_service(given) == name


@pytest.mark.parametrize("given", ["s" * 33, "express/priority", "std."])
def test_other_service_names_are_refused_naming_the_field(given: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        checked_service(given)
    assert refused.value.message == (
        f"service {given[:40]!r} is not a service name such as 'standard', 'economy' or "
        "'epacket' (letters, digits, spaces, at most 32 characters)"
    )
    assert refused.value.details == {"field": "service"}


NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def test_a_dispatch_time_is_now_unless_given_and_then_in_utc() -> None:
    assert checked_dispatch_time(None, NOW) == NOW
    china = timezone(timedelta(hours=8))
    given = datetime(2026, 11, 27, 20, 0, tzinfo=china)
    assert checked_dispatch_time(given, NOW) == datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    assert checked_dispatch_time(given, NOW).tzinfo is UTC


def test_a_dispatch_time_up_to_26_hours_ahead_is_accepted() -> None:
    limit = NOW + timedelta(hours=26)
    assert checked_dispatch_time(limit, NOW) == limit
    with pytest.raises(ValidationFailed) as refused:
        checked_dispatch_time(limit + timedelta(microseconds=1), NOW)
    assert (refused.value.message, refused.value.details) == (
        "dispatched_at is in the future",
        {"field": "dispatched_at"},
    )


def test_a_dispatch_time_before_1990_is_refused() -> None:
    start = datetime(1990, 1, 1, tzinfo=UTC)
    assert checked_dispatch_time(start, NOW) == start
    with pytest.raises(ValidationFailed) as refused:
        checked_dispatch_time(start - timedelta(microseconds=1), NOW)
    assert (refused.value.message, refused.value.details) == (
        "dispatched_at 1989-12-31 is before 1990; check the date",
        {"field": "dispatched_at"},
    )


def test_a_dispatch_time_without_an_offset_is_refused() -> None:
    with pytest.raises(ValidationFailed) as refused:
        checked_dispatch_time(datetime(2026, 11, 27, 12, 0), NOW)
    assert refused.value.details == {"field": "dispatched_at"}
    assert "without a UTC offset" in refused.value.message


@pytest.mark.parametrize("given", ["___", "---", "_ -"])
def test_a_carrier_or_service_of_separators_only_is_refused(given: str) -> None:
    with pytest.raises(ValidationFailed):
        checked_carrier(given)
    with pytest.raises(ValidationFailed):
        checked_service(given)


def test_a_long_service_name_is_quoted_only_in_part() -> None:
    given = "s" * 45 + "/"
    with pytest.raises(ValidationFailed) as refused:
        checked_service(given)
    assert refused.value.message.startswith(f"service {'s' * 40!r} is not a service name")


def test_a_number_already_on_another_order_is_refused_naming_it() -> None:
    ship = Shipment.new("LK123456785CN", "china_post", order_id="ord_1")
    with pytest.raises(TrackingNumberTaken) as taken:
        ship.dispatch(order_id="ord_2", tracking_number="LK123456785CN", at=START, service=None)
    assert taken.value.message == (
        "tracking number LK123456785CN is already used by another order; check the label"
    )
    assert taken.value.details == {"tracking_number": "LK123456785CN"}
    assert (ship.order_id, ship.events) == ("ord_1", [])


def test_dispatching_puts_a_shipment_on_its_order() -> None:
    ship = Shipment.new("LK123456785CN", "china_post")
    ship.dispatch(order_id="ord_2", tracking_number="LK123456785CN", at=START, service="economy")
    assert (ship.order_id, ship.dispatched_at, ship.service) == ("ord_2", START, "economy")
    assert ship.events == [
        domain_events.ShipmentDispatched(ship.id, "ord_2", "LK123456785CN", "china_post", START)
    ]
    ship.dispatch(order_id="ord_2", tracking_number="LK123456785CN", at=START, service=None)
    assert len(ship.events) == 2  # the same order again is allowed
