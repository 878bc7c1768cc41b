"""The unit of work: one connection, one transaction, and the outbox written inside it."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine, insert

from parceltrail.domain.clock import Clock
from parceltrail.domain.events import DomainEvent
from parceltrail.services.polling_ports import PollRepository
from parceltrail.services.ports import (
    EventRepository,
    OrderRepository,
    ShipmentRepository,
    TokenRepository,
    UserRepository,
)
from parceltrail.storage.polls import SqlPollRepository
from parceltrail.storage.repositories import (
    SqlEventRepository,
    SqlOrderRepository,
    SqlShipmentRepository,
    SqlTokenRepository,
    SqlUserRepository,
)
from parceltrail.storage.tables import outbox


class SqlUnitOfWork:
    """Use as ``with uow: ...; uow.commit()``; leaving without commit rolls back."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock
        self._connection: Connection | None = None

    def __enter__(self) -> Self:
        self._connection = self._engine.connect()
        self._connection.begin()
        self._seen: list[Any] = []
        args = (self._connection, self._seen)
        self.users: UserRepository = SqlUserRepository(*args)
        self.tokens: TokenRepository = SqlTokenRepository(*args)
        self.orders: OrderRepository = SqlOrderRepository(*args)
        self.shipments: ShipmentRepository = SqlShipmentRepository(*args)
        self.events: EventRepository = SqlEventRepository(*args)
        self.polls: PollRepository = SqlPollRepository(*args)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._connection is not None
        try:
            if self._connection.in_transaction():
                self._connection.rollback()
        finally:
            self._connection.close()
            self._connection = None

    @property
    def connection(self) -> Connection:
        assert self._connection is not None, "use the unit of work inside a with block"
        return self._connection

    def commit(self) -> None:
        """Write every recorded domain event to the outbox, then commit both together."""
        self._write_outbox(self._collect())
        self.connection.commit()
        self.connection.begin()

    def rollback(self) -> None:
        self.connection.rollback()
        self.connection.begin()

    def _collect(self) -> list[tuple[str | None, DomainEvent]]:
        collected: list[tuple[str | None, DomainEvent]] = []
        for aggregate in self._seen:
            collected.extend((aggregate.id, event) for event in aggregate.events)
            aggregate.events.clear()
        return collected

    def _write_outbox(self, collected: list[tuple[str | None, DomainEvent]]) -> None:
        if not collected:
            return
        now = self._clock()
        self.connection.execute(
            insert(outbox),
            [
                {
                    "topic": event.name,
                    "aggregate_id": aggregate_id,
                    "payload": event.payload(),
                    "status": "pending",
                    "attempts": 0,
                    "created_at": now,
                    "available_at": now,
                }
                for aggregate_id, event in collected
            ],
        )
