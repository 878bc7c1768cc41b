"""The health sweep and ETA: notice stalls, losses and delays, and say when parcels will arrive.

The sweep narrows first: it reads only shipments that changed since its last mark, whose
stored verdict has a recheck time now due, or that were never assessed; then it re-derives
each verdict from the shipment itself before writing anything. A changed verdict becomes a
``ProblemChanged`` domain event in the outbox, so buyers and sellers are told.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from parceltrail.domain.clock import Clock
from parceltrail.domain.eta import Lane, LaneHistory, Spread, estimate, learn_spreads
from parceltrail.domain.health import DEFAULT_THRESHOLDS, Facts, Thresholds, assess
from parceltrail.domain.health_records import (
    MARK_OVERLAP,
    HealthRecord,
    lane_of,
    milestone_times,
)
from parceltrail.domain.shipments import Shipment
from parceltrail.domain.stages import context, learn_stage_spreads
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.services.ports import TrackingUnitOfWork
from parceltrail.services.rounds import in_rounds

SWEEP = "health"
MAX_ROUNDS = 50  # of ``sweep``'s limit (2,000) per run; the next run goes on from the mark


@dataclass(frozen=True, slots=True)
class SweepReport:
    examined: int
    changed: int
    more: bool  # the limit cut the work short; run again


def assess_shipment(
    shipment: Shipment,
    history: Sequence[TrackingEvent],
    now: datetime,
    thresholds: Thresholds,
    learned: Sequence[LaneHistory],
) -> HealthRecord:
    """Health, ETA and lane context of one shipment from its state and events, as of ``now``.

    ``learned``: the shipment's lane levels, most specific first (see ``lane_histories``).
    """
    lane = lane_of(shipment, history)
    state = shipment.state
    eta = estimate(
        lane=lane,
        dispatched_at=shipment.dispatched_at,
        reached=milestone_times(shipment),
        now=now,
        learned=learned,
    )
    if state.sub_status.is_final:
        eta = None
    stage = context(sub_status=state.sub_status, reached=state.milestones, learned=learned, now=now)
    facts = Facts(
        status=state.status,
        sub_status=state.sub_status,
        dispatched_at=shipment.dispatched_at or (history[0].occurred_at if history else None),
        last_event_at=state.last_event_at,
        eta_latest=eta.latest if eta else None,
        standalone=shipment.order_id is None,
    )
    return HealthRecord(shipment.id, assess(facts, now, thresholds), eta, lane, now, stage)


def sweep(
    *,
    uow: TrackingUnitOfWork,
    now: datetime,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    limit: int = 2000,
) -> SweepReport:
    """Re-assess the shipments whose verdict may have changed; record what changed."""
    ids, cut = uow.health.candidates(now=now, after=uow.health.mark(SWEEP), limit=limit)
    shipments = uow.shipments.many(ids)
    histories = uow.events.for_shipments(list(shipments))
    previous = uow.health.many(list(shipments))
    lanes = {s.id: lane_of(s, histories.get(s.id, [])) for s in shipments.values()}
    learned = lane_histories(uow, lanes.values())
    records, changed = [], 0
    for shipment in shipments.values():
        history = histories.get(shipment.id, [])
        levels = learned_levels(learned, lanes[shipment.id])
        record = assess_shipment(shipment, history, now, thresholds, levels)
        before = previous.get(shipment.id)
        changed += shipment.record_health(record.health, before.health if before else None)
        records.append(record)
    uow.health.save(records)
    uow.health.set_mark(SWEEP, cut or (now - MARK_OVERLAP, ""))
    return SweepReport(examined=len(records), changed=changed, more=cut is not None)


def sweep_rounds(
    *, uow_factory: Callable[[], TrackingUnitOfWork], clock: Clock, rounds: int = MAX_ROUNDS
) -> int:
    """Sweep in rounds of one transaction each, until nothing is left or ``rounds`` ran;
    how many shipments were examined."""
    return in_rounds(
        lambda uow: sweep(uow=uow, now=clock()), uow_factory=uow_factory, rounds=rounds
    )


def lane_histories(
    uow: TrackingUnitOfWork, lanes: Iterable[Lane]
) -> dict[str, Mapping[str, Spread]]:
    """What was learned on these lanes and their wider levels, by lane key: one query."""
    keys = sorted({level.key() for lane in lanes for level in lane.levels()})
    return uow.health.lane_spreads(keys)


def learned_levels(learned: Mapping[str, Mapping[str, Spread]], lane: Lane) -> list[LaneHistory]:
    """The lane's levels that have any history, most specific first."""
    return [
        LaneHistory(level, learned[level.key()])
        for level in lane.levels()
        if level.key() in learned
    ]


def learn_lanes(
    *, uow: TrackingUnitOfWork, now: datetime, window_days: int = 180, limit: int = 20000
) -> int:
    """Re-learn each lane's milestone-to-delivery spreads and stage lengths from recently
    delivered parcels, at every level: carrier and service, carrier, countries alone."""
    ids = uow.health.recently_delivered(now - timedelta(days=window_days), limit)
    shipments = uow.shipments.many(ids)
    histories = uow.events.for_shipments(ids)
    journeys: dict[str, list[Shipment]] = {}
    for shipment in shipments.values():
        if shipment.state.delivered_at is None:
            continue
        for level in lane_of(shipment, histories.get(shipment.id, [])).levels():
            journeys.setdefault(level.key(), []).append(shipment)
    for key, delivered in journeys.items():
        uow.health.save_lane(key, _learned_on(delivered), now)
    return len(journeys)


def _learned_on(delivered: Sequence[Shipment]) -> dict[str, Spread]:
    to_delivery = learn_spreads(
        (s.dispatched_at, milestone_times(s), s.state.delivered_at)
        for s in delivered
        if s.state.delivered_at is not None
    )
    return {**to_delivery, **learn_stage_spreads(s.state.milestones for s in delivered)}


def live(
    *,
    uow: TrackingUnitOfWork,
    shipment: Shipment,
    history: Sequence[TrackingEvent],
    now: datetime,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> HealthRecord:
    """The verdict as of now, for pages and the API (the sweep's stored one may be older)."""
    lane = lane_of(shipment, history)
    levels = learned_levels(lane_histories(uow, [lane]), lane)
    return assess_shipment(shipment, history, now, thresholds, levels)
