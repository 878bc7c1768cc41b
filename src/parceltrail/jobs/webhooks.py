"""Inbound deliveries kept because some of their events were rejected (``webhook.rejected``,
held dead until an admin retries one): read again with today's code and stored."""

from __future__ import annotations

from parceltrail.connectors.webhooks import (
    REJECTED_TOPIC,
    WEBHOOK_READERS,
    PayloadInvalid,
    keep_rejected,
    kept_body,
    store_delivery,
)
from parceltrail.jobs.context import JobContext
from parceltrail.jobs.registry import in_transaction, task
from parceltrail.notify.errors import DeliveryFailed
from parceltrail.services.ports import UnitOfWork
from parceltrail.storage.jobs_repository import Job


@task(REJECTED_TOPIC)
@in_transaction
def read_again(ctx: JobContext, job: Job, uow: UnitOfWork) -> None:
    """Store what the kept delivery's events give now; events still rejected are kept again,
    as a new held job with today's reasons, and this one is done."""
    provider = str(job.payload.get("provider"))
    reader = WEBHOOK_READERS.get(provider)
    if reader is None:
        raise DeliveryFailed(f"no webhook named {provider[:40]!r} reads this", permanent=True)
    body, headers, now = kept_body(job.payload), dict(job.payload.get("headers") or {}), ctx.clock()
    try:
        parsed = reader(body, headers, now=now)
    except PayloadInvalid as exc:
        reason = f"the kept delivery does not read: {exc.message}"
        raise DeliveryFailed(reason, permanent=True) from exc
    if parsed.ignored or parsed.tracking_number is None:
        return
    answer = store_delivery(uow, provider, parsed, now, late=True)
    keep_rejected(uow, provider, body, headers, parsed, answer, now)
