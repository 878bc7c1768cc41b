"""Rate limits as a port, and the limiter for one process.

Two kinds of limiter implement ``RateLimiter``: ``InProcessLimiter`` below (token buckets in
this process's memory: the default for one process on SQLite) and the shared ones in storage/
(a table of per-key windows on the database, or Redis). What a limit is and the arithmetic
they share live in ``domain/rate_limits.py``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from parceltrail.domain.rate_limits import Limit, bucket_take


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
        slot = (limit.name, key)
        with self._lock:
            tokens, at = self._buckets.get(slot, (float(limit.amount), now))
            left, wait = bucket_take(limit, tokens, now - at, cost)
            self._remember(slot, (left, now))
            return wait

    def _remember(self, slot: tuple[str, str], value: tuple[float, float]) -> None:
        if slot not in self._buckets and len(self._buckets) >= self.max_keys:
            self._buckets.clear()  # crude but bounded; a flood of keys only resets buckets
        self._buckets[slot] = value
