"""The in-process limiter: token buckets in this process's memory."""

from __future__ import annotations

from datetime import timedelta

import pytest

from parceltrail.domain.rate_limits import Limit
from parceltrail.services.rate_limits import InProcessLimiter

LIMIT = Limit("test", 10, timedelta(seconds=60))


class Timer:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_the_in_process_bucket_allows_a_burst_then_refills() -> None:
    timer = Timer(1000.0)
    limiter = InProcessLimiter(timer=timer)
    assert [limiter.take("a", LIMIT) for _ in range(10)] == [0.0] * 10
    assert limiter.take("a", LIMIT) == pytest.approx(6.0)  # one token every 6 s
    assert limiter.take("b", LIMIT) == 0.0  # another client has its own bucket
    timer.now += 12
    assert limiter.take("a", LIMIT, cost=2) == 0.0
    assert limiter.take("a", LIMIT, cost=50) > 0  # more than the burst waits for a full one
