"""Carrier data from verified sources (webhooks, pollers): events in, trackings started."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from parceltrail.domain.shipments import Shipment, VouchedStatus
from parceltrail.domain.tracking import TrackingEvent, normalize_tracking_number
from parceltrail.services.ports import TrackingUnitOfWork
from parceltrail.services.tracking import IngestResult, ingest


def receive(
    *,
    uow: TrackingUnitOfWork,
    tracking_number: str,
    carrier: str | None,
    events: Sequence[TrackingEvent],
    now: datetime,
    vouched: VouchedStatus | None = None,
    carrier_eta: date | None = None,
) -> IngestResult:
    """Store a verified source's events, its own overall status (``vouched``) and the day the
    carrier expects to deliver (``carrier_eta``: the latest named wins, none keeps it); a number
    parceltrail does not know starts a tracking (even a delivery without events, "pending")."""
    number = normalize_tracking_number(tracking_number)
    shipment = None
    if number:
        shipment = start_tracking(
            uow=uow, tracking_number=tracking_number, carrier=carrier, now=now
        )
    result = ingest(
        uow=uow,
        actor=None,
        events=list(enumerate(events)),
        now=now,
        create_unknown=True,
        vouched={number: vouched} if vouched is not None and number else None,
    )
    if shipment is not None and shipment.estimated_by_carrier(carrier_eta):
        uow.shipments.set_carrier_eta(shipment)
    return result


def start_tracking(
    *, uow: TrackingUnitOfWork, tracking_number: str, carrier: str | None, now: datetime
) -> Shipment:
    """A standalone tracking for a number (found if it exists), to be polled from its carrier."""
    number = normalize_tracking_number(tracking_number)
    existing = uow.shipments.by_numbers([number]).get(number)
    if existing is not None:
        return existing
    shipment = Shipment.new(number, carrier)
    uow.shipments.add(shipment, now)
    return shipment


def continue_under(
    *,
    uow: TrackingUnitOfWork,
    tracking_number: str,
    new_number: str,
    carrier: str | None,
    now: datetime,
) -> Shipment | None:
    """The carrier handed the parcel over under a new number: add that leg (once)."""
    number, new = normalize_tracking_number(tracking_number), normalize_tracking_number(new_number)
    shipment = uow.shipments.by_numbers([number]).get(number)
    if shipment is None or not new or any(leg.tracking_number == new for leg in shipment.legs):
        return shipment
    if uow.shipments.by_numbers([new]):
        return shipment  # the new number is already tracked on its own; never steal it
    uow.shipments.add_leg(shipment, shipment.add_leg(new, carrier), now)
    return shipment
