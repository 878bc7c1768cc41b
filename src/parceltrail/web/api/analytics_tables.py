"""The analytics tables: each chart's numbers (its accessible table, its CSV and JSON export on
the pages, and GET /api/v1/analytics/tables/{name}), built once from a report so that the
three never disagree (docs/analytics.md)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from parceltrail.domain.analytics import Percentiles, Summary, Tally, histogram, rate
from parceltrail.domain.eta import ETA_MILESTONES
from parceltrail.services import analytics

PARTS = ("early", "on_time", "late", "overdue")  # judged against the ETA shown at dispatch


@dataclass(frozen=True, slots=True)
class Dataset:
    name: str
    columns: tuple[str, ...]
    rows: list[list[Any]]

    def csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(["" if v is None else v for v in row] for row in self.rows)
        return out.getvalue()

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def kpis(s: Summary) -> dict[str, Any]:
    transit = s.days("transit")
    return {
        "shipments": s.count("shipments"),
        "delivered": s.count("delivered"),
        "in_flight": s.in_flight,
        "delivery_rate": s.delivery_rate,
        "on_time_rate": s.on_time_rate,
        "transit_p50": transit.p50,
        "transit_p80": transit.p80,
        "transit_p95": transit.p95,
        "order_to_delivery_p50": s.days("order_to_delivery").p50,
        "first_attempt_rate": s.first_attempt_rate,
        "exception_rate": s.exception_rate,
        "reporting_lag_p50": s.lag_hours.p50,
        "problems_first_rate": s.problems_first_rate,
        **{part: s.count(part) for part in PARTS},
        "problems": s.count("problems"),
    }


def _on_time(counts: Tally) -> float | None:
    judged = sum(counts.get(k, 0) for k in PARTS)
    return rate(counts.get("early", 0) + counts.get("on_time", 0), judged)


TRANSIT = ("transit_p50", "transit_p80", "transit_p95")


def _transit(counts: Tally) -> tuple[int | None, int | None, int | None]:
    """The week's transit percentiles (first scan to delivery, calendar days)."""
    p = Percentiles.of(histogram(counts, "transit_cal"))
    return p.p50, p.p80, p.p95


def datasets(report: analytics.Report) -> dict[str, Dataset]:
    now, before = kpis(report.current), kpis(report.previous)
    s = report.current
    lanes = sorted(report.lanes.items(), key=lambda item: -sum(item[1].values()))
    found = [
        Dataset(
            "kpis", ("metric", "value", "previous"), [[k, v, before[k]] for k, v in now.items()]
        ),
        Dataset(
            "weekly",
            ("week", "shipments", "delivered", "on_time_rate", *TRANSIT),
            [
                [
                    week.isoformat(),
                    c.get("shipments", 0),
                    c.get("delivered", 0),
                    _on_time(c),
                    *_transit(c),
                ]
                for week, c in report.weeks
            ],
        ),
        Dataset(
            "carriers",
            ("carrier", *PARTS, "on_time_rate"),
            [
                [carrier or "?", *(c.get(p, 0) for p in PARTS), _on_time(c)]
                for carrier, c in sorted(report.carriers.items())
            ],
        ),
        Dataset(
            "lanes",
            ("origin", "destination", "days", "parcels"),
            [
                [o or "?", d or "?", days, n]
                for (o, d), hist in lanes
                for days, n in sorted(hist.items())
            ],
        ),
        Dataset(
            "heatmap",
            ("carrier", "destination", "judged", "on_time_rate"),
            [
                [c or "?", d or "?", sum(v.get(p, 0) for p in PARTS), _on_time(v)]
                for (c, d), v in sorted(report.cells.items())
            ],
        ),
        Dataset(
            "services",
            (
                "service",
                "shipments",
                "delivered",
                "on_time_rate",
                "first_attempt_rate",
                "exception_rate",
            ),
            [
                [
                    service or "?",
                    c.get("shipments", 0),
                    c.get("delivered", 0),
                    _on_time(c),
                    rate(c.get("first_attempt", 0), c.get("delivered", 0)),
                    rate(c.get("with_exception", 0), c.get("shipments", 0)),
                ]
                for service, c in sorted(report.services.items())
            ],
        ),
        _exceptions(s, report.previous),
        _durations(s, report.previous),
        _eta_accuracy(s, report.previous),
    ]
    return {d.name: d for d in found}


def _exceptions(s: Summary, before: Summary) -> Dataset:
    """Each reason's count and share of the shipments, now and in the previous period."""
    return Dataset(
        "exceptions",
        ("kind", "shipments", "rate", "previous", "previous_rate"),
        [
            [
                kind,
                n,
                rate(n, s.count("shipments")),
                before.count(kind),
                rate(before.count(kind), before.count("shipments")),
            ]
            for kind, n in s.exceptions.items()
        ],
    )


def _spans(s: Summary) -> list[tuple[str, str, Percentiles]]:
    """Each duration in calendar and business days, then the carriers' reporting lag."""
    found = [
        (name, unit, s.days(name, kind))
        for name in ("processing", "first_scan", "transit", "order_to_delivery")
        for unit, kind in (("calendar", "cal"), ("business", "bus"))
    ]
    return [*found, ("reporting_lag", "hours", s.lag_hours)]


def _durations(s: Summary, before: Summary) -> Dataset:
    columns = (
        "measure",
        "unit",
        "p50",
        "p80",
        "p95",
        "samples",
        "previous_p50",
        "previous_p80",
        "previous_p95",
    )
    return Dataset(
        "durations",
        columns,
        [
            [name, unit, p.p50, p.p80, p.p95, p.samples, b.p50, b.p80, b.p95]
            for (name, unit, p), (_, _, b) in zip(_spans(s), _spans(before), strict=True)
        ],
    )


def _eta_accuracy(s: Summary, before: Summary) -> Dataset:
    """Per milestone measured from in either period (in the journey's order)."""
    now = {a.milestone: a for a in s.eta_accuracy}
    then = {a.milestone: a for a in before.eta_accuracy}
    columns = (
        "milestone",
        "judged",
        "held_rate",
        "median_error_days",
        "previous_judged",
        "previous_held_rate",
        "previous_median_error_days",
    )
    rows = []
    for milestone in ETA_MILESTONES:
        if milestone not in now and milestone not in then:
            continue
        a, b = now.get(milestone), then.get(milestone)
        rows.append(
            [
                milestone,
                a.judged if a else 0,
                a.held_rate if a else None,
                a.median_error_days if a else None,
                b.judged if b else 0,
                b.held_rate if b else None,
                b.median_error_days if b else None,
            ]
        )
    return Dataset("eta_accuracy", columns, rows)
