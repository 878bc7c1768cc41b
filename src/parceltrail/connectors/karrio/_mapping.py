"""karrio's tracking statuses and incident reasons, as parceltrail's sub-statuses.

karrio gives each event a ``status`` (a ``TrackingStatus`` name, or None when the
carrier's code is not in karrio's table) and sometimes a ``reason`` (a
``TrackingIncidentReason`` name). Three kinds of status:

- decisive: the status alone says what happened (delivered, out for delivery, ...);
- incidents (on hold, delayed, failed delivery): the reason says which incident, then the
  event's text when it names more than movement, then the status's own fallback;
- generic: ``in_transit`` is karrio's default for any movement, and None, ``unknown`` or a
  name this table does not know say nothing; the reason, then the event's text
  (``domain.text.classify``) decide, and only ``in_transit`` falls back to in transit.

karrio's extensions attach a reason by event code alone, and codes collide (UPS ``AR`` is
an arrival scan and, in karrio's reason table, "access restricted"), so a reason is not
read on an ``in_transit`` event: there the text decides.
"""

from __future__ import annotations

from parceltrail.domain.status import SubStatus
from parceltrail.domain.text import classify

DECISIVE: dict[str, SubStatus] = {
    "pending": SubStatus.INFO_RECEIVED,  # label created, the carrier has not seen the parcel
    "picked_up": SubStatus.ACCEPTED,
    "out_for_delivery": SubStatus.OUT_FOR_DELIVERY,
    "ready_for_pickup": SubStatus.AVAILABLE_FOR_PICKUP,
    "delivered": SubStatus.DELIVERED,
    "return_to_sender": SubStatus.RETURNING,
    "cancelled": SubStatus.CANCELLED,
}

INCIDENT_FALLBACK: dict[str, SubStatus] = {
    "on_hold": SubStatus.EXCEPTION,
    "delivery_delayed": SubStatus.DELAYED,
    "delivery_failed": SubStatus.FAILED_ATTEMPT,
}

GENERIC_FALLBACK: dict[str, SubStatus | None] = {
    "in_transit": SubStatus.IN_TRANSIT,
    "unknown": None,
}

_DELAYS = (
    "carrier_sorting_error carrier_not_enough_time carrier_vehicle_issue "
    "carrier_capacity_exceeded carrier_mechanical_delay weather_delay natural_disaster "
    "force_majeure"
)
_MISSED = (
    "consignee_not_home consignee_not_available consignee_business_closed "
    "consignee_access_restricted consignee_safe_place_unavailable "
    "consignee_verification_failed"
)
_CUSTOMS = (
    "customs_delay customs_documentation customs_duties_unpaid customs_prohibited "
    "customs_inspection"
)
_SHIPPER = (
    "retailer_not_ready retailer_incorrect_parcel retailer_incorrect_dimensions "
    "retailer_packaging_issue parcel_being_researched security_issue regulatory_hold"
)

REASONS: dict[str, SubStatus] = {
    **dict.fromkeys(_DELAYS.split(), SubStatus.DELAYED),
    **dict.fromkeys(_MISSED.split(), SubStatus.FAILED_ATTEMPT),
    **dict.fromkeys(_CUSTOMS.split(), SubStatus.CUSTOMS_HELD),
    **dict.fromkeys(_SHIPPER.split(), SubStatus.EXCEPTION),
    "carrier_damaged_parcel": SubStatus.DAMAGED,
    "carrier_parcel_lost": SubStatus.LOST,
    "carrier_address_not_found": SubStatus.ADDRESS_ISSUE,
    "consignee_incorrect_address": SubStatus.ADDRESS_ISSUE,
    "retailer_incorrect_data": SubStatus.ADDRESS_ISSUE,
    "consignee_refused": SubStatus.REFUSED,
    "consignee_cancelled": SubStatus.CANCELLED,
    "retailer_cancelled": SubStatus.CANCELLED,
}


def from_karrio(
    status: str | None, reason: str | None, description: str | None
) -> SubStatus | None:
    """One karrio event's status, reason and text as our sub-status; None when nothing says."""
    if status in DECISIVE:
        return DECISIVE[status]
    if reason in REASONS and status != "in_transit":
        return REASONS[reason]
    classified = classify(description) if description else None
    found = classified.sub_status if classified else None
    if status in INCIDENT_FALLBACK:
        # plain movement in the text does not undo the incident karrio saw
        vague = found in (None, SubStatus.IN_TRANSIT)
        return INCIDENT_FALLBACK[status] if vague else found
    return found or GENERIC_FALLBACK.get(status or "")
