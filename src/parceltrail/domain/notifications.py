"""What parceltrail tells people: subscriptions, deliveries, webhook endpoints, signed links."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from parceltrail.domain import events
from parceltrail.domain.ids import new_id
from parceltrail.domain.status import SubStatus

# The milestones a recipient may choose; the default is all of them.
ALERT_MILESTONES: tuple[str, ...] = (
    SubStatus.CUSTOMS_STARTED.value,
    SubStatus.CUSTOMS_HELD.value,
    SubStatus.CUSTOMS_CLEARED.value,
    SubStatus.OUT_FOR_DELIVERY.value,
    SubStatus.FAILED_ATTEMPT.value,
    SubStatus.AVAILABLE_FOR_PICKUP.value,
    SubStatus.DELIVERED.value,
)
# Event types an outbound webhook endpoint may ask for ("*" is every one).
WEBHOOK_EVENTS: tuple[str, ...] = (
    "order.created",
    "shipment.dispatched",
    "shipment.leg_added",
    "shipment.tracking_updated",
    "shipment.problem_changed",
    "order.message_posted",
    "order.confirmed",
    "dispute.changed",
)


class SubscriptionKind(StrEnum):
    ORDER = "order"  # the buyer, automatically
    TRACKING = "tracking"  # anyone, by e-mail, double opt-in
    SELLER = "seller"  # a seller, problems on their shipments


class SubscriptionStatus(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    UNSUBSCRIBED = "unsubscribed"


class DeliveryMode(StrEnum):
    IMMEDIATE = "immediate"  # one message per milestone or problem, as it happens
    DIGEST = "digest"  # one summary a day (docs/notifications.md, "Daily digest")


MAX_CHANNELS = 5  # Apprise URLs per subscription or per user's preferences
MAX_CHANNEL_URL = 1000


def channel_id(url: str) -> str:
    """A stable name for a stored channel URL, to refer to it without showing its secrets."""
    return "ch_" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]


@dataclass
class Subscription:
    id: str
    kind: SubscriptionKind
    email: str
    status: SubscriptionStatus
    milestones: tuple[str, ...]
    created_at: datetime
    user_id: str | None = None
    order_id: str | None = None
    tracking_number: str | None = None
    mode: DeliveryMode = DeliveryMode.IMMEDIATE
    problems: bool = True  # order and seller subscriptions; tracking ones never get problems
    channels: tuple[str, ...] = ()  # Apprise URLs, besides e-mail
    # How the address reads its mail when it has no account saying so: the page's language
    # and the browser's time zone when it asked (None: unknown).
    language: str | None = None
    time_zone: str | None = None
    events: list[events.DomainEvent] = field(default_factory=list)

    @classmethod
    def request_tracking(
        cls,
        *,
        email: str,
        tracking_number: str,
        milestones: tuple[str, ...],
        created_at: datetime,
        language: str | None = None,
        time_zone: str | None = None,
    ) -> Subscription:
        """Alerts on one number asked for by e-mail: pending until confirmed (double opt-in),
        recording ``SubscriptionRequested`` so the confirmation mail goes out."""
        subscription = cls(
            id=new_id("sub"),
            kind=SubscriptionKind.TRACKING,
            email=email,
            status=SubscriptionStatus.PENDING,
            milestones=milestones,
            created_at=created_at,
            tracking_number=tracking_number,
            problems=False,
            language=language,
            time_zone=time_zone,
        )
        subscription.events.append(SubscriptionRequested(subscription.id, email, tracking_number))
        return subscription

    def wants(self, milestone: str) -> bool:
        return self.status is SubscriptionStatus.ACTIVE and milestone in self.milestones

    def wants_problems(self) -> bool:
        return (
            self.status is SubscriptionStatus.ACTIVE
            and self.problems
            and self.kind is not SubscriptionKind.TRACKING
        )

    @property
    def digest(self) -> bool:
        return self.mode is DeliveryMode.DIGEST


@dataclass(frozen=True, slots=True)
class Preferences:
    """A signed-in person's choices, applied to their automatic order (and seller)
    subscriptions now and to every one created later."""

    user_id: str
    milestones: tuple[str, ...] = ALERT_MILESTONES
    problems: bool = True
    mode: DeliveryMode = DeliveryMode.IMMEDIATE
    channels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DigestItem:
    """A milestone or problem kept for the recipient's next daily digest."""

    key: str  # the idempotency key the immediate mail would have had: one item per fact
    recipient: str
    subscription_id: str
    kind: str  # milestone | problem | dispatched
    tracking_number: str
    headline: str
    detail: str
    happened_at: datetime


@dataclass(frozen=True)
class SubscriptionRequested(events.DomainEvent):
    """Someone asked for alerts on a number; a confirmation mail goes out (double opt-in)."""

    name: ClassVar[str] = "subscription.requested"
    subscription_id: str
    email: str
    tracking_number: str


@dataclass(frozen=True, slots=True)
class WebhookEndpoint:
    id: str
    user_id: str
    url: str
    secret: str
    events: tuple[str, ...]
    status: str
    consecutive_failures: int
    created_at: datetime
    disabled_reason: str | None = None

    def wants(self, topic: str) -> bool:
        return self.status == "active" and ("*" in self.events or topic in self.events)


@dataclass(frozen=True, slots=True)
class Delivery:
    id: int
    channel: str  # email | webhook
    idempotency_key: str
    topic: str
    recipient: str
    subject: str | None
    content: dict[str, Any]
    status: str  # pending | sent | dead | skipped
    attempts: int
    created_at: datetime
    endpoint_id: str | None = None
    transport: str | None = None
    sent_at: datetime | None = None
    last_error: str | None = None


def idempotency_key(*parts: str) -> str:
    """A stable key for one message to one recipient: the same facts give the same key."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:40]


def sign_token(secret: str, purpose: str, subject: str) -> str:
    """``subject`` with an HMAC over purpose and subject, URL-safe; no expiry (links in mail)."""
    mac = hmac.new(secret.encode(), f"{purpose}:{subject}".encode(), hashlib.sha256).digest()
    raw = subject.encode() + b"." + base64.urlsafe_b64encode(mac[:18])
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def read_token(secret: str, purpose: str, token: str) -> str | None:
    """The subject of a token signed for ``purpose``, or None when forged or malformed."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    subject, _, _ = raw.rpartition(".")
    if not subject or len(token) > 400:
        return None
    return subject if hmac.compare_digest(sign_token(secret, purpose, subject), token) else None
