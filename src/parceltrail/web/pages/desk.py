"""The seller desk: orders awaiting dispatch, dispatch with live detection, CSV, problems."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from starlette.responses import Response

from parceltrail.domain.errors import ParceltrailError, ValidationFailed
from parceltrail.domain.numbers import detect
from parceltrail.services import browse, bulk
from parceltrail.services import messages as message_service
from parceltrail.services import orders as order_service
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.public import carriers
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import VisitorDep

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(alias="csrf_token", max_length=200)]
Field = Annotated[str, Form(max_length=1000)]
MAX_CSV_BYTES = 1_000_000


@router.get("/desk")
def desk(request: Request, app: AppDep, uow: UowDep, who: VisitorDep) -> Response:
    user = who.require()
    waiting = browse.awaiting_dispatch(uow=uow, user=user)
    assessed = browse.problem_shipments(uow=uow, user=user, now=app.clock())
    reported = browse.problems(uow=uow, user=user)
    orders = {v.order_id for v in assessed if v.order_id} | {v.order.id for v in reported.views}
    return page(request, who, "desk.html", listing=waiting, problem_count=len(orders),
                problems_more=reported.has_more)


@router.get("/desk/problems")
def problems(request: Request, app: AppDep, uow: UowDep, who: VisitorDep) -> Response:
    """Health verdicts (stale, lost, delayed, no information...) and carrier exceptions."""
    user = who.require()
    assessed = browse.problem_shipments(uow=uow, user=user, now=app.clock())
    reported = browse.problems(uow=uow, user=user)
    shown = {v.order_id for v in assessed}
    others = browse.Listing([v for v in reported.views if v.order.id not in shown],
                            reported.page, reported.has_more)
    unread = message_service.unread_counts(uow=uow, user=user, views=reported.views)
    return page(request, who, "problems.html", assessed=assessed, listing=others,
                unread=unread, unread_by_order=unread)


@router.get("/desk/orders/{order_id}/dispatch")
def dispatch_form(request: Request, uow: UowDep, who: VisitorDep, order_id: str) -> Response:
    user = who.require()
    view = browse.order_to_dispatch(uow=uow, user=user, order_id=order_id[:40])
    return page(request, who, "dispatch.html", view=view, number="", carrier="", service="",
                detection=None, error=None, done=None, carriers=carriers())


@router.post("/desk/orders/{order_id}/dispatch")
def dispatch(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, order_id: str, csrf: Csrf = "",
    tracking_number: Field = "", carrier: Field = "", action: Field = "dispatch",
    service: Field = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    view = browse.order_to_dispatch(uow=uow, user=user, order_id=order_id[:40])
    number = tracking_number.strip()[:100]
    form: dict[str, Any] = {
        "view": view, "number": number, "carrier": carrier[:64], "carriers": carriers(),
        "service": service[:32],
        "detection": detect(number) if number else None, "error": None, "done": None,
    }
    if action == "check":
        return page(request, who, "dispatch.html", **form)
    try:
        done = order_service.dispatch(uow=uow, seller=user, order_id=view.order.id,
                                      tracking_number=number, carrier=carrier or None,
                                      service=service or None, now=app.clock(),
                                      protection=app.periods.protection)
    except ParceltrailError as exc:
        uow.rollback()
        return page(request, who, "dispatch.html", status_code=exc.http_status,
                    **{**form, "error": exc.message})
    uow.commit()
    shipment = done.shipment
    message = f"Dispatched as {shipment.tracking_number} ({shipment.carrier or 'carrier unknown'})."
    if done.warnings:
        message += " " + " ".join(done.warnings)
    return page(request, who, "dispatch.html", **{**form, "done": message})


@router.get("/desk/bulk")
def bulk_form(request: Request, uow: UowDep, who: VisitorDep) -> Response:
    user = who.require()
    browse.awaiting_dispatch(uow=uow, user=user)  # sellers only
    return page(request, who, "bulk.html", results=None, error=None)


@router.post("/desk/bulk")
def bulk_dispatch(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep,
    file: Annotated[UploadFile, File()], csrf: Csrf = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    browse.awaiting_dispatch(uow=uow, user=user)  # sellers only
    raw = file.file.read(MAX_CSV_BYTES + 1)
    try:
        if len(raw) > MAX_CSV_BYTES:
            raise ValidationFailed(f"the file is over {MAX_CSV_BYTES} bytes; split it")
        rows, refused = bulk.parse(raw.decode("utf-8", errors="replace"))
    except ValidationFailed as exc:
        return page(request, who, "bulk.html", status_code=422, results=None, error=exc.message)
    results = list(refused)
    for row in rows:  # one transaction per row: a bad row loses no other
        result = bulk.dispatch_row(uow=uow, seller=user, row=row, now=app.clock(),
                                   protection=app.periods.protection)
        if result.ok:
            uow.commit()
        else:
            uow.rollback()
        results.append(result)
    results.sort(key=lambda r: r.row.line)
    failed = [r for r in results if not r.ok]
    return page(request, who, "bulk.html", results=results, error=None,
                ok_count=len(results) - len(failed), failed_count=len(failed),
                failed_csv=_failed_csv(failed))


def _failed_csv(failed: list[bulk.RowResult]) -> str:
    if not failed:
        return ""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*bulk.COLUMNS, "error"])
    for r in failed:
        row = r.row
        carrier, service = row.carrier or "", row.service or ""
        writer.writerow([row.reference, row.number, carrier, service, r.message])
    return out.getvalue()
