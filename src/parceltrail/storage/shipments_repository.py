"""Shipments, their legs and states, and their tracking events in the database."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    and_,
    bindparam,
    exists,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from parceltrail.domain.clock import iso_text
from parceltrail.domain.errors import TrackingNumberTaken
from parceltrail.domain.shipments import Leg, Shipment, ShipmentState, VouchedStatus
from parceltrail.domain.status import Status, SubStatus
from parceltrail.domain.tracking import Location, TrackingEvent
from parceltrail.storage.driver import Driver, InList, InPairs, ListQuery, raw
from parceltrail.storage.repositories import Repository, chunks
from parceltrail.storage.tables import (
    orders,
    shipment_legs,
    shipments,
    tracking_events,
)

_STATUS = {status.value: status for status in Status}
_SUB_STATUS = {sub.value: sub for sub in SubStatus}
_PAIR_OPENING = {sub: f'"{sub.value}": "' for sub in SubStatus}


class _MilestoneCodec:
    """Milestones as the JSON object ``{"accepted": "2026-11-10T20:00:00+00:00", ...}``.

    Every batch reads and rewrites the milestones of each touched shipment, so both directions
    are on the hot path. Writing builds the JSON text directly (keys are status words and
    values ISO 8601 times, so nothing needs escaping: the text equals ``json.dumps``'s) and
    reuses, for a time read in this unit of work, the text it was read from.

    A shipment's milestones read as text (SQLite) are remembered with it (``owner``): written
    back unchanged (the fold reached no milestone, and kept the very same dict) they are that
    text again. (Appending a fold's new pairs to the text read was measured too: checking that
    the grown dict begins with the read pairs cost more than encoding three pairs whole.)
    """

    def __init__(self, driver: Driver) -> None:
        self._read_json = driver.read_json
        self._texts: dict[datetime, str] = {}
        self._read: dict[str, tuple[dict[SubStatus, datetime], str]] = {}

    def decode(self, value: Any, owner: str | None = None) -> dict[SubStatus, datetime]:
        if not value or value == "{}":
            return {}
        decoded: dict[SubStatus, datetime] = {}
        texts = self._texts
        for name, text in self._read_json(value).items():
            at = datetime.fromisoformat(text)
            if at.tzinfo is UTC:
                texts[at] = text
            decoded[_SUB_STATUS[name]] = at
        if owner is not None and type(value) is str:
            self._read[owner] = (decoded, value)
        return decoded

    def encode(self, milestones: dict[SubStatus, datetime], owner: str | None = None) -> str:
        if not milestones:
            return "{}"
        read = self._read.get(owner) if owner is not None else None
        if read is not None and milestones is read[0]:
            return read[1]
        texts, opening = self._texts, _PAIR_OPENING
        # Each pair's opening looked up, not formatted (an enum member in an f-string goes
        # through its __format__), in a list, not a generator: 0.9 against 1.3 us for three
        # pairs, min of 5 x 20,000.
        pairs = [
            opening[sub] + ((at.tzinfo is UTC and texts.get(at)) or iso_text(at)) + '"'
            for sub, at in milestones.items()
        ]
        return "{" + ", ".join(pairs) + "}"


def _milestones(state: ShipmentState) -> dict[str, str]:
    return {k.value: v.isoformat() for k, v in state.milestones.items()}


def _state_values(state: ShipmentState) -> dict[str, Any]:
    return {
        "status": state.status.value,
        "sub_status": state.sub_status.value,
        "milestones": _milestones(state),
        "last_event_at": state.last_event_at,
        "delivered_at": state.delivered_at,
        "event_count": state.event_count,
        **_vouched_values(state),
    }


def _vouched_values(state: ShipmentState) -> dict[str, Any]:
    vouched = state.vouched
    return {
        "events_sub_status": state.events_sub_status.value if state.events_sub_status else None,
        "vouched_sub_status": vouched.sub_status.value if vouched else None,
        "vouched_source": vouched.source if vouched else None,
        "vouched_at": vouched.reported_at if vouched else None,
    }


def _day(value: date | str) -> date:
    """A DATE as the driver gives it: a date (psycopg) or its ISO text (SQLite)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def _vouched(
    sub_status: str | None, source: str | None, at: datetime | None
) -> VouchedStatus | None:
    if sub_status is None or source is None or at is None:
        return None
    return VouchedStatus(source, _SUB_STATUS[sub_status], at)


# Times and JSON come back as the driver's raw values (no per-value processing) and are
# converted once in ``SqlShipmentRepository._shipments``; keep the order in step with it.
_SHIPMENT_COLUMNS = (
    shipments.c.id,
    shipments.c.order_id,
    raw(shipments.c.dispatched_at),
    shipments.c.status,
    shipments.c.sub_status,
    raw(shipments.c.milestones),
    raw(shipments.c.last_event_at),
    raw(shipments.c.delivered_at),
    shipments.c.event_count,
    shipments.c.service,
    shipments.c.events_sub_status,
    shipments.c.vouched_sub_status,
    shipments.c.vouched_source,
    raw(shipments.c.vouched_at),
    raw(shipments.c.carrier_eta),
    shipment_legs.c.sequence,
    shipment_legs.c.tracking_number,
    shipment_legs.c.carrier,
)


def _shipments_query(condition: ColumnElement[bool]) -> Select[Any]:
    return (
        select(*_SHIPMENT_COLUMNS)
        .join(shipment_legs, shipment_legs.c.shipment_id == shipments.c.id)
        .where(condition)
        .order_by(shipments.c.id, shipment_legs.c.sequence)
    )


def _by_numbers_query(in_list: InList) -> Select[Any]:
    owners = select(shipment_legs.c.shipment_id).where(in_list(shipment_legs.c.tracking_number))
    return _shipments_query(shipments.c.id.in_(owners))


def _locked_by_numbers_query(in_list: InList) -> Select[Any]:
    """``_by_numbers_query`` holding the shipments' rows until commit, locked in id order (the
    order the rows come in) so lockers cannot deadlock. SQLite renders no FOR UPDATE: its
    BEGIN IMMEDIATE already serializes writers."""
    return _by_numbers_query(in_list).with_for_update(of=shipments)


def _sellers(query: Select[Any]) -> Select[Any]:
    """``query`` kept to the shipments on the orders of the seller ``seller_id``: one probe
    of the orders' key a shipment found (``EXISTS``, not a list of the seller's orders)."""
    theirs = exists().where(
        orders.c.id == shipments.c.order_id,
        orders.c.seller_id == bindparam("seller_id", type_=String),
    )
    return query.where(theirs)


def _sellers_by_numbers_query(in_list: InList) -> Select[Any]:
    return _sellers(_by_numbers_query(in_list))


def _sellers_locked_by_numbers_query(in_list: InList) -> Select[Any]:
    return _sellers(_locked_by_numbers_query(in_list))


# By (lock, one seller's only): the shipments' statement.
_BY_NUMBERS: dict[tuple[bool, bool], ListQuery] = {
    (False, False): _by_numbers_query,
    (True, False): _locked_by_numbers_query,
    (False, True): _sellers_by_numbers_query,
    (True, True): _sellers_locked_by_numbers_query,
}


def _stored_keys_query(in_pairs: InPairs) -> Select[Any]:
    """One probe of the (shipment_id, event_key) index per pair; no table row is read."""
    e = tracking_events
    return select(e.c.event_key, e.c.shipment_id).where(in_pairs(e.c.shipment_id, e.c.event_key))


class SqlShipmentRepository(Repository):
    def __init__(self, connection: Connection, seen: list[Any]) -> None:
        super().__init__(connection, seen)
        self._milestones = _MilestoneCodec(self._driver)

    def add(self, shipment: Shipment, now: datetime) -> None:
        self._db.execute(
            insert(shipments).values(
                id=shipment.id,
                order_id=shipment.order_id,
                dispatched_at=shipment.dispatched_at,
                service=shipment.service,
                created_at=now,
                updated_at=now,
                **_state_values(shipment.state),
            )
        )
        try:
            self._db.execute(
                insert(shipment_legs),
                [
                    {
                        "shipment_id": shipment.id,
                        "sequence": leg.sequence,
                        "tracking_number": leg.tracking_number,
                        "carrier": leg.carrier,
                    }
                    for leg in shipment.legs
                ],
            )
        except IntegrityError:  # a concurrent transaction took the number first
            numbers = ", ".join(leg.tracking_number for leg in shipment.legs)
            raise TrackingNumberTaken(
                f"tracking number {numbers} already belongs to a shipment"
            ) from None
        self._seen.append(shipment)

    def add_many(self, new: Sequence[Shipment], now: datetime) -> None:
        """New shipments and their legs in two driver-level statements (COPY on PostgreSQL
        for large batches), not two statements each."""
        if not new:
            return
        time = self._driver.time
        at = time(now)
        self._driver.insert(
            shipments,
            _NEW_SHIPMENT_COLUMNS,
            [
                (
                    s.id,
                    s.order_id,
                    time(s.dispatched_at),
                    s.service,
                    at,
                    at,
                    (state := s.state).status.value,
                    state.sub_status.value,
                    self._milestones.encode(state.milestones),
                    time(state.last_event_at),
                    time(state.delivered_at),
                    state.event_count,
                )
                for s in new
            ],
        )
        legs = [
            (s.id, leg.sequence, leg.tracking_number, leg.carrier) for s in new for leg in s.legs
        ]
        try:
            self._driver.insert(shipment_legs, _LEG_COLUMNS, legs)
        except IntegrityError:  # a concurrent transaction took one of the numbers first
            numbers = ", ".join(leg[2] for leg in legs)[:500]
            raise TrackingNumberTaken(
                f"a tracking number among {numbers} already belongs to a shipment"
            ) from None
        self._seen.extend(new)

    def get(self, shipment_id: str) -> Shipment | None:
        found = self._load([shipment_id])
        return found.get(shipment_id)

    def many(self, shipment_ids: Sequence[str]) -> dict[str, Shipment]:
        return self._load(shipment_ids)

    def by_numbers(
        self, numbers: Iterable[str], *, lock: bool = False, seller_id: str | None = None
    ) -> dict[str, Shipment]:
        """Shipments by any of their legs' numbers, loaded with one joined query; ``lock``
        holds them until commit and ``seller_id`` keeps that seller's, in the same statement."""
        wanted = set(numbers)
        query = _BY_NUMBERS[lock, seller_id is not None]
        extra = {} if seller_id is None else {"seller_id": seller_id}
        found: dict[str, Shipment] = {}
        for shipment in self._shipments(self._driver.select_listed(query, wanted, **extra)):
            for leg in shipment.legs:
                if leg.tracking_number in wanted:
                    found[leg.tracking_number] = shipment
        return found

    def for_orders(self, order_ids: Sequence[str]) -> dict[str, list[Shipment]]:
        grouped: dict[str, list[Shipment]] = defaultdict(list)
        loaded: list[Shipment] = []
        for part in chunks(order_ids):
            loaded.extend(self._load_where(shipments.c.order_id.in_(part)))
        for shipment in sorted(loaded, key=lambda s: (s.dispatched_at is None, s.dispatched_at)):
            assert shipment.order_id is not None
            grouped[shipment.order_id].append(shipment)
        return grouped

    def _load(self, shipment_ids: Sequence[str]) -> dict[str, Shipment]:
        found: dict[str, Shipment] = {}
        for part in chunks(shipment_ids):
            found.update({s.id: s for s in self._load_where(shipments.c.id.in_(part))})
        return found

    def _load_where(self, condition: Any) -> list[Shipment]:
        """Shipments matching ``condition`` with their legs, from one joined query."""
        return self._shipments(self._db.execute(_shipments_query(condition)))

    def _shipments(self, rows: Iterable[Sequence[Any]]) -> list[Shipment]:
        """Shipments from rows of ``_SHIPMENT_COLUMNS``, ordered by shipment and leg."""
        read_time = self._driver.read_time
        found: dict[str, Shipment] = {}
        for (
            shipment_id,
            order_id,
            dispatched_at,
            status,
            sub_status,
            milestones,
            last_event_at,
            delivered_at,
            event_count,
            service,
            events_sub_status,
            vouched_sub_status,
            vouched_source,
            vouched_at,
            carrier_eta,
            sequence,
            tracking_number,
            carrier,
        ) in rows:
            shipment = found.get(shipment_id)
            if shipment is None:
                state = ShipmentState(
                    status=_STATUS[status],
                    sub_status=_SUB_STATUS[sub_status],
                    milestones=self._milestones.decode(milestones, shipment_id),
                    last_event_at=read_time(last_event_at),
                    delivered_at=read_time(delivered_at),
                    event_count=event_count,
                    events_sub_status=_SUB_STATUS[events_sub_status] if events_sub_status else None,
                    vouched=_vouched(vouched_sub_status, vouched_source, read_time(vouched_at)),
                )
                shipment = found[shipment_id] = Shipment(
                    shipment_id, order_id, [], read_time(dispatched_at), state, service=service
                )
                if carrier_eta is not None:
                    shipment.carrier_eta = _day(carrier_eta)
            shipment.legs.append(Leg(sequence, tracking_number, carrier))
        self._seen.extend(found.values())
        return list(found.values())

    def add_leg(self, shipment: Shipment, leg: Leg, now: datetime) -> None:
        self._db.execute(
            insert(shipment_legs).values(
                shipment_id=shipment.id,
                sequence=leg.sequence,
                tracking_number=leg.tracking_number,
                carrier=leg.carrier,
            )
        )
        self._db.execute(
            update(shipments).where(shipments.c.id == shipment.id).values(updated_at=now)
        )

    def set_carrier_eta(self, shipment: Shipment) -> None:
        """Store the day the carrier expects to deliver (``Shipment.estimated_by_carrier``)."""
        self._db.execute(
            update(shipments)
            .where(shipments.c.id == shipment.id)
            .values(carrier_eta=shipment.carrier_eta)
        )

    def set_carrier(self, shipment: Shipment, leg: Leg) -> None:
        self._db.execute(
            update(shipment_legs)
            .where(
                shipment_legs.c.shipment_id == shipment.id,
                shipment_legs.c.sequence == leg.sequence,
            )
            .values(carrier=leg.carrier)
        )

    def attach_to_order(
        self, shipment: Shipment, order_id: str, dispatched_at: datetime, service: str | None
    ) -> None:
        self._db.execute(
            update(shipments)
            .where(shipments.c.id == shipment.id)
            .values(order_id=order_id, dispatched_at=dispatched_at, service=service)
        )

    def save_states(self, changed: Sequence[Shipment], now: datetime) -> None:
        """Write each shipment's state with one driver-level executemany (on PostgreSQL sent
        with the next statement or the commit, ``Driver.update``'s ``later``)."""
        time = self._driver.time
        encode = self._milestones.encode
        updated_at = time(now)
        self._driver.update(
            shipments,
            "id",
            _STATE_COLUMNS,
            [
                (
                    # str() of a StrEnum member is its value, without the enum's descriptor.
                    str((state := s.state).status),
                    str(state.sub_status),
                    encode(state.milestones, s.id),
                    time(state.last_event_at),
                    time(state.delivered_at),
                    state.event_count,
                    str(state.events_sub_status) if state.events_sub_status else None,
                    str(vouched.sub_status) if (vouched := state.vouched) else None,
                    vouched and vouched.source,
                    time(vouched.reported_at) if vouched else None,
                    updated_at,
                    s.id,
                )
                for s in changed
            ],
            later=True,  # nothing reads them before the commit: sent with it (driver.py)
        )


_NEW_SHIPMENT_COLUMNS = (
    "id",
    "order_id",
    "dispatched_at",
    "service",
    "created_at",
    "updated_at",
    "status",
    "sub_status",
    "milestones",
    "last_event_at",
    "delivered_at",
    "event_count",
)
_LEG_COLUMNS = ("shipment_id", "sequence", "tracking_number", "carrier")

_STATE_COLUMNS = (
    "status",
    "sub_status",
    "milestones",
    "last_event_at",
    "delivered_at",
    "event_count",
    "events_sub_status",
    "vouched_sub_status",
    "vouched_source",
    "vouched_at",
    "updated_at",
)


# Read back raw (no per-value processing); ``for_shipments`` reads them by position.
_EVENT_READ_COLUMNS = (
    tracking_events.c.shipment_id,
    tracking_events.c.tracking_number,
    raw(tracking_events.c.occurred_at),
    tracking_events.c.description,
    tracking_events.c.sub_status,
    tracking_events.c.event_key,
    tracking_events.c.utc_offset_minutes,
    tracking_events.c.city,
    tracking_events.c.country,
    tracking_events.c.postal_code,
    tracking_events.c.carrier,
    tracking_events.c.raw_code,
    tracking_events.c.source,
    tracking_events.c.source_id,
)


def _event(row: Sequence[Any], read_time: Callable[[Any], datetime | None]) -> TrackingEvent:
    """An event from a row of ``_EVENT_READ_COLUMNS``."""
    return TrackingEvent(
        tracking_number=row[1],
        occurred_at=read_time(row[2]),  # type: ignore[arg-type]
        description=row[3],
        sub_status=_SUB_STATUS[row[4]] if row[4] else None,
        key=row[5],
        utc_offset_minutes=row[6],
        location=Location(row[7], row[8], row[9]),
        carrier=row[10],
        raw_code=row[11],
        source=row[12],
        source_id=row[13],
    )


def _events_query(in_list: InList) -> Select[Any]:
    return select(*_EVENT_READ_COLUMNS).where(in_list(tracking_events.c.shipment_id))


def _latest_events_query(in_list: InList) -> Select[Any]:
    """The listed shipments' events at each one's latest time (ties all kept, for ``sort_key``
    to settle): the latest times first, by shipment, then only the events at them. Sorting
    whole rows per shipment (a window function) measured slower on SQLite."""
    events = tracking_events.c
    latest = (
        select(events.shipment_id, func.max(events.occurred_at).label("at"))
        .where(in_list(events.shipment_id))
        .group_by(events.shipment_id)
        .subquery()
    )
    return select(*_EVENT_READ_COLUMNS).join_from(
        tracking_events,
        latest,
        and_(events.shipment_id == latest.c.shipment_id, events.occurred_at == latest.c.at),
    )


_EVENT_COLUMNS = (
    "shipment_id",
    "event_key",
    "tracking_number",
    "occurred_at",
    "utc_offset_minutes",
    "sub_status",
    "description",
    "city",
    "country",
    "postal_code",
    "carrier",
    "raw_code",
    "source",
    "source_id",
    "received_at",
)


class SqlEventRepository(Repository):
    def stored_keys(self, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        wanted = {(shipment_id, key) for key, shipment_id in pairs}
        rows = self._driver.select_paired(_stored_keys_query, wanted)
        return {(event_key, shipment_id) for event_key, shipment_id in rows}

    def add_many(self, rows: Sequence[tuple[str, TrackingEvent]], received_at: datetime) -> None:
        """Insert new events with one driver-level executemany; a duplicate key raises (on
        PostgreSQL when they are sent, with the next statement or the commit: ``later``)."""
        time = self._driver.time
        received = time(received_at)
        self._driver.insert(
            tracking_events,
            _EVENT_COLUMNS,
            [
                (
                    shipment_id,
                    e.key,
                    e.tracking_number,
                    time(e.occurred_at),
                    e.utc_offset_minutes,
                    str(e.sub_status) if e.sub_status else None,
                    e.description,
                    (place := e.location).city,
                    place.country,
                    place.postal_code,
                    e.carrier,
                    e.raw_code,
                    e.source,
                    e.source_id,
                    received,
                )
                for shipment_id, e in rows
            ],
            later=True,  # sent with the next statement or the commit (driver.py)
        )

    def for_shipment(self, shipment_id: str) -> list[TrackingEvent]:
        return self.for_shipments([shipment_id]).get(shipment_id, [])

    def for_shipments(self, shipment_ids: Sequence[str]) -> dict[str, list[TrackingEvent]]:
        """Each shipment's events in time order, from one statement compiled once."""
        found: dict[str, list[TrackingEvent]] = defaultdict(list)
        read_time = self._driver.read_time
        for row in self._driver.select_listed(_events_query, set(shipment_ids)):
            found[row[0]].append(_event(row, read_time))
        for events in found.values():
            events.sort(key=lambda e: e.sort_key)
        return found

    def latest_for(self, shipment_ids: Sequence[str]) -> dict[str, TrackingEvent]:
        """Each shipment's latest event (the last of ``for_shipments``), from one statement that
        returns only the events at each shipment's latest time, not whole histories."""
        found: dict[str, TrackingEvent] = {}
        read_time = self._driver.read_time
        for row in self._driver.select_listed(_latest_events_query, set(shipment_ids)):
            event = _event(row, read_time)
            known = found.get(row[0])
            # Scans at the same instant: the journey's order, then the key, decide (sort_key).
            if known is None or event.sort_key > known.sort_key:
                found[row[0]] = event
        return found
