"""Deliveries (services/deliveries.py): queued in the caller's transaction, re-checked before
sending, and what each outcome changes; on the in-memory unit of work."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from parceltrail.domain.notifications import (
    Subscription,
    SubscriptionKind,
    SubscriptionStatus,
    WebhookEndpoint,
    channel_id,
)
from parceltrail.domain.users import User, erased_address
from parceltrail.notify import render
from parceltrail.services import deliveries
from parceltrail.services.notify_ports import Rendered
from tests.unit.services.conftest import T0
from tests.unit.services.fakes import FakeUnitOfWork

HELLO = Rendered("Hello", "text", "<p>html</p>")
CHANNEL = "ntfy://ntfy.example.com/parcels"


def endpoint(uow: FakeUnitOfWork, owner: User, failures: int = 0) -> WebhookEndpoint:
    found = WebhookEndpoint(
        "wh_1", owner.id, "https://hooks.example.com/x", "whsec_x", ("*",), "active", failures, T0
    )
    uow.store.endpoints[found.id] = found
    return found


def test_a_mail_is_queued_once_with_its_send_job_and_never_to_an_erased_address(
    uow: FakeUnitOfWork, buyer: User
) -> None:
    with uow:
        first = deliveries.queue_email(
            uow, key="k", topic="t", to=buyer.email, rendered=HELLO, now=T0
        )
        again = deliveries.queue_email(
            uow, key="k", topic="t", to=buyer.email, rendered=HELLO, now=T0
        )
        erased = deliveries.queue_email(
            uow, key="k2", topic="t", to=erased_address("usr_gone"), rendered=HELLO, now=T0
        )
    assert (first, again, erased) == (True, False, False)
    (delivery,) = uow.store.deliveries.values()
    assert (delivery.recipient, delivery.subject, delivery.status) == (
        buyer.email,
        "Hello",
        "pending",
    )
    assert [(j["topic"], j["payload"]) for j in uow.store.jobs] == [
        (deliveries.SEND_TOPIC, {"delivery_id": delivery.id}),
    ]


def test_the_send_task_rechecks_what_to_send_and_where(uow: FakeUnitOfWork, seller: User) -> None:
    hook = endpoint(uow, seller)
    sub = Subscription(
        "sub_1",
        SubscriptionKind.TRACKING,
        "fan@example.com",
        SubscriptionStatus.ACTIVE,
        ("delivered",),
        T0,
        channels=(CHANNEL,),
    )
    uow.store.subscriptions[sub.id] = sub
    with uow:
        deliveries.queue_webhook(uow, hook, topic="order.created", source="1", data={}, now=T0)
        deliveries.queue_channel(
            uow,
            subscription_id=sub.id,
            url=CHANNEL,
            key="c1",
            topic="t",
            title="Hi",
            body="Body",
            now=T0,
        )
    webhook_id, channel_delivery_id = uow.store.deliveries
    with uow:
        to_hook = deliveries.to_send(uow=uow, delivery_id=webhook_id)
        to_channel = deliveries.to_send(uow=uow, delivery_id=channel_delivery_id)
    assert to_hook is not None
    assert (to_hook.endpoint, to_hook.skipped) == (hook, None)
    assert to_channel is not None
    assert (to_channel.channel_url, to_channel.skipped) == (CHANNEL, None)
    assert to_channel.delivery.recipient == channel_id(CHANNEL)  # the row never holds the URL
    sub.status = SubscriptionStatus.UNSUBSCRIBED
    uow.store.endpoints[hook.id] = replace(hook, status="disabled")
    with uow:
        gone_hook = deliveries.to_send(uow=uow, delivery_id=webhook_id)
        gone_channel = deliveries.to_send(uow=uow, delivery_id=channel_delivery_id)
        deliveries.record(uow=uow, delivery=to_hook.delivery, status="sent", now=T0)
        sent_already = deliveries.to_send(uow=uow, delivery_id=webhook_id)
    assert gone_hook is not None
    assert gone_hook.skipped == "endpoint disabled or deleted"
    assert gone_channel is not None
    assert gone_channel.skipped == "channel removed or unsubscribed"
    assert sent_already is None


def test_an_endpoint_dead_the_configured_times_in_a_row_is_disabled_and_its_owner_told(
    uow: FakeUnitOfWork, seller: User
) -> None:
    hook = endpoint(uow, seller, failures=1)
    with uow:
        for source in ("1", "2", "3"):
            deliveries.queue_webhook(uow, hook, topic="t", source=source, data={}, now=T0)
    first, second, third = uow.store.deliveries
    with uow:
        deliveries.record_dead(
            uow=uow, delivery_id=first, reason="HTTP 500", disable_after=3, templates=render, now=T0
        )
    assert uow.store.endpoints[hook.id].consecutive_failures == 2
    assert uow.store.endpoints[hook.id].status == "active"
    with uow:  # an answer in between starts the count afresh
        deliveries.record(uow=uow, delivery=uow.store.deliveries[second], status="sent", now=T0)
    assert uow.store.endpoints[hook.id].consecutive_failures == 0
    uow.store.endpoints[hook.id] = replace(hook, consecutive_failures=2)
    later = T0 + timedelta(hours=1)
    with uow:
        deliveries.record_dead(
            uow=uow,
            delivery_id=third,
            reason="HTTP 500",
            disable_after=3,
            templates=render,
            now=later,
        )
    assert (uow.store.endpoints[hook.id].status, uow.store.deliveries[third].status) == (
        "disabled",
        "dead",
    )
    (told,) = [d for d in uow.store.deliveries.values() if d.channel == "email"]
    assert (told.recipient, told.subject, told.topic) == (
        seller.email,
        "Webhook endpoint disabled",
        "webhook.disabled",
    )
