"""Choices after subscribing: a subscription's milestones, delivery mode and channels, changed
by its signed-in owner or through the signed manage link in every alert mail; and a person's
notification preferences, applied to their automatic order (and seller) subscriptions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from parceltrail.domain.errors import NotFound, ValidationFailed
from parceltrail.domain.notifications import (
    MAX_CHANNELS,
    DeliveryMode,
    Preferences,
    Subscription,
    SubscriptionKind,
    SubscriptionStatus,
    channel_id,
    read_token,
    sign_token,
)
from parceltrail.domain.users import User
from parceltrail.domain.words import N_, Words
from parceltrail.services import alerts
from parceltrail.services.notify_ports import ChannelChecker
from parceltrail.services.ports import AlertsUnitOfWork

MANAGE = "manage"
MANAGE_LINK_TTL = timedelta(days=90)  # a link in an alert mail works this long after it
DIGEST_UNSUBSCRIBE = "unsubscribe-digest"

_LINK_NOT_VALID = N_("this link is not valid; copy the whole link from the e-mail")


@dataclass(frozen=True, slots=True)
class Choices:
    """What to change; None keeps the current value. ``channels`` holds new Apprise URLs and
    the ids (``ch_...``) of stored ones to keep: a stored URL is never sent back in full."""

    milestones: Sequence[str] | None = None
    mode: str | None = None
    problems: bool | None = None
    channels: Sequence[str] | None = None


def checked_mode(mode: str) -> DeliveryMode:
    try:
        return DeliveryMode(mode)
    except ValueError:
        choices = [m.value for m in DeliveryMode]
        raise ValidationFailed(f"mode must be one of {choices}", field="mode") from None


def checked_channels(
    requested: Sequence[str], stored: Sequence[str], checker: ChannelChecker
) -> tuple[str, ...]:
    """New URLs checked by Apprise, stored ones kept by id; at most MAX_CHANNELS."""
    by_id = {channel_id(url): url for url in stored}
    wanted = [entry.strip() for entry in requested if entry and entry.strip()]
    if len(wanted) > MAX_CHANNELS:
        raise ValidationFailed(
            Words("at most {most} channels; remove one before adding another", most=MAX_CHANNELS),
            field="channels",
        )
    return tuple(dict.fromkeys(by_id.get(entry) or checker.check(entry) for entry in wanted))


def _apply(
    current: Subscription | Preferences, choices: Choices, checker: ChannelChecker
) -> tuple[tuple[str, ...], DeliveryMode, bool, tuple[str, ...]]:
    milestones = (
        current.milestones
        if choices.milestones is None
        else alerts.checked_milestones(choices.milestones)
    )
    mode = current.mode if choices.mode is None else checked_mode(choices.mode)
    problems = current.problems if choices.problems is None else choices.problems
    channels = (
        current.channels
        if choices.channels is None
        else checked_channels(choices.channels, current.channels, checker)
    )
    return milestones, mode, problems, channels


def change(
    *, uow: AlertsUnitOfWork, subscription: Subscription, choices: Choices, checker: ChannelChecker
) -> Subscription:
    """New choices for one subscription; an unsubscribed one stays unsubscribed."""
    milestones, mode, problems, channels = _apply(subscription, choices, checker)
    if subscription.kind is SubscriptionKind.TRACKING and not milestones:
        raise ValidationFailed(
            N_("choose at least one milestone, or unsubscribe with the link in the mail"),
            field="milestones",
        )
    if subscription.kind is SubscriptionKind.SELLER:
        milestones = ()  # a seller's subscription is for problems only
    uow.alerts.set_choices(
        subscription.id,
        milestones=milestones,
        mode=mode.value,
        problems=problems,
        channels=channels,
    )
    return replace(
        subscription, milestones=milestones, mode=mode, problems=problems, channels=channels
    )


def own_subscription(*, uow: AlertsUnitOfWork, user: User, subscription_id: str) -> Subscription:
    found = uow.alerts.subscription(subscription_id[:40])
    if found is None or not (user.is_admin or found.user_id == user.id):
        raise NotFound(
            Words("no subscription {subscription!r} among yours", subscription=subscription_id[:40])
        )
    return found


def manage_token(*, secret: str, subscription_id: str, now: datetime) -> str:
    """The manage link's token: the subscription and the day it was issued, signed."""
    return sign_token(secret, MANAGE, f"{subscription_id}~{int(now.timestamp()) // 86400}")


def by_manage_token(
    *, uow: AlertsUnitOfWork, secret: str, token: str, now: datetime
) -> Subscription:
    """The subscription behind a manage link; a link expires ``MANAGE_LINK_TTL`` after its
    mail, and stops working once the subscription is unsubscribed."""
    subject = read_token(secret, MANAGE, token) or ""
    subscription_id, _, day = subject.partition("~")
    if not subscription_id or not day.isdigit():
        raise NotFound(_LINK_NOT_VALID)
    issued = datetime.fromtimestamp(int(day) * 86400, tz=UTC)
    found = uow.alerts.subscription(subscription_id)
    if found is None or found.status is SubscriptionStatus.UNSUBSCRIBED:
        raise NotFound(
            N_("these alerts are unsubscribed; ask for alerts again on the tracking page")
        )
    if now - issued > MANAGE_LINK_TTL:
        raise NotFound(
            N_("this link has expired; use the link in a more recent alert mail, or log in")
        )
    return found


def mine(*, uow: AlertsUnitOfWork, user: User) -> list[Subscription]:
    return uow.alerts.subscriptions_of(user_id=user.id)


def preferences_of(*, uow: AlertsUnitOfWork, user: User) -> Preferences:
    return uow.preferences.get(user.id) or Preferences(user_id=user.id)


def seller_problems_on(*, uow: AlertsUnitOfWork, user: User) -> bool:
    found = uow.alerts.find_subscription(
        kind=SubscriptionKind.SELLER, email=user.email, order_id=None, tracking_number=None
    )
    return found is not None and found.status is SubscriptionStatus.ACTIVE


def save_preferences(
    *,
    uow: AlertsUnitOfWork,
    user: User,
    choices: Choices,
    checker: ChannelChecker,
    now: datetime,
    seller_problems: bool | None = None,
) -> Preferences:
    """Store the choices and apply them to every order and seller subscription of ``user``."""
    milestones, mode, problems, channels = _apply(
        preferences_of(uow=uow, user=user), choices, checker
    )
    saved = Preferences(
        user_id=user.id, milestones=milestones, problems=problems, mode=mode, channels=channels
    )
    uow.preferences.save(saved, now)
    if seller_problems is not None and user.can_sell:
        _seller_problems(uow, user, seller_problems, now)
    for sub in uow.alerts.subscriptions_of(user_id=user.id):
        if sub.kind is SubscriptionKind.ORDER:
            uow.alerts.set_choices(
                sub.id, milestones=milestones, mode=mode.value, problems=problems, channels=channels
            )
        elif sub.kind is SubscriptionKind.SELLER:
            uow.alerts.set_choices(
                sub.id, milestones=(), mode=mode.value, problems=True, channels=channels
            )
    return saved


def add_channel(
    *, uow: AlertsUnitOfWork, user: User, url: str, checker: ChannelChecker, now: datetime
) -> Preferences:
    """One more channel (a browser's push subscription) beside those the user has."""
    current = preferences_of(uow=uow, user=user)
    kept = [channel_id(stored) for stored in current.channels]
    return save_preferences(
        uow=uow, user=user, choices=Choices(channels=[*kept, url]), checker=checker, now=now
    )


def _seller_problems(uow: AlertsUnitOfWork, user: User, on: bool, now: datetime) -> None:
    if on:
        alerts.subscribe_seller_problems(uow=uow, seller=user, now=now)
        return
    found = uow.alerts.find_subscription(
        kind=SubscriptionKind.SELLER, email=user.email, order_id=None, tracking_number=None
    )
    if found is not None and found.status is SubscriptionStatus.ACTIVE:
        uow.alerts.set_subscription_status(found.id, SubscriptionStatus.UNSUBSCRIBED, now)


def unsubscribe_digest(*, uow: AlertsUnitOfWork, secret: str, token: str, now: datetime) -> int:
    """The digest's unsubscribe link: every active subscription of that address in digest
    mode stops. Returns how many."""
    email = read_token(secret, DIGEST_UNSUBSCRIBE, token)
    if email is None:
        raise NotFound(_LINK_NOT_VALID)
    stopped = 0
    for sub in uow.alerts.subscriptions_of(email=email):
        if sub.digest and sub.status is SubscriptionStatus.ACTIVE:
            uow.alerts.set_subscription_status(sub.id, SubscriptionStatus.UNSUBSCRIBED, now)
            stopped += 1
    return stopped
