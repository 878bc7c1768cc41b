"""ETA accuracy on simulator journeys: learned lanes, defaults only, and a fixed per-lane default.

N journeys (default 5,000) are drawn in process from the carrier network simulator
(``simulator.journey.generate``, seed 1), dispatched evenly over a year across its lanes and
services. Their scans are mapped onto parceltrail's milestones exactly as the simulator
connector maps them. Split by time: the half delivered first is what parceltrail would have
learned by the cutoff, the last of those deliveries (``learn_spreads`` per lane at each level:
origin and destination country, carrier and service; then carrier; then countries alone, as
``sweep --lanes`` does). Scored: the parcels of the later half
dispatched after the cutoff. The later-half parcels still in flight at the cutoff are neither
learned nor scored: they are in the later half because they were slow, and scoring them would
tilt the figures towards slow parcels. For each scored parcel, at dispatch and at each ETA
milestone it reached, the ETA as of that moment is compared with the real delivery time:
the absolute error of the likely date (days) and whether delivery fell inside
[earliest, latest]. Three models:

- learned: ``estimate`` with the lane's learned levels (what parceltrail shows): the parcel's
  carrier and service when it has enough history, else wider levels;
- countries only: ``estimate`` with only the origin-destination level learned (what
  parceltrail did before lanes knew carriers and services);
- defaults: ``estimate`` with no history (``DEFAULT_TOTAL_DAYS`` x ``REMAINING_SHARE``);
- baseline: one constant per destination from dispatch (the default p50, interval p10-p90),
  never narrowed, whatever milestone the parcel has reached.

Lost and returned parcels have no delivery date: they are left out of learning and scoring,
and counted. Run: ``.venv/bin/python bench/eta.py [--journeys 5000] [--seed 1]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from parceltrail.connectors.simulator import SUB_STATUS
from parceltrail.domain.eta import (
    DEFAULT_TOTAL_DAYS,
    ETA_MILESTONES,
    Lane,
    LaneHistory,
    Spread,
    estimate,
    learn_spreads,
)
from parceltrail.domain.status import SubStatus
from parceltrail.simulator.journey import generate
from parceltrail.simulator.lanes import ORIGIN_CARRIER

START = datetime(2025, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=365)
DAY = timedelta(days=1)
ORIGIN = "CN"
MODELS = ("learned", "countries", "defaults", "baseline")


@dataclass(frozen=True, slots=True)
class Parcel:
    lane: Lane
    service: str
    dispatched_at: datetime
    reached: dict[str, datetime]  # first time each ETA milestone was reached
    delivered_at: datetime | None


@dataclass(frozen=True, slots=True)
class Forecast:
    earliest: datetime
    likely: datetime
    latest: datetime


@dataclass
class Scores:
    errors: list[float] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    inside: int = 0

    def add(self, forecast: Forecast, delivered_at: datetime) -> None:
        self.errors.append(abs((forecast.likely - delivered_at) / DAY))
        self.widths.append((forecast.latest - forecast.earliest) / DAY)
        self.inside += forecast.earliest <= delivered_at <= forecast.latest

    def median_error(self) -> float:
        return statistics.median(self.errors)

    def coverage(self) -> float:
        return self.inside / len(self.errors)


Predict = Callable[[Parcel, dict[str, datetime], datetime], Forecast]


def journeys(count: int, seed: int) -> list[Parcel]:
    """``count`` simulator journeys, dispatched evenly over a year, as milestone times."""
    step = SPAN / count
    parcels = []
    for index in range(count):
        journey = generate(seed, index, START + index * step)
        reached: dict[str, datetime] = {}
        delivered_at = None
        for scan in journey.scans:  # oldest first
            sub = SUB_STATUS[scan.code]
            if sub.value in ETA_MILESTONES:
                reached.setdefault(sub.value, scan.at)
            if sub is SubStatus.DELIVERED and delivered_at is None:
                delivered_at = scan.at
        lane = Lane(ORIGIN, journey.lane.country, ORIGIN_CARRIER, journey.service)
        parcels.append(Parcel(lane, journey.service, journey.dispatched_at, reached, delivered_at))
    return parcels


def learn(parcels: Iterable[Parcel]) -> dict[str, dict[str, Spread]]:
    """Per lane key, at every level, the spreads ``sweep --lanes`` would store."""
    by_lane: dict[str, list[tuple[datetime | None, dict[str, datetime], datetime]]] = {}
    for parcel in parcels:
        assert parcel.delivered_at is not None
        for level in parcel.lane.levels():
            by_lane.setdefault(level.key(), []).append(
                (parcel.dispatched_at, parcel.reached, parcel.delivered_at)
            )
    return {key: learn_spreads(history) for key, history in by_lane.items()}


def model(learned: dict[str, dict[str, Spread]] | None, *, countries_only: bool = False) -> Predict:
    def predict(parcel: Parcel, seen: dict[str, datetime], now: datetime) -> Forecast:
        lanes = learned or {}
        levels = parcel.lane.levels()[-1:] if countries_only else parcel.lane.levels()
        eta = estimate(
            lane=parcel.lane,
            dispatched_at=parcel.dispatched_at,
            reached=seen,
            now=now,
            learned=[LaneHistory(lv, lanes[lv.key()]) for lv in levels if lv.key() in lanes],
        )
        assert eta is not None
        return Forecast(eta.earliest, eta.likely, eta.latest)

    return predict


def baseline(parcel: Parcel, seen: dict[str, datetime], now: datetime) -> Forecast:
    """One fixed transit time per destination, from dispatch; the same at every milestone."""
    total = DEFAULT_TOTAL_DAYS.get(parcel.lane.destination, DEFAULT_TOTAL_DAYS[None])
    at = parcel.dispatched_at
    return Forecast(at + total.p10 * DAY, at + total.p50 * DAY, at + total.p90 * DAY)


def score(
    parcels: Iterable[Parcel], predictors: dict[str, Predict]
) -> tuple[dict[tuple[str, str], Scores], dict[tuple[str, str], Scores]]:
    """Scores per (model, milestone), and per (model, service) over all milestones."""
    by_milestone: dict[tuple[str, str], Scores] = defaultdict(Scores)
    by_service: dict[tuple[str, str], Scores] = defaultdict(Scores)
    for parcel in parcels:
        assert parcel.delivered_at is not None
        times = {"dispatched": parcel.dispatched_at, **parcel.reached}
        for milestone in ETA_MILESTONES:
            now = times.get(milestone)
            if now is None:
                continue
            seen = {m: at for m, at in parcel.reached.items() if at <= now}
            for name, predict in predictors.items():
                forecast = predict(parcel, seen, now)
                by_milestone[name, milestone].add(forecast, parcel.delivered_at)
                by_service[name, parcel.service].add(forecast, parcel.delivered_at)
    return by_milestone, by_service


def table(
    rows: dict[tuple[str, str], Scores], keys: Iterable[str], title: str, *, widths: bool = True
) -> None:
    columns = ("err d", "cover", "width d") if widths else ("err d", "cover")
    head = " | ".join(f"{m} {c}" for m in MODELS for c in columns)
    print(
        f"| {title} | n | {head} | err ratio learned/baseline | countries/baseline "
        "| defaults/baseline |"
    )
    print("|---" * (5 + len(columns) * len(MODELS)) + "|")
    for key in keys:
        if ("learned", key) not in rows:
            continue
        cells = []
        for name in MODELS:
            s = rows[name, key]
            cell = f"{s.median_error():.1f} | {s.coverage():.1%}"
            cells.append(f"{cell} | {statistics.median(s.widths):.1f}" if widths else cell)
        base = rows["baseline", key].median_error()
        ratios = " | ".join(
            f"{rows[name, key].median_error() / base:.2f}" if base else "-"
            for name in ("learned", "countries", "defaults")
        )
        print(f"| {key} | {len(rows['learned', key].errors)} | {' | '.join(cells)} | {ratios} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--journeys", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    parcels = journeys(args.journeys, args.seed)
    delivered = sorted(
        (p for p in parcels if p.delivered_at is not None),
        key=lambda p: p.delivered_at or START,
    )
    half = len(delivered) // 2
    history = delivered[:half]
    cutoff = history[-1].delivered_at or START
    scored = [p for p in delivered[half:] if p.dispatched_at > cutoff]
    learned = learn(history)
    smallest = min(spreads["dispatched"].samples for spreads in learned.values())
    predictors = {
        "learned": model(learned),
        "countries": model(learned, countries_only=True),
        "defaults": model(None),
        "baseline": baseline,
    }
    by_milestone, by_service = score(scored, predictors)
    print(
        f"{len(parcels)} journeys (seed {args.seed}): {len(parcels) - len(delivered)} lost or "
        f"returned, left out; {len(history)} delivered by {cutoff:%Y-%m-%d} learned "
        f"({len(learned)} lane keys at all levels, the smallest with {smallest}); "
        f"{len(delivered) - half - len(scored)} in flight at that date left out; "
        f"{len(scored)} dispatched after it scored."
    )
    print()
    table(by_milestone, ETA_MILESTONES, "milestone")
    print()
    table(by_service, ("premium", "standard", "economy"), "service, all milestones", widths=False)
    print()
    cover = {name: _pooled_coverage(by_milestone, name) for name in MODELS}
    error = {name: by_milestone[name, "dispatched"].median_error() for name in MODELS}
    print(
        f"eta: 80% interval coverage, all milestones: learned {cover['learned']:.1%}, "
        f"countries only {cover['countries']:.1%}, defaults {cover['defaults']:.1%}, "
        f"baseline {cover['baseline']:.1%} (aim 75-85%); "
        f"error ratio at dispatch learned/baseline {error['learned'] / error['baseline']:.2f}, "
        f"countries/baseline {error['countries'] / error['baseline']:.2f}, "
        f"defaults/baseline {error['defaults'] / error['baseline']:.2f}; "
        f"{time.perf_counter() - started:.1f} s"
    )


def _pooled_coverage(rows: dict[tuple[str, str], Scores], name: str) -> float:
    scores = [rows[name, m] for m in ETA_MILESTONES if (name, m) in rows]
    return sum(s.inside for s in scores) / sum(len(s.errors) for s in scores)


if __name__ == "__main__":
    main()
