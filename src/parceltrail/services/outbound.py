"""Integrators' webhook endpoints, redelivery, and the admin's view of the job outbox."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from parceltrail.domain.errors import NotFound, PermissionDenied, ValidationFailed
from parceltrail.domain.events import batch_summary
from parceltrail.domain.ids import new_id
from parceltrail.domain.notifications import WEBHOOK_EVENTS, Delivery, WebhookEndpoint
from parceltrail.domain.users import User
from parceltrail.services.ports import OutboundUnitOfWork

JOB_STATUSES = ("pending", "queued", "running", "done", "failed", "dead")
MAX_URL = 2048


def _checked_url(url: str) -> str:
    text = (url or "").strip()
    try:
        parts = urlsplit(text)
    except ValueError:  # an unbalanced [ or ] in the host: "Invalid IPv6 URL"
        parts = urlsplit("")
    if len(text) > MAX_URL or parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationFailed(
            "url must be an http(s) URL such as https://example.com/hooks", field="url"
        )
    return text


def _checked_events(names: Sequence[str]) -> tuple[str, ...]:
    unknown = sorted(set(names) - {*WEBHOOK_EVENTS, "*"})
    if not names or unknown:
        raise ValidationFailed(
            f"events must name some of {[*WEBHOOK_EVENTS, '*']}; unknown: {unknown[:5]}",
            field="events",
        )
    return tuple(dict.fromkeys(names))


def register_endpoint(
    *, uow: OutboundUnitOfWork, user: User, url: str, events: Sequence[str], now: datetime
) -> WebhookEndpoint:
    """A new endpoint with a fresh signing secret (shown to the caller once, here)."""
    endpoint = WebhookEndpoint(
        id=new_id("whe"),
        user_id=user.id,
        url=_checked_url(url),
        secret="whsec_" + secrets.token_urlsafe(32),
        events=_checked_events(events),
        status="active",
        consecutive_failures=0,
        created_at=now,
    )
    uow.alerts.add_endpoint(endpoint)
    return endpoint


def own_endpoint(*, uow: OutboundUnitOfWork, user: User, endpoint_id: str) -> WebhookEndpoint:
    endpoint = uow.alerts.endpoint(endpoint_id)
    if endpoint is None or not (user.is_admin or endpoint.user_id == user.id):
        raise NotFound(f"no webhook endpoint {endpoint_id} among yours")
    return endpoint


def list_endpoints(*, uow: OutboundUnitOfWork, user: User) -> list[WebhookEndpoint]:
    return uow.alerts.endpoints_for(None if user.is_admin else [user.id])


def set_enabled(*, uow: OutboundUnitOfWork, user: User, endpoint_id: str, enabled: bool) -> None:
    own_endpoint(uow=uow, user=user, endpoint_id=endpoint_id)
    values: dict[str, Any] = {"status": "active" if enabled else "disabled"}
    if enabled:
        values.update(consecutive_failures=0, disabled_at=None, disabled_reason=None)
    uow.alerts.set_endpoint(endpoint_id, **values)


def deliveries(
    *, uow: OutboundUnitOfWork, user: User, endpoint_id: str, limit: int
) -> list[Delivery]:
    own_endpoint(uow=uow, user=user, endpoint_id=endpoint_id)
    return uow.deliveries.for_endpoint(endpoint_id, limit)


def redeliver(
    *, uow: OutboundUnitOfWork, user: User, endpoint_id: str, delivery_id: int, now: datetime
) -> Delivery:
    """Send a delivery again, same body and idempotency key: receivers may de-duplicate."""
    own_endpoint(uow=uow, user=user, endpoint_id=endpoint_id)
    delivery = uow.deliveries.get(delivery_id)
    if delivery is None or delivery.endpoint_id != endpoint_id:
        raise NotFound(f"no delivery {delivery_id} for endpoint {endpoint_id}")
    uow.deliveries.mark(delivery.id, status="pending", now=now)
    uow.deliveries.enqueue("delivery.send", {"delivery_id": delivery.id}, now)
    return delivery


def _require_admin(user: User) -> None:
    if not user.is_admin:
        raise PermissionDenied("only admins can see and retry background jobs")


def list_jobs(
    *, uow: OutboundUnitOfWork, user: User, statuses: Sequence[str], limit: int
) -> list[dict[str, Any]]:
    _require_admin(user)
    unknown = sorted(set(statuses) - set(JOB_STATUSES))
    if unknown:
        raise ValidationFailed(f"status must be among {list(JOB_STATUSES)}", field="status")
    return [_shown(job) for job in uow.deliveries.jobs(statuses, limit)]


def get_job(*, uow: OutboundUnitOfWork, user: User, job_id: int) -> dict[str, Any]:
    """One job with its whole payload, a batch row's too, and a batch row's summary."""
    _require_admin(user)
    job = uow.deliveries.job(job_id)
    if job is None:
        raise NotFound(f"no background job {job_id}")
    return {**job, "batch": batch_summary(job["topic"], job["payload"])}


def _shown(job: dict[str, Any]) -> dict[str, Any]:
    """A job as the admin's list shows it: a batch row's payload (``events.batch_summary``) as
    its summary under ``batch``, so a page of a hundred jobs stays small; any other payload
    whole."""
    summary = batch_summary(job["topic"], job["payload"])
    if summary is None:
        return {**job, "batch": None}
    return {**job, "payload": None, "batch": summary}


def retry_job(*, uow: OutboundUnitOfWork, user: User, job_id: int, now: datetime) -> None:
    _require_admin(user)
    if not uow.deliveries.retry_job(job_id, now):
        raise NotFound(f"no failed or dead-lettered job {job_id}")
