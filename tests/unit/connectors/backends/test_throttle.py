"""Requests to an aggregator are spaced to its rate limit (17TRACK: 3 a second)."""

from __future__ import annotations

from parceltrail.connectors.backends._http import Throttle
from parceltrail.connectors.backends.codes import carrier_codes


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


def test_the_china_lanes_carriers_have_17track_keys_and_aftership_slugs() -> None:
    seventeen, aftership = carrier_codes("17track"), carrier_codes("aftership")
    assert {c: seventeen.theirs(c) for c in ("cainiao", "yunexpress", "4px")} == {
        "cainiao": "190271", "yunexpress": "190008", "4px": "190094",
    }
    assert seventeen.ours(3011) == "china_post"
    assert aftership.theirs("yunexpress") == "yunexpress"
    assert aftership.ours("china-post") == "china_post"
    assert seventeen.theirs(None) is None
    assert seventeen.theirs("a_carrier_parceltrail_does_not_know") is None
