"""parceltrail's own signed webhook, for carriers and sellers that post events directly.

Header ``X-Parceltrail-Signature: t=<unix seconds>,v1=<hex>`` where the hex is
HMAC-SHA256(secret, "<t>." + raw body); several ``v1=`` entries are allowed, so a sender can
sign with an old and a new secret while rotating. A delivery is refused when ``t`` is more
than five minutes from ``now``, so a captured request cannot be replayed later; within the
window, the signature itself is the ``delivery_id`` for replay detection.

Body::

    {"tracking_number": "...", "carrier": "...",             # carrier optional
     "events": [{"occurred_at": "2024-05-01T10:30:00+08:00",  # ISO 8601 with an offset
                 "description": "...", "status": "in_transit",  # one of ours, optional
                 "code": "...", "id": "...",                     # carrier code / id, optional
                 "location": {"city": "...", "country": "CN"}}]}  # ISO alpha-2, optional
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from parceltrail.connectors.base import (
    ParsedWebhook,
    SignatureInvalid,
    collect,
    header,
    load_object,
    obj,
    parse_time,
    secret_bytes,
    seq,
    text,
    tracking_number,
)
from parceltrail.domain.tracking import TrackingEvent, new_event, parse_sub_status

PROVIDER = "generic"
SIGNATURE_HEADER = "X-Parceltrail-Signature"
ENV_VAR = "PARCELTRAIL_WEBHOOK_SECRET"
TOLERANCE = timedelta(minutes=5)
_MAX_TIMESTAMP_DIGITS = 12


def signature_header(body: bytes, secret: str, *, timestamp: int) -> str:
    """The header a sender puts on ``body`` signed at ``timestamp`` (unix seconds)."""
    return f"t={timestamp},v1={_digest(body, secret.encode('utf-8'), timestamp)}"


def verify(body: bytes, headers: Mapping[str, str], *, secret: str, now: datetime) -> str:
    """Check signature and freshness; return the matching signature (the delivery id)."""
    key = secret_bytes(secret, provider=PROVIDER, setting=ENV_VAR)
    timestamp, candidates = _read_header(header(headers, SIGNATURE_HEADER))
    expected = _digest(body, key, timestamp).encode("ascii")
    matching = [sig for sig in candidates if hmac.compare_digest(expected, sig.encode())]
    if not matching:
        raise SignatureInvalid(
            f"{SIGNATURE_HEADER} does not match the body; sign '<t>.' + the exact body bytes "
            f"with the secret set in {ENV_VAR}",
            provider=PROVIDER,
        )
    skew = abs(now.timestamp() - timestamp)
    if skew > TOLERANCE.total_seconds():
        raise SignatureInvalid(
            f"the signature timestamp is {int(skew)} s away from now (at most "
            f"{int(TOLERANCE.total_seconds())} s allowed); sign each attempt afresh and "
            "check the sender's clock",
            provider=PROVIDER,
        )
    return matching[0]


def parse(body: bytes, headers: Mapping[str, str], *, secret: str, now: datetime) -> ParsedWebhook:
    """Verify, then read one delivery in parceltrail's own format."""
    delivery_id = verify(body, headers, secret=secret, now=now)
    return replace(read(body, headers, now=now), delivery_id=delivery_id)


def read(body: bytes, headers: Mapping[str, str], *, now: datetime) -> ParsedWebhook:
    """Read a delivery whose signature was verified when it arrived (its delivery id unset)."""
    payload = load_object(body, provider=PROVIDER)
    number = tracking_number(
        payload.get("tracking_number"), provider=PROVIDER, field_name="tracking_number"
    )
    carrier = text(payload, "carrier")

    def build(item: dict[str, Any]) -> TrackingEvent:
        return _event(item, number=number, carrier=carrier, now=now)

    events, rejections = collect(seq(payload.get("events")), build)
    return ParsedWebhook(
        provider=PROVIDER,
        tracking_number=number,
        carrier=carrier,
        events=events,
        rejections=rejections,
        raw=payload,
    )


def _digest(body: bytes, key: bytes, timestamp: int) -> str:
    return hmac.new(key, str(timestamp).encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


def _read_header(value: str | None) -> tuple[int, list[str]]:
    """``t`` and every ``v1`` of the header; refuse anything else."""
    if value is None:
        raise SignatureInvalid(f"the {SIGNATURE_HEADER} header is missing", provider=PROVIDER)
    timestamp: int | None = None
    candidates: list[str] = []
    for part in value.split(","):
        name, _, item = part.strip().partition("=")
        if name == "t" and item.isascii() and item.isdigit():
            if len(item) <= _MAX_TIMESTAMP_DIGITS:
                timestamp = int(item)
        elif name == "v1" and item:
            candidates.append(item.lower())
    if timestamp is None or not candidates:
        raise SignatureInvalid(
            f"{SIGNATURE_HEADER} must look like t=<unix seconds>,v1=<hex HMAC-SHA256>",
            provider=PROVIDER,
        )
    return timestamp, candidates


def _event(
    item: dict[str, Any], *, number: str, carrier: str | None, now: datetime
) -> TrackingEvent:
    where = obj(item.get("location"))
    return new_event(
        tracking_number=number,
        occurred_at=parse_time(text(item, "occurred_at")),
        description=text(item, "description"),
        now=now,
        sub_status=parse_sub_status(item.get("status")),
        city=text(where, "city"),
        country=text(where, "country"),
        carrier=carrier,
        raw_code=text(item, "code"),
        source=PROVIDER,
        source_id=text(item, "id"),
    )
