"""How long carrier events are kept: months, the partitions made ahead, and what has expired.

Events are kept by the month they happened in. A month's events may go once the month ended
more than the retention period ago and every shipment they belong to is final (delivered,
returned, lost or cancelled) with no event since the cut-off: a parcel still moving, or one
that ended only recently, keeps its whole history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from parceltrail.domain.status import FINAL_SUB_STATUSES


def month_of(moment: datetime) -> date:
    """The first day of ``moment``'s month, in UTC."""
    utc = moment.astimezone(UTC)
    return date(utc.year, utc.month, 1)


def next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def months_from(first: date, last: date) -> list[date]:
    """Every month from ``first`` to ``last``, both included."""
    months, month = [], date(first.year, first.month, 1)
    while month <= last:
        months.append(month)
        month = next_month(month)
    return months


def months_ahead(now: datetime, ahead: int) -> list[date]:
    """This month and the ``ahead`` months after it: the partitions that must exist."""
    this = month_of(now)
    months = [this]
    for _ in range(ahead):
        months.append(next_month(months[-1]))
    return months


@dataclass(frozen=True, slots=True)
class Retention:
    """Events are kept ``days`` after their month ends and their shipment's last event."""

    days: int

    def __post_init__(self) -> None:
        if self.days < 1:
            raise ValueError("the retention period must be at least one day")

    def cutoff(self, now: datetime) -> datetime:
        return now - timedelta(days=self.days)

    def month_expired(self, month: date, now: datetime) -> bool:
        """Has ``month`` ended before the cut-off (so its events may go, shipments allowing)?"""
        end = next_month(month)
        return datetime(end.year, end.month, end.day, tzinfo=UTC) <= self.cutoff(now)


FINAL_SUB_STATUS_VALUES: tuple[str, ...] = tuple(sorted(s.value for s in FINAL_SUB_STATUSES))
"""The sub-statuses after which a shipment's events may expire, as stored."""
