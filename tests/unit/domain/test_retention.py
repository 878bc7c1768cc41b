"""Event retention: months, partitions made ahead, and when a month's events expire."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from parceltrail.domain.retention import (
    FINAL_SUB_STATUS_VALUES,
    Retention,
    month_of,
    months_ahead,
    months_from,
    next_month,
)


def test_a_moments_month_is_taken_in_utc() -> None:
    late_local = datetime(2026, 12, 1, 1, 0, tzinfo=timezone(timedelta(hours=8)))
    assert month_of(late_local) == date(2026, 11, 1)
    assert month_of(datetime(2026, 12, 31, 23, 59, tzinfo=UTC)) == date(2026, 12, 1)


def test_months_roll_over_the_year() -> None:
    assert next_month(date(2026, 11, 1)) == date(2026, 12, 1)
    assert next_month(date(2026, 12, 1)) == date(2027, 1, 1)
    assert months_from(date(2026, 11, 1), date(2027, 2, 1)) == [
        date(2026, 11, 1),
        date(2026, 12, 1),
        date(2027, 1, 1),
        date(2027, 2, 1),
    ]
    assert months_from(date(2026, 11, 1), date(2026, 10, 1)) == []


def test_partitions_are_made_for_this_month_and_the_months_ahead() -> None:
    now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    assert months_ahead(now, 2) == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]
    assert months_ahead(now, 0) == [date(2026, 11, 1)]


def test_a_month_expires_once_it_ended_a_whole_period_ago() -> None:
    retention = Retention(days=30)
    october = date(2026, 10, 1)  # ends on 1 November
    assert not retention.month_expired(october, datetime(2026, 11, 30, 23, 59, tzinfo=UTC))
    assert retention.month_expired(october, datetime(2026, 12, 1, 0, 0, tzinfo=UTC))
    assert retention.cutoff(datetime(2026, 12, 1, tzinfo=UTC)) == datetime(2026, 11, 1, tzinfo=UTC)


def test_a_retention_period_is_at_least_a_day() -> None:
    with pytest.raises(ValueError, match="at least one day"):
        Retention(days=0)


def test_final_shipments_are_the_delivered_returned_lost_and_cancelled() -> None:
    assert FINAL_SUB_STATUS_VALUES == ("cancelled", "delivered", "lost", "returned")


def test_months_start_on_the_first_whatever_day_is_given() -> None:
    assert months_from(date(2026, 11, 15), date(2026, 12, 1)) == [
        date(2026, 11, 1),
        date(2026, 12, 1),
    ]
    assert months_from(date(2026, 11, 1), date(2026, 11, 1)) == [date(2026, 11, 1)]


def test_one_day_is_the_shortest_retention() -> None:
    one = Retention(days=1)
    assert one.cutoff(datetime(2026, 12, 2, 6, 0, tzinfo=UTC)) == datetime(
        2026, 12, 1, 6, 0, tzinfo=UTC
    )
    # November ends at 1 December 00:00: expired from one day later exactly.
    assert one.month_expired(date(2026, 11, 1), datetime(2026, 12, 2, 0, 0, tzinfo=UTC))
    assert not one.month_expired(date(2026, 11, 1), datetime(2026, 12, 1, 23, 59, tzinfo=UTC))
