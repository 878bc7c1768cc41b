"""Ingest carrier events idempotently, and read a tracking back."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any

from parceltrail.domain.errors import InvalidEvent, PermissionDenied, TrackingNotFound
from parceltrail.domain.shipments import Shipment, ShipmentState, VouchedStatus, derive_state
from parceltrail.domain.tracking import (
    TrackingEvent,
    built_event,
    normalize_tracking_number,
    parse_sub_status,
)
from parceltrail.domain.users import User
from parceltrail.services import health
from parceltrail.services.orders import can_see
from parceltrail.services.ports import TrackingUnitOfWork
from parceltrail.services.text_lessons import learn_and_teach, read_lessons_ahead
from parceltrail.services.views import TrackingView


@dataclass(frozen=True, slots=True)
class Rejection:
    index: int
    reason: str
    message: str
    tracking_number: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "reason": self.reason,
            "message": self.message,
            "tracking_number": self.tracking_number,
        }


@dataclass
class IngestResult:
    accepted: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    shipments_changed: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "duplicates": self.duplicates,
            "rejected": len(self.rejected),
            "rejections": [r.to_json() for r in self.rejected],
        }


def _text(item: Mapping[str, Any], name: str) -> str | None:
    value = item.get(name)
    if value is None or type(value) is str:  # the usual cases first
        return value
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InvalidEvent(f"{name} must be a string", reason="bad_field", field=name)
    return str(value)


def _time(item: Mapping[str, Any]) -> datetime:
    raw = _text(item, "occurred_at")
    if not raw:
        raise InvalidEvent("occurred_at is required (ISO 8601 with offset)", reason="missing_time")
    try:
        return datetime.fromisoformat(raw.strip()[:40])
    except ValueError:
        raise InvalidEvent(
            f"occurred_at {raw[:40]!r} is not ISO 8601 like 2026-11-28T09:30:00+08:00",
            reason="bad_time",
        ) from None


def event_from_json(item: Any, *, now: datetime, source: str = "api") -> TrackingEvent:
    """One event of the public JSON format, validated; raises InvalidEvent saying what to fix."""
    if type(item) is not dict and not isinstance(item, Mapping):
        raise InvalidEvent("each event must be a JSON object", reason="not_an_object")
    get = item.get
    location = get("location") or _NO_PLACE
    if type(location) is not dict and not isinstance(location, Mapping):
        raise InvalidEvent("location must be an object with city and country", reason="bad_field")
    # A field that is a string or absent is taken as it is (the usual case, tested inline: a
    # call of ``_text`` each was about a tenth of an event's parsing); ``_text`` checks and
    # converts the others. The fields are checked in the order the first refusal names them.
    number = get("tracking_number")
    if type(number) is not str:
        number = _text(item, "tracking_number") or ""
    moment = _time(item)
    description = get("description")
    if description is not None and type(description) is not str:
        description = _text(item, "description")
    status = get("status")
    sub_status = None if status is None else parse_sub_status(status)
    place = location.get
    city, country, postal_code = place("city"), place("country"), place("postal_code")
    if not (
        (city is None or type(city) is str)
        and (country is None or type(country) is str)
        and (postal_code is None or type(postal_code) is str)
    ):
        city = _text(location, "city")
        country = _text(location, "country")
        postal_code = _text(location, "postal_code")
    carrier = get("carrier")
    if carrier is not None and type(carrier) is not str:
        carrier = _text(item, "carrier")
    code = get("code")
    if code is not None and type(code) is not str:
        code = _text(item, "code")
    source_id = get("id")
    if source_id is not None and type(source_id) is not str:
        source_id = _text(item, "id")
    return built_event(
        number,
        moment,
        description,
        sub_status,
        city,
        country,
        postal_code,
        carrier,
        code,
        source,
        source_id,
        now,
    )


_NO_PLACE: Mapping[str, Any] = MappingProxyType({})


def parse_events(
    items: Sequence[Any], *, now: datetime, source: str = "api"
) -> tuple[list[tuple[int, TrackingEvent]], list[Rejection]]:
    """Split a posted batch into valid events (with their index) and rejections."""
    valid: list[tuple[int, TrackingEvent]] = []
    rejected: list[Rejection] = []
    for index, item in enumerate(items):
        try:
            valid.append((index, event_from_json(item, now=now, source=source)))
        except InvalidEvent as exc:
            number = item.get("tracking_number") if isinstance(item, Mapping) else None
            rejected.append(
                Rejection(index, exc.reason, exc.message, str(number)[:64] if number else None)
            )
    return valid, rejected


def ingest(
    *,
    uow: TrackingUnitOfWork,
    actor: User | None,
    events: Sequence[tuple[int, TrackingEvent]],
    now: datetime,
    create_unknown: bool = False,
    vouched: Mapping[str, VouchedStatus] | None = None,
) -> IngestResult:
    """Store new events, skip ones already known, and re-derive each touched shipment's state.

    ``actor`` None means a verified carrier source (a signed webhook, a poller), which may also
    start a standalone tracking for an unknown number when ``create_unknown`` is set.
    ``vouched`` holds, by tracking number, the overall status a verified source gives.
    A seller posts only for shipments on its own orders: the others are read as unknown.
    """
    result = IngestResult()
    numbers = {event.tracking_number for _, event in events} | set(vouched or ())
    seller = _posting_seller(actor)
    if create_unknown and seller is not None:
        raise ValueError("only a verified source (actor None) or an admin starts trackings")
    read_lessons_ahead(uow, [event for _, event in events])
    shipments = uow.shipments.by_numbers(numbers, lock=True, seller_id=seller)
    if create_unknown:
        _start_standalone(uow, events, shipments, now)
    fresh = _taught(uow, _fresh_events(uow, events, shipments, result), now)
    uow.events.add_many([(sid, event) for sid, batch in fresh.items() for event in batch], now)
    words = {shipments[n].id: v for n, v in (vouched or {}).items() if n in shipments}
    changed = _apply(uow, fresh, {s.id: s for s in shipments.values()}, words)
    uow.shipments.save_states(changed, now)
    result.shipments_changed = len(changed)
    return result


def _start_standalone(
    uow: TrackingUnitOfWork,
    events: Sequence[tuple[int, TrackingEvent]],
    shipments: dict[str, Shipment],
    now: datetime,
) -> None:
    new: list[Shipment] = []
    for _, event in events:
        if event.tracking_number not in shipments:
            shipment = Shipment.new(event.tracking_number, event.carrier)
            new.append(shipment)
            shipments[event.tracking_number] = shipment
    uow.shipments.add_many(new, now)


def _fresh_events(
    uow: TrackingUnitOfWork,
    events: Sequence[tuple[int, TrackingEvent]],
    shipments: dict[str, Shipment],
    result: IngestResult,
) -> dict[str, list[TrackingEvent]]:
    """New events per shipment id; unknown (or foreign: not in ``shipments``) and duplicate
    ones are counted on ``result``."""
    known: list[tuple[TrackingEvent, Shipment]] = []
    for index, event in events:
        shipment = shipments.get(event.tracking_number)
        if shipment is None:
            result.rejected.append(_unknown(index, event.tracking_number))
        else:
            known.append((event, shipment))
    # A parcel without stored events has none to repeat, so only the others' keys are looked
    # up (a parcel's first delivery asks nothing). Its state counts every event stored, in
    # the transaction that stored them and under its lock: the fact the fold already trusts
    # when it folds onto a state with no last event without reading the history.
    stored = uow.events.stored_keys(
        (event.key, shipment.id) for event, shipment in known if shipment.state.event_count
    )
    fresh: dict[str, list[TrackingEvent]] = defaultdict(list)
    for event, shipment in known:
        sid = shipment.id
        if (event.key, sid) in stored:
            result.duplicates += 1
        else:
            stored.add((event.key, sid))
            fresh[sid].append(event)
            result.accepted += 1
    return fresh


def _taught(
    uow: TrackingUnitOfWork, fresh: dict[str, list[TrackingEvent]], now: datetime
) -> dict[str, list[TrackingEvent]]:
    """New events after the feed's lessons: sources' (text, status) pairs are counted, and
    text-only events take the status their text was taught (services/text_lessons.py)."""
    flat = [event for batch in fresh.values() for event in batch]
    if not flat:
        return fresh
    lessoned = iter(learn_and_teach(uow, flat, now))
    return {sid: [next(lessoned) for _ in batch] for sid, batch in fresh.items()}


def _posting_seller(actor: User | None) -> str | None:
    """The seller whose shipments alone ``actor`` may post events for; None for any shipment
    (a verified source, an admin). Buyers post none. The shipments' read applies it, in the
    same statement (a statement of its own for the orders' sellers was a twentieth of a
    parcel's batch)."""
    if actor is None or actor.is_admin:
        return None
    if not actor.can_sell:
        raise PermissionDenied("buyers cannot post carrier events; a seller or a carrier can")
    return actor.id


def _unknown(index: int, number: str) -> Rejection:
    return Rejection(
        index,
        "unknown_tracking_number",
        f"no shipment of yours has tracking number {number}; dispatch it on an order first",
        number,
    )


def _apply(
    uow: TrackingUnitOfWork,
    fresh: dict[str, list[TrackingEvent]],
    by_id: dict[str, Shipment],
    vouched: Mapping[str, VouchedStatus],
) -> list[Shipment]:
    """Fold new events onto each shipment; re-read history only for out-of-order arrivals;
    then take the source's own word where it gave one."""
    replay = [sid for sid, batch in fresh.items() if not by_id[sid].state.can_append(batch)]
    histories = uow.events.for_shipments(replay) if replay else {}
    changed = []
    for sid in fresh.keys() | vouched.keys():
        shipment = by_id[sid]
        state = _folded(shipment.state, fresh.get(sid, ()), histories.get(sid))
        word = vouched.get(sid)
        if word is not None and _newer(word, shipment.state.vouched):
            state = state.vouched_by(word)
        if state != shipment.state:
            shipment.change_state(state)
            changed.append(shipment)
    return changed


def _folded(
    state: ShipmentState, batch: Sequence[TrackingEvent], history: list[TrackingEvent] | None
) -> ShipmentState:
    """The state after ``batch``: folded on, or re-derived from the whole ``history``."""
    if history is None:
        return state.advance(batch)
    derived = derive_state(history)
    return derived.vouched_by(state.vouched) if state.vouched else derived


def _newer(word: VouchedStatus, kept: VouchedStatus | None) -> bool:
    """A source's word replaces what it said before, never a later word (deliveries reorder)."""
    return kept is None or word.reported_at >= kept.reported_at


def get_tracking(
    *,
    uow: TrackingUnitOfWork,
    tracking_number: str,
    viewer: User | None,
    now: datetime | None = None,
) -> TrackingView:
    """A tracking, events newest first; its order is named only to buyer, seller or admin.

    With ``now``, it also carries the health verdict and ETA as of that moment.
    """
    number = normalize_tracking_number(tracking_number or "")[:64]
    shipment = uow.shipments.by_numbers([number]).get(number) if number else None
    if shipment is None:
        raise TrackingNotFound(
            f"parceltrail has no tracking for {number or tracking_number[:64]!r} yet; "
            "it appears once the seller dispatches it or the carrier reports it",
            tracking_number=number,
        )
    history = uow.events.for_shipment(shipment.id)
    order = uow.orders.get_header(shipment.order_id) if shipment.order_id else None
    visible = order is not None and can_see(viewer, order)
    return TrackingView(
        shipment=shipment,
        events=list(reversed(history)),
        order_reference=order.reference if order and visible else None,
        order_id=order.id if order and visible else None,
        health=health.live(uow=uow, shipment=shipment, history=history, now=now) if now else None,
    )
