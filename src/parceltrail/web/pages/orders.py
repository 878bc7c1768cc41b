"""My Orders and the order detail page (the viewer's own orders only: the services check),
the helpers of the order page's forms, and the seller's dispatch form with live detection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from starlette.responses import RedirectResponse, Response

from parceltrail.domain.disputes import Reason
from parceltrail.domain.errors import (
    Conflict,
    InvalidTrackingNumber,
    ParceltrailError,
    TrackingNumberTaken,
    ValidationFailed,
)
from parceltrail.domain.eta import Eta
from parceltrail.domain.explain import Explanation
from parceltrail.domain.numbers import Carrier, carrier_tracking_url, detect, load_directory
from parceltrail.domain.shipments import Shipment
from parceltrail.domain.words import Words
from parceltrail.services import browse
from parceltrail.services import disputes as dispute_service
from parceltrail.services import messages as message_service
from parceltrail.services import orders as order_service
from parceltrail.services import tracking as tracking_service
from parceltrail.services.lookup import explain_tracking
from parceltrail.services.ports import UnitOfWork
from parceltrail.services.views import TrackingView
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages import card
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import Visitor, VisitorDep
from parceltrail.web.pages.trackings import carriers

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(alias="csrf_token", max_length=200)]
Field = Annotated[str, Form(max_length=1000)]


@dataclass(frozen=True, slots=True)
class ShipmentPanel:
    view: TrackingView
    explanation: Explanation
    carrier_name: str | None
    carrier_url: str | None
    steps: tuple[card.Step, ...]
    eta: Eta | None
    # The directory's entry: its customer-service page, phone and e-mail, and its website.
    carrier_details: Carrier | None = None


# My Orders' tabs: (the filter's name, its label); "problems" is the problems-only switch.
TABS = (
    ("", "All"),
    ("not_shipped", "Awaiting dispatch"),
    ("shipped", "Shipped"),
    ("delivered", "Delivered"),
    ("problems", "Problems"),
)


@router.get("/orders")
def my_orders(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    status: str = Query("", max_length=40),
    q: str = Query("", max_length=100),
    problems: bool = False,
    page_number: int = Query(1, alias="page", ge=1, le=10_000),
) -> Response:
    user = who.require()
    listing = browse.orders(
        uow=uow, user=user, status=status or None, query=q, problems_only=problems, page=page_number
    )

    def query_for(number: int) -> str:
        params = {"status": status, "q": q, "problems": "1" if problems else "", "page": number}
        return urlencode({k: v for k, v in params.items() if v})

    unread = message_service.unread_counts(uow=uow, user=user, views=listing.views)
    cards = browse.order_cards(uow=uow, user=user, listing=listing)
    return page(
        request,
        who,
        "orders.html",
        listing=listing,
        cards=cards,
        tabs=TABS,
        tab="problems" if problems else status,
        unread=unread,
        status=status,
        q=q,
        problems=problems,
        query_for=query_for,
        show_buyer=user.role.value != "buyer",
        now=app.clock(),
    )


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
        steps=card.steps(view.shipment.state, domestic=card.domestic_lane(view)),
        eta=card.eta_shown(view),
        carrier_details=known,
    )


@router.get("/orders/{order_id}")
def order_detail(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    order_id: str,
    before: str = Query("", max_length=40),
) -> Response:
    return render_order(request, app, uow, who, order_id, before=before or None)


def render_order(
    request: Request,
    app: AppDep,
    uow: UnitOfWork,
    who: Visitor,
    order_id: str,
    *,
    error: Words | str | None = None,
    status_code: int = 200,
    before: str | None = None,
) -> Response:
    """The order page: shipments, protection, disputes and the message thread (read: marked
    read, committed); after a refused form, the page again with the reason (nothing committed)."""
    user = who.require()
    view = order_service.get_order(uow=uow, user=user, order_id=order_id[:40])
    panels = [_panel(uow, app, shipment, user.id) for shipment in view.shipments]
    order = view.order
    party = (
        "buyer"
        if user.id == order.buyer_id
        else "seller"
        if user.id == order.seller_id
        else "admin"
    )
    thread = message_service.thread(  # marks the thread read, committed with the request
        uow=uow, user=user, order_id=order.id, now=app.clock(), before=before
    )
    protection = dispute_service.get_protection(uow=uow, user=user, order_id=order.id)
    disputes = dispute_service.for_order(uow=uow, user=user, order_id=order.id)
    extend_left = app.periods.max_extension.days - (protection.extended_days if protection else 0)
    return page(
        request,
        who,
        "order.html",
        status_code=status_code,
        view=view,
        shipments=panels,
        can_dispatch=user.is_admin or order.seller_id == user.id,
        show_buyer=user.role.value != "buyer",
        party=party,
        thread=thread.messages,
        unread=thread.unread,
        older=thread.older,
        newest=thread.newest,
        protection=protection,
        disputes=disputes,
        extend_left=max(0, extend_left),
        can_open=party == "buyer"
        and bool(protection and protection.ends_at)
        and not any(not d.dispute.state.is_final for d in disputes),
        reasons=list(Reason),
        error=error,
        max_mb=app.settings.max_request_bytes // 2**20,
    )


def back_to_order(order_id: str, anchor: str) -> Response:
    return RedirectResponse(f"/orders/{order_id}#{anchor}", status_code=303)


def refused(
    request: Request,
    app: AppDep,
    uow: UnitOfWork,
    who: Visitor,
    order_id: str,
    exc: ParceltrailError,
) -> Response:
    """The order page saying why, when the viewer can fix it; otherwise the usual error page.
    The caller ran the refused attempt in a savepoint, so nothing of it is left to commit."""
    if not isinstance(exc, Conflict | ValidationFailed):
        raise exc
    return render_order(
        request, app, uow, who, order_id, error=exc.words, status_code=exc.http_status
    )


@router.get("/desk/orders/{order_id}/dispatch")
def dispatch_form(
    request: Request,
    uow: UowDep,
    who: VisitorDep,
    order_id: str,
    number: str = Query("", max_length=100, description="A suggested number, filled in"),
    created: bool = False,
) -> Response:
    user = who.require()
    view = browse.order_to_dispatch(uow=uow, user=user, order_id=order_id[:40])
    number = number.strip()
    return page(
        request,
        who,
        "dispatch.html",
        view=view,
        number=number,
        carrier="",
        service="",
        detection=detect(number) if number else None,
        error=None,
        done=None,
        carriers=carriers(),
        field_errors={},
        created=created,
    )


def field_of(exc: ParceltrailError) -> str | None:
    """The form field an error is about: the one it names, else the tracking number's own."""
    named = exc.details.get("field")
    if isinstance(named, str):
        return named
    if isinstance(exc, InvalidTrackingNumber | TrackingNumberTaken):
        return "tracking_number"
    return None


@router.post("/desk/orders/{order_id}/dispatch")
def dispatch(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    order_id: str,
    csrf: Csrf = "",
    tracking_number: Field = "",
    carrier: Field = "",
    action: Field = "dispatch",
    service: Field = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    view = browse.order_to_dispatch(uow=uow, user=user, order_id=order_id[:40])
    number = tracking_number.strip()[:100]
    form: dict[str, Any] = {
        "view": view,
        "number": number,
        "carrier": carrier[:64],
        "carriers": carriers(),
        "service": service[:32],
        "detection": detect(number) if number else None,
        "error": None,
        "done": None,
        "field_errors": {},
        "created": False,
    }
    if action == "check":
        return page(request, who, "dispatch.html", **form)
    try:
        with uow.savepoint():
            done = order_service.dispatch(
                uow=uow,
                seller=user,
                order_id=view.order.id,
                tracking_number=number,
                carrier=carrier or None,
                service=service or None,
                now=app.clock(),
                protection=app.periods.protection,
            )
    except ParceltrailError as exc:
        field = field_of(exc)
        return page(
            request,
            who,
            "dispatch.html",
            status_code=exc.http_status,
            **{**form, "error": exc.words, "field_errors": {field: exc.words} if field else {}},
        )
    shipment = done.shipment
    code = shipment.carrier
    known = load_directory().carrier(code) if code else None
    finished = {
        "number": shipment.tracking_number,
        "warnings": done.warnings,
        "carrier_name": known.name if known else code,
    }
    return page(request, who, "dispatch.html", **{**form, "done": finished})
