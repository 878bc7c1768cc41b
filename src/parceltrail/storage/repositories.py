"""Repositories over SQLAlchemy Core: domain objects in, domain objects out, no ORM rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import BindParameter, Connection, Row, bindparam, insert, select, update

from parceltrail.domain.orders import Order, OrderLine
from parceltrail.domain.shipments import Leg, Shipment, ShipmentState
from parceltrail.domain.status import Status, SubStatus
from parceltrail.domain.tracking import Location, TrackingEvent
from parceltrail.domain.users import Role, User
from parceltrail.services.ports import ApiToken
from parceltrail.storage.tables import (
    api_tokens,
    order_lines,
    orders,
    shipment_legs,
    shipments,
    tracking_events,
    users,
)

# SQLite accepts 32,766 bound parameters; stay far below so every IN list fits.
CHUNK = 900
T = TypeVar("T")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Repository:
    def __init__(self, connection: Connection, seen: list[Any]) -> None:
        self._db = connection
        self._seen = seen


def _user(row: Row[Any]) -> User:
    return User(
        id=row.id, email=row.email, role=Role(row.role), created_at=row.created_at, name=row.name
    )


class SqlUserRepository(_Repository):
    def add(self, user: User) -> None:
        self._db.execute(
            insert(users).values(
                id=user.id,
                email=user.email,
                role=user.role.value,
                name=user.name,
                created_at=user.created_at,
            )
        )

    def get(self, user_id: str) -> User | None:
        row = self._db.execute(select(users).where(users.c.id == user_id)).first()
        return _user(row) if row else None

    def by_email(self, email: str) -> User | None:
        row = self._db.execute(select(users).where(users.c.email == email)).first()
        return _user(row) if row else None

    def many(self, user_ids: Iterable[str]) -> dict[str, User]:
        ids = sorted(set(user_ids))
        found: dict[str, User] = {}
        for part in chunks(ids):
            for row in self._db.execute(select(users).where(users.c.id.in_(part))):
                found[row.id] = _user(row)
        return found


def _token(row: Row[Any]) -> ApiToken:
    return ApiToken(
        id=row.id,
        user_id=row.user_id,
        name=row.name,
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        revoked_at=row.revoked_at,
    )


class SqlTokenRepository(_Repository):
    def add(self, token: ApiToken, token_hash: str) -> None:
        self._db.execute(
            insert(api_tokens).values(
                id=token.id,
                user_id=token.user_id,
                name=token.name,
                token_hash=token_hash,
                created_at=token.created_at,
            )
        )

    def find_active(self, token_hash: str) -> tuple[ApiToken, User] | None:
        query = (
            select(
                api_tokens,
                users.c.email,
                users.c.role,
                users.c.name.label("user_name"),
                users.c.created_at.label("user_created_at"),
            )
            .join(users, users.c.id == api_tokens.c.user_id)
            .where(api_tokens.c.token_hash == token_hash, api_tokens.c.revoked_at.is_(None))
        )
        row = self._db.execute(query).first()
        if row is None:
            return None
        user = User(
            id=row.user_id,
            email=row.email,
            role=Role(row.role),
            name=row.user_name,
            created_at=row.user_created_at,
        )
        return _token(row), user

    def touch(self, token_id: str, at: datetime) -> None:
        self._db.execute(
            update(api_tokens).where(api_tokens.c.id == token_id).values(last_used_at=at)
        )

    def list_for(self, user_id: str) -> list[ApiToken]:
        query = (
            select(api_tokens)
            .where(api_tokens.c.user_id == user_id)
            .order_by(api_tokens.c.created_at)
        )
        return [_token(row) for row in self._db.execute(query)]

    def revoke(self, token_id: str, user_id: str, at: datetime) -> bool:
        result = self._db.execute(
            update(api_tokens)
            .where(
                api_tokens.c.id == token_id,
                api_tokens.c.user_id == user_id,
                api_tokens.c.revoked_at.is_(None),
            )
            .values(revoked_at=at)
        )
        return result.rowcount == 1


class SqlOrderRepository(_Repository):
    def add(self, order: Order) -> None:
        self._db.execute(
            insert(orders).values(
                id=order.id,
                reference=order.reference,
                seller_id=order.seller_id,
                buyer_id=order.buyer_id,
                created_at=order.created_at,
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

    def by_reference(self, seller_id: str, reference: str) -> Order | None:
        found = self._load(
            select(orders).where(orders.c.seller_id == seller_id, orders.c.reference == reference)
        )
        return found[0] if found else None

    def seller_ids(self, order_ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for part in chunks(sorted(set(order_ids))):
            query = select(orders.c.id, orders.c.seller_id).where(orders.c.id.in_(part))
            found.update({row.id: row.seller_id for row in self._db.execute(query)})
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


def _state(row: Row[Any]) -> ShipmentState:
    return ShipmentState(
        status=Status(row.status),
        sub_status=SubStatus(row.sub_status),
        milestones={SubStatus(k): datetime.fromisoformat(v) for k, v in row.milestones.items()},
        last_event_at=row.last_event_at,
        delivered_at=row.delivered_at,
        event_count=row.event_count,
    )


def _state_values(state: ShipmentState) -> dict[str, Any]:
    return {
        "status": state.status.value,
        "sub_status": state.sub_status.value,
        "milestones": {k.value: v.isoformat() for k, v in state.milestones.items()},
        "last_event_at": state.last_event_at,
        "delivered_at": state.delivered_at,
        "event_count": state.event_count,
    }


class SqlShipmentRepository(_Repository):
    def add(self, shipment: Shipment, now: datetime) -> None:
        self._db.execute(
            insert(shipments).values(
                id=shipment.id,
                order_id=shipment.order_id,
                dispatched_at=shipment.dispatched_at,
                created_at=now,
                updated_at=now,
                **_state_values(shipment.state),
            )
        )
        self._db.execute(
            insert(shipment_legs),
            [
                {
                    "shipment_id": shipment.id,
                    "sequence": leg.sequence,
                    "tracking_number": leg.tracking_number,
                    "carrier": leg.carrier,
                }
                for leg in shipment.legs
            ],
        )
        self._seen.append(shipment)

    def get(self, shipment_id: str) -> Shipment | None:
        found = self._load([shipment_id])
        return found.get(shipment_id)

    def many(self, shipment_ids: Sequence[str]) -> dict[str, Shipment]:
        return self._load(shipment_ids)

    def by_numbers(self, numbers: Iterable[str]) -> dict[str, Shipment]:
        """Shipments by any of their legs' numbers, loaded with one joined query per chunk."""
        wanted = set(numbers)
        found: dict[str, Shipment] = {}
        for part in chunks(sorted(wanted)):
            owners = select(shipment_legs.c.shipment_id).where(
                shipment_legs.c.tracking_number.in_(part)
            )
            for shipment in self._load_where(shipments.c.id.in_(owners.scalar_subquery())):
                found.update({leg.tracking_number: shipment for leg in shipment.legs})
        return {number: shipment for number, shipment in found.items() if number in wanted}

    def for_orders(self, order_ids: Sequence[str]) -> dict[str, list[Shipment]]:
        grouped: dict[str, list[Shipment]] = defaultdict(list)
        loaded: list[Shipment] = []
        for part in chunks(order_ids):
            loaded.extend(self._load_where(shipments.c.order_id.in_(part)))
        for shipment in sorted(loaded, key=lambda s: (s.dispatched_at is None, s.dispatched_at)):
            assert shipment.order_id is not None
            grouped[shipment.order_id].append(shipment)
        return grouped

    def _load(self, shipment_ids: Sequence[str]) -> dict[str, Shipment]:
        found: dict[str, Shipment] = {}
        for part in chunks(shipment_ids):
            found.update({s.id: s for s in self._load_where(shipments.c.id.in_(part))})
        return found

    def _load_where(self, condition: Any) -> list[Shipment]:
        """Shipments matching ``condition`` with their legs, from one joined query."""
        query = (
            select(
                shipments,
                shipment_legs.c.sequence,
                shipment_legs.c.tracking_number,
                shipment_legs.c.carrier,
            )
            .join(shipment_legs, shipment_legs.c.shipment_id == shipments.c.id)
            .where(condition)
            .order_by(shipments.c.id, shipment_legs.c.sequence)
        )
        found: dict[str, Shipment] = {}
        for row in self._db.execute(query):
            shipment = found.get(row.id)
            if shipment is None:
                shipment = found[row.id] = Shipment(
                    id=row.id,
                    order_id=row.order_id,
                    legs=[],
                    dispatched_at=row.dispatched_at,
                    state=_state(row),
                )
            shipment.legs.append(Leg(row.sequence, row.tracking_number, row.carrier))
        self._seen.extend(found.values())
        return list(found.values())

    def add_leg(self, shipment: Shipment, leg: Leg) -> None:
        self._db.execute(
            insert(shipment_legs).values(
                shipment_id=shipment.id,
                sequence=leg.sequence,
                tracking_number=leg.tracking_number,
                carrier=leg.carrier,
            )
        )

    def attach_to_order(self, shipment: Shipment, order_id: str, dispatched_at: datetime) -> None:
        self._db.execute(
            update(shipments)
            .where(shipments.c.id == shipment.id)
            .values(order_id=order_id, dispatched_at=dispatched_at)
        )

    def save_states(self, changed: Sequence[Shipment], now: datetime) -> None:
        if not changed:
            return
        statement = (
            update(shipments)
            .where(shipments.c.id == _bind("b_id"))
            .values(updated_at=now, **{name: _bind(f"b_{name}") for name in _STATE_COLUMNS})
        )
        self._db.execute(
            statement,
            [
                {"b_id": s.id, **{f"b_{k}": v for k, v in _state_values(s.state).items()}}
                for s in changed
            ],
        )


_STATE_COLUMNS = (
    "status",
    "sub_status",
    "milestones",
    "last_event_at",
    "delivered_at",
    "event_count",
)


def _bind(name: str) -> BindParameter[Any]:
    """A named parameter typed like its column, for executemany updates."""
    return bindparam(name, type_=shipments.c[name.removeprefix("b_")].type)


def _event(row: Row[Any]) -> TrackingEvent:
    return TrackingEvent(
        tracking_number=row.tracking_number,
        occurred_at=row.occurred_at,
        description=row.description,
        sub_status=SubStatus(row.sub_status) if row.sub_status else None,
        key=row.event_key,
        utc_offset_minutes=row.utc_offset_minutes,
        location=Location(row.city, row.country, row.postal_code),
        carrier=row.carrier,
        raw_code=row.raw_code,
        source=row.source,
        source_id=row.source_id,
    )


class SqlEventRepository(_Repository):
    def existing_keys(self, keys: Iterable[str]) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        for part in chunks(sorted(set(keys))):
            query = select(tracking_events.c.event_key, tracking_events.c.shipment_id).where(
                tracking_events.c.event_key.in_(part)
            )
            found.update((row.event_key, row.shipment_id) for row in self._db.execute(query))
        return found

    def add_many(self, rows: Sequence[tuple[str, TrackingEvent]], received_at: datetime) -> None:
        if not rows:
            return
        self._db.execute(
            insert(tracking_events),
            [
                {
                    "shipment_id": shipment_id,
                    "event_key": e.key,
                    "tracking_number": e.tracking_number,
                    "occurred_at": e.occurred_at,
                    "utc_offset_minutes": e.utc_offset_minutes,
                    "sub_status": e.sub_status.value if e.sub_status else None,
                    "description": e.description,
                    "city": e.location.city,
                    "country": e.location.country,
                    "postal_code": e.location.postal_code,
                    "carrier": e.carrier,
                    "raw_code": e.raw_code,
                    "source": e.source,
                    "source_id": e.source_id,
                    "received_at": received_at,
                }
                for shipment_id, e in rows
            ],
        )

    def for_shipment(self, shipment_id: str) -> list[TrackingEvent]:
        return self.for_shipments([shipment_id]).get(shipment_id, [])

    def for_shipments(self, shipment_ids: Sequence[str]) -> dict[str, list[TrackingEvent]]:
        found: dict[str, list[TrackingEvent]] = defaultdict(list)
        for part in chunks(shipment_ids):
            query = select(tracking_events).where(tracking_events.c.shipment_id.in_(part))
            for row in self._db.execute(query):
                found[row.shipment_id].append(_event(row))
        for events in found.values():
            events.sort(key=lambda e: e.sort_key)
        return found
