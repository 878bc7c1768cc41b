"""EasyPost webhooks: verify ``X-Hmac-Signature``, read the Tracker in ``tracker.*`` events.

Docs: https://docs.easypost.com/docs/webhooks, https://docs.easypost.com/docs/events and
https://docs.easypost.com/docs/trackers; the signature is computed as in the official
clients' ``validate_webhook``: "hmac-sha256-hex=" + hex(HMAC-SHA256(NFKD-normalised,
UTF-8 encoded secret, raw body)).

An EasyPost webhook receives every event of the account (batches, refunds, insurance...).
Those are genuine but not about a tracking: they come back ``ignored`` so the endpoint can
answer 2xx; answering 4xx would make EasyPost retry and in the end disable the webhook.

EasyPost gives ``datetime`` with the local offset when it knows the scan's location and in
UTC otherwise, so a time without an offset is read as UTC. Tracking details are not
guaranteed to arrive in time order; nothing here relies on their order.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from parceltrail.connectors.base import (
    ParsedWebhook,
    check_signature,
    collect,
    header,
    load_object,
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
from parceltrail.connectors.countries import to_iso2
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import TrackingEvent, new_event

PROVIDER = "easypost"
SIGNATURE_HEADER = "X-Hmac-Signature"
ENV_VAR = "PARCELTRAIL_EASYPOST_WEBHOOK_SECRET"
_TRACKER_EVENTS = "tracker."


# --- EasyPost trackers: status / status_detail --------------------------------------------

# A tracker status that settles the question whatever the detail says.
_EASYPOST_DECISIVE: dict[str, SubStatus] = {
    "delivered": SubStatus.DELIVERED,
    "available_for_pickup": SubStatus.AVAILABLE_FOR_PICKUP,
    "cancelled": SubStatus.CANCELLED,
    "return_to_sender": SubStatus.RETURNING,
}

_EASYPOST_STATUS_IN: dict[str, SubStatus] = {
    **_EASYPOST_DECISIVE,
    "pre_transit": SubStatus.INFO_RECEIVED,
    "in_transit": SubStatus.IN_TRANSIT,
    "out_for_delivery": SubStatus.OUT_FOR_DELIVERY,
    "failure": SubStatus.EXCEPTION,
}

# Details that say more than the status; "status_update", "unknown", "failure" and
# "awaiting_information" say nothing of their own, so the status decides.
_EASYPOST_DETAIL_IN: dict[str, SubStatus] = {
    "label_created": SubStatus.INFO_RECEIVED,
    "received_at_origin_facility": SubStatus.ACCEPTED,
    "departed_origin_facility": SubStatus.DEPARTED_ORIGIN,
    "arrived_at_facility": SubStatus.IN_TRANSIT,
    "departed_facility": SubStatus.IN_TRANSIT,
    "in_transit": SubStatus.IN_TRANSIT,
    "arrived_at_destination": SubStatus.ARRIVED_DESTINATION,
    "received_at_destination_facility": SubStatus.ARRIVED_DESTINATION,
    "transferred_to_destination_carrier": SubStatus.HANDED_OVER,
    "out_for_delivery": SubStatus.OUT_FOR_DELIVERY,
    "arrived_at_pickup_location": SubStatus.AVAILABLE_FOR_PICKUP,
    "delivery_exception": SubStatus.FAILED_ATTEMPT,
    "address_correction": SubStatus.ADDRESS_ISSUE,
    "delayed": SubStatus.DELAYED,
    "weather_delay": SubStatus.DELAYED,
    "missorted": SubStatus.DELAYED,
    "held": SubStatus.EXCEPTION,
    "transit_exception": SubStatus.EXCEPTION,
    "damaged": SubStatus.DAMAGED,
    "lost": SubStatus.LOST,
    "refused": SubStatus.REFUSED,
    "return": SubStatus.RETURNING,
    "cancelled": SubStatus.CANCELLED,
    "expired": SubStatus.EXPIRED,
}


def from_easypost(status: str | None, status_detail: str | None) -> SubStatus | None:
    """EasyPost's tracker status/status_detail as our sub-status; None when neither is known."""
    if status and status in _EASYPOST_DECISIVE:
        return _EASYPOST_DECISIVE[status]
    if status_detail and status_detail in _EASYPOST_DETAIL_IN:
        return _EASYPOST_DETAIL_IN[status_detail]
    if status and status in _EASYPOST_STATUS_IN:
        return _EASYPOST_STATUS_IN[status]
    return None


def sign(body: bytes, secret: str) -> str:
    """The signature EasyPost sends for this body."""
    key = unicodedata.normalize("NFKD", secret).encode("utf-8")
    return "hmac-sha256-hex=" + hmac.new(key, body, hashlib.sha256).hexdigest()


def verify(body: bytes, headers: Mapping[str, str], *, secret: str) -> None:
    secret_bytes(secret, provider=PROVIDER, setting=ENV_VAR)
    received = header(headers, SIGNATURE_HEADER)
    check_signature(sign(body, secret), received, provider=PROVIDER, header_name=SIGNATURE_HEADER)


def parse(body: bytes, headers: Mapping[str, str], *, secret: str, now: datetime) -> ParsedWebhook:
    """Verify, then read one EasyPost Event; events not about a tracker come back ignored."""
    verify(body, headers, secret=secret)
    return read(body, headers, now=now)


def read(body: bytes, headers: Mapping[str, str], *, now: datetime) -> ParsedWebhook:
    """Read a delivery whose signature was verified when it arrived."""
    payload = load_object(body, provider=PROVIDER)
    description = text(payload, "description")
    delivery_id = text(payload, "id")
    if not (description or "").startswith(_TRACKER_EVENTS):
        return ParsedWebhook(
            provider=PROVIDER,
            tracking_number=None,
            delivery_id=delivery_id,
            event_type=description,
            raw=payload,
        )
    tracker = obj(payload.get("result"))
    number = tracking_number(
        tracker.get("tracking_code"), provider=PROVIDER, field_name="result.tracking_code"
    )
    carrier = text(tracker, "carrier")

    def build(detail: dict[str, Any]) -> TrackingEvent:
        return _event(detail, number=number, carrier=carrier, now=now)

    events, rejections = collect(seq(tracker.get("tracking_details")), build)
    return ParsedWebhook(
        provider=PROVIDER,
        tracking_number=number,
        carrier=carrier,
        events=events,
        rejections=rejections,
        delivery_id=delivery_id,
        event_type=description,
        carrier_eta=parse_day(text(tracker, "est_delivery_date")),
        raw=payload,
        vouched=vouched(
            PROVIDER,
            from_easypost(text(tracker, "status"), text(tracker, "status_detail")),
            text(tracker, "updated_at"),
            now=now,
        ),
    )


def _event(
    detail: dict[str, Any], *, number: str, carrier: str | None, now: datetime
) -> TrackingEvent:
    where = obj(detail.get("tracking_location"))
    status, status_detail = text(detail, "status"), text(detail, "status_detail")
    return new_event(
        tracking_number=number,
        occurred_at=parse_time(text(detail, "datetime"), naive_zone=UTC),
        description=text(detail, "message") or text(detail, "description"),
        now=now,
        sub_status=from_easypost(status, status_detail),
        city=place(text(where, "city"), text(where, "state")),
        country=to_iso2(text(where, "country")),
        postal_code=text(where, "zip"),
        carrier=carrier,
        raw_code="/".join(code for code in (status, status_detail) if code) or None,
        source=PROVIDER,
    )
