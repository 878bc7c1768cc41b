"""Health rules at their exact thresholds: each verdict's start, its recheck time, and the
per-step stale periods, written out by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.domain.health import INFORMATIONAL, Facts, Health, Problem, Thresholds, assess
from parceltrail.domain.status import Status, SubStatus

DISPATCHED = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)
HOUR = timedelta(hours=1)
TINY = timedelta(microseconds=1)


def silent(now: datetime, *, dispatched: datetime | None = DISPATCHED, standalone: bool = False):
    facts = Facts(Status.PENDING, SubStatus.PENDING, dispatched, None, standalone=standalone)
    return assess(facts, now)


def after_event(sub: SubStatus, last: datetime, now: datetime, **kw: object) -> Health:
    facts = Facts(sub.status, sub, DISPATCHED, last, **kw)  # type: ignore[arg-type]
    return assess(facts, now)


def test_a_silent_parcel_is_rechecked_when_its_48_hours_end() -> None:
    health = silent(DISPATCHED + 48 * HOUR - TINY)
    assert health == Health(
        Problem.NOT_ACTIVE_YET,
        DISPATCHED,
        "The seller has dispatched the parcel, but the carrier has not scanned it yet. "
        "Carrier information usually appears within 24 to 48 hours after the parcel is "
        "handed over.",
        DISPATCHED + 48 * HOUR,
    )


def test_after_48_hours_a_silent_parcel_is_late_and_rechecked_when_a_week_has_passed() -> None:
    health = silent(DISPATCHED + 48 * HOUR)
    assert health == Health(
        Problem.NOT_ACTIVE_YET,
        DISPATCHED,
        "The carrier has not reported this parcel yet, later than usual. Check again "
        "tomorrow; the seller is asked to check if it stays silent.",
        DISPATCHED + 7 * DAY,
    )
    assert silent(DISPATCHED + 7 * DAY - TINY).recheck_at == DISPATCHED + 7 * DAY


def test_a_looked_up_number_late_to_appear_asks_to_check_with_the_sender() -> None:
    health = silent(DISPATCHED + 3 * DAY, standalone=True)
    assert health.explanation == (
        "The carrier has not reported this parcel yet, later than usual. Check again "
        "tomorrow; check the number with the sender if it stays silent."
    )
    assert health.recheck_at == DISPATCHED + 7 * DAY


def test_a_week_of_silence_after_dispatch_is_no_information_from_that_moment() -> None:
    health = silent(DISPATCHED + 7 * DAY)
    assert health == Health(
        Problem.NO_INFORMATION,
        DISPATCHED + 7 * DAY,
        "No carrier information 7 days after dispatch. The parcel may not have been handed "
        "over yet, or the number may be wrong: the seller is asked to check.",
        None,
    )
    assert health.is_trouble


def test_no_information_on_a_looked_up_number_counts_days_since_tracking_started() -> None:
    health = silent(DISPATCHED + 9 * DAY + 5 * HOUR, standalone=True)
    assert health.explanation == (
        "No carrier information 9 days since tracking started. The parcel may not have been "
        "handed over yet, or the number may be wrong: check the number with the sender."
    )
    assert health.since == DISPATCHED + 7 * DAY


def test_a_looked_up_number_is_first_asked_about_by_parceltrail() -> None:
    health = silent(DISPATCHED + HOUR, standalone=True)
    assert health.explanation == (
        "parceltrail is asking the carrier about this number, but it has not scanned the "
        "parcel yet. Carrier information usually appears within 24 to 48 hours after the "
        "parcel is handed over."
    )


def test_without_a_dispatch_time_the_48_hours_start_now() -> None:
    now = DISPATCHED + 30 * DAY
    health = silent(now, dispatched=None)
    assert (health.problem, health.since, health.recheck_at) == (
        Problem.NOT_ACTIVE_YET,
        now,
        now + 48 * HOUR,
    )


def test_the_silent_periods_are_settings() -> None:
    rules = Thresholds(not_active_window=HOUR, no_information_after=2 * DAY)
    facts = Facts(Status.PENDING, SubStatus.PENDING, DISPATCHED, None)
    assert assess(facts, DISPATCHED, rules).recheck_at == DISPATCHED + HOUR
    assert assess(facts, DISPATCHED + HOUR, rules).recheck_at == DISPATCHED + 2 * DAY
    assert assess(facts, DISPATCHED + 2 * DAY, rules).problem is Problem.NO_INFORMATION


# Written out by hand: how long each step may stay silent before it is stale (China lanes).
STALE_DAYS = {
    SubStatus.PENDING: 10,  # not listed: the general stale_after
    SubStatus.INFO_RECEIVED: 7,
    SubStatus.ACCEPTED: 10,
    SubStatus.IN_TRANSIT: 10,
    SubStatus.DEPARTED_ORIGIN: 14,
    SubStatus.ARRIVED_DESTINATION: 10,
    SubStatus.CUSTOMS_STARTED: 10,
    SubStatus.CUSTOMS_CLEARED: 7,
    SubStatus.HANDED_OVER: 7,
    SubStatus.OUT_FOR_DELIVERY: 2,
}


@pytest.mark.parametrize(("sub", "days"), STALE_DAYS.items())
def test_each_step_is_watched_until_exactly_its_stale_moment(sub: SubStatus, days: int) -> None:
    last = DISPATCHED + 2 * DAY
    stale_at = last + days * DAY
    moving = after_event(sub, last, stale_at - TINY)
    assert moving == Health(None, None, "The parcel is moving as expected.", stale_at)
    assert not moving.is_trouble


@pytest.mark.parametrize(("sub", "days"), STALE_DAYS.items())
def test_each_step_is_stale_from_its_stale_moment_until_three_times_as_long(
    sub: SubStatus, days: int
) -> None:
    last = DISPATCHED + 2 * DAY
    stale = after_event(sub, last, last + days * DAY)
    assert stale == Health(
        Problem.STALE,
        last + days * DAY,
        f"No carrier update for {days} days, longer than this step usually takes. Parcels "
        "often move again without a scan; parceltrail keeps watching.",
        last + 3 * days * DAY,
    )
    assert stale.is_trouble
    assert after_event(sub, last, last + 3 * days * DAY - TINY).problem is Problem.STALE


@pytest.mark.parametrize(("sub", "days"), STALE_DAYS.items())
def test_each_step_is_suspected_lost_after_three_stale_periods(sub: SubStatus, days: int) -> None:
    last = DISPATCHED + 2 * DAY
    lost = after_event(sub, last, last + 3 * days * DAY)
    assert lost == Health(
        Problem.SUSPECTED_LOST,
        last + 3 * days * DAY,
        f"No carrier update for {3 * days} days, far longer than this step usually takes. "
        "The parcel may be lost: contact the seller; a dispute can be opened.",
        None,
    )


def test_the_stale_periods_by_step_and_the_general_one() -> None:
    rules = Thresholds()
    assert rules.stale_after == 10 * DAY
    assert rules.stale_after_by_step == {
        SubStatus.INFO_RECEIVED: 7 * DAY,
        SubStatus.ACCEPTED: 10 * DAY,
        SubStatus.IN_TRANSIT: 10 * DAY,
        SubStatus.DEPARTED_ORIGIN: 14 * DAY,
        SubStatus.ARRIVED_DESTINATION: 10 * DAY,
        SubStatus.CUSTOMS_STARTED: 10 * DAY,
        SubStatus.CUSTOMS_CLEARED: 7 * DAY,
        SubStatus.HANDED_OVER: 7 * DAY,
        SubStatus.OUT_FOR_DELIVERY: 2 * DAY,
        SubStatus.FAILED_ATTEMPT: 5 * DAY,
    }
    assert rules.stale_period(SubStatus.FAILED_ATTEMPT) == 5 * DAY
    assert rules.stale_period(SubStatus.PENDING) == 10 * DAY
    assert Thresholds(stale_after=3 * DAY).stale_period(SubStatus.PENDING) == 3 * DAY


def test_the_default_thresholds() -> None:
    rules = Thresholds()
    assert (rules.not_active_window, rules.no_information_after) == (48 * HOUR, 7 * DAY)
    assert (rules.lost_factor, rules.delay_grace) == (3.0, DAY)


def test_a_lane_that_is_usually_slower_waits_its_own_time_but_never_less_than_the_step() -> None:
    last = DISPATCHED + 2 * DAY
    slow = after_event(SubStatus.IN_TRANSIT, last, last + DAY, typical_step=12 * DAY)
    assert slow.recheck_at == last + 12 * DAY
    fast = after_event(SubStatus.IN_TRANSIT, last, last + DAY, typical_step=3 * DAY)
    assert fast.recheck_at == last + 10 * DAY
    lost = after_event(SubStatus.IN_TRANSIT, last, last + 36 * DAY, typical_step=12 * DAY)
    assert (lost.problem, lost.since) == (Problem.SUSPECTED_LOST, last + 36 * DAY)


def test_a_stale_period_shorter_than_a_day_is_kept_when_no_lane_figure_is_known() -> None:
    last = DISPATCHED + 2 * DAY
    rules = Thresholds(stale_after_by_step={SubStatus.OUT_FOR_DELIVERY: 6 * HOUR})
    facts = Facts(SubStatus.OUT_FOR_DELIVERY.status, SubStatus.OUT_FOR_DELIVERY, DISPATCHED, last)
    assert assess(facts, last + HOUR, rules).recheck_at == last + 6 * HOUR
    assert assess(facts, last + 6 * HOUR, rules).problem is Problem.STALE


def test_the_lost_factor_is_a_setting() -> None:
    last = DISPATCHED + 2 * DAY
    rules = Thresholds(lost_factor=1.5)
    facts = Facts(SubStatus.IN_TRANSIT.status, SubStatus.IN_TRANSIT, DISPATCHED, last)
    assert assess(facts, last + 10 * DAY, rules).recheck_at == last + 15 * DAY
    assert assess(facts, last + 15 * DAY, rules).problem is Problem.SUSPECTED_LOST


ETA_LATEST = DISPATCHED + 5 * DAY


def test_a_moving_parcel_is_rechecked_at_the_end_of_the_eta_grace_day_when_that_comes_first() -> (
    None
):
    last = DISPATCHED + 2 * DAY
    health = after_event(SubStatus.IN_TRANSIT, last, last + HOUR, eta_latest=ETA_LATEST)
    assert health == Health(None, None, "The parcel is moving as expected.", ETA_LATEST + DAY)


def test_a_parcel_is_delayed_from_exactly_a_day_after_its_latest_eta() -> None:
    last = DISPATCHED + 2 * DAY
    before = after_event(SubStatus.IN_TRANSIT, last, ETA_LATEST + DAY - TINY, eta_latest=ETA_LATEST)
    assert before.problem is None
    delayed = after_event(SubStatus.IN_TRANSIT, last, ETA_LATEST + DAY, eta_latest=ETA_LATEST)
    assert delayed == Health(
        Problem.DELAYED,
        ETA_LATEST + DAY,
        "The parcel is later than the latest expected delivery date. It is still moving; "
        "contact the seller if it does not arrive soon.",
        last + 10 * DAY,
    )
    assert delayed.is_trouble


def test_stale_outranks_delayed_and_an_eta_after_the_stale_moment_changes_nothing() -> None:
    last = DISPATCHED + 2 * DAY
    stale = after_event(SubStatus.IN_TRANSIT, last, last + 10 * DAY, eta_latest=ETA_LATEST)
    assert stale.problem is Problem.STALE
    far_eta = last + 30 * DAY
    moving = after_event(SubStatus.IN_TRANSIT, last, last + DAY, eta_latest=far_eta)
    assert moving.recheck_at == last + 10 * DAY


def test_the_delay_grace_is_a_setting() -> None:
    last = DISPATCHED + 2 * DAY
    facts = Facts(SubStatus.IN_TRANSIT.status, SubStatus.IN_TRANSIT, DISPATCHED, last, ETA_LATEST)
    rules = Thresholds(delay_grace=2 * HOUR)
    assert assess(facts, ETA_LATEST + 2 * HOUR, rules).problem is Problem.DELAYED


EXCEPTIONS = {
    SubStatus.CUSTOMS_HELD: (
        Problem.CUSTOMS_HELD,
        "Customs is holding the parcel. Customs may need a document or a payment: check "
        "messages from the carrier or customs, and ask the seller for the invoice if needed.",
    ),
    SubStatus.FAILED_ATTEMPT: (
        Problem.FAILED_ATTEMPT,
        "The carrier tried to deliver and could not. Arrange a new delivery or collect the "
        "parcel before the storage period ends, or it goes back to the sender.",
    ),
    SubStatus.ADDRESS_ISSUE: (
        Problem.FAILED_ATTEMPT,
        "The carrier has a problem with the address. Contact the carrier with the tracking "
        "number and the full address, and tell the seller.",
    ),
    SubStatus.AVAILABLE_FOR_PICKUP: (
        Problem.PICKUP_WAITING,
        "The parcel is waiting at a pickup point. Collect it with the tracking number and an "
        "ID before the storage period ends.",
    ),
    SubStatus.RETURNING: (
        Problem.RETURNING,
        "The parcel is on its way back to the sender. Contact the seller about a new "
        "shipment or a refund.",
    ),
    SubStatus.REFUSED: (
        Problem.RETURNING,
        "The parcel was refused and will go back to the sender. Contact the seller.",
    ),
    SubStatus.DAMAGED: (
        Problem.CARRIER_EXCEPTION,
        "The carrier reports the parcel damaged. Keep the packaging, take photos and contact "
        "the seller; a dispute can be opened with the tracking history as evidence.",
    ),
    SubStatus.DELAYED: (
        Problem.DELAYED,
        "The carrier reports a delay. No action is needed yet; parceltrail keeps watching.",
    ),
    SubStatus.EXCEPTION: (
        Problem.CARRIER_EXCEPTION,
        "The carrier reports a problem. Read the latest event, and contact the carrier or "
        "the seller if it asks for action.",
    ),
}


@pytest.mark.parametrize(("sub", "expected"), EXCEPTIONS.items())
def test_a_carrier_exception_holds_from_its_event_until_the_next_event(
    sub: SubStatus, expected: tuple[Problem, str]
) -> None:
    last = DISPATCHED + 2 * DAY
    problem, explanation = expected
    health = after_event(sub, last, last + 90 * DAY)
    assert health == Health(problem, last, explanation, None)
    assert health.is_trouble is (problem is not Problem.PICKUP_WAITING)


def test_only_waiting_is_informational() -> None:
    assert {Problem.NOT_ACTIVE_YET, Problem.PICKUP_WAITING} == INFORMATIONAL


@pytest.mark.parametrize(
    "sub", [SubStatus.DELIVERED, SubStatus.RETURNED, SubStatus.LOST, SubStatus.CANCELLED]
)
def test_a_finished_journey_needs_no_recheck(sub: SubStatus) -> None:
    health = after_event(sub, DISPATCHED, DISPATCHED + DAY)
    assert health == Health(None, None, "No further carrier updates are expected.", None)


def test_an_expired_tracking_needs_no_recheck_even_before_its_first_event() -> None:
    facts = Facts(Status.EXPIRED, SubStatus.PENDING, DISPATCHED, None)
    assert assess(facts, DISPATCHED + 90 * DAY) == Health(
        None, None, "No further carrier updates are expected.", None
    )
