"""Carrier data from verified sources (webhooks, pollers): events in, trackings started."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from parceltrail.domain.ids import new_id
from parceltrail.domain.shipments import Leg, Shipment
from parceltrail.domain.tracking import TrackingEvent, normalize_tracking_number
from parceltrail.services.ports import UnitOfWork
from parceltrail.services.tracking import IngestResult, ingest


def receive(
    *,
    uow: UnitOfWork,
    tracking_number: str,
    carrier: str | None,
    events: Sequence[TrackingEvent],
    now: datetime,
) -> IngestResult:
    """Store a verified source's events; a number parceltrail does not know starts a tracking."""
    number = normalize_tracking_number(tracking_number)
    if number and not uow.shipments.by_numbers([number]):
        shipment = Shipment(
            id=new_id("shp"), order_id=None, legs=[Leg(1, number, carrier)], dispatched_at=None
        )
        uow.shipments.add(shipment, now)
    return ingest(uow=uow, actor=None, events=list(enumerate(events)), now=now, create_unknown=True)
