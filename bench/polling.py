"""Adaptive polling against fixed 2-hour polling, over the simulator's HTTP API, same run.

N parcels are dispatched over 10 simulated days and followed through their whole journey;
every 10 simulated minutes each scheduler sends its due numbers to their current carrier in
batches of 40 through ``connectors/simulator.py``. Counted: carrier requests, numbers
polled, and for every carrier scan the delay until that scheduler first saw it. The
schedulers keep their state in memory here (the database path is tested in
tests/integration/test_polling.py); the decisions are ``domain.polling.next_poll``.

The adaptive scheduler learns each carrier's next-scan windows (``learn_next_scans``) from
the history of other parcels: journeys of another seed, as a deployment learns from the
parcels it tracked before. "defaults" is the same scheduler with the built-in table only.

    python bench/polling.py [--parcels 10000] [--seed 1] [--no-defaults]

Ends with: ``polling: requests ratio R, median delay ratio D`` (adaptive / fixed).
"""

from __future__ import annotations

import argparse
import heapq
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx

from parceltrail.connectors.simulator import SimulatorClient
from parceltrail.domain.polling import (
    NextScan,
    PollPolicy,
    Scanned,
    learn_next_scans,
    next_poll,
    scan_gaps,
)
from parceltrail.domain.status import SubStatus
from parceltrail.simulator.api import create_app
from parceltrail.simulator.clock import ManualClock
from parceltrail.simulator.network import Network
from parceltrail.simulator.server import ServerThread
from parceltrail.simulator.world import spread

START = datetime(2026, 3, 2, tzinfo=UTC)
TICK = timedelta(minutes=10)
FIXED = timedelta(hours=2)
POLICY = PollPolicy()


@dataclass
class Parcel:
    number: str
    carrier: str
    started_at: datetime
    next_at: datetime | None
    sub_status: SubStatus = SubStatus.PENDING
    last_event_at: datetime | None = None
    offset: int | None = None
    last_scan: tuple[str, str] | None = None  # (carrier, code)
    seen: set[str] = field(default_factory=set)
    index: int = -1


@dataclass
class Scheduler:
    name: str
    adaptive: bool
    learned: dict[tuple[str, str], NextScan] = field(default_factory=dict)
    parcels: list[Parcel] = field(default_factory=list)
    requests: int = 0
    polls: int = 0
    delays: list[float] = field(default_factory=list)

    queue: list[tuple[datetime, int]] = field(default_factory=list)

    def start(self, parcels: list[Parcel]) -> None:
        self.parcels = parcels
        self.queue = [(p.next_at, i) for i, p in enumerate(parcels) if p.next_at]
        heapq.heapify(self.queue)

    def due(self, now: datetime) -> dict[str, list[Parcel]]:
        grouped: dict[str, list[Parcel]] = defaultdict(list)
        while self.queue and self.queue[0][0] <= now:
            _, index = heapq.heappop(self.queue)
            grouped[self.parcels[index].carrier].append(self.parcels[index])
        return grouped

    def reschedule(self, parcel: Parcel, now: datetime, *, handover: bool = False) -> None:
        decision = next_poll(
            sub_status=parcel.sub_status,
            last_event_at=parcel.last_event_at,
            started_at=parcel.started_at,
            now=now,
            utc_offset_minutes=parcel.offset,
            policy=POLICY,
            expected=self.learned.get(parcel.last_scan) if parcel.last_scan else None,
        )
        if self.adaptive or decision.at is None:
            parcel.next_at = decision.at
            if handover and decision.at is not None:
                parcel.next_at = now + TICK  # as services/polling: the new number at once
        else:
            parcel.next_at = now + FIXED
        if parcel.next_at is not None:
            heapq.heappush(self.queue, (parcel.next_at, parcel.index))


def sweep(scheduler: Scheduler, clients: dict[str, SimulatorClient], now: datetime) -> None:
    for carrier, due in scheduler.due(now).items():
        for start in range(0, len(due), 40):
            batch = {p.number: p for p in due[start : start + 40]}
            answers = clients[carrier].track(list(batch), now=now)
            scheduler.requests += 1
            scheduler.polls += len(batch)
            for answer in answers:
                parcel = batch[answer.number]
                learn(scheduler, parcel, answer.events, now)
                if answer.handover:
                    parcel.number, parcel.carrier = answer.handover
                scheduler.reschedule(parcel, now, handover=bool(answer.handover))


def learn(scheduler: Scheduler, parcel: Parcel, events: list, now: datetime) -> None:
    for event in sorted(events, key=lambda e: e.occurred_at):
        if event.key in parcel.seen:
            continue
        parcel.seen.add(event.key)
        scheduler.delays.append((now - event.occurred_at).total_seconds() / 60)
        if parcel.last_event_at is None or event.occurred_at >= parcel.last_event_at:
            parcel.last_event_at = event.occurred_at
            parcel.sub_status = event.sub_status or parcel.sub_status
            parcel.offset = event.utc_offset_minutes
            if event.carrier and event.raw_code:
                parcel.last_scan = (event.carrier, event.raw_code)


def history(parcels: int, seed: int) -> dict[tuple[str, str], NextScan]:
    """What a deployment would have learned from ``parcels`` earlier parcels."""
    network = Network(seed, ManualClock(START))
    gaps = []
    for journey in network.dispatch(parcels, spread(START, parcels, 10)):
        scans = [Scanned(s.carrier, s.code, s.at, s.utc_offset_hours * 60) for s in journey.scans]
        gaps.extend(scan_gaps(scans))
    return learn_next_scans(gaps)


def run(parcels: int, seed: int, *, defaults: bool = True) -> list[Scheduler]:
    clock = ManualClock(START)
    network = Network(seed, clock)
    for desk in network.desks.values():
        desk.requests_per_second, desk.burst = 1e9, 10**9
        desk.__post_init__()
    journeys = network.dispatch(parcels, spread(START + timedelta(days=10), parcels, 10))
    end = max(j.scans[-1].at for j in journeys) + timedelta(days=1)
    learned = history(max(parcels, 2_000), seed + 1_000)
    schedulers = [
        Scheduler("adaptive", True, learned),
        *([Scheduler("defaults", True)] if defaults else []),
        Scheduler("fixed 2 h", False),
    ]
    for scheduler in schedulers:
        scheduler.start(
            [
                Parcel(j.number, "cainiao", j.dispatched_at, j.dispatched_at, index=i)
                for i, j in enumerate(journeys)
            ]
        )
    with ServerThread(create_app(network)) as server, httpx.Client(timeout=30) as http:
        clients = {c: SimulatorClient(c, server.url, http) for c in network.desks}
        while clock.now <= end:
            for scheduler in schedulers:
                sweep(scheduler, clients, clock.now)
            clock.advance(seconds=TICK.total_seconds())
    return schedulers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--no-defaults", action="store_true", help="skip the scheduler without learned windows"
    )
    args = parser.parse_args()
    began = time.perf_counter()
    schedulers = run(args.parcels, args.seed, defaults=not args.no_defaults)
    adaptive, fixed = schedulers[0], schedulers[-1]
    scans = max(len(s.delays) for s in schedulers)
    for s in schedulers:
        median = statistics.median(s.delays)
        p90 = statistics.quantiles(s.delays, n=10)[-1]
        print(
            f"{s.name:>10}: {s.requests:>8} requests, {s.polls:>9} numbers polled, "
            f"{len(s.delays)}/{scans} scans seen, delay median {median:.0f} min, "
            f"p90 {p90:.0f} min"
        )
    print(f"({args.parcels} parcels, seed {args.seed}, {time.perf_counter() - began:.0f} s)")
    requests = adaptive.requests / fixed.requests
    delay = statistics.median(adaptive.delays) / statistics.median(fixed.delays)
    print(f"polling: requests ratio {requests:.2f}, median delay ratio {delay:.2f}")


if __name__ == "__main__":
    main()
