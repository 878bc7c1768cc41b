"""How many gettracklist requests (whether 17TRACK stopped a number) the 17TRACK fallback
fetches make, on the simulator's parcels.

    .venv/bin/python bench/seventeentrack_tracklist.py [--parcels 4000] [--seed 7]

Parcels are dispatched over the first 20 days, and the fetch sweep runs once a day for 60.
Each parcel is registered with 17TRACK at its dispatch and stays registered until its last
scan (when its journey ends and it is stopped); each scan reaches parceltrail by a push at
the scan's time, so a registration was last heard of at its newest scan. The sweep's own
rules then decide, as ``services.backends.fetch_silent`` applies them: which registered
numbers are due (``domain.backends.fetch_due``), read in pages of ``services.backends.PAGE``
in tracking-number order and fetched in batches of 40 (``services.backends.fetch_batches``),
and whether a number makes its batch ask gettracklist
(``connectors.backends.seventeentrack.may_have_stopped`` of its newest scan); a batch asks
once when any of its numbers does. Three ways are counted: every batch asks (before session
7); only batches with a quiet number, each page's due numbers in tracking-number order; and
the same quietest first (``domain.backends.quietest_first``, what the sweep does).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

from parceltrail.connectors.backends.seventeentrack import BATCH_LIMIT, NAME, may_have_stopped
from parceltrail.domain.backends import Registration, RegistrationState, Timing, quietest_first
from parceltrail.services.backends import PAGE, fetch_batches
from parceltrail.simulator.journey import Journey
from parceltrail.simulator.network import Network

START = datetime(2026, 1, 5, 8, tzinfo=UTC)
DISPATCH_DAYS = 20
SWEEP_DAYS = 60
Order = Callable[[Iterable[Registration]], list[Registration]]
WAYS: dict[str, tuple[Order, bool]] = {  # name: (order of a page's due numbers, every batch)
    "every batch (before)": (quietest_first, True),
    "quiet batches": (list, False),
    "quiet batches, quietest first": (quietest_first, False),
}


def registered(journeys: list[Journey], now: datetime) -> list[Registration]:
    """The numbers registered with 17TRACK at ``now``, in tracking-number order."""
    found = []
    for journey in journeys:
        if journey.dispatched_at <= now < max(scan.at for scan in journey.scans):
            heard = max((scan.at for scan in journey.scans if scan.at <= now), default=None)
            found.append(
                Registration(
                    shipment_id=journey.number,
                    tracking_number=journey.number,
                    carrier=None,
                    backend=NAME,
                    state=RegistrationState.REGISTERED,
                    priority=0,
                    created_at=journey.dispatched_at,
                    registered_at=journey.dispatched_at,
                    heard_at=heard,
                )
            )
    return sorted(found, key=lambda r: r.tracking_number)


def sweep(
    numbers: list[Registration], now: datetime, order: Order, every_batch: bool
) -> tuple[int, int, int]:
    """One fetch sweep: (numbers fetched, of them quiet enough to ask, gettracklist requests)."""
    fetched = quiet = asked = 0
    for start in range(0, len(numbers), PAGE):
        page = numbers[start : start + PAGE]
        for batch in fetch_batches(
            page, now=now, timing=Timing(), batch_limit=BATCH_LIMIT, order=order
        ):
            asks = [may_have_stopped(r.heard_at, now) for r in batch]
            fetched += len(batch)
            quiet += sum(asks)
            asked += every_batch or any(asks)
    return fetched, quiet, asked


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parcels", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    spacing = timedelta(days=DISPATCH_DAYS) / args.parcels
    journeys = Network(args.seed, lambda: START).dispatch(
        args.parcels, lambda i: START + i * spacing
    )
    totals = dict.fromkeys(WAYS, 0)
    fetched = asking = 0
    for day in range(1, SWEEP_DAYS + 1):
        now = START + timedelta(days=day)
        numbers = registered(journeys, now)
        for way, (order, every_batch) in WAYS.items():
            day_fetched, day_quiet, asked = sweep(numbers, now, order, every_batch)
            totals[way] += asked
        fetched += day_fetched
        asking += day_quiet
    print(
        f"{args.parcels} parcels, {SWEEP_DAYS} daily sweeps, {fetched} numbers fetched, "
        f"{asking} ({100 * asking / max(1, fetched):.1f}%) quiet enough to ask"
    )
    print(f"gettrackinfo requests (batches): {totals['every batch (before)']}")
    for way, count in totals.items():
        print(f"gettracklist requests, {way}: {count}")


if __name__ == "__main__":
    main()
