"""Inbound webhooks: verified over the raw body, then ingested; a 2xx means committed."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Request
from pydantic import Field
from starlette.concurrency import run_in_threadpool

from parceltrail.bootstrap import App
from parceltrail.config import Settings
from parceltrail.connectors.base import SignatureInvalid
from parceltrail.connectors.webhooks import (
    WEBHOOK_PARSERS,
    WEBHOOK_SECRET_VARS,
    WebhookParser,
    keep_rejected,
    store_delivery,
)
from parceltrail.domain.errors import NotFound, ParceltrailError
from parceltrail.web.api.deps import AppDep
from parceltrail.web.api.schemas import IngestOut
from parceltrail.web.errors import answers

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/webhooks", tags=["webhooks"])


class WebhookNotConfigured(ParceltrailError):
    code = "webhook_not_configured"
    http_status = 503


def _secret(settings: Settings, provider: str) -> str:
    secrets = {
        "aftership": settings.aftership_webhook_secret,
        "17track": settings.seventeentrack_api_key,
        "easypost": settings.easypost_webhook_secret,
        "ship24": settings.ship24_webhook_secret,
        "generic": settings.webhook_secret,
    }
    secret = secrets.get(provider)
    if not secret:
        raise WebhookNotConfigured(
            f"the {provider} webhook is not configured: set {WEBHOOK_SECRET_VARS[provider]}"
        )
    return secret


class WebhookReceivedOut(IngestOut):
    ignored: bool | None = Field(None, description="True when the delivery had nothing to store")


@router.post(
    "/{provider}",
    response_model=WebhookReceivedOut,
    response_model_exclude_unset=True,
    responses=answers(400, 401, 404, 413, 422, 503),
)
async def receive_webhook(provider: str, request: Request, app: AppDep) -> dict[str, Any]:
    """Receive a provider's delivery: AfterShip, 17TRACK, EasyPost, Ship24, or parceltrail's
    generic.

    The body is read on the event loop; verifying and storing run in the thread pool, and the
    transaction opens only once the signature holds. (A transaction opened by a dependency
    before the body arrived held SQLite's write lock across the read, and a blocking BEGIN on
    the event loop then deadlocked concurrent deliveries until the busy timeout.)
    """
    parser = WEBHOOK_PARSERS.get(provider)
    if parser is None:
        known = ", ".join(sorted(WEBHOOK_PARSERS))
        raise NotFound(f"no webhook named {provider[:40]!r}; parceltrail accepts: {known}")
    body = await request.body()
    client = request.client.host if request.client else "unknown"
    return await run_in_threadpool(
        _receive, app, provider, parser, body, dict(request.headers), client
    )


def _receive(
    app: App,
    provider: str,
    parser: WebhookParser,
    body: bytes,
    headers: dict[str, str],
    client: str,
) -> dict[str, Any]:
    try:
        parsed = parser(body, headers, secret=_secret(app.settings, provider), now=app.clock())
    except SignatureInvalid as exc:
        log.warning("rejected %s webhook from %s: %s", provider, client, exc.message)
        raise
    if parsed.ignored or parsed.tracking_number is None:
        return {"ignored": True, "accepted": 0, "duplicates": 0, "rejected": 0, "rejections": []}
    with app.uow() as uow:  # a grouped delivery is stored whole or not at all
        answer = store_delivery(uow, provider, parsed, app.clock())
        keep_rejected(uow, provider, body, headers, parsed, answer, app.clock())
    return answer
