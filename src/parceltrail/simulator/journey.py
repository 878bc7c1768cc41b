"""One parcel's whole journey, drawn from a seed: the same seed and index give the same parcel.

A journey is a list of carrier scans with their times; the network shows each scan once its
time has passed on the simulated clock. Stages follow lanes.md §3: label created, first scan
after 24-72 h [S74], origin sorting and export 2-7 d [S93], line-haul (the rest of the lane's
end-to-end time), import customs 1-3 d [S27][S67] with occasional holds, handover to the
destination post under a new number [S62][S63], last mile [S111][S27], then delivery, a
failed attempt and a pickup point, a return after the storage period, or a loss.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from parceltrail.domain.numbers.checkdigits import compute_s10
from parceltrail.simulator.lanes import (
    CN_OFFSET_HOURS,
    LANES,
    LOSS_RATE,
    ORIGIN_CARRIER,
    ORIGIN_HUBS,
    SERVICES,
    UNCOLLECTED_RATE,
    Lane,
)
from parceltrail.simulator.scans import Scan, ScanWriter

_Z90 = 1.2816  # standard normal 90th percentile
SERVICE_MIX = {"premium": 2, "standard": 6, "economy": 2}


@dataclass(frozen=True, slots=True)
class Journey:
    index: int
    number: str  # the origin carrier's number, the one the seller dispatches
    lane: Lane
    service: str
    dispatched_at: datetime
    scans: tuple[Scan, ...]
    outcome: str  # delivered | returned | lost
    dest_number: str | None = None
    numbers: tuple[str, ...] = field(default=())

    def visible(self, number: str, now: datetime) -> list[Scan]:
        """The scans of one number that have happened by ``now``, oldest first."""
        return [scan for scan in self.scans if scan.number == number and scan.at <= now]

    def milestones(self) -> set[str]:
        return {scan.code for scan in self.scans}


def transit_days(rng: random.Random, lane: Lane, service: str) -> float:
    """End-to-end days from the lane's log-normal (median and 90th percentile)."""
    transit = lane.transit[service]
    sigma = math.log(transit.p90_days / transit.median_days) / _Z90
    return transit.median_days * math.exp(rng.gauss(0.0, sigma))


def origin_number(seed: int, index: int, rng: random.Random) -> str:
    return f"LP{seed % 10**4:04d}{index:08d}{rng.randrange(100):02d}"


def destination_number(seed: int, index: int, lane: Lane) -> str:
    serial = f"{(index * 7919 + seed * 104729) % 10**8:08d}"
    return f"LA{serial}{compute_s10(serial)}{lane.country}"


def pick_lane(rng: random.Random, countries: tuple[str, ...] | None = None) -> Lane:
    lanes = [LANES[c] for c in countries] if countries else list(LANES.values())
    return rng.choices(lanes, weights=[lane.weight for lane in lanes])[0]


def generate(
    seed: int,
    index: int,
    dispatched_at: datetime,
    *,
    countries: tuple[str, ...] | None = None,
    service: str | None = None,
) -> Journey:
    """The journey of parcel ``index`` of network ``seed`` dispatched at ``dispatched_at``."""
    rng = random.Random(f"parceltrail-sim:{seed}:{index}")
    lane = pick_lane(rng, countries)
    chosen = service or rng.choices(SERVICES, weights=[SERVICE_MIX[s] for s in SERVICES])[0]
    number = origin_number(seed, index, rng)
    dest = destination_number(seed, index, lane)
    writer = ScanWriter(rng, dispatched_at)
    outcome = _write(writer, rng, lane, chosen, number, dest)
    scans = tuple(sorted(writer.scans, key=lambda scan: scan.at))
    return Journey(
        index=index,
        number=number,
        lane=lane,
        service=chosen,
        dispatched_at=dispatched_at,
        scans=scans,
        outcome=outcome,
        dest_number=dest if any(s.number == dest for s in scans) else None,
        numbers=tuple(dict.fromkeys(scan.number for scan in scans)),
    )


def _write(
    w: ScanWriter, rng: random.Random, lane: Lane, service: str, number: str, dest: str
) -> str:
    total = transit_days(rng, lane, service) * 24
    speed = 0.5 if service == "premium" else 1.0
    hub, cn = rng.choice(ORIGIN_HUBS)
    lost_at = rng.randrange(4) if rng.random() < LOSS_RATE else None
    w.at_cn(number, ORIGIN_CARRIER, hub, cn)
    w.scan("INFO", "Order information received by the carrier", hours=0)
    w.scan("ACCEPT", "Parcel accepted by the carrier", hours=rng.uniform(24, 72) * speed)
    w.scan("SORT_IN", "Arrived at sorting center", hours=rng.uniform(3, 12))
    w.scan("SORT_OUT", "Departed from sorting center", hours=rng.uniform(2, 8))
    if lost_at == 0:
        return w.lose()
    w.scan("EXPORT_START", "Export customs clearance started", hours=rng.uniform(24, 96) * speed)
    w.scan("EXPORT_DONE", "Export customs clearance complete", hours=rng.uniform(4, 14))
    w.scan("DEPART", "Departed from departure country/region", hours=rng.uniform(6, 30))
    if lost_at == 1:
        return w.lose()
    spent = w.elapsed_hours()
    last_mile = rng.uniform(*lane.last_mile_days) * 24
    customs = rng.uniform(24, 72)
    haul = max(36.0, total - spent - last_mile - customs - 24)
    w.at_dest(lane)
    w.scan("ARRIVE", "Arrived at destination country/region", hours=haul)
    w.scan("IMPORT_START", "Import customs clearance started", hours=rng.uniform(2, 12))
    if rng.random() < lane.customs_hold:
        w.scan(
            "IMPORT_HOLD",
            "Held by import customs: documents or duties required",
            hours=rng.uniform(4, 24),
        )
        w.wait(rng.uniform(*lane.hold_days) * 24)
    if lost_at == 2:
        return w.lose()
    w.scan("IMPORT_DONE", "Import customs clearance complete", hours=customs)
    w.scan(
        "HANDOVER",
        f"Handed over to {lane.post_name}, new tracking number {dest}",
        hours=rng.uniform(6, 24),
        handover=(dest, lane.post),
    )
    return _last_mile(w, rng, lane, dest, last_mile, lost=lost_at == 3)


def _last_mile(
    w: ScanWriter, rng: random.Random, lane: Lane, dest: str, hours: float, *, lost: bool
) -> str:
    w.on(dest, lane.post, rng.choice(lane.cities))
    w.scan("DEST_SORT", f"Received by {lane.post_name}", hours=rng.uniform(2, 10))
    w.scan("DEST_OFFICE", "Arrived at the delivery office", hours=hours, workday=(5, 7))
    if lost:
        return w.lose()
    if rng.random() < lane.pickup_share:
        w.scan(
            "PICKUP_READY",
            "Available for collection at the pickup point",
            hours=rng.uniform(2, 6),
            workday=(9, 18),
        )
        return _collect(w, rng, lane)
    w.scan("OFD", "Out for delivery", hours=rng.uniform(1, 3), workday=(7, 10))
    if rng.random() < lane.first_attempt_success:
        w.scan("DELIVERED", "Delivered", hours=rng.uniform(1, 8), workday=(10, 19))
        return "delivered"
    w.scan(
        "ATTEMPT",
        "Delivery attempted: recipient not at home, notice left",
        hours=rng.uniform(1, 8),
        workday=(10, 19),
    )
    if rng.random() < 0.5:
        w.scan(
            "OFD", "Out for delivery (second attempt)", hours=rng.uniform(16, 30), workday=(7, 10)
        )
        w.scan("DELIVERED", "Delivered", hours=rng.uniform(1, 8), workday=(10, 19))
        return "delivered"
    w.scan(
        "PICKUP_READY",
        "Available for collection at the post office",
        hours=rng.uniform(12, 30),
        workday=(9, 18),
    )
    return _collect(w, rng, lane)


def _collect(w: ScanWriter, rng: random.Random, lane: Lane) -> str:
    if rng.random() >= UNCOLLECTED_RATE:
        w.scan(
            "DELIVERED",
            "Collected by the recipient",
            hours=rng.uniform(4, 24 * min(7, lane.storage_days)),
            workday=(9, 19),
        )
        return "delivered"
    w.scan(
        "RETURNING",
        "Not collected within the storage period; returning to sender",
        hours=lane.storage_days * 24.0,
        workday=(8, 12),
    )
    w.scan("RETURNED", "Returned to sender", hours=rng.uniform(10, 25) * 24, workday=(9, 17))
    return "returned"


def utc_offset(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


__all__ = ["CN_OFFSET_HOURS", "Journey", "generate", "utc_offset"]
