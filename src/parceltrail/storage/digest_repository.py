"""The items held for daily digests, in the database (Core)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, insert, select, update
from sqlalchemy.exc import IntegrityError

from parceltrail.domain.notifications import DigestItem
from parceltrail.storage.repositories import Repository
from parceltrail.storage.tables import digest_items

MAX_DETAIL = 1000


def _item(row: Row[Any]) -> DigestItem:
    return DigestItem(
        key=row.item_key,
        recipient=row.recipient,
        subscription_id=row.subscription_id,
        kind=row.kind,
        tracking_number=row.tracking_number,
        headline=row.headline,
        detail=row.detail,
        happened_at=row.happened_at,
    )


class SqlDigestRepository(Repository):
    def add(self, item: DigestItem) -> bool:
        """Hold ``item`` for the next digest; False when this fact is already held (a replay)."""
        taken = select(digest_items.c.id).where(digest_items.c.item_key == item.key)
        if self._db.execute(taken).first():
            return False
        values = {
            "item_key": item.key,
            "recipient": item.recipient[:254],
            "subscription_id": item.subscription_id,
            "kind": item.kind,
            "tracking_number": item.tracking_number[:64],
            "headline": item.headline[:300],
            "detail": item.detail[:MAX_DETAIL],
            "happened_at": item.happened_at,
        }
        try:
            with self._db.begin_nested():
                self._db.execute(insert(digest_items).values(**values))
        except IntegrityError:  # a concurrent fan-out of the same fact won the race
            return False
        return True

    def waiting_recipients(
        self, limit: int, *, after: str = "", before: datetime | None = None
    ) -> list[str]:
        """Addresses with items no digest has taken yet, in order, from after ``after``."""
        query = (
            select(digest_items.c.recipient)
            .where(_untaken(before), digest_items.c.recipient > after)
            .group_by(digest_items.c.recipient)
            .order_by(digest_items.c.recipient)
            .limit(limit)
        )
        return list(self._db.execute(query).scalars())

    def waiting(
        self, recipient: str, limit: int, *, before: datetime | None = None
    ) -> list[DigestItem]:
        query = (
            select(digest_items)
            .where(_untaken(before), digest_items.c.recipient == recipient)
            .order_by(digest_items.c.happened_at, digest_items.c.id)
            .limit(limit)
        )
        return [_item(row) for row in self._db.execute(query)]

    def take(self, keys: Sequence[str], digest_key: str) -> None:
        """Mark items as taken by the digest ``digest_key`` (or dropped, with a reason key)."""
        for start in range(0, len(keys), 500):
            self._db.execute(
                update(digest_items)
                .where(digest_items.c.item_key.in_(list(keys[start : start + 500])))
                .values(digest_key=digest_key)
            )


def _untaken(before: datetime | None) -> ColumnElement[bool]:
    """Items no digest has taken yet, that happened before ``before`` when given."""
    untaken = digest_items.c.digest_key.is_(None)
    return untaken if before is None else and_(untaken, digest_items.c.happened_at < before)
