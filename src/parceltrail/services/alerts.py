"""Alert subscriptions: buyers automatically, anyone by e-mail (double opt-in), sellers too."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from parceltrail.domain.errors import NotFound, PermissionDenied, ValidationFailed
from parceltrail.domain.ids import new_id
from parceltrail.domain.notifications import (
    ALERT_MILESTONES,
    DeliveryMode,
    Preferences,
    Subscription,
    SubscriptionKind,
    SubscriptionRequested,
    SubscriptionStatus,
    read_token,
)
from parceltrail.domain.orders import Order
from parceltrail.domain.tracking import checked_number
from parceltrail.domain.users import User, normalize_email
from parceltrail.domain.words import N_, Words
from parceltrail.services.ports import AlertsUnitOfWork
from parceltrail.services.reading import checked_language, checked_time_zone

CONFIRM = "confirm"
CONFIRMATION_RESENT_AFTER = timedelta(days=1)
UNSUBSCRIBE = "unsubscribe"


def checked_milestones(milestones: Sequence[str] | None) -> tuple[str, ...]:
    if milestones is None:
        return ALERT_MILESTONES
    unknown = sorted(set(milestones) - set(ALERT_MILESTONES))
    if unknown:
        raise ValidationFailed(
            Words(
                "unknown milestones {unknown}; choose among {known}",
                unknown=str(unknown[:5]),
                known=str(list(ALERT_MILESTONES)),
            ),
            field="milestones",
        )
    return tuple(m for m in ALERT_MILESTONES if m in milestones)


def subscribe_number(
    *,
    uow: AlertsUnitOfWork,
    email: str,
    tracking_number: str,
    milestones: Sequence[str] | None,
    now: datetime,
    language: str | None = None,
    time_zone: str | None = None,
) -> Subscription:
    """Ask for alerts on a number; nothing is sent until the confirmation link is followed.
    Its mails are in ``language`` and ``time_zone`` (the page's, when asked on a page) unless
    the address has an account that says otherwise.

    One request is pending per address and number: asking again sends no new mail, except
    once a day (a confirmation mail may have been lost)."""
    address = normalize_email(email)
    number = checked_number(tracking_number)
    chosen = checked_milestones(milestones)
    language, time_zone = checked_language(language), checked_time_zone(time_zone)
    existing = uow.alerts.find_subscription(
        kind=SubscriptionKind.TRACKING, email=address, order_id=None, tracking_number=number
    )
    if existing is not None and existing.status is SubscriptionStatus.ACTIVE:
        return existing  # already confirmed: say nothing that reveals more, send nothing
    if existing is not None and existing.status is SubscriptionStatus.PENDING:
        if now - existing.created_at >= CONFIRMATION_RESENT_AFTER:
            uow.alerts.asked_again(existing.id, now)
            existing.events.append(SubscriptionRequested(existing.id, address, number))
            uow.record(existing)
        return existing
    subscription = Subscription.request_tracking(
        email=address,
        tracking_number=number,
        milestones=chosen,
        created_at=now,
        language=language,
        time_zone=time_zone,
    )
    uow.alerts.add_subscription(subscription)
    return subscription


def subscribe_seller_problems(
    *, uow: AlertsUnitOfWork, seller: User, now: datetime
) -> Subscription:
    """A seller hears about problems on every shipment they sold."""
    if not seller.can_sell:
        raise PermissionDenied(N_("only sellers can subscribe to problems on their shipments"))
    existing = uow.alerts.find_subscription(
        kind=SubscriptionKind.SELLER, email=seller.email, order_id=None, tracking_number=None
    )
    if existing is not None:
        if existing.status is not SubscriptionStatus.ACTIVE:
            uow.alerts.set_subscription_status(existing.id, SubscriptionStatus.ACTIVE, now)
        return existing
    chosen = uow.preferences.get(seller.id)
    subscription = Subscription(
        id=new_id("sub"),
        kind=SubscriptionKind.SELLER,
        email=seller.email,
        status=SubscriptionStatus.ACTIVE,
        milestones=(),
        created_at=now,
        user_id=seller.id,
        mode=chosen.mode if chosen else DeliveryMode.IMMEDIATE,
        channels=chosen.channels if chosen else (),
    )
    uow.alerts.add_subscription(subscription)
    return subscription


def buyer_subscription(
    *, uow: AlertsUnitOfWork, order: Order, buyer: User, now: datetime
) -> Subscription:
    """The buyer's subscription to their order, created on first need: active, with the
    buyer's notification preferences (every milestone, at once, by e-mail, by default)."""
    existing = uow.alerts.find_subscription(
        kind=SubscriptionKind.ORDER, email=buyer.email, order_id=order.id, tracking_number=None
    )
    if existing is not None:
        return existing
    chosen = uow.preferences.get(buyer.id) or Preferences(user_id=buyer.id)
    subscription = Subscription(
        id=new_id("sub"),
        kind=SubscriptionKind.ORDER,
        email=buyer.email,
        status=SubscriptionStatus.ACTIVE,
        milestones=chosen.milestones,
        created_at=now,
        user_id=buyer.id,
        order_id=order.id,
        mode=chosen.mode,
        problems=chosen.problems,
        channels=chosen.channels,
    )
    uow.alerts.add_subscription(subscription)
    return subscription


def _by_token(uow: AlertsUnitOfWork, secret: str, purpose: str, token: str) -> Subscription:
    subscription_id = read_token(secret, purpose, token)
    found = uow.alerts.subscription(subscription_id) if subscription_id else None
    if found is None:
        raise NotFound(N_("this link is not valid; copy the whole link from the e-mail"))
    return found


def confirm(*, uow: AlertsUnitOfWork, secret: str, token: str, now: datetime) -> Subscription:
    found = _by_token(uow, secret, CONFIRM, token)
    if found.status is SubscriptionStatus.PENDING:
        uow.alerts.set_subscription_status(found.id, SubscriptionStatus.ACTIVE, now)
        found.status = SubscriptionStatus.ACTIVE
    return found


def unsubscribe(*, uow: AlertsUnitOfWork, secret: str, token: str, now: datetime) -> Subscription:
    found = _by_token(uow, secret, UNSUBSCRIBE, token)
    if found.status is not SubscriptionStatus.UNSUBSCRIBED:
        uow.alerts.set_subscription_status(found.id, SubscriptionStatus.UNSUBSCRIBED, now)
        found.status = SubscriptionStatus.UNSUBSCRIBED
    return found
