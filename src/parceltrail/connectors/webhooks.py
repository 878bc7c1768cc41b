"""The inbound webhook parsers by provider, for the HTTP layer to look up.

Every parser has the same shape (``WebhookParser``)::

    parse(body: bytes, headers: Mapping[str, str], *, secret: str, now: datetime)
        -> ParsedWebhook

It verifies the signature over ``body`` exactly as received (raising ``SignatureInvalid``,
401) before reading it, and raises ``PayloadInvalid`` (422) only for a body that is not a
JSON object or names no tracking number; bad events become ``ParsedWebhook.rejections``.
The keys are the last segment of ``POST /api/v1/webhooks/<provider>``.
"""

from __future__ import annotations

from parceltrail.connectors import aftership, easypost, generic, seventeentrack, ship24
from parceltrail.connectors.base import (
    ParsedWebhook,
    PayloadInvalid,
    Rejection,
    SignatureInvalid,
    WebhookParser,
)

WEBHOOK_PARSERS: dict[str, WebhookParser] = {
    aftership.PROVIDER: aftership.parse,
    seventeentrack.PROVIDER: seventeentrack.parse,
    easypost.PROVIDER: easypost.parse,
    ship24.PROVIDER: ship24.parse,
    generic.PROVIDER: generic.parse,
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
    "WEBHOOK_PARSERS",
    "WEBHOOK_SECRET_VARS",
    "ParsedWebhook",
    "PayloadInvalid",
    "Rejection",
    "SignatureInvalid",
    "WebhookParser",
]
