"""AfterShip Tracking webhooks: verify ``aftership-hmac-sha256``, read ``msg`` checkpoints.

Docs: https://www.aftership.com/docs/tracking/webhook/webhook-signature and
https://www.aftership.com/docs/tracking/webhook/webhook-specifications. The signature is
base64(HMAC-SHA256(webhook secret, raw body)). Other AfterShip products (Returns,
Warranty, Shipping) sign under other headers and are not accepted here.

``checkpoint_time`` is the carrier's local time at the checkpoint. AfterShip documents four
forms: empty, ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM:SS`` and the same with an offset. With an
offset it is used as is. Without one, the time is read in the checkpoint country's time
zone when that country has one, or in its US state's when the state keeps one
(``countries.local_zone``); a checkpoint without country is placed by a domestic tracking's
country. A US checkpoint without state whose ``city`` is a USPS facility name ("WEST PALM
BEACH FL DISTRIBUTION CENTER") takes its city and state from the name
(``facilities.us_town_and_state``). A date alone is read as noon there. Where the zone is
unknowable (no country; the United States without a state read in one zone; Canada,
Russia...) the checkpoint is rejected with ``time_without_offset`` rather than stored with
an invented offset.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from typing import Any

from parceltrail.connectors.base import (
    ParsedWebhook,
    PayloadInvalid,
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
from parceltrail.connectors.countries import local_zone, region_zone, to_iso2
from parceltrail.connectors.facilities import us_town_and_state
from parceltrail.domain.shipments import VouchedStatus
from parceltrail.domain.status import AFTERSHIP_SUBTAG, SubStatus
from parceltrail.domain.tracking import TrackingEvent, new_event

PROVIDER = "aftership"
SIGNATURE_HEADER = "aftership-hmac-sha256"
ENV_VAR = "PARCELTRAIL_AFTERSHIP_WEBHOOK_SECRET"


# --- AfterShip's tag/subtag read as our sub-status (the way out is domain.status.to_aftership)

# Incoming subtags that have no sub-status of their own fold onto the nearest one.
_AFTERSHIP_SUBTAG_IN: dict[str, SubStatus] = {
    **{subtag: sub for sub, subtag in AFTERSHIP_SUBTAG.items() if sub is not SubStatus.HANDED_OVER},
    "InTransit_003": SubStatus.IN_TRANSIT,  # an arrival scan, not a handover
    "InTransit_008": SubStatus.IN_TRANSIT,
    "InTransit_009": SubStatus.IN_TRANSIT,
    "OutForDelivery_003": SubStatus.OUT_FOR_DELIVERY,
    "OutForDelivery_004": SubStatus.OUT_FOR_DELIVERY,
    "AttemptFail_002": SubStatus.FAILED_ATTEMPT,
    "AttemptFail_003": SubStatus.FAILED_ATTEMPT,
    "Delivered_002": SubStatus.DELIVERED,
    "Delivered_003": SubStatus.DELIVERED,
    "Delivered_004": SubStatus.DELIVERED,
    "Delivered_005": SubStatus.DELIVERED,
    "Exception_002": SubStatus.ADDRESS_ISSUE,
    "Exception_006": SubStatus.CUSTOMS_HELD,
    "Exception_008": SubStatus.EXCEPTION,
    "Exception_009": SubStatus.EXCEPTION,  # rejected by the carrier, not by the recipient
    "Exception_016": SubStatus.DELAYED,
    "Exception_017": SubStatus.DELAYED,
    "Exception_018": SubStatus.CUSTOMS_HELD,
    "Exception_019": SubStatus.DELAYED,
    "Exception_021": SubStatus.LOST,
}

_DEPARTURE_SCAN = "InTransit_007"

_AFTERSHIP_TAG_IN: dict[str, SubStatus] = {
    "Pending": SubStatus.PENDING,
    "InfoReceived": SubStatus.INFO_RECEIVED,
    "InTransit": SubStatus.IN_TRANSIT,
    "OutForDelivery": SubStatus.OUT_FOR_DELIVERY,
    "AttemptFail": SubStatus.FAILED_ATTEMPT,
    "AvailableForPickup": SubStatus.AVAILABLE_FOR_PICKUP,
    "Delivered": SubStatus.DELIVERED,
    "Exception": SubStatus.EXCEPTION,
    "Expired": SubStatus.EXPIRED,
}


def from_aftership(tag: str | None, subtag: str | None) -> SubStatus | None:
    """AfterShip's tag/subtag as our sub-status; None when neither is known."""
    if subtag and subtag in _AFTERSHIP_SUBTAG_IN:
        return _AFTERSHIP_SUBTAG_IN[subtag]
    if tag and tag in _AFTERSHIP_TAG_IN:
        return _AFTERSHIP_TAG_IN[tag]
    return None


def sign(body: bytes, secret: str) -> str:
    """The signature AfterShip sends for this body."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def verify(body: bytes, headers: Mapping[str, str], *, secret: str) -> None:
    secret_bytes(secret, provider=PROVIDER, setting=ENV_VAR)
    received = header(headers, SIGNATURE_HEADER)
    check_signature(sign(body, secret), received, provider=PROVIDER, header_name=SIGNATURE_HEADER)


def parse(body: bytes, headers: Mapping[str, str], *, secret: str, now: datetime) -> ParsedWebhook:
    """Verify, then read one AfterShip delivery (tracking_update, edd_revise, ...)."""
    verify(body, headers, secret=secret)
    return read(body, headers, now=now)


def read(body: bytes, headers: Mapping[str, str], *, now: datetime) -> ParsedWebhook:
    """Read a delivery whose signature was verified when it arrived."""
    payload = load_object(body, provider=PROVIDER)
    msg = payload.get("msg")
    if not isinstance(msg, dict):
        raise PayloadInvalid("the AfterShip webhook has no msg object", provider=PROVIDER)
    number = tracking_number(
        msg.get("tracking_number"), provider=PROVIDER, field_name="msg.tracking_number"
    )
    slug = text(msg, "slug")
    events, rejections = tracking_events(msg, number=number, now=now)
    return ParsedWebhook(
        provider=PROVIDER,
        tracking_number=number,
        carrier=slug,
        events=events,
        rejections=rejections,
        delivery_id=text(payload, "event_id"),
        event_type=text(payload, "event"),
        stopped=msg.get("active") is False,
        carrier_eta=carrier_eta(msg),
        raw=payload,
        vouched=tracking_status(msg, now=now),
    )


def tracking_events(
    tracking: dict[str, Any], *, number: str, now: datetime
) -> tuple[list[TrackingEvent], list[Rejection]]:
    """The checkpoints of an AfterShip tracking object (a webhook's ``msg``, or the API's
    ``data``) as events."""
    slug = text(tracking, "slug")
    route = _route(tracking)

    def build(checkpoint: dict[str, Any]) -> TrackingEvent:
        return _event(checkpoint, number=number, slug=slug, route=route, now=now)

    return collect(seq(tracking.get("checkpoints")), build)


def _route(tracking: dict[str, Any]) -> tuple[str | None, str | None]:
    """The tracking's origin and destination countries: ``*_country_iso3`` in v4,
    ``*_country_region`` in the versioned API."""
    origin = text(tracking, "origin_country_region") or text(tracking, "origin_country_iso3")
    destination = text(tracking, "destination_country_region") or text(
        tracking, "destination_country_iso3"
    )
    return to_iso2(origin), to_iso2(destination)


def tracking_status(tracking: dict[str, Any], *, now: datetime) -> VouchedStatus | None:
    """The tracking's own ``tag``/``subtag`` as the status AfterShip vouches for."""
    sub = from_aftership(text(tracking, "tag"), text(tracking, "subtag"))
    return vouched(PROVIDER, sub, text(tracking, "updated_at"), now=now)


def _event(
    checkpoint: dict[str, Any],
    *,
    number: str,
    slug: str | None,
    route: tuple[str | None, str | None],
    now: datetime,
) -> TrackingEvent:
    country = to_iso2(text(checkpoint, "country_region") or text(checkpoint, "country_iso3"))
    tag, subtag = text(checkpoint, "tag"), text(checkpoint, "subtag")
    origin, destination = route
    town, state = _town_and_state(checkpoint, _country(country, origin, destination))
    city = place(town, state)
    sub_status = from_aftership(tag, subtag)
    if subtag == _DEPARTURE_SCAN and origin and country == destination not in (None, origin):
        # InTransit_007 is any facility's departure scan; in the destination country of an
        # international parcel it is not the departure from the origin.
        sub_status = SubStatus.IN_TRANSIT
    place_line, placed_in = located(city, text(checkpoint, "location"), country)
    return new_event(
        tracking_number=number,
        occurred_at=parse_time(
            text(checkpoint, "checkpoint_time"),
            naive_zone=_zone(placed_in, state, origin, destination),
        ),
        description=text(checkpoint, "message") or text(checkpoint, "subtag_message"),
        now=now,
        sub_status=sub_status,
        city=place_line,
        country=placed_in,
        # "postal_code" since the 2026-01 version; "zip" before it.
        postal_code=text(checkpoint, "postal_code") or text(checkpoint, "zip"),
        carrier=text(checkpoint, "slug") or slug,
        raw_code=subtag or tag,
        source=PROVIDER,
    )


def _town_and_state(
    checkpoint: dict[str, Any], country: str | None
) -> tuple[str | None, str | None]:
    """The checkpoint's city and state; for a US one without state, those in a USPS
    facility name given as its city (or location), as USPS scans give them."""
    return us_town_and_state(
        country, text(checkpoint, "city"), text(checkpoint, "state"), text(checkpoint, "location")
    )


def _country(country: str | None, origin: str | None, destination: str | None) -> str | None:
    """The checkpoint's country, else the tracking's when it is domestic or has no known
    destination (as ``_zone`` places it)."""
    if country is None and destination in (origin, None):
        return origin
    return country


def _zone(
    country: str | None, state: str | None, origin: str | None, destination: str | None
) -> tzinfo | None:
    """Where a checkpoint's time without offset was written: its country, narrowed by its
    state where the country has several zones. A checkpoint naming no country is taken to be
    in the tracking's country when origin and destination are the same, and in its origin's
    state when the destination is unknown and the state names one (AfterShip's own SDK
    records FedEx checkpoints with no country but ``state`` "NJ", on a tracking from the USA
    to an unnamed destination)."""
    if country is None and origin is not None:
        if destination == origin:
            country = origin
        elif destination is None:
            return region_zone(origin, state)
    return local_zone(country, state)


def carrier_eta(msg: dict[str, Any]) -> date | None:
    """The carrier's promised day: ``expected_delivery``, or the newer courier EDD object."""
    newer = obj(msg.get("courier_estimated_delivery_date"))
    return parse_day(text(msg, "expected_delivery")) or parse_day(
        text(newer, "estimated_delivery_date")
    )
