"""What the use cases need from storage, as protocols; storage/ implements them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Protocol, Self

from parceltrail.domain.orders import Order
from parceltrail.domain.shipments import Leg, Shipment
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.domain.users import User
from parceltrail.services.polling_ports import PollRepository


@dataclass(frozen=True, slots=True)
class ApiToken:
    id: str
    user_id: str
    name: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class UserRepository(Protocol):
    def add(self, user: User) -> None: ...
    def get(self, user_id: str) -> User | None: ...
    def by_email(self, email: str) -> User | None: ...
    def many(self, user_ids: Iterable[str]) -> dict[str, User]: ...


class TokenRepository(Protocol):
    def add(self, token: ApiToken, token_hash: str) -> None: ...
    def find_active(self, token_hash: str) -> tuple[ApiToken, User] | None: ...
    def touch(self, token_id: str, at: datetime) -> None: ...
    def list_for(self, user_id: str) -> list[ApiToken]: ...
    def revoke(self, token_id: str, user_id: str, at: datetime) -> bool: ...


class OrderRepository(Protocol):
    def add(self, order: Order) -> None: ...
    def get(self, order_id: str) -> Order | None: ...
    def by_reference(self, seller_id: str, reference: str) -> Order | None: ...
    def seller_ids(self, order_ids: Sequence[str]) -> dict[str, str]: ...
    def list_for(
        self, *, buyer_id: str | None, seller_id: str | None, limit: int, offset: int
    ) -> list[Order]: ...


class ShipmentRepository(Protocol):
    def add(self, shipment: Shipment, now: datetime) -> None: ...
    def get(self, shipment_id: str) -> Shipment | None: ...
    def by_numbers(self, numbers: Iterable[str]) -> dict[str, Shipment]: ...
    def for_orders(self, order_ids: Sequence[str]) -> dict[str, list[Shipment]]: ...
    def add_leg(self, shipment: Shipment, leg: Leg) -> None: ...
    def attach_to_order(
        self, shipment: Shipment, order_id: str, dispatched_at: datetime
    ) -> None: ...
    def save_states(self, shipments: Sequence[Shipment], now: datetime) -> None: ...


class EventRepository(Protocol):
    def existing_keys(self, keys: Iterable[str]) -> set[tuple[str, str]]:
        """(event_key, shipment_id) pairs already stored among ``keys``."""
        ...

    def add_many(
        self, rows: Sequence[tuple[str, TrackingEvent]], received_at: datetime
    ) -> None: ...
    def for_shipment(self, shipment_id: str) -> list[TrackingEvent]: ...
    def for_shipments(self, shipment_ids: Sequence[str]) -> dict[str, list[TrackingEvent]]: ...


class UnitOfWork(Protocol):
    """One transaction; ``commit`` writes the outbox rows of every aggregate it has seen."""

    users: UserRepository
    tokens: TokenRepository
    orders: OrderRepository
    shipments: ShipmentRepository
    events: EventRepository
    polls: PollRepository  # issue 5: polling schedule and carrier health

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...
    def rollback(self) -> None: ...
