"""When will it arrive? An ETA with an 80% interval that narrows as milestones pass.

The model: from the latest milestone a parcel has reached, the time still to go follows the
lane's distribution of "milestone -> delivered" durations. A lane is the origin and destination
country, the carrier that took the parcel in and its service. With enough delivered parcels on
that lane, the distribution is learned (10th, 50th and 90th percentiles, so the interval is
80%); with too few, the same carrier on those countries stands in, then every carrier on those
countries, then a default per destination, and the ETA says which. A carrier's own estimate,
when given, is the likely date, kept inside the interval.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from parceltrail.domain.carriers import carrier_name
from parceltrail.domain.status import SubStatus
from parceltrail.domain.words import N_, Words

DAY = timedelta(days=1)
MIN_HISTORY = 20  # delivered parcels a lane needs before its own figures are trusted

# Milestones the model measures from, in journey order; "dispatched" is the start.
ETA_MILESTONES: tuple[str, ...] = (
    "dispatched",
    SubStatus.ACCEPTED.value,
    SubStatus.DEPARTED_ORIGIN.value,
    SubStatus.ARRIVED_DESTINATION.value,
    SubStatus.CUSTOMS_CLEARED.value,
    SubStatus.HANDED_OVER.value,
    SubStatus.OUT_FOR_DELIVERY.value,
)


class Basis(StrEnum):
    CARRIER = "carrier"
    LANE_HISTORY = "lane_history"
    DEFAULT = "default"


@dataclass(frozen=True, slots=True)
class Lane:
    """Where a parcel goes and how: countries, the carrier that took it in, its service."""

    origin: str | None  # ISO country codes; None when not known yet
    destination: str | None
    carrier: str | None = None  # None: any carrier
    service: str | None = None  # None: any service; only meaningful with a carrier

    def key(self) -> str:
        carrier = self.carrier or "*"
        service = (self.service if self.carrier else None) or "*"
        return f"{self.origin or '??'}-{self.destination or '??'}-{carrier}-{service}"

    @classmethod
    def from_key(cls, key: str) -> Lane:
        """The lane a ``key()`` names. Countries and services never hold a '-' (services are
        checked), but carrier codes from webhooks may (AfterShip's ``china-post``): the
        carrier is what lies between the countries and the last part."""
        origin, destination, rest = [*key.split("-", 2), "", ""][:3]
        carrier, _, service = rest.rpartition("-") if "-" in rest else (rest, "", "")
        return cls(_named(origin), _named(destination), _named(carrier), _named(service))

    def levels(self) -> tuple[Lane, ...]:
        """This lane, then the wider ones whose history stands in for it: most specific first."""
        countries = Lane(self.origin, self.destination)
        if not self.carrier:
            return (countries,)
        by_carrier = Lane(self.origin, self.destination, self.carrier)
        if not self.service:
            return (by_carrier, countries)
        return (self, by_carrier, countries)

    def describe(self) -> Words:
        """'Cainiao standard from CN to DE', 'from CN to DE': the words for this lane."""
        unknown = Words(N_("an unknown country"))
        origin, destination = self.origin or unknown, self.destination or unknown
        if not self.carrier:
            return Words(
                N_("from {origin} to {destination}"), origin=origin, destination=destination
            )
        service = f" {self.service.replace('_', ' ')}" if self.service else ""
        name = carrier_name(self.carrier).split(" (")[0]  # "Cainiao (AliExpress ...)": Cainiao
        return Words(
            N_("{carrier} from {origin} to {destination}"),
            carrier=f"{name}{service}",
            origin=origin,
            destination=destination,
        )


def _named(part: str) -> str | None:
    """A part of a lane key, or None where the key says "any" or "unknown"."""
    return None if part in ("*", "??", "") else part


@dataclass(frozen=True, slots=True)
class Spread:
    """Days from a milestone to delivery: 10th, 50th and 90th percentiles, and sample size."""

    p10: float
    p50: float
    p90: float
    samples: int = 0


@dataclass(frozen=True, slots=True)
class LaneHistory:
    """What was learned on one lane level: per milestone (or stage), the spread of days."""

    lane: Lane
    spreads: Mapping[str, Spread]


@dataclass(frozen=True, slots=True)
class Eta:
    earliest: datetime
    likely: datetime
    latest: datetime
    basis: Basis
    measured_from: str
    samples: int
    lane: Lane | None = None  # the lane level whose history was used; None: the default
    overdue: bool = False  # the whole interval lies in the past: the parcel is late

    def explanation(self) -> str:
        """The estimate and what it rests on, in English (the API's)."""
        return str(self.words())

    def words(self) -> Words:
        """The estimate and what it rests on, for pages to write in their reader's language."""
        span = Words(
            "{earliest:%d %b} - {latest:%d %b}", earliest=self.earliest, latest=self.latest
        )
        history = self._history()
        if self.overdue:
            return Words(
                N_("Expected by {latest:%d %b} ({span}, {history}); it is later than that."),
                latest=self.latest,
                span=span,
                history=history,
            )
        if self.basis is Basis.CARRIER:
            return Words(
                N_("Expected around {likely:%d %b} (carrier estimate), usually {span}; {history}."),
                likely=self.likely,
                span=span,
                history=history,
            )
        return Words(N_("Expected {span}, {history}."), span=span, history=history)

    def _history(self) -> Words:
        if self.lane is None:
            return Words(
                N_("few deliveries on this lane yet: a default estimate for the destination")
            )
        said = (
            N_("based on {count} deliveries of {lane}")
            if self.lane.carrier
            else N_("based on {count} deliveries {lane}")
        )
        return Words(said, count=self.samples, lane=self.lane.describe())


# Dispatch -> delivered, in days, for China-origin postal/e-commerce lanes (10th/50th/90th).
# Derived from the ranges in shared/reference/lanes.md (marketing ranges like "15-45 d" read
# as roughly the 10th-90th percentiles; DE "about 4 weeks average", BR and RU longer).
DEFAULT_TOTAL_DAYS: dict[str | None, Spread] = {
    "US": Spread(11, 18, 35),
    "GB": Spread(8, 14, 28),
    "DE": Spread(12, 24, 42),
    "FR": Spread(10, 17, 32),
    "ES": Spread(9, 16, 30),
    "IT": Spread(12, 22, 45),
    "NL": Spread(7, 12, 25),
    "PL": Spread(12, 22, 45),
    "BR": Spread(20, 35, 70),
    "RU": Spread(14, 25, 45),
    "CA": Spread(12, 22, 45),
    "AU": Spread(10, 18, 35),
    "JP": Spread(8, 14, 35),
    "IL": Spread(14, 24, 50),
    None: Spread(10, 20, 45),
}

# Share of the whole journey still ahead once a milestone is reached (default model only).
REMAINING_SHARE: dict[str, float] = {
    "dispatched": 1.0,
    SubStatus.ACCEPTED.value: 0.9,
    SubStatus.DEPARTED_ORIGIN.value: 0.7,
    SubStatus.ARRIVED_DESTINATION.value: 0.35,
    SubStatus.CUSTOMS_CLEARED.value: 0.2,
    SubStatus.HANDED_OVER.value: 0.15,
    SubStatus.OUT_FOR_DELIVERY.value: 0.02,
}


def default_spread(lane: Lane, milestone: str) -> Spread:
    total = DEFAULT_TOTAL_DAYS.get(lane.destination, DEFAULT_TOTAL_DAYS[None])
    share = REMAINING_SHARE[milestone]
    if milestone == SubStatus.OUT_FOR_DELIVERY.value:
        return Spread(0.1, 0.3, 1.0)
    return Spread(total.p10 * share, total.p50 * share, total.p90 * share)


def latest_milestone(
    dispatched_at: datetime | None, reached: Mapping[str, datetime]
) -> tuple[str, datetime] | None:
    """The furthest milestone of the model the parcel has reached, with its time."""
    for milestone in reversed(ETA_MILESTONES[1:]):
        if milestone in reached:
            return milestone, reached[milestone]
    return ("dispatched", dispatched_at) if dispatched_at else None


def estimate(
    *,
    lane: Lane,
    dispatched_at: datetime | None,
    reached: Mapping[str, datetime],
    now: datetime,
    learned: Sequence[LaneHistory] = (),
    carrier_estimate: datetime | None = None,
) -> Eta | None:
    """The ETA from the latest milestone reached; None before dispatch.

    ``learned`` holds the lane's levels, most specific first (``Lane.levels``): the first
    with enough history for the milestone is used, else the destination's default.
    """
    start = latest_milestone(dispatched_at, reached)
    if start is None:
        return None
    milestone, at = start
    found = trusted_spread(learned, milestone)
    if found is None:
        spread, used, basis = default_spread(lane, milestone), None, Basis.DEFAULT
    else:
        (spread, used), basis = found, Basis.LANE_HISTORY
    earliest, likely, latest = (at + days * DAY for days in _days(spread))
    if carrier_estimate is not None and carrier_estimate > latest:
        latest = carrier_estimate  # the carrier knows of a later date than the history does
    if latest < now:  # kept as it was, so that "delayed" can be told and the page says so
        return Eta(earliest, likely, latest, basis, milestone, spread.samples, used, True)
    earliest, likely = max(earliest, now), max(likely, now)
    if carrier_estimate is not None:
        likely, basis = min(max(carrier_estimate, earliest), latest), Basis.CARRIER
    return Eta(earliest, likely, latest, basis, milestone, spread.samples, used)


def trusted_spread(learned: Sequence[LaneHistory], name: str) -> tuple[Spread, Lane] | None:
    """The spread of the most specific lane level with enough history for ``name``."""
    for level in learned:
        spread = level.spreads.get(name)
        if spread is not None and spread.samples >= MIN_HISTORY:
            return spread, level.lane
    return None


def _days(spread: Spread) -> tuple[float, float, float]:
    return spread.p10, spread.p50, spread.p90


def percentile(sorted_days: Sequence[float], fraction: float) -> float:
    """Percentile of an ascending sequence at rank (n + 1) x fraction, interpolated.

    The interval between two such percentiles of n delivered parcels holds, on average, the
    stated share of the next parcels (for [p10, p90], 80%). The more common (n - 1) x fraction
    rank holds only 80% x (n - 1) / (n + 1) of them: 72% with the 20 parcels a lane needs.
    """
    count = len(sorted_days)
    position = min(max((count + 1) * fraction, 1.0), float(count)) - 1  # 0-based rank
    low = int(position)
    high = min(low + 1, count - 1)
    return sorted_days[low] + (sorted_days[high] - sorted_days[low]) * (position - low)


def learn_spreads(
    journeys: Iterable[tuple[datetime | None, Mapping[str, datetime], datetime]],
) -> dict[str, Spread]:
    """Per milestone, the spread of days to delivery over (dispatched, milestones, delivered)."""
    durations: dict[str, list[float]] = {m: [] for m in ETA_MILESTONES}
    for dispatched_at, reached, delivered_at in journeys:
        starts = {**reached, **({"dispatched": dispatched_at} if dispatched_at else {})}
        for milestone in ETA_MILESTONES:
            at = starts.get(milestone)
            if at is not None and at <= delivered_at:
                durations[milestone].append((delivered_at - at) / DAY)
    return spreads_of(durations)


def spreads_of(durations: Mapping[str, list[float]]) -> dict[str, Spread]:
    """The 10th/50th/90th percentile spread of each non-empty list of days."""
    spreads = {}
    for name, days in durations.items():
        if days:
            ordered = sorted(days)
            spreads[name] = Spread(
                percentile(ordered, 0.1),
                percentile(ordered, 0.5),
                percentile(ordered, 0.9),
                len(ordered),
            )
    return spreads
