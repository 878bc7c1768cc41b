"""Time as the domain sees it: always timezone-aware UTC, always injected."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import lru_cache

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


class TimeOutOfRange(ValueError):
    """A time whose instant falls outside the years 1-9999 in UTC (9999-12-31T23:00-05:00)."""


def as_utc(moment: datetime) -> datetime:
    """The same instant in UTC; a naive time is refused because its zone is unknowable."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a time without a UTC offset is ambiguous; give one, e.g. +08:00 or Z")
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise TimeOutOfRange(
            f"{moment.isoformat()} is outside the years 1-9999 once converted to UTC"
        ) from None


def offset_minutes(moment: datetime) -> int | None:
    if moment.tzinfo is UTC:  # most feeds send UTC: no offset to divide
        return 0
    offset = moment.utcoffset()
    # floor division of timedeltas: what int(total_seconds() // 60) gives, without the float
    return None if offset is None else offset // _MINUTE


_MINUTE = timedelta(minutes=1)


def iso_text(moment: datetime) -> str:
    """``moment.isoformat()``; UTC times are remembered, since ingest writes each event time
    several times (the event, the shipment's milestones and last event, the outbox payload)."""
    if moment.tzinfo is UTC:  # only here is equal-instant also equal-text
        return _utc_iso_text(moment)
    return moment.isoformat()


@lru_cache(maxsize=4096)
def _utc_iso_text(moment: datetime) -> str:
    return moment.isoformat()
