"""What happened, recorded by aggregates and carried out of a transaction by the outbox."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, ClassVar


@dataclass(frozen=True)
class DomainEvent:
    name: ClassVar[str] = "event"

    def payload(self) -> dict[str, Any]:
        """JSON-ready fields: times as ISO 8601."""
        return {
            key: value.isoformat() if isinstance(value, datetime) else value
            for key, value in asdict(self).items()
        }


@dataclass(frozen=True)
class OrderCreated(DomainEvent):
    name: ClassVar[str] = "order.created"
    order_id: str
    reference: str
    seller_id: str
    buyer_id: str


@dataclass(frozen=True)
class ShipmentDispatched(DomainEvent):
    name: ClassVar[str] = "shipment.dispatched"
    shipment_id: str
    order_id: str
    tracking_number: str
    carrier: str | None
    dispatched_at: datetime


@dataclass(frozen=True)
class LegAdded(DomainEvent):
    name: ClassVar[str] = "shipment.leg_added"
    shipment_id: str
    tracking_number: str
    carrier: str | None
    sequence: int


@dataclass(frozen=True)
class StatusChanged(DomainEvent):
    name: ClassVar[str] = "shipment.status_changed"
    shipment_id: str
    tracking_number: str
    previous_status: str
    status: str
    sub_status: str
    occurred_at: datetime | None


@dataclass(frozen=True)
class MilestoneReached(DomainEvent):
    name: ClassVar[str] = "shipment.milestone_reached"
    shipment_id: str
    tracking_number: str
    milestone: str
    occurred_at: datetime
