"""The carrier network: every parcel's journey, each carrier's limits, and injected faults."""

from __future__ import annotations

import bisect
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from parceltrail.simulator.journey import Journey, generate
from parceltrail.simulator.lanes import LANES, ORIGIN_CARRIER
from parceltrail.simulator.scans import Scan

BATCH_LIMIT = 40  # numbers per request, as 17TRACK's and most postal APIs
MAX_NUMBER = 40  # characters


@dataclass
class CarrierDesk:
    """One carrier's API: its limits and, for tests and demos, a fault to misbehave with."""

    code: str
    batch_limit: int = BATCH_LIMIT
    requests_per_second: float = 20.0
    burst: int = 40
    fault: str | None = None  # None | "down" (503) | "slow" (answers after ``slow_seconds``)
    slow_seconds: float = 5.0
    requests: int = 0
    _tokens: float = field(default=0.0, repr=False)
    _refilled: float = field(default_factory=time.monotonic, repr=False)

    def __post_init__(self) -> None:
        self._tokens = float(self.burst)

    def take(self, now: float | None = None) -> float:
        """Spend one request; 0 when allowed, else the seconds to wait (token bucket)."""
        moment = time.monotonic() if now is None else now
        elapsed, self._refilled = moment - self._refilled, moment
        self._tokens = min(float(self.burst), self._tokens + elapsed * self.requests_per_second)
        if self._tokens >= 1:
            self._tokens -= 1
            self.requests += 1
            return 0.0
        return (1 - self._tokens) / self.requests_per_second


class Network:
    """Parcels created from one seed; numbers are looked up across both legs."""

    def __init__(self, seed: int, clock: Callable[[], datetime]) -> None:
        self.seed = seed
        self.clock = clock
        self.journeys: list[Journey] = []
        self._by_number: dict[str, Journey] = {}
        self._timeline: list[tuple[datetime, int, int]] = []  # (scan time, journey, scan)
        self._lock = threading.Lock()
        carriers = [ORIGIN_CARRIER, *sorted({lane.post for lane in LANES.values()})]
        self.desks = {code: CarrierDesk(code) for code in carriers}

    def dispatch(
        self,
        count: int,
        at: datetime | Callable[[int], datetime],
        *,
        countries: tuple[str, ...] | None = None,
        service: str | None = None,
    ) -> list[Journey]:
        """Create ``count`` parcels; ``at`` is a time or a function of the parcel's index."""
        made = []
        with self._lock:
            for _ in range(count):
                index = len(self.journeys)
                when = at(index) if callable(at) else at
                journey = generate(self.seed, index, when, countries=countries, service=service)
                self._add(journey)
                made.append(journey)
        return made

    def _add(self, journey: Journey) -> None:
        self.journeys.append(journey)
        for number in journey.numbers:
            self._by_number[number] = journey
        for position, scan in enumerate(journey.scans):
            bisect.insort(self._timeline, (scan.at, journey.index, position))

    def find(self, carrier: str, number: str, now: datetime) -> list[Scan] | None:
        """The scans this carrier shows for ``number`` by ``now``; None if it knows no such item."""
        journey = self._by_number.get(number)
        if journey is None:
            return None
        scans = journey.visible(number, now)
        if not scans or scans[0].carrier != carrier:
            return None
        return scans

    def scans_between(self, after: datetime, until: datetime) -> Iterator[Scan]:
        """Every scan with ``after < time <= until``, in time order (for webhook pushes)."""
        with self._lock:
            start = bisect.bisect_right(self._timeline, (after, 1 << 62, 0))
            stop = bisect.bisect_right(self._timeline, (until, 1 << 62, 0))
            picked = self._timeline[start:stop]
        for _, journey, position in picked:
            yield self.journeys[journey].scans[position]


def adopt(network: Network, journeys: list[Journey]) -> None:
    """Add journeys generated elsewhere (picked for what happens to them) to the network."""
    with network._lock:
        for journey in journeys:
            network._add(journey)
