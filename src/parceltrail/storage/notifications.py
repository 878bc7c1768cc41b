"""Repositories for deliveries, subscriptions and webhook endpoints, over SQLAlchemy Core."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from parceltrail.domain.notifications import (
    Delivery,
    DeliveryMode,
    Subscription,
    SubscriptionKind,
    SubscriptionStatus,
    WebhookEndpoint,
)
from parceltrail.storage.repositories import Repository
from parceltrail.storage.tables import deliveries, orders, outbox, subscriptions, webhook_endpoints

MAX_ERROR = 2000


def _delivery(row: Row[Any]) -> Delivery:
    return Delivery(
        id=row.id, channel=row.channel, idempotency_key=row.idempotency_key, topic=row.topic,
        recipient=row.recipient, subject=row.subject, content=dict(row.content),
        status=row.status, attempts=row.attempts, created_at=row.created_at,
        endpoint_id=row.endpoint_id, transport=row.transport, sent_at=row.sent_at,
        last_error=row.last_error,
    )


class SqlDeliveryRepository(Repository):
    def add(
        self,
        *,
        channel: str,
        key: str,
        topic: str,
        recipient: str,
        subject: str | None,
        content: dict[str, Any],
        now: datetime,
        endpoint_id: str | None = None,
    ) -> int | None:
        values = {
            "channel": channel, "idempotency_key": key, "topic": topic,
            "recipient": recipient[:254], "subject": subject, "content": content,
            "status": "pending", "attempts": 0, "created_at": now, "endpoint_id": endpoint_id,
        }
        if self._db.execute(
            select(deliveries.c.id).where(deliveries.c.idempotency_key == key)
        ).first():
            return None
        try:
            with self._db.begin_nested():
                result = self._db.execute(insert(deliveries).values(**values))
        except IntegrityError:  # a concurrent fan-out of the same facts won the race
            return None
        key_row = result.inserted_primary_key
        assert key_row is not None
        return int(key_row[0])

    def exists(self, key: str) -> bool:
        found = select(deliveries.c.id).where(deliveries.c.idempotency_key == key)
        return self._db.execute(found).first() is not None

    def get(self, delivery_id: int) -> Delivery | None:
        row = self._db.execute(select(deliveries).where(deliveries.c.id == delivery_id)).first()
        return None if row is None else _delivery(row)

    def mark(
        self, delivery_id: int, *, status: str, now: datetime, transport: str | None = None,
        error: str | None = None,
    ) -> None:
        values: dict[str, Any] = {"status": status, "attempts": deliveries.c.attempts + 1}
        if status == "sent":
            values.update(sent_at=now, transport=transport, last_error=None)
        elif error is not None:
            values["last_error"] = error[:MAX_ERROR]
        self._db.execute(update(deliveries).where(deliveries.c.id == delivery_id).values(values))

    def for_endpoint(self, endpoint_id: str, limit: int) -> list[Delivery]:
        query = (
            select(deliveries).where(deliveries.c.endpoint_id == endpoint_id)
            .order_by(deliveries.c.id.desc()).limit(limit)
        )
        return [_delivery(row) for row in self._db.execute(query)]

    def inbox(self, limit: int) -> list[Delivery]:
        query = (
            select(deliveries).where(deliveries.c.channel == "email")
            .order_by(deliveries.c.id.desc()).limit(limit)
        )
        return [_delivery(row) for row in self._db.execute(query)]

    def enqueue(self, topic: str, payload: dict[str, Any], now: datetime) -> None:
        self._db.execute(
            insert(outbox).values(
                topic=topic, aggregate_id=None, payload=payload, status="pending", attempts=0,
                created_at=now, available_at=now,
            )
        )

    def jobs(self, statuses: Sequence[str], limit: int) -> list[dict[str, Any]]:
        query = select(outbox).order_by(outbox.c.id.desc()).limit(limit)
        if statuses:
            query = query.where(outbox.c.status.in_(list(statuses)))
        return [dict(row._mapping) for row in self._db.execute(query)]

    def retry_job(self, job_id: int, now: datetime) -> bool:
        """Make a failed or dead job due now, with a fresh count of attempts."""
        return bool(
            self._db.execute(
                update(outbox)
                .where(outbox.c.id == job_id, outbox.c.status.in_(("dead", "failed")))
                .values(status="pending", attempts=0, available_at=now)
            ).rowcount
        )


def _subscription(row: Row[Any]) -> Subscription:
    return Subscription(
        id=row.id, kind=SubscriptionKind(row.kind), email=row.email,
        status=SubscriptionStatus(row.status), milestones=tuple(row.milestones),
        created_at=row.created_at, user_id=row.user_id, order_id=row.order_id,
        tracking_number=row.tracking_number, mode=DeliveryMode(row.mode),
        problems=bool(row.problems), channels=tuple(row.channels or ()),
    )


def _endpoint(row: Row[Any]) -> WebhookEndpoint:
    return WebhookEndpoint(
        id=row.id, user_id=row.user_id, url=row.url, secret=row.secret,
        events=tuple(row.events), status=row.status,
        consecutive_failures=row.consecutive_failures, created_at=row.created_at,
        disabled_reason=row.disabled_reason,
    )


class SqlAlertRepository(Repository):
    def add_subscription(self, subscription: Subscription) -> None:
        s = subscription
        self._db.execute(
            insert(subscriptions).values(
                id=s.id, kind=s.kind.value, email=s.email, user_id=s.user_id,
                order_id=s.order_id, tracking_number=s.tracking_number,
                milestones=list(s.milestones), status=s.status.value, created_at=s.created_at,
                mode=s.mode.value, problems=int(s.problems), channels=list(s.channels) or None,
            )
        )
        self._seen.append(subscription)

    def set_choices(
        self, subscription_id: str, *, milestones: Sequence[str], mode: str, problems: bool,
        channels: Sequence[str],
    ) -> None:
        """What a subscription is told about, and how: per event or in the daily digest."""
        self._db.execute(
            update(subscriptions).where(subscriptions.c.id == subscription_id).values(
                milestones=list(milestones), mode=mode, problems=int(problems),
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
                subscriptions.c.kind == kind, subscriptions.c.email == email,
                subscriptions.c.order_id.is_(None) if order_id is None
                else subscriptions.c.order_id == order_id,
                subscriptions.c.tracking_number.is_(None) if tracking_number is None
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
                id=e.id, user_id=e.user_id, url=e.url, secret=e.secret, events=list(e.events),
                status=e.status, consecutive_failures=0, created_at=e.created_at,
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
