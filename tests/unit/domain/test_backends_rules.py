"""Backends rule by rule at their edges: routing order, budgets by day and month, pauses,
retries, stopping and fallback fetching at exactly their times, the spending order."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from parceltrail.domain.backends import (
    LOOKUP,
    ORDER,
    Allowance,
    Budget,
    Registration,
    RegistrationState,
    RoutingPolicy,
    Timing,
    Usage,
    allowance,
    fetch_due,
    next_day,
    next_month,
    paused_note,
    pending_first,
    retry_at,
    stop_reason,
)
from parceltrail.domain.status import SubStatus

NOW = datetime(2026, 12, 6, 15, 30, tzinfo=UTC)
TIMING = Timing(push_within=timedelta(hours=24), silence=timedelta(days=30))


def _registration(**fields: object) -> Registration:
    base: dict[str, object] = {
        "shipment_id": "shp_1",
        "tracking_number": "LP00068434402473",
        "carrier": "cainiao",
        "backend": "17track",
        "state": RegistrationState.REGISTERED,
        "priority": ORDER,
        "created_at": NOW - timedelta(days=40),
    }
    return Registration(**{**base, **fields})  # type: ignore[arg-type]


def test_a_registration_starts_with_no_attempts_and_no_times() -> None:
    fresh = _registration()
    assert fresh.attempts == 0
    assert (fresh.next_attempt_at, fresh.registered_at, fresh.heard_at) == (None, None, None)
    assert (fresh.fetched_at, fresh.paused_until, fresh.external_id) == (None, None, None)
    assert (fresh.error, fresh.stopped_reason) == (None, None)


def test_routing_by_carrier_takes_the_first_usable_name_in_its_list() -> None:
    policy = RoutingPolicy(
        per_carrier={"usps": ["simulator", "karrio", "aftership"], "dhl": ["ship24"]},
        aggregators=["17track", "aftership"],
    )
    assert policy.route("usps", {"karrio": True, "simulator": False}) == "karrio"
    assert policy.route("usps", {"simulator": True, "karrio": True}) == "simulator"
    assert policy.route("usps", {}) == "aftership"
    assert policy.route("dhl", {"karrio": True}) is None  # ship24 is not configured
    # A carrier without its own list: its direct APIs in the order given, then aggregators.
    assert policy.route("gls", {"simulator": False, "karrio": True}) == "karrio"
    assert policy.route("gls", {"karrio": True, "simulator": True}) == "karrio"
    assert policy.route(None, {}) == "17track"


def test_the_star_route_applies_to_carriers_without_their_own() -> None:
    policy = RoutingPolicy(per_carrier={"*": ["karrio", "aftership"]}, aggregators=["aftership"])
    assert policy.route("gls", {"karrio": True}) == "karrio"
    assert policy.route("gls", {"karrio": False}) == "aftership"
    assert policy.route(None, {"karrio": True}) == "karrio"


def test_lookups_take_their_share_of_the_limit_not_of_what_is_left() -> None:
    budget = Budget(daily=10, lookup_share=0.3)  # lookups: 3 a day
    assert allowance(budget, Usage(today=0, month=0), NOW).left(LOOKUP) == 3
    assert allowance(budget, Usage(today=2, month=2), NOW).left(LOOKUP) == 1
    used = allowance(budget, Usage(today=5, month=5), NOW)
    assert (used.left(ORDER), used.left(LOOKUP)) == (5, 0)
    assert used.pause(LOOKUP) == (datetime(2026, 12, 7, tzinfo=UTC), "day")
    assert used.pause(ORDER) is None
    over = allowance(budget, Usage(today=12, month=12), NOW)
    assert (over.left(ORDER), over.left(LOOKUP)) == (0, 0)  # never negative


def test_the_tighter_of_day_and_month_decides_and_the_later_pause_holds() -> None:
    budget = Budget(daily=100, monthly=50)
    tight = allowance(budget, Usage(today=10, month=45), NOW)
    assert (tight.left(ORDER), tight.left(LOOKUP)) == (5, 0)
    both = allowance(budget, Usage(today=100, month=50), NOW)
    assert both.pause(ORDER) == (datetime(2027, 1, 1, tzinfo=UTC), "month")
    assert both.pause(LOOKUP) == (datetime(2027, 1, 1, tzinfo=UTC), "month")
    only_month = allowance(Budget(monthly=20), Usage(today=0, month=20), NOW)
    assert only_month.pause(ORDER) == (datetime(2027, 1, 1, tzinfo=UTC), "month")
    assert only_month.left(LOOKUP) == 0


def test_an_allowance_answers_orders_at_or_below_the_order_priority() -> None:
    allowed = Allowance(7, 2, (NOW, "day"), None)
    assert (allowed.left(ORDER), allowed.left(ORDER - 1), allowed.left(LOOKUP)) == (7, 7, 2)
    assert (allowed.pause(ORDER), allowed.pause(LOOKUP)) == ((NOW, "day"), None)


def test_days_and_months_turn_in_utc() -> None:
    late_in_sydney = datetime(2026, 12, 7, 9, 0, tzinfo=timezone(timedelta(hours=11)))
    assert next_day(late_in_sydney) == datetime(2026, 12, 7, tzinfo=UTC)
    assert next_day(datetime(2026, 12, 31, 23, 59, 59, 999, tzinfo=UTC)) == datetime(
        2027, 1, 1, tzinfo=UTC
    )
    assert next_month(datetime(2026, 12, 31, 23, tzinfo=UTC)) == datetime(2027, 1, 1, tzinfo=UTC)
    new_year_in_tokyo = datetime(2027, 1, 1, 5, 0, tzinfo=timezone(timedelta(hours=9)))
    assert next_month(new_year_in_tokyo) == datetime(2027, 1, 1, tzinfo=UTC)  # still December


def test_the_pause_note_names_the_backend_as_people_know_it() -> None:
    tokyo = datetime(2026, 12, 7, 9, 0, tzinfo=timezone(timedelta(hours=9)))
    assert paused_note("aftership", "month", tokyo) == (
        "tracking paused: the AfterShip quota for this month is used up; "
        "resumes at 2026-12-07 00:00 UTC"
    )
    assert paused_note("newone", None, NOW) == (
        "tracking paused: the newone quota for today is used up; resumes at 2026-12-06 15:30 UTC"
    )


@pytest.mark.parametrize(
    ("attempts", "step"),
    [
        (0, timedelta(minutes=1)),
        (1, timedelta(minutes=1)),
        (2, timedelta(minutes=5)),
        (4, timedelta(hours=2)),
        (5, timedelta(hours=6)),
        (6, timedelta(hours=6)),
    ],
)
def test_each_retry_step(attempts: int, step: timedelta) -> None:
    assert retry_at(attempts, NOW) == NOW + step


def test_retry_after_only_lengthens_the_step_and_at_most_to_a_day() -> None:
    assert retry_at(3, NOW, retry_after=5) == NOW + timedelta(minutes=30)
    assert retry_at(1, NOW, retry_after=10**9) == NOW + timedelta(days=1)
    assert retry_at(1, NOW, retry_after=90.5) == NOW + timedelta(seconds=90.5)


def test_silence_is_counted_from_the_latest_news_and_stops_at_exactly_the_period() -> None:
    quiet = _registration(registered_at=NOW - timedelta(days=30))
    assert stop_reason(quiet, SubStatus.IN_TRANSIT, None, NOW, TIMING) == "silent"
    heard = _registration(registered_at=NOW - timedelta(days=60), heard_at=NOW - timedelta(days=29))
    assert stop_reason(heard, SubStatus.IN_TRANSIT, NOW - timedelta(days=50), NOW, TIMING) is None
    event = _registration(registered_at=NOW - timedelta(days=60))
    assert stop_reason(event, SubStatus.IN_TRANSIT, NOW - timedelta(days=29), NOW, TIMING) is None
    never = _registration(created_at=NOW - timedelta(days=29, hours=23))
    assert stop_reason(never, SubStatus.PENDING, None, NOW, TIMING) is None
    old = _registration(created_at=NOW - timedelta(days=30))
    assert stop_reason(old, SubStatus.PENDING, None, NOW, TIMING) == "silent"
    assert stop_reason(old, SubStatus.RETURNED, None, NOW, TIMING) == "final"


def test_a_fallback_fetch_counts_from_the_latest_contact_and_is_due_at_exactly_the_wait() -> None:
    at_edge = _registration(registered_at=NOW - timedelta(hours=24))
    assert fetch_due(at_edge, NOW, TIMING)
    fetched = _registration(
        registered_at=NOW - timedelta(days=3), fetched_at=NOW - timedelta(hours=23)
    )
    assert not fetch_due(fetched, NOW, TIMING)
    created = _registration(created_at=NOW - timedelta(hours=23))
    assert not fetch_due(created, NOW, TIMING)
    assert fetch_due(_registration(created_at=NOW - timedelta(hours=24)), NOW, TIMING)
    for state in (RegistrationState.STOPPED, RegistrationState.DIRECT):
        assert not fetch_due(_registration(state=state), NOW, TIMING)


def test_budgets_are_spent_on_orders_first_then_the_oldest_then_by_number() -> None:
    lookup_old = _registration(priority=LOOKUP, created_at=NOW - timedelta(days=9))
    order_new = _registration(priority=ORDER, created_at=NOW - timedelta(days=1))
    order_old_b = _registration(created_at=NOW - timedelta(days=2), tracking_number="B")
    order_old_a = _registration(created_at=NOW - timedelta(days=2), tracking_number="A")
    assert pending_first([lookup_old, order_new, order_old_b, order_old_a]) == [
        order_old_a,
        order_old_b,
        order_new,
        lookup_old,
    ]


def test_timing_and_budget_defaults() -> None:
    assert Timing() == Timing(push_within=timedelta(hours=24), silence=timedelta(days=30))
    assert Budget() == Budget(daily=None, monthly=None, lookup_share=0.5)


def test_a_tighter_day_decides_over_a_roomy_month() -> None:
    allowed = allowance(Budget(daily=10, monthly=1000), Usage(today=8, month=100), NOW)
    assert (allowed.left(ORDER), allowed.left(LOOKUP)) == (2, 0)
    roomy = allowance(Budget(daily=10, lookup_share=0.5), Usage(today=4, month=4), NOW)
    assert roomy.pause(LOOKUP) is None  # lookups still have room: no pause


def test_on_the_last_day_of_a_month_the_day_pause_is_kept_when_both_resume_together() -> None:
    last_day = datetime(2026, 12, 31, 15, 0, tzinfo=UTC)
    both = allowance(Budget(daily=10, monthly=100), Usage(today=10, month=100), last_day)
    assert both.pause(ORDER) == (datetime(2027, 1, 1, tzinfo=UTC), "day")
    assert both.pause(LOOKUP) == (datetime(2027, 1, 1, tzinfo=UTC), "day")


def test_days_months_and_notes_are_utc_whatever_the_machines_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        assert time.timezone == -9 * 3600  # the zone took effect
        evening = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)  # 1 December in Tokyo
        assert next_day(evening) == datetime(2026, 12, 1, tzinfo=UTC)
        assert next_month(evening) == datetime(2026, 12, 1, tzinfo=UTC)
        note = paused_note("17track", "day", datetime(2026, 12, 1, tzinfo=UTC))
        assert note.endswith("resumes at 2026-12-01 00:00 UTC")
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_first_aggregator_that_lists_the_carrier_is_chosen() -> None:
    """Chad's post is not in 17TRACK's list but is in Ship24's: with both keys, Ship24 tracks
    it; a carrier neither lists goes to the first aggregator, whose detection may find it."""
    policy = RoutingPolicy(aggregators=["17track", "ship24"])
    assert policy.route("post_td", {}, {"17track": False, "ship24": True}) == "ship24"
    assert policy.route("sky56", {}, {"17track": False, "ship24": False}) == "17track"
    assert policy.route("cainiao", {}, {"17track": True, "ship24": True}) == "17track"
    assert policy.route("cainiao", {}, {"ship24": False}) == "17track"  # 17track left out
    assert policy.route("usps", {"karrio": True}, {"17track": False}) == "karrio"
