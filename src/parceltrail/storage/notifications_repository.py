"""Deliveries (mail, webhook calls, channel messages) in the database, over SQLAlchemy Core."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, insert, select, update
from sqlalchemy.exc import IntegrityError

from parceltrail.domain.notifications import (
    Delivery,
)
from parceltrail.storage.repositories import Repository
from parceltrail.storage.tables import deliveries, kept_delivery_shipments, outbox

MAX_ERROR = 2000


def _delivery(row: Row[Any]) -> Delivery:
    return Delivery(
        id=row.id,
        channel=row.channel,
        idempotency_key=row.idempotency_key,
        topic=row.topic,
        recipient=row.recipient,
        subject=row.subject,
        content=dict(row.content),
        status=row.status,
        attempts=row.attempts,
        created_at=row.created_at,
        endpoint_id=row.endpoint_id,
        transport=row.transport,
        sent_at=row.sent_at,
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
            "channel": channel,
            "idempotency_key": key,
            "topic": topic,
            "recipient": recipient[:254],
            "subject": subject,
            "content": content,
            "status": "pending",
            "attempts": 0,
            "created_at": now,
            "endpoint_id": endpoint_id,
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
        self,
        delivery_id: int,
        *,
        status: str,
        now: datetime,
        transport: str | None = None,
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
            select(deliveries)
            .where(deliveries.c.endpoint_id == endpoint_id)
            .order_by(deliveries.c.id.desc())
            .limit(limit)
        )
        return [_delivery(row) for row in self._db.execute(query)]

    def inbox(self, limit: int) -> list[Delivery]:
        query = (
            select(deliveries)
            .where(deliveries.c.channel == "email")
            .order_by(deliveries.c.id.desc())
            .limit(limit)
        )
        return [_delivery(row) for row in self._db.execute(query)]

    def enqueue(self, topic: str, payload: dict[str, Any], now: datetime) -> None:
        self._add_job(topic, payload, now, status="pending")

    def _add_job(
        self,
        topic: str,
        payload: dict[str, Any],
        now: datetime,
        *,
        status: str,
        error: str | None = None,
    ) -> int:
        result = self._db.execute(
            insert(outbox).values(
                topic=topic,
                aggregate_id=None,
                payload=payload,
                status=status,
                attempts=0,
                created_at=now,
                available_at=now,
                last_error=error,
            )
        )
        key_row = result.inserted_primary_key
        assert key_row is not None
        return int(key_row[0])

    def jobs(self, statuses: Sequence[str], limit: int) -> list[dict[str, Any]]:
        query = select(outbox).order_by(outbox.c.id.desc()).limit(limit)
        if statuses:
            query = query.where(outbox.c.status.in_(list(statuses)))
        return [dict(row._mapping) for row in self._db.execute(query)]

    def hold(
        self,
        topic: str,
        payload: dict[str, Any],
        now: datetime,
        *,
        reason: str,
        shipment_ids: Collection[str] = (),
    ) -> None:
        job_id = self._add_job(topic, payload, now, status="dead", error=reason)
        if shipment_ids:
            self._db.execute(
                insert(kept_delivery_shipments),
                [{"job_id": job_id, "shipment_id": one} for one in sorted(set(shipment_ids))],
            )

    def job(self, job_id: int) -> dict[str, Any] | None:
        row = self._db.execute(select(outbox).where(outbox.c.id == job_id)).first()
        return None if row is None else dict(row._mapping)

    def retry_job(self, job_id: int, now: datetime) -> bool:
        """Make a failed or dead job due now, with a fresh count of attempts."""
        return bool(
            self._db.execute(
                update(outbox)
                .where(outbox.c.id == job_id, outbox.c.status.in_(("dead", "failed")))
                .values(status="pending", attempts=0, available_at=now)
            ).rowcount
        )
