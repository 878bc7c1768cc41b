"""Simulated time: a start moment and a speed-up over the real monotonic clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta


class AcceleratedClock:
    """``speed`` simulated seconds pass per real second, from ``start``; callable like a Clock."""

    def __init__(
        self, start: datetime, speed: float, *, real: Callable[[], float] = time.monotonic
    ) -> None:
        if start.tzinfo is None:
            raise ValueError("the simulated start needs a UTC offset")
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.start = start
        self.speed = speed
        self._real = real
        self._origin = real()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=(self._real() - self._origin) * self.speed)


class ManualClock:
    """A simulated clock moved by hand (tests, benchmarks)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now
