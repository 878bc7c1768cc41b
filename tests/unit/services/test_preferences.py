"""Choices after subscribing and a person's preferences as use cases, on the in-memory unit of
work; channels are checked by the real Apprise checker (it parses URLs, it sends nothing)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from parceltrail.domain.errors import NotFound, ValidationFailed
from parceltrail.domain.notifications import (
    DeliveryMode,
    Subscription,
    SubscriptionKind,
    SubscriptionStatus,
    channel_id,
    sign_token,
)
from parceltrail.domain.orders import Order, OrderLine
from parceltrail.domain.users import User
from parceltrail.notify.channels import AppriseChannels
from parceltrail.services import alerts, preferences
from parceltrail.services.preferences import Choices
from tests.unit.services.conftest import T0
from tests.unit.services.fakes import FakeUnitOfWork

SECRET = "a-test-secret-of-some-length"
NTFY = "ntfys://ntfy.sh/parcels-of-ada"
CHANNELS = AppriseChannels()


def order_subscription(uow: FakeUnitOfWork, seller: User, buyer: User) -> Subscription:
    order = Order.create(
        reference="R-1",
        seller_id=seller.id,
        buyer_id=buyer.id,
        lines=[OrderLine("Mug", 1)],
        created_at=T0,
    )
    with uow:
        return alerts.buyer_subscription(uow=uow, order=order, buyer=buyer, now=T0)


def test_saved_preferences_reach_every_order_subscription_of_the_person(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    subscription = order_subscription(uow, seller, buyer)
    with uow:
        saved = preferences.save_preferences(
            uow=uow,
            user=buyer,
            now=T0,
            checker=CHANNELS,
            choices=Choices(milestones=["delivered"], mode="digest", channels=[f" {NTFY} "]),
        )
    assert (saved.milestones, saved.mode, saved.channels) == (
        ("delivered",),
        DeliveryMode.DIGEST,
        (NTFY,),
    )
    stored = uow.store.subscriptions[subscription.id]
    assert (stored.milestones, stored.mode, stored.channels) == (
        ("delivered",),
        DeliveryMode.DIGEST,
        (NTFY,),
    )
    with uow:  # a stored channel is kept by its id: its URL is never sent back
        kept = preferences.save_preferences(
            uow=uow,
            user=buyer,
            now=T0,
            checker=CHANNELS,
            choices=Choices(channels=[channel_id(NTFY)]),
        )
    assert (kept.channels, kept.mode) == ((NTFY,), DeliveryMode.DIGEST)


def test_a_channel_apprise_does_not_know_or_a_private_host_is_refused(
    uow: FakeUnitOfWork, buyer: User
) -> None:
    for url, why in (
        ("nosuch://x/y", "not a channel Apprise knows"),
        ("ntfy://127.0.0.1/topic", "sends only to public hosts"),
    ):
        with pytest.raises(ValidationFailed, match=why), uow:
            preferences.save_preferences(
                uow=uow, user=buyer, now=T0, checker=CHANNELS, choices=Choices(channels=[url])
            )
    assert uow.store.preferences == {}


def test_a_tracking_subscription_keeps_a_milestone_and_others_see_none_of_it(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    with uow:
        pending = alerts.subscribe_number(
            uow=uow,
            email=buyer.email,
            tracking_number="RR123456785CN",
            milestones=["delivered"],
            now=T0,
        )
    with pytest.raises(ValidationFailed, match="at least one milestone"), uow:
        preferences.change(
            uow=uow, subscription=pending, choices=Choices(milestones=[]), checker=CHANNELS
        )
    with pytest.raises(NotFound), uow:
        preferences.own_subscription(uow=uow, user=seller, subscription_id=pending.id)


def test_a_manage_link_works_for_ninety_days_and_not_once_unsubscribed(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    subscription = order_subscription(uow, seller, buyer)
    token = preferences.manage_token(secret=SECRET, subscription_id=subscription.id, now=T0)
    with uow:
        found = preferences.by_manage_token(
            uow=uow, secret=SECRET, token=token, now=T0 + timedelta(days=89)
        )
    assert found.id == subscription.id
    with pytest.raises(NotFound, match="expired"), uow:
        preferences.by_manage_token(
            uow=uow, secret=SECRET, token=token, now=T0 + timedelta(days=92)
        )
    uow.store.subscriptions[subscription.id].status = SubscriptionStatus.UNSUBSCRIBED
    with pytest.raises(NotFound, match="unsubscribed"), uow:
        preferences.by_manage_token(uow=uow, secret=SECRET, token=token, now=T0)


def test_the_digest_link_stops_only_that_addresses_digest_subscriptions(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    digest = order_subscription(uow, seller, buyer)
    uow.store.subscriptions[digest.id].mode = DeliveryMode.DIGEST
    with uow:
        immediate = alerts.subscribe_seller_problems(uow=uow, seller=seller, now=T0)
    token = sign_token(SECRET, preferences.DIGEST_UNSUBSCRIBE, buyer.email)
    with uow:
        stopped = preferences.unsubscribe_digest(uow=uow, secret=SECRET, token=token, now=T0)
    assert stopped == 1
    statuses = {s.kind: s.status for s in uow.store.subscriptions.values()}
    assert statuses == {
        SubscriptionKind.ORDER: SubscriptionStatus.UNSUBSCRIBED,
        SubscriptionKind.SELLER: SubscriptionStatus.ACTIVE,
    }
    assert immediate.email == seller.email
