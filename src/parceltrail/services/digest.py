"""The daily digest: one mail per recipient per day summarising the milestones and problems
held for them (subscriptions in digest mode), sent through the outbox.

A day's digest leaves once the configured hour has passed and holds what happened before that
hour; what happens after it waits for the next day's. A digest's identity is (recipient,
day): its delivery's idempotency key. Running the sweep again, or on two runners, sends
nothing twice; an item that arrives after the day's digest left (a late carrier scan) waits
for the next day's. Nothing held, no mail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from parceltrail.domain.notifications import (
    DigestItem,
    Subscription,
    SubscriptionStatus,
    channel_id,
    idempotency_key,
)
from parceltrail.domain.words import N_, Words
from parceltrail.locale import spoken, written_day, written_moment, zone_named
from parceltrail.services.alerting import Links
from parceltrail.services.deliveries import queue_channel, queue_email
from parceltrail.services.notify_ports import Rendered, Templates
from parceltrail.services.ports import DigestUnitOfWork

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


@dataclass(frozen=True, slots=True)
class Wording:
    """How a digest is written and linked: the templates and the signed links."""

    templates: Templates
    links: Links
    language: str = "en"  # the shop's: for a recipient whose language nothing says


def send_digests(
    *,
    uow_factory: Callable[[], DigestUnitOfWork],
    wording: Wording,
    hour: int,
    now: datetime,
    max_recipients: int = MAX_RECIPIENTS,
) -> int:
    """Queue every due digest, up to ``max_recipients``, one transaction per recipient;
    ``hour`` is the configured hour (UTC) a day's digest leaves. Returns how many were queued."""
    slot = digest_slot(now, hour)
    queued = 0
    for recipient in _waiting(uow_factory, max_recipients, slot):
        if queued >= max_recipients:
            break
        with uow_factory() as uow:
            queued += _digest(wording, uow, recipient, slot, now)
    return queued


def _waiting(
    uow_factory: Callable[[], DigestUnitOfWork], page_size: int, before: datetime
) -> Iterator[str]:
    """Every address with held items, a page at a time: those whose digest of the day left
    already (their new items wait) must not fill the sweep's share and starve the others."""
    after = ""
    while True:
        with uow_factory() as uow:
            page = uow.digests.waiting_recipients(page_size, after=after, before=before)
        yield from page
        if len(page) < page_size:
            return
        after = page[-1]


def _digest(
    wording: Wording, uow: DigestUnitOfWork, recipient: str, slot: datetime, now: datetime
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
    rendered = _render(wording, live, _reader(uow, wording, recipient, subs), slot)
    if not queue_email(
        uow,
        key=key,
        topic="digest",
        to=recipient,
        rendered=rendered,
        now=now,
        unsubscribe_url=wording.links.unsubscribe_digest(recipient),
    ):
        return 0
    _to_channels(uow, live, subs, (key, rendered), now, wording.templates)
    uow.digests.take([i.key for i in live], key)
    return 1


def _subscriptions(uow: DigestUnitOfWork, items: Sequence[DigestItem]) -> dict[str, Subscription]:
    """The active subscriptions the items were held for (an ended one drops its items)."""
    found = {}
    for subscription_id in {i.subscription_id for i in items}:
        sub = uow.alerts.subscription(subscription_id)
        if sub is not None and sub.status is SubscriptionStatus.ACTIVE:
            found[subscription_id] = sub
    return found


def _reader(
    uow: DigestUnitOfWork, wording: Wording, recipient: str, subs: dict[str, Subscription]
) -> dict[str, Any]:
    """The recipient's language and time zone: their account's, else the ones they asked
    for alerts in, else the shop's language (UTC)."""
    user = uow.users.by_email(recipient)
    asked = sorted(subs.values(), key=lambda sub: sub.created_at)
    language = (user.language if user else None) or next(
        (sub.language for sub in asked if sub.language), wording.language
    )
    zone = (user.time_zone if user else None) or next(
        (sub.time_zone for sub in asked if sub.time_zone), None
    )
    return {"language": language, "time_zone": zone}


def _count(items: Sequence[DigestItem]) -> Words:
    if len(items) == 1:
        return Words(N_("1 update"))
    return Words(N_("{count} updates"), count=len(items))


def _render(
    wording: Wording, items: Sequence[DigestItem], reader: dict[str, Any], slot: datetime
) -> Rendered:
    say, links = wording.templates, wording.links
    language, zone = reader["language"], zone_named(reader["time_zone"])
    groups: dict[str, dict[str, Any]] = {}
    for item in items[:MAX_SHOWN]:
        group = groups.setdefault(
            item.tracking_number,
            {
                "tracking_number": item.tracking_number,
                "entries": [],
                "track_url": links.track(item.tracking_number),
                "manage_url": links.manage(item.subscription_id),
            },
        )
        group["entries"].append(
            {
                "headline": say.bounded(item.headline, 200),
                "detail": say.bounded(item.detail),
                "when": written_moment(item.happened_at, language, zone),
            }
        )
    context = {
        **reader,
        "day": written_day(slot.date(), language),
        "count": spoken(_count(items), language),
        "groups": list(groups.values()),
        "more": max(0, len(items) - MAX_SHOWN),
        "unsubscribe_url": links.unsubscribe_digest(items[0].recipient),
    }
    return say.render("digest", say.subject_for("digest", context), context)


def _to_channels(
    uow: DigestUnitOfWork,
    items: Sequence[DigestItem],
    subs: dict[str, Subscription],
    digest: tuple[str, Rendered],
    now: datetime,
    say: Templates,
) -> None:
    """The same digest, as text, once to each extra channel of the subscriptions involved."""
    key, rendered = digest
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
                body=_summary(items, say),
                now=now,
            )


def _summary(items: Sequence[DigestItem], say: Templates) -> str:
    lines = [f"{i.tracking_number}: {say.bounded(i.headline, 200)}" for i in items[:MAX_SHOWN]]
    if len(items) > MAX_SHOWN:
        lines.append(f"and {len(items) - MAX_SHOWN} more")
    return "\n".join(lines)
