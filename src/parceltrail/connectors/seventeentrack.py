"""17TRACK API v2.2 webhooks: verify the ``sign`` header, read ``track_info`` events.

Docs: https://api.17track.net/en/doc?version=v2.2 (section "Webhook"). ``sign`` is the
lowercase hex SHA-256 (a plain hash, not an HMAC) of the raw body, "/", and the account's
API key. The body is ``{"event": "TRACKING_UPDATED" | "TRACKING_STOPPED", "data": {...}}``;
``data.track_info.tracking.providers[].events[]`` carry ``time_iso`` (local, with offset),
``time_utc``, ``description``, ``location``, ``stage`` (a milestone such as ``PickedUp``)
and ``sub_status`` (such as ``InTransit_PickedUp``). A TRACKING_STOPPED delivery has no
``track_info``: 17TRACK stopped following the number.

17TRACK gives no delivery id, so ``delivery_id`` is None; replays are harmless anyway
because every event has a stable key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from parceltrail.connectors.base import (
    ParsedWebhook,
    Rejection,
    check_signature,
    collect,
    header,
    load_object,
    located,
    obj,
    parse_day,
    parse_time,
    place,
    secret_bytes,
    seq,
    text,
    tracking_number,
    vouched,
)
from parceltrail.connectors.countries import local_zone, to_iso2
from parceltrail.connectors.facilities import us_town_and_state
from parceltrail.domain.errors import InvalidEvent
from parceltrail.domain.shipments import VouchedStatus
from parceltrail.domain.status import SEVENTEEN_TRACK, SubStatus
from parceltrail.domain.tracking import TrackingEvent, new_event

PROVIDER = "17track"
SIGNATURE_HEADER = "sign"
ENV_VAR = "PARCELTRAIL_17TRACK_API_KEY"
STOPPED_EVENT = "TRACKING_STOPPED"


# --- 17TRACK's main/sub status read as our sub-status (the way out is domain.status.to_17track)

_SEVENTEEN_TRACK_SUB_IN: dict[str, SubStatus] = {
    **{
        sub17: sub
        for sub, (_, sub17) in SEVENTEEN_TRACK.items()
        if sub is not SubStatus.HANDED_OVER
    },
    "NotFound_InvalidCode": SubStatus.PENDING,
    "DeliveryFailure_NoBody": SubStatus.FAILED_ATTEMPT,
    "DeliveryFailure_Security": SubStatus.FAILED_ATTEMPT,
    "DeliveryFailure_Rejected": SubStatus.REFUSED,
    "Exception_NoBody": SubStatus.EXCEPTION,
    "Exception_Security": SubStatus.EXCEPTION,
    "Exception_Destroyed": SubStatus.LOST,
}

_SEVENTEEN_TRACK_MAIN_IN: dict[str, SubStatus] = {
    "NotFound": SubStatus.PENDING,
    "InfoReceived": SubStatus.INFO_RECEIVED,
    "InTransit": SubStatus.IN_TRANSIT,
    "Expired": SubStatus.EXPIRED,
    "AvailableForPickup": SubStatus.AVAILABLE_FOR_PICKUP,
    "OutForDelivery": SubStatus.OUT_FOR_DELIVERY,
    "DeliveryFailure": SubStatus.FAILED_ATTEMPT,
    "Delivered": SubStatus.DELIVERED,
    "Exception": SubStatus.EXCEPTION,
}


def from_17track(main: str | None, sub_status: str | None) -> SubStatus | None:
    """17TRACK's main/sub status as our sub-status; None when neither is known."""
    if sub_status and sub_status in _SEVENTEEN_TRACK_SUB_IN:
        return _SEVENTEEN_TRACK_SUB_IN[sub_status]
    if main and main in _SEVENTEEN_TRACK_MAIN_IN:
        return _SEVENTEEN_TRACK_MAIN_IN[main]
    return None


# Milestone stages of an event, as (main status, sub-status) for from_17track.
_STAGE: dict[str, tuple[str, str | None]] = {
    "InfoReceived": ("InfoReceived", "InfoReceived"),
    "PickedUp": ("InTransit", "InTransit_PickedUp"),
    "Departure": ("InTransit", "InTransit_Departure"),
    "Arrival": ("InTransit", "InTransit_Arrival"),
    "AvailableForPickup": ("AvailableForPickup", None),
    "OutForDelivery": ("OutForDelivery", None),
    "Delivered": ("Delivered", None),
    "Returning": ("Exception", "Exception_Returning"),
    "Returned": ("Exception", "Exception_Returned"),
}


def sign(body: bytes, api_key: str) -> str:
    """The signature 17TRACK sends for this body."""
    return hashlib.sha256(body + b"/" + api_key.encode("utf-8")).hexdigest()


def verify(body: bytes, headers: Mapping[str, str], *, secret: str) -> None:
    secret_bytes(secret, provider=PROVIDER, setting=ENV_VAR)
    received = header(headers, SIGNATURE_HEADER)
    lowered = received.lower() if received is not None else None
    check_signature(sign(body, secret), lowered, provider=PROVIDER, header_name=SIGNATURE_HEADER)


def parse(body: bytes, headers: Mapping[str, str], *, secret: str, now: datetime) -> ParsedWebhook:
    """Verify, then read one 17TRACK delivery; ``secret`` is the 17TRACK API key."""
    verify(body, headers, secret=secret)
    return read(body, headers, now=now)


def carrier_eta(track_info: dict[str, Any]) -> date | None:
    """The carrier's estimated delivery day: the end of its window, else its start."""
    eta = obj(obj(track_info.get("time_metrics")).get("estimated_delivery_date"))
    return parse_day(text(eta, "to")) or parse_day(text(eta, "from"))


def read(body: bytes, headers: Mapping[str, str], *, now: datetime) -> ParsedWebhook:
    """Read a delivery whose signature was verified when it arrived."""
    payload = load_object(body, provider=PROVIDER)
    data = obj(payload.get("data"))
    number = tracking_number(data.get("number"), provider=PROVIDER, field_name="data.number")
    carrier = text(data, "carrier")
    track_info = obj(data.get("track_info"))
    events, rejections = tracking_events(track_info, number=number, carrier=carrier, now=now)
    event_type = text(payload, "event")
    return ParsedWebhook(
        provider=PROVIDER,
        tracking_number=number,
        carrier=carrier,
        events=events,
        rejections=rejections,
        event_type=event_type,
        stopped=event_type == STOPPED_EVENT,
        carrier_eta=carrier_eta(track_info),
        raw=payload,
        vouched=latest_status(track_info, now=now),
    )


def tracking_events(
    track_info: dict[str, Any], *, number: str, carrier: str | None, now: datetime
) -> tuple[list[TrackingEvent], list[Rejection]]:
    """Every provider's events of a ``track_info`` (a webhook's, or gettrackinfo's)."""
    items = _flatten_events(track_info, default_carrier=carrier)

    def build(item: dict[str, Any]) -> TrackingEvent:
        return _event(item, number=number, now=now)

    return collect(items, build)


def latest_status(track_info: dict[str, Any], *, now: datetime) -> VouchedStatus | None:
    """17TRACK's ``latest_status`` as of its latest event's time."""
    latest = obj(track_info.get("latest_status"))
    main, sub = text(latest, "status"), text(latest, "sub_status")
    event = obj(track_info.get("latest_event"))
    return vouched(PROVIDER, from_17track(main, sub), text(event, "time_utc"), now=now)


def _flatten_events(track_info: dict[str, Any], *, default_carrier: str | None) -> list[Any]:
    """Every provider's events in one list, each tagged with the carrier key of its leg."""
    flat: list[Any] = []
    for provider in seq(obj(track_info.get("tracking")).get("providers")):
        leg = obj(provider)
        carrier = text(obj(leg.get("provider")), "key") or default_carrier
        for item in seq(leg.get("events")):
            flat.append({**item, "_carrier": carrier} if isinstance(item, dict) else item)
    return flat


def _event(item: dict[str, Any], *, number: str, now: datetime) -> TrackingEvent:
    sub_status, stage = text(item, "sub_status"), text(item, "stage")
    town, state, country = _address(item)
    city, country = located(place(town, state), text(item, "location"), country)
    return new_event(
        tracking_number=number,
        occurred_at=_occurred_at(item),
        description=text(item, "description"),
        now=now,
        sub_status=_sub_status(sub_status, stage),
        city=city,
        country=country,
        postal_code=text(obj(item.get("address")), "postal_code"),
        carrier=text(item, "_carrier"),
        raw_code=sub_status or stage,
        source=PROVIDER,
    )


def _occurred_at(item: dict[str, Any]) -> datetime:
    """The local time with its offset when given, else the UTC time, else the carrier's own
    ``time_raw`` (``date``, ``time`` and ``timezone``, each nullable) when both are null.
    A raw time without offset is read in the zone of the event's country (or US state) where
    that zone is knowable, as AfterShip's local times are, and is otherwise rejected."""
    local, utc = text(item, "time_iso"), text(item, "time_utc")
    if local is None and utc is None:
        return _raw_time(item)
    if local is not None:
        try:
            moment = parse_time(local)
        except InvalidEvent:
            if utc is None:
                raise
        else:
            if moment.utcoffset() is not None or utc is None:
                return moment
    return parse_time(utc, naive_zone=UTC)


def _raw_time(item: dict[str, Any]) -> datetime:
    raw = obj(item.get("time_raw"))
    day, clock, offset = text(raw, "date"), text(raw, "time"), text(raw, "timezone")
    if day is None:
        return parse_time(None)  # missing_time
    written = f"{day}T{clock}{offset or ''}" if clock else day
    _, state, country = _address(item)
    return parse_time(written, naive_zone=local_zone(country, state))


def _address(item: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """The event's city, state and country; in the US without a state, the city and state a
    USPS facility name in ``address.city`` or ``location`` holds ("LOS ANGELES CA
    INTERNATIONAL DISTRIBUTION CENTER")."""
    address = obj(item.get("address"))
    country = to_iso2(text(address, "country"))
    town, state = us_town_and_state(
        country, text(address, "city"), text(address, "state"), text(item, "location")
    )
    return town, state, country


def _sub_status(sub_status: str | None, stage: str | None) -> SubStatus | None:
    """The event's sub-status; its milestone stage wins where the sub-status is generic."""
    main = sub_status.split("_", 1)[0] if sub_status else None
    mapped = from_17track(main, sub_status)
    if stage is not None and stage in _STAGE and mapped in (None, SubStatus.IN_TRANSIT):
        return from_17track(*_STAGE[stage])
    return mapped
