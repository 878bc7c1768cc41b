"""Delivery analytics: keep the rollups as shipments move, and read them for sellers and admins.

The sweep narrows to shipments the health sweep assessed since its mark (every change of a
shipment is re-assessed there) and those whose tally changes on its own (``recheck_at``), then
re-derives each one's tally and adds ``new - old`` to its rollup rows. It runs right after the
health sweep, so each ETA the health sweep shows is seen before the next one replaces it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from parceltrail.domain import analytics
from parceltrail.domain.analytics import (
    Dimensions,
    PeriodBasis,
    Promise,
    ShipmentFacts,
    Summary,
    Tally,
    contribution,
    first_scan,
    merge,
    placed,
)
from parceltrail.domain.analytics_periods import (
    MAX_SPAN_DAYS,
    cover,
    periods_of,
    previous,
    week_of,
)
from parceltrail.domain.clock import Clock
from parceltrail.domain.errors import PermissionDenied, ValidationFailed
from parceltrail.domain.health_records import MARK_OVERLAP
from parceltrail.domain.shipments import Shipment
from parceltrail.domain.users import User
from parceltrail.domain.words import N_, Words
from parceltrail.services.analytics_ports import (
    ROW_KINDS,
    SELLER_KINDS,
    Kept,
    Observed,
    RollupKey,
    Scope,
)
from parceltrail.services.ports import AnalyticsUnitOfWork, UsersUnitOfWork
from parceltrail.services.rounds import in_rounds

SWEEP = "analytics"
BATCH = 2000
MAX_ROUNDS = 50
MAX_LANES = 6  # lanes whose transit histogram a report draws, the most deliveries first


@dataclass(frozen=True, slots=True)
class SweepReport:
    examined: int
    more: bool


def sweep(*, uow: AnalyticsUnitOfWork, now: datetime, limit: int = BATCH) -> SweepReport:
    """Recount the shipments whose tally may have changed since the last sweep."""
    ids, cut = uow.analytics.candidates(now=now, after=uow.analytics.mark(SWEEP), limit=limit)
    examined = count(uow=uow, shipment_ids=ids, now=now)
    uow.analytics.set_mark(SWEEP, cut or (now - MARK_OVERLAP, ""))
    return SweepReport(examined, cut is not None)


def sweep_rounds(
    *, uow_factory: Callable[[], AnalyticsUnitOfWork], clock: Clock, rounds: int = MAX_ROUNDS
) -> int:
    """Sweep in rounds of one transaction each until nothing is left; shipments examined."""
    return in_rounds(
        lambda uow: sweep(uow=uow, now=clock()), uow_factory=uow_factory, rounds=rounds
    )


def rebuild(
    *, uow_factory: Callable[[], AnalyticsUnitOfWork], clock: Clock, batch: int = BATCH
) -> int:
    """Empty the rollups and count every dispatched shipment again, a batch per transaction
    (the ETAs kept so far stay); how many shipments were counted."""
    with uow_factory() as uow:
        uow.analytics.clear()
    counted, after = 0, ""
    while True:
        with uow_factory() as uow:
            ids = uow.analytics.after(after, batch)
            if not ids:
                return counted
            counted += count(uow=uow, shipment_ids=ids, now=clock())
        after = ids[-1]


def count(*, uow: AnalyticsUnitOfWork, shipment_ids: list[str], now: datetime) -> int:
    """Re-derive these shipments' tallies and move their rollup rows by the difference."""
    shipments = uow.shipments.many(shipment_ids)
    observed = uow.analytics.observe(shipment_ids)
    kept = uow.analytics.kept(shipment_ids)
    changes: list[Change] = []
    records: dict[str, Kept] = {}
    for shipment_id, seen in observed.items():
        shipment = shipments.get(shipment_id)
        if shipment is None or shipment.dispatched_at is None:
            continue
        old = kept.get(shipment_id)
        record = recount(shipment, seen, old, now)
        if old is not None and old.tally:
            changes.append((old.dimensions, old.tally, -1))
        changes.append((record.dimensions, record.tally, 1))
        records[shipment_id] = record
    uow.analytics.add(rollup_rows(changes))
    uow.analytics.keep(records, now)
    return len(records)


def recount(shipment: Shipment, seen: Observed, old: Kept | None, now: datetime) -> Kept:
    """The shipment's record now: the ETA shown now kept if none was kept from its milestone,
    the first trouble verdict kept, and its tally from its facts."""
    promises: dict[str, Promise] = dict(old.promises) if old else {}
    if seen.eta is not None:
        promises.setdefault(*seen.eta)
    found = (old.problem_found_at if old else None) or seen.trouble_found_at
    facts = facts_of(shipment, seen, promises, found)
    return Kept(
        placed(facts),
        contribution(facts, now),
        promises,
        found,
        analytics.recheck_at(facts, now),
    )


def facts_of(
    shipment: Shipment,
    seen: Observed,
    promises: Mapping[str, Promise],
    problem_found_at: datetime | None,
) -> ShipmentFacts:
    assert shipment.dispatched_at is not None
    first_carrier = shipment.legs[0].carrier if shipment.legs else None
    dimensions = Dimensions(
        shipment.dispatched_at.date(),
        seen.seller,
        first_carrier or "",
        shipment.service or "",
        seen.origin or "",
        seen.destination or "",
    )
    state = shipment.state
    return ShipmentFacts(
        dimensions,
        shipment.dispatched_at,
        state.sub_status,
        ordered_at=seen.ordered_at,
        first_scan_at=first_scan(seen.scans),
        delivered_at=state.delivered_at,
        milestones=state.milestones,
        promises=promises,
        lag_hours=seen.lag_hours,
        problem_found_at=problem_found_at,
        buyer_asked_at=seen.buyer_asked_at,
    )


Change = tuple[Dimensions, Tally, int]  # where a tally is counted, the tally, +1 or -1
Lane = tuple[str, str, str, str]  # carrier, service, origin, destination


def rollup_rows(changes: Iterable[Change]) -> dict[RollupKey, Tally]:
    """What ``changes`` add to each rollup row. A shipment is counted on its day by each basis
    (dispatch, order, delivery), in that day's day, week and month, in its seller's kinds of
    row (``SELLER_KINDS``) and in every kind for all sellers (""). Tallies are summed per
    finest row first, so a kind or grain that many shipments share is added to once."""
    finest: dict[tuple[str, PeriodBasis, date, Lane], Tally] = {}
    for dims, tally, sign in changes:
        lane = (dims.carrier, dims.service, dims.origin, dims.destination)
        for basis, day in dims.days().items():
            for seller in (dims.seller, ""):
                _merge_into(finest.setdefault((seller, basis, day, lane), {}), tally, sign)
    rows: dict[RollupKey, Tally] = {}
    kinds = {name: ROW_KINDS[name] for name in SELLER_KINDS}
    for (seller, basis, day, lane), tally in finest.items():
        for grain, period in periods_of(day):
            for keeps in (kinds if seller else ROW_KINDS).values():
                carrier, service, origin, destination = (
                    value if kept else "*" for value, kept in zip(lane, keeps, strict=True)
                )
                key = (seller, basis, grain, period, carrier, service, origin, destination)
                _merge_into(rows.setdefault(key, {}), tally)
    # A shipment recounted without a change adds nothing: its rows are not written.
    changed = {key: {n: c for n, c in row.items() if c} for key, row in rows.items()}
    return {key: row for key, row in changed.items() if row}


def _merge_into(total: Tally, tally: Mapping[str, int], sign: int = 1) -> None:
    for name, value in tally.items():
        total[name] = total.get(name, 0) + sign * value


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Query:
    """A period of days (inclusive) by dispatch, order or delivery day (``basis``), and the
    filters; ``seller`` only for admins."""

    first: date
    last: date
    carrier: str | None = None
    service: str | None = None
    origin: str | None = None
    destination: str | None = None
    seller: str | None = None
    basis: PeriodBasis = PeriodBasis.DISPATCH


def scope_of(user: User, query: Query) -> Scope:
    """What this viewer may read: a seller their own shipments, an admin anyone's."""
    if query.last < query.first:
        raise ValidationFailed(N_("'to' is before 'from'"), field="to")
    if (query.last - query.first).days >= MAX_SPAN_DAYS:
        raise ValidationFailed(
            Words("a period is at most {most} days; choose a shorter one", most=MAX_SPAN_DAYS),
            field="from",
        )
    if user.is_admin:
        seller = query.seller or ""
    elif user.can_sell:
        if query.seller not in (None, user.id):
            raise PermissionDenied(N_("sellers see their own analytics only"))
        seller = user.id
    else:
        raise PermissionDenied(N_("analytics are for sellers and admins"))
    return Scope(seller, query.carrier, query.service, query.origin, query.destination, query.basis)


def seller_chosen(*, uow: UsersUnitOfWork, user: User, text: str) -> User | None:
    """The seller an admin's filter names by e-mail or by id (admins know sellers by their
    e-mail; links carry the id); None when nothing is chosen."""
    if not text:
        return None
    if not user.is_admin:
        raise PermissionDenied(N_("sellers see their own analytics only"))
    found = uow.users.by_email(text) if "@" in text else uow.users.get(text)
    if found is None or not found.can_sell:
        raise ValidationFailed(Words("there is no seller {seller}", seller=text), field="seller")
    return found


def summarize(uow: AnalyticsUnitOfWork, scope: Scope, first: date, last: date) -> Summary:
    """Every metric over the days ``first``..``last`` (by the scope's basis), read from the
    rollups."""
    pieces = cover(first, last)
    counts = uow.analytics.sums(scope, pieces, ()).get((), {})
    extra = uow.analytics.extras(scope, pieces, ()).get((), {})
    return Summary(merge([counts, extra]))


def summary(*, uow: AnalyticsUnitOfWork, user: User, query: Query) -> tuple[Summary, Summary]:
    """The period's metrics and the previous period's (of the same length)."""
    scope = scope_of(user, query)
    before = previous(query.first, query.last)
    return summarize(uow, scope, query.first, query.last), summarize(uow, scope, *before)


@dataclass(frozen=True, slots=True)
class Report:
    """What the analytics pages draw: the summaries, and the breakdowns of the charts."""

    query: Query
    current: Summary
    previous: Summary
    weeks: list[tuple[date, Tally]]  # every week (from its Monday): counts, transit days
    carriers: dict[str, Tally]  # counts by carrier
    cells: dict[tuple[str, str], Tally]  # counts by (carrier, destination)
    lanes: dict[tuple[str, str], dict[int, int]]  # transit days of the busiest lanes
    choices: dict[str, list[str]]  # the values the filters offer
    services: dict[str, Tally]  # counts by service


def report(*, uow: AnalyticsUnitOfWork, user: User, query: Query) -> Report:
    """The pages' figures: a handful of grouped reads of the same rollup rows; the carriers'
    bars and the filters' choices are sums of the heatmap's cells, not reads of their own."""
    scope = scope_of(user, query)
    pieces = cover(query.first, query.last)
    read = uow.analytics
    lane = ("origin", "destination")
    # The lanes' counts are summed by the database; only the busiest lanes' transit
    # histograms (JSON, summed in Python) are read.
    per_lane = read.sums(scope, pieces, lane)
    busiest = sorted(
        (k for k, counts in per_lane.items() if counts.get("delivered")),
        key=lambda k: (-per_lane[k]["delivered"], k),
    )[:MAX_LANES]
    by_lane = read.extras(scope, pieces, lane, transit_only=True, within=busiest)
    # The heatmap's cells, summed per carrier for the bars (pre-summed rows, docs/analytics.md).
    grouped = read.sums(scope, pieces, ("carrier", "destination"))
    cells = {(k[0], k[1]): counts for k, counts in grouped.items()}
    carriers: dict[str, Tally] = {}
    for (carrier, _), counts in cells.items():
        carriers[carrier] = merge([carriers.get(carrier, {}), counts])
    services = {k[0]: counts for k, counts in read.sums(scope, pieces, ("service",)).items()}
    choices = {
        "carrier": sorted(c for c in carriers if c),
        "service": sorted(
            {service for service in services if service}
            | ({query.service} if query.service else set())
        ),
        "origin": sorted({o for o, _ in per_lane if o}),
        "destination": sorted({d for _, d in cells if d}),
    }
    return Report(
        query,
        summarize(uow, scope, query.first, query.last),
        summarize(uow, scope, *previous(query.first, query.last)),
        _weeks(uow, scope, query),
        carriers,
        cells,
        {(k[0], k[1]): analytics.histogram(v, "transit_cal") for k, v in by_lane.items()},
        choices,
        services,
    )


def _weeks(uow: AnalyticsUnitOfWork, scope: Scope, query: Query) -> list[tuple[date, Tally]]:
    pieces = cover(query.first, query.last, months=False)
    weeks: dict[date, Tally] = {
        week_of(query.first) + timedelta(days=7 * i): {}
        for i in range((week_of(query.last) - week_of(query.first)).days // 7 + 1)
    }
    read = uow.analytics
    sums = read.sums(scope, pieces, ("period",))
    transit = read.extras(scope, pieces, ("period",), transit_only=True)
    for (period,), counts in [*sums.items(), *transit.items()]:
        _merge_into(weeks[week_of(date.fromisoformat(period))], counts)
    return sorted(weeks.items())
