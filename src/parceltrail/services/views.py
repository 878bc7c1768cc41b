"""Read models the entry points render: plain data, already filtered for the viewer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from parceltrail.domain.health_records import HealthRecord
from parceltrail.domain.orders import Order
from parceltrail.domain.shipments import Shipment
from parceltrail.domain.status import to_17track, to_aftership
from parceltrail.domain.tracking import TrackingEvent


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def event_json(event: TrackingEvent, *, postal_code: bool = True) -> dict[str, Any]:
    """An event as the API shows it; ``postal_code`` False hides where exactly it happened."""
    return {
        "occurred_at": event.occurred_at.isoformat(),
        "utc_offset_minutes": event.utc_offset_minutes,
        "tracking_number": event.tracking_number,
        "status": event.sub_status.status.value if event.sub_status else None,
        "sub_status": event.sub_status.value if event.sub_status else None,
        "description": event.description,
        "location": {
            "city": event.location.city,
            "country": event.location.country,
            "postal_code": event.location.postal_code if postal_code else None,
        },
        "carrier": event.carrier,
        "code": event.raw_code,
        "source": event.source,
        "said_by": event.said_by,
    }


def shipment_json(shipment: Shipment) -> dict[str, Any]:
    state = shipment.state
    tag, subtag = to_aftership(state.sub_status)
    main17, sub17 = to_17track(state.sub_status)
    return {
        "id": shipment.id,
        "tracking_number": shipment.tracking_number,
        "carrier": shipment.carrier,
        "service": shipment.service,
        "legs": [
            {
                "sequence": leg.sequence,
                "tracking_number": leg.tracking_number,
                "carrier": leg.carrier,
            }
            for leg in shipment.legs
        ],
        "status": state.status.value,
        "sub_status": state.sub_status.value,
        "aftership": {"tag": tag, "subtag": subtag},
        "seventeentrack": {"status": main17, "sub_status": sub17},
        "milestones": [
            {"milestone": milestone.value, "reached_at": at.isoformat()}
            for milestone, at in sorted(state.milestones.items(), key=lambda item: item[1])
        ],
        "dispatched_at": _iso(shipment.dispatched_at),
        "last_event_at": _iso(state.last_event_at),
        "delivered_at": _iso(state.delivered_at),
        "event_count": state.event_count,
        "carrier_eta": shipment.carrier_eta.isoformat() if shipment.carrier_eta else None,
    }


def source_status_json(shipment: Shipment) -> dict[str, Any] | None:
    """The status the tracking's source vouches for, beside what the events say."""
    state = shipment.state
    if state.vouched is None:
        return None
    return {
        "source": state.vouched.source,
        "status": state.vouched.sub_status.status.value,
        "sub_status": state.vouched.sub_status.value,
        "reported_at": state.vouched.reported_at.isoformat(),
        "events_sub_status": state.said_by_events.value,
        "disagrees": state.disagreement,
    }


@dataclass(frozen=True)
class TrackingView:
    shipment: Shipment
    events: list[TrackingEvent]  # newest first
    order_reference: str | None
    order_id: str | None
    health: HealthRecord | None = None

    def to_json(self) -> dict[str, Any]:
        body = shipment_json(self.shipment)
        body["order"] = (
            {"id": self.order_id, "reference": self.order_reference} if self.order_id else None
        )
        if self.health is not None:
            body.update(self.health.to_json())
        body["source_status"] = source_status_json(self.shipment)
        # Postal codes near the destination locate the buyer: only the order's parties see them.
        parties = self.order_id is not None
        body["events"] = [event_json(event, postal_code=parties) for event in self.events]
        return body


@dataclass(frozen=True)
class OrderView:
    order: Order
    shipments: list[Shipment]
    buyer_email: str | None

    def to_json(self) -> dict[str, Any]:
        order = self.order
        return {
            "id": order.id,
            "reference": order.reference,
            "created_at": order.created_at.isoformat(),
            "buyer_email": self.buyer_email,
            "lines": [
                {"title": line.title, "quantity": line.quantity, "sku": line.sku}
                for line in order.lines
            ],
            "shipped": bool(self.shipments),
            "shipments": [shipment_json(shipment) for shipment in self.shipments],
        }
