"""Requests to an aggregator are spaced to its rate limit (17TRACK: 3 a second)."""

from __future__ import annotations

from parceltrail.connectors.backends._http import Throttle


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def timer(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_three_a_second_waits_a_third_of_a_second_between_calls() -> None:
    clock = Clock()
    throttle = Throttle(3.0, timer=clock.timer, sleep=clock.sleep)
    for _ in range(4):
        throttle.wait()
    assert clock.slept == [0.333333, 0.333333, 0.333333]


def test_a_call_after_a_pause_does_not_wait() -> None:
    clock = Clock()
    throttle = Throttle(3.0, timer=clock.timer, sleep=clock.sleep)
    throttle.wait()
    clock.now += 5
    throttle.wait()
    assert clock.slept == []
