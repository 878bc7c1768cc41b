"""What polling needs from a carrier and from storage, as protocols and plain data.

A carrier client raises ``CarrierUnavailable`` when the carrier as a whole cannot answer
(timeout, 5xx, 429, a refused request); per-number problems come back as ``TrackedNumber``
with an ``error``::

    ParceltrailError
    └── CarrierUnavailable (503)   retry_after: seconds the carrier asked for, if any
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from parceltrail.domain.errors import ParceltrailError
from parceltrail.domain.health_records import Mark
from parceltrail.domain.polling import CarrierHealth, DuePoll, NextScan, PollPlan, Scanned
from parceltrail.domain.shipments import VouchedStatus
from parceltrail.domain.tracking import TrackingEvent


class CarrierUnavailable(ParceltrailError):
    code = "carrier_unavailable"
    http_status = 503

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class TrackedNumber:
    """A carrier's answer about one number; ``error`` is ``not_found`` or ``invalid_number``."""

    number: str
    events: list[TrackingEvent] = field(default_factory=list)
    handover: tuple[str, str] | None = None  # (new number, new carrier)
    error: str | None = None
    rejected_events: int = 0
    vouched: VouchedStatus | None = None  # the source's own overall status, where it gives one
    stopped: bool = False  # an aggregator no longer tracks this number by itself
    carrier_eta: date | None = None  # the day the carrier expects to deliver, where given


class CarrierClient(Protocol):
    carrier: str
    batch_limit: int

    def track(self, numbers: Sequence[str], *, now: datetime) -> list[TrackedNumber]: ...


class PollRepository(Protocol):
    def enroll(self, now: datetime, changed_since: datetime | None = None) -> int:
        """Schedule every shipment not yet scheduled and not final, due at ``now``; with
        ``changed_since``, only among the shipments made or changed since then."""
        ...

    def mark(self, name: str) -> Mark | None: ...
    def set_mark(self, name: str, mark: Mark) -> None: ...

    def schedule(self, shipment_id: str, *, at: datetime, now: datetime) -> None:
        """Schedule one shipment's first poll at ``at``, unless it is scheduled already."""
        ...

    def plan(self, shipment_id: str) -> PollPlan | None: ...

    def due_carriers(self, now: datetime) -> list[str]: ...
    def due(self, carrier: str, now: datetime, limit: int) -> list[DuePoll]: ...
    def reschedule(
        self,
        shipment_id: str,
        *,
        next_poll_at: datetime | None,
        stopped: str | None,
        polled_at: datetime,
        utc_offset_minutes: int | None,
        last_scan: tuple[str, str] | None = None,
    ) -> None: ...
    def health(self, carrier: str) -> CarrierHealth | None: ...
    def record_success(self, carrier: str, now: datetime) -> None: ...
    def record_failure(
        self, carrier: str, *, error: str, now: datetime, backoff_until: datetime
    ) -> CarrierHealth: ...
    def next_scans(self) -> dict[tuple[str, str], NextScan]:
        """The learned next-scan windows, by (carrier, code)."""
        ...

    def replace_next_scans(
        self, learned: Mapping[tuple[str, str], NextScan], *, now: datetime
    ) -> None: ...
    def scan_history(self, *, since: datetime, limit: int) -> Iterator[list[Scanned]]:
        """Each shipment's scans since ``since`` with a carrier, time-ordered, at most ``limit``
        scans in all."""
        ...


class PollableCarriers(Protocol):
    """Which carriers a configured connector can poll (bootstrap fills it from settings):
    a lookup starts a standalone tracking only for a number of one of these."""

    def can_poll(self, carrier: str) -> bool: ...
