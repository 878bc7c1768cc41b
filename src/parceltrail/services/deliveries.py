"""Queue deliveries inside the caller's transaction: a delivery row plus its `delivery.send` job.

The delivery's idempotency key is unique, so queuing the same facts twice queues nothing.
"""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from typing import Any

from parceltrail.domain.clock import Clock
from parceltrail.domain.notifications import WebhookEndpoint, channel_id, idempotency_key
from parceltrail.services.notify_ports import Rendered
from parceltrail.services.ports import MailMessage, UnitOfWork

SEND_TOPIC = "delivery.send"




def queue_email(
    uow: UnitOfWork,
    *,
    key: str,
    topic: str,
    to: str,
    rendered: Rendered,
    now: datetime,
    unsubscribe_url: str | None = None,
) -> bool:
    content = {"text": rendered.text, "html": rendered.html, "unsubscribe_url": unsubscribe_url}
    delivery_id = uow.deliveries.add(
        channel="email", key=key, topic=topic, recipient=to, subject=rendered.subject,
        content=content, now=now,
    )
    if delivery_id is None:
        return False
    uow.deliveries.enqueue(SEND_TOPIC, {"delivery_id": delivery_id}, now)
    return True


def queue_webhook(
    uow: UnitOfWork,
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
        separators=(",", ":"), ensure_ascii=False, default=str,
    )
    delivery_id = uow.deliveries.add(
        channel="webhook", key=key, topic=topic, recipient=endpoint.url[:254],
        subject=None, content={"body": body}, now=now, endpoint_id=endpoint.id,
    )
    if delivery_id is None:
        return False
    uow.deliveries.enqueue(SEND_TOPIC, {"delivery_id": delivery_id}, now)
    return True


def queue_channel(
    uow: UnitOfWork,
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
    content = {"subscription_id": subscription_id, "channel": name, "title": title,
               "body": body}
    delivery_id = uow.deliveries.add(
        channel="apprise", key=key, topic=topic, recipient=name, subject=title[:300],
        content=content, now=now,
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

    def send(self, uow: UnitOfWork, message: MailMessage) -> None:
        now = self._clock()
        text = message.text
        html = "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())
        key = idempotency_key("account", message.to, message.subject, now.isoformat())
        queue_email(
            uow, key=key, topic="account.mail", to=message.to,
            rendered=Rendered(subject=message.subject, text=text, html=html), now=now,
        )
