"""The seller desk's bulk dispatch: a CSV of orders and numbers, one savepoint per row."""

from __future__ import annotations

import csv
import io
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from starlette.responses import Response

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.words import Words
from parceltrail.services import browse, bulk
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import VisitorDep

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(alias="csrf_token", max_length=200)]
MAX_CSV_BYTES = 1_000_000


@router.get("/desk/bulk")
def bulk_form(request: Request, uow: UowDep, who: VisitorDep) -> Response:
    user = who.require()
    browse.awaiting_dispatch(uow=uow, user=user)  # sellers only
    return page(request, who, "bulk.html", results=None, error=None)


@router.post("/desk/bulk")
def bulk_dispatch(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    file: Annotated[UploadFile, File()],
    csrf: Csrf = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    browse.awaiting_dispatch(uow=uow, user=user)  # sellers only
    raw = file.file.read(MAX_CSV_BYTES + 1)
    try:
        if len(raw) > MAX_CSV_BYTES:
            raise ValidationFailed(
                Words("the file is over {most} bytes; split it", most=MAX_CSV_BYTES)
            )
        rows, refused = bulk.parse(raw.decode("utf-8", errors="replace"))
    except ValidationFailed as exc:
        return page(request, who, "bulk.html", status_code=422, results=None, error=exc.words)
    results = list(refused)
    for row in rows:  # a savepoint per row: a bad row is undone alone and loses no other
        results.append(
            bulk.dispatch_row(
                uow=uow, seller=user, row=row, now=app.clock(), protection=app.periods.protection
            )
        )
    results.sort(key=lambda r: r.row.line)
    failed = [r for r in results if not r.ok]
    return page(
        request,
        who,
        "bulk.html",
        results=results,
        error=None,
        ok_count=len(results) - len(failed),
        failed_count=len(failed),
        failed_csv=_failed_csv(failed),
    )


def _failed_csv(failed: list[bulk.RowResult]) -> str:
    if not failed:
        return ""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*bulk.COLUMNS, "error"])
    for r in failed:
        row = r.row
        carrier, service = row.carrier or "", row.service or ""
        writer.writerow([row.reference, row.number, carrier, service, str(r.message)])
    return out.getvalue()
