"""API v1: delivery analytics, read from the rollups (docs/analytics.md)."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import Field

from parceltrail.domain.analytics import Percentiles, PeriodBasis, Summary
from parceltrail.services import analytics
from parceltrail.web.api.analytics_tables import datasets
from parceltrail.web.api.deps import AppDep, UowDep, UserDep
from parceltrail.web.api.schemas import Answer
from parceltrail.web.errors import answers

router = APIRouter(prefix="/api/v1")
DEFAULT_DAYS = 30


class DaysOut(Answer):
    """Nearest-rank percentiles of whole days (null when nothing was measured)."""

    p50: int | None
    p80: int | None
    p95: int | None
    samples: int


class OnTimeOut(Answer):
    early: int
    on_time: int
    late: int
    overdue: int


class ExceptionsOut(Answer):
    customs_held: int
    failed_attempt: int
    returned: int
    lost: int
    damaged: int


class EtaAccuracyOut(Answer):
    milestone: str
    judged: int
    held_rate: float | None
    median_error_days: int | None


class FiguresOut(Answer):
    shipments: int
    delivered: int
    in_flight: int
    delivery_rate: float | None
    processing_days: DaysOut
    processing_business_days: DaysOut
    first_scan_days: DaysOut
    first_scan_business_days: DaysOut
    transit_days: DaysOut
    transit_business_days: DaysOut
    order_to_delivery_days: DaysOut
    order_to_delivery_business_days: DaysOut
    on_time: OnTimeOut
    on_time_rate: float | None
    first_attempt_rate: float | None
    exception_rate: float | None
    exceptions: ExceptionsOut
    reporting_lag_hours: DaysOut
    eta_accuracy: list[EtaAccuracyOut]
    problems_found: int
    problems_found_first_rate: float | None


class PeriodOut(Answer):
    """Days, both included, of the shipments' dispatch, order or delivery (``by``)."""

    from_: date = Field(alias="from")
    to: date
    by: PeriodBasis


class FiltersOut(Answer):
    carrier: str | None
    service: str | None
    origin: str | None
    destination: str | None
    seller: str | None


class SummaryOut(FiguresOut):
    period: PeriodOut
    filters: FiltersOut
    previous: FiguresOut  # the period of the same length just before


def days_out(p: Percentiles) -> dict[str, Any]:
    return {"p50": p.p50, "p80": p.p80, "p95": p.p95, "samples": p.samples}


def figures(s: Summary) -> dict[str, Any]:
    """The API's words for every metric of a summary (the pages' JSON export too)."""
    spans = {}
    for name in ("processing", "first_scan", "transit", "order_to_delivery"):
        spans[f"{name}_days"] = days_out(s.days(name))
        spans[f"{name}_business_days"] = days_out(s.days(name, "bus"))
    return {
        "shipments": s.count("shipments"),
        "delivered": s.count("delivered"),
        "in_flight": s.in_flight,
        "delivery_rate": s.delivery_rate,
        **spans,
        "on_time": {k: s.count(k) for k in ("early", "on_time", "late", "overdue")},
        "on_time_rate": s.on_time_rate,
        "first_attempt_rate": s.first_attempt_rate,
        "exception_rate": s.exception_rate,
        "exceptions": s.exceptions,
        "reporting_lag_hours": days_out(s.lag_hours),
        "eta_accuracy": [
            {
                "milestone": a.milestone,
                "judged": a.judged,
                "held_rate": a.held_rate,
                "median_error_days": a.median_error_days,
            }
            for a in s.eta_accuracy
        ],
        "problems_found": s.count("problems"),
        "problems_found_first_rate": s.problems_first_rate,
    }


Country = Annotated[
    str | None, Query(pattern="^[A-Z]{2}$", description="ISO country code, e.g. CN")
]


def query_of(
    today: date,
    first: date | None,
    last: date | None,
    by: PeriodBasis = PeriodBasis.DISPATCH,
    **filters: str | None,
) -> analytics.Query:
    """The period (the last 30 days by default) and the filters that are set."""
    last = last or today
    first = first or last - timedelta(days=DEFAULT_DAYS - 1)
    given = {k: v for k, v in filters.items() if v}
    return analytics.Query(first, last, basis=by, **given)


def chosen_query(
    app: AppDep,
    uow: UowDep,
    user: UserDep,
    first: Annotated[date | None, Query(alias="from", description="First day")] = None,
    last: Annotated[date | None, Query(alias="to", description="Last day")] = None,
    by: Annotated[
        PeriodBasis,
        Query(description="Which day puts a shipment in the period: dispatch, order or delivery"),
    ] = PeriodBasis.DISPATCH,
    carrier: Annotated[str | None, Query(max_length=64)] = None,
    service: Annotated[str | None, Query(max_length=32)] = None,
    origin: Country = None,
    destination: Country = None,
    seller: Annotated[
        str | None, Query(max_length=254, description="Admins only: a seller's e-mail or id")
    ] = None,
) -> analytics.Query:
    """The period and filters every analytics answer takes (the summary's and the tables')."""
    if user.is_admin:  # an admin names the seller by e-mail or id; a seller is always their own
        chosen = analytics.seller_chosen(uow=uow, user=user, text=seller or "")
        seller = chosen.id if chosen else None
    elif seller == user.email:  # a seller naming themselves as an admin would
        seller = user.id
    return query_of(
        app.clock().date(),
        first,
        last,
        by,
        carrier=carrier,
        service=service,
        origin=origin,
        destination=destination,
        seller=seller,
    )


QueryDep = Annotated[analytics.Query, Depends(chosen_query)]


def chosen(query: analytics.Query) -> dict[str, Any]:
    """The period and filters an answer was read for."""
    return {
        "period": {"from": query.first, "to": query.last, "by": query.basis},
        "filters": {
            "carrier": query.carrier,
            "service": query.service,
            "origin": query.origin,
            "destination": query.destination,
            "seller": query.seller,
        },
    }


@router.get(
    "/analytics/summary",
    tags=["analytics"],
    response_model=SummaryOut,
    responses=answers(401, 403, 422),
)
def summary(uow: UowDep, user: UserDep, query: QueryDep) -> dict[str, Any]:
    """Delivery figures of the shipments dispatched (or ordered, or delivered: `by`) from `from`
    to `to` (the last 30 days by default), and of the period of the same length before: a
    seller's own, everyone's for an admin (or one seller's with `seller`). By delivery day only
    delivered shipments are counted."""
    current, before = analytics.summary(uow=uow, user=user, query=query)
    return summary_answer(current, before, query)


def summary_answer(current: Summary, before: Summary, query: analytics.Query) -> dict[str, Any]:
    """The summary's answer (the pages' ``summary.json`` too): the period's figures, the
    period and filters, and the figures of the period before."""
    return {**figures(current), **chosen(query), "previous": figures(before)}


class TableName(StrEnum):
    """The analytics pages' tables, one per chart (and the key figures, the durations and the
    ETA's accuracy)."""

    KPIS = "kpis"
    WEEKLY = "weekly"
    CARRIERS = "carriers"
    LANES = "lanes"
    HEATMAP = "heatmap"
    EXCEPTIONS = "exceptions"
    SERVICES = "services"
    DURATIONS = "durations"
    ETA_ACCURACY = "eta_accuracy"


class TableOut(Answer):
    """One table of the analytics pages: its columns, and a record per row."""

    name: TableName
    period: PeriodOut
    filters: FiltersOut
    columns: list[str]
    rows: list[dict[str, Any]]


@router.get(
    "/analytics/tables/{name}",
    tags=["analytics"],
    response_model=TableOut,
    responses=answers(401, 403, 422),
)
def table(name: TableName, uow: UowDep, user: UserDep, query: QueryDep) -> dict[str, Any]:
    """The numbers of one of the analytics pages' charts, with the same filters as the
    summary: the key figures against the previous period (`kpis`), the weeks (`weekly`), early,
    on time, late and still overdue per carrier (`carriers`), the busiest lanes' transit days
    (`lanes`), on-time rate per carrier and destination (`heatmap`), exception reasons
    (`exceptions`), shipments, deliveries and rates per service (`services`), the durations'
    percentiles in calendar and business days (`durations`) and the ETA's accuracy per
    milestone (`eta_accuracy`), each with the previous period's where the page shows it."""
    found = datasets(analytics.report(uow=uow, user=user, query=query))[name.value]
    return {"name": name, **chosen(query), "columns": list(found.columns), "rows": found.records()}
