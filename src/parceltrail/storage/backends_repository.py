"""Registrations of numbers with tracking backends, and the quota each backend spent a day."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, insert, or_, select, update

from parceltrail.domain.backends import FINISHED, Registration, RegistrationState
from parceltrail.storage.repositories import chunks
from parceltrail.storage.sweep_marks import SweepMarks
from parceltrail.storage.tables import (
    backend_usage,
    shipment_legs,
    shipments,
    tracking_registrations,
)

_FINISHED = sorted(s.value for s in FINISHED)
_r = tracking_registrations
_FIELDS = (
    "shipment_id",
    "tracking_number",
    "carrier",
    "backend",
    "state",
    "priority",
    "created_at",
    "attempts",
    "next_attempt_at",
    "registered_at",
    "heard_at",
    "fetched_at",
    "paused_until",
    "external_id",
    "error",
    "stopped_reason",
)


def _row(registration: Registration) -> dict[str, Any]:
    values = {name: getattr(registration, name) for name in _FIELDS}
    values["state"] = registration.state.value
    return values


def _registration(row: Any) -> Registration:
    values = {name: getattr(row, name) for name in _FIELDS}
    values["state"] = RegistrationState(values["state"])
    return Registration(**values)


def _day(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y-%m-%d")


class SqlRegistrationRepository(SweepMarks):
    def __init__(self, connection: Connection, seen: list[Any] | None = None) -> None:
        self._db = connection

    def add_many(self, registrations: Sequence[Registration]) -> None:
        if registrations:
            self._db.execute(insert(_r), [_row(r) for r in registrations])

    def unregistered(
        self, *, limit: int, changed_since: datetime | None = None
    ) -> list[tuple[str, str, str | None, bool]]:
        # Every leg's number, not just the first: a handover's new number is registered too.
        query = (
            select(
                shipments.c.id,
                shipment_legs.c.tracking_number,
                shipment_legs.c.carrier,
                shipments.c.order_id.is_not(None),
            )
            .join(shipment_legs, shipment_legs.c.shipment_id == shipments.c.id)
            .outerjoin(_r, _r.c.tracking_number == shipment_legs.c.tracking_number)
            .where(_r.c.tracking_number.is_(None), shipments.c.sub_status.not_in(_FINISHED))
            .order_by(shipments.c.created_at, shipments.c.id, shipment_legs.c.sequence)
            .limit(limit)
        )
        if changed_since is not None:
            # The (updated_at, id) index: made, changed or given a new leg since then.
            query = query.where(shipments.c.updated_at >= changed_since)
        return [(row[0], row[1], row[2], bool(row[3])) for row in self._db.execute(query)]

    def due(self, backend: str, now: datetime, *, limit: int) -> list[Registration]:
        query = (
            select(_r)
            .where(
                _r.c.backend == backend,
                _r.c.state == RegistrationState.PENDING.value,
                or_(_r.c.next_attempt_at.is_(None), _r.c.next_attempt_at <= now),
            )
            .order_by(_r.c.priority, _r.c.created_at, _r.c.shipment_id)
            .limit(limit)
        )
        return [_registration(row) for row in self._db.execute(query)]

    def in_state(
        self, backend: str, state: RegistrationState, *, limit: int, after: str = ""
    ) -> list[Registration]:
        query = (
            select(_r)
            .where(_r.c.backend == backend, _r.c.state == state.value, _r.c.tracking_number > after)
            .order_by(_r.c.tracking_number)
            .limit(limit)
        )
        return [_registration(row) for row in self._db.execute(query)]

    def save(self, registration: Registration) -> None:
        values = _row(registration)
        number = values.pop("tracking_number")
        self._db.execute(update(_r).where(_r.c.tracking_number == number).values(**values))

    def for_numbers(self, numbers: Iterable[str]) -> dict[str, Registration]:
        found: dict[str, Registration] = {}
        for part in chunks(sorted(set(numbers))):
            for row in self._db.execute(select(_r).where(_r.c.tracking_number.in_(part))):
                registration = _registration(row)
                found[registration.tracking_number] = registration
        return found

    def heard(self, tracking_number: str, backend: str, at: datetime) -> None:
        self._db.execute(
            update(_r)
            .where(_r.c.tracking_number == tracking_number, _r.c.backend == backend)
            .values(heard_at=at)
        )

    def carrier_changed(self, backend: str, *, limit: int) -> list[tuple[Registration, str]]:
        leg = shipment_legs
        query = (
            select(_r, leg.c.carrier.label("leg_carrier"))
            .join(leg, leg.c.tracking_number == _r.c.tracking_number)
            .where(
                _r.c.backend == backend,
                _r.c.state.in_(
                    [RegistrationState.PENDING.value, RegistrationState.REGISTERED.value]
                ),
                leg.c.carrier.is_not(None),
                or_(_r.c.carrier.is_(None), _r.c.carrier != leg.c.carrier),
            )
            .order_by(_r.c.tracking_number)
            .limit(limit)
        )
        return [(_registration(row), row.leg_carrier) for row in self._db.execute(query)]

    def usage(self, backend: str, now: datetime) -> tuple[int, int]:
        day = _day(now)
        month = day[:7]
        rows = self._db.execute(
            select(backend_usage.c.day, backend_usage.c.registered).where(
                backend_usage.c.backend == backend, backend_usage.c.day.like(f"{month}-%")
            )
        ).all()
        today = sum(count for when, count in rows if when == day)
        return today, sum(count for _, count in rows)

    def spend(self, backend: str, count: int, now: datetime) -> None:
        if count <= 0:
            return
        day = _day(now)
        key = and_(backend_usage.c.backend == backend, backend_usage.c.day == day)
        done = self._db.execute(
            update(backend_usage).where(key).values(registered=backend_usage.c.registered + count)
        )
        if done.rowcount == 0:
            row = {"backend": backend, "day": day, "registered": count}
            self._db.execute(insert(backend_usage).values(**row))
