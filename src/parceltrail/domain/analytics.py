"""Delivery analytics: every metric defined once, over counts that merge by addition.

A dispatched shipment contributes a ``Tally`` (``contribution``): flat counts such as
``delivered`` or ``late``, and histograms of whole days (``transit_cal:12`` is one parcel whose
first carrier scan and delivery lie 12 calendar days apart). Tallies add up per rollup row
(day x carrier x service x origin x destination x seller) and across rows, and a ``Summary`` is
read from any sum: counts are summed, and the 50th/80th/95th percentiles are read from the
summed histograms, so they are exact over any period and filter (the nearest-rank percentile
of whole days). docs/analytics.md states each definition in words.

When a shipment changes, its new tally replaces its old one: the rollup gets ``new - old``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from parceltrail.domain.eta import ETA_MILESTONES
from parceltrail.domain.status import SubStatus

Tally = dict[str, int]

MAX_DAYS = 90  # the top bucket of the day histograms: "90 days or more"
MAX_LAG_HOURS = 72  # the top bucket of the reporting-lag histogram: "72 hours or more"
PERCENTS = (50, 80, 95)

# The counts stored as columns of the rollup (summed by the database for the charts); every
# other key of a tally (the histograms, ETA accuracy) is kept beside them.
COUNTS: tuple[str, ...] = (
    "shipments",
    "delivered",
    "ended_undelivered",
    "early",
    "on_time",
    "late",
    "overdue",
    "first_attempt",
    "with_exception",
    "customs_held",
    "failed_attempt",
    "returned",
    "lost",
    "damaged",
    "problems",
    "problems_first",
)

# Exception kinds, each counted once per shipment that reached any of its sub-statuses.
EXCEPTION_KINDS: dict[str, frozenset[SubStatus]] = {
    "customs_held": frozenset({SubStatus.CUSTOMS_HELD}),
    "failed_attempt": frozenset({SubStatus.FAILED_ATTEMPT}),
    "returned": frozenset({SubStatus.RETURNING, SubStatus.RETURNED}),
    "lost": frozenset({SubStatus.LOST}),
    "damaged": frozenset({SubStatus.DAMAGED}),
}

# Durations measured, each in calendar ("_cal") and business ("_bus") days.
DURATIONS: tuple[str, ...] = ("processing", "first_scan", "transit", "order_to_delivery")

# Sub-statuses that are not a carrier having the parcel in hand.
_NOT_A_SCAN = frozenset(
    {SubStatus.PENDING, SubStatus.INFO_RECEIVED, SubStatus.CANCELLED, SubStatus.EXPIRED}
)


class PeriodBasis(StrEnum):
    """Which day puts a shipment in a period: its dispatch (the default), its order's creation
    or its delivery (only delivered shipments have one)."""

    DISPATCH = "dispatch"
    ORDER = "order"
    DELIVERY = "delivery"


@dataclass(frozen=True, slots=True)
class Promise:
    """An ETA as shown: the 80% interval and the likely day."""

    earliest: datetime
    likely: datetime
    latest: datetime


@dataclass(frozen=True, slots=True)
class Dimensions:
    """Where a shipment's tally is counted: its dispatch day (UTC), what it is filtered by, and
    its order and delivery days (UTC) when it has them. Unknown values are "" so that every
    row has one key."""

    day: date
    seller: str
    carrier: str = ""
    service: str = ""
    origin: str = ""
    destination: str = ""
    ordered_day: date | None = None
    delivered_day: date | None = None

    def days(self) -> dict[PeriodBasis, date]:
        """The day the shipment is counted on by each basis it has a day for."""
        found = {
            PeriodBasis.DISPATCH: self.day,
            PeriodBasis.ORDER: self.ordered_day,
            PeriodBasis.DELIVERY: self.delivered_day,
        }
        return {basis: day for basis, day in found.items() if day is not None}


@dataclass(frozen=True, slots=True)
class ShipmentFacts:
    """What the metrics read of one dispatched shipment; times UTC.

    ``promises``: the ETA shown when measured from each milestone ("dispatched" first), as the
    sweep first saw it. ``lag_hours``: per carrier event, whole hours between the event and
    when parceltrail received it. ``problem_found_at``: the first trouble verdict;
    ``buyer_asked_at``: the buyer's first message or dispute on the order.
    """

    dimensions: Dimensions
    dispatched_at: datetime
    sub_status: SubStatus
    ordered_at: datetime | None = None
    first_scan_at: datetime | None = None
    delivered_at: datetime | None = None
    milestones: Mapping[SubStatus, datetime] = field(default_factory=dict)
    promises: Mapping[str, Promise] = field(default_factory=dict)
    lag_hours: tuple[int, ...] = ()
    problem_found_at: datetime | None = None
    buyer_asked_at: datetime | None = None


def placed(facts: ShipmentFacts) -> Dimensions:
    """The facts' dimensions with the order and delivery days read from the facts (a delivery
    day only for a shipment delivered now, as ``contribution`` counts it)."""
    delivered = facts.delivered_at if facts.sub_status is SubStatus.DELIVERED else None
    return replace(
        facts.dimensions,
        ordered_day=facts.ordered_at.date() if facts.ordered_at else None,
        delivered_day=delivered.date() if delivered else None,
    )


def calendar_days(start: datetime, end: datetime) -> int | None:
    """Days between the two UTC dates; None when ``end`` is before ``start``."""
    days = (end.date() - start.date()).days
    return days if days >= 0 else None


def business_days(start: datetime, end: datetime) -> int | None:
    """Monday-to-Friday days after ``start``'s date up to and including ``end``'s (UTC)."""
    days = calendar_days(start, end)
    if days is None:
        return None
    weeks, rest = divmod(days, 7)
    first = start.date().weekday()
    extra = sum(1 for step in range(1, rest + 1) if (first + step) % 7 < 5)
    return weeks * 5 + extra


def first_scan(events: Iterable[tuple[datetime, SubStatus | None]]) -> datetime | None:
    """The earliest event whose status says a carrier had the parcel (not only its data)."""
    scans = [at for at, sub in events if sub is not None and sub not in _NOT_A_SCAN]
    return min(scans) if scans else None


def lag_hours(occurred_at: datetime, received_at: datetime) -> int:
    """Whole hours from an event to parceltrail learning it, in 0..MAX_LAG_HOURS."""
    hours = int((received_at - occurred_at).total_seconds() // 3600)
    return min(max(hours, 0), MAX_LAG_HOURS)


def contribution(facts: ShipmentFacts, now: datetime) -> Tally:
    """The shipment's tally as of ``now`` (only "still overdue" depends on ``now``)."""
    tally: Tally = {"shipments": 1}
    delivered = facts.delivered_at if facts.sub_status is SubStatus.DELIVERED else None
    if delivered is not None:
        tally["delivered"] = 1
        if SubStatus.FAILED_ATTEMPT not in facts.milestones:
            tally["first_attempt"] = 1
    elif facts.sub_status.is_final:
        tally["ended_undelivered"] = 1
    _durations(tally, facts, delivered)
    _promise_kept(tally, facts, delivered, now)
    _exceptions(tally, facts)
    _eta_accuracy(tally, facts, delivered)
    _problems(tally, facts)
    for hours in facts.lag_hours:
        _add(tally, f"lag_hours:{hours}")
    return tally


def _add(tally: Tally, key: str, count: int = 1) -> None:
    tally[key] = tally.get(key, 0) + count


def _durations(tally: Tally, facts: ShipmentFacts, delivered: datetime | None) -> None:
    spans = {
        "processing": (facts.ordered_at, facts.dispatched_at),
        "first_scan": (facts.dispatched_at, facts.first_scan_at),
        "transit": (facts.first_scan_at, delivered),
        "order_to_delivery": (facts.ordered_at, delivered),
    }
    for name, (start, end) in spans.items():
        if start is None or end is None:
            continue
        for kind, measure in (("cal", calendar_days), ("bus", business_days)):
            days = measure(start, end)
            if days is not None:
                _add(tally, f"{name}_{kind}:{min(days, MAX_DAYS)}")


def _promise_kept(
    tally: Tally, facts: ShipmentFacts, delivered: datetime | None, now: datetime
) -> None:
    """Early, on time or late against the ETA shown at dispatch; or still overdue."""
    promise = facts.promises.get("dispatched")
    if promise is None:
        return
    if delivered is not None:
        day = delivered.date()
        verdict = (
            "early"
            if day < promise.earliest.date()
            else "on_time"
            if day <= promise.latest.date()
            else "late"
        )
        tally[verdict] = 1
    elif not facts.sub_status.is_final and now.date() > promise.latest.date():
        tally["overdue"] = 1


def recheck_at(facts: ShipmentFacts, now: datetime) -> datetime | None:
    """When the tally changes without a new event: the day after the dispatch ETA's last day,
    for a parcel still on its way and not yet overdue; else None."""
    promise = facts.promises.get("dispatched")
    if promise is None or facts.sub_status.is_final:
        return None
    due = datetime.combine(promise.latest.date() + timedelta(days=1), datetime.min.time(), UTC)
    return due if due > now else None


def _exceptions(tally: Tally, facts: ShipmentFacts) -> None:
    reached = set(facts.milestones) | {facts.sub_status}
    kinds = [kind for kind, subs in EXCEPTION_KINDS.items() if reached & subs]
    for kind in kinds:
        tally[kind] = 1
    if kinds:
        tally["with_exception"] = 1


def _eta_accuracy(tally: Tally, facts: ShipmentFacts, delivered: datetime | None) -> None:
    """Per milestone the ETA was measured from: did the 80% interval hold, and how many whole
    days lay between the likely day and the delivery."""
    if delivered is None:
        return
    day = delivered.date()
    for milestone, promise in facts.promises.items():
        _add(tally, f"eta_judged:{milestone}")
        if promise.earliest.date() <= day <= promise.latest.date():
            _add(tally, f"eta_held:{milestone}")
        error = min(abs((day - promise.likely.date()).days), MAX_DAYS)
        _add(tally, f"eta_error:{milestone}:{error}")


def _problems(tally: Tally, facts: ShipmentFacts) -> None:
    found = facts.problem_found_at
    if found is None:
        return
    tally["problems"] = 1
    asked = facts.buyer_asked_at
    if asked is None or found < asked:
        tally["problems_first"] = 1


def difference(new: Mapping[str, int], old: Mapping[str, int]) -> Tally:
    """``new - old``, without the keys that did not change."""
    keys = set(new) | set(old)
    return {k: d for k in keys if (d := new.get(k, 0) - old.get(k, 0)) != 0}


def merge(tallies: Iterable[Mapping[str, int]]) -> Tally:
    total: Tally = {}
    for tally in tallies:
        for key, count in tally.items():
            total[key] = total.get(key, 0) + count
    return total


def histogram(tally: Mapping[str, int], name: str) -> dict[int, int]:
    """The buckets of one histogram of a tally: {days: parcels}."""
    prefix = f"{name}:"
    return {
        int(key[len(prefix) :]): count
        for key, count in tally.items()
        if key.startswith(prefix) and count > 0
    }


def percentile(buckets: Mapping[int, int], percent: int) -> int | None:
    """The nearest-rank percentile: the smallest bucket holding the ceil(percent% x n)-th
    value; None for an empty histogram."""
    total = sum(buckets.values())
    if total <= 0:
        return None
    rank = -(-percent * total // 100)
    seen = 0
    for bucket in sorted(buckets):
        seen += buckets[bucket]
        if seen >= rank:
            return bucket
    return max(buckets)


def rate(part: int, whole: int) -> float | None:
    """``part / whole`` rounded to four places; None when nothing was counted."""
    return round(part / whole, 4) if whole > 0 else None


@dataclass(frozen=True, slots=True)
class Percentiles:
    p50: int | None
    p80: int | None
    p95: int | None
    samples: int

    @classmethod
    def of(cls, buckets: Mapping[int, int]) -> Percentiles:
        p50, p80, p95 = (percentile(buckets, p) for p in PERCENTS)
        return cls(p50, p80, p95, sum(buckets.values()))


@dataclass(frozen=True, slots=True)
class EtaAccuracy:
    milestone: str
    judged: int
    held_rate: float | None  # share of deliveries inside the 80% interval
    median_error_days: int | None  # |delivered - likely day|, median


@dataclass(frozen=True, slots=True)
class Summary:
    """Every metric, read from one tally (a sum of shipments' contributions)."""

    tally: Mapping[str, int]

    def count(self, key: str) -> int:
        return self.tally.get(key, 0)

    @property
    def in_flight(self) -> int:
        return self.count("shipments") - self.count("delivered") - self.count("ended_undelivered")

    @property
    def delivery_rate(self) -> float | None:
        return rate(self.count("delivered"), self.count("shipments"))

    def days(self, name: str, kind: str = "cal") -> Percentiles:
        return Percentiles.of(histogram(self.tally, f"{name}_{kind}"))

    @property
    def judged(self) -> int:
        return sum(self.count(k) for k in ("early", "on_time", "late", "overdue"))

    @property
    def on_time_rate(self) -> float | None:
        """Delivered by the last day of the ETA shown at dispatch (early counts), out of those
        delivered or overdue with such an ETA."""
        return rate(self.count("early") + self.count("on_time"), self.judged)

    @property
    def first_attempt_rate(self) -> float | None:
        return rate(self.count("first_attempt"), self.count("delivered"))

    @property
    def exception_rate(self) -> float | None:
        return rate(self.count("with_exception"), self.count("shipments"))

    @property
    def exceptions(self) -> dict[str, int]:
        return {kind: self.count(kind) for kind in EXCEPTION_KINDS}

    @property
    def lag_hours(self) -> Percentiles:
        return Percentiles.of(histogram(self.tally, "lag_hours"))

    @property
    def eta_accuracy(self) -> list[EtaAccuracy]:
        found = []
        for milestone in ETA_MILESTONES:
            judged = self.count(f"eta_judged:{milestone}")
            if judged:
                errors = histogram(self.tally, f"eta_error:{milestone}")
                held = rate(self.count(f"eta_held:{milestone}"), judged)
                found.append(EtaAccuracy(milestone, judged, held, percentile(errors, 50)))
        return found

    @property
    def problems_first_rate(self) -> float | None:
        """Of the parcels with a problem, the share found before the buyer asked."""
        return rate(self.count("problems_first"), self.count("problems"))
