"""The inbound webhook parsers by provider, for the HTTP layer to look up.

Every parser has the same shape (``WebhookParser``)::

    parse(body: bytes, headers: Mapping[str, str], *, secret: str, now: datetime)
        -> ParsedWebhook

It verifies the signature over ``body`` exactly as received (raising ``SignatureInvalid``,
401) before reading it, and raises ``PayloadInvalid`` (422) only for a body that is not a
JSON object or names no tracking number; bad events become ``ParsedWebhook.rejections``.
The keys are the last segment of ``POST /api/v1/webhooks/<provider>``.

``store_delivery`` stores what a parser read; a delivery with rejected events is kept whole
(``keep_rejected``) as a held ``webhook.rejected`` job linked to its shipments (a person's
erasure removes it, the dead jobs' retention ages it out), so a provider's 2xx loses nothing: an
admin reads it (``GET /api/v1/admin/outbox/{id}``) and, once what rejected it is fixed,
retries it, which reads it again (``WEBHOOK_READERS``, no signature: it was verified when it
arrived) and stores what is now accepted.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from parceltrail.connectors import aftership, easypost, generic, seventeentrack, ship24
from parceltrail.connectors.base import (
    ParsedWebhook,
    PayloadInvalid,
    Rejection,
    SignatureInvalid,
    WebhookParser,
    WebhookReader,
)
from parceltrail.domain.tracking import normalize_tracking_number
from parceltrail.services import backends, inbound
from parceltrail.services.ports import UnitOfWork

REJECTED_TOPIC = "webhook.rejected"
# Headers a kept delivery need not carry: the caller's credentials and cookies.
_UNKEPT_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})

WEBHOOK_PARSERS: dict[str, WebhookParser] = {
    aftership.PROVIDER: aftership.parse,
    seventeentrack.PROVIDER: seventeentrack.parse,
    easypost.PROVIDER: easypost.parse,
    ship24.PROVIDER: ship24.parse,
    generic.PROVIDER: generic.parse,
}

WEBHOOK_READERS: dict[str, WebhookReader] = {
    aftership.PROVIDER: aftership.read,
    seventeentrack.PROVIDER: seventeentrack.read,
    easypost.PROVIDER: easypost.read,
    ship24.PROVIDER: ship24.read,
    generic.PROVIDER: generic.read,
}

# The environment variable that holds each provider's secret (read by config.Settings).
WEBHOOK_SECRET_VARS: dict[str, str] = {
    aftership.PROVIDER: aftership.ENV_VAR,
    seventeentrack.PROVIDER: seventeentrack.ENV_VAR,
    easypost.PROVIDER: easypost.ENV_VAR,
    ship24.PROVIDER: ship24.ENV_VAR,
    generic.PROVIDER: generic.ENV_VAR,
}

__all__ = [
    "REJECTED_TOPIC",
    "WEBHOOK_PARSERS",
    "WEBHOOK_READERS",
    "WEBHOOK_SECRET_VARS",
    "ParsedWebhook",
    "PayloadInvalid",
    "Rejection",
    "SignatureInvalid",
    "WebhookParser",
    "WebhookReader",
    "keep_rejected",
    "kept_body",
    "store_delivery",
]


def store_delivery(
    uow: UnitOfWork, provider: str, parsed: ParsedWebhook, now: datetime, *, late: bool = False
) -> dict[str, Any]:
    """Store every tracking of a read delivery; what became of its events, as answered.
    ``late``: a kept delivery read again, whose day the carrier expected is old news (its body
    says nothing of when, so it cannot be weighed against the day a later push stored)."""
    answer: dict[str, Any] = {"accepted": 0, "duplicates": 0, "rejected": 0, "rejections": []}
    for one in (parsed, *parsed.more):
        _store(uow, provider, one, answer, now, late=late)
    return answer


def _store(
    uow: UnitOfWork,
    provider: str,
    parsed: ParsedWebhook,
    answer: dict[str, Any],
    now: datetime,
    *,
    late: bool,
) -> None:
    """Store one tracking of a delivery and add what became of its events to ``answer``."""
    if parsed.tracking_number is None:
        return
    result = inbound.receive(
        uow=uow,
        tracking_number=parsed.tracking_number,
        carrier=parsed.carrier,
        events=parsed.events,
        now=now,
        vouched=parsed.vouched,
        carrier_eta=None if late else parsed.carrier_eta,
    )
    backends.heard(
        uow=uow,
        backend=provider,
        tracking_number=parsed.tracking_number,
        now=now,
        stopped=parsed.stopped,
        vouched=parsed.vouched.sub_status if parsed.vouched else None,
    )
    stored = result.to_json()
    answer["accepted"] += stored["accepted"]
    answer["duplicates"] += stored["duplicates"]
    answer["rejected"] += stored["rejected"] + len(parsed.rejections)
    answer["rejections"] += [_rejection(r, parsed) for r in parsed.rejections]
    answer["rejections"] += stored["rejections"]


def _rejection(rejection: Rejection, parsed: ParsedWebhook) -> dict[str, Any]:
    out: dict[str, Any] = {
        "index": rejection.index,
        "reason": rejection.reason,
        "message": rejection.message,
    }
    if rejection.tracking is not None:  # a grouped delivery: say which tracking
        named = rejection.reason != "no_tracking_number"
        out["message"] = f"trackings[{rejection.tracking}]: {rejection.message}"
        out["tracking_number"] = parsed.tracking_number if named else None
    return out


def keep_rejected(
    uow: UnitOfWork,
    provider: str,
    body: bytes,
    headers: Mapping[str, str],
    parsed: ParsedWebhook,
    answer: dict[str, Any],
    now: datetime,
) -> None:
    """Hold a delivery whose events were partly rejected, whole, for an admin to read again,
    linked to the shipments of its trackings: its body may name their buyers, and erasing a
    person's data removes the kept deliveries of their shipments (services/personal_data.py)."""
    if not answer["rejected"]:
        return
    reasons = sorted({r["reason"] for r in answer["rejections"]})
    try:
        kept = {"body": body.decode("utf-8")}
    except UnicodeDecodeError:
        kept = {"body_base64": base64.b64encode(body).decode("ascii")}
    payload = {
        "provider": provider,
        **kept,
        "headers": {k: v for k, v in headers.items() if k.lower() not in _UNKEPT_HEADERS},
        "rejections": answer["rejections"],
    }
    reason = f"{answer['rejected']} event(s) rejected ({', '.join(reasons)}); retry to read again"
    uow.deliveries.hold(
        REJECTED_TOPIC, payload, now, reason=reason, shipment_ids=_shipment_ids(uow, parsed)
    )


def _shipment_ids(uow: UnitOfWork, parsed: ParsedWebhook) -> list[str]:
    """The stored shipments of every tracking the delivery names (store_delivery made them)."""
    numbers = {
        normalize_tracking_number(one.tracking_number)
        for one in (parsed, *parsed.more)
        if one.tracking_number is not None
    }
    found = uow.shipments.by_numbers(number for number in numbers if number)
    return sorted({shipment.id for shipment in found.values()})


def kept_body(payload: Mapping[str, Any]) -> bytes:
    """The bytes of a kept delivery's body."""
    if "body_base64" in payload:
        return base64.b64decode(payload["body_base64"])
    return str(payload["body"]).encode("utf-8")
