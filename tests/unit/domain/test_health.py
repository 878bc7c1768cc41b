"""Health rules: the right verdict at the right time, and a recheck time that is never late."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parceltrail.domain.health import Facts, Problem, Thresholds, assess
from parceltrail.domain.status import SubStatus

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def facts(sub: SubStatus, last: datetime | None, **kw: object) -> Facts:
    return Facts(status=sub.status, sub_status=sub, dispatched_at=T0, last_event_at=last, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("after", "problem"),
    [
        (timedelta(hours=1), Problem.NOT_ACTIVE_YET),
        (timedelta(hours=47), Problem.NOT_ACTIVE_YET),
        (timedelta(days=3), Problem.NOT_ACTIVE_YET),
        (timedelta(days=7), Problem.NO_INFORMATION),
        (timedelta(days=40), Problem.NO_INFORMATION),
    ],
)
def test_a_dispatched_parcel_without_events(after: timedelta, problem: Problem) -> None:
    health = assess(facts(SubStatus.PENDING, None), T0 + after)
    assert health.problem is problem


def test_within_48_hours_silence_is_normal_and_says_so() -> None:
    health = assess(facts(SubStatus.PENDING, None), T0 + timedelta(hours=5))
    assert "24 to 48 hours" in health.explanation
    assert not health.is_trouble
    assert health.recheck_at == T0 + timedelta(hours=48)


def test_a_looked_up_number_speaks_of_the_sender_not_a_seller() -> None:
    fresh = assess(facts(SubStatus.PENDING, None, standalone=True), T0 + timedelta(hours=5))
    assert fresh.explanation.startswith("parceltrail is asking the carrier")
    assert "24 to 48 hours" in fresh.explanation
    silent = assess(facts(SubStatus.PENDING, None, standalone=True), T0 + timedelta(days=9))
    assert silent.problem is Problem.NO_INFORMATION
    assert "since tracking started" in silent.explanation
    assert "seller" not in fresh.explanation + silent.explanation


def test_a_parcel_in_long_haul_goes_stale_then_suspected_lost() -> None:
    last = T0 + 3 * DAY
    shipment = facts(SubStatus.DEPARTED_ORIGIN, last)
    assert assess(shipment, last + 13 * DAY).problem is None
    stale = assess(shipment, last + 15 * DAY)
    assert stale.problem is Problem.STALE
    assert stale.since == last + 14 * DAY
    lost = assess(shipment, last + 43 * DAY)
    assert lost.problem is Problem.SUSPECTED_LOST
    assert lost.is_trouble


def test_out_for_delivery_goes_stale_within_days_not_weeks() -> None:
    last = T0 + 10 * DAY
    assert assess(facts(SubStatus.OUT_FOR_DELIVERY, last), last + 3 * DAY).problem is Problem.STALE


def test_a_lane_that_usually_waits_longer_in_a_step_is_not_stale_early() -> None:
    last = T0 + 3 * DAY
    slow_customs = facts(SubStatus.CUSTOMS_STARTED, last, typical_step=20 * DAY)
    assert assess(slow_customs, last + 15 * DAY).problem is None


def test_past_the_latest_eta_is_delayed() -> None:
    last = T0 + 10 * DAY
    shipment = facts(SubStatus.IN_TRANSIT, last, eta_latest=T0 + 11 * DAY)
    assert assess(shipment, T0 + 11 * DAY + timedelta(hours=2)).problem is None  # grace day
    assert assess(shipment, T0 + 12 * DAY + timedelta(hours=1)).problem is Problem.DELAYED


@pytest.mark.parametrize(
    ("sub", "problem"),
    [
        (SubStatus.CUSTOMS_HELD, Problem.CUSTOMS_HELD),
        (SubStatus.FAILED_ATTEMPT, Problem.FAILED_ATTEMPT),
        (SubStatus.ADDRESS_ISSUE, Problem.FAILED_ATTEMPT),
        (SubStatus.AVAILABLE_FOR_PICKUP, Problem.PICKUP_WAITING),
        (SubStatus.RETURNING, Problem.RETURNING),
        (SubStatus.DAMAGED, Problem.CARRIER_EXCEPTION),
    ],
)
def test_carrier_exceptions_are_named_and_explained(sub: SubStatus, problem: Problem) -> None:
    health = assess(facts(sub, T0 + DAY), T0 + 2 * DAY)
    assert health.problem is problem
    assert health.explanation


@pytest.mark.parametrize("sub", [SubStatus.DELIVERED, SubStatus.RETURNED, SubStatus.LOST])
def test_final_states_need_no_watching(sub: SubStatus) -> None:
    health = assess(facts(sub, T0 + DAY), T0 + 300 * DAY)
    assert (health.problem, health.recheck_at) == (None, None)


def test_thresholds_are_settings() -> None:
    strict = Thresholds(stale_after_by_step={SubStatus.IN_TRANSIT: 2 * DAY})
    shipment = facts(SubStatus.IN_TRANSIT, T0)
    assert assess(shipment, T0 + 3 * DAY, strict).problem is Problem.STALE
    assert assess(shipment, T0 + 3 * DAY).problem is None


STEPS = st.sampled_from([s for s in SubStatus if not s.is_final and s is not SubStatus.EXPIRED])


@settings(max_examples=300, deadline=None)
@given(STEPS, st.integers(0, 60 * 24), st.integers(0, 90 * 24), st.integers(0, 60 * 24))
def test_the_verdict_never_changes_before_recheck_at(
    sub: SubStatus, last_h: int, now_h: int, later_h: int
) -> None:
    shipment = facts(sub, T0 + timedelta(hours=last_h), eta_latest=T0 + 20 * DAY)
    now = T0 + timedelta(hours=max(now_h, last_h))
    health = assess(shipment, now)
    later = now + timedelta(hours=later_h)
    if health.recheck_at is None or later < health.recheck_at:
        assert assess(shipment, later).problem is health.problem
