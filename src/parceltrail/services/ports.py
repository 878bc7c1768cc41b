"""What the use cases need from storage, as protocols; storage/ implements them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from types import TracebackType
from typing import Any, Protocol, Self

from parceltrail.domain.disputes import Dispute
from parceltrail.domain.eta import Spread
from parceltrail.domain.events import DomainEvent
from parceltrail.domain.health_records import HealthRecord, Mark
from parceltrail.domain.messages import Attachment, Message
from parceltrail.domain.orders import Order
from parceltrail.domain.protection import Protection
from parceltrail.domain.shipments import Leg, Shipment
from parceltrail.domain.text_lessons import Correction, Observation, TextLesson
from parceltrail.domain.tokens import ApiToken
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.domain.users import User
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
from parceltrail.services.rate_limits import RateWindowRepository


class UserRepository(Protocol):
    def add(self, user: User) -> None: ...
    def get(self, user_id: str) -> User | None: ...
    def by_email(self, email: str) -> User | None: ...
    def many(self, user_ids: Iterable[str]) -> dict[str, User]: ...
    def approve(self, user_id: str, at: datetime) -> bool:
        """Approve a waiting seller; False when there was none waiting."""
        ...

    def waiting_for_approval(self, limit: int) -> list[User]: ...
    def set_settings(self, user_id: str, language: str | None, time_zone: str | None) -> None:
        """The account's language and time zone (None: the browser's)."""
        ...


class TokenRepository(Protocol):
    def add(self, token: ApiToken, token_hash: str) -> None: ...
    def find_active(self, token_hash: str) -> tuple[ApiToken, User] | None: ...
    def touch(self, token_id: str, at: datetime) -> None: ...
    def list_for(self, user_id: str) -> list[ApiToken]: ...
    def revoke(self, token_id: str, user_id: str, at: datetime) -> bool: ...


class OrderRepository(Protocol):
    def add(self, order: Order) -> None: ...
    def get(self, order_id: str) -> Order | None: ...
    def get_header(self, order_id: str) -> Order | None:
        """The order without its lines (``lines`` is empty): for references and access checks
        on hot read paths such as tracking lookups."""
        ...

    def by_reference(self, seller_id: str, reference: str) -> Order | None: ...
    def count_to_unconfirmed_buyers(self, seller_id: str, since: datetime) -> int:
        """The seller's orders since ``since`` for buyers who never chose a password."""
        ...

    def by_references(self, seller_id: str, references: Iterable[str]) -> dict[str, Order]: ...
    def list_for(
        self, *, buyer_id: str | None, seller_id: str | None, limit: int, offset: int
    ) -> list[Order]: ...


class ShipmentRepository(Protocol):
    def add(self, shipment: Shipment, now: datetime) -> None: ...
    def add_many(self, new: Sequence[Shipment], now: datetime) -> None:
        """Add several new shipments at once (ingest starting trackings in bulk)."""
        ...

    def get(self, shipment_id: str) -> Shipment | None: ...
    def many(self, shipment_ids: Sequence[str]) -> dict[str, Shipment]: ...
    def by_numbers(
        self, numbers: Iterable[str], *, lock: bool = False, seller_id: str | None = None
    ) -> dict[str, Shipment]:
        """``lock``: hold these numbers' shipments until commit, so concurrent ingests of one
        parcel fold their events one after the other instead of overwriting each other.
        ``seller_id``: only the shipments on that seller's orders."""
        ...

    def for_orders(self, order_ids: Sequence[str]) -> dict[str, list[Shipment]]: ...
    def add_leg(self, shipment: Shipment, leg: Leg, now: datetime) -> None:
        """Store a new leg; the shipment counts as changed ``now`` (sweeps that follow changes
        read it again: a new number to poll, to register with an aggregator)."""
        ...

    def set_carrier(self, shipment: Shipment, leg: Leg) -> None: ...
    def set_carrier_eta(self, shipment: Shipment) -> None: ...
    def attach_to_order(
        self, shipment: Shipment, order_id: str, dispatched_at: datetime, service: str | None
    ) -> None: ...
    def save_states(self, shipments: Sequence[Shipment], now: datetime) -> None: ...


class EventRepository(Protocol):
    def stored_keys(self, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        """The (event_key, shipment_id) pairs among ``pairs`` that are already stored."""
        ...

    def add_many(
        self, rows: Sequence[tuple[str, TrackingEvent]], received_at: datetime
    ) -> None: ...
    def for_shipment(self, shipment_id: str) -> list[TrackingEvent]: ...
    def for_shipments(self, shipment_ids: Sequence[str]) -> dict[str, list[TrackingEvent]]: ...
    def latest_for(self, shipment_ids: Sequence[str]) -> dict[str, TrackingEvent]:
        """Each shipment's last event by ``sort_key``, without reading whole histories."""
        ...


class TextLessonRepository(Protocol):
    """What the feed taught about carrier texts, keyed by (normalised text, language)."""

    def for_keys(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], TextLesson]:
        """The lessons of these texts that exist (counted or corrected)."""
        ...

    def read_ahead(self, keys: Iterable[tuple[str, str]]) -> None:
        """These texts' lessons may be asked for later in the unit of work: a repository may
        read them now, with its next statement (``for_keys`` answers the same either way)."""
        ...

    def observe(self, observations: Sequence[Observation], now: datetime) -> None:
        """Count each observation onto its text (concurrent writers add up)."""
        ...

    def most_observed(self, limit: int) -> list[TextLesson]:
        """Lessons with the most observations first, then corrected texts never observed."""
        ...

    def correct(self, lesson: TextLesson, correction: Correction | None) -> None:
        """Set an admin's correction of a text, or remove it (None)."""
        ...

    def replace_counts(self, lesson: TextLesson, now: datetime) -> None:
        """Make a text's counts exactly ``lesson.counts`` (an import)."""
        ...


class HealthRepository(Protocol):
    def candidates(
        self, *, now: datetime, after: Mark | None, limit: int
    ) -> tuple[list[str], Mark | None]:
        """Shipments to assess: changed after the mark or due for a recheck; and where the
        limit cut the list of changed ones short (None when it did not)."""
        ...

    def many(self, shipment_ids: Sequence[str]) -> dict[str, HealthRecord]: ...
    def save(self, records: Sequence[HealthRecord]) -> None: ...
    def mark(self, name: str) -> Mark | None: ...
    def set_mark(self, name: str, mark: Mark) -> None: ...
    def lane_spreads(self, lanes: Sequence[str]) -> dict[str, Mapping[str, Spread]]:
        """What was learned per lane key (absent: nothing), by milestone or stage name; the
        spreads may be shared with other readers (a cache), so never change them."""
        ...

    def save_lane(self, lane: str, spreads: dict[str, Spread], now: datetime) -> None: ...
    def recently_delivered(self, since: datetime, limit: int) -> list[str]: ...
    def with_problems(
        self, *, seller_id: str | None, problem: str | None, limit: int
    ) -> list[str]: ...


class ProtectionRepository(Protocol):
    def add(self, order_id: str, total: Decimal, currency: str) -> None: ...
    def get(self, order_id: str) -> Protection | None: ...
    def many(self, order_ids: Sequence[str]) -> dict[str, Protection]: ...
    def start(self, order_id: str, ends_at: datetime) -> None:
        """Set the end of protection at the first dispatch; later dispatches change nothing."""
        ...

    def extend(self, protection: Protection) -> None:
        """Store an extended window (``Protection.extend``): its end and the days added."""
        ...

    def confirm(self, order_id: str, at: datetime, *, automatic: bool) -> None: ...
    def expired_unconfirmed(self, now: datetime, limit: int) -> list[str]: ...


class DisputeRepository(Protocol):
    def add(
        self, dispute: Dispute, evidence: dict[str, Any], answer_due_at: datetime | None
    ) -> None: ...
    def get(self, dispute_id: str) -> Dispute | None: ...
    def for_order(self, order_id: str) -> list[Dispute]: ...
    def save(self, dispute: Dispute, answer_due_at: datetime | None) -> None: ...
    def evidence(self, dispute_id: str) -> dict[str, Any]: ...
    def overdue(self, now: datetime, limit: int) -> list[str]: ...
    def in_state(self, state: str, limit: int) -> list[Dispute]: ...


class MessageRepository(Protocol):
    def add(self, message: Message) -> None: ...
    def thread(
        self, order_id: str, *, before: tuple[datetime, str] | None, limit: int
    ) -> tuple[list[Message], bool]:
        """Up to ``limit`` messages older than ``before`` (created_at, id), newest first,
        and whether older ones remain."""
        ...

    def get(self, message_id: str) -> Message | None: ...
    def attachment(self, attachment_id: str) -> tuple[str, Attachment] | None:
        """(order id, attachment) so the caller can check who may see it."""
        ...

    def last_read(self, order_id: str, user_id: str) -> datetime | None: ...
    def mark_read(self, order_id: str, user_id: str, at: datetime) -> None: ...
    def unread_counts(self, order_ids: Sequence[str], user_id: str) -> dict[str, int]:
        """Per order, messages by others newer than the user's last read (absent: none)."""
        ...


# --- Web app: sessions, password resets, mail, read queries for the pages ---------


@dataclass(frozen=True, slots=True)
class WebSession:
    user: User
    csrf_token: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class MailMessage:
    to: str
    subject: str
    text: str


class SessionRepository(Protocol):
    def add(
        self, id_hash: str, user_id: str, csrf: str, now: datetime, expires: datetime
    ) -> None: ...
    def find(self, id_hash: str, now: datetime) -> WebSession | None: ...
    def delete(self, id_hash: str) -> None: ...
    def delete_for_user(self, user_id: str) -> None: ...


class ResetRepository(Protocol):
    def add(self, token_hash: str, user_id: str, now: datetime, expires: datetime) -> None: ...
    def use(self, token_hash: str, now: datetime) -> str | None:
        """Mark an unexpired, unused token used; the user id it was for, or None."""
        ...

    def use_all(self, user_id: str, now: datetime) -> None:
        """Mark every unused token of the user used: a new password voids older links."""
        ...


class PasswordStore(Protocol):
    def password_hash(self, user_id: str) -> str | None: ...
    def set_password_hash(self, user_id: str, password_hash: str) -> None: ...


@dataclass(frozen=True, slots=True)
class OrderFilter:
    buyer_id: str | None = None
    seller_id: str | None = None
    status: str | None = None  # a main Status value, or "not_shipped"
    query: str | None = None  # order reference or tracking number
    problems_only: bool = False


class BrowseRepository(PasswordStore, Protocol):
    """Read queries of the pages, and password storage kept apart from the shared User."""

    def order_ids(self, where: OrderFilter, limit: int, offset: int) -> list[str]: ...
    def users(self, limit: int) -> list[User]: ...
    def outbox_counts(self) -> dict[str, int]: ...


class Mailer(Protocol):
    """Sends mail inside the caller's transaction (so a rollback sends nothing)."""

    def send(self, uow: DeliveriesUnitOfWork, message: MailMessage) -> None: ...


@dataclass
class Notice:
    """Domain events that belong to no loaded aggregate (order-level notices), for
    ``UnitOfWork.record``."""

    id: str
    events: list[DomainEvent]


class Transaction(Protocol):
    """What every unit of work is, whatever it holds: ``with uow: ...`` is one transaction,
    committed on a clean exit and rolled back on an error (see ``UnitOfWork``)."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def record(self, aggregate: Any) -> None:
        """Have ``aggregate.events`` written to the outbox at commit (for aggregates no
        repository loaded, such as order-level notices)."""
        ...

    def savepoint(self) -> AbstractContextManager[None]:
        """A nested transaction undone, with the domain events it recorded, on an exception."""
        ...


# Units of work narrowed to one area: a use case asks only for the repositories it uses, so
# an in-memory fake of its area is cheap (tests/unit/services/fakes.py). The full
# ``UnitOfWork`` satisfies each of them.


class UsersUnitOfWork(Transaction, Protocol):
    users: UserRepository


class TokensUnitOfWork(UsersUnitOfWork, Protocol):
    """API tokens and the people they belong to."""

    tokens: TokenRepository


class DeliveriesUnitOfWork(Transaction, Protocol):
    """Queueing mail and webhook deliveries, and the jobs of the outbox."""

    deliveries: DeliveryRepository


class AccountsUnitOfWork(UsersUnitOfWork, DeliveriesUnitOfWork, Protocol):
    """People on the pages: passwords (kept by ``browse``), web sessions, reset links, and the
    deliveries their mails are queued as."""

    sessions: SessionRepository
    resets: ResetRepository
    browse: BrowseRepository


class OrdersUnitOfWork(UsersUnitOfWork, Protocol):
    """Orders and their dispatch: who buys (and whether they chose a password), the order,
    its shipments, its protection."""

    browse: BrowseRepository
    orders: OrderRepository
    shipments: ShipmentRepository
    protection: ProtectionRepository


class TrackingUnitOfWork(Transaction, Protocol):
    """Ingesting carrier events and reading a tracking with its health and ETA."""

    orders: OrderRepository
    shipments: ShipmentRepository
    events: EventRepository
    health: HealthRepository
    text_lessons: TextLessonRepository


class DisputesUnitOfWork(TrackingUnitOfWork, Protocol):
    """Buyer protection and disputes (the tracking timeline is a dispute's evidence)."""

    protection: ProtectionRepository
    disputes: DisputeRepository


class PollingUnitOfWork(TrackingUnitOfWork, Protocol):
    """Polling carriers: the schedule and carrier health, and ingesting what they answer."""

    polls: PollRepository


class BackendsUnitOfWork(TrackingUnitOfWork, Protocol):
    """Tracking backends: numbers registered with aggregators, their quota, and ingesting
    what a fallback fetch brings."""

    registrations: RegistrationRepository


class StandaloneUnitOfWork(PollingUnitOfWork, BackendsUnitOfWork, Protocol):
    """Looking numbers up and tracking one without an order: the daily caps on new ones are
    counted in ``rate_windows``, in the transaction that creates the shipment; the backend
    that tracks a number (and a pause) is read from ``registrations``."""

    rate_windows: RateWindowRepository


class BrowseUnitOfWork(OrdersUnitOfWork, TrackingUnitOfWork, Protocol):
    """The pages' lists: orders by filter (``browse``) shown with their shipments, and the
    problems queue's trackings with their health."""


class MessagesUnitOfWork(Transaction, Protocol):
    """An order's thread between its buyer and its seller."""

    orders: OrderRepository
    messages: MessageRepository


class AlertsUnitOfWork(Transaction, Protocol):
    """Alert subscriptions and the notification preferences they start from."""

    alerts: AlertRepository
    preferences: PreferenceRepository


class AnalyticsUnitOfWork(Transaction, Protocol):
    """Delivery analytics: the rollups, and the shipments whose tallies the sweep counts."""

    shipments: ShipmentRepository
    analytics: AnalyticsRepository


class OutboundUnitOfWork(DeliveriesUnitOfWork, Protocol):
    """Integrators' webhook endpoints (stored with the subscriptions) and their deliveries."""

    alerts: AlertRepository


class PersonalDataUnitOfWork(AccountsUnitOfWork, Protocol):
    """A person's export and erasure (every table that names them, behind one repository),
    confirmed with their password."""

    personal_data: PersonalDataRepository


class SendingUnitOfWork(OutboundUnitOfWork, UsersUnitOfWork, Protocol):
    """Sending one delivery: its row, the endpoint or subscription it goes to, and the owner
    told when a failing endpoint is disabled."""


class AlertingUnitOfWork(DeliveriesUnitOfWork, Protocol):
    """Telling one subscriber: a mail and channel messages queued, or an item held for the
    digest."""

    digests: DigestRepository


class DigestUnitOfWork(AlertingUnitOfWork, UsersUnitOfWork, Protocol):
    """Daily digests: the held items, the subscriptions they were held for, the mail, and
    the recipient's account (the language and time zone it is written in)."""

    alerts: AlertRepository


class FanoutUnitOfWork(DigestUnitOfWork, AlertsUnitOfWork, UsersUnitOfWork, Protocol):
    """Who is told what of one domain event: the order, shipment and thread it names, their
    subscribers and integrators' endpoints, and the deliveries queued for them."""

    orders: OrderRepository
    shipments: ShipmentRepository
    events: EventRepository
    health: HealthRepository
    messages: MessageRepository


class UnitOfWork(Transaction, Protocol):
    """One transaction, and its boundary: ``with uow: ...`` commits on a clean exit (with the
    outbox rows of every aggregate it has seen) and rolls back on an error. Use cases never
    commit; the one who opens the block (request, task, command, or a use case handed a
    factory for several transactions) decides where a transaction ends."""

    users: UserRepository
    tokens: TokenRepository
    orders: OrderRepository
    shipments: ShipmentRepository
    events: EventRepository
    health: HealthRepository
    text_lessons: TextLessonRepository
    protection: ProtectionRepository
    disputes: DisputeRepository
    messages: MessageRepository
    sessions: SessionRepository
    resets: ResetRepository
    browse: BrowseRepository
    deliveries: DeliveryRepository
    alerts: AlertRepository
    polls: PollRepository  # polling schedule and carrier health
    preferences: PreferenceRepository  # notification preferences
    digests: DigestRepository  # items held for daily digests
    rate_windows: RateWindowRepository  # daily caps counted with the writes they guard
    registrations: RegistrationRepository  # numbers registered with tracking backends
    personal_data: PersonalDataRepository  # a person's export and erasure
    parcels: ParcelRepository  # My parcels (services/parcels.py)
    inboxes: InboxRepository  # forwarding addresses and feed keys
    mails: InboundMailRepository  # received shipping mails (services/mail_in.py)
    imap: ImapRepository  # connected mailboxes
    analytics: AnalyticsRepository  # delivery analytics' tallies and rollups
