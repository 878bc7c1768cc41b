"""A shipment's state is a function of the set of its events, not of their arrival."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from parceltrail.domain import events as domain_events
from parceltrail.domain.shipments import Leg, Shipment, ShipmentState, derive_state
from parceltrail.domain.status import Status, SubStatus
from parceltrail.domain.tracking import TrackingEvent, new_event

START = datetime(2026, 11, 1, tzinfo=UTC)
NOW = datetime(2026, 11, 28, tzinfo=UTC)


def event(hours: float, sub: SubStatus | None, text: str = "") -> TrackingEvent:
    return new_event(
        tracking_number="LK123456785CN",
        occurred_at=START + timedelta(hours=hours),
        description=text or (sub.value if sub else "scan"),
        sub_status=sub,
        now=NOW,
    )


JOURNEY = [
    event(0, SubStatus.INFO_RECEIVED),
    event(20, SubStatus.ACCEPTED),
    event(70, SubStatus.DEPARTED_ORIGIN),
    event(160, SubStatus.ARRIVED_DESTINATION),
    event(170, SubStatus.CUSTOMS_STARTED),
    event(200, SubStatus.CUSTOMS_CLEARED),
    event(220, None, "Scan 4471-B"),
    event(290, SubStatus.OUT_FOR_DELIVERY),
    event(296, SubStatus.DELIVERED),
]


def test_a_whole_journey_ends_delivered_with_every_milestone_timed() -> None:
    state = derive_state(JOURNEY)
    assert state.status is Status.DELIVERED
    assert state.delivered_at == START + timedelta(hours=296)
    assert state.milestones[SubStatus.CUSTOMS_CLEARED] == START + timedelta(hours=200)
    assert SubStatus.INFO_RECEIVED not in state.milestones  # not a milestone
    assert state.event_count == len(JOURNEY)
    assert state.last_event_at == START + timedelta(hours=296)


def test_an_unclassified_event_keeps_the_status_it_follows() -> None:
    state = derive_state(JOURNEY[:7])
    assert state.sub_status is SubStatus.CUSTOMS_CLEARED


def test_an_unclassified_first_event_means_the_carrier_has_information() -> None:
    assert derive_state([event(1, None, "Shipment registered")]).status is Status.INFO_RECEIVED


def test_events_at_the_same_minute_follow_the_journey_order() -> None:
    same_time = [event(5, SubStatus.DEPARTED_ORIGIN), event(5, SubStatus.ACCEPTED)]
    assert derive_state(same_time).sub_status is SubStatus.DEPARTED_ORIGIN


def test_leaving_delivered_clears_the_delivered_time() -> None:
    state = derive_state([*JOURNEY, event(400, SubStatus.RETURNING, "Return to sender")])
    assert state.sub_status is SubStatus.RETURNING
    assert state.delivered_at is None
    assert SubStatus.DELIVERED in state.milestones


@settings(max_examples=200, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(min_value=0, max_value=len(JOURNEY)))
def test_any_order_and_any_replays_give_the_same_state(rng: random.Random, replays: int) -> None:
    arrivals = JOURNEY + rng.sample(JOURNEY, replays)
    rng.shuffle(arrivals)
    unique = list({e.key: e for e in arrivals}.values())
    assert derive_state(unique) == derive_state(JOURNEY)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=len(JOURNEY) - 1))
def test_folding_later_events_onto_a_stored_state_equals_deriving_from_scratch(cut: int) -> None:
    stored = derive_state(JOURNEY[:cut])
    later = JOURNEY[cut:]
    assert stored.can_append(later)
    assert stored.advance(later) == derive_state(JOURNEY)


def test_an_earlier_event_cannot_be_appended() -> None:
    stored = derive_state(JOURNEY[3:])
    assert not stored.can_append(JOURNEY[:1])


def test_state_changes_are_recorded_as_domain_events() -> None:
    shipment = Shipment("shp_1", "ord_1", [Leg(1, "LK123456785CN", "china_post")], START)
    shipment.change_state(derive_state(JOURNEY[:3]))
    [update] = shipment.events
    assert isinstance(update, domain_events.TrackingUpdated)
    assert [name for name, _ in update.milestones] == ["accepted", "departed_origin"]
    assert (update.previous_status, update.status) == ("pending", "in_transit")
    shipment.events.clear()
    shipment.change_state(shipment.state)
    assert shipment.events == []


def test_a_second_leg_becomes_the_current_number() -> None:
    shipment = Shipment(
        "shp_1", "ord_1", [Leg(1, "LK123456785CN", "china_post")], START, ShipmentState()
    )
    shipment.add_leg("9400111899223100000000", "usps")
    assert shipment.tracking_number == "9400111899223100000000"
    assert shipment.carrier == "usps"
    assert isinstance(shipment.events[-1], domain_events.LegAdded)
