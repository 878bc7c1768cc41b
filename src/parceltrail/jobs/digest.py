"""The daily digest: one mail per recipient per day summarising the milestones and problems
held for them (subscriptions in digest mode), sent through the outbox.

A day's digest leaves once the configured hour has passed and holds what happened before that
hour; what happens after it waits for the next day's. A digest's identity is (recipient,
day): its delivery's idempotency key. Running the sweep again, or on two runners, sends
nothing twice; an item that arrives after the day's digest left (a late carrier scan) waits
for the next day's. Nothing held, no mail.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

from parceltrail.domain.notifications import (
    DigestItem,
    Subscription,
    SubscriptionStatus,
    channel_id,
    idempotency_key,
    sign_token,
)
from parceltrail.jobs.alerting import manage_url
from parceltrail.jobs.context import JobContext
from parceltrail.jobs.outgoing import queue_channel, queue_email
from parceltrail.notify import render
from parceltrail.services import preferences
from parceltrail.services.ports import UnitOfWork

MAX_RECIPIENTS = 1000  # per sweep run; the next run takes the rest
MAX_ITEMS = 500  # per digest; more wait for the next day's
MAX_SHOWN = 50  # entries written out in one mail
DROPPED = "dropped"  # digest_key of items whose subscription ended before the digest


def digest_day(now: datetime, hour: int) -> str:
    """The day whose digest is due: today once ``hour`` (UTC) has passed, else yesterday."""
    return digest_slot(now, hour).date().isoformat()


def digest_slot(now: datetime, hour: int) -> datetime:
    """When the due digest's day turned: what happened before it goes in that digest."""
    slot = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    return slot if slot <= now else slot - timedelta(days=1)


def send_digests(ctx: JobContext, *, max_recipients: int = MAX_RECIPIENTS) -> int:
    """Queue every due digest, up to ``max_recipients``; returns how many were queued."""
    now = ctx.clock()
    slot = digest_slot(now, ctx.settings.digest_hour_utc)
    queued = 0
    for recipient in _waiting(ctx, max_recipients, slot):
        if queued >= max_recipients:
            break
        with ctx.uow() as uow:
            queued += _digest(ctx, uow, recipient, slot, now)
    return queued


def _waiting(ctx: JobContext, page_size: int, before: datetime) -> Iterator[str]:
    """Every address with held items, a page at a time: those whose digest of the day left
    already (their new items wait) must not fill the sweep's share and starve the others."""
    after = ""
    while True:
        with ctx.uow() as uow:
            page = uow.digests.waiting_recipients(page_size, after=after, before=before)
        yield from page
        if len(page) < page_size:
            return
        after = page[-1]


def unsubscribe_url(ctx: JobContext, recipient: str) -> str:
    token = sign_token(ctx.settings.secret_key, preferences.DIGEST_UNSUBSCRIBE, recipient)
    return f"{ctx.settings.base_url}/api/v1/subscriptions/unsubscribe-digest?token={token}"


def _digest(
    ctx: JobContext, uow: UnitOfWork, recipient: str, slot: datetime, now: datetime
) -> int:
    day = slot.date().isoformat()
    key = idempotency_key("digest", recipient, day)
    if uow.deliveries.exists(key):
        return 0  # today's digest left already: these wait for tomorrow's
    items = uow.digests.waiting(recipient, MAX_ITEMS, before=slot)
    subs = _subscriptions(uow, items)
    live = [i for i in items if i.subscription_id in subs]
    uow.digests.take([i.key for i in items if i.subscription_id not in subs], DROPPED)
    if not live:
        return 0
    rendered = _render(ctx, live, day)
    if not queue_email(
        uow,
        key=key,
        topic="digest",
        to=recipient,
        rendered=rendered,
        now=now,
        unsubscribe_url=unsubscribe_url(ctx, recipient),
    ):
        return 0
    _to_channels(uow, live, subs, key, rendered, now)
    uow.digests.take([i.key for i in live], key)
    return 1


def _subscriptions(uow: UnitOfWork, items: Sequence[DigestItem]) -> dict[str, Subscription]:
    """The active subscriptions the items were held for (an ended one drops its items)."""
    found = {}
    for subscription_id in {i.subscription_id for i in items}:
        sub = uow.alerts.subscription(subscription_id)
        if sub is not None and sub.status is SubscriptionStatus.ACTIVE:
            found[subscription_id] = sub
    return found


def _render(ctx: JobContext, items: Sequence[DigestItem], day: str) -> render.Rendered:
    groups: dict[str, dict[str, Any]] = {}
    for item in items[:MAX_SHOWN]:
        group = groups.setdefault(
            item.tracking_number,
            {
                "tracking_number": item.tracking_number,
                "entries": [],
                "track_url": f"{ctx.settings.base_url}/track/{item.tracking_number}",
                "manage_url": manage_url(ctx, item.subscription_id),
            },
        )
        group["entries"].append(
            {
                "headline": render.bounded(item.headline, 200),
                "detail": render.bounded(item.detail),
                "when": item.happened_at.strftime("%d %b %H:%M UTC"),
            }
        )
    count = f"{len(items)} update" + ("s" if len(items) != 1 else "")
    context = {
        "day": day,
        "count": count,
        "groups": list(groups.values()),
        "more": max(0, len(items) - MAX_SHOWN),
        "unsubscribe_url": unsubscribe_url(ctx, items[0].recipient),
    }
    return render.render("digest", render.subject_for("digest", context), context)


def _to_channels(
    uow: UnitOfWork,
    items: Sequence[DigestItem],
    subs: dict[str, Subscription],
    key: str,
    rendered: render.Rendered,
    now: datetime,
) -> None:
    """The same digest, as text, once to each extra channel of the subscriptions involved."""
    sent: set[str] = set()
    for item in items:
        sub = subs[item.subscription_id]
        for url in sub.channels:
            name = channel_id(url)
            if name in sent:
                continue
            sent.add(name)
            queue_channel(
                uow,
                subscription_id=sub.id,
                url=url,
                key=idempotency_key("digest-channel", key, name),
                topic="digest",
                title=rendered.subject,
                body=_summary(items),
                now=now,
            )


def _summary(items: Sequence[DigestItem]) -> str:
    lines = [f"{i.tracking_number}: {render.bounded(i.headline, 200)}" for i in items[:MAX_SHOWN]]
    if len(items) > MAX_SHOWN:
        lines.append(f"and {len(items) - MAX_SHOWN} more")
    return "\n".join(lines)
