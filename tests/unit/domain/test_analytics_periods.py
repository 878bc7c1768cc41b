"""The analytics calendar: a day's rows, the rows that cover a span at their exact edges, and the
span before a span. (The merge of whole spans is checked in test_analytics.py.)"""

from __future__ import annotations

from datetime import date, timedelta

from parceltrail.domain.analytics_periods import (
    Grain,
    cover,
    month_of,
    next_month,
    periods_of,
    previous,
    week_of,
)

MONDAY = date(2026, 5, 25)  # its week, 25 to 31 May, ends on the last day of the month


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def test_a_days_week_starts_on_its_monday() -> None:
    for day in _days(MONDAY, MONDAY + timedelta(days=6)):
        assert week_of(day) == MONDAY, day
    assert week_of(MONDAY + timedelta(days=7)) == MONDAY + timedelta(days=7)


def test_every_day_of_two_years_has_its_month_and_the_next() -> None:
    for day in _days(date(2027, 1, 1), date(2028, 12, 31)):  # 2028 is a leap year
        assert month_of(day) == date(day.year, day.month, 1), day
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        assert next_month(day) == following, day


def test_a_day_is_counted_in_its_day_week_and_month() -> None:
    assert periods_of(date(2026, 6, 3)) == (
        (Grain.DAY, date(2026, 6, 3)),
        (Grain.WEEK, date(2026, 6, 1)),
        (Grain.MONTH, date(2026, 6, 1)),
    )


def test_a_whole_month_is_one_row_and_one_day_less_is_not() -> None:
    assert cover(date(2026, 6, 1), date(2026, 6, 30)) == [(Grain.MONTH, date(2026, 6, 1))]
    assert cover(date(2026, 6, 1), date(2026, 6, 29)) == [
        (Grain.WEEK, date(2026, 6, 1)),
        (Grain.WEEK, date(2026, 6, 8)),
        (Grain.WEEK, date(2026, 6, 15)),
        (Grain.WEEK, date(2026, 6, 22)),
        (Grain.DAY, date(2026, 6, 29)),
    ]


def test_a_whole_week_is_one_row_and_one_day_less_is_days() -> None:
    sunday = MONDAY + timedelta(days=6)
    assert cover(MONDAY, sunday) == [(Grain.WEEK, MONDAY)]
    saturday = sunday - timedelta(days=1)
    assert cover(MONDAY, saturday) == [(Grain.DAY, day) for day in _days(MONDAY, saturday)]
    tuesday = MONDAY + timedelta(days=1)
    assert cover(tuesday, tuesday + timedelta(days=6)) == [
        (Grain.DAY, day) for day in _days(tuesday, tuesday + timedelta(days=6))
    ]


def test_a_week_ending_on_the_last_day_of_a_month_is_kept_before_that_month() -> None:
    assert cover(MONDAY, date(2026, 6, 30)) == [
        (Grain.WEEK, MONDAY),
        (Grain.MONTH, date(2026, 6, 1)),
    ]


def test_a_week_across_a_month_start_is_split_only_when_that_month_fits_whole() -> None:
    monday = date(2026, 3, 30)  # the week runs to Sunday 5 April
    assert cover(monday, date(2026, 4, 30)) == [
        (Grain.DAY, date(2026, 3, 30)),
        (Grain.DAY, date(2026, 3, 31)),
        (Grain.MONTH, date(2026, 4, 1)),
    ]
    assert cover(monday, date(2026, 4, 29)) == [
        (Grain.WEEK, date(2026, 3, 30)),
        (Grain.WEEK, date(2026, 4, 6)),
        (Grain.WEEK, date(2026, 4, 13)),
        (Grain.WEEK, date(2026, 4, 20)),
        (Grain.DAY, date(2026, 4, 27)),
        (Grain.DAY, date(2026, 4, 28)),
        (Grain.DAY, date(2026, 4, 29)),
    ]


def test_a_weekly_trend_reads_whole_weeks_across_months_and_no_month() -> None:
    monday = date(2026, 3, 30)
    assert cover(monday, date(2026, 5, 3), months=False) == [
        (Grain.WEEK, monday + timedelta(days=7 * n)) for n in range(5)
    ]
    assert cover(date(2026, 6, 1), date(2026, 6, 30), months=False)[-2:] == [
        (Grain.DAY, date(2026, 6, 29)),
        (Grain.DAY, date(2026, 6, 30)),
    ]


def test_an_empty_span_has_no_rows() -> None:
    assert cover(date(2026, 6, 2), date(2026, 6, 1)) == []


def test_the_previous_span_has_the_same_length_and_ends_the_day_before() -> None:
    assert previous(date(2026, 6, 1), date(2026, 6, 1)) == (date(2026, 5, 31), date(2026, 5, 31))
    assert previous(date(2026, 6, 1), date(2026, 6, 30)) == (date(2026, 5, 2), date(2026, 5, 31))
