"""The Shipment aggregate: its legs, and a state derived only from its ordered events.

State is a left fold over events sorted by ``TrackingEvent.sort_key`` (``advance``). Because the
sort key is total, the same set of events in any arrival order, any number of times, folds to
the same state; and events that all sort after the last one can be folded onto the stored state
instead of re-reading the history.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from parceltrail.domain import events
from parceltrail.domain.clock import as_utc
from parceltrail.domain.errors import TrackingNumberTaken, ValidationFailed
from parceltrail.domain.health import Health
from parceltrail.domain.ids import new_sorted_id
from parceltrail.domain.status import MILESTONES, Status, SubStatus
from parceltrail.domain.tracking import EARLIEST, FUTURE_TOLERANCE, TrackingEvent


@dataclass(frozen=True, slots=True)
class ShipmentState:
    status: Status = Status.PENDING
    sub_status: SubStatus = SubStatus.PENDING
    milestones: dict[SubStatus, datetime] = field(default_factory=dict)
    last_event_at: datetime | None = None
    delivered_at: datetime | None = None
    event_count: int = 0

    def advance(self, new_events: Iterable[TrackingEvent]) -> ShipmentState:
        """The state after these events, folded in sort order; one new state, not one per event."""
        ordered = list(new_events)
        if not ordered:
            return self
        if len(ordered) > 1:
            ordered.sort(key=_sort_key)
        sub, milestones, copied = self.sub_status, self.milestones, False
        for event in ordered:
            incoming = event.sub_status
            # An event we cannot classify still proves the carrier knows the parcel.
            if incoming is not None:
                sub = incoming
            elif sub is SubStatus.PENDING:
                sub = SubStatus.INFO_RECEIVED
            if sub in MILESTONES and sub not in milestones:
                if not copied:
                    milestones, copied = dict(milestones), True
                milestones[sub] = event.occurred_at
        last = ordered[-1].occurred_at
        return ShipmentState(
            status=sub.status,
            sub_status=sub,
            milestones=milestones,
            last_event_at=last,
            delivered_at=last if sub is SubStatus.DELIVERED else None,
            event_count=self.event_count + len(ordered),
        )

    def can_append(self, new_events: Iterable[TrackingEvent]) -> bool:
        """True when every new event is strictly later than the last one applied."""
        last = self.last_event_at
        return last is None or all(e.occurred_at > last for e in new_events)


def _sort_key(event: TrackingEvent) -> tuple[datetime, int, str]:
    return event.sort_key


def derive_state(all_events: Iterable[TrackingEvent]) -> ShipmentState:
    return ShipmentState().advance(all_events)


@dataclass(frozen=True, slots=True)
class Leg:
    """One tracking number of a shipment; a second leg starts after a handover."""

    sequence: int
    tracking_number: str
    carrier: str | None


@dataclass
class Shipment:
    id: str
    order_id: str | None
    legs: list[Leg]
    dispatched_at: datetime | None
    state: ShipmentState = field(default_factory=ShipmentState)
    events: list[events.DomainEvent] = field(default_factory=list)
    service: str | None = None  # the first carrier's service ("standard", "economy", ...)

    @classmethod
    def new(
        cls,
        tracking_number: str,
        carrier: str | None,
        *,
        order_id: str | None = None,
        dispatched_at: datetime | None = None,
        service: str | None = None,
    ) -> Shipment:
        """A shipment with its first leg: dispatched on an order, or a standalone tracking."""
        return cls(
            id=new_sorted_id("shp"), order_id=order_id, legs=[Leg(1, tracking_number, carrier)],
            dispatched_at=dispatched_at,
            service=service,
        )

    def dispatch(
        self, *, order_id: str, tracking_number: str, at: datetime, service: str | None
    ) -> None:
        """Put this shipment on an order, dispatched ``at`` under ``tracking_number`` (one of
        its legs' numbers), recording ``ShipmentDispatched``; a number already on another
        order is refused."""
        if self.order_id is not None and self.order_id != order_id:
            raise TrackingNumberTaken(
                f"tracking number {tracking_number} is already used by another order; "
                "check the label",
                tracking_number=tracking_number,
            )
        self.order_id, self.dispatched_at, self.service = order_id, at, service
        self.events.append(
            events.ShipmentDispatched(self.id, order_id, tracking_number, self.carrier, at)
        )

    @property
    def tracking_number(self) -> str:
        """The number a buyer should use now: the latest leg's."""
        return self.legs[-1].tracking_number

    @property
    def carrier(self) -> str | None:
        return self.legs[-1].carrier

    def add_leg(self, tracking_number: str, carrier: str | None) -> Leg:
        leg = Leg(sequence=len(self.legs) + 1, tracking_number=tracking_number, carrier=carrier)
        self.legs.append(leg)
        self.events.append(events.LegAdded(self.id, tracking_number, carrier, leg.sequence))
        return leg

    def change_state(self, new: ShipmentState) -> None:
        """Take a newly derived state and record what changed for whoever listens."""
        old, self.state = self.state, new
        reached: tuple[tuple[str, datetime], ...] = ()
        if new.milestones is not old.milestones:
            reached = tuple(
                sorted(
                    (
                        (milestone.value, at)
                        for milestone, at in new.milestones.items()
                        if milestone not in old.milestones
                    ),
                    key=lambda item: item[1],
                )
            )
        if not reached and old.sub_status is new.sub_status:
            return
        self.events.append(
            events.TrackingUpdated(
                shipment_id=self.id,
                tracking_number=self.tracking_number,
                previous_status=old.status.value,
                previous_sub_status=old.sub_status.value,
                status=new.status.value,
                sub_status=new.sub_status.value,
                milestones=reached,
                last_event_at=new.last_event_at,
            )
        )

    def record_health(self, health: Health, previous: Health | None) -> bool:
        """Record ``ProblemChanged`` when ``health`` names another problem (or none) than the
        ``previous`` verdict; whether it did."""
        old = previous.problem if previous else None
        if old is health.problem:
            return False
        self.events.append(
            events.ProblemChanged(
                shipment_id=self.id,
                tracking_number=self.tracking_number,
                order_id=self.order_id,
                problem=health.problem.value if health.problem else None,
                previous_problem=old.value if old else None,
                trouble=health.is_trouble,
                explanation=health.explanation,
                since=health.since,
            )
        )
        return True


MAX_SERVICE = 32


def checked_carrier(carrier: str | None) -> str | None:
    """A carrier code as given by a seller ('China Post' is 'china_post'); None when blank."""
    if carrier is None or not carrier.strip():
        return None
    code = carrier.strip().lower().replace("-", "_").replace(" ", "_")
    if len(code) > 64 or not code.replace("_", "").isalnum():
        raise ValidationFailed(
            f"carrier {carrier[:40]!r} is not a carrier code such as 'china_post' or 'usps'",
            field="carrier",
        )
    return code


def checked_service(service: str | None) -> str | None:
    """A carrier's service name as lanes key it: 'Standard' and 'standard' are one service."""
    if service is None or not service.strip():
        return None
    name = service.strip().lower().replace("-", "_").replace(" ", "_")
    if len(name) > MAX_SERVICE or not name.replace("_", "").isalnum():
        raise ValidationFailed(
            f"service {service[:40]!r} is not a service name such as 'standard', 'economy' or "
            f"'epacket' (letters, digits, spaces, at most {MAX_SERVICE} characters)",
            field="service",
        )
    return name


def checked_dispatch_time(dispatched_at: datetime | None, now: datetime) -> datetime:
    """When a shipment left: ``now`` unless given; refuse the future and the implausibly old."""
    if dispatched_at is None:
        return now
    try:
        moment = as_utc(dispatched_at)
    except ValueError as exc:
        raise ValidationFailed(str(exc), field="dispatched_at") from None
    if moment > now + FUTURE_TOLERANCE:
        raise ValidationFailed("dispatched_at is in the future", field="dispatched_at")
    if moment < EARLIEST:
        raise ValidationFailed(
            f"dispatched_at {moment:%Y-%m-%d} is before {EARLIEST:%Y}; check the date",
            field="dispatched_at",
        )
    return moment
