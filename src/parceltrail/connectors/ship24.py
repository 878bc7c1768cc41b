"""Ship24 webhooks (topic ``tracking/events``), and the ``tracking`` object they share with
the API's results (connectors/backends/ship24.py).

Docs: https://docs.ship24.com/webhooks/overview and the ``receive-webhooks-tracking-results``
entry of Ship24's OpenAPI reference. Ship24 does not sign the body: it sends the webhook
secret of the dashboard in ``Authorization: Bearer <secret>``, compared here in constant
time. A delivery carries a ``trackings`` array: one tracking by default, several for
different shipments when the account groups updates (https://docs.ship24.com/webhooks/
delivery); each is read and stored, the first as the ``ParsedWebhook`` and the others in its
``more``. A grouped tracking naming no number becomes a rejection (``no_tracking_number``)
and the others are kept; a delivery in which none names one is refused (422).

Event times (``occurrenceDatetime``) are used as given when they carry an offset; a local
time without one is read in the shipment's country only when origin and destination are the
same country with one time zone (or, inside the US, when the event's ``location`` is a USPS
facility name whose state keeps one zone: "QUEENS NY DISTRIBUTION CENTER"), and is
otherwise rejected (``time_without_offset``) rather than stored with a guessed offset. The
shipment's ``statusMilestone`` is the status Ship24 vouches for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import Any

from parceltrail.connectors.backends.codes import carrier_codes
from parceltrail.connectors.base import (
    ParsedWebhook,
    PayloadInvalid,
    Rejection,
    check_signature,
    collect,
    header,
    load_object,
    obj,
    parse_time,
    secret_bytes,
    seq,
    text,
    tracking_number,
    vouched,
)
from parceltrail.connectors.countries import home_zone, local_zone, to_iso2
from parceltrail.connectors.facilities import facility_place
from parceltrail.domain.shipments import VouchedStatus
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import TrackingEvent, new_event

PROVIDER = "ship24"
ENV_VAR = "PARCELTRAIL_SHIP24_WEBHOOK_SECRET"
AUTH_HEADER = "Authorization"
# Trackings read from one delivery. Ship24 sends one by default and groups several only when
# asked to (https://docs.ship24.com/webhooks/delivery); more than this is refused whole.
MAX_TRACKINGS = 500

# Ship24's statusMilestone (https://docs.ship24.com/status#statusmilestone) as our sub-status.
MILESTONES: dict[str, SubStatus] = {
    "pending": SubStatus.PENDING,
    "info_received": SubStatus.INFO_RECEIVED,
    "in_transit": SubStatus.IN_TRANSIT,
    "out_for_delivery": SubStatus.OUT_FOR_DELIVERY,
    "failed_attempt": SubStatus.FAILED_ATTEMPT,
    "available_for_pickup": SubStatus.AVAILABLE_FOR_PICKUP,
    "delivered": SubStatus.DELIVERED,
    "exception": SubStatus.EXCEPTION,
}


def verify(headers: Mapping[str, str], *, secret: str) -> None:
    secret_bytes(secret, provider=PROVIDER, setting=ENV_VAR)
    check_signature(
        f"Bearer {secret}",
        header(headers, AUTH_HEADER),
        provider=PROVIDER,
        header_name=AUTH_HEADER,
    )


def parse(body: bytes, headers: Mapping[str, str], *, secret: str, now: datetime) -> ParsedWebhook:
    """Check the secret, then read one Ship24 delivery: one tracking, or several grouped."""
    verify(headers, secret=secret)
    return read(body, headers, now=now)


def read(body: bytes, headers: Mapping[str, str], *, now: datetime) -> ParsedWebhook:
    """Read a delivery whose secret was checked when it arrived."""
    payload = load_object(body, provider=PROVIDER)
    trackings = seq(payload.get("trackings"))
    if not trackings or len(trackings) > MAX_TRACKINGS:
        raise PayloadInvalid(
            f"a Ship24 delivery must hold 1 to {MAX_TRACKINGS} tracking objects in trackings, "
            f"not {len(trackings)}",
            provider=PROVIDER,
        )
    grouped = len(trackings) > 1
    parsed: list[ParsedWebhook] = []
    unusable: list[Rejection] = []
    for position, item in enumerate(trackings):
        try:
            one = _tracking(item, payload, now=now)
        except PayloadInvalid as exc:
            if not grouped:
                raise
            unusable.append(Rejection(0, "no_tracking_number", exc.message, tracking=position))
            continue
        if grouped:
            rejections = [replace(r, tracking=position) for r in one.rejections]
            one = replace(one, rejections=rejections)
        parsed.append(one)
    if not parsed:
        raise PayloadInvalid(
            f"none of the {len(trackings)} trackings of this Ship24 delivery names a tracking "
            "number (tracker.trackingNumber or shipment.trackingNumber)",
            provider=PROVIDER,
        )
    first, *others = parsed
    return replace(first, rejections=[*unusable, *first.rejections], more=tuple(others))


def _tracking(item: Any, payload: dict[str, Any], *, now: datetime) -> ParsedWebhook:
    """One ``trackings[]`` entry: its tracker, metadata, shipment and events."""
    if not isinstance(item, dict):
        raise PayloadInvalid("a Ship24 tracking must be a JSON object", provider=PROVIDER)
    tracker, metadata = obj(item.get("tracker")), obj(item.get("metadata"))
    number = tracking_number(
        _number_of(item),
        provider=PROVIDER,
        field_name="tracker.trackingNumber (or shipment.trackingNumber)",
    )
    events, rejections = tracking_events(item, number=number, now=now)
    return ParsedWebhook(
        provider=PROVIDER,
        tracking_number=number,
        events=events,
        rejections=rejections,
        delivery_id=text(metadata, "messageId"),
        event_type=text(metadata, "topic"),
        stopped=tracker.get("isSubscribed") is False,
        raw=payload,
        vouched=tracking_status(item, now=now),
    )


def _number_of(tracking: dict[str, Any]) -> Any:
    """The tracking number: ``tracker.trackingNumber``, else the shipment's, else the one every
    event names (the reference's webhook-history example sends no ``tracker``; its shipment
    and events carry ``trackingNumber``). Events naming different numbers name none."""
    found = obj(tracking.get("tracker")).get("trackingNumber")
    if found is None:
        found = obj(tracking.get("shipment")).get("trackingNumber")
    if found is None:
        named = {text(obj(event), "trackingNumber") for event in seq(tracking.get("events"))} - {
            None
        }
        found = named.pop() if len(named) == 1 else None
    return found


def courier(code: str | None) -> str | None:
    """parceltrail's carrier id for a Ship24 ``courierCode``; Ship24's own code where the map
    has none (kept rather than dropped: it still says who scanned)."""
    return carrier_codes(PROVIDER).ours(code) or code


def tracking_events(
    tracking: dict[str, Any], *, number: str, now: datetime
) -> tuple[list[TrackingEvent], list[Rejection]]:
    """The events of a ``tracking`` object (a webhook's, or a results answer's)."""
    shipment = obj(tracking.get("shipment"))
    origin = to_iso2(text(shipment, "originCountryCode"))
    destination = to_iso2(text(shipment, "destinationCountryCode"))
    domestic = origin if origin and origin == destination else None

    def build(event: dict[str, Any]) -> TrackingEvent:
        milestone = text(event, "statusMilestone")
        return new_event(
            tracking_number=number,
            occurred_at=parse_time(
                text(event, "occurrenceDatetime"), naive_zone=_zone(domestic, event)
            ),
            description=text(event, "status"),
            now=now,
            sub_status=MILESTONES.get(milestone or ""),
            city=text(event, "location"),
            country=domestic,
            carrier=courier(text(event, "courierCode")),
            raw_code=text(event, "statusCode") or milestone,
            source=PROVIDER,
        )

    return collect(seq(tracking.get("events")), build)


def _zone(domestic: str | None, event: dict[str, Any]) -> tzinfo | None:
    """Where a domestic shipment's time without offset was written: its country's zone, or
    in the US the zone of the state a USPS facility name in ``location`` holds."""
    if domestic == "US":
        facility = facility_place(text(event, "location"))
        return local_zone(domestic, facility.state if facility else None)
    return home_zone(domestic)


def tracking_status(tracking: dict[str, Any], *, now: datetime) -> VouchedStatus | None:
    """The shipment's ``statusMilestone`` as the status Ship24 vouches for (as of now: the
    answer gives no time for it)."""
    milestone = text(obj(tracking.get("shipment")), "statusMilestone")
    return vouched(PROVIDER, MILESTONES.get(milestone or ""), None, now=now)
