"""Storage for the web app: sessions, password resets, page queries and the dev mailbox."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, exists, func, insert, select, update

from parceltrail.domain.health import INFORMATIONAL
from parceltrail.domain.status import Status
from parceltrail.domain.tracking import normalize_tracking_number
from parceltrail.domain.users import Role, User
from parceltrail.services.ports import OrderFilter, WebSession
from parceltrail.storage.tables import (
    orders,
    outbox,
    password_resets,
    shipment_health,
    shipment_legs,
    shipments,
    users,
    web_sessions,
)

log = logging.getLogger(__name__)
PROBLEM_STATUSES = (Status.EXCEPTION.value, Status.ATTEMPT_FAIL.value, Status.EXPIRED.value)


class SqlSessionRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, id_hash: str, user_id: str, csrf: str, now: datetime, expires: datetime) -> None:
        self._db.execute(
            insert(web_sessions).values(
                id_hash=id_hash,
                user_id=user_id,
                csrf_token=csrf,
                created_at=now,
                expires_at=expires,
            )
        )

    def find(self, id_hash: str, now: datetime) -> WebSession | None:
        query = (
            select(web_sessions.c.csrf_token, web_sessions.c.expires_at, users)
            .join(users, users.c.id == web_sessions.c.user_id)
            .where(web_sessions.c.id_hash == id_hash, web_sessions.c.expires_at > now)
        )
        row = self._db.execute(query).first()
        if row is None:
            return None
        user = _user(row)
        return WebSession(user=user, csrf_token=row.csrf_token, expires_at=row.expires_at)

    def delete(self, id_hash: str) -> None:
        self._db.execute(delete(web_sessions).where(web_sessions.c.id_hash == id_hash))

    def delete_for_user(self, user_id: str) -> None:
        self._db.execute(delete(web_sessions).where(web_sessions.c.user_id == user_id))


def _user(row: Row[Any]) -> User:
    approved = row.approved_at is not None
    return User(row.id, row.email, Role(row.role), row.created_at, row.name, approved)


class SqlResetRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, token_hash: str, user_id: str, now: datetime, expires: datetime) -> None:
        self._db.execute(
            insert(password_resets).values(
                token_hash=token_hash, user_id=user_id, created_at=now, expires_at=expires
            )
        )

    def use(self, token_hash: str, now: datetime) -> str | None:
        table = password_resets
        row = self._db.execute(
            select(table.c.user_id).where(
                table.c.token_hash == token_hash,
                table.c.used_at.is_(None),
                table.c.expires_at > now,
            )
        ).first()
        if row is None:
            return None
        done = self._db.execute(
            update(table)
            .where(table.c.token_hash == token_hash, table.c.used_at.is_(None))
            .values(used_at=now)
        )
        return str(row.user_id) if done.rowcount == 1 else None

    def use_all(self, user_id: str, now: datetime) -> None:
        table = password_resets
        self._db.execute(
            update(table)
            .where(table.c.user_id == user_id, table.c.used_at.is_(None))
            .values(used_at=now)
        )


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
        return [_user(row) for row in self._db.execute(query)]

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
