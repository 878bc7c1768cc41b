"""An in-memory unit of work for the fast tier: the repositories the narrowed units of work of
services/ports.py ask for, over dicts (the tables in fake_store.py; the accounts, messages and
outbox repositories in fake_accounts.py, fake_messages.py and fake_outbox.py).

It keeps the real one's contract where use cases can see it: ``with uow:`` commits on a clean
exit (publishing the domain events of every aggregate it has seen, as the outbox would) and
rolls back on an error, restoring what the block changed; a savepoint does the same for its
block. Only what the use cases call is here; the SQL repositories are tested in integration.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import datetime
from decimal import Decimal
from types import TracebackType
from typing import Any, Self

from parceltrail.domain.disputes import Dispute
from parceltrail.domain.eta import Spread
from parceltrail.domain.events import DomainEvent
from parceltrail.domain.health_records import HealthRecord, Mark
from parceltrail.domain.notifications import (
    DeliveryMode,
    Preferences,
    Subscription,
    SubscriptionKind,
    WebhookEndpoint,
)
from parceltrail.domain.notifications import SubscriptionStatus as Status
from parceltrail.domain.orders import Order
from parceltrail.domain.polling import CarrierHealth, DuePoll, NextScan, PollPlan
from parceltrail.domain.protection import Protection
from parceltrail.domain.shipments import Leg, Shipment
from parceltrail.domain.text_lessons import Correction, Observation, TextLesson
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.domain.users import User
from tests.unit.services.fake_accounts import FakeBrowse, FakeResets, FakeSessions, FakeTokens
from tests.unit.services.fake_messages import FakeMessages
from tests.unit.services.fake_outbox import FakeDeliveries, FakeDigests, FakeRateWindows
from tests.unit.services.fake_store import Repository, Store


class FakeUsers(Repository):
    def add(self, user: User) -> None:
        self._db.users[user.id] = user

    def get(self, user_id: str) -> User | None:
        return self._db.users.get(user_id)

    def by_email(self, email: str) -> User | None:
        return next((u for u in self._db.users.values() if u.email == email), None)

    def many(self, user_ids: Iterable[str]) -> dict[str, User]:
        return {i: self._db.users[i] for i in user_ids if i in self._db.users}


class FakeOrders(Repository):
    def add(self, order: Order) -> None:
        self._db.orders[order.id] = order
        self._seen(order)

    def get(self, order_id: str) -> Order | None:
        order = self._db.orders.get(order_id)
        if order is not None:
            self._seen(order)
        return order

    def get_header(self, order_id: str) -> Order | None:
        return self._db.orders.get(order_id)

    def by_reference(self, seller_id: str, reference: str) -> Order | None:
        return self.by_references(seller_id, [reference]).get(reference)

    def count_to_unconfirmed_buyers(self, seller_id: str, since: datetime) -> int:
        mine = [o for o in self._db.orders.values() if o.seller_id == seller_id]
        return sum(1 for o in mine if o.created_at >= since)

    def by_references(self, seller_id: str, references: Iterable[str]) -> dict[str, Order]:
        wanted = set(references)
        return {
            o.reference: o
            for o in self._db.orders.values()
            if o.seller_id == seller_id and o.reference in wanted
        }

    def list_for(
        self, *, buyer_id: str | None, seller_id: str | None, limit: int, offset: int
    ) -> list[Order]:
        found = [
            o
            for o in self._db.orders.values()
            if (buyer_id is None or o.buyer_id == buyer_id)
            and (seller_id is None or o.seller_id == seller_id)
        ]
        found.sort(key=lambda o: (o.created_at, o.id), reverse=True)
        return found[offset : offset + limit]


class FakeShipments(Repository):
    def add(self, shipment: Shipment, now: datetime) -> None:
        self._db.shipments[shipment.id] = shipment
        self._seen(shipment)

    def add_many(self, new: list[Shipment], now: datetime) -> None:
        for shipment in new:
            self.add(shipment, now)

    def get(self, shipment_id: str) -> Shipment | None:
        return self.many([shipment_id]).get(shipment_id)

    def many(self, shipment_ids: Sequence[str]) -> dict[str, Shipment]:
        found = {i: self._db.shipments[i] for i in shipment_ids if i in self._db.shipments}
        for shipment in found.values():
            self._seen(shipment)
        return found

    def by_numbers(
        self, numbers: Iterable[str], *, lock: bool = False, seller_id: str | None = None
    ) -> dict[str, Shipment]:
        """``lock`` has nothing to hold: the fake serves one thread."""
        wanted = set(numbers)
        found = {}
        for shipment in self._db.shipments.values():
            order = self._db.orders.get(shipment.order_id or "")
            if seller_id is not None and (order is None or order.seller_id != seller_id):
                continue
            for leg in shipment.legs:
                if leg.tracking_number in wanted:
                    found[leg.tracking_number] = shipment
                    self._seen(shipment)
        return found

    def for_orders(self, order_ids: Sequence[str]) -> dict[str, list[Shipment]]:
        found: dict[str, list[Shipment]] = {}
        for shipment in self._db.shipments.values():
            if shipment.order_id in order_ids:
                found.setdefault(shipment.order_id, []).append(shipment)
        return found

    def add_leg(self, shipment: Shipment, leg: Leg, now: datetime) -> None:
        self._seen(shipment)  # the leg is already on the (shared) object

    def set_carrier(self, shipment: Shipment, leg: Leg) -> None:
        self._seen(shipment)  # the leg is already replaced on the (shared) object

    def set_carrier_eta(self, shipment: Shipment) -> None:
        self._seen(shipment)  # the day is already on the (shared) object

    def attach_to_order(
        self, shipment: Shipment, order_id: str, dispatched_at: datetime, service: str | None
    ) -> None:
        self._seen(shipment)

    def save_states(self, shipments: Sequence[Shipment], now: datetime) -> None:
        for shipment in shipments:
            self._seen(shipment)


class FakeEvents(Repository):
    def stored_keys(self, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        stored = {(e.key, sid) for sid, rows in self._db.events.items() for _, e in rows}
        return {pair for pair in pairs if pair in stored}

    def add_many(self, rows: Sequence[tuple[str, TrackingEvent]], received_at: datetime) -> None:
        for shipment_id, event in rows:
            self._db.events.setdefault(shipment_id, []).append((shipment_id, event))

    def for_shipment(self, shipment_id: str) -> list[TrackingEvent]:
        rows = self._db.events.get(shipment_id, [])
        return sorted((e for _, e in rows), key=lambda e: e.sort_key)

    def for_shipments(self, shipment_ids: Sequence[str]) -> dict[str, list[TrackingEvent]]:
        return {i: self.for_shipment(i) for i in shipment_ids if i in self._db.events}

    def latest_for(self, shipment_ids: Sequence[str]) -> dict[str, TrackingEvent]:
        return {i: events[-1] for i, events in self.for_shipments(shipment_ids).items() if events}


class FakeHealth(Repository):
    """Nothing learned on any lane: a tracking's ETA falls back to the carrier's defaults; and
    nothing assessed yet: no shipment has a health record (so no ETA in mail)."""

    def many(self, shipment_ids: Sequence[str]) -> dict[str, HealthRecord]:
        return {}

    def lane_spreads(self, lanes: Sequence[str]) -> dict[str, Mapping[str, Spread]]:
        return {}


class FakeTextLessons(Repository):
    """Lessons as whole domain objects; counting is ``TextLesson.observed``."""

    def for_keys(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], TextLesson]:
        return {k: self._db.text_lessons[k] for k in keys if k in self._db.text_lessons}

    def read_ahead(self, keys: Iterable[tuple[str, str]]) -> None:
        pass  # in memory: nothing to read ahead

    def observe(self, observations: Sequence[Observation], now: datetime) -> None:
        for o in observations:
            key = (o.key, o.language)
            lesson = self._db.text_lessons.get(key) or TextLesson(o.key, o.language, o.sample)
            self._db.text_lessons[key] = replace(lesson.observed([o]), sample=o.sample)

    def most_observed(self, limit: int) -> list[TextLesson]:
        ranked = sorted(self._db.text_lessons.values(), key=lambda x: -x.observations)
        return ranked[:limit]

    def correct(self, lesson: TextLesson, correction: Correction | None) -> None:
        key = (lesson.key, lesson.language)
        known = self._db.text_lessons.get(key, lesson)
        self._db.text_lessons[key] = replace(known, correction=correction)

    def replace_counts(self, lesson: TextLesson, now: datetime) -> None:
        key = (lesson.key, lesson.language)
        known = self._db.text_lessons.get(key, lesson)
        self._db.text_lessons[key] = replace(known, counts=dict(lesson.counts))


class FakeProtection(Repository):
    def add(self, order_id: str, total: Decimal, currency: str) -> None:
        self._db.protection[order_id] = Protection.new(order_id, total, currency)

    def get(self, order_id: str) -> Protection | None:
        return self._db.protection.get(order_id)

    def many(self, order_ids: Sequence[str]) -> dict[str, Protection]:
        return {i: self._db.protection[i] for i in order_ids if i in self._db.protection}

    def start(self, order_id: str, ends_at: datetime) -> None:
        found = self._db.protection.get(order_id)
        if found is not None and found.ends_at is None:
            self._db.protection[order_id] = replace(found, ends_at=ends_at)

    def extend(self, protection: Protection) -> None:
        self._db.protection[protection.order_id] = protection

    def confirm(self, order_id: str, at: datetime, *, automatic: bool) -> None:
        self._db.protection[order_id] = replace(self._db.protection[order_id], confirmed_at=at)

    def expired_unconfirmed(self, now: datetime, limit: int) -> list[str]:
        return [i for i, p in self._db.protection.items() if p.expired(now)][:limit]


class FakeDisputes(Repository):
    def add(
        self, dispute: Dispute, evidence: dict[str, Any], answer_due_at: datetime | None
    ) -> None:
        self._db.disputes[dispute.id] = (dispute, evidence, answer_due_at)
        self._seen(dispute)

    def get(self, dispute_id: str) -> Dispute | None:
        found = self._db.disputes.get(dispute_id)
        if found is not None:
            self._seen(found[0])
        return found[0] if found else None

    def for_order(self, order_id: str) -> list[Dispute]:
        return [d for d, _, _ in self._db.disputes.values() if d.order_id == order_id]

    def save(self, dispute: Dispute, answer_due_at: datetime | None) -> None:
        _, evidence, _ = self._db.disputes[dispute.id]
        self._db.disputes[dispute.id] = (dispute, evidence, answer_due_at)
        self._seen(dispute)

    def evidence(self, dispute_id: str) -> dict[str, Any]:
        return self._db.disputes[dispute_id][1]

    def overdue(self, now: datetime, limit: int) -> list[str]:
        return [
            d.id
            for d, _, due in self._db.disputes.values()
            if due is not None and due <= now and not d.state.is_final
        ][:limit]

    def in_state(self, state: str, limit: int) -> list[Dispute]:
        return [d for d, _, _ in self._db.disputes.values() if d.state.value == state][:limit]


class FakeAlerts(Repository):
    def add_subscription(self, subscription: Subscription) -> None:
        self._db.subscriptions[subscription.id] = subscription
        self._seen(subscription)

    def subscription(self, subscription_id: str) -> Subscription | None:
        return self._db.subscriptions.get(subscription_id)

    def set_subscription_status(self, subscription_id: str, status: Status, now: datetime) -> None:
        self._db.subscriptions[subscription_id].status = status

    def asked_again(self, subscription_id: str, now: datetime) -> None:
        self._db.subscriptions[subscription_id].created_at = now

    def find_subscription(
        self,
        *,
        kind: SubscriptionKind,
        email: str,
        order_id: str | None,
        tracking_number: str | None,
    ) -> Subscription | None:
        return next(
            (
                s
                for s in self._db.subscriptions.values()
                if (s.kind, s.email, s.order_id, s.tracking_number)
                == (kind, email, order_id, tracking_number)
            ),
            None,
        )

    def subscribers(
        self, *, order_id: str | None, tracking_number: str, seller_id: str | None
    ) -> list[Subscription]:
        """Every subscription, any status, that concerns this order, number or seller."""

        def concerns(s: Subscription) -> bool:
            return (
                s.tracking_number == tracking_number
                or (order_id is not None and s.order_id == order_id)
                or (
                    seller_id is not None
                    and s.kind is SubscriptionKind.SELLER
                    and s.user_id == seller_id
                )
            )

        found = [s for s in self._db.subscriptions.values() if concerns(s)]
        return sorted(found, key=lambda s: s.created_at)

    def set_choices(
        self,
        subscription_id: str,
        *,
        milestones: Sequence[str],
        mode: str,
        problems: bool,
        channels: Sequence[str],
    ) -> None:
        found = self._db.subscriptions[subscription_id]
        found.milestones, found.mode = tuple(milestones), DeliveryMode(mode)
        found.problems, found.channels = problems, tuple(channels)

    def subscriptions_of(
        self, *, user_id: str | None = None, email: str | None = None
    ) -> list[Subscription]:
        return [
            s
            for s in self._db.subscriptions.values()
            if (user_id is None or s.user_id == user_id) and (email is None or s.email == email)
        ]

    def add_endpoint(self, endpoint: WebhookEndpoint) -> None:
        self._db.endpoints[endpoint.id] = endpoint

    def endpoint(self, endpoint_id: str) -> WebhookEndpoint | None:
        return self._db.endpoints.get(endpoint_id)

    def endpoints_for(self, user_ids: Sequence[str] | None) -> list[WebhookEndpoint]:
        return [e for e in self._db.endpoints.values() if user_ids is None or e.user_id in user_ids]

    def set_endpoint(self, endpoint_id: str, **values: Any) -> None:
        """The columns the domain type holds (the table has more, such as disabled_at)."""
        held = {f.name for f in fields(WebhookEndpoint)}
        kept = {name: value for name, value in values.items() if name in held}
        self._db.endpoints[endpoint_id] = replace(self._db.endpoints[endpoint_id], **kept)


class FakePreferences(Repository):
    def get(self, user_id: str) -> Preferences | None:
        return self._db.preferences.get(user_id)

    def save(self, preferences: Preferences, now: datetime) -> None:
        self._db.preferences[preferences.user_id] = preferences


class FakePolls(Repository):
    """The polling schedule: a plan per shipment, and each carrier's health."""

    def enroll(self, now: datetime, changed_since: datetime | None = None) -> int:
        # The fake keeps no time of change: it reads every shipment, as the first enrolment does.
        new = [
            s
            for s in self._db.shipments.values()
            if s.id not in self._db.plans and not s.state.sub_status.is_final
        ]
        for shipment in new:
            self._db.plans[shipment.id] = {
                "next_poll_at": now,
                "stopped": None,
                "enrolled_at": now,
                "utc_offset_minutes": None,
                "last_scan": None,
                "polled_at": None,
            }
        return len(new)

    def mark(self, name: str) -> Mark | None:
        return self._db.marks.get(name)

    def set_mark(self, name: str, mark: Mark) -> None:
        self._db.marks[name] = mark

    def schedule(self, shipment_id: str, *, at: datetime, now: datetime) -> None:
        self._db.plans.setdefault(
            shipment_id,
            {
                "next_poll_at": at,
                "stopped": None,
                "enrolled_at": now,
                "utc_offset_minutes": None,
                "last_scan": None,
                "polled_at": None,
            },
        )

    def plan(self, shipment_id: str) -> PollPlan | None:
        found = self._db.plans.get(shipment_id)
        if found is None:
            return None
        return PollPlan(
            found["next_poll_at"], found["stopped"], found["polled_at"], found.get("polls", 0)
        )

    def due_carriers(self, now: datetime) -> list[str]:
        return sorted({c for c, _ in self._due(now)})

    def _due(self, now: datetime) -> Iterator[tuple[str | None, Shipment]]:
        for shipment_id, plan in self._db.plans.items():
            shipment = self._db.shipments[shipment_id]
            if plan["next_poll_at"] is not None and plan["next_poll_at"] <= now:
                yield shipment.carrier, shipment

    def due(self, carrier: str, now: datetime, limit: int) -> list[DuePoll]:
        found = [s for c, s in self._due(now) if c == carrier][:limit]
        return [
            DuePoll(
                s.id,
                s.tracking_number,
                self._db.plans[s.id]["enrolled_at"],
                self._db.plans[s.id]["utc_offset_minutes"],
                self._db.plans[s.id]["last_scan"],
            )
            for s in found
        ]

    def reschedule(
        self,
        shipment_id: str,
        *,
        next_poll_at: datetime | None,
        stopped: str | None,
        polled_at: datetime,
        utc_offset_minutes: int | None,
        last_scan: tuple[str, str] | None = None,
    ) -> None:
        plan = self._db.plans[shipment_id]
        plan.update(
            next_poll_at=next_poll_at,
            stopped=stopped,
            polled_at=polled_at,
            utc_offset_minutes=utc_offset_minutes,
            last_scan=last_scan,
            polls=plan.get("polls", 0) + 1,
        )

    def health(self, carrier: str) -> CarrierHealth | None:
        return self._db.carrier_health.get(carrier)

    def record_success(self, carrier: str, now: datetime) -> None:
        self._db.carrier_health[carrier] = CarrierHealth(carrier, 0, None, None, None, now)

    def record_failure(
        self, carrier: str, *, error: str, now: datetime, backoff_until: datetime
    ) -> CarrierHealth:
        before = self._db.carrier_health.get(carrier)
        health = CarrierHealth(
            carrier,
            (before.consecutive_failures if before else 0) + 1,
            backoff_until,
            error,
            now,
            before.last_success_at if before else None,
        )
        self._db.carrier_health[carrier] = health
        return health

    def next_scans(self) -> dict[tuple[str, str], NextScan]:
        return dict(self._db.next_scans)


def _as_rows(store: Store) -> Store:
    """A copy of the store put back by a rollback holds rows, as a database does: the domain
    events its aggregates had pending stay with the objects the unit of work has seen (which
    the rollback trims), so a row read again after it never publishes them a second time."""
    for table in vars(store).values():
        rows = table.values() if isinstance(table, dict) else table
        for row in rows:
            for held in row if isinstance(row, tuple) else (row,):
                pending = getattr(held, "events", None)
                if isinstance(pending, list):
                    pending.clear()
    return store


class FakeUnitOfWork:
    """A unit of work over a ``Store`` (shared by every unit of work of one test, as one
    database is): ``committed`` counts commits, ``published`` holds the committed events."""

    def __init__(self, store: Store | None = None) -> None:
        self.store = store if store is not None else Store()
        self.committed = 0
        self.published: list[tuple[str | None, DomainEvent]] = []
        self._seen: list[Any] = []
        self._before: Store | None = None
        self.users = FakeUsers(self)
        self.browse = FakeBrowse(self)
        self.orders = FakeOrders(self)
        self.shipments = FakeShipments(self)
        self.events = FakeEvents(self)
        self.health = FakeHealth(self)
        self.text_lessons = FakeTextLessons(self)
        self.protection = FakeProtection(self)
        self.disputes = FakeDisputes(self)
        self.alerts = FakeAlerts(self)
        self.preferences = FakePreferences(self)
        self.polls = FakePolls(self)
        self.messages = FakeMessages(self)
        self.tokens = FakeTokens(self)
        self.sessions = FakeSessions(self)
        self.resets = FakeResets(self)
        self.deliveries = FakeDeliveries(self)
        self.digests = FakeDigests(self)
        self.rate_windows = FakeRateWindows(self)

    def factory(self) -> FakeUnitOfWork:
        """For use cases taking a unit-of-work factory: each call opens this same fake."""
        return self

    def __enter__(self) -> Self:
        self._before = copy.deepcopy(self.store)
        self._seen = []
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self._commit()
        elif self._before is not None:
            self.store = _as_rows(self._before)
        self._before = None

    def _commit(self) -> None:
        for aggregate in self._unique_seen():
            self.published.extend((aggregate.id, event) for event in aggregate.events)
            aggregate.events.clear()
        self.committed += 1

    def _unique_seen(self) -> list[Any]:
        unique: dict[int, Any] = {}
        for aggregate in self._seen:
            unique.setdefault(id(aggregate), aggregate)
        return list(unique.values())

    def record(self, aggregate: Any) -> None:
        self._seen.append(aggregate)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        before = copy.deepcopy(self.store)
        marks = [(aggregate, len(aggregate.events)) for aggregate in self._unique_seen()]
        seen = len(self._seen)
        try:
            yield
        except BaseException:
            self.store = _as_rows(before)
            del self._seen[seen:]
            for aggregate, count in marks:
                del aggregate.events[count:]
            raise

    def topics(self) -> list[str]:
        """The names of the committed domain events, in order (what the outbox would hold)."""
        return [event.name for _, event in self.published]
