"""Polling state in the database: each shipment's next poll, each carrier's health."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, and_, delete, func, insert, literal, select, update

from parceltrail.domain.polling import CarrierHealth, DuePoll, NextScan, PollPlan, Scanned
from parceltrail.domain.status import FINAL_SUB_STATUSES
from parceltrail.storage.tables import (
    carrier_health,
    poll_next_scans,
    poll_schedule,
    shipment_legs,
    shipments,
    tracking_events,
)

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
            DuePoll(
                row.shipment_id,
                row.tracking_number,
                row.enrolled_at,
                row.utc_offset_minutes,
                (row.last_carrier, row.last_code) if row.last_carrier and row.last_code else None,
            )
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
        last_scan: tuple[str, str] | None = None,
    ) -> None:
        carrier, code = last_scan or (None, None)
        self._c.execute(
            update(poll_schedule)
            .where(poll_schedule.c.shipment_id == shipment_id)
            .values(
                next_poll_at=next_poll_at,
                stopped=stopped,
                last_polled_at=polled_at,
                polls=poll_schedule.c.polls + 1,
                utc_offset_minutes=utc_offset_minutes,
                last_carrier=carrier,
                last_code=code,
            )
        )

    def next_scans(self) -> dict[tuple[str, str], NextScan]:
        return {
            (row.carrier, row.code): _next_scan(row)
            for row in self._c.execute(select(poll_next_scans))
        }

    def replace_next_scans(
        self, learned: Mapping[tuple[str, str], NextScan], *, now: datetime
    ) -> None:
        self._c.execute(delete(poll_next_scans))
        rows = [
            {
                "carrier": carrier,
                "code": code,
                "opens_minutes": round(scan.opens.total_seconds() / 60),
                "closes_minutes": round(scan.closes.total_seconds() / 60),
                "local_hours": ",".join(str(h) for h in sorted(scan.hours)),
                "samples": scan.samples,
                "learned_at": now,
            }
            for (carrier, code), scan in learned.items()
        ]
        if rows:
            self._c.execute(insert(poll_next_scans), rows)

    def scan_history(self, *, since: datetime, limit: int) -> Iterator[list[Scanned]]:
        e = tracking_events
        query = (
            select(
                e.c.shipment_id,
                e.c.carrier,
                e.c.raw_code,
                e.c.sub_status,
                e.c.occurred_at,
                e.c.utc_offset_minutes,
            )
            .where(e.c.occurred_at >= since, e.c.carrier.is_not(None))
            .order_by(e.c.shipment_id, e.c.occurred_at, e.c.id)
            .limit(limit)
            .execution_options(yield_per=2_000)
        )
        current: str | None = None
        history: list[Scanned] = []
        for row in self._c.execute(query):
            if row.shipment_id != current:
                if history:
                    yield history
                current, history = row.shipment_id, []
            code = row.raw_code or row.sub_status
            if code:
                history.append(
                    Scanned(row.carrier, code[:64], row.occurred_at, row.utc_offset_minutes or 0)
                )
        if history:
            yield history

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


def _next_scan(row: Row[Any]) -> NextScan:
    return NextScan(
        opens=timedelta(minutes=row.opens_minutes),
        closes=timedelta(minutes=row.closes_minutes),
        hours=frozenset(int(h) for h in row.local_hours.split(",") if h.isdigit()),
        samples=row.samples,
    )
