"""What happened, recorded by aggregates and carried out of a transaction by the outbox."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from json.encoder import encode_basestring_ascii
from typing import Any, ClassVar, Final

from parceltrail.domain.clock import iso_text


def _json_ready(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso_text(value)
    if isinstance(value, tuple | list):
        return [_json_ready(item) for item in value]
    return value


def _time_text(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso_text(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


_ENCODER = json.JSONEncoder(default=_time_text)
# A string as the encoder above writes it (ASCII only, quoted): the json module's C function.
_quoted: Callable[[str], str] = encode_basestring_ascii


@dataclass(frozen=True)
class DomainEvent:
    name: ClassVar[str] = "event"
    batch_name: ClassVar[str | None] = None
    """Where set, two or more such events of one transaction leave as one outbox row of this
    topic (``batch_payload_json``) instead of a row each: an ingest batch touching a thousand
    parcels writes one row, not a thousand."""

    def payload(self) -> dict[str, Any]:
        """JSON-ready fields: times as ISO 8601, tuples as lists."""
        return {f.name: _json_ready(getattr(self, f.name)) for f in fields(self)}

    def payload_json(self) -> str:
        """``json.dumps(self.payload())``, encoded straight from the fields (the outbox's text).

        A dataclass event's ``__dict__`` holds exactly its fields, in order; the encoder turns
        tuples into lists and times into ISO 8601, as ``payload`` does.
        """
        return _ENCODER.encode(vars(self))

    def row(self) -> tuple[Any, ...]:
        """The fields' values in order, as a batch row carries them (times still as times)."""
        return tuple(vars(self).values())


def batch_payload_json(batch: Sequence[DomainEvent]) -> str:
    """One outbox row's payload for ``batch`` (events of one class): ``{"fields": [names],
    "rows": [[values], ...]}``, the names written once; ``batch_payloads`` reads it back as
    the payloads the events would have had one by one."""
    names = [f.name for f in fields(batch[0])]
    return _ENCODER.encode({"fields": names, "rows": [event.row() for event in batch]})


def batch_payloads(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """The events' payloads of a ``batch_payload_json`` row, in order."""
    names = payload["fields"]
    return [dict(zip(names, row, strict=True)) for row in payload["rows"]]


BATCH_NUMBERS_SHOWN: Final = 5
TRACKING_UPDATED_BATCH: Final = "shipment.tracking_updated.batch"
BATCH_TOPICS: Final = frozenset({TRACKING_UPDATED_BATCH})
"""The topics of outbox rows that carry a batch of events (the ``batch_name`` of an event class)."""


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """A batch row's payload in a few words (a row of a thousand updates is about 200 kB):
    how many events it carries, the tracking numbers of the first few, and its size in bytes
    as compact JSON."""

    events: int
    first_numbers: tuple[str, ...]
    size: int


def batch_summary(
    topic: str, payload: dict[str, Any], shown: int = BATCH_NUMBERS_SHOWN
) -> BatchSummary | None:
    """The summary of an outbox row whose topic is a batch's (``BATCH_TOPICS``, its payload
    a ``batch_payload_json``); None for any other row, and for a batch row not in that shape,
    which is then better shown whole."""
    if topic not in BATCH_TOPICS:
        return None
    names, rows = payload.get("fields"), payload.get("rows")
    if not (isinstance(names, list) and isinstance(rows, list)):
        return None
    at = names.index("tracking_number") if "tracking_number" in names else None
    numbers = tuple(str(row[at]) for row in rows[:shown]) if at is not None else ()
    size = len(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())
    return BatchSummary(len(rows), numbers, size)


@dataclass(frozen=True)
class OrderCreated(DomainEvent):
    name: ClassVar[str] = "order.created"
    order_id: str
    reference: str
    seller_id: str
    buyer_id: str


@dataclass(frozen=True)
class ShipmentDispatched(DomainEvent):
    name: ClassVar[str] = "shipment.dispatched"
    shipment_id: str
    order_id: str
    tracking_number: str
    carrier: str | None
    dispatched_at: datetime


@dataclass(frozen=True)
class LegAdded(DomainEvent):
    name: ClassVar[str] = "shipment.leg_added"
    shipment_id: str
    tracking_number: str
    carrier: str | None
    sequence: int


@dataclass(frozen=True)
class TrackingUpdated(DomainEvent):
    """New carrier events changed the status or reached milestones; one per shipment and batch.

    ``milestones`` lists (milestone, reached_at) pairs first reached by this batch, in order,
    so a notifier can tell "customs cleared" and "delivered" apart even when one batch brings
    both; ``status``/``sub_status`` are where the parcel is now.
    """

    name: ClassVar[str] = "shipment.tracking_updated"
    batch_name: ClassVar[str | None] = TRACKING_UPDATED_BATCH
    shipment_id: str
    tracking_number: str
    previous_status: str
    previous_sub_status: str
    status: str
    sub_status: str
    milestones: tuple[tuple[str, datetime], ...]
    last_event_at: datetime | None

    def payload_json(self) -> str:
        """``DomainEvent.payload_json``'s text, written out: a parcel's webhook records one
        update, whose encoding through ``json.JSONEncoder`` (its Python entry and a call back
        for each time) took twice as long (9.6 against 4.8 us with nine milestones). Strings
        are quoted by the json module's own C quoting; times are ISO 8601 text, which needs
        none (tests/unit/domain/test_events.py compares it with ``json.dumps``)."""
        last = self.last_event_at
        reached = ", ".join(
            ["[" + _quoted(name) + ', "' + iso_text(at) + '"]' for name, at in self.milestones]
        )
        return (
            '{"shipment_id": '
            + _quoted(self.shipment_id)
            + ', "tracking_number": '
            + _quoted(self.tracking_number)
            + ', "previous_status": '
            + _quoted(self.previous_status)
            + ', "previous_sub_status": '
            + _quoted(self.previous_sub_status)
            + ', "status": '
            + _quoted(self.status)
            + ', "sub_status": '
            + _quoted(self.sub_status)
            + ', "milestones": ['
            + reached
            + '], "last_event_at": '
            + ("null" if last is None else '"' + iso_text(last) + '"')
            + "}"
        )

    def row(self) -> tuple[Any, ...]:
        """Times as text already (remembered by ``iso_text``): a batch row of a thousand
        updates then encodes without calling back into Python for each time."""
        last = self.last_event_at
        return (
            self.shipment_id,
            self.tracking_number,
            self.previous_status,
            self.previous_sub_status,
            self.status,
            self.sub_status,
            [(milestone, iso_text(at)) for milestone, at in self.milestones],
            iso_text(last) if last is not None else None,
        )


@dataclass(frozen=True)
class ProblemChanged(DomainEvent):
    """The health verdict of a shipment changed: a problem appeared, changed or cleared."""

    name: ClassVar[str] = "shipment.problem_changed"
    shipment_id: str
    tracking_number: str
    order_id: str | None
    problem: str | None
    previous_problem: str | None
    trouble: bool
    explanation: str
    since: datetime | None


@dataclass(frozen=True)
class DisputeChanged(DomainEvent):
    """A dispute was opened or moved; ``action`` says how and ``state`` where it stands."""

    name: ClassVar[str] = "dispute.changed"
    dispute_id: str
    order_id: str
    action: str
    party: str
    state: str
    amount: str | None


@dataclass(frozen=True)
class MessagePosted(DomainEvent):
    name: ClassVar[str] = "order.message_posted"
    message_id: str
    order_id: str
    author_id: str
    recipient_id: str


@dataclass(frozen=True)
class OrderConfirmed(DomainEvent):
    name: ClassVar[str] = "order.confirmed"
    order_id: str
    automatic: bool
