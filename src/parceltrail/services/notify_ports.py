"""What the notification use cases need from storage; storage/notifications_repository.py,
alerts_repository.py, preferences_repository.py and digest_repository.py implement it."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from parceltrail.domain.notifications import (
    Delivery,
    DigestItem,
    Preferences,
    Subscription,
    WebhookEndpoint,
)


@dataclass(frozen=True, slots=True)
class Rendered:
    """A message as its templates made it: subject, text and HTML parts."""

    subject: str
    text: str
    html: str


class Templates(Protocol):
    """The wording and templates of messages. notify/render.py, the module itself, is the one
    in use; the fan-out decides who is told what, the templates say it."""

    MILESTONES: dict[str, tuple[str, str]]  # milestone -> (subject, explanation)
    PROBLEMS: dict[str, tuple[str, str]]  # problem -> (subject, explanation)
    GENERIC_PROBLEM: tuple[str, str]
    DISPUTE_NEWS: dict[str, str]  # dispute action -> what the other side is told

    def bounded(self, text: str | None, limit: int = ...) -> str:
        """Untrusted (carrier) text on one line, cut to ``limit``."""
        ...

    def subject_for(self, template: str, context: dict[str, Any]) -> str: ...
    def render(self, template: str, subject: str, context: dict[str, Any]) -> Rendered: ...
    def milestone_message(self, milestone: str, context: dict[str, Any]) -> Rendered | None: ...
    def problem_message(self, problem: str, context: dict[str, Any]) -> Rendered: ...


class DeliveryRepository(Protocol):
    def add(
        self,
        *,
        channel: str,
        key: str,
        topic: str,
        recipient: str,
        subject: str | None,
        content: dict[str, Any],
        now: datetime,
        endpoint_id: str | None = None,
    ) -> int | None:
        """The new delivery's id, or None when one with this key exists (a replay)."""
        ...

    def exists(self, key: str) -> bool: ...
    def get(self, delivery_id: int) -> Delivery | None: ...
    def mark(
        self,
        delivery_id: int,
        *,
        status: str,
        now: datetime,
        transport: str | None = None,
        error: str | None = None,
    ) -> None: ...
    def for_endpoint(self, endpoint_id: str, limit: int) -> list[Delivery]: ...
    def inbox(self, limit: int) -> list[Delivery]: ...
    def enqueue(self, topic: str, payload: dict[str, Any], now: datetime) -> None:
        """An outbox job written in this transaction."""
        ...

    def jobs(self, statuses: Sequence[str], limit: int) -> list[dict[str, Any]]: ...
    def hold(
        self,
        topic: str,
        payload: dict[str, Any],
        now: datetime,
        *,
        reason: str,
        shipment_ids: Collection[str] = (),
    ) -> None:
        """Keep a job that runs only when an admin retries it (dead, with ``reason``), linked
        to the shipments its payload is about (erased with their people's data)."""
        ...

    def job(self, job_id: int) -> dict[str, Any] | None:
        """One job of the outbox with its whole payload, or None."""
        ...

    def retry_job(self, job_id: int, now: datetime) -> bool: ...


class AlertRepository(Protocol):
    def add_subscription(self, subscription: Subscription) -> None: ...
    def subscription(self, subscription_id: str) -> Subscription | None: ...
    def set_subscription_status(self, subscription_id: str, status: str, now: datetime) -> None: ...
    def asked_again(self, subscription_id: str, now: datetime) -> None:
        """A pending subscription was asked for again and its confirmation mail re-sent."""
        ...

    def find_subscription(
        self, *, kind: str, email: str, order_id: str | None, tracking_number: str | None
    ) -> Subscription | None: ...
    def subscribers(
        self, *, order_id: str | None, tracking_number: str, seller_id: str | None
    ) -> list[Subscription]: ...
    def set_choices(
        self,
        subscription_id: str,
        *,
        milestones: Sequence[str],
        mode: str,
        problems: bool,
        channels: Sequence[str],
    ) -> None: ...
    def subscriptions_of(
        self, *, user_id: str | None = None, email: str | None = None
    ) -> list[Subscription]: ...
    def add_endpoint(self, endpoint: WebhookEndpoint) -> None: ...
    def endpoint(self, endpoint_id: str) -> WebhookEndpoint | None: ...
    def endpoints_for(self, user_ids: Sequence[str] | None) -> list[WebhookEndpoint]: ...
    def set_endpoint(self, endpoint_id: str, **values: Any) -> None: ...
    def seller_of(self, order_id: str) -> str | None: ...


class PreferenceRepository(Protocol):
    def get(self, user_id: str) -> Preferences | None: ...
    def save(self, preferences: Preferences, now: datetime) -> None: ...


class DigestRepository(Protocol):
    def add(self, item: DigestItem) -> bool:
        """False when an item with this key is already held (a replay)."""
        ...

    def waiting_recipients(
        self, limit: int, *, after: str = "", before: datetime | None = None
    ) -> list[str]:
        """Addresses after ``after`` with items held that happened before ``before``."""
        ...

    def waiting(
        self, recipient: str, limit: int, *, before: datetime | None = None
    ) -> list[DigestItem]: ...
    def take(self, keys: Sequence[str], digest_key: str) -> None: ...


class ChannelChecker(Protocol):
    """Extra channels (Apprise URLs): notify/channels.py implements it."""

    def check(self, url: str) -> str:
        """The URL to store; raises ValidationFailed saying what is wrong with it."""
        ...

    def mask(self, url: str) -> str:
        """The URL with its secrets hidden, to show back."""
        ...
