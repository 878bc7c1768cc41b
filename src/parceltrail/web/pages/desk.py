"""The seller desk: orders awaiting dispatch (dispatch: pages/orders.py; CSV: pages/bulk.py;
problems: pages/problems.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from starlette.responses import Response

from parceltrail.services import browse
from parceltrail.web.api.deps import AppDep, UowDep
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
