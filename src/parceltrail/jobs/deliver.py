"""The `delivery.send` task: one e-mail, webhook POST or Apprise notification, re-checked,
recorded after."""

from __future__ import annotations

import logging

from parceltrail.domain.notifications import (
    Delivery,
    SubscriptionStatus,
    WebhookEndpoint,
    channel_id,
    idempotency_key,
)
from parceltrail.jobs.context import JobContext
from parceltrail.jobs.outgoing import SEND_TOPIC as TOPIC
from parceltrail.jobs.outgoing import queue_email
from parceltrail.jobs.registry import task
from parceltrail.notify import render
from parceltrail.notify.email import Mail, build_message
from parceltrail.services.ports import UnitOfWork
from parceltrail.storage.jobs_repository import Job

log = logging.getLogger(__name__)
FINAL = ("sent", "skipped")


def _load(ctx: JobContext, job: Job) -> tuple[Delivery | None, WebhookEndpoint | None]:
    with ctx.uow() as uow:
        delivery = uow.deliveries.get(int(job.payload["delivery_id"]))
        endpoint = None
        if delivery is not None and delivery.endpoint_id:
            endpoint = uow.alerts.endpoint(delivery.endpoint_id)
    return delivery, endpoint


def send_delivery(ctx: JobContext, job: Job) -> None:
    delivery, endpoint = _load(ctx, job)
    if delivery is None or delivery.status in FINAL:
        return  # re-check: sent by an earlier attempt, or gone
    if delivery.channel == "webhook" and (endpoint is None or endpoint.status != "active"):
        _record(ctx, delivery, status="skipped", error="endpoint disabled or deleted")
        return
    if delivery.channel == "apprise":
        url = _channel_url(ctx, delivery)
        if url is None:
            _record(ctx, delivery, status="skipped", error="channel removed or unsubscribed")
            return
        content = delivery.content
        transport = ctx.channels.send(url, title=content["title"], body=content["body"])
    elif delivery.channel == "email":
        transport = _send_mail(ctx, delivery)
    else:
        assert endpoint is not None
        transport = _post(ctx, delivery, endpoint)
    _record(ctx, delivery, status="sent", transport=transport)


def _channel_url(ctx: JobContext, delivery: Delivery) -> str | None:
    """The channel's URL, read now from its active subscription (never stored in the row)."""
    with ctx.uow() as uow:
        sub = uow.alerts.subscription(str(delivery.content.get("subscription_id", "")))
    if sub is None or sub.status is not SubscriptionStatus.ACTIVE:
        return None
    wanted = delivery.content.get("channel")
    return next((url for url in sub.channels if channel_id(url) == wanted), None)


def _send_mail(ctx: JobContext, delivery: Delivery) -> str:
    content = delivery.content
    mail = Mail(
        to=delivery.recipient, subject=delivery.subject or "", text=content["text"],
        html=content["html"], key=delivery.idempotency_key, date=delivery.created_at,
        unsubscribe_url=content.get("unsubscribe_url"),
    )
    ctx.mailer.send(build_message(mail, sender=ctx.settings.mail_from))
    return ctx.mailer.transport


def _post(ctx: JobContext, delivery: Delivery, endpoint: WebhookEndpoint) -> str:
    ctx.poster.post(
        endpoint.url, delivery.content["body"].encode("utf-8"), secret=endpoint.secret,
        key=delivery.idempotency_key, topic=delivery.topic, now=ctx.clock(),
    )
    return "http"


def _record(
    ctx: JobContext, delivery: Delivery, *, status: str, transport: str | None = None,
    error: str | None = None,
) -> None:
    with ctx.uow() as uow:
        uow.deliveries.mark(
            delivery.id, status=status, now=ctx.clock(), transport=transport, error=error
        )
        if delivery.endpoint_id and status == "sent":
            uow.alerts.set_endpoint(delivery.endpoint_id, consecutive_failures=0)
        uow.commit()


def _dead(ctx: JobContext, job: Job, reason: str) -> None:
    """Record the dead letter; an endpoint failing persistently is disabled, its owner told."""
    delivery, endpoint = _load(ctx, job)
    if delivery is None:
        return
    with ctx.uow() as uow:
        uow.deliveries.mark(delivery.id, status="dead", now=ctx.clock(), error=reason)
        if endpoint is not None and endpoint.status == "active":
            _count_failure(ctx, uow, endpoint, reason)
        uow.commit()


def _count_failure(
    ctx: JobContext, uow: UnitOfWork, endpoint: WebhookEndpoint, reason: str
) -> None:
    failures = endpoint.consecutive_failures + 1
    now = ctx.clock()
    if failures < ctx.settings.webhook_disable_after:
        uow.alerts.set_endpoint(endpoint.id, consecutive_failures=failures)
        return
    uow.alerts.set_endpoint(
        endpoint.id, consecutive_failures=failures, status="disabled", disabled_at=now,
        disabled_reason=reason[:2000],
    )
    log.warning("webhook endpoint %s disabled after %d dead deliveries", endpoint.id, failures)
    owner = uow.users.get(endpoint.user_id)
    if owner is None:
        return
    context = {"url": endpoint.url, "failures": failures, "reason": render.bounded(reason)}
    rendered = render.render(
        "endpoint_disabled", render.subject_for("endpoint_disabled", context), context
    )
    key = idempotency_key("endpoint_disabled", endpoint.id, now.isoformat())
    queue_email(uow, key=key, topic="webhook.disabled", to=owner.email, rendered=rendered, now=now)


task(TOPIC, on_dead=_dead)(send_delivery)
