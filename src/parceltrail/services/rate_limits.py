"""Rate limits as a port: how many requests a key (a client IP, a token) may make in a period.

Two kinds of limiter implement ``RateLimiter``: ``InProcessLimiter`` below (token buckets in
this process's memory: the default for one process on SQLite) and the shared ones in storage/
(a table of per-key windows on the database, or Redis), which every worker process sees the
same. The shared ones count in fixed windows of length ``Limit.per`` and weigh the previous
window by how much of it still overlaps the sliding period (``sliding_room``), so a client
cannot take twice the amount across a window boundary::

    ParceltrailError
    └── RateLimited (429)   retry_after: whole seconds to wait
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar, Protocol

from parceltrail.domain.errors import ParceltrailError


class RateLimited(ParceltrailError):
    code = "rate_limited"
    http_status: ClassVar[int] = 429

    def __init__(self, message: str, *, retry_after: float, what: str = "lookups") -> None:
        seconds = max(1, math.ceil(retry_after))
        super().__init__(f"{message}; try again in {seconds} seconds", retry_after=seconds)
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


class RateLimiter(Protocol):
    def take(self, key: str, limit: Limit, cost: int = 1) -> float:
        """Spend ``cost`` of ``limit`` for ``key``: 0 when allowed, else seconds to wait."""
        ...


class RateWindowRepository(Protocol):
    """Per-key counting windows kept in the database (also inside a unit of work)."""

    def take(self, key: str, limit: Limit, cost: int, now: float) -> float: ...
    def prune(self, now: float) -> int:
        """Delete windows that no longer count; how many went."""
        ...


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


class InProcessLimiter:
    """Token buckets in this process's memory: ``amount`` tokens refilled over ``per``.

    Behind several worker processes each keeps its own buckets; use a shared limiter there.
    """

    def __init__(
        self, *, max_keys: int = 100_000, timer: Callable[[], float] = time.monotonic
    ) -> None:
        self.max_keys = max_keys
        self._timer = timer
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str, limit: Limit, cost: int = 1) -> float:
        now = self._timer()
        rate = limit.amount / limit.per.total_seconds()
        slot = (limit.name, key)
        with self._lock:
            tokens, at = self._buckets.get(slot, (float(limit.amount), now))
            tokens = min(float(limit.amount), tokens + (now - at) * rate)
            spend = min(float(cost), float(limit.amount))
            if tokens >= spend:
                self._remember(slot, (tokens - spend, now))
                return 0.0
            self._remember(slot, (tokens, now))
            return (spend - tokens) / rate

    def _remember(self, slot: tuple[str, str], value: tuple[float, float]) -> None:
        if slot not in self._buckets and len(self._buckets) >= self.max_keys:
            self._buckets.clear()  # crude but bounded; a flood of keys only resets buckets
        self._buckets[slot] = value
