"""Which backend tracks a carrier, what a budget allows, when a registration is retried,
fetched or stopped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from parceltrail.domain.backends import (
    LOOKUP,
    ORDER,
    Budget,
    Registration,
    RegistrationState,
    RoutingPolicy,
    Timing,
    Usage,
    allowance,
    fetch_due,
    next_month,
    paused_note,
    quietest_first,
    retrack_due,
    retry_at,
    stop_reason,
    stopped_there,
)
from parceltrail.domain.status import SubStatus

NOW = datetime(2026, 12, 6, 15, 30, tzinfo=UTC)


def registration(**fields: object) -> Registration:
    base: dict[str, object] = {
        "shipment_id": "shp_1",
        "tracking_number": "LP00068434402473",
        "carrier": "cainiao",
        "backend": "17track",
        "state": RegistrationState.REGISTERED,
        "priority": ORDER,
        "created_at": NOW - timedelta(days=3),
        "registered_at": NOW - timedelta(days=3),
    }
    return Registration(**{**base, **fields})  # type: ignore[arg-type]


def test_a_carriers_own_api_first_then_the_first_aggregator() -> None:
    policy = RoutingPolicy(aggregators=["17track", "aftership"])
    assert policy.route("usps", {"karrio": True}) == "karrio"
    assert policy.route("cainiao", {"karrio": False}) == "17track"
    assert RoutingPolicy().route("cainiao", {"karrio": False}) is None


def test_per_carrier_routes_from_settings_win_and_skip_what_is_not_configured() -> None:
    policy = RoutingPolicy(
        per_carrier={"yunexpress": ["aftership", "17track"], "*": ["17track"]},
        aggregators=["17track"],
    )
    assert policy.route("yunexpress", {}) == "17track"  # aftership has no key here
    assert policy.route("usps", {"karrio": True}) == "17track"  # "*" names no direct API
    assert policy.route(None, {}) == "17track"


def test_orders_may_use_the_whole_budget_lookups_only_their_share() -> None:
    allowed = allowance(Budget(daily=10, lookup_share=0.5), Usage(today=4, month=4), NOW)
    assert (allowed.left(ORDER), allowed.left(LOOKUP)) == (6, 1)
    assert allowed.pause(ORDER) is None


def test_a_used_up_day_pauses_until_utc_midnight_and_the_month_until_the_first() -> None:
    day = allowance(Budget(daily=10), Usage(today=10, month=10), NOW)
    assert day.left(ORDER) == 0
    assert day.pause(ORDER) == (datetime(2026, 12, 7, tzinfo=UTC), "day")
    month = allowance(Budget(daily=10, monthly=100), Usage(today=3, month=100), NOW)
    assert month.pause(ORDER) == (datetime(2027, 1, 1, tzinfo=UTC), "month")
    assert next_month(datetime(2026, 1, 31, 23, tzinfo=UTC)) == datetime(2026, 2, 1, tzinfo=UTC)
    assert allowance(Budget(), Usage(500, 5000), NOW).left(LOOKUP) is None


def test_the_pause_says_which_quota_and_when_it_resumes() -> None:
    note = paused_note("17track", "day", datetime(2026, 12, 7, tzinfo=UTC))
    assert note == (
        "tracking paused: the 17TRACK quota for today is used up; resumes at 2026-12-07 00:00 UTC"
    )
    assert "for this month" in paused_note("aftership", "month", NOW)
    assert paused_note("ship24", "plan", datetime(2026, 12, 7, tzinfo=UTC)) == (
        "tracking paused: the Ship24 plan's quota is used up; trying again at 2026-12-07 00:00 UTC"
    )


def test_retries_back_off_and_honour_retry_after() -> None:
    assert retry_at(1, NOW) == NOW + timedelta(minutes=1)
    assert retry_at(3, NOW) == NOW + timedelta(minutes=30)
    assert retry_at(99, NOW) == NOW + timedelta(hours=6)
    assert retry_at(1, NOW, retry_after=600) == NOW + timedelta(minutes=10)


def test_stopped_when_final_or_silent_not_while_moving() -> None:
    timing = Timing(silence=timedelta(days=30))
    moving = registration()
    assert stop_reason(moving, SubStatus.IN_TRANSIT, NOW - timedelta(days=2), NOW, timing) is None
    assert stop_reason(moving, SubStatus.DELIVERED, NOW, NOW, timing) == "final"
    assert stop_reason(moving, SubStatus.EXPIRED, NOW, NOW, timing) == "final"
    quiet = registration(registered_at=NOW - timedelta(days=40))
    assert stop_reason(quiet, SubStatus.IN_TRANSIT, NOW - timedelta(days=31), NOW, timing) == (
        "silent"
    )


def test_a_fallback_fetch_is_due_only_after_a_push_stayed_away_long_enough() -> None:
    timing = Timing(push_within=timedelta(hours=24))
    assert fetch_due(registration(heard_at=NOW - timedelta(hours=25)), NOW, timing)
    assert not fetch_due(registration(heard_at=NOW - timedelta(hours=2)), NOW, timing)
    assert not fetch_due(
        registration(heard_at=None, fetched_at=NOW - timedelta(hours=1)), NOW, timing
    )
    assert not fetch_due(registration(state=RegistrationState.PENDING), NOW, timing)


def test_the_fallback_fetch_takes_never_heard_numbers_first_then_the_longest_without_news() -> None:
    recent = registration(tracking_number="A", heard_at=NOW - timedelta(days=1))
    quiet = registration(tracking_number="B", heard_at=NOW - timedelta(days=20))
    never = registration(tracking_number="C", heard_at=None, created_at=NOW - timedelta(hours=30))
    tie = registration(tracking_number="D", heard_at=NOW - timedelta(days=20))
    assert quietest_first([recent, tie, never, quiet]) == [never, quiet, tie, recent]


def test_only_a_number_the_backend_stopped_by_itself_and_not_final_here_is_retracked() -> None:
    there = registration(state=RegistrationState.STOPPED, stopped_reason="stopped_there")
    assert retrack_due(there, SubStatus.IN_TRANSIT)
    assert not retrack_due(there, SubStatus.DELIVERED)
    assert not retrack_due(there, SubStatus.EXPIRED)
    assert not retrack_due(
        registration(state=RegistrationState.STOPPED, stopped_reason="final"), SubStatus.IN_TRANSIT
    )
    assert not retrack_due(
        registration(state=RegistrationState.STOPPED, stopped_reason="not_retracked"),
        SubStatus.IN_TRANSIT,
    )
    assert not retrack_due(registration(), SubStatus.IN_TRANSIT)  # still registered


def test_an_aggregator_no_longer_tracks_what_it_says_it_stopped_or_vouches_expired() -> None:
    assert stopped_there(True, None)
    assert stopped_there(False, SubStatus.EXPIRED)
    assert not stopped_there(False, SubStatus.IN_TRANSIT)
    assert not stopped_there(False, None)
