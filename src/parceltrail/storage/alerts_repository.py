"""Alert subscriptions and outbound webhook endpoints in the database (Core)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, insert, or_, select, update

from parceltrail.domain.notifications import (
    DeliveryMode,
    Subscription,
    SubscriptionKind,
    SubscriptionStatus,
    WebhookEndpoint,
)
from parceltrail.storage.repositories import Repository
from parceltrail.storage.tables import orders, subscriptions, webhook_endpoints


def _subscription(row: Row[Any]) -> Subscription:
    return Subscription(
        id=row.id,
        kind=SubscriptionKind(row.kind),
        email=row.email,
        status=SubscriptionStatus(row.status),
        milestones=tuple(row.milestones),
        created_at=row.created_at,
        user_id=row.user_id,
        order_id=row.order_id,
        tracking_number=row.tracking_number,
        mode=DeliveryMode(row.mode),
        problems=bool(row.problems),
        channels=tuple(row.channels or ()),
        language=row.language,
        time_zone=row.time_zone,
    )


def _endpoint(row: Row[Any]) -> WebhookEndpoint:
    return WebhookEndpoint(
        id=row.id,
        user_id=row.user_id,
        url=row.url,
        secret=row.secret,
        events=tuple(row.events),
        status=row.status,
        consecutive_failures=row.consecutive_failures,
        created_at=row.created_at,
        disabled_reason=row.disabled_reason,
    )


class SqlAlertRepository(Repository):
    def add_subscription(self, subscription: Subscription) -> None:
        s = subscription
        self._db.execute(
            insert(subscriptions).values(
                id=s.id,
                kind=s.kind.value,
                email=s.email,
                user_id=s.user_id,
                order_id=s.order_id,
                tracking_number=s.tracking_number,
                milestones=list(s.milestones),
                status=s.status.value,
                created_at=s.created_at,
                mode=s.mode.value,
                problems=int(s.problems),
                channels=list(s.channels) or None,
                language=s.language,
                time_zone=s.time_zone,
            )
        )
        self._seen.append(subscription)

    def set_choices(
        self,
        subscription_id: str,
        *,
        milestones: Sequence[str],
        mode: str,
        problems: bool,
        channels: Sequence[str],
    ) -> None:
        """What a subscription is told about, and how: per event or in the daily digest."""
        self._db.execute(
            update(subscriptions)
            .where(subscriptions.c.id == subscription_id)
            .values(
                milestones=list(milestones),
                mode=mode,
                problems=int(problems),
                channels=list(channels) or None,
            )
        )

    def subscriptions_of(
        self, *, user_id: str | None = None, email: str | None = None
    ) -> list[Subscription]:
        """A person's subscriptions, by account or by address, oldest first (at most 1,000)."""
        query = select(subscriptions).order_by(subscriptions.c.created_at, subscriptions.c.id)
        if user_id is not None:
            query = query.where(subscriptions.c.user_id == user_id)
        if email is not None:
            query = query.where(subscriptions.c.email == email)
        return [_subscription(row) for row in self._db.execute(query.limit(1000))]

    def subscription(self, subscription_id: str) -> Subscription | None:
        row = self._db.execute(
            select(subscriptions).where(subscriptions.c.id == subscription_id)
        ).first()
        return None if row is None else _subscription(row)

    def set_subscription_status(self, subscription_id: str, status: str, now: datetime) -> None:
        when = "confirmed_at" if status == "active" else "unsubscribed_at"
        self._db.execute(
            update(subscriptions)
            .where(subscriptions.c.id == subscription_id)
            .values({"status": status, when: now})
        )

    def asked_again(self, subscription_id: str, now: datetime) -> None:
        self._db.execute(
            update(subscriptions)
            .where(subscriptions.c.id == subscription_id)
            .values(created_at=now)
        )

    def find_subscription(
        self, *, kind: str, email: str, order_id: str | None, tracking_number: str | None
    ) -> Subscription | None:
        row = self._db.execute(
            select(subscriptions).where(
                subscriptions.c.kind == kind,
                subscriptions.c.email == email,
                subscriptions.c.order_id.is_(None)
                if order_id is None
                else subscriptions.c.order_id == order_id,
                subscriptions.c.tracking_number.is_(None)
                if tracking_number is None
                else subscriptions.c.tracking_number == tracking_number,
            )
        ).first()
        return None if row is None else _subscription(row)

    def subscribers(
        self, *, order_id: str | None, tracking_number: str, seller_id: str | None
    ) -> list[Subscription]:
        """Every subscription, any status, that concerns this order, number or seller."""
        clauses = [subscriptions.c.tracking_number == tracking_number]
        if order_id is not None:
            clauses.append(subscriptions.c.order_id == order_id)
        if seller_id is not None:
            clauses.append(
                (subscriptions.c.kind == SubscriptionKind.SELLER.value)
                & (subscriptions.c.user_id == seller_id)
            )
        query = select(subscriptions).where(or_(*clauses)).order_by(subscriptions.c.created_at)
        return [_subscription(row) for row in self._db.execute(query)]

    def add_endpoint(self, endpoint: WebhookEndpoint) -> None:
        e = endpoint
        self._db.execute(
            insert(webhook_endpoints).values(
                id=e.id,
                user_id=e.user_id,
                url=e.url,
                secret=e.secret,
                events=list(e.events),
                status=e.status,
                consecutive_failures=0,
                created_at=e.created_at,
            )
        )

    def endpoint(self, endpoint_id: str) -> WebhookEndpoint | None:
        row = self._db.execute(
            select(webhook_endpoints).where(webhook_endpoints.c.id == endpoint_id)
        ).first()
        return None if row is None else _endpoint(row)

    def endpoints_for(self, user_ids: Sequence[str] | None) -> list[WebhookEndpoint]:
        query = select(webhook_endpoints).order_by(webhook_endpoints.c.created_at)
        if user_ids is not None:
            query = query.where(webhook_endpoints.c.user_id.in_(list(user_ids)))
        return [_endpoint(row) for row in self._db.execute(query)]

    def set_endpoint(self, endpoint_id: str, **values: Any) -> None:
        self._db.execute(
            update(webhook_endpoints).where(webhook_endpoints.c.id == endpoint_id).values(values)
        )

    def seller_of(self, order_id: str) -> str | None:
        return self._db.execute(
            select(orders.c.seller_id).where(orders.c.id == order_id)
        ).scalar_one_or_none()
