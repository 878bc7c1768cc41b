"""Telling one subscriber one fact: held for their daily digest, or mailed now with its signed
unsubscribe and manage links and sent to each of their extra channels (Apprise)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from parceltrail.domain.notifications import DigestItem, Subscription, channel_id, idempotency_key
from parceltrail.domain.notifications import sign_token as _sign
from parceltrail.services import alerts, preferences
from parceltrail.services.deliveries import queue_channel, queue_email
from parceltrail.services.notify_ports import Rendered
from parceltrail.services.ports import AlertingUnitOfWork

RenderFn = Callable[[dict[str, Any]], Rendered]


@dataclass(frozen=True, slots=True)
class Links:
    """The addresses a message links to, signed with the instance's secret; base URL and secret
    are settings (PARCELTRAIL_BASE_URL, PARCELTRAIL_SECRET_KEY), passed in as values. Every
    link opens a page (web/pages/alerts.py), never JSON; the unsubscribe pages also take the
    List-Unsubscribe one-click POST."""

    base_url: str
    secret: str
    now: datetime  # when the message is made: manage links expire some time after it

    def unsubscribe(self, subscription_id: str) -> str:
        token = _sign(self.secret, alerts.UNSUBSCRIBE, subscription_id)
        return f"{self.base_url}/alerts/unsubscribe?token={token}"

    def manage(self, subscription_id: str) -> str:
        """The page where the recipient changes milestones, digest and channels, no login;
        the link expires a while after ``now`` (``preferences.MANAGE_LINK_TTL``)."""
        token = preferences.manage_token(
            secret=self.secret, subscription_id=subscription_id, now=self.now
        )
        return f"{self.base_url}/alerts/manage?token={token}"

    def confirm(self, subscription_id: str) -> str:
        token = _sign(self.secret, alerts.CONFIRM, subscription_id)
        return f"{self.base_url}/alerts/confirm?token={token}"

    def unsubscribe_digest(self, recipient: str) -> str:
        token = _sign(self.secret, preferences.DIGEST_UNSUBSCRIBE, recipient)
        return f"{self.base_url}/alerts/unsubscribe-digest?token={token}"

    def track(self, number: str) -> str:
        return f"{self.base_url}/track/{number}"

    def order(self, order_id: str) -> str:
        return f"{self.base_url}/orders/{order_id}"


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
    links: Links,
    uow: AlertingUnitOfWork,
    sub: Subscription,
    fact: Fact,
    render: RenderFn,
    now: datetime,
) -> None:
    urls = {"unsubscribe_url": links.unsubscribe(sub.id), "manage_url": links.manage(sub.id)}
    rendered = render(urls)
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
        unsubscribe_url=urls["unsubscribe_url"],
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
