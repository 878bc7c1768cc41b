"""Deliveries: queued inside the caller's transaction (a delivery row plus its `delivery.send`
job), and for the send task, what to send and what each outcome changes.

The delivery's idempotency key is unique, so queuing the same facts twice queues nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any

from parceltrail.domain.clock import Clock
from parceltrail.domain.notifications import (
    Delivery,
    SubscriptionStatus,
    WebhookEndpoint,
    channel_id,
    idempotency_key,
)
from parceltrail.domain.users import is_erased
from parceltrail.services.notify_ports import Rendered, Templates
from parceltrail.services.ports import DeliveriesUnitOfWork, MailMessage, SendingUnitOfWork

SEND_TOPIC = "delivery.send"


def queue_email(
    uow: DeliveriesUnitOfWork,
    *,
    key: str,
    topic: str,
    to: str,
    rendered: Rendered,
    now: datetime,
    unsubscribe_url: str | None = None,
) -> bool:
    if is_erased(to):  # the account was deleted: its orders stay, its mail stops
        return False
    content = {"text": rendered.text, "html": rendered.html, "unsubscribe_url": unsubscribe_url}
    delivery_id = uow.deliveries.add(
        channel="email",
        key=key,
        topic=topic,
        recipient=to,
        subject=rendered.subject,
        content=content,
        now=now,
    )
    if delivery_id is None:
        return False
    uow.deliveries.enqueue(SEND_TOPIC, {"delivery_id": delivery_id}, now)
    return True


def queue_webhook(
    uow: DeliveriesUnitOfWork,
    endpoint: WebhookEndpoint,
    *,
    topic: str,
    source: str,
    data: dict[str, Any],
    now: datetime,
) -> bool:
    """One signed POST of ``data`` as event ``topic``; ``source`` names the fact (job id)."""
    key = idempotency_key("webhook", endpoint.id, topic, source)
    body = json.dumps(
        {"id": key, "type": topic, "created_at": now.isoformat(), "data": data},
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )
    delivery_id = uow.deliveries.add(
        channel="webhook",
        key=key,
        topic=topic,
        recipient=endpoint.url[:254],
        subject=None,
        content={"body": body},
        now=now,
        endpoint_id=endpoint.id,
    )
    if delivery_id is None:
        return False
    uow.deliveries.enqueue(SEND_TOPIC, {"delivery_id": delivery_id}, now)
    return True


def queue_channel(
    uow: DeliveriesUnitOfWork,
    *,
    subscription_id: str,
    url: str,
    key: str,
    topic: str,
    title: str,
    body: str,
    now: datetime,
) -> bool:
    """One Apprise notification; the row names the channel by id, never by its secret URL:
    the sender reads the URL from the subscription (gone or removed: skipped)."""
    name = channel_id(url)
    content = {"subscription_id": subscription_id, "channel": name, "title": title, "body": body}
    delivery_id = uow.deliveries.add(
        channel="apprise",
        key=key,
        topic=topic,
        recipient=name,
        subject=title[:300],
        content=content,
        now=now,
    )
    if delivery_id is None:
        return False
    uow.deliveries.enqueue(SEND_TOPIC, {"delivery_id": delivery_id}, now)
    return True


class OutboxMailer:
    """Account mail (password reset links) sent like every other mail: a delivery row and a
    send job written in the caller's transaction, then SMTP or the development inbox."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def send(self, uow: DeliveriesUnitOfWork, message: MailMessage) -> None:
        now = self._clock()
        text = message.text
        html = "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())
        key = idempotency_key("account", message.to, message.subject, now.isoformat())
        queue_email(
            uow,
            key=key,
            topic="account.mail",
            to=message.to,
            rendered=Rendered(subject=message.subject, text=text, html=html),
            now=now,
        )


# --- sending one delivery: what to do, and what its outcome changes ----------------------

FINAL = ("sent", "skipped")
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Sending:
    """One delivery about to leave, re-checked: where it goes, or why it is skipped."""

    delivery: Delivery
    endpoint: WebhookEndpoint | None = None
    channel_url: str | None = None  # an Apprise channel's URL, read now (never stored)
    skipped: str | None = None


def to_send(*, uow: SendingUnitOfWork, delivery_id: int) -> Sending | None:
    """None when there is nothing to send (sent by an earlier attempt, or gone); otherwise
    the delivery with its target, or the reason it is skipped (endpoint or channel gone)."""
    delivery = uow.deliveries.get(delivery_id)
    if delivery is None or delivery.status in FINAL:
        return None
    if delivery.channel == "webhook":
        endpoint = uow.alerts.endpoint(delivery.endpoint_id) if delivery.endpoint_id else None
        if endpoint is None or endpoint.status != "active":
            return Sending(delivery, endpoint, skipped="endpoint disabled or deleted")
        return Sending(delivery, endpoint)
    if delivery.channel == "apprise":
        url = _channel_url(uow, delivery)
        if url is None:
            return Sending(delivery, skipped="channel removed or unsubscribed")
        return Sending(delivery, channel_url=url)
    return Sending(delivery)


def _channel_url(uow: SendingUnitOfWork, delivery: Delivery) -> str | None:
    """The channel's URL, read now from its active subscription (never stored in the row)."""
    sub = uow.alerts.subscription(str(delivery.content.get("subscription_id", "")))
    if sub is None or sub.status is not SubscriptionStatus.ACTIVE:
        return None
    wanted = delivery.content.get("channel")
    return next((url for url in sub.channels if channel_id(url) == wanted), None)


def send(
    *,
    uow_factory: Callable[[], SendingUnitOfWork],
    delivery_id: int,
    transport: Callable[[Sending], str],
    clock: Callable[[], datetime],
) -> None:
    """The `delivery.send` task's use case: re-check the delivery in a short transaction, hand
    it to ``transport`` outside any (it answers the transport's name, or raises for the runner
    to retry), then record the outcome in another. A crash between sending and recording sends
    it again with the same idempotency key, which the receiver de-duplicates."""
    with uow_factory() as uow:
        sending = to_send(uow=uow, delivery_id=delivery_id)
    if sending is None:
        return  # re-check: sent by an earlier attempt, or gone
    if sending.skipped is not None:
        status, sent_by, error = "skipped", None, sending.skipped
    else:
        status, sent_by, error = "sent", transport(sending), None
    with uow_factory() as uow:
        record(
            uow=uow,
            delivery=sending.delivery,
            status=status,
            now=clock(),
            transport=sent_by,
            error=error,
        )


def record(
    *,
    uow: SendingUnitOfWork,
    delivery: Delivery,
    status: str,
    now: datetime,
    transport: str | None = None,
    error: str | None = None,
) -> None:
    """The outcome of one attempt; a webhook endpoint that answered starts counting afresh."""
    uow.deliveries.mark(delivery.id, status=status, now=now, transport=transport, error=error)
    if delivery.endpoint_id and status == "sent":
        uow.alerts.set_endpoint(delivery.endpoint_id, consecutive_failures=0)


def record_dead(
    *,
    uow: SendingUnitOfWork,
    delivery_id: int,
    reason: str,
    disable_after: int,
    templates: Templates,
    now: datetime,
) -> None:
    """The dead letter; a webhook endpoint dead ``disable_after`` times in a row is disabled
    and its owner told (``disable_after`` is a setting, PARCELTRAIL_WEBHOOK_DISABLE_AFTER)."""
    delivery = uow.deliveries.get(delivery_id)
    if delivery is None:
        return
    uow.deliveries.mark(delivery.id, status="dead", now=now, error=reason)
    endpoint = uow.alerts.endpoint(delivery.endpoint_id) if delivery.endpoint_id else None
    if endpoint is not None and endpoint.status == "active":
        _count_failure(uow, endpoint, reason, disable_after, templates, now)


def _count_failure(
    uow: SendingUnitOfWork,
    endpoint: WebhookEndpoint,
    reason: str,
    disable_after: int,
    say: Templates,
    now: datetime,
) -> None:
    failures = endpoint.consecutive_failures + 1
    if failures < disable_after:
        uow.alerts.set_endpoint(endpoint.id, consecutive_failures=failures)
        return
    uow.alerts.set_endpoint(
        endpoint.id,
        consecutive_failures=failures,
        status="disabled",
        disabled_at=now,
        disabled_reason=reason[:2000],
    )
    log.warning("webhook endpoint %s disabled after %d dead deliveries", endpoint.id, failures)
    owner = uow.users.get(endpoint.user_id)
    if owner is None:
        return
    context = {"url": endpoint.url, "failures": failures, "reason": say.bounded(reason)}
    rendered = say.render(
        "endpoint_disabled", say.subject_for("endpoint_disabled", context), context
    )
    key = idempotency_key("endpoint_disabled", endpoint.id, now.isoformat())
    queue_email(uow, key=key, topic="webhook.disabled", to=owner.email, rendered=rendered, now=now)
