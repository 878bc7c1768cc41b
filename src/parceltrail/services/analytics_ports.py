"""What delivery analytics needs from storage: the shipments' observed facts, the tallies
kept per shipment, and the rollups, as protocols (docs/analytics.md)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from parceltrail.domain.analytics import Dimensions, PeriodBasis, Promise, Tally
from parceltrail.domain.analytics_periods import Grain
from parceltrail.domain.health_records import Mark
from parceltrail.domain.status import SubStatus

# A rollup row: (seller or "" for all sellers, the basis its days are by, grain, period start,
# carrier, service, origin, destination).
RollupKey = tuple[str, PeriodBasis, Grain, date, str, str, str, str]
# Which of the four dimensions (carrier, service, origin, destination) each kind of row keeps;
# the others hold "*". The detailed rows keep all four; the others are pre-summed for the
# views that read them (docs/analytics.md): the total (no filter), the service (a service
# filter's tiles and weeks), carrier x service x destination (the heatmap, the carriers' bars)
# and the lane by service (the lanes' histograms). The last two keep the service so that a
# service filter reads pre-summed rows too; a view without one sums them over the services.
ROW_KINDS: dict[str, tuple[bool, bool, bool, bool]] = {
    "detail": (True, True, True, True),
    "total": (False, False, False, False),
    "service": (False, True, False, False),
    "carrier_service_destination": (True, True, False, True),
    "service_lane": (False, True, True, True),
}
# The kinds kept per seller; every kind is kept for all sellers together (seller ""). One
# seller's detailed rows of a period are at most as many as its shipments there.
SELLER_KINDS = ("detail", "total")
# What a dimension of a rollup row is called, for grouping.
DIMENSIONS = ("carrier", "service", "origin", "destination", "period")


@dataclass(frozen=True, slots=True)
class Observed:
    """What storage reads of one dispatched shipment besides the Shipment itself."""

    shipment_id: str
    seller: str
    ordered_at: datetime | None
    origin: str | None = None  # the lane the health sweep read from the events
    destination: str | None = None
    eta: tuple[str, Promise] | None = None  # the ETA shown now, and what it measured from
    trouble_found_at: datetime | None = None  # when the health verdict, trouble, was made
    buyer_asked_at: datetime | None = None  # first buyer message or dispute on the order
    scans: tuple[tuple[datetime, SubStatus | None], ...] = ()
    lag_hours: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Kept:
    """A shipment's analytics record: where its tally was counted, the tally, and what the
    sweep keeps because the health row moves on."""

    dimensions: Dimensions
    tally: Tally
    promises: Mapping[str, Promise] = field(default_factory=dict)
    problem_found_at: datetime | None = None
    recheck_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Scope:
    """Which rollup rows a reader sees: one seller's ("" = every seller's), narrowed by the
    filters that are set."""

    seller: str = ""
    carrier: str | None = None
    service: str | None = None
    origin: str | None = None
    destination: str | None = None
    basis: PeriodBasis = PeriodBasis.DISPATCH


Pieces = Sequence[tuple[Grain, date]]


class AnalyticsRepository(Protocol):
    def candidates(
        self, *, now: datetime, after: Mark | None, limit: int
    ) -> tuple[list[str], Mark | None]:
        """Shipments assessed by the health sweep after the mark, and those whose recheck time
        has come; the next mark when the limit cut the list short."""
        ...

    def after(self, shipment_id: str, limit: int) -> list[str]:
        """Dispatched shipments by id after ``shipment_id`` (a rebuild's pages)."""
        ...

    def observe(self, shipment_ids: Sequence[str]) -> dict[str, Observed]: ...

    def kept(self, shipment_ids: Sequence[str]) -> dict[str, Kept]: ...

    def keep(self, records: Mapping[str, Kept], now: datetime) -> None: ...

    def add(self, deltas: Mapping[RollupKey, Tally]) -> None:
        """Add each tally to its rollup row (negative counts subtract)."""
        ...

    def clear(self) -> None:
        """Empty the rollups and forget every shipment's tally (its ETAs stay)."""
        ...

    def mark(self, name: str) -> Mark | None: ...

    def set_mark(self, name: str, mark: Mark) -> None: ...

    def sums(self, scope: Scope, pieces: Pieces, by: Sequence[str]) -> dict[tuple[str, ...], Tally]:
        """The count columns summed over the pieces' rows, per value of the ``by`` dimensions
        (``DIMENSIONS``; () for one total), from the one kind of row (``ROW_KINDS``) that
        keeps every dimension filtered or grouped by and sums the most."""
        ...

    def extras(
        self,
        scope: Scope,
        pieces: Pieces,
        by: Sequence[str],
        *,
        transit_only: bool = False,
        within: Sequence[tuple[str, ...]] | None = None,
    ) -> dict[tuple[str, ...], Tally]:
        """The histograms and ETA figures summed the same way (only the transit-days
        histogram with ``transit_only``; only these values of the ``by`` dimensions with
        ``within``)."""
        ...
