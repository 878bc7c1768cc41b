"""What the tracking-backend use cases need: the backend port, its answers and errors, and
the repository of registrations.

A backend failing as a whole raises ``BackendUnavailable`` (timeout, 5xx, 429: retried with
backoff); a refused key raises ``BackendRefusedKey`` (names the setting to fix); a provider
saying its quota is used up raises ``BackendQuotaExhausted`` (the backend pauses until the
next day). Per-number problems come back in ``Started.error``::

    ParceltrailError
    └── CarrierUnavailable (503)            services/polling_ports.py
        └── BackendUnavailable              retry_after: seconds the backend asked for
            ├── BackendRefusedKey           401/403: the key in ``setting`` is wrong
            └── BackendQuotaExhausted       the provider's own quota is used up
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from parceltrail.domain.backends import Registration, RegistrationState
from parceltrail.domain.health_records import Mark
from parceltrail.services.polling_ports import CarrierUnavailable, TrackedNumber


class BackendUnavailable(CarrierUnavailable):
    code = "backend_unavailable"


class BackendRefusedKey(BackendUnavailable):
    code = "backend_refused_key"


class BackendQuotaExhausted(BackendUnavailable):
    """``period``: ``day`` when the provider's daily cap is used up, ``plan`` when its plan's
    quota is (tried again each day until topped up)."""

    code = "backend_quota_exhausted"

    def __init__(self, message: str, *, period: str = "day") -> None:
        super().__init__(message)
        self.period = period


@dataclass(frozen=True, slots=True)
class Wanted:
    """A number to start, stop or fetch at a backend; ``carrier`` is parceltrail's id (None:
    let the backend detect it); ``external_id`` is the backend's id where it gave one."""

    number: str
    carrier: str | None = None
    external_id: str | None = None


@dataclass(frozen=True, slots=True)
class Started:
    """A backend's answer to one registration. ``error`` is None (tracking), ``rejected`` (the
    backend refuses the number) or ``carrier_not_detected`` (try again later, or name it)."""

    number: str
    error: str | None = None
    message: str | None = None
    carrier: str | None = None  # parceltrail's id of the carrier the backend detected
    external_id: str | None = None


@dataclass(frozen=True, slots=True)
class Quota:
    """What the provider itself says is left (None where it does not say)."""

    total: int | None
    used: int | None
    remaining: int | None


class TrackingBackend(Protocol):
    name: str
    batch_limit: int  # numbers per call
    pushes: bool  # sends webhooks for registered numbers

    def serves(self, carrier: str | None) -> bool:
        """Whether this backend can track ``carrier`` (None: an undetected carrier)."""
        ...

    def start(self, wanted: Sequence[Wanted], *, now: datetime) -> list[Started]: ...
    def stop(self, wanted: Sequence[Wanted], *, now: datetime) -> list[str]:
        """Stop tracking; the numbers the backend stopped (or no longer knew)."""
        ...

    def fetch(self, wanted: Sequence[Wanted], *, now: datetime) -> list[TrackedNumber]: ...
    def quota(self) -> Quota | None: ...


@runtime_checkable
class Retracking(Protocol):
    """A backend that can take back a number it stopped tracking (17TRACK, AfterShip)."""

    def retrack(self, wanted: Sequence[Wanted], *, now: datetime) -> list[str]:
        """The numbers the backend tracks again."""
        ...


@runtime_checkable
class CarrierListing(Protocol):
    """An aggregator whose carrier list is known: whether it has a carrier (by a code, or
    per country), so that routing prefers an aggregator that does."""

    def lists(self, carrier: str | None) -> bool: ...


@runtime_checkable
class CarrierChanging(Protocol):
    """A backend that can change a registered number's carrier in place (17TRACK)."""

    def change_carrier(self, wanted: Wanted, new: str | None, *, now: datetime) -> bool:
        """Whether the backend took ``new`` (parceltrail's id) for ``wanted`` (its old one)."""
        ...


class RegistrationRepository(Protocol):
    def add_many(self, registrations: Sequence[Registration]) -> None: ...
    def unregistered(
        self, *, limit: int, changed_since: datetime | None = None
    ) -> list[tuple[str, str, str | None, bool]]:
        """Legs' numbers without a registration, of shipments not finished: (shipment id,
        number, carrier, on an order), oldest shipment first, then by leg; with
        ``changed_since``, only of shipments made or changed (a new leg included) since then."""
        ...

    def mark(self, name: str) -> Mark | None: ...
    def set_mark(self, name: str, mark: Mark) -> None: ...

    def due(self, backend: str, now: datetime, *, limit: int) -> list[Registration]:
        """Pending registrations due now, orders first, then oldest."""
        ...

    def in_state(
        self, backend: str, state: RegistrationState, *, limit: int, after: str = ""
    ) -> list[Registration]:
        """Registrations in ``state``, by tracking number after ``after`` (a keyset page)."""
        ...

    def save(self, registration: Registration) -> None: ...
    def for_numbers(self, numbers: Iterable[str]) -> dict[str, Registration]: ...
    def heard(self, tracking_number: str, backend: str, at: datetime) -> None:
        """A push about this number arrived from ``backend``."""
        ...

    def carrier_changed(self, backend: str, *, limit: int) -> list[tuple[Registration, str]]:
        """Pending or registered numbers whose leg's carrier is no longer the one registered:
        each with the leg's carrier now."""
        ...

    def usage(self, backend: str, now: datetime) -> tuple[int, int]:
        """Registrations made today and this month (UTC)."""
        ...

    def spend(self, backend: str, count: int, now: datetime) -> None: ...
