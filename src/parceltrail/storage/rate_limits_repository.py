"""Rate limits counted in the database, so every web worker process sees the same counts.

One row per key and window (``rate_limits``): the window's row is created if missing, then
incremented only while it has room, in one conditional UPDATE. PostgreSQL re-checks the
condition after taking the row lock, and SQLite's BEGIN IMMEDIATE serializes writers, so two
workers can never both take the last unit. Clients are stored only as a keyed hash.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from parceltrail.domain.rate_limits import Limit, sliding_room, sliding_wait, window_of
from parceltrail.storage.tables import rate_limits

PRUNE_EVERY = 500  # takes between two deletions of windows that no longer count


def hashed_key(secret: str, limit: Limit, key: str) -> str:
    """The stored key: the limit's name and a keyed hash of the client (no raw IPs at rest)."""
    digest = hmac.new(secret.encode(), key.encode(), hashlib.sha256).hexdigest()[:40]
    return f"{limit.name[:50]}:{digest}"


class SqlRateWindows:
    """Counting windows on one connection, inside the caller's transaction."""

    def __init__(self, connection: Connection, secret: str) -> None:
        self._c = connection
        self._secret = secret

    def take(self, key: str, limit: Limit, cost: int, now: float) -> float:
        per = limit.per.total_seconds()
        stored = hashed_key(self._secret, limit, key)
        start, fraction = window_of(now, per)
        cost = max(1, min(cost, limit.amount))
        previous = self._count(stored, start - int(per)) if limit.sliding else 0
        room = sliding_room(limit.amount, previous, fraction)
        self._ensure(stored, start, expires_at=start + 2 * int(per) + 1)
        taken = self._c.execute(
            update(rate_limits)
            .where(
                rate_limits.c.key == stored,
                rate_limits.c.window_start == start,
                rate_limits.c.count + cost <= room,
            )
            .values(count=rate_limits.c.count + cost)
        )
        if taken.rowcount == 1:
            return 0.0
        if not limit.sliding:
            return (1.0 - fraction) * per + 0.001
        current = self._count(stored, start)
        return sliding_wait(limit.amount, previous, current, cost, fraction, per)

    def prune(self, now: float) -> int:
        gone = self._c.execute(delete(rate_limits).where(rate_limits.c.expires_at < int(now)))
        return max(gone.rowcount or 0, 0)

    def _count(self, stored: str, start: int) -> int:
        found = self._c.execute(
            select(rate_limits.c.count).where(
                rate_limits.c.key == stored, rate_limits.c.window_start == start
            )
        ).scalar()
        return int(found or 0)

    def _ensure(self, stored: str, start: int, *, expires_at: int) -> None:
        values: dict[str, Any] = {
            "key": stored,
            "window_start": start,
            "count": 0,
            "expires_at": expires_at,
        }
        insert = pg_insert if self._c.dialect.name == "postgresql" else sqlite_insert
        self._c.execute(insert(rate_limits).values(**values).on_conflict_do_nothing())


class DatabaseLimiter:
    """A ``RateLimiter`` on the database: one short transaction of its own per request.

    Call it before the request opens its unit of work: on SQLite that holds the write lock.
    """

    def __init__(
        self, engine: Engine, secret: str, *, timer: Callable[[], float] = time.time
    ) -> None:
        self._engine = engine
        self._secret = secret
        self._timer = timer
        self._takes = 0

    def take(self, key: str, limit: Limit, cost: int = 1) -> float:
        now = self._timer()
        with self._engine.begin() as connection:
            windows = SqlRateWindows(connection, self._secret)
            wait = windows.take(key, limit, cost, now)
            self._takes += 1
            if self._takes % PRUNE_EVERY == 0:
                windows.prune(now)
        return wait
