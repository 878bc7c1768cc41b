"""The tables of the fast tier's in-memory unit of work, and the base of its repositories."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from parceltrail.domain.disputes import Dispute
from parceltrail.domain.health_records import Mark
from parceltrail.domain.messages import Message
from parceltrail.domain.notifications import (
    Delivery,
    DigestItem,
    Preferences,
    Subscription,
    WebhookEndpoint,
)
from parceltrail.domain.orders import Order
from parceltrail.domain.polling import CarrierHealth, NextScan
from parceltrail.domain.protection import Protection
from parceltrail.domain.shipments import Shipment
from parceltrail.domain.text_lessons import TextLesson
from parceltrail.domain.tokens import ApiToken
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.domain.users import User


@dataclass
class Store:
    """Every table of the fake, in one object so a rollback restores it whole."""

    users: dict[str, User] = field(default_factory=dict)
    orders: dict[str, Order] = field(default_factory=dict)
    shipments: dict[str, Shipment] = field(default_factory=dict)
    events: dict[str, list[tuple[str, TrackingEvent]]] = field(default_factory=dict)
    protection: dict[str, Protection] = field(default_factory=dict)
    disputes: dict[str, tuple[Dispute, dict[str, Any], datetime | None]] = field(
        default_factory=dict
    )
    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    preferences: dict[str, Preferences] = field(default_factory=dict)
    plans: dict[str, dict[str, Any]] = field(default_factory=dict)  # by shipment id
    marks: dict[str, Mark] = field(default_factory=dict)  # where each sweep read up to
    carrier_health: dict[str, CarrierHealth] = field(default_factory=dict)
    next_scans: dict[tuple[str, str], NextScan] = field(default_factory=dict)
    text_lessons: dict[tuple[str, str], TextLesson] = field(default_factory=dict)
    messages: dict[str, Message] = field(default_factory=dict)
    last_read: dict[tuple[str, str], datetime] = field(default_factory=dict)  # (order, user)
    tokens: dict[str, tuple[ApiToken, str]] = field(default_factory=dict)  # with its hash
    sessions: dict[str, dict[str, Any]] = field(default_factory=dict)  # by id hash
    resets: dict[str, dict[str, Any]] = field(default_factory=dict)  # by token hash
    passwords: dict[str, str] = field(default_factory=dict)  # by user id
    endpoints: dict[str, WebhookEndpoint] = field(default_factory=dict)
    deliveries: dict[int, Delivery] = field(default_factory=dict)
    jobs: list[dict[str, Any]] = field(default_factory=list)  # the outbox's rows
    # held for digests, by key, with the key of the digest that took them (None: waiting)
    digest_items: dict[str, tuple[DigestItem, str | None]] = field(default_factory=dict)
    # (limit, key, window start) -> (count, expires at)
    windows: dict[tuple[str, str, int], tuple[int, float]] = field(default_factory=dict)


class Holder(Protocol):
    """What a fake repository sees of its unit of work."""

    store: Store

    def record(self, aggregate: Any) -> None: ...


class Repository:
    def __init__(self, uow: Holder) -> None:
        self._uow = uow

    @property
    def _db(self) -> Store:
        return self._uow.store

    def _seen(self, aggregate: Any) -> None:
        self._uow.record(aggregate)
