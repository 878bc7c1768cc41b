"""Status a source vouches for, and events whose dates cannot be right.

A source's overall status (EasyPost tracker.status, AfterShip tag, 17TRACK latest_status) is
kept beside the events' status: its final word wins, the disagreement stays visible, and an
event dated after a delivery that names an earlier step never moves the status back.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from parceltrail.domain.shipments import ShipmentState, VouchedStatus, derive_state, moves_back
from parceltrail.domain.status import Status, SubStatus
from parceltrail.domain.tracking import TrackingEvent, new_event

START = datetime(2026, 11, 1, tzinfo=UTC)
NOW = datetime(2026, 11, 28, tzinfo=UTC)


def event(hours: float, sub: SubStatus | None) -> TrackingEvent:
    return new_event(
        tracking_number="9400110898825022579493",
        occurred_at=START + timedelta(hours=hours),
        description=sub.value if sub else "scan",
        sub_status=sub,
        now=NOW,
    )


def word(sub: SubStatus, hours: float = 100, source: str = "easypost") -> VouchedStatus:
    return VouchedStatus(source, sub, START + timedelta(hours=hours))


def test_delivered_before_accepted_keeps_both_dates_and_stays_delivered() -> None:
    odd = [
        event(0, SubStatus.INFO_RECEIVED),
        event(5, SubStatus.DELIVERED),
        event(9, SubStatus.ACCEPTED),
        event(12, SubStatus.IN_TRANSIT),
    ]
    state = derive_state(odd)
    assert state.sub_status is SubStatus.DELIVERED
    assert state.delivered_at == START + timedelta(hours=5)
    assert state.last_event_at == START + timedelta(hours=12)
    assert state.milestones[SubStatus.DELIVERED] == START + timedelta(hours=5)
    assert state.event_count == 4


def test_a_later_exception_still_moves_a_delivered_parcel() -> None:
    state = derive_state([event(5, SubStatus.DELIVERED), event(30, SubStatus.RETURNING)])
    assert state.sub_status is SubStatus.RETURNING
    assert state.delivered_at is None


def test_only_earlier_journey_steps_after_a_settled_status_move_back() -> None:
    assert moves_back(SubStatus.DELIVERED, SubStatus.OUT_FOR_DELIVERY)
    assert moves_back(SubStatus.RETURNED, SubStatus.IN_TRANSIT)
    assert not moves_back(SubStatus.DELIVERED, SubStatus.DAMAGED)
    assert not moves_back(SubStatus.OUT_FOR_DELIVERY, SubStatus.IN_TRANSIT)
    assert not moves_back(SubStatus.DELIVERED, SubStatus.DELIVERED)


def test_the_sources_final_word_wins_over_the_events_and_the_disagreement_is_kept() -> None:
    events = derive_state([event(0, SubStatus.ACCEPTED), event(40, SubStatus.OUT_FOR_DELIVERY)])
    state = events.vouched_by(word(SubStatus.DELIVERED, hours=50))
    assert (state.status, state.sub_status) == (Status.DELIVERED, SubStatus.DELIVERED)
    assert state.said_by_events is SubStatus.OUT_FOR_DELIVERY
    assert state.disagreement
    assert state.delivered_at == START + timedelta(hours=50)
    assert state.milestones[SubStatus.DELIVERED] == START + timedelta(hours=50)


def test_a_non_final_word_does_not_overrule_events_but_fills_their_silence() -> None:
    delivered = derive_state([event(0, SubStatus.ACCEPTED), event(40, SubStatus.DELIVERED)])
    overruled = delivered.vouched_by(word(SubStatus.IN_TRANSIT))
    assert overruled.sub_status is SubStatus.DELIVERED
    assert overruled.disagreement
    assert overruled.events_sub_status is None
    silent = ShipmentState().vouched_by(word(SubStatus.IN_TRANSIT))
    assert silent.sub_status is SubStatus.IN_TRANSIT
    assert silent.said_by_events is SubStatus.PENDING


def test_agreeing_words_are_no_disagreement() -> None:
    state = derive_state([event(40, SubStatus.DELIVERED)]).vouched_by(word(SubStatus.DELIVERED))
    assert not state.disagreement
    assert state.events_sub_status is None


def test_events_arriving_after_the_word_fold_from_what_the_events_said() -> None:
    vouched = derive_state([event(0, SubStatus.ACCEPTED)]).vouched_by(word(SubStatus.DELIVERED))
    later = vouched.advance([event(60, SubStatus.OUT_FOR_DELIVERY)])
    assert later.sub_status is SubStatus.DELIVERED
    assert later.said_by_events is SubStatus.OUT_FOR_DELIVERY
    then = later.advance([event(70, SubStatus.DELIVERED)])
    assert then.said_by_events is SubStatus.DELIVERED
    assert not then.disagreement


def test_any_arrival_order_folds_to_the_same_state_with_the_word() -> None:
    """As ingest does it: fold on when later, else re-derive from what arrived so far."""
    journey = [
        event(0, SubStatus.INFO_RECEIVED),
        event(5, SubStatus.DELIVERED),
        event(9, SubStatus.ACCEPTED),
        event(20, SubStatus.OUT_FOR_DELIVERY),
    ]
    said = word(SubStatus.DELIVERED)
    expected = derive_state(journey).vouched_by(said)
    for order in itertools.permutations(journey):
        state, seen = ShipmentState().vouched_by(said), []
        for item in order:
            seen.append(item)
            appendable = state.can_append([item])
            state = state.advance([item]) if appendable else derive_state(seen).vouched_by(said)
        assert state == expected
    assert expected.sub_status is SubStatus.DELIVERED
    assert expected.delivered_at == START + timedelta(hours=5)
