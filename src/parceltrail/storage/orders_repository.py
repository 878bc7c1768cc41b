"""Orders and their lines in the database."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Select,
    String,
    bindparam,
    func,
    insert,
    select,
)

from parceltrail.domain.orders import Order, OrderLine
from parceltrail.storage.driver import raw
from parceltrail.storage.repositories import Repository, chunks
from parceltrail.storage.tables import (
    order_lines,
    orders,
    users,
)


def _order_header_query() -> Select[Any]:
    return select(
        orders.c.id,
        orders.c.reference,
        orders.c.seller_id,
        orders.c.buyer_id,
        raw(orders.c.created_at),
    ).where(orders.c.id == bindparam("order_id", type_=String))


class SqlOrderRepository(Repository):
    def count_to_unconfirmed_buyers(self, seller_id: str, since: datetime) -> int:
        query = (
            select(func.count())
            .select_from(orders.join(users, users.c.id == orders.c.buyer_id))
            .where(
                orders.c.seller_id == seller_id,
                orders.c.created_at >= since,
                users.c.password_hash.is_(None),
            )
        )
        return int(self._db.execute(query).scalar_one())

    def add(self, order: Order) -> None:
        self._db.execute(
            insert(orders).values(
                id=order.id,
                reference=order.reference,
                seller_id=order.seller_id,
                buyer_id=order.buyer_id,
                created_at=order.created_at,
                language=order.language,
            )
        )
        self._db.execute(
            insert(order_lines),
            [
                {
                    "order_id": order.id,
                    "position": index,
                    "title": line.title,
                    "quantity": line.quantity,
                    "sku": line.sku,
                }
                for index, line in enumerate(order.lines)
            ],
        )
        self._seen.append(order)

    def get(self, order_id: str) -> Order | None:
        found = self._load(select(orders).where(orders.c.id == order_id))
        return found[0] if found else None

    def get_header(self, order_id: str) -> Order | None:
        rows = self._driver.select(_order_header_query, order_id=order_id)
        if not rows:
            return None
        row = rows[0]
        return Order(
            id=row[0],
            reference=row[1],
            seller_id=row[2],
            buyer_id=row[3],
            lines=[],
            created_at=self._driver.read_time(row[4]),  # type: ignore[arg-type]
        )

    def by_reference(self, seller_id: str, reference: str) -> Order | None:
        found = self._load(
            select(orders).where(orders.c.seller_id == seller_id, orders.c.reference == reference)
        )
        return found[0] if found else None

    def by_references(self, seller_id: str, references: Iterable[str]) -> dict[str, Order]:
        found: dict[str, Order] = {}
        for part in chunks(sorted(set(references))):
            query = select(orders).where(
                orders.c.seller_id == seller_id, orders.c.reference.in_(part)
            )
            found.update((order.reference, order) for order in self._load(query))
        return found

    def list_for(
        self, *, buyer_id: str | None, seller_id: str | None, limit: int, offset: int
    ) -> list[Order]:
        query = select(orders)
        if buyer_id is not None:
            query = query.where(orders.c.buyer_id == buyer_id)
        if seller_id is not None:
            query = query.where(orders.c.seller_id == seller_id)
        query = (
            query.order_by(orders.c.created_at.desc(), orders.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return self._load(query)

    def _load(self, query: Any) -> list[Order]:
        rows = self._db.execute(query).all()
        if not rows:
            return []
        lines = self._lines([row.id for row in rows])
        return [
            Order(
                id=row.id,
                reference=row.reference,
                seller_id=row.seller_id,
                buyer_id=row.buyer_id,
                lines=lines.get(row.id, []),
                created_at=row.created_at,
                language=row.language,
            )
            for row in rows
        ]

    def _lines(self, order_ids: Sequence[str]) -> dict[str, list[OrderLine]]:
        found: dict[str, list[OrderLine]] = defaultdict(list)
        for part in chunks(order_ids):
            query = (
                select(order_lines)
                .where(order_lines.c.order_id.in_(part))
                .order_by(order_lines.c.order_id, order_lines.c.position)
            )
            for row in self._db.execute(query):
                found[row.order_id].append(OrderLine(row.title, row.quantity, row.sku))
        return found
