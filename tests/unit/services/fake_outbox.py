"""The fast tier's deliveries, outbox jobs and counting windows (daily caps)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from parceltrail.domain.notifications import Delivery, DigestItem
from parceltrail.domain.rate_limits import Limit, sliding_room, sliding_wait, window_of
from tests.unit.services.fake_store import Repository


class FakeDeliveries(Repository):
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
        if self.exists(key):
            return None
        delivery_id = len(self._db.deliveries) + 1
        self._db.deliveries[delivery_id] = Delivery(
            delivery_id,
            channel,
            key,
            topic,
            recipient,
            subject,
            content,
            "pending",
            0,
            now,
            endpoint_id,
        )
        return delivery_id

    def exists(self, key: str) -> bool:
        return any(d.idempotency_key == key for d in self._db.deliveries.values())

    def get(self, delivery_id: int) -> Delivery | None:
        return self._db.deliveries.get(delivery_id)

    def mark(
        self,
        delivery_id: int,
        *,
        status: str,
        now: datetime,
        transport: str | None = None,
        error: str | None = None,
    ) -> None:
        delivery = self._db.deliveries[delivery_id]
        self._db.deliveries[delivery_id] = replace(
            delivery, status=status, transport=transport or delivery.transport, last_error=error
        )

    def for_endpoint(self, endpoint_id: str, limit: int) -> list[Delivery]:
        mine = [d for d in self._db.deliveries.values() if d.endpoint_id == endpoint_id]
        return sorted(mine, key=lambda d: d.id, reverse=True)[:limit]

    def inbox(self, limit: int) -> list[Delivery]:
        mail = [d for d in self._db.deliveries.values() if d.channel == "email"]
        return sorted(mail, key=lambda d: d.id, reverse=True)[:limit]

    def enqueue(self, topic: str, payload: dict[str, Any], now: datetime) -> None:
        self._db.jobs.append(
            {
                "id": len(self._db.jobs) + 1,
                "topic": topic,
                "payload": payload,
                "status": "pending",
                "attempts": 0,
                "available_at": now,
            }
        )

    def jobs(self, statuses: Sequence[str], limit: int) -> list[dict[str, Any]]:
        found = [j for j in self._db.jobs if not statuses or j["status"] in statuses]
        return sorted(found, key=lambda j: j["id"], reverse=True)[:limit]

    def hold(
        self,
        topic: str,
        payload: dict[str, Any],
        now: datetime,
        *,
        reason: str,
        shipment_ids: Collection[str] = (),
    ) -> None:
        self.enqueue(topic, payload, now)
        self._db.jobs[-1].update(status="dead", last_error=reason, about=sorted(shipment_ids))

    def job(self, job_id: int) -> dict[str, Any] | None:
        return next((j for j in self._db.jobs if j["id"] == job_id), None)

    def retry_job(self, job_id: int, now: datetime) -> bool:
        for job in self._db.jobs:
            if job["id"] == job_id and job["status"] in ("dead", "failed"):
                job.update(status="pending", attempts=0, available_at=now)
                return True
        return False


class FakeDigests(Repository):
    """Items held for daily digests, each taken once by the digest that sends it."""

    def add(self, item: DigestItem) -> bool:
        if item.key in self._db.digest_items:
            return False
        self._db.digest_items[item.key] = (item, None)
        return True

    def _untaken(self, before: datetime | None) -> list[DigestItem]:
        return [
            item
            for item, taken in self._db.digest_items.values()
            if taken is None and (before is None or item.happened_at < before)
        ]

    def waiting_recipients(
        self, limit: int, *, after: str = "", before: datetime | None = None
    ) -> list[str]:
        return sorted({i.recipient for i in self._untaken(before) if i.recipient > after})[:limit]

    def waiting(
        self, recipient: str, limit: int, *, before: datetime | None = None
    ) -> list[DigestItem]:
        mine = [i for i in self._untaken(before) if i.recipient == recipient]
        return sorted(mine, key=lambda i: i.happened_at)[:limit]

    def take(self, keys: Sequence[str], digest_key: str) -> None:
        for key in keys:
            self._db.digest_items[key] = (self._db.digest_items[key][0], digest_key)


class FakeRateWindows(Repository):
    """Counts per key and window, with the domain's window arithmetic, as the table keeps."""

    def take(self, key: str, limit: Limit, cost: int, now: float) -> float:
        per = limit.per.total_seconds()
        start, fraction = window_of(now, per)
        cost = max(1, min(cost, limit.amount))
        previous = self._count(limit, key, start - int(per)) if limit.sliding else 0
        current = self._count(limit, key, start)
        if current + cost <= sliding_room(limit.amount, previous, fraction):
            self._db.windows[(limit.name, key, start)] = (current + cost, start + 2 * per + 1)
            return 0.0
        if not limit.sliding:
            return (1.0 - fraction) * per + 0.001
        return sliding_wait(limit.amount, previous, current, cost, fraction, per)

    def _count(self, limit: Limit, key: str, start: int) -> int:
        return self._db.windows.get((limit.name, key, start), (0, 0.0))[0]

    def prune(self, now: float) -> int:
        gone = [k for k, (_, expires_at) in self._db.windows.items() if expires_at < now]
        for window in gone:
            del self._db.windows[window]
        return len(gone)
