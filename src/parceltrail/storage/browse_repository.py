"""What the browsing pages read in one query each: order lists by filter, users, outbox counts."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Connection, exists, func, select, update

from parceltrail.domain.health import INFORMATIONAL
from parceltrail.domain.status import Status
from parceltrail.domain.tracking import normalize_tracking_number
from parceltrail.domain.users import Role, User
from parceltrail.services.ports import OrderFilter
from parceltrail.storage.tables import (
    orders,
    outbox,
    shipment_health,
    shipment_legs,
    shipments,
    users,
)

log = logging.getLogger(__name__)
PROBLEM_STATUSES = (Status.EXCEPTION.value, Status.ATTEMPT_FAIL.value, Status.EXPIRED.value)


class SqlBrowseRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def password_hash(self, user_id: str) -> str | None:
        row = self._db.execute(select(users.c.password_hash).where(users.c.id == user_id)).first()
        return row.password_hash if row else None

    def set_password_hash(self, user_id: str, password_hash: str) -> None:
        self._db.execute(
            update(users).where(users.c.id == user_id).values(password_hash=password_hash)
        )

    def order_ids(self, where: OrderFilter, limit: int, offset: int) -> list[str]:
        query = select(orders.c.id).where(*_conditions(where))
        query = query.order_by(orders.c.created_at.desc(), orders.c.id.desc())
        return [row.id for row in self._db.execute(query.limit(limit).offset(offset))]

    def users(self, limit: int) -> list[User]:
        query = select(users).order_by(users.c.created_at, users.c.email).limit(limit)
        return [
            User(
                row.id,
                row.email,
                Role(row.role),
                row.created_at,
                row.name,
                approved=row.approved_at is not None,
            )
            for row in self._db.execute(query)
        ]

    def outbox_counts(self) -> dict[str, int]:
        query = select(outbox.c.status, func.count()).group_by(outbox.c.status)
        return {str(status): int(count) for status, count in self._db.execute(query)}


def _conditions(where: OrderFilter) -> list[Any]:
    found: list[Any] = []
    if where.buyer_id is not None:
        found.append(orders.c.buyer_id == where.buyer_id)
    if where.seller_id is not None:
        found.append(orders.c.seller_id == where.seller_id)
    of_order = shipments.c.order_id == orders.c.id
    if where.status == "not_shipped":
        found.append(~exists().where(of_order))
    elif where.status == "shipped":  # on its way: some shipment not delivered yet
        found.append(exists().where(of_order, shipments.c.status != Status.DELIVERED.value))
    elif where.status:
        found.append(exists().where(of_order, shipments.c.status == where.status))
    if where.problems_only:  # what the carrier says, or what the health sweep found
        reported = exists().where(of_order, shipments.c.status.in_(PROBLEM_STATUSES))
        assessed = exists().where(
            of_order,
            shipment_health.c.shipment_id == shipments.c.id,
            shipment_health.c.problem.is_not(None),
            shipment_health.c.problem.not_in([p.value for p in INFORMATIONAL]),
        )
        found.append(reported | assessed)
    if where.query:
        number = normalize_tracking_number(where.query)[:64]
        by_number = exists().where(
            of_order,
            shipment_legs.c.shipment_id == shipments.c.id,
            shipment_legs.c.tracking_number == number,
        )
        found.append((orders.c.reference == where.query.strip()) | by_number)
    return found
