"""What the health sweep stores per shipment, and how a shipment's lane is read from its events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from parceltrail.domain.eta import Eta, Lane
from parceltrail.domain.health import Health
from parceltrail.domain.shipments import Shipment
from parceltrail.domain.stages import StageContext
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import TrackingEvent

# Where a sweep stopped reading changed shipments: (updated_at, shipment id), a keyset.
Mark = tuple[datetime, str]
# A finished sweep marks a little before its start: an ingest that was still running may
# commit changes stamped earlier than that start, and they must not be skipped.
MARK_OVERLAP = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class HealthRecord:
    shipment_id: str
    health: Health
    eta: Eta | None
    lane: Lane
    assessed_at: datetime
    stage: StageContext | None = None  # computed when assessed, not stored

    def to_json(self) -> dict[str, Any]:
        health, eta = self.health, self.eta
        return {
            "health": {
                "problem": health.problem.value if health.problem else None,
                "trouble": health.is_trouble,
                "since": health.since.isoformat() if health.since else None,
                "explanation": health.explanation,
            },
            "eta": None
            if eta is None
            else {
                "earliest": eta.earliest.isoformat(),
                "likely": eta.likely.isoformat(),
                "latest": eta.latest.isoformat(),
                "basis": eta.basis.value,
                "measured_from": eta.measured_from,
                "samples": eta.samples,
                "lane": eta.lane.key() if eta.lane else None,
                "overdue": eta.overdue,
                "explanation": eta.explanation(),
            },
            "lane": {
                "origin": self.lane.origin,
                "destination": self.lane.destination,
                "carrier": self.lane.carrier,
                "service": self.lane.service,
            },
            "lane_context": self.stage.to_json() if self.stage else None,
        }


def lane_of(shipment: Shipment, history: Sequence[TrackingEvent]) -> Lane:
    """Origin: the first country seen; destination: where it arrived, or the last other country;
    carrier: the first leg's (the one that took the parcel in), with the shipment's service."""
    countries = [e.location.country for e in history if e.location.country]
    origin = countries[0] if countries else None
    arrived = [
        e.location.country
        for e in history
        if e.sub_status is SubStatus.ARRIVED_DESTINATION and e.location.country
    ]
    later = [c for c in countries if c != origin]
    destination = arrived[0] if arrived else (later[-1] if later else None)
    carrier = shipment.legs[0].carrier if shipment.legs else None
    return Lane(origin, destination, carrier, shipment.service)


def milestone_times(shipment: Shipment) -> dict[str, datetime]:
    return {milestone.value: at for milestone, at in shipment.state.milestones.items()}
