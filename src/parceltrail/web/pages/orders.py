"""My Orders and the order detail page: the viewer's own orders only (the services check)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from parceltrail.domain.explain import Explanation
from parceltrail.domain.numbers import carrier_tracking_url, load_directory
from parceltrail.domain.shipments import Shipment
from parceltrail.services import browse
from parceltrail.services import orders as order_service
from parceltrail.services import tracking as tracking_service
from parceltrail.services.lookup import explain_tracking
from parceltrail.services.ports import UnitOfWork
from parceltrail.services.views import TrackingView
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import VisitorDep

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class ShipmentPanel:
    view: TrackingView
    explanation: Explanation
    carrier_name: str | None
    carrier_url: str | None


@router.get("/orders")
def my_orders(
    request: Request, uow: UowDep, who: VisitorDep,
    status: str = Query("", max_length=40), q: str = Query("", max_length=100),
    problems: bool = False, page_number: int = Query(1, alias="page", ge=1, le=10_000),
) -> Response:
    user = who.require()
    listing = browse.orders(uow=uow, user=user, status=status or None, query=q,
                            problems_only=problems, page=page_number)

    def query_for(number: int) -> str:
        params = {"status": status, "q": q, "problems": "1" if problems else "", "page": number}
        return urlencode({k: v for k, v in params.items() if v})

    return page(request, who, "orders.html", listing=listing, statuses=browse.STATUS_FILTERS,
                status=status, q=q, problems=problems, query_for=query_for,
                show_buyer=user.role.value != "buyer")


def _panel(uow: UnitOfWork, app: AppDep, shipment: Shipment, viewer_id: str) -> ShipmentPanel:
    viewer = uow.users.get(viewer_id)
    now = app.clock()
    view = tracking_service.get_tracking(
        uow=uow, tracking_number=shipment.tracking_number, viewer=viewer, now=now
    )
    code = view.shipment.carrier
    known = load_directory().carrier(code) if code else None
    return ShipmentPanel(
        view=view,
        explanation=explain_tracking(view, now),
        carrier_name=known.name if known else code,
        carrier_url=carrier_tracking_url(code, shipment.tracking_number) if code else None,
    )


@router.get("/orders/{order_id}")
def order_detail(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, order_id: str
) -> Response:
    user = who.require()
    view = order_service.get_order(uow=uow, user=user, order_id=order_id[:40])
    panels = [_panel(uow, app, shipment, user.id) for shipment in view.shipments]
    can_dispatch = user.is_admin or view.order.seller_id == user.id
    return page(request, who, "order.html", view=view, shipments=panels,
                can_dispatch=can_dispatch, show_buyer=user.role.value != "buyer")
