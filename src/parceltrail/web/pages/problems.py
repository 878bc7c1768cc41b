"""The seller desk's problems page: shipments that need the seller's attention."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from parceltrail.domain.explain import SELLER_ADVICE
from parceltrail.services import browse
from parceltrail.services import messages as message_service
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import VisitorDep

router = APIRouter(include_in_schema=False)


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
                unread=unread, unread_by_order=unread, seller_advice=SELLER_ADVICE)
