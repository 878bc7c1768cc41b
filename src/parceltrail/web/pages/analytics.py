"""Analytics pages: a seller's (/desk/analytics) and an admin's (/admin/analytics).

Each chart is drawn from a ``Dataset`` (web/api/analytics_tables.py), which is also its
accessible table, its CSV and JSON export and the API's table, so they never disagree. Labels
are marked with ``N_`` and translated in the template.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from markupsafe import Markup
from starlette.exceptions import HTTPException
from starlette.responses import Response

from parceltrail.domain.analytics import EXCEPTION_KINDS, PeriodBasis
from parceltrail.domain.errors import PermissionDenied, ValidationFailed
from parceltrail.domain.users import User
from parceltrail.domain.words import N_, Words
from parceltrail.services import analytics
from parceltrail.web.api.analytics import figures, summary_answer
from parceltrail.web.api.analytics_tables import TRANSIT, Dataset, datasets
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages import charts, i18n
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import VisitorDep

router = APIRouter(include_in_schema=False)
DEFAULT_DAYS = 90
_FILE = re.compile(r"^([a-z_]{1,20})\.(csv|json)$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
Text = Annotated[str, Query(max_length=64)]
Seller = Annotated[str, Query(max_length=254)]  # an e-mail or a user id

TITLES = {
    "kpis": N_("Key figures"),
    "weekly": N_("Week by week"),
    "carriers": N_("Early, on time and late by carrier"),
    "lanes": N_("Transit time by lane (first scan to delivery)"),
    "heatmap": N_("On-time rate by carrier and destination"),
    "exceptions": N_("Exception reasons"),
    "services": N_("By service"),
    "durations": N_("How long each step took"),
    "eta_accuracy": N_("How accurate the ETA was"),
}
# The page's sentence for the period, and the choice of the day a period is by.
PERIOD_TEXTS = {
    PeriodBasis.DISPATCH: N_(
        "Shipments dispatched from %(first)s to %(last)s, compared with the same number of "
        "days before."
    ),
    PeriodBasis.ORDER: N_(
        "Shipments ordered from %(first)s to %(last)s, compared with the same number of days "
        "before."
    ),
    PeriodBasis.DELIVERY: N_(
        "Shipments delivered from %(first)s to %(last)s, compared with the same number of "
        "days before."
    ),
}
BASES = {
    PeriodBasis.DISPATCH: N_("Dispatch day"),
    PeriodBasis.ORDER: N_("Order day"),
    PeriodBasis.DELIVERY: N_("Delivery day"),
}
LABELS = {
    "metric": N_("Metric"),
    "value": N_("This period"),
    "previous": N_("Previous period"),
    "week": N_("Week from"),
    "shipments": N_("Shipments"),
    "delivered": N_("Delivered"),
    "on_time_rate": N_("On-time rate"),
    "carrier": N_("Carrier"),
    "early": N_("Early"),
    "on_time": N_("On time"),
    "late": N_("Late"),
    "overdue": N_("Still overdue"),
    "origin": N_("From"),
    "destination": N_("To"),
    "days": N_("Days"),
    "parcels": N_("Parcels"),
    "judged": N_("Judged"),
    "kind": N_("Reason"),
    "rate": N_("Rate"),
    "measure": N_("Step"),
    "calendar": N_("Calendar days"),
    "business": N_("Business days"),
    "p50": N_("p50"),
    "p80": N_("p80"),
    "p95": N_("p95"),
    "samples": N_("Parcels measured"),
    "milestone": N_("ETA measured from"),
    "held_rate": N_("Inside the 80% interval"),
    "median_error_days": N_("Median error (days)"),
    "in_flight": N_("In flight"),
    "delivery_rate": N_("Delivery rate"),
    "transit_p50": N_("Transit p50 (days)"),
    "transit_p80": N_("Transit p80 (days)"),
    "transit_p95": N_("Transit p95 (days)"),
    "order_to_delivery_p50": N_("Order to delivery p50 (days)"),
    "first_attempt_rate": N_("First-attempt delivery"),
    "exception_rate": N_("Exception rate"),
    "reporting_lag_p50": N_("Carrier reporting lag p50 (hours)"),
    "problems_first_rate": N_("Problems found before the buyer asked"),
    "processing": N_("Processing (order to dispatch)"),
    "first_scan": N_("Dispatch to first carrier scan"),
    "transit": N_("Transit (first scan to delivery)"),
    "order_to_delivery": N_("Order to delivery"),
    "customs_held": N_("Customs held"),
    "failed_attempt": N_("Failed attempt"),
    "returned": N_("Returned"),
    "lost": N_("Lost"),
    "damaged": N_("Damaged"),
    "dispatched": N_("Dispatch"),
    "accepted": N_("Accepted"),
    "departed_origin": N_("Departed origin"),
    "arrived_destination": N_("Arrived at destination"),
    "customs_cleared": N_("Customs cleared"),
    "handed_over": N_("Handed over"),
    "out_for_delivery": N_("Out for delivery"),
    "unit": N_("Unit"),
    "service": N_("Service"),
    "hours": N_("Hours"),
    "problems": N_("Parcels with a problem"),
    "reporting_lag": N_("Carrier reporting lag (event to parceltrail)"),
    "previous_p50": N_("p50 before"),
    "previous_p80": N_("p80 before"),
    "previous_p95": N_("p95 before"),
    "previous_rate": N_("Rate before"),
    "previous_judged": N_("Judged before"),
    "previous_held_rate": N_("Inside the interval before"),
    "previous_median_error_days": N_("Median error before (days)"),
}
RATES = frozenset(
    {
        "on_time_rate",
        "delivery_rate",
        "first_attempt_rate",
        "exception_rate",
        "problems_first_rate",
        "rate",
        "held_rate",
        "previous_rate",
        "previous_held_rate",
    }
)
TILES = (
    "shipments",
    "delivered",
    "in_flight",
    "on_time_rate",
    "transit_p50",
    "first_attempt_rate",
    "exception_rate",
    "problems_first_rate",
)
# The figures that are better when they fall: their tile's trend is coloured the other way.
LOWER_IS_BETTER = frozenset({"transit_p50", "exception_rate", "overdue", "late"})
# Volumes, neither better nor worse when they change: their trend is not coloured.
NEUTRAL = frozenset({"shipments", "delivered", "in_flight"})


def drawings(sets: dict[str, Dataset], gettext: Any) -> dict[str, Markup]:
    """The SVG of each chart, titled in the page's language."""
    t = gettext
    weekly, carriers, heat = sets["weekly"].rows, sets["carriers"].rows, sets["heatmap"].rows
    weeks = [row[0][5:] for row in weekly]
    found = {
        "weekly": charts.lines(
            t(TITLES["weekly"]),
            weeks,
            [
                (t(LABELS["shipments"]), [row[1] for row in weekly]),
                (t(LABELS["delivered"]), [row[2] for row in weekly]),
            ],
        ),
        "weekly_rate": charts.lines(
            t(LABELS["on_time_rate"]),
            weeks,
            [
                (t(LABELS["on_time_rate"]), [row[3] for row in weekly]),
            ],
            percent=True,
        ),
        "weekly_transit": charts.lines(
            t(LABELS["transit"]),
            weeks,
            [(t(LABELS[name]), [row[4 + i] for row in weekly]) for i, name in enumerate(TRANSIT)],
        ),
        "carriers": charts.stacked(
            t(TITLES["carriers"]),
            [(row[0], row[1:5]) for row in carriers],
            [
                (t(LABELS[p]), colour)
                for p, colour in zip(
                    ("early", "on_time", "late", "overdue"),
                    (charts.EARLY, charts.ON_TIME, charts.LATE, charts.OVERDUE),
                    strict=True,
                )
            ],
        ),
        "heatmap": charts.heatmap(
            t(TITLES["heatmap"]),
            sorted({row[0] for row in heat}),
            sorted({row[1] for row in heat}),
            {(row[0], row[1]): (row[3], row[2]) for row in heat},
        ),
        "exceptions": charts.bars(
            t(TITLES["exceptions"]),
            [(t(LABELS[row[0]]), row[1]) for row in sets["exceptions"].rows],
        ),
    }
    durations = sets["durations"].rows
    found["durations"] = charts.spans(
        t(TITLES["durations"]),
        [(t(LABELS[row[0]]), *row[2:5]) for row in durations if row[1] == "calendar"],
        t(LABELS["calendar"]),
    )
    found["eta_accuracy"] = charts.rates(
        t(LABELS["held_rate"]), [(t(LABELS[row[0]]), row[2]) for row in sets["eta_accuracy"].rows]
    )
    lanes: dict[str, list[tuple[str, int]]] = {}
    for origin, destination, days, n in sets["lanes"].rows:
        lanes.setdefault(f"{origin} → {destination}", []).append((str(days), n))
    for lane, rows in lanes.items():
        spread = dict(rows)
        top = max(int(d) for d in spread)
        found[f"lane {lane}"] = charts.bars(
            f"{t(TITLES['lanes'])}: {lane}",
            [(str(d), spread.get(str(d), 0)) for d in range(top + 1)],
            vertical=True,
        )
    return found


def _day(text: str, name: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationFailed(
            Words("{name} is not a date such as 2026-03-02", name=name), field=name
        ) from None


def _basis(text: str) -> PeriodBasis:
    try:
        return PeriodBasis(text or PeriodBasis.DISPATCH)
    except ValueError:
        choices = ", ".join(basis.value for basis in PeriodBasis)
        raise ValidationFailed(f"by is one of {choices}", field="by") from None


def query_of(
    today: date, first: str, last: str, seller: str | None, by: str = "", **filters: str
) -> analytics.Query:
    """The form's period (the last 90 days by default, by dispatch day unless ``by`` says
    order or delivery) and the filters chosen."""
    end = _day(last, "to") or today
    start = _day(first, "from") or end - timedelta(days=DEFAULT_DAYS - 1)
    basis = _basis(by)
    for name in ("origin", "destination"):
        if filters[name] and not _COUNTRY.match(filters[name]):
            raise ValidationFailed(
                Words("{name} is a country code such as CN", name=name), field=name
            )
    given = {k: v for k, v in filters.items() if v}
    return analytics.Query(start, end, seller=seller or None, basis=basis, **given)


def _context(report: analytics.Report, area: str, gettext: Any) -> dict[str, Any]:
    sets = datasets(report)
    q = report.query
    by = q.basis.value if q.basis is not PeriodBasis.DISPATCH else None
    params = {
        "from": q.first.isoformat(),
        "to": q.last.isoformat(),
        "by": by,
        "carrier": q.carrier,
        "service": q.service,
        "origin": q.origin,
        "destination": q.destination,
        "seller": q.seller if area == "admin" else None,
    }
    return {
        "area": area,
        "sets": sets,
        "drawn": drawings(sets, gettext),
        "titles": TITLES,
        "labels": LABELS,
        "rates": RATES,
        "query": q,
        "choices": report.choices,
        "kinds": tuple(EXCEPTION_KINDS),
        "params": {k: v for k, v in params.items() if v},
        "summary": figures(report.current),
        "tiles": tiles(sets["kpis"]),
        "shown": shown,
        "bases": BASES,
        "period_text": PERIOD_TEXTS[q.basis],
    }


def _report(
    uow: UowDep, user: User, app: AppDep, area: str, form: dict[str, str]
) -> tuple[analytics.Report, User | None]:
    """The page's figures, and the seller an admin chose (by e-mail or id)."""
    if area == "admin" and not user.is_admin:
        raise PermissionDenied(N_("this page is for admins"))
    text = form.pop("seller").strip()
    chosen = analytics.seller_chosen(uow=uow, user=user, text=text) if area == "admin" else None
    seller = chosen.id if chosen else (None if area == "admin" else user.id)  # desk: one's own
    first, last, by = form.pop("from"), form.pop("to"), form.pop("by")
    query = query_of(app.clock().date(), first, last, seller, by, **form)
    return analytics.report(uow=uow, user=user, query=query), chosen


def _form(
    first: str,
    last: str,
    by: str,
    carrier: str,
    service: str,
    origin: str,
    destination: str,
    seller: str,
) -> dict[str, str]:
    return {
        "from": first,
        "to": last,
        "by": by,
        "carrier": carrier,
        "service": service,
        "origin": origin,
        "destination": destination,
        "seller": seller,
    }


@router.get("/desk/analytics")
@router.get("/admin/analytics")
def analytics_page(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    first: Annotated[str, Query(alias="from", max_length=10)] = "",
    last: Annotated[str, Query(alias="to", max_length=10)] = "",
    by: Annotated[str, Query(max_length=10)] = "",
    carrier: Text = "",
    service: Text = "",
    origin: Text = "",
    destination: Text = "",
    seller: Seller = "",
) -> Response:
    area = "admin" if request.url.path.startswith("/admin") else "desk"
    form = _form(first, last, by, carrier, service, origin, destination, seller)
    report, chosen = _report(uow, who.require(), app, area, form)
    gettext = page_gettext(request)
    context = _context(report, area, gettext)
    return page(request, who, "analytics.html", **context, seller=chosen)


@router.get("/desk/analytics/{file}")
@router.get("/admin/analytics/{file}")
def analytics_export(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    file: str,
    first: Annotated[str, Query(alias="from", max_length=10)] = "",
    last: Annotated[str, Query(alias="to", max_length=10)] = "",
    by: Annotated[str, Query(max_length=10)] = "",
    carrier: Text = "",
    service: Text = "",
    origin: Text = "",
    destination: Text = "",
    seller: Seller = "",
) -> Response:
    """One chart's numbers as CSV or JSON; ``summary.json`` is the API's summary."""
    match = _FILE.match(file)
    area = "admin" if request.url.path.startswith("/admin") else "desk"
    form = _form(first, last, by, carrier, service, origin, destination, seller)
    report, _ = _report(uow, who.require(), app, area, form)
    sets = datasets(report)
    name, kind = match.groups() if match else ("", "")
    headers = {"Content-Disposition": f'attachment; filename="analytics-{file}"'}
    if name == "summary" and kind == "json":
        answer = summary_answer(report.current, report.previous, report.query)
        body = json.dumps(answer, indent=1, default=str)
        return Response(body, media_type="application/json", headers=headers)
    if name not in sets:
        raise HTTPException(404, "There is no such export.")
    if kind == "csv":
        return Response(sets[name].csv(), media_type="text/csv; charset=utf-8", headers=headers)
    body = json.dumps(sets[name].records(), indent=1)
    return Response(body, media_type="application/json", headers=headers)


def page_gettext(request: Request) -> Any:
    return i18n.translations(i18n.language_of(request)).gettext


def shown(value: Any, key: str) -> str:
    """A figure as the tables and tiles write it: rates in per cent, nothing as a dash."""
    if value is None:
        return "–"
    if key in RATES:
        return f"{value:.1%}"
    return str(value)


def tiles(kpis: Dataset) -> list[dict[str, Any]]:
    """The KPI tiles: the value, the previous period's, and which way it went."""
    found = []
    for key, value, before in kpis.rows:
        if key not in TILES:
            continue
        change = None if value is None or before is None else value - before
        if change is None:
            trend = ""
        elif key in RATES:
            trend = f"{change * 100:+.1f} pt"
        else:
            trend = f"{change:+d}"
        direction = "flat" if not change else ("up" if change > 0 else "down")
        better = (change or 0) < 0 if key in LOWER_IS_BETTER else (change or 0) > 0
        verdict = "" if not change or key in NEUTRAL else ("better" if better else "worse")
        found.append(
            {
                "key": key,
                "value": shown(value, key),
                "previous": shown(before, key),
                "trend": trend,
                "direction": direction,
                "verdict": verdict,
            }
        )
    return found
