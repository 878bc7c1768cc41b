"""Alert subscriptions as use cases, on the in-memory unit of work."""

from __future__ import annotations

from datetime import timedelta

import pytest

from parceltrail.domain.errors import NotFound, PermissionDenied, ValidationFailed
from parceltrail.domain.notifications import (
    DeliveryMode,
    Preferences,
    SubscriptionStatus,
    sign_token,
)
from parceltrail.domain.orders import Order, OrderLine
from parceltrail.domain.users import User
from parceltrail.services import alerts
from parceltrail.services import orders as order_service
from tests.unit.services.conftest import T0
from tests.unit.services.fakes import FakeUnitOfWork

SECRET = "a-test-secret-of-some-length"


def test_alerts_on_a_number_wait_for_the_confirmation_link(uow: FakeUnitOfWork) -> None:
    with uow:
        pending = alerts.subscribe_number(
            uow=uow,
            email="Fan@Example.com",
            tracking_number="rr 123 456 785 cn",
            milestones=["delivered", "out_for_delivery"],
            now=T0,
        )
    assert (pending.status, pending.email, pending.tracking_number) == (
        SubscriptionStatus.PENDING,
        "fan@example.com",
        "RR123456785CN",
    )
    assert pending.milestones == ("out_for_delivery", "delivered")  # the journey's order
    assert uow.topics() == ["subscription.requested"]
    with pytest.raises(NotFound, match="not valid"), uow:
        alerts.confirm(
            uow=uow, secret=SECRET, token=sign_token(SECRET, "other", pending.id), now=T0
        )
    with uow:
        alerts.confirm(
            uow=uow, secret=SECRET, token=sign_token(SECRET, alerts.CONFIRM, pending.id), now=T0
        )
    assert uow.store.subscriptions[pending.id].status is SubscriptionStatus.ACTIVE
    with uow:  # asking again once confirmed sends nothing new
        again = alerts.subscribe_number(
            uow=uow,
            email="fan@example.com",
            tracking_number="RR123456785CN",
            milestones=None,
            now=T0,
        )
    assert again.id == pending.id
    assert uow.topics() == ["subscription.requested"]


def test_unknown_milestones_are_refused_by_name(uow: FakeUnitOfWork) -> None:
    with pytest.raises(ValidationFailed, match="unknown milestones \\['teleported'\\]"), uow:
        alerts.subscribe_number(
            uow=uow,
            email="fan@example.com",
            tracking_number="RR123456785CN",
            milestones=["teleported"],
            now=T0,
        )
    assert uow.store.subscriptions == {}


def test_the_buyers_subscription_starts_from_their_preferences_once(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    uow.store.preferences[buyer.id] = Preferences(
        buyer.id, milestones=("delivered",), problems=False, mode=DeliveryMode.DIGEST
    )
    with uow:
        order: Order = order_service.create_order(
            uow=uow,
            seller=seller,
            reference="R-1",
            buyer_email=buyer.email,
            lines=[OrderLine("Mug", 1)],
            now=T0,
        )
    with uow:
        first = alerts.buyer_subscription(uow=uow, order=order, buyer=buyer, now=T0)
        second = alerts.buyer_subscription(
            uow=uow, order=order, buyer=buyer, now=T0 + timedelta(days=1)
        )
    assert first.id == second.id
    assert (first.status, first.milestones, first.problems, first.mode) == (
        SubscriptionStatus.ACTIVE,
        ("delivered",),
        False,
        DeliveryMode.DIGEST,
    )
    assert len(uow.store.subscriptions) == 1


def test_only_sellers_hear_of_problems_and_unsubscribing_is_undone_by_subscribing(
    uow: FakeUnitOfWork, seller: User, buyer: User
) -> None:
    with pytest.raises(PermissionDenied, match="only sellers"), uow:
        alerts.subscribe_seller_problems(uow=uow, seller=buyer, now=T0)
    with uow:
        sub = alerts.subscribe_seller_problems(uow=uow, seller=seller, now=T0)
    token = sign_token(SECRET, alerts.UNSUBSCRIBE, sub.id)
    with uow:
        alerts.unsubscribe(uow=uow, secret=SECRET, token=token, now=T0)
    assert uow.store.subscriptions[sub.id].status is SubscriptionStatus.UNSUBSCRIBED
    with uow:
        alerts.subscribe_seller_problems(uow=uow, seller=seller, now=T0)
    assert uow.store.subscriptions[sub.id].status is SubscriptionStatus.ACTIVE
