"""What a limit is and the arithmetic every limiter shares."""

from __future__ import annotations

from datetime import timedelta

import pytest

from parceltrail.domain.rate_limits import (
    Limit,
    RateLimited,
    bucket_take,
    sliding_room,
    sliding_wait,
    window_of,
)

LIMIT = Limit("test", 10, timedelta(seconds=60))


def test_the_sliding_window_weighs_the_previous_window() -> None:
    assert sliding_room(10, previous=10, fraction=0.0) == 0
    assert sliding_room(10, previous=10, fraction=0.5) == 5
    assert sliding_room(10, previous=0, fraction=0.9) == 10
    # full window: wait for the rest of it, then for the current count to slide out enough
    assert sliding_wait(10, 0, 10, 1, 0.5, 60.0) == pytest.approx(30 + 6, abs=0.01)
    # room in this window once the previous one has slid out a little more
    assert sliding_wait(10, 10, 5, 1, 0.5, 60.0) == pytest.approx(6, abs=0.01)


def test_a_bucket_spends_what_it_holds_and_says_how_long_the_rest_takes() -> None:
    assert bucket_take(LIMIT, 10.0, 0.0, 1) == (9.0, 0.0)
    left, wait = bucket_take(LIMIT, 0.5, 0.0, 1)
    assert left == 0.5
    assert wait == pytest.approx(3.0)  # half a token at one token every 6 s


def test_a_bucket_refills_with_time_but_never_past_its_amount() -> None:
    assert bucket_take(LIMIT, 0.0, 12.0, 2) == (0.0, 0.0)
    assert bucket_take(LIMIT, 4.0, 3600.0, 1) == (9.0, 0.0)


def test_a_cost_over_the_amount_waits_for_a_full_bucket_only() -> None:
    left, wait = bucket_take(LIMIT, 0.0, 0.0, 50)
    assert left == 0.0
    assert wait == pytest.approx(60.0)


def test_windows_start_on_whole_periods_since_the_epoch() -> None:
    assert window_of(1000.0, 60.0) == (960, pytest.approx(40 / 60))
    assert window_of(86_400 * 3 + 5.0, 86_400.0) == (86_400 * 3, pytest.approx(5 / 86_400))


def test_a_per_minute_limit_is_its_burst_over_whole_seconds() -> None:
    limit = Limit.per_minute("track", burst=10, per_minute=30)
    assert (limit.name, limit.amount, limit.per) == ("track", 10, timedelta(seconds=20))
    assert Limit.per_minute("x", burst=1, per_minute=1000).per == timedelta(seconds=1)


def test_being_limited_says_how_many_whole_seconds_to_wait() -> None:
    error = RateLimited("too many lookups", retry_after=2.1)
    assert error.retry_after == 3
    assert error.http_status == 429
    assert error.message == "too many lookups; try again in 3 seconds"
    assert RateLimited("x", retry_after=0.0).retry_after == 1
