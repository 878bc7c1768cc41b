"""The journey's steps on a tracking card, from the milestones a shipment reached."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from parceltrail.domain.shipments import ShipmentState
from parceltrail.domain.status import SubStatus
from parceltrail.web.pages.card import country, steps

START = datetime(2026, 11, 10, 8, tzinfo=UTC)


def _state(*reached: SubStatus) -> ShipmentState:
    milestones = {sub: START + timedelta(days=i) for i, sub in enumerate(reached)}
    return ShipmentState(
        status=reached[-1].status,
        sub_status=reached[-1],
        milestones=milestones,
        last_event_at=START,
    )


def _states(state: ShipmentState, domestic: bool = False) -> list[tuple[str, str]]:
    return [(s.label, s.state) for s in steps(state, domestic=domestic)]


def test_a_parcel_in_customs_has_passed_steps_one_current_and_steps_to_come() -> None:
    state = _state(SubStatus.ACCEPTED, SubStatus.ARRIVED_DESTINATION, SubStatus.CUSTOMS_STARTED)
    assert _states(state) == [
        ("Handed to the carrier", "reached"),
        ("Left the origin country", "reached"),  # the carrier skipped that scan
        ("In the destination country", "reached"),
        ("Customs", "current"),
        ("Out for delivery", "upcoming"),
        ("Delivered", "upcoming"),
    ]
    built = steps(state)
    assert [s.is_current for s in built].count(True) == 1
    assert built[1].at is None
    assert built[3].at == START + timedelta(days=2)


def test_a_hold_and_a_pickup_name_their_step_and_a_hold_is_a_problem() -> None:
    held = steps(_state(SubStatus.ACCEPTED, SubStatus.CUSTOMS_HELD))
    assert (held[3].label, held[3].state) == ("Held by customs", "problem")
    pickup = steps(_state(SubStatus.ACCEPTED, SubStatus.AVAILABLE_FOR_PICKUP), domestic=True)
    assert [(s.label, s.state) for s in pickup] == [
        ("Handed to the carrier", "reached"),
        ("Ready for pickup", "current"),
        ("Delivered", "upcoming"),
    ]


def test_a_return_replaces_the_steps_still_to_come() -> None:
    state = _state(SubStatus.ACCEPTED, SubStatus.DEPARTED_ORIGIN, SubStatus.RETURNING)
    assert _states(state) == [
        ("Handed to the carrier", "reached"),
        ("Left the origin country", "reached"),
        ("Returning to the sender", "problem"),
    ]


def test_nothing_reached_yet_shows_the_whole_journey_from_shipped() -> None:
    state = ShipmentState()
    labels = _states(state)
    assert labels[0] == ("Shipped", "current")
    assert all(kind == "upcoming" for _, kind in labels[1:])
    assert len(labels) == 7


def test_countries_read_in_words_with_a_flag() -> None:
    china = country("cn")
    assert china is not None
    assert (china.name, china.flag) == ("China", "\U0001f1e8\U0001f1f3")
    assert country("??") is None
    assert country(None) is None
    assert country("ZZZ") is None
