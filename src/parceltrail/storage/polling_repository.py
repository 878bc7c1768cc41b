"""Polling state in the database: each shipment's next poll, each carrier's health."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, delete, exists, insert, literal, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from parceltrail.domain.polling import CarrierHealth, DuePoll, NextScan, PollPlan, Scanned
from parceltrail.domain.status import FINAL_SUB_STATUSES
from parceltrail.storage.sweep_marks import SweepMarks
from parceltrail.storage.tables import (
    carrier_health,
    poll_next_scans,
    poll_schedule,
    shipment_legs,
    shipments,
    tracking_events,
)

_FINAL = sorted(s.value for s in FINAL_SUB_STATUSES)


def _is_latest_leg() -> Any:
    """True for a shipment's latest leg (the number and carrier to poll now).

    Tested leg by leg (no later leg of the same shipment: one probe of the legs' key), so a
    query led by the due polls reads only their legs; a grouped subquery of every shipment's
    latest leg is computed whole, which made each sweep's cost grow with all shipments ever
    tracked instead of with those due.
    """
    later = shipment_legs.alias("later")
    return ~exists().where(
        later.c.shipment_id == shipment_legs.c.shipment_id,
        later.c.sequence > shipment_legs.c.sequence,
    )


class SqlPollRepository(SweepMarks):
    def __init__(self, connection: Connection, seen: list[Any] | None = None) -> None:
        self._db = connection

    def enroll(self, now: datetime, changed_since: datetime | None = None) -> int:
        new = select(
            shipments.c.id,
            literal(now, poll_schedule.c.next_poll_at.type),
            literal(now, poll_schedule.c.enrolled_at.type),
            literal(0),
        ).where(shipments.c.sub_status.not_in(_FINAL))
        if changed_since is not None:
            # The (updated_at, id) index: a shipment is stamped when made and at every change.
            new = new.where(shipments.c.updated_at >= changed_since)
        # Conflicts are skipped rather than joined away: a statement that reads the table it
        # fills may be planned as a scan of that table per row (quadratic on PostgreSQL when
        # its statistics say it is empty: 50,000 first enrolments took 45 s).
        dialect_insert = pg_insert if self._db.dialect.name == "postgresql" else sqlite_insert
        columns = ["shipment_id", "next_poll_at", "enrolled_at", "polls"]
        statement = dialect_insert(poll_schedule).from_select(columns, new)
        # SQLAlchemy keeps an INSERT's row count only when asked (psycopg's was read as -1).
        ask = statement.on_conflict_do_nothing().execution_options(preserve_rowcount=True)
        return max(self._db.execute(ask).rowcount, 0)

    def schedule(self, shipment_id: str, *, at: datetime, now: datetime) -> None:
        if self.plan(shipment_id) is not None:
            return
        self._db.execute(
            insert(poll_schedule).values(
                shipment_id=shipment_id, next_poll_at=at, enrolled_at=now, polls=0
            )
        )

    def plan(self, shipment_id: str) -> PollPlan | None:
        row = self._db.execute(
            select(poll_schedule).where(poll_schedule.c.shipment_id == shipment_id)
        ).first()
        if row is None:
            return None
        return PollPlan(row.next_poll_at, row.stopped, row.last_polled_at, row.polls)

    def due_carriers(self, now: datetime) -> list[str]:
        query = (
            select(shipment_legs.c.carrier)
            .join(poll_schedule, poll_schedule.c.shipment_id == shipment_legs.c.shipment_id)
            .where(
                poll_schedule.c.next_poll_at <= now,
                shipment_legs.c.carrier.is_not(None),
                _is_latest_leg(),
            )
            .distinct()
        )
        return sorted(self._db.execute(query).scalars())

    def due(self, carrier: str, now: datetime, limit: int) -> list[DuePoll]:
        query = (
            select(poll_schedule, shipment_legs.c.tracking_number)
            .join(shipment_legs, shipment_legs.c.shipment_id == poll_schedule.c.shipment_id)
            .where(
                poll_schedule.c.next_poll_at <= now,
                shipment_legs.c.carrier == carrier,
                _is_latest_leg(),
            )
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
            for row in self._db.execute(query)
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
        self._db.execute(
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
            for row in self._db.execute(select(poll_next_scans))
        }

    def replace_next_scans(
        self, learned: Mapping[tuple[str, str], NextScan], *, now: datetime
    ) -> None:
        self._db.execute(delete(poll_next_scans))
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
            self._db.execute(insert(poll_next_scans), rows)

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
        for row in self._db.execute(query):
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
        row = self._db.execute(
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
        exists = self._db.execute(
            select(carrier_health.c.carrier).where(carrier_health.c.carrier == carrier)
        ).first()
        if exists is None:
            self._db.execute(
                insert(carrier_health).values(
                    carrier=carrier, consecutive_failures=0, total_failures=0
                )
            )
        self._db.execute(
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
