"""Telling one subscriber one fact: held for their daily digest, or mailed now with its signed
unsubscribe and manage links and sent to each of their extra channels (Apprise)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from parceltrail.domain.notifications import DigestItem, Subscription, channel_id, idempotency_key
from parceltrail.domain.notifications import sign_token as _sign
from parceltrail.jobs.context import JobContext
from parceltrail.jobs.outgoing import queue_channel, queue_email
from parceltrail.notify.render import Rendered
from parceltrail.services import alerts, preferences
from parceltrail.services.ports import UnitOfWork

RenderFn = Callable[[dict[str, Any]], Rendered]


def unsubscribe_url(ctx: JobContext, subscription_id: str) -> str:
    token = _sign(ctx.settings.secret_key, alerts.UNSUBSCRIBE, subscription_id)
    return f"{ctx.settings.base_url}/api/v1/subscriptions/unsubscribe?token={token}"


def manage_url(ctx: JobContext, subscription_id: str) -> str:
    """The page where the recipient changes milestones, digest and channels, no login needed."""
    token = preferences.manage_token(
        secret=ctx.settings.secret_key, subscription_id=subscription_id, now=ctx.clock()
    )
    return f"{ctx.settings.base_url}/alerts/manage?token={token}"


@dataclass(frozen=True, slots=True)
class Fact:
    """What happened, for every way of telling it."""

    key: str  # idempotency key of the immediate mail to this recipient
    topic: str
    kind: str  # milestone | problem | dispatched
    tracking_number: str
    detail: str  # one or two sentences, already bounded (carrier text included)
    link: str  # the tracking page


def tell(
    ctx: JobContext,
    uow: UnitOfWork,
    sub: Subscription,
    fact: Fact,
    render: RenderFn,
    now: datetime,
) -> None:
    links = {"unsubscribe_url": unsubscribe_url(ctx, sub.id), "manage_url": manage_url(ctx, sub.id)}
    rendered = render(links)
    if sub.digest:
        uow.digests.add(
            DigestItem(
                key=fact.key,
                recipient=sub.email,
                subscription_id=sub.id,
                kind=fact.kind,
                tracking_number=fact.tracking_number,
                headline=rendered.subject,
                detail=fact.detail,
                happened_at=now,
            )
        )
        return
    queue_email(
        uow,
        key=fact.key,
        topic=fact.topic,
        to=sub.email,
        rendered=rendered,
        now=now,
        unsubscribe_url=links["unsubscribe_url"],
    )
    body = f"{fact.detail}\n{fact.link}".strip()
    for url in sub.channels:
        queue_channel(
            uow,
            subscription_id=sub.id,
            url=url,
            key=idempotency_key("channel", fact.key, channel_id(url)),
            topic=fact.topic,
            title=rendered.subject,
            body=body,
            now=now,
        )
