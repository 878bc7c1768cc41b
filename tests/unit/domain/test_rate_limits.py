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


def test_the_room_left_by_the_previous_window_is_rounded_up_to_whole_requests() -> None:
    assert sliding_room(10, previous=4, fraction=0.5) == 8
    assert sliding_room(10, previous=5, fraction=0.5) == 7  # 2.5 still overlapping: 3
    # 10 * (1 - 0.7) is 3.0000000000000004 in floating point: still 3, not 4.
    assert sliding_room(10, previous=10, fraction=0.7) == 7
    assert sliding_room(10, previous=10, fraction=1.0) == 10


def test_the_wait_in_each_case_to_the_millisecond() -> None:
    # Room in this window once enough of the previous one slides out: (0.6 - 0.5) * 60.
    assert sliding_wait(10, 10, 5, 1, 0.5, 60.0) == pytest.approx(6.001)
    # ... and no wait beyond the millisecond when enough has slid out already.
    assert sliding_wait(10, 10, 5, 1, 0.9, 60.0) == pytest.approx(0.001)
    # This window is full: its rest, then until the current count has slid out enough.
    assert sliding_wait(10, 0, 10, 1, 0.5, 60.0) == pytest.approx(36.001)
    assert sliding_wait(10, 5, 10, 1, 0.25, 60.0) == pytest.approx(45 + 6.001)
    # No previous window: the rest of this one is enough for a count that fits the amount.
    assert sliding_wait(10, 0, 5, 1, 0.5, 60.0) == pytest.approx(30.001)
    # A cost over the amount with nothing counted yet: the rest of this window.
    assert sliding_wait(10, 5, 0, 20, 0.5, 60.0) == pytest.approx(30.001)


def test_a_bucket_holding_exactly_the_cost_allows_it() -> None:
    assert bucket_take(LIMIT, 1.0, 0.0, 1) == (0.0, 0.0)
    assert bucket_take(LIMIT, 0.0, 6.0, 1) == (0.0, 0.0)  # one token every 6 s
    left, wait = bucket_take(LIMIT, 0.0, 3.0, 1)
    assert left == pytest.approx(0.5)
    assert wait == pytest.approx(3.0)


def test_a_per_minute_limit_rounds_to_whole_seconds_and_slides() -> None:
    limit = Limit.per_minute("x", burst=3, per_minute=40)  # 4.5 s, rounded half to even
    assert limit.per == timedelta(seconds=4)
    assert limit.sliding is True
    assert Limit.per_minute("y", burst=7, per_minute=40).per == timedelta(seconds=10)  # 10.5


def test_being_limited_records_what_ran_out_and_the_whole_seconds() -> None:
    error = RateLimited("too many lookups", retry_after=2.0)
    assert error.retry_after == 2
    assert error.details == {"retry_after": 2}
    assert error.code == "rate_limited"
    assert error.what == "lookups"
    assert RateLimited("x", retry_after=5, what="log-in attempts").what == "log-in attempts"
