"""The `delivery.send` task: one e-mail, webhook POST or Apprise notification. What to send
and what the outcome changes are decided in services/deliveries.py (``send``), each in a short
transaction of its own; here is only how each kind leaves, outside any transaction."""

from __future__ import annotations

from parceltrail.jobs.context import JobContext
from parceltrail.jobs.registry import dead_in_transaction, task
from parceltrail.notify import render
from parceltrail.notify.email import Mail, build_message
from parceltrail.services import deliveries
from parceltrail.services.deliveries import SEND_TOPIC as TOPIC
from parceltrail.services.deliveries import Sending
from parceltrail.services.ports import UnitOfWork
from parceltrail.storage.jobs_repository import Job


def send_delivery(ctx: JobContext, job: Job) -> None:
    deliveries.send(
        uow_factory=ctx.uow,
        delivery_id=int(job.payload["delivery_id"]),
        transport=lambda sending: _send(ctx, sending),
        clock=ctx.clock,
    )


def _send(ctx: JobContext, sending: Sending) -> str:
    """Hand the delivery to its transport; the transport's name. Raises when it fails."""
    delivery, content = sending.delivery, sending.delivery.content
    if sending.channel_url is not None:
        return ctx.channels.send(sending.channel_url, title=content["title"], body=content["body"])
    if sending.endpoint is not None:
        ctx.poster.post(
            sending.endpoint.url,
            content["body"].encode("utf-8"),
            secret=sending.endpoint.secret,
            key=delivery.idempotency_key,
            topic=delivery.topic,
            now=ctx.clock(),
        )
        return "http"
    mail = Mail(
        to=delivery.recipient,
        subject=delivery.subject or "",
        text=content["text"],
        html=content["html"],
        key=delivery.idempotency_key,
        date=delivery.created_at,
        unsubscribe_url=content.get("unsubscribe_url"),
    )
    ctx.mailer.send(build_message(mail, sender=ctx.settings.mail_from))
    return ctx.mailer.transport


@dead_in_transaction
def _dead(ctx: JobContext, job: Job, reason: str, uow: UnitOfWork) -> None:
    """Record the dead letter; an endpoint failing persistently is disabled, its owner told."""
    deliveries.record_dead(
        uow=uow,
        delivery_id=int(job.payload["delivery_id"]),
        reason=reason,
        disable_after=ctx.settings.webhook_disable_after,
        templates=render,
        now=ctx.clock(),
    )


task(TOPIC, on_dead=_dead)(send_delivery)
