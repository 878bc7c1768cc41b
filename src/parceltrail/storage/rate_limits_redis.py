"""Rate limits counted in Redis: the same sliding windows as the database's, one script call.

Needs the ``redis`` package (installed with the ``queue`` extra).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from parceltrail.domain.rate_limits import Limit, sliding_wait, window_of
from parceltrail.storage.rate_limits_repository import hashed_key

# KEYS: current window, previous window; ARGV: amount, cost, fraction, ttl seconds.
# Answers {taken (1/0), current count, previous count}; atomic, as every Redis script is.
_TAKE = """
local previous = tonumber(redis.call('GET', KEYS[2]) or '0')
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local room = tonumber(ARGV[1]) - math.ceil(previous * (1 - tonumber(ARGV[3])) - 1e-9)
if current + tonumber(ARGV[2]) <= room then
  redis.call('INCRBY', KEYS[1], ARGV[2])
  redis.call('EXPIRE', KEYS[1], ARGV[4])
  return {1, current + tonumber(ARGV[2]), previous}
end
return {0, current, previous}
"""


class RedisLimiter:
    def __init__(
        self,
        url: str,
        secret: str,
        *,
        timer: Callable[[], float] = time.time,
        prefix: str = "parceltrail:rl:",
    ) -> None:
        import redis

        self._redis: Any = redis.Redis.from_url(url, socket_timeout=5)
        self._script = self._redis.register_script(_TAKE)
        self._secret = secret
        self._timer = timer
        self._prefix = prefix

    def take(self, key: str, limit: Limit, cost: int = 1) -> float:
        per = limit.per.total_seconds()
        start, fraction = window_of(self._timer(), per)
        cost = max(1, min(cost, limit.amount))
        base = self._prefix + hashed_key(self._secret, limit, key)
        keys = [f"{base}:{start}", f"{base}:{start - int(per)}"]
        taken, current, previous = self._script(
            keys=keys, args=[limit.amount, cost, repr(fraction), 2 * int(per) + 1]
        )
        if int(taken):
            return 0.0
        return sliding_wait(limit.amount, int(previous), int(current), cost, fraction, per)

    def close(self) -> None:
        self._redis.close()
