"""The Shipment aggregate: its legs, and a state derived only from its ordered events.

State is a left fold over events sorted by ``TrackingEvent.sort_key`` (``advance``). Because the
sort key is total, the same set of events in any arrival order, any number of times, folds to
the same state; and events that all sort after the last one can be folded onto the stored state
instead of re-reading the history.

Two rules make the fold robust to what sources really send:

- **Never backwards.** Once delivered (or returned), an event dated later that names an earlier
  step of the journey (a scan printed with the wrong date, delivered before accepted) keeps its
  date and its milestone but does not move the status back.
- **Status a source vouches for.** Where a source gives the tracking's overall status (EasyPost
  ``tracker.status``, AfterShip ``tag``, 17TRACK ``latest_status``), it is kept beside the
  status the events give (``events_sub_status``). A final status from the source wins over events
  with odd dates; otherwise the events decide. Where the two disagree, both stay recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from parceltrail.domain import events
from parceltrail.domain.clock import as_utc
from parceltrail.domain.errors import TrackingNumberTaken, ValidationFailed
from parceltrail.domain.health import Health
from parceltrail.domain.ids import new_sorted_id
from parceltrail.domain.status import JOURNEY_RANK, MILESTONES, Status, SubStatus
from parceltrail.domain.tracking import EARLIEST, FUTURE_TOLERANCE, TrackingEvent
from parceltrail.domain.words import N_, Words


@dataclass(frozen=True, slots=True)
class VouchedStatus:
    """A source's own overall status for a tracking, as of ``reported_at``."""

    source: str
    sub_status: SubStatus
    reported_at: datetime


# Reached, these are not undone by a later-dated event naming an earlier step.
_SETTLED = frozenset({SubStatus.DELIVERED, SubStatus.RETURNED})
_BEFORE_DELIVERY = JOURNEY_RANK[SubStatus.DELIVERED]
# The members the fold compares with, bound once: ``SubStatus.DELIVERED`` is an attribute of a
# class whose metaclass defines ``__getattr__`` (EnumType), so every such look-up goes through
# Python (0.28 us, against 0.02 for a module global), several times a parcel in ``advance``.
_DELIVERED = SubStatus.DELIVERED
_PENDING = SubStatus.PENDING
_INFO_RECEIVED = SubStatus.INFO_RECEIVED


def moves_back(current: SubStatus, incoming: SubStatus) -> bool:
    """True when ``incoming`` would take a settled parcel back to an earlier journey step."""
    return current in _SETTLED and JOURNEY_RANK[incoming] < _BEFORE_DELIVERY


@dataclass(frozen=True, slots=True)
class ShipmentState:
    """What a shipment shows (``status``, ``sub_status``), what its events alone say
    (``events_sub_status``, None when the same) and what its source vouches for."""

    status: Status = Status.PENDING
    sub_status: SubStatus = SubStatus.PENDING
    milestones: dict[SubStatus, datetime] = field(default_factory=dict)
    last_event_at: datetime | None = None
    delivered_at: datetime | None = None
    event_count: int = 0
    events_sub_status: SubStatus | None = None
    vouched: VouchedStatus | None = None

    @property
    def said_by_events(self) -> SubStatus:
        """The sub-status the events alone give."""
        return self.events_sub_status or self.sub_status

    @property
    def disagreement(self) -> bool:
        """The source's own status names another main status than the events do."""
        return self.vouched is not None and (
            self.vouched.sub_status.status is not self.said_by_events.status
        )

    def advance(self, new_events: Iterable[TrackingEvent]) -> ShipmentState:
        """The state after these events, folded in sort order; one new state, not one per event."""
        ordered = list(new_events)
        if not ordered:
            return self
        if len(ordered) > 1:
            ordered.sort(key=_sort_key)
        sub, milestones = self.said_by_events, self._events_milestones()
        copied = milestones is not self.milestones
        delivered_at = self.delivered_at if sub is _DELIVERED else None
        for event in ordered:
            incoming = event.sub_status
            # An event we cannot classify still proves the carrier knows the parcel.
            if incoming is not None and not moves_back(sub, incoming):
                sub = incoming
                if sub is _DELIVERED:
                    delivered_at = event.occurred_at
            elif sub is _PENDING:
                sub = _INFO_RECEIVED
            if sub in MILESTONES and sub not in milestones:
                if not copied:
                    milestones, copied = dict(milestones), True
                milestones[sub] = event.occurred_at
        return _settled(
            sub,
            milestones,
            last_event_at=ordered[-1].occurred_at,
            delivered_at=delivered_at if sub is _DELIVERED else None,
            event_count=self.event_count + len(ordered),
            vouched=self.vouched,
        )

    def vouched_by(self, vouched: VouchedStatus) -> ShipmentState:
        """This state once a source vouched for ``vouched`` (the newest word of the source)."""
        return _settled(
            self.said_by_events,
            self._events_milestones(),
            last_event_at=self.last_event_at,
            delivered_at=self.delivered_at if self.said_by_events is _DELIVERED else None,
            event_count=self.event_count,
            vouched=vouched,
        )

    def _events_milestones(self) -> dict[SubStatus, datetime]:
        """The milestones without the one only the source's word reached (it is re-added while
        the events still do not reach it), so both ways of folding agree."""
        word = self.vouched
        if word is None or self.events_sub_status is None:
            return self.milestones
        if self.milestones.get(self.sub_status) != word.reported_at:
            return self.milestones
        return {sub: at for sub, at in self.milestones.items() if sub is not self.sub_status}

    def can_append(self, new_events: Iterable[TrackingEvent]) -> bool:
        """True when every new event is strictly later than the last one applied."""
        last = self.last_event_at
        return last is None or all(e.occurred_at > last for e in new_events)


def _source_decides(vouched: SubStatus, events_say: SubStatus) -> bool:
    """A source's final word wins; its other words only fill in while events say nothing."""
    if vouched is events_say:
        return False
    return vouched.is_final or events_say is _PENDING


def _settled(
    events_sub: SubStatus,
    milestones: dict[SubStatus, datetime],
    *,
    last_event_at: datetime | None,
    delivered_at: datetime | None,
    event_count: int,
    vouched: VouchedStatus | None,
) -> ShipmentState:
    """The state shown: the source's final word wins, else its word fills a silence, else the
    events' status."""
    shown = events_sub
    if vouched is not None and _source_decides(vouched.sub_status, events_sub):
        shown = vouched.sub_status
        if shown in MILESTONES and shown not in milestones:
            milestones = {**milestones, shown: vouched.reported_at}
    if shown is _DELIVERED and delivered_at is None:
        delivered_at = milestones.get(_DELIVERED)
    return ShipmentState(
        status=shown.status,
        sub_status=shown,
        milestones=milestones,
        last_event_at=last_event_at,
        delivered_at=delivered_at if shown is _DELIVERED else None,
        event_count=event_count,
        events_sub_status=events_sub if shown is not events_sub else None,
        vouched=vouched,
    )


def _sort_key(event: TrackingEvent) -> tuple[datetime, int, str]:
    return event.sort_key


def _second(pair: tuple[str, datetime]) -> datetime:
    return pair[1]


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
    # The day the carrier itself expects to deliver, as its latest word gave it (an
    # aggregator's pushes pass it on); shown beside parceltrail's own estimate, never mixed in.
    carrier_eta: date | None = None

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
            id=new_sorted_id("shp"),
            order_id=order_id,
            legs=[Leg(1, tracking_number, carrier)],
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
                Words(
                    "tracking number {number} is already used by another order; check the label",
                    number=tracking_number,
                ),
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

    def name_carrier(self, tracking_number: str, carrier: str | None) -> Leg | None:
        """The leg of ``tracking_number`` now with ``carrier`` (a seller's correction, a
        backend's detection); None when nothing changes (no such leg, no carrier, the same)."""
        for index, leg in enumerate(self.legs):
            if leg.tracking_number == tracking_number and carrier and leg.carrier != carrier:
                self.legs[index] = Leg(leg.sequence, leg.tracking_number, carrier)
                return self.legs[index]
        return None

    def estimated_by_carrier(self, day: date | None) -> bool:
        """Take the day the carrier's latest update expects delivery on: a new day replaces
        the one held, an update that names none keeps it. Whether it changed."""
        if day is None or day == self.carrier_eta:
            return False
        self.carrier_eta = day
        return True

    @property
    def carrier_eta_ahead(self) -> date | None:
        """The carrier's day while the journey is still going (delivered, returned or lost,
        a date to wait for means nothing)."""
        return None if self.state.sub_status.is_final else self.carrier_eta

    def change_state(self, new: ShipmentState) -> None:
        """Take a newly derived state and record what changed for whoever listens."""
        old, self.state = self.state, new
        reached: tuple[tuple[str, datetime], ...] = ()
        if new.milestones is not old.milestones:
            before = old.milestones
            # str() of a StrEnum member is its value, without the enum's descriptor (ingest
            # records one update per parcel of a batch).
            added = [(str(m), at) for m, at in new.milestones.items() if m not in before]
            if len(added) > 1:
                added.sort(key=_second)
            reached = tuple(added)
        if not reached and old.sub_status is new.sub_status:
            return
        self.events.append(
            events.TrackingUpdated(
                shipment_id=self.id,
                tracking_number=self.legs[-1].tracking_number,
                previous_status=str(old.status),
                previous_sub_status=str(old.sub_status),
                status=str(new.status),
                sub_status=str(new.sub_status),
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
            Words(
                "carrier {carrier!r} is not a carrier code such as 'china_post' or 'usps'",
                carrier=carrier[:40],
            ),
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
            Words(
                "service {service!r} is not a service name such as 'standard', 'economy' or "
                "'epacket' (letters, digits, spaces, at most {most} characters)",
                service=service[:40],
                most=MAX_SERVICE,
            ),
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
        raise ValidationFailed(N_("dispatched_at is in the future"), field="dispatched_at")
    if moment < EARLIEST:
        raise ValidationFailed(
            Words(
                "dispatched_at {when:%Y-%m-%d} is before {year}; check the date",
                when=moment,
                year=str(EARLIEST.year),
            ),
            field="dispatched_at",
        )
    return moment
