"""Rate limits: how many requests a key (a client IP, a token) may make in a period, and the
arithmetic every limiter shares.

A ``Limit`` says how much per how long. The in-process limiter (``services/rate_limits.py``)
keeps a token bucket per key (``bucket_take``); the shared ones (``storage/
rate_limits_repository.py`` on the database, ``storage/rate_limits_redis.py`` on Redis), which
every worker process sees the same, count in fixed windows of length ``Limit.per``
(``window_of``) and weigh the previous window by how much of it still overlaps the sliding
period (``sliding_room``, ``sliding_wait``), so a client cannot take twice the amount across a
window boundary::

    ParceltrailError
    └── RateLimited (429)   retry_after: whole seconds to wait
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from parceltrail.domain.errors import ParceltrailError
from parceltrail.domain.words import Words


class RateLimited(ParceltrailError):
    code = "rate_limited"
    http_status: ClassVar[int] = 429

    def __init__(self, message: str | Words, *, retry_after: float, what: str = "lookups") -> None:
        seconds = max(1, math.ceil(retry_after))
        reason = message if isinstance(message, Words) else Words(message)
        super().__init__(
            Words("{reason}; try again in {seconds} seconds", reason=reason, seconds=seconds),
            retry_after=seconds,
        )
        self.retry_after = seconds
        self.what = what  # which allowance ran out: lookups, log-in attempts...


@dataclass(frozen=True, slots=True)
class Limit:
    """At most ``amount`` per ``per``, in bursts of up to ``amount``; ``name`` keeps the
    counters of different limits apart. Shared limiters slide the window unless ``sliding``
    is off, when each window (aligned on the Unix epoch: days start at 00:00 UTC) stands
    alone."""

    name: str
    amount: int
    per: timedelta
    sliding: bool = True  # False: fixed windows (a calendar day in UTC), counted exactly

    @classmethod
    def per_minute(cls, name: str, *, burst: int, per_minute: int) -> Limit:
        """A bucket of ``burst`` refilled at ``per_minute``: ``burst`` per burst/per_minute
        minutes, in whole seconds (the shared limiters' windows start on whole seconds)."""
        return cls(name, burst, timedelta(seconds=max(1, round(burst * 60 / per_minute))))


def sliding_room(amount: int, previous: int, fraction: float) -> int:
    """How much the current window may hold at ``fraction`` of its length, when the previous
    window held ``previous``: the amount less the previous window's still-overlapping share."""
    return amount - math.ceil(previous * (1.0 - fraction) - 1e-9)


def sliding_wait(
    amount: int, previous: int, current: int, cost: int, fraction: float, per: float
) -> float:
    """Seconds until ``cost`` more fits, when the windows held ``previous`` and ``current``."""
    if previous > 0 and current + cost <= amount:
        # still in this window, once enough of the previous one has slid out
        needed = 1.0 - (amount - current - cost) / previous
        return max(0.0, (needed - fraction) * per) + 0.001
    later = 1.0 - (amount - cost) / current if current > 0 else 0.0
    return (1.0 - fraction) * per + max(0.0, later) * per + 0.001


def window_of(now: float, per: float) -> tuple[int, float]:
    """The start (whole seconds) of the window holding ``now``, and how far into it we are."""
    start = math.floor(now / per) * per
    return int(start), (now - start) / per


def bucket_take(limit: Limit, tokens: float, elapsed: float, cost: int) -> tuple[float, float]:
    """A token bucket of ``limit`` that held ``tokens`` ``elapsed`` seconds ago, asked for
    ``cost`` now: the tokens it holds afterwards, and 0 when allowed, else seconds to wait."""
    rate = limit.amount / limit.per.total_seconds()
    tokens = min(float(limit.amount), tokens + elapsed * rate)
    spend = min(float(cost), float(limit.amount))
    if tokens >= spend:
        return tokens - spend, 0.0
    return tokens, (spend - tokens) / rate
