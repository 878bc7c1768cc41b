"""Time as the domain sees it: aware UTC, offsets, and ISO text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo

import pytest

from parceltrail.domain.clock import (
    TimeOutOfRange,
    as_utc,
    iso_text,
    offset_minutes,
    system_clock,
)

INDIA = timezone(timedelta(hours=5, minutes=30))
BRAZIL = timezone(timedelta(hours=-3))


class _NoOffset(tzinfo):
    """A zone that cannot say its offset (``utcoffset`` is None)."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return None


def test_the_system_clock_is_aware_utc_and_now() -> None:
    before = datetime.now(UTC)
    now = system_clock()
    assert now.tzinfo is UTC
    assert before <= now <= datetime.now(UTC)


def test_as_utc_keeps_the_instant() -> None:
    moment = datetime(2026, 12, 6, 14, 0, tzinfo=INDIA)
    converted = as_utc(moment)
    assert converted == datetime(2026, 12, 6, 8, 30, tzinfo=UTC)
    assert converted.tzinfo is UTC


@pytest.mark.parametrize("zone", [None, _NoOffset()])
def test_a_time_without_an_offset_is_refused(zone: tzinfo | None) -> None:
    with pytest.raises(ValueError, match="without a UTC offset is ambiguous") as raised:
        as_utc(datetime(2026, 12, 6, 14, 0, tzinfo=zone))
    assert not isinstance(raised.value, TimeOutOfRange)


def test_a_time_outside_the_years_once_in_utc_is_out_of_range() -> None:
    late = datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-5)))
    with pytest.raises(TimeOutOfRange) as raised:
        as_utc(late)
    assert str(raised.value) == (
        "9999-12-31T23:00:00-05:00 is outside the years 1-9999 once converted to UTC"
    )
    assert raised.value.__cause__ is None  # the OverflowError is not chained
    assert raised.value.__suppress_context__


def test_offset_in_whole_minutes() -> None:
    assert offset_minutes(datetime(2026, 1, 1, tzinfo=INDIA)) == 330
    assert offset_minutes(datetime(2026, 1, 1, tzinfo=BRAZIL)) == -180
    assert offset_minutes(datetime(2026, 1, 1, tzinfo=UTC)) == 0
    assert offset_minutes(datetime(2026, 1, 1)) is None


def test_iso_text_of_utc_and_other_offsets() -> None:
    utc = datetime(2026, 12, 6, 8, 30, 0, 120000, tzinfo=UTC)
    assert iso_text(utc) == "2026-12-06T08:30:00.120000+00:00"
    assert iso_text(utc) == "2026-12-06T08:30:00.120000+00:00"  # remembered, the same
    # The same instant at another offset keeps its own text.
    assert iso_text(utc.astimezone(INDIA)) == "2026-12-06T14:00:00.120000+05:30"
    zero = timezone(timedelta(0), "Z0")  # zero offset, but not the UTC object
    assert iso_text(datetime(2026, 1, 1, tzinfo=zero)) == "2026-01-01T00:00:00+00:00"


def test_an_offset_of_seconds_is_floored_to_whole_minutes() -> None:
    assert offset_minutes(datetime(2026, 1, 1, tzinfo=timezone(timedelta(seconds=-330)))) == -6
    assert offset_minutes(datetime(2026, 1, 1, tzinfo=timezone(timedelta(seconds=330)))) == 5


def test_equal_instants_at_other_offsets_are_never_served_each_others_text() -> None:
    utc = datetime(2026, 12, 6, 8, 30, tzinfo=UTC)
    assert iso_text(utc.astimezone(INDIA)) == "2026-12-06T14:00:00+05:30"
    assert iso_text(utc.astimezone(BRAZIL)) == "2026-12-06T05:30:00-03:00"
    assert iso_text(utc) == "2026-12-06T08:30:00+00:00"


@pytest.mark.parametrize(
    "offset",
    [
        timedelta(0),
        timedelta(hours=8),
        timedelta(hours=-6),
        timedelta(hours=5, minutes=45),
        timedelta(hours=-9, minutes=-30),
        timedelta(minutes=-1, seconds=30),
        timedelta(hours=1, seconds=59, microseconds=1),
        timedelta(hours=-1, microseconds=-1),
    ],
)
def test_offset_minutes_are_whole_minutes_rounded_down(offset: timedelta) -> None:
    minutes = offset_minutes(datetime(2026, 11, 28, 9, 30, tzinfo=timezone(offset)))
    assert minutes == int(offset.total_seconds() // 60)
    assert type(minutes) is int
    assert offset_minutes(datetime(2026, 11, 28, 9, 30)) is None
