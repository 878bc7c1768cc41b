"""The calendar of the analytics rollups: a day is counted in its day, its week (from Monday)
and its month, so any span of days is read from few rows (``cover``): whole months, then whole
weeks, then single days, never counting a day twice.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

DAY = timedelta(days=1)
MAX_SPAN_DAYS = 3 * 366  # a period longer than three years is refused, not read row by row


class Grain(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def week_of(day: date) -> date:
    """The Monday that starts ``day``'s week."""
    return day - timedelta(days=day.weekday())


def month_of(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    """The first day of the month after ``day``'s."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def periods_of(day: date) -> tuple[tuple[Grain, date], ...]:
    """The rows a day's shipments are counted in: its day, week and month."""
    return ((Grain.DAY, day), (Grain.WEEK, week_of(day)), (Grain.MONTH, month_of(day)))


def cover(first: date, last: date, *, months: bool = True) -> list[tuple[Grain, date]]:
    """Rows whose days together are exactly ``first``..``last``: a whole month where one fits,
    else a whole week (unless it would skip the start of a month that fits whole), else a day.
    ``months=False`` for a weekly trend, whose points must not straddle weeks."""
    pieces: list[tuple[Grain, date]] = []
    at = first
    while at <= last:
        grain, after = _piece(at, last, months)
        pieces.append((grain, at))
        at = after
    return pieces


def _piece(at: date, last: date, months: bool) -> tuple[Grain, date]:
    month_after = next_month(at)
    if months and at.day == 1 and month_after - DAY <= last:
        return Grain.MONTH, month_after
    if at.weekday() == 0 and at + 6 * DAY <= last:
        month_fits = months and next_month(month_after) - DAY <= last
        if at + 7 * DAY <= month_after or not month_fits:
            return Grain.WEEK, at + 7 * DAY
    return Grain.DAY, at + DAY


def previous(first: date, last: date) -> tuple[date, date]:
    """The span of the same length just before ``first``..``last``."""
    length = (last - first).days + 1
    return first - length * DAY, first - DAY
