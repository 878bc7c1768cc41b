"""Adaptive polling rules: often when fresh or at the door, rarely in long silence, never after."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from parceltrail.domain.polling import (
    CarrierHealth,
    PollPlan,
    PollPolicy,
    after_night,
    backoff,
    backoff_after_failure,
    next_poll,
)
from parceltrail.domain.status import SubStatus

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def _wait(sub: SubStatus, silence: timedelta, **kw) -> timedelta | None:
    decision = next_poll(
        sub_status=sub,
        last_event_at=NOW - silence,
        started_at=NOW - timedelta(days=40) + silence * 0,
        now=NOW,
        **kw,
    )
    return None if decision.at is None else decision.at - NOW


def test_final_states_are_never_polled_again():
    for sub in (SubStatus.DELIVERED, SubStatus.RETURNED, SubStatus.LOST):
        decision = next_poll(sub_status=sub, last_event_at=NOW, started_at=NOW, now=NOW)
        assert (decision.at, decision.stopped) == (None, "final")


def test_fresh_parcels_are_polled_often_and_long_silences_rarely():
    fresh = _wait(SubStatus.ACCEPTED, timedelta(hours=1))
    long_haul = _wait(SubStatus.DEPARTED_ORIGIN, timedelta(days=6))
    assert fresh is not None
    assert long_haul is not None
    assert fresh <= timedelta(hours=1)
    assert long_haul == PollPolicy().longest


def test_out_for_delivery_is_polled_most_often():
    door = _wait(SubStatus.OUT_FOR_DELIVERY, timedelta(hours=3))
    assert door == PollPolicy().doorstep


def test_polling_expires_after_the_configured_silence():
    policy = PollPolicy(expire_after=timedelta(days=10))
    decision = next_poll(
        sub_status=SubStatus.IN_TRANSIT,
        last_event_at=NOW - timedelta(days=11),
        started_at=NOW - timedelta(days=20),
        now=NOW,
        policy=policy,
    )
    assert decision.stopped == "expired"


def test_last_mile_polls_skip_the_carriers_local_night():
    # 12:00 UTC + 40 min is 22:40 in UTC+10: the next poll waits for 06:00 local
    door = next_poll(
        sub_status=SubStatus.OUT_FOR_DELIVERY,
        last_event_at=NOW,
        started_at=NOW,
        now=NOW,
        utc_offset_minutes=600,
    )
    assert door.at == datetime(2026, 11, 28, 20, 0, tzinfo=UTC)
    assert after_night(NOW, 0, (20, 6)) == NOW


def test_carrier_backoff_doubles_and_is_capped():
    assert [backoff(n) for n in (1, 2, 3)] == [timedelta(minutes=m) for m in (5, 10, 20)]
    assert backoff(50) == PollPolicy().backoff_longest


def test_polls_wait_for_the_expected_window_of_the_next_scan_then_are_dense():
    policy = PollPolicy()
    # import customs usually start 2-12 h after arrival: nothing before 2 h, then every `dense`
    early = _wait(SubStatus.ARRIVED_DESTINATION, timedelta(minutes=20))
    inside = _wait(SubStatus.ARRIVED_DESTINATION, timedelta(hours=5))
    after = _wait(SubStatus.ARRIVED_DESTINATION, timedelta(days=3))
    # the window opens at 13:40; the first poll is the next grid slot
    assert early == timedelta(hours=2)
    assert inside == policy.dense
    assert after == policy.longest


def test_polls_fall_on_a_shared_grid_so_one_request_carries_many_numbers():
    grid = PollPolicy().grid
    odd = NOW + timedelta(minutes=7)
    for sub in (SubStatus.IN_TRANSIT, SubStatus.DEPARTED_ORIGIN, SubStatus.OUT_FOR_DELIVERY):
        at = next_poll(sub_status=sub, last_event_at=odd, started_at=NOW, now=odd).at
        assert at is not None
        assert (at - NOW) % grid == timedelta(0)
        assert at > odd


def _health(failures: int, backoff_until: datetime | None) -> CarrierHealth:
    return CarrierHealth("usps", failures, backoff_until, "timeout", NOW, None)


def test_a_carrier_backs_off_only_until_its_backoff_ends():
    assert _health(1, NOW + timedelta(minutes=5)).backing_off(NOW)
    assert not _health(1, NOW).backing_off(NOW)
    assert not _health(0, None).backing_off(NOW)


def test_each_failure_in_a_row_doubles_the_rest_unless_the_carrier_asks_for_longer():
    policy = PollPolicy()
    first = backoff_after_failure(None, now=NOW, retry_after=None, policy=policy)
    assert first == NOW + timedelta(minutes=5)
    third = backoff_after_failure(_health(2, None), now=NOW, retry_after=None, policy=policy)
    assert third == NOW + timedelta(minutes=20)
    asked = backoff_after_failure(None, now=NOW, retry_after=3600, policy=policy)
    assert asked == NOW + timedelta(hours=1)
    shorter = backoff_after_failure(_health(2, None), now=NOW, retry_after=30, policy=policy)
    assert shorter == NOW + timedelta(minutes=20)


def test_a_planned_poll_happens_when_planned_not_in_the_past_nor_during_a_backoff():
    plan = PollPlan(NOW + timedelta(hours=2), None, NOW - timedelta(hours=1), 3)
    assert plan.due_at(NOW, None) == NOW + timedelta(hours=2)
    overdue = PollPlan(NOW - timedelta(hours=2), None, None, 0)
    assert overdue.due_at(NOW, None) == NOW
    resting = _health(3, NOW + timedelta(hours=5))
    assert plan.due_at(NOW, resting) == NOW + timedelta(hours=5)
    assert plan.due_at(NOW, _health(0, NOW)) == NOW + timedelta(hours=2)


def test_a_stopped_plan_has_no_next_poll():
    stopped = PollPlan(None, "final", NOW, 12)
    assert stopped.due_at(NOW, _health(1, NOW + timedelta(hours=1))) is None
