"""How many gettracklist requests (whether 17TRACK stopped a number) the 17TRACK fallback
fetches make, on the simulator's parcels.

    .venv/bin/python bench/seventeentrack_tracklist.py [--parcels 4000] [--seed 7]

Parcels are dispatched over the first 20 days, and the fetch sweep runs once a day for 60.
A number is due when no push reached it for a day (domain.backends.Timing.push_within): here,
a parcel in flight (before its last scan) without a scan in the last 24 hours. The due numbers
are read in pages of services.backends.PAGE and fetched in batches of 40. A number asks
gettracklist when it has no scan yet or its newest scan is MAY_HAVE_STOPPED_AFTER old or
older (connectors/backends/seventeentrack.py); a batch asks once when any of its numbers asks.
Three ways are counted: every batch asks (before session 7); only batches with a quiet number,
in the pages' order (tracking number); and the same with each page fetched quietest first
(domain.backends.quietest_first, as services.backends.fetch_silent does).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from parceltrail.connectors.backends.seventeentrack import BATCH_LIMIT, MAY_HAVE_STOPPED_AFTER
from parceltrail.domain.backends import Timing
from parceltrail.services.backends import PAGE
from parceltrail.simulator.network import Network

START = datetime(2026, 1, 5, 8, tzinfo=UTC)
DISPATCH_DAYS = 20
SWEEP_DAYS = 60


@dataclass(frozen=True)
class Due:
    number: str
    newest: datetime | None  # the newest scan by the sweep, None before the first

    def asks(self, now: datetime) -> bool:
        return self.newest is None or now - self.newest >= MAY_HAVE_STOPPED_AFTER


def requests(due: Sequence[Due], now: datetime, *, sort: bool, every_batch: bool) -> int:
    """gettracklist requests of one sweep over ``due`` (in tracking-number order)."""
    asked = 0
    for start in range(0, len(due), PAGE):
        page = list(due[start : start + PAGE])
        if sort:  # oldest news first, as quietest_first orders a page
            page.sort(key=lambda d: (d.newest or START, d.number))
        for at in range(0, len(page), BATCH_LIMIT):
            batch = page[at : at + BATCH_LIMIT]
            asked += every_batch or any(d.asks(now) for d in batch)
    return asked


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parcels", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    spacing = timedelta(days=DISPATCH_DAYS) / args.parcels
    journeys = Network(args.seed, lambda: START).dispatch(
        args.parcels, lambda i: START + i * spacing
    )
    window = Timing().push_within
    totals = {"every batch (before)": 0, "quiet batches": 0, "quiet batches, quietest first": 0}
    fetched = asking = 0
    for day in range(1, SWEEP_DAYS + 1):
        now = START + timedelta(days=day)
        due = []
        for journey in journeys:
            seen = [scan.at for scan in journey.scans if scan.at <= now]
            in_flight = journey.dispatched_at <= now < max(s.at for s in journey.scans)
            if in_flight and not any(now - window < at for at in seen):
                due.append(Due(journey.number, max(seen, default=None)))
        due.sort(key=lambda d: d.number)
        fetched += len(due)
        asking += sum(d.asks(now) for d in due)
        totals["every batch (before)"] += requests(due, now, sort=False, every_batch=True)
        totals["quiet batches"] += requests(due, now, sort=False, every_batch=False)
        totals["quiet batches, quietest first"] += requests(due, now, sort=True, every_batch=False)
    print(
        f"{args.parcels} parcels, {SWEEP_DAYS} daily sweeps, {fetched} numbers fetched, "
        f"{asking} ({100 * asking / max(1, fetched):.1f}%) quiet enough to ask"
    )
    print(f"gettrackinfo requests (batches): {totals['every batch (before)']}")
    for way, count in totals.items():
        print(f"gettracklist requests, {way}: {count}")


if __name__ == "__main__":
    main()
