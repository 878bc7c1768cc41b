"""Health verdicts, ETAs, lane statistics and sweep marks, over SQLAlchemy Core."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, Select, delete, insert, literal, select, tuple_

from parceltrail.domain.eta import Basis, Eta, Lane, Spread
from parceltrail.domain.health import INFORMATIONAL, Health, Problem
from parceltrail.domain.health_records import HealthRecord, Mark
from parceltrail.domain.status import Status
from parceltrail.domain.words import Words
from parceltrail.storage.driver import Driver, InList
from parceltrail.storage.lanes_cache import LaneSpreadCache
from parceltrail.storage.repositories import chunks
from parceltrail.storage.sweep_marks import SweepMarks
from parceltrail.storage.tables import (
    lane_stats,
    orders,
    shipment_health,
    shipments,
)
from parceltrail.storage.types import UTCDateTime


def _record(row: Row[Any]) -> HealthRecord:
    eta = None
    if row.eta_likely is not None:
        eta = Eta(
            row.eta_earliest,
            row.eta_likely,
            row.eta_latest,
            Basis(row.eta_basis),
            row.eta_from,
            row.eta_samples,
            Lane.from_key(row.eta_lane) if row.eta_lane else None,
        )
    health = Health(
        Problem(row.problem) if row.problem else None,
        row.problem_since,
        row.explanation,
        row.recheck_at,
        Words.from_json(row.explanation_words),
    )
    lane = Lane(row.origin_country, row.destination_country, row.carrier, row.service)
    return HealthRecord(row.shipment_id, health, eta, lane, row.assessed_at)


def _values(record: HealthRecord) -> dict[str, Any]:
    health, eta = record.health, record.eta
    return {
        "shipment_id": record.shipment_id,
        "problem": health.problem.value if health.problem else None,
        "problem_since": health.since,
        "explanation": health.explanation,
        "explanation_words": health.words.to_json() if health.words else None,
        "recheck_at": health.recheck_at,
        "eta_earliest": eta.earliest if eta else None,
        "eta_likely": eta.likely if eta else None,
        "eta_latest": eta.latest if eta else None,
        "eta_basis": eta.basis.value if eta else None,
        "eta_from": eta.measured_from if eta else None,
        "eta_samples": eta.samples if eta else 0,
        "eta_lane": eta.lane.key() if eta and eta.lane else None,
        "origin_country": record.lane.origin,
        "destination_country": record.lane.destination,
        "carrier": record.lane.carrier,
        "service": record.lane.service,
        "assessed_at": record.assessed_at,
    }


def _lane_stats_query(in_list: InList) -> Select[Any]:
    return select(
        lane_stats.c.lane,
        lane_stats.c.milestone,
        lane_stats.c.p10_days,
        lane_stats.c.p50_days,
        lane_stats.c.p90_days,
        lane_stats.c.samples,
    ).where(in_list(lane_stats.c.lane))


class SqlHealthRepository(SweepMarks):
    def __init__(
        self, connection: Connection, seen: list[Any], lanes: LaneSpreadCache | None = None
    ) -> None:
        self._db = connection
        self._driver = Driver(connection)
        self._lanes = lanes
        self.lanes_written = False  # the unit of work clears the cache after its commit

    def candidates(
        self, *, now: datetime, after: Mark | None, limit: int
    ) -> tuple[list[str], Mark | None]:
        due = select(shipment_health.c.shipment_id).where(shipment_health.c.recheck_at <= now)
        found = list(self._db.execute(due.limit(limit)).scalars())
        changed = select(shipments.c.id, shipments.c.updated_at).order_by(
            shipments.c.updated_at, shipments.c.id
        )
        if after is not None:
            at, after_id = after
            # A row-value comparison, so both databases walk the (updated_at, id) index
            # from the mark instead of scanning for an OR.
            changed = changed.where(
                tuple_(shipments.c.updated_at, shipments.c.id)
                > tuple_(literal(at, UTCDateTime()), literal(after_id))
            )
        rows = self._db.execute(changed.limit(limit)).all()
        cut = (rows[-1].updated_at, rows[-1].id) if len(rows) == limit else None
        return list(dict.fromkeys(found + [row.id for row in rows])), cut

    def many(self, shipment_ids: Sequence[str]) -> dict[str, HealthRecord]:
        found: dict[str, HealthRecord] = {}
        for part in chunks(shipment_ids):
            query = select(shipment_health).where(shipment_health.c.shipment_id.in_(part))
            found.update({row.shipment_id: _record(row) for row in self._db.execute(query)})
        return found

    def save(self, records: Sequence[HealthRecord]) -> None:
        ids = [record.shipment_id for record in records]
        for part in chunks(ids):
            self._db.execute(delete(shipment_health).where(shipment_health.c.shipment_id.in_(part)))
        if records:
            self._db.execute(insert(shipment_health), [_values(record) for record in records])

    def lane_spreads(self, lanes: Sequence[str]) -> dict[str, Mapping[str, Spread]]:
        """What was learned on these lane keys (those with anything), through the cache
        unless this transaction has written lane statistics itself."""
        cache = None if self.lanes_written else self._lanes
        if cache is None:
            return self._read_lanes(lanes)
        generation = cache.generation
        found, missing = cache.known(lanes)
        if missing:
            read = self._read_lanes(missing)
            cache.remember(generation, missing, read)
            found.update(read)
        return found

    def _read_lanes(self, lanes: Sequence[str]) -> dict[str, Mapping[str, Spread]]:
        found: dict[str, dict[str, Spread]] = {}
        rows = self._driver.select_listed(_lane_stats_query, set(lanes))
        for lane, milestone, p10, p50, p90, samples in rows:
            found.setdefault(lane, {})[milestone] = Spread(p10, p50, p90, samples)
        return dict(found)

    def save_lane(self, lane: str, spreads: dict[str, Spread], now: datetime) -> None:
        self.lanes_written = True
        self._db.execute(delete(lane_stats).where(lane_stats.c.lane == lane))
        if spreads:
            self._db.execute(
                insert(lane_stats),
                [
                    {
                        "lane": lane,
                        "milestone": milestone,
                        "p10_days": s.p10,
                        "p50_days": s.p50,
                        "p90_days": s.p90,
                        "samples": s.samples,
                        "updated_at": now,
                    }
                    for milestone, s in spreads.items()
                ],
            )

    def recently_delivered(self, since: datetime, limit: int) -> list[str]:
        query = (
            select(shipments.c.id)
            .where(shipments.c.status == Status.DELIVERED.value, shipments.c.delivered_at >= since)
            .order_by(shipments.c.delivered_at.desc())
            .limit(limit)
        )
        return list(self._db.execute(query).scalars())

    def with_problems(self, *, seller_id: str | None, problem: str | None, limit: int) -> list[str]:
        query = (
            select(shipment_health.c.shipment_id)
            .join(shipments, shipments.c.id == shipment_health.c.shipment_id)
            .order_by(shipment_health.c.problem_since.desc())
            .limit(limit)
        )
        if problem is not None:
            query = query.where(shipment_health.c.problem == problem)
        else:
            query = query.where(
                shipment_health.c.problem.is_not(None),
                shipment_health.c.problem.not_in([p.value for p in INFORMATIONAL]),
            )
        if seller_id is not None:
            query = query.join(orders, orders.c.id == shipments.c.order_id).where(
                orders.c.seller_id == seller_id
            )
        return list(self._db.execute(query).scalars())
