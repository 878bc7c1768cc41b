"""Repositories over SQLAlchemy Core: domain objects in, domain objects out, no ORM rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    Select,
    String,
    bindparam,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.types import NULLTYPE

from parceltrail.domain.clock import iso_text
from parceltrail.domain.errors import TrackingNumberTaken
from parceltrail.domain.orders import Order, OrderLine
from parceltrail.domain.shipments import Leg, Shipment, ShipmentState
from parceltrail.domain.status import Status, SubStatus
from parceltrail.domain.tracking import Location, TrackingEvent
from parceltrail.domain.users import Role, User
from parceltrail.services.ports import ApiToken
from parceltrail.storage.driver import Driver, InList, InPairs, raw
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
        self._driver = Driver(connection)


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


def _active_token_query() -> Select[Any]:
    """An unrevoked token by its hash, with its owner; ``find_active`` reads by position."""
    return (
        select(
            api_tokens.c.id,
            api_tokens.c.user_id,
            api_tokens.c.name,
            raw(api_tokens.c.created_at),
            raw(api_tokens.c.last_used_at),
            users.c.email,
            users.c.role,
            users.c.name.label("user_name"),
            type_coerce(users.c.created_at, NULLTYPE).label("user_created_at"),
        )
        .join(users, users.c.id == api_tokens.c.user_id)
        .where(
            api_tokens.c.token_hash == bindparam("token_hash", type_=String),
            api_tokens.c.revoked_at.is_(None),
        )
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
        rows = self._driver.select(_active_token_query, token_hash=token_hash)
        if not rows:
            return None
        row = rows[0]
        read_time = self._driver.read_time
        token = ApiToken(
            id=row[0],
            user_id=row[1],
            name=row[2],
            created_at=read_time(row[3]),  # type: ignore[arg-type]
            last_used_at=read_time(row[4]),
            revoked_at=None,
        )
        user = User(
            id=row[1],
            email=row[5],
            role=Role(row[6]),
            name=row[7],
            created_at=read_time(row[8]),  # type: ignore[arg-type]
        )
        return token, user

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


def _order_header_query() -> Select[Any]:
    return select(
        orders.c.id,
        orders.c.reference,
        orders.c.seller_id,
        orders.c.buyer_id,
        raw(orders.c.created_at),
    ).where(orders.c.id == bindparam("order_id", type_=String))


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

    def seller_ids(self, order_ids: Sequence[str]) -> dict[str, str]:
        rows = self._driver.select_listed(_seller_ids_query, set(order_ids))
        return {row[0]: row[1] for row in rows}

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


_STATUS = {status.value: status for status in Status}
_SUB_STATUS = {sub.value: sub for sub in SubStatus}


class _MilestoneCodec:
    """Milestones as the JSON object ``{"accepted": "2026-11-10T20:00:00+00:00", ...}``.

    Every batch reads and rewrites the milestones of each touched shipment, so both directions
    are on the hot path. Writing builds the JSON text directly (keys are status words and
    values ISO 8601 times, so nothing needs escaping: the text equals ``json.dumps``'s) and
    reuses, for a time read in this unit of work, the text it was read from.
    """

    def __init__(self, driver: Driver) -> None:
        self._read_json = driver.read_json
        self._texts: dict[datetime, str] = {}

    def decode(self, value: Any) -> dict[SubStatus, datetime]:
        if not value or value == "{}":
            return {}
        decoded: dict[SubStatus, datetime] = {}
        texts = self._texts
        for name, text in self._read_json(value).items():
            at = datetime.fromisoformat(text)
            if at.tzinfo is UTC:
                texts[at] = text
            decoded[_SUB_STATUS[name]] = at
        return decoded

    def encode(self, milestones: dict[SubStatus, datetime]) -> str:
        if not milestones:
            return "{}"
        texts = self._texts
        pairs = ", ".join(
            f'"{sub.value}": "{(at.tzinfo is UTC and texts.get(at)) or iso_text(at)}"'
            for sub, at in milestones.items()
        )
        return "{" + pairs + "}"


def _milestones(state: ShipmentState) -> dict[str, str]:
    return {k.value: v.isoformat() for k, v in state.milestones.items()}


def _state_values(state: ShipmentState) -> dict[str, Any]:
    return {
        "status": state.status.value,
        "sub_status": state.sub_status.value,
        "milestones": _milestones(state),
        "last_event_at": state.last_event_at,
        "delivered_at": state.delivered_at,
        "event_count": state.event_count,
    }


# Times and JSON come back as the driver's raw values (no per-value processing) and are
# converted once in ``SqlShipmentRepository._shipments``; keep the order in step with it.
_SHIPMENT_COLUMNS = (
    shipments.c.id,
    shipments.c.order_id,
    raw(shipments.c.dispatched_at),
    shipments.c.status,
    shipments.c.sub_status,
    raw(shipments.c.milestones),
    raw(shipments.c.last_event_at),
    raw(shipments.c.delivered_at),
    shipments.c.event_count,
    shipments.c.service,
    shipment_legs.c.sequence,
    shipment_legs.c.tracking_number,
    shipment_legs.c.carrier,
)


def _shipments_query(condition: ColumnElement[bool]) -> Select[Any]:
    return (
        select(*_SHIPMENT_COLUMNS)
        .join(shipment_legs, shipment_legs.c.shipment_id == shipments.c.id)
        .where(condition)
        .order_by(shipments.c.id, shipment_legs.c.sequence)
    )


def _by_numbers_query(in_list: InList) -> Select[Any]:
    owners = select(shipment_legs.c.shipment_id).where(in_list(shipment_legs.c.tracking_number))
    return _shipments_query(shipments.c.id.in_(owners))


def _lock_query(in_list: InList) -> Select[Any]:
    """Row locks on the shipments of these numbers, in id order so lockers cannot deadlock.
    SQLite renders no FOR UPDATE: its BEGIN IMMEDIATE already serializes writers."""
    owners = select(shipment_legs.c.shipment_id).where(in_list(shipment_legs.c.tracking_number))
    return (
        select(shipments.c.id)
        .where(shipments.c.id.in_(owners))
        .order_by(shipments.c.id)
        .with_for_update(of=shipments)
    )


def _seller_ids_query(in_list: InList) -> Select[Any]:
    return select(orders.c.id, orders.c.seller_id).where(in_list(orders.c.id))


def _stored_keys_query(in_pairs: InPairs) -> Select[Any]:
    """One probe of the (shipment_id, event_key) index per pair; no table row is read."""
    e = tracking_events
    return select(e.c.event_key, e.c.shipment_id).where(in_pairs(e.c.shipment_id, e.c.event_key))


class SqlShipmentRepository(_Repository):
    def __init__(self, connection: Connection, seen: list[Any]) -> None:
        super().__init__(connection, seen)
        self._milestones = _MilestoneCodec(self._driver)

    def add(self, shipment: Shipment, now: datetime) -> None:
        self._db.execute(
            insert(shipments).values(
                id=shipment.id,
                order_id=shipment.order_id,
                dispatched_at=shipment.dispatched_at,
                service=shipment.service,
                created_at=now,
                updated_at=now,
                **_state_values(shipment.state),
            )
        )
        try:
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
        except IntegrityError:  # a concurrent transaction took the number first
            numbers = ", ".join(leg.tracking_number for leg in shipment.legs)
            raise TrackingNumberTaken(
                f"tracking number {numbers} already belongs to a shipment"
            ) from None
        self._seen.append(shipment)

    def get(self, shipment_id: str) -> Shipment | None:
        found = self._load([shipment_id])
        return found.get(shipment_id)

    def many(self, shipment_ids: Sequence[str]) -> dict[str, Shipment]:
        return self._load(shipment_ids)

    def by_numbers(self, numbers: Iterable[str]) -> dict[str, Shipment]:
        """Shipments by any of their legs' numbers, loaded with one joined query."""
        wanted = set(numbers)
        found: dict[str, Shipment] = {}
        for shipment in self._shipments(self._driver.select_listed(_by_numbers_query, wanted)):
            for leg in shipment.legs:
                if leg.tracking_number in wanted:
                    found[leg.tracking_number] = shipment
        return found

    def lock_numbers(self, numbers: Iterable[str]) -> None:
        if self._db.dialect.name == "sqlite":
            return  # BEGIN IMMEDIATE already holds the only write lock: no query needed
        self._driver.select_listed(_lock_query, set(numbers))

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
        return self._shipments(self._db.execute(_shipments_query(condition)))

    def _shipments(self, rows: Iterable[Sequence[Any]]) -> list[Shipment]:
        """Shipments from rows of ``_SHIPMENT_COLUMNS``, ordered by shipment and leg."""
        read_time = self._driver.read_time
        found: dict[str, Shipment] = {}
        for (
            shipment_id, order_id, dispatched_at, status, sub_status, milestones, last_event_at,
            delivered_at, event_count, service, sequence, tracking_number, carrier,
        ) in rows:
            shipment = found.get(shipment_id)
            if shipment is None:
                state = ShipmentState(
                    status=_STATUS[status],
                    sub_status=_SUB_STATUS[sub_status],
                    milestones=self._milestones.decode(milestones),
                    last_event_at=read_time(last_event_at),
                    delivered_at=read_time(delivered_at),
                    event_count=event_count,
                )
                shipment = found[shipment_id] = Shipment(
                    shipment_id, order_id, [], read_time(dispatched_at), state, service=service
                )
            shipment.legs.append(Leg(sequence, tracking_number, carrier))
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

    def attach_to_order(
        self, shipment: Shipment, order_id: str, dispatched_at: datetime, service: str | None
    ) -> None:
        self._db.execute(
            update(shipments)
            .where(shipments.c.id == shipment.id)
            .values(order_id=order_id, dispatched_at=dispatched_at, service=service)
        )

    def save_states(self, changed: Sequence[Shipment], now: datetime) -> None:
        """Write each shipment's state with one driver-level executemany."""
        time = self._driver.time
        updated_at = time(now)
        self._driver.update(
            shipments,
            "id",
            _STATE_COLUMNS,
            [
                (
                    (state := s.state).status.value,
                    state.sub_status.value,
                    self._milestones.encode(state.milestones),
                    time(state.last_event_at),
                    time(state.delivered_at),
                    state.event_count,
                    updated_at,
                    s.id,
                )
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
    "updated_at",
)


# Read back raw (no per-value processing); ``for_shipments`` reads them by position.
_EVENT_READ_COLUMNS = (
    tracking_events.c.shipment_id,
    tracking_events.c.tracking_number,
    raw(tracking_events.c.occurred_at),
    tracking_events.c.description,
    tracking_events.c.sub_status,
    tracking_events.c.event_key,
    tracking_events.c.utc_offset_minutes,
    tracking_events.c.city,
    tracking_events.c.country,
    tracking_events.c.postal_code,
    tracking_events.c.carrier,
    tracking_events.c.raw_code,
    tracking_events.c.source,
    tracking_events.c.source_id,
)


def _events_query(in_list: InList) -> Select[Any]:
    return select(*_EVENT_READ_COLUMNS).where(in_list(tracking_events.c.shipment_id))


_EVENT_COLUMNS = (
    "shipment_id",
    "event_key",
    "tracking_number",
    "occurred_at",
    "utc_offset_minutes",
    "sub_status",
    "description",
    "city",
    "country",
    "postal_code",
    "carrier",
    "raw_code",
    "source",
    "source_id",
    "received_at",
)


class SqlEventRepository(_Repository):
    def stored_keys(self, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        wanted = {(shipment_id, key) for key, shipment_id in pairs}
        rows = self._driver.select_paired(_stored_keys_query, wanted)
        return {(event_key, shipment_id) for event_key, shipment_id in rows}

    def add_many(self, rows: Sequence[tuple[str, TrackingEvent]], received_at: datetime) -> None:
        """Insert new events with one driver-level executemany; a duplicate key raises."""
        time = self._driver.time
        received = time(received_at)
        self._driver.insert(
            tracking_events,
            _EVENT_COLUMNS,
            [
                (
                    shipment_id,
                    e.key,
                    e.tracking_number,
                    time(e.occurred_at),
                    e.utc_offset_minutes,
                    e.sub_status.value if e.sub_status else None,
                    e.description,
                    (place := e.location).city,
                    place.country,
                    place.postal_code,
                    e.carrier,
                    e.raw_code,
                    e.source,
                    e.source_id,
                    received,
                )
                for shipment_id, e in rows
            ],
        )

    def for_shipment(self, shipment_id: str) -> list[TrackingEvent]:
        return self.for_shipments([shipment_id]).get(shipment_id, [])

    def for_shipments(self, shipment_ids: Sequence[str]) -> dict[str, list[TrackingEvent]]:
        """Each shipment's events in time order, from one statement compiled once."""
        found: dict[str, list[TrackingEvent]] = defaultdict(list)
        read_time = self._driver.read_time
        for row in self._driver.select_listed(_events_query, set(shipment_ids)):
            found[row[0]].append(
                TrackingEvent(
                    tracking_number=row[1],
                    occurred_at=read_time(row[2]),  # type: ignore[arg-type]
                    description=row[3],
                    sub_status=_SUB_STATUS[row[4]] if row[4] else None,
                    key=row[5],
                    utc_offset_minutes=row[6],
                    location=Location(row[7], row[8], row[9]),
                    carrier=row[10],
                    raw_code=row[11],
                    source=row[12],
                    source_id=row[13],
                )
            )
        for events in found.values():
            events.sort(key=lambda e: e.sort_key)
        return found
