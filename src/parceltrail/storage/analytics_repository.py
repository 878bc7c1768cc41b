"""Delivery analytics over SQLAlchemy Core: what a shipment's tally is read from, the tallies
kept per shipment, and the rollups (docs/analytics.md)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    bindparam,
    delete,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    tuple_,
    update,
)

from parceltrail.domain.analytics import COUNTS, Dimensions, Promise, Tally, lag_hours
from parceltrail.domain.analytics_periods import Grain
from parceltrail.domain.health import INFORMATIONAL, Problem
from parceltrail.domain.health_records import Mark
from parceltrail.domain.status import SubStatus
from parceltrail.services.analytics_ports import (
    ROW_KINDS,
    SELLER_KINDS,
    Kept,
    Observed,
    Pieces,
    RollupKey,
    Scope,
)
from parceltrail.storage.repositories import chunks
from parceltrail.storage.sweep_marks import SweepMarks
from parceltrail.storage.tables import (
    analytics_rollups,
    analytics_shipments,
    disputes,
    messages,
    orders,
    shipment_health,
    shipments,
    tracking_events,
)
from parceltrail.storage.types import UTCDateTime

_TRANSIT = "transit_cal:"
_TROUBLE = [p.value for p in Problem if p not in INFORMATIONAL]
_R = analytics_rollups.c


def _promise(raw: Sequence[str]) -> Promise:
    earliest, likely, latest = (datetime.fromisoformat(text) for text in raw)
    return Promise(earliest, likely, latest)


def _promises_json(promises: Mapping[str, Promise]) -> dict[str, list[str]]:
    return {
        name: [p.earliest.isoformat(), p.likely.isoformat(), p.latest.isoformat()]
        for name, p in promises.items()
    }


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _kept(row: Any) -> Kept:
    dims = Dimensions(
        date.fromisoformat(row.day),
        row.seller,
        row.carrier,
        row.service,
        row.origin,
        row.destination,
        _day(row.ordered_day),
        _day(row.delivered_day),
    )
    promises = {name: _promise(raw) for name, raw in (row.promises or {}).items()}
    return Kept(dims, dict(row.tally), promises, row.problem_found_at, row.recheck_at)


def _key_values(key: RollupKey) -> dict[str, Any]:
    seller, basis, grain, period, carrier, service, origin, destination = key
    values = {
        "seller": seller,
        "basis": basis.value,
        "grain": grain.value,
        "period": period.isoformat(),
        "carrier": carrier,
        "service": service,
        "origin": origin,
        "destination": destination,
    }
    kind = _KIND_OF[(carrier != "*", service != "*", origin != "*", destination != "*")]
    return {"key": "|".join(values.values()), "kind": kind, **values}


# A row's kind from which of its four dimensions hold a value (the others hold "*").
_KIND_OF = {keeps: kind for kind, keeps in ROW_KINDS.items()}


class SqlAnalyticsRepository(SweepMarks):
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    # --- the sweep's candidates -----------------------------------------------------------

    def candidates(
        self, *, now: datetime, after: Mark | None, limit: int
    ) -> tuple[list[str], Mark | None]:
        due = select(analytics_shipments.c.shipment_id).where(
            analytics_shipments.c.recheck_at <= now
        )
        found = list(self._db.execute(due.limit(limit)).scalars())
        h = shipment_health.c
        assessed = select(h.shipment_id, h.assessed_at).order_by(h.assessed_at, h.shipment_id)
        if after is not None:
            at, after_id = after
            # A row-value comparison walks the (assessed_at, shipment_id) index from the mark.
            assessed = assessed.where(
                tuple_(h.assessed_at, h.shipment_id)
                > tuple_(literal(at, UTCDateTime()), literal(after_id))
            )
        rows = self._db.execute(assessed.limit(limit)).all()
        cut = (rows[-1].assessed_at, rows[-1].shipment_id) if len(rows) == limit else None
        return list(dict.fromkeys(found + [row.shipment_id for row in rows])), cut

    def after(self, shipment_id: str, limit: int) -> list[str]:
        s = shipments.c
        query = (
            select(s.id)
            .where(s.id > shipment_id, s.order_id.is_not(None), s.dispatched_at.is_not(None))
            .order_by(s.id)
            .limit(limit)
        )
        return list(self._db.execute(query).scalars())

    # --- what a tally is read from ---------------------------------------------------------

    def observe(self, shipment_ids: Sequence[str]) -> dict[str, Observed]:
        found: dict[str, Observed] = {}
        for part in chunks(shipment_ids):
            rows = self._db.execute(_observe_query(part)).all()
            scans, lags = self._events(part)
            asked = self._asked({row.order_id for row in rows})
            for row in rows:
                found[row.id] = _observed(
                    row, scans.get(row.id, ()), lags.get(row.id, ()), asked.get(row.order_id)
                )
        return found

    def _events(
        self, part: Sequence[str]
    ) -> tuple[dict[str, list[tuple[datetime, SubStatus | None]]], dict[str, list[int]]]:
        e = tracking_events.c
        query = select(e.shipment_id, e.occurred_at, e.received_at, e.sub_status).where(
            e.shipment_id.in_(part)
        )
        scans: dict[str, list[tuple[datetime, SubStatus | None]]] = {}
        lags: dict[str, list[int]] = {}
        for row in self._db.execute(query):
            sub = SubStatus(row.sub_status) if row.sub_status else None
            scans.setdefault(row.shipment_id, []).append((row.occurred_at, sub))
            lags.setdefault(row.shipment_id, []).append(lag_hours(row.occurred_at, row.received_at))
        return scans, lags

    def _asked(self, order_ids: Iterable[str]) -> dict[str, datetime]:
        """Per order, when its buyer first wrote or opened a dispute."""
        ids = sorted(order_ids)
        if not ids:
            return {}
        first: dict[str, datetime] = {}
        opened = (
            select(disputes.c.order_id, func.min(disputes.c.opened_at).label("at"))
            .where(disputes.c.order_id.in_(ids))
            .group_by(disputes.c.order_id)
        )
        wrote = (
            select(messages.c.order_id, func.min(messages.c.created_at).label("at"))
            .join(
                orders,
                and_(orders.c.id == messages.c.order_id, orders.c.buyer_id == messages.c.author_id),
            )
            .where(messages.c.order_id.in_(ids))
            .group_by(messages.c.order_id)
        )
        for query in (opened, wrote):
            for row in self._db.execute(query):
                at = row.at  # min() keeps the column's type: a UTC datetime
                if at is not None and (row.order_id not in first or at < first[row.order_id]):
                    first[row.order_id] = at
        return first

    # --- the tallies kept per shipment -----------------------------------------------------

    def kept(self, shipment_ids: Sequence[str]) -> dict[str, Kept]:
        found: dict[str, Kept] = {}
        for part in chunks(shipment_ids):
            query = select(analytics_shipments).where(analytics_shipments.c.shipment_id.in_(part))
            found.update({row.shipment_id: _kept(row) for row in self._db.execute(query)})
        return found

    def keep(self, records: Mapping[str, Kept], now: datetime) -> None:
        ids = list(records)
        for part in chunks(ids):
            self._db.execute(
                delete(analytics_shipments).where(analytics_shipments.c.shipment_id.in_(part))
            )
        if records:
            self._db.execute(
                insert(analytics_shipments),
                [_kept_values(shipment_id, kept, now) for shipment_id, kept in records.items()],
            )

    def clear(self) -> None:
        self._db.execute(delete(analytics_rollups))
        self._db.execute(update(analytics_shipments).values(tally={}, recheck_at=None))

    # --- the rollups -------------------------------------------------------------------------

    def add(self, deltas: Mapping[RollupKey, Tally]) -> None:
        """Read the touched rows, add, write back: the JSON histograms cannot be added in SQL.
        The rows are locked on PostgreSQL; the sweep runs one at a time anyway."""
        keyed = {key: _key_values(key) for key, tally in deltas.items() if tally}
        existing = self._rows(keyed)
        updates, inserts, empty = [], [], []
        for key, names in keyed.items():
            old = existing.get(key)
            total = deltas[key] if old is None else _added(old, deltas[key])
            values = {**names, **_row_values(total)}
            if not any(total.values()):
                empty.append(names["key"])
            elif old is None:
                inserts.append(values)
            else:
                updates.append({f"k_{k}": v for k, v in values.items()})
        if updates:
            self._db.execute(_UPDATE, updates)
        if inserts:
            self._db.execute(insert(analytics_rollups), inserts)
        for part in chunks(empty):
            self._db.execute(delete(analytics_rollups).where(_R.key.in_(part)))

    def _rows(self, keyed: Mapping[RollupKey, Mapping[str, Any]]) -> dict[RollupKey, Tally]:
        found: dict[RollupKey, Tally] = {}
        by_text = {names["key"]: key for key, names in keyed.items()}
        for part in chunks(list(by_text)):
            query = select(analytics_rollups).where(_R.key.in_(part))
            if self._db.dialect.name == "postgresql":
                query = query.with_for_update()
            for row in self._db.execute(query):
                found[by_text[row.key]] = _tally_of(row)
        return found

    def sums(self, scope: Scope, pieces: Pieces, by: Sequence[str]) -> dict[tuple[str, ...], Tally]:
        groups = [_R[name] for name in by]
        query = select(*groups, *(func.sum(_R[n]).label(n) for n in COUNTS)).where(
            *_scope(scope, by), _pieces(pieces)
        )
        if groups:
            query = query.group_by(*groups)
        found: dict[tuple[str, ...], Tally] = {}
        for row in self._db.execute(query):
            counts = {n: int(row._mapping[n] or 0) for n in COUNTS}
            found[tuple(row[: len(by)])] = {n: c for n, c in counts.items() if c}
        return found

    def extras(
        self,
        scope: Scope,
        pieces: Pieces,
        by: Sequence[str],
        *,
        transit_only: bool = False,
        within: Sequence[tuple[str, ...]] | None = None,
    ) -> dict[tuple[str, ...], Tally]:
        columns = (_R.transit,) if transit_only else (_R.transit, _R.extra)
        query = select(*(_R[name] for name in by), *columns).where(
            *_scope(scope, by), _pieces(pieces)
        )
        if within is not None:
            groups = [
                and_(*(_R[n] == v for n, v in zip(by, values, strict=True))) for values in within
            ]
            query = query.where(or_(*groups) if groups else false())
        found: dict[tuple[str, ...], Tally] = {}
        width = len(by)
        for row in self._db.execute(query):
            total = found.setdefault(tuple(row[:width]), {})
            for histogram in row[width:]:
                for name, count in histogram.items():
                    total[name] = total.get(name, 0) + count
        return found


_UPDATE = (
    update(analytics_rollups)
    .where(_R.key == bindparam("k_key"))
    .values({n: bindparam(f"k_{n}") for n in (*COUNTS, "transit", "extra")})
)


def _observe_query(part: Sequence[str]) -> Any:
    s, o, h = shipments.c, orders.c, shipment_health.c
    return (
        select(
            s.id,
            o.id.label("order_id"),
            o.seller_id,
            o.created_at,
            h.origin_country,
            h.destination_country,
            h.eta_earliest,
            h.eta_likely,
            h.eta_latest,
            h.eta_from,
            h.problem,
            h.assessed_at,
        )
        .join(orders, orders.c.id == s.order_id)
        .outerjoin(shipment_health, h.shipment_id == s.id)
        .where(s.id.in_(part), s.dispatched_at.is_not(None))
    )


def _observed(
    row: Any,
    scans: Sequence[tuple[datetime, SubStatus | None]],
    lags: Sequence[int],
    asked: datetime | None,
) -> Observed:
    eta = None
    if row.eta_likely is not None and row.eta_from:
        eta = (row.eta_from, Promise(row.eta_earliest, row.eta_likely, row.eta_latest))
    # Found when the health sweep made the verdict, not when the trouble began by the
    # carrier's clock (a scan reported a day late was not known before it arrived).
    trouble = row.assessed_at if row.problem in _TROUBLE else None
    return Observed(
        row.id,
        row.seller_id,
        row.created_at,
        row.origin_country,
        row.destination_country,
        eta,
        trouble,
        asked,
        tuple(scans),
        tuple(lags),
    )


def _kept_values(shipment_id: str, kept: Kept, now: datetime) -> dict[str, Any]:
    dims = kept.dimensions
    return {
        "shipment_id": shipment_id,
        "day": dims.day.isoformat(),
        "ordered_day": dims.ordered_day.isoformat() if dims.ordered_day else None,
        "delivered_day": dims.delivered_day.isoformat() if dims.delivered_day else None,
        "seller": dims.seller,
        "carrier": dims.carrier,
        "service": dims.service,
        "origin": dims.origin,
        "destination": dims.destination,
        "tally": dict(kept.tally),
        "promises": _promises_json(kept.promises),
        "problem_found_at": kept.problem_found_at,
        "recheck_at": kept.recheck_at,
        "updated_at": now,
    }


def _tally_of(row: Any) -> Tally:
    tally = {n: row._mapping[n] for n in COUNTS if row._mapping[n]}
    tally.update(row.transit or {})
    tally.update(row.extra or {})
    return tally


def _added(old: Mapping[str, int], delta: Mapping[str, int]) -> Tally:
    total = dict(old)
    for key, count in delta.items():
        total[key] = total.get(key, 0) + count
    return {k: v for k, v in total.items() if v}


def _row_values(tally: Mapping[str, int]) -> dict[str, Any]:
    values: dict[str, Any] = dict.fromkeys(COUNTS, 0)
    transit: dict[str, int] = {}
    extra: dict[str, int] = {}
    for name, count in tally.items():
        if name in values:
            values[name] = count
        elif name.startswith(_TRANSIT):
            transit[name] = count
        else:
            extra[name] = count
    values["transit"], values["extra"] = transit, extra
    return values


_FILTERS = ("carrier", "service", "origin", "destination")


def _scope(scope: Scope, by: Sequence[str]) -> list[ColumnElement[bool]]:
    """The seller's rows by the scope's basis, narrowed by the filters set, of the one kind
    (``ROW_KINDS``) that keeps every dimension filtered or grouped by and sums the most: never
    two kinds, so nothing is counted twice. The kind follows the period in the primary key, so
    each period's rows of that kind are read and no others."""
    conditions = [_R.seller == scope.seller, _R.basis == scope.basis.value]
    filters = {name: getattr(scope, name) for name in _FILTERS}
    needed = {name for name, value in filters.items() if value is not None}
    needed |= {name for name in by if name in _FILTERS}
    kind = _kind_for(needed, SELLER_KINDS if scope.seller else tuple(ROW_KINDS))
    conditions.append(_R.kind == kind)
    for name, value in filters.items():
        if value is not None:
            conditions.append(_R[name] == value)
    return conditions


def _kind_for(needed: set[str], kinds: Sequence[str]) -> str:
    """Of ``kinds``, the one keeping the fewest dimensions that still keeps all of ``needed``."""
    fitting = [
        (sum(ROW_KINDS[kind]), kind)
        for kind in kinds
        if all(ROW_KINDS[kind][_FILTERS.index(name)] for name in needed)
    ]
    return min(fitting)[1]


def _pieces(pieces: Pieces) -> ColumnElement[bool]:
    """The rows of these periods: an IN list of their first days (which the primary key
    seeks whatever the planner's statistics), then each day's grain."""
    by_grain: dict[Grain, list[str]] = {}
    for grain, start in pieces:
        by_grain.setdefault(grain, []).append(start.isoformat())
    if not by_grain:
        return false()
    starts = sorted({start for starts in by_grain.values() for start in starts})
    return and_(
        _R.period.in_(starts),
        or_(
            *(
                and_(_R.grain == grain.value, _R.period.in_(periods))
                for grain, periods in by_grain.items()
            )
        ),
    )
