"""Polling state in the database: each shipment's next poll, each carrier's health."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, and_, func, insert, literal, select, update

from parceltrail.domain.status import FINAL_SUB_STATUSES
from parceltrail.services.polling_ports import CarrierHealth, DuePoll, PollPlan
from parceltrail.storage.tables import carrier_health, poll_schedule, shipment_legs, shipments

_FINAL = sorted(s.value for s in FINAL_SUB_STATUSES)


def _latest_legs() -> Any:
    """Each shipment's latest leg (the number and carrier to poll now), as a subquery."""
    latest = (
        select(shipment_legs.c.shipment_id, func.max(shipment_legs.c.sequence).label("seq"))
        .group_by(shipment_legs.c.shipment_id)
        .subquery()
    )
    return (
        select(shipment_legs)
        .join(
            latest,
            and_(
                latest.c.shipment_id == shipment_legs.c.shipment_id,
                latest.c.seq == shipment_legs.c.sequence,
            ),
        )
        .subquery()
    )


class SqlPollRepository:
    def __init__(self, connection: Connection, seen: list[Any] | None = None) -> None:
        self._c = connection

    def enroll(self, now: datetime) -> int:
        new = (
            select(
                shipments.c.id,
                literal(now, poll_schedule.c.next_poll_at.type),
                literal(now, poll_schedule.c.enrolled_at.type),
                literal(0),
            )
            .outerjoin(poll_schedule, poll_schedule.c.shipment_id == shipments.c.id)
            .where(poll_schedule.c.shipment_id.is_(None), shipments.c.sub_status.not_in(_FINAL))
        )
        columns = ["shipment_id", "next_poll_at", "enrolled_at", "polls"]
        result = self._c.execute(insert(poll_schedule).from_select(columns, new))
        return max(result.rowcount or 0, 0)

    def schedule(self, shipment_id: str, *, at: datetime, now: datetime) -> None:
        if self.plan(shipment_id) is not None:
            return
        self._c.execute(
            insert(poll_schedule).values(
                shipment_id=shipment_id, next_poll_at=at, enrolled_at=now, polls=0
            )
        )

    def plan(self, shipment_id: str) -> PollPlan | None:
        row = self._c.execute(
            select(poll_schedule).where(poll_schedule.c.shipment_id == shipment_id)
        ).first()
        if row is None:
            return None
        return PollPlan(row.next_poll_at, row.stopped, row.last_polled_at, row.polls)

    def due_carriers(self, now: datetime) -> list[str]:
        legs = _latest_legs()
        query = (
            select(legs.c.carrier)
            .join(poll_schedule, poll_schedule.c.shipment_id == legs.c.shipment_id)
            .where(poll_schedule.c.next_poll_at <= now, legs.c.carrier.is_not(None))
            .distinct()
        )
        return sorted(self._c.execute(query).scalars())

    def due(self, carrier: str, now: datetime, limit: int) -> list[DuePoll]:
        legs = _latest_legs()
        query = (
            select(poll_schedule, legs.c.tracking_number)
            .join(legs, legs.c.shipment_id == poll_schedule.c.shipment_id)
            .where(poll_schedule.c.next_poll_at <= now, legs.c.carrier == carrier)
            .order_by(poll_schedule.c.next_poll_at, poll_schedule.c.shipment_id)
            .limit(limit)
        )
        return [
            DuePoll(row.shipment_id, row.tracking_number, row.enrolled_at, row.utc_offset_minutes)
            for row in self._c.execute(query)
        ]

    def reschedule(
        self,
        shipment_id: str,
        *,
        next_poll_at: datetime | None,
        stopped: str | None,
        polled_at: datetime,
        utc_offset_minutes: int | None,
    ) -> None:
        self._c.execute(
            update(poll_schedule)
            .where(poll_schedule.c.shipment_id == shipment_id)
            .values(
                next_poll_at=next_poll_at,
                stopped=stopped,
                last_polled_at=polled_at,
                polls=poll_schedule.c.polls + 1,
                utc_offset_minutes=utc_offset_minutes,
            )
        )

    def health(self, carrier: str) -> CarrierHealth | None:
        row = self._c.execute(
            select(carrier_health).where(carrier_health.c.carrier == carrier)
        ).first()
        return None if row is None else _health(row)

    def record_success(self, carrier: str, now: datetime) -> None:
        self._upsert(carrier, consecutive_failures=0, backoff_until=None, last_success_at=now)

    def record_failure(
        self, carrier: str, *, error: str, now: datetime, backoff_until: datetime
    ) -> CarrierHealth:
        before = self.health(carrier)
        failures = (before.consecutive_failures if before else 0) + 1
        self._upsert(
            carrier,
            consecutive_failures=failures,
            backoff_until=backoff_until,
            last_error=error[:2000],
            last_failure_at=now,
            total_failures=carrier_health.c.total_failures + 1,
        )
        found = self.health(carrier)
        assert found is not None
        return found

    def _upsert(self, carrier: str, **values: Any) -> None:
        exists = self._c.execute(
            select(carrier_health.c.carrier).where(carrier_health.c.carrier == carrier)
        ).first()
        if exists is None:
            self._c.execute(
                insert(carrier_health).values(
                    carrier=carrier, consecutive_failures=0, total_failures=0
                )
            )
        self._c.execute(
            update(carrier_health).where(carrier_health.c.carrier == carrier).values(**values)
        )


def _health(row: Row[Any]) -> CarrierHealth:
    return CarrierHealth(
        carrier=row.carrier,
        consecutive_failures=row.consecutive_failures,
        backoff_until=row.backoff_until,
        last_error=row.last_error,
        last_failure_at=row.last_failure_at,
        last_success_at=row.last_success_at,
    )
