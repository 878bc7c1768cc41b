"""Answers of API v1 that several routes share: a shipment, its tracking, an order, an
ingest's result, a detection, a subscription and preferences.

The JSON of trackings, orders and detections is built once, by the read models of the
services and the domain (the CLI and the disputes' evidence print the same); these models
declare that shape for the OpenAPI document and check it where a route returns it. The
answers that only the API gives are built here, from the domain objects (``of``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from parceltrail.domain.eta import Basis
from parceltrail.domain.health import Problem
from parceltrail.domain.notifications import (
    DeliveryMode,
    Preferences,
    Subscription,
    SubscriptionKind,
    SubscriptionStatus,
    channel_id,
)
from parceltrail.domain.status import Status, SubStatus
from parceltrail.notify.channels import AppriseChannels
from parceltrail.services.parcel_views import ParcelView

# Times leave as Python's isoformat() ("2026-11-20T06:05:00+00:00"), RFC 3339 date-times.
Instant = Annotated[str, WithJsonSchema({"type": "string", "format": "date-time"})]
# Calendar days leave as ISO dates ("2026-12-09"), in no time zone.
Day = Annotated[str, WithJsonSchema({"type": "string", "format": "date"})]
# Amounts leave as decimal strings ("12.50"), never as floats.
Amount = Annotated[str, WithJsonSchema({"type": "string", "format": "decimal"})]


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


class Answer(BaseModel):
    """An answer's fields are exactly those listed: a field not declared is a bug."""

    model_config = ConfigDict(extra="forbid")


class StatusOut(Answer):
    status: str


class LegOut(Answer):
    sequence: int
    tracking_number: str
    carrier: str | None


class AftershipStatus(Answer):
    tag: str
    subtag: str


class SeventeenTrackStatus(Answer):
    status: str
    sub_status: str


class MilestoneOut(Answer):
    milestone: str
    reached_at: Instant


class ShipmentOut(Answer):
    id: str
    tracking_number: str
    carrier: str | None
    service: str | None
    legs: list[LegOut]
    status: Status
    sub_status: SubStatus
    aftership: AftershipStatus = Field(description="The status in AfterShip's tag and subtag")
    seventeentrack: SeventeenTrackStatus = Field(description="The status in 17TRACK's terms")
    milestones: list[MilestoneOut]
    dispatched_at: Instant | None
    last_event_at: Instant | None
    delivered_at: Instant | None
    event_count: int
    carrier_eta: Day | None = Field(
        None,
        description="The day the carrier itself expects to deliver (YYYY-MM-DD), as its latest "
        "update that named one gave it (AfterShip, 17TRACK, EasyPost); beside `eta`, "
        "parceltrail's own estimate, which it never changes",
    )


class DispatchedOut(ShipmentOut):
    warnings: list[str] = Field(description="What to check, when the number looks unusual")


class LocationOut(Answer):
    city: str | None
    country: str | None
    postal_code: str | None = Field(description="Shown to the order's buyer and seller only")


class EventOut(Answer):
    occurred_at: Instant
    utc_offset_minutes: int | None = Field(description="The carrier's local time offset")
    tracking_number: str
    status: Status | None
    sub_status: SubStatus | None
    description: str
    location: LocationOut
    carrier: str | None
    code: str | None = Field(description="The carrier's own event code")
    source: str
    said_by: str = Field(description="Whose word it is: carrier, aggregator or seller")


class OrderRef(Answer):
    id: str
    reference: str | None


class HealthOut(Answer):
    problem: Problem | None
    trouble: bool
    since: Instant | None
    explanation: str | None


class EtaOut(Answer):
    earliest: Instant
    likely: Instant
    latest: Instant
    basis: Basis
    measured_from: str
    samples: int
    lane: str | None
    overdue: bool
    explanation: str


class LaneOut(Answer):
    origin: str | None
    destination: str | None
    carrier: str | None
    service: str | None


class UsualDays(Answer):
    p10: float
    p50: float
    p90: float


class LaneContextOut(Answer):
    stage: str
    since: Instant
    days_so_far: float
    usual_days: UsualDays
    samples: int
    lane: str
    text: str


class SourceStatusOut(Answer):
    source: str = Field(description="Who vouches for it: easypost, aftership, 17track...")
    status: Status
    sub_status: SubStatus
    reported_at: Instant
    events_sub_status: SubStatus = Field(description="What the events alone say")
    disagrees: bool = Field(description="The source's status and the events' differ")


class TrackingBackendOut(Answer):
    backend: str = Field(description="17track, aftership, karrio, simulator, or none")
    state: str = Field(description="pending, registered, stopped, rejected or direct (polled)")
    note: str | None = Field(
        description="Why it is not tracked now, e.g. 'tracking paused: the 17TRACK quota for "
        "today is used up; resumes at 2026-12-07 00:00 UTC'"
    )


class TrackingSummaryOut(ShipmentOut):
    """A shipment's tracking without its events; health and ETA once the sweep assessed it."""

    source_status: SourceStatusOut | None = Field(
        None, description="The tracking's overall status as its source gives it, where it does"
    )
    tracking_backend: TrackingBackendOut | None = Field(
        None, description="Which backend tracks the number, and a pause while its quota is out"
    )

    order: OrderRef | None = Field(description="The order, for its buyer and seller only")
    health: HealthOut | None = None
    eta: EtaOut | None = None
    lane: LaneOut | None = None
    lane_context: LaneContextOut | None = None


class TrackingOut(TrackingSummaryOut):
    events: list[EventOut] = Field(description="Newest first")


class PollingOut(Answer):
    carrier: str
    started: bool
    look_again_at: Instant | None
    stopped: str | None = Field(description="final, expired or invalid, once polling stopped")
    first_scan_pending: bool
    note: str | None


class StartedTrackingOut(TrackingOut):
    polling: PollingOut


class OrderLineOut(Answer):
    title: str
    quantity: int
    sku: str | None


class OrderOut(Answer):
    id: str
    reference: str
    created_at: Instant
    buyer_email: str | None
    lines: list[OrderLineOut]
    shipped: bool
    shipments: list[ShipmentOut]


class OrderListOut(Answer):
    orders: list[OrderOut]
    limit: int
    offset: int


class RejectionOut(Answer):
    index: int = Field(description="The event's place in the batch, from 0")
    reason: str = Field(description="A stable word: missing_time, unknown_tracking...")
    message: str
    tracking_number: str | None = None


class IngestOut(Answer):
    accepted: int
    duplicates: int
    rejected: int
    rejections: list[RejectionOut]


Evidence = Literal["check_digit", "unique_prefix", "shape"]


class CandidateOut(Answer):
    carrier: str
    format: str
    score: int
    reason: str
    certain: bool
    evidence: Evidence = Field(
        description="check_digit, unique_prefix (a prefix or suffix no other format has) or "
        "shape (length and characters only)"
    )
    confidence: str = Field(description="How well real numbers prove the format: high to low")
    warning: str | None = Field(description="A rule of the format the number does not meet")


class SuggestionOut(Answer):
    number: str
    change: str
    carriers: list[str]


class S10Out(Answer):
    service: str
    service_meaning: str
    serial: str
    check: str
    issuer: str
    operator: str | None
    country: str | None
    pseudo_code: bool


class DetectionOut(Answer):
    input: str
    normalized: str
    valid: bool
    carriers: list[str] = Field(description="Candidate carriers, best first")
    candidates: list[CandidateOut]
    suggestions: list[SuggestionOut] = Field(description="Nearby valid numbers, for typos")
    message: str
    status: str = Field(description="detected, ambiguous, unconfirmed, no_carrier_data or invalid")
    evidence: Evidence | None = Field(
        description="What makes a valid number valid; null when it is not"
    )
    warnings: list[str] = Field(description="Rules a candidate's format does not meet")
    s10: S10Out | None = Field(None, description="What a UPU S10 number says of itself")
    routing: str | None = Field(None, description="A routing prefix found before the number")


class ChannelOut(Answer):
    id: str = Field(description="Give it back to keep the channel when changing choices")
    url: str = Field(description="The Apprise URL, its secrets masked")


def channels_of(channels: tuple[str, ...], masker: AppriseChannels) -> list[ChannelOut]:
    """Stored channels by id and masked URL: a secret is never sent back in full."""
    return [ChannelOut(id=channel_id(url), url=masker.mask(url)) for url in channels]


class SubscriptionOut(Answer):
    id: str
    kind: SubscriptionKind
    status: SubscriptionStatus
    tracking_number: str | None
    order_id: str | None
    milestones: list[str]
    mode: DeliveryMode
    channels: list[ChannelOut]
    problems: bool | None = Field(None, description="Order and seller subscriptions only")

    @classmethod
    def of(cls, sub: Subscription, masker: AppriseChannels) -> SubscriptionOut:
        extra: dict[str, Any] = {}
        if sub.kind is not SubscriptionKind.TRACKING:
            extra["problems"] = sub.problems
        return cls(
            id=sub.id,
            kind=sub.kind,
            status=sub.status,
            tracking_number=sub.tracking_number,
            order_id=sub.order_id,
            milestones=list(sub.milestones),
            mode=sub.mode,
            channels=channels_of(sub.channels, masker),
            **extra,
        )


class PreferencesOut(Answer):
    milestones: list[str]
    problems: bool
    mode: DeliveryMode
    channels: list[ChannelOut]
    seller_problems: bool | None = Field(None, description="Sellers only")

    @classmethod
    def of(
        cls, prefs: Preferences, masker: AppriseChannels, seller_problems: bool | None
    ) -> PreferencesOut:
        extra = {} if seller_problems is None else {"seller_problems": seller_problems}
        return cls(
            milestones=list(prefs.milestones),
            problems=prefs.problems,
            mode=prefs.mode,
            channels=channels_of(prefs.channels, masker),
            **extra,
        )


# --- My parcels and mail in (web/api/parcels.py, docs/mail-intake.md) -----------------------


class ParcelEventOut(Answer):
    occurred_at: Instant
    description: str
    city: str | None
    country: str | None


class ParcelOrderOut(Answer):
    id: str
    reference: str


class ParcelOut(Answer):
    """One row of My parcels: a parcel of the caller's own, or a shipment of their order."""

    id: str
    tracking_number: str
    label: str
    shop: str | None
    carrier: str | None
    carrier_name: str | None
    status: Status
    sub_status: SubStatus
    expected_at: Instant | None = Field(description="Delivered time, else the likely ETA")
    delivered_at: Instant | None
    problem: Problem | None
    health: str | None = Field(description="The health verdict, in words")
    last_event: ParcelEventOut | None
    source: Literal["number", "url", "text", "mail", "imap", "order"]
    order: ParcelOrderOut | None = Field(description="Set on the caller's marketplace orders")
    order_reference: str | None = Field(description="The shop's order reference, if known")
    tracking_url: str | None
    created_at: Instant
    archived_at: Instant | None

    @classmethod
    def of(cls, view: ParcelView) -> ParcelOut:
        event = view.last_event
        return cls(
            id=view.id,
            tracking_number=view.tracking_number,
            label=view.label,
            shop=view.shop,
            carrier=view.carrier,
            carrier_name=view.carrier_name,
            status=Status(view.status),
            sub_status=SubStatus(view.sub_status),
            expected_at=iso(view.expected_at),
            delivered_at=iso(view.delivered_at),
            problem=Problem(view.problem) if view.problem else None,
            health=view.health,
            last_event=ParcelEventOut(
                occurred_at=event.occurred_at.isoformat(),
                description=event.description,
                city=event.location.city,
                country=event.location.country,
            )
            if event
            else None,
            source=view.source,
            order=ParcelOrderOut(id=view.order_id, reference=view.order_reference or "")
            if view.order_id
            else None,
            order_reference=view.order_reference,
            tracking_url=view.tracking_url,
            created_at=view.created_at.isoformat(),
            archived_at=iso(view.archived_at),
        )


class ParcelsOut(Answer):
    parcels: list[ParcelOut]


class AddressOut(Answer):
    address: str = Field(description="Forward shipping mails here")


class InboundMailOut(Answer):
    id: int
    received_at: Instant
    via: Literal["smtp", "imap"]
    status: Literal["queued", "found", "nothing_found", "refused"]
    reason: str | None = Field(description="Why nothing was found, or why the mail was refused")
    subject: str | None
    shop: str | None
    tracking_numbers: list[str]


class InboundMailsOut(Answer):
    mails: list[InboundMailOut]


class FeedsOut(Answer):
    ical: str = Field(description="Calendar of expected deliveries (signed; rotate to revoke)")
    json_feed: str = Field(description="One entry per parcel, for home automation")


class FeedEntryOut(Answer):
    tracking_number: str
    label: str
    carrier: str | None
    shop: str | None
    status: Status
    expected_date: str | None = Field(description="YYYY-MM-DD")
    delivered_at: Instant | None
    last_event: str | None
    tracking_url: str | None


class FeedOut(Answer):
    generated_at: Instant
    count: int
    parcels: list[FeedEntryOut]


class ImapAccountOut(Answer):
    host: str
    port: int
    username: str
    folder: str
    last_polled_at: Instant | None
    last_error: str | None
