"""The unit of work: one connection, one transaction, and the outbox written inside it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, overload

from sqlalchemy import Connection, Engine

from parceltrail.domain.clock import Clock
from parceltrail.domain.events import DomainEvent, batch_payload_json
from parceltrail.services.analytics_ports import AnalyticsRepository
from parceltrail.services.backend_ports import RegistrationRepository
from parceltrail.services.notify_ports import (
    AlertRepository,
    DeliveryRepository,
    DigestRepository,
    PreferenceRepository,
)
from parceltrail.services.parcels_ports import (
    ImapRepository,
    InboundMailRepository,
    InboxRepository,
    ParcelRepository,
)
from parceltrail.services.personal_data_ports import PersonalDataRepository
from parceltrail.services.polling_ports import PollRepository
from parceltrail.services.ports import (
    BrowseRepository,
    DisputeRepository,
    EventRepository,
    HealthRepository,
    MessageRepository,
    OrderRepository,
    ProtectionRepository,
    ResetRepository,
    SessionRepository,
    ShipmentRepository,
    TextLessonRepository,
    TokenRepository,
    UserRepository,
)
from parceltrail.services.rate_limits import RateWindowRepository
from parceltrail.storage.accounts_repository import SqlTokenRepository, SqlUserRepository
from parceltrail.storage.alerts_repository import SqlAlertRepository
from parceltrail.storage.analytics_repository import SqlAnalyticsRepository
from parceltrail.storage.backends_repository import SqlRegistrationRepository
from parceltrail.storage.browse_repository import SqlBrowseRepository
from parceltrail.storage.digest_repository import SqlDigestRepository
from parceltrail.storage.disputes_repository import (
    SqlDisputeRepository,
    SqlMessageRepository,
    SqlProtectionRepository,
)
from parceltrail.storage.driver import Driver, send_queued
from parceltrail.storage.engine import READ_ONLY_OPTIONS, KeptConnections
from parceltrail.storage.health_repository import SqlHealthRepository
from parceltrail.storage.lanes_cache import LaneSpreadCache
from parceltrail.storage.notifications_repository import SqlDeliveryRepository
from parceltrail.storage.orders_repository import SqlOrderRepository
from parceltrail.storage.parcels_repository import (
    SqlImapRepository,
    SqlInboundMailRepository,
    SqlInboxRepository,
    SqlParcelRepository,
)
from parceltrail.storage.personal_data_repository import SqlPersonalDataRepository
from parceltrail.storage.polling_repository import SqlPollRepository
from parceltrail.storage.preferences_repository import SqlPreferenceRepository
from parceltrail.storage.rate_limits_repository import SqlRateWindows
from parceltrail.storage.sessions_repository import SqlResetRepository, SqlSessionRepository
from parceltrail.storage.shipments_repository import SqlEventRepository, SqlShipmentRepository
from parceltrail.storage.tables import outbox
from parceltrail.storage.text_lessons_repository import SqlTextLessonRepository

_OUTBOX_COLUMNS = (
    "topic",
    "aggregate_id",
    "payload",
    "status",
    "attempts",
    "created_at",
    "available_at",
)


class ReadOnlyUnitOfWork(RuntimeError):
    """A programming error: something tried to commit a unit of work opened only to read."""


_R = TypeVar("_R")


class _Repository(Generic[_R]):
    """A repository of ``SqlUnitOfWork``, made by ``make`` on its first use in a ``with`` block
    and kept in the instance's ``__dict__`` until the block ends. This descriptor defines no
    ``__set__``, so once made, the instance's own entry answers every later use (an ordinary
    attribute lookup) and the descriptor runs once per repository and block. Outside a block,
    an ``AttributeError``."""

    def __init__(self, make: Callable[[SqlUnitOfWork], _R]) -> None:
        self._make = make
        self._name = ""

    def __set_name__(self, owner: type[SqlUnitOfWork], name: str) -> None:
        self._name = name

    @overload
    def __get__(self, uow: None, owner: type[SqlUnitOfWork]) -> Self: ...

    @overload
    def __get__(self, uow: SqlUnitOfWork, owner: type[SqlUnitOfWork]) -> _R: ...

    def __get__(self, uow: SqlUnitOfWork | None, owner: type[SqlUnitOfWork]) -> Self | _R:
        if uow is None:
            return self
        if uow._connection is None:
            raise AttributeError(f"{self._name}: use the unit of work inside a with block")
        repository = self._make(uow)
        uow.__dict__[self._name] = repository
        uow._made.append(self._name)
        return repository


class SqlUnitOfWork:
    """One transaction and the boundary of it: ``with uow: ...`` commits on a clean exit and
    rolls back when the block raises. Whoever opens the block (the request, the task, the CLI
    command, a use case given a factory) owns the transaction; nothing inside commits.

    ``read_only``: a transaction that only reads. On SQLite it begins DEFERRED instead of
    IMMEDIATE, so it neither takes nor waits for the write lock; on PostgreSQL it is a READ
    ONLY transaction. Its ``commit`` refuses. ``lanes``: the process's lane statistics cache.
    ``kept``: where a writer takes its connection and leaves it for the next one (SQLite);
    without it, each block checks a connection out of the engine's pool and returns it.
    """

    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        secret: str = "",
        *,
        read_only: bool = False,
        lanes: LaneSpreadCache | None = None,
        kept: KeptConnections | None = None,
    ) -> None:
        if read_only and kept is not None:
            raise ValueError("a reader's options would stay on a kept connection; keep writers'")
        self._engine = engine
        self._kept = kept
        self._clock = clock
        self._secret = secret  # keys the hashes of clients in rate_windows
        self._read_only = read_only
        self._lanes = lanes
        self._connection: Connection | None = None

    # The repositories, each made on first use in a block (``_Repository``): a request or an
    # ingest batch uses a handful of the 26, and making them all was a tenth of the CPU time
    # of a small batch's transaction. Each line is the one place a repository is named here;
    # mypy checks their types against the port (``services.ports.UnitOfWork``) where
    # bootstrap hands this class out as one.
    users = _Repository[UserRepository](lambda uow: SqlUserRepository(*uow._args()))
    tokens = _Repository[TokenRepository](lambda uow: SqlTokenRepository(*uow._args()))
    orders = _Repository[OrderRepository](lambda uow: SqlOrderRepository(*uow._args()))
    shipments = _Repository[ShipmentRepository](lambda uow: SqlShipmentRepository(*uow._args()))
    events = _Repository[EventRepository](lambda uow: SqlEventRepository(*uow._args()))
    health = _Repository[HealthRepository](lambda uow: uow._health_repository())
    text_lessons = _Repository[TextLessonRepository](
        lambda uow: SqlTextLessonRepository(*uow._args())
    )
    protection = _Repository[ProtectionRepository](
        lambda uow: SqlProtectionRepository(*uow._args())
    )
    disputes = _Repository[DisputeRepository](lambda uow: SqlDisputeRepository(*uow._args()))
    messages = _Repository[MessageRepository](lambda uow: SqlMessageRepository(*uow._args()))
    sessions = _Repository[SessionRepository](lambda uow: SqlSessionRepository(uow.connection))
    resets = _Repository[ResetRepository](lambda uow: SqlResetRepository(uow.connection))
    browse = _Repository[BrowseRepository](lambda uow: SqlBrowseRepository(uow.connection))
    deliveries = _Repository[DeliveryRepository](lambda uow: SqlDeliveryRepository(*uow._args()))
    alerts = _Repository[AlertRepository](lambda uow: SqlAlertRepository(*uow._args()))
    polls = _Repository[PollRepository](lambda uow: SqlPollRepository(*uow._args()))
    preferences = _Repository[PreferenceRepository](
        lambda uow: SqlPreferenceRepository(*uow._args())
    )
    digests = _Repository[DigestRepository](lambda uow: SqlDigestRepository(*uow._args()))
    rate_windows = _Repository[RateWindowRepository](
        lambda uow: SqlRateWindows(uow.connection, uow._secret)
    )
    registrations = _Repository[RegistrationRepository](
        lambda uow: SqlRegistrationRepository(*uow._args())
    )
    personal_data = _Repository[PersonalDataRepository](
        lambda uow: SqlPersonalDataRepository(uow.connection)
    )
    parcels = _Repository[ParcelRepository](lambda uow: SqlParcelRepository(*uow._args()))
    inboxes = _Repository[InboxRepository](lambda uow: SqlInboxRepository(*uow._args()))
    mails = _Repository[InboundMailRepository](lambda uow: SqlInboundMailRepository(*uow._args()))
    imap = _Repository[ImapRepository](lambda uow: SqlImapRepository(*uow._args()))
    analytics = _Repository[AnalyticsRepository](lambda uow: SqlAnalyticsRepository(uow.connection))

    def __enter__(self) -> Self:
        kept = self._kept
        connection = self._engine.connect() if kept is None else kept.take()
        try:
            if self._read_only:
                connection.execution_options(**READ_ONLY_OPTIONS)
            connection.begin()
        except BaseException:  # a BEGIN refused (the write lock's wait ran out): no block
            self._release(connection)
            raise
        self._connection = connection
        self._seen: list[Any] = []
        self._made: list[str] = []
        self._health: SqlHealthRepository | None = None
        return self

    def _args(self) -> tuple[Connection, list[Any]]:
        return (self.connection, self._seen)

    def _health_repository(self) -> SqlHealthRepository:
        self._health = SqlHealthRepository(*self._args(), lanes=self._lanes)
        return self._health

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._connection is not None
        try:
            if exc_type is None and not self._read_only:
                self._commit()
            elif self._connection.in_transaction():
                self._connection.rollback()
        finally:
            self._release(self._connection)
            self._connection = None
            for name in self._made:  # a block's repositories end with it
                del self.__dict__[name]

    def _release(self, connection: Connection) -> None:
        if self._kept is None:
            connection.close()
        else:
            self._kept.give_back(connection)  # closed unless clean and wanted

    @property
    def connection(self) -> Connection:
        assert self._connection is not None, "use the unit of work inside a with block"
        return self._connection

    def commit(self) -> None:
        """Commit now and go on in a new transaction. Nothing calls it: the block's end commits
        (tests/unit/test_boundaries.py keeps it so); a reader refuses it loudly."""
        if self._read_only:
            raise ReadOnlyUnitOfWork(
                "this unit of work was opened to read only; open a writing one to commit"
            )
        self._commit()
        self.connection.begin()

    def _commit(self) -> None:
        """Write every recorded domain event to the outbox, then commit both together."""
        self._write_outbox(self._collect())
        self.connection.commit()
        self._after_commit()

    def record(self, aggregate: Any) -> None:
        self._seen.append(aggregate)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested transaction: an exception undoes its writes and the domain events it
        recorded (so the outbox never names what was rolled back), and propagates."""
        seen = len(self._seen)
        marks = [(aggregate, len(aggregate.events)) for aggregate in self._seen]
        nested = self.connection.begin_nested()
        try:
            yield
            # Writes queued inside (PostgreSQL, driver.py) are sent here, so a refusal of
            # them is the savepoint's to undo, as when they were sent at once.
            send_queued(self.connection)
        except BaseException:
            nested.rollback()
            del self._seen[seen:]
            for aggregate, count in marks:
                del aggregate.events[count:]
            raise
        nested.commit()

    def _after_commit(self) -> None:
        if self._health is not None and self._health.lanes_written:
            self._health.lanes_written = False
            if self._lanes is not None:
                self._lanes.clear()

    def _collect(self) -> list[tuple[str | None, DomainEvent]]:
        collected: list[tuple[str | None, DomainEvent]] = []
        for aggregate in self._seen:
            collected.extend((aggregate.id, event) for event in aggregate.events)
            aggregate.events.clear()
        return collected

    def _write_outbox(self, collected: list[tuple[str | None, DomainEvent]]) -> None:
        if not collected:
            return
        driver = Driver(self.connection)
        now = driver.time(self._clock())
        driver.insert(
            outbox,
            _OUTBOX_COLUMNS,
            [
                (topic, aggregate_id, payload, "pending", 0, now, now)
                for topic, aggregate_id, payload in _outbox_rows(collected)
            ],
            later=True,  # on PostgreSQL, sent with the COMMIT in one round trip
        )


def _outbox_rows(
    collected: list[tuple[str | None, DomainEvent]],
) -> list[tuple[str, str | None, str]]:
    """(topic, aggregate id, payload JSON) per outbox row: a row per event, except that two or
    more events of a ``batch_name`` share one row of that topic (in place of the first of them,
    so rows keep the order the events were recorded in, batch by batch)."""
    batches: dict[str, list[DomainEvent]] = {}
    for _, event in collected:
        if event.batch_name is not None:
            batches.setdefault(event.batch_name, []).append(event)
    rows: list[tuple[str, str | None, str]] = []
    for aggregate_id, event in collected:
        name = event.batch_name
        batch = batches[name] if name is not None else []
        if name is None or len(batch) == 1:
            rows.append((event.name, aggregate_id, event.payload_json()))
        elif batch[0] is event:
            rows.append((name, None, batch_payload_json(batch)))
    return rows
