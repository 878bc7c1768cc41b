"""The seller desk's problems page: shipments that need the seller's attention, and its
"add a new number" action (a replacement parcel, or the number a carrier handed it on under)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from starlette.responses import Response

from parceltrail.domain.errors import ParceltrailError
from parceltrail.domain.explain import SELLER_ADVICE
from parceltrail.domain.numbers import detect, load_directory
from parceltrail.services import browse
from parceltrail.services import messages as message_service
from parceltrail.services import orders as order_service
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.orders import field_of
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import VisitorDep
from parceltrail.web.pages.trackings import carriers

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(alias="csrf_token", max_length=200)]
Field = Annotated[str, Form(max_length=1000)]
# The two ways a shipment gets a new number: the seller sends another parcel (a new shipment
# of the same order), or the carrier passed this one on under a new number (a new leg).
KINDS = ("replacement", "handover")


@router.get("/desk/problems")
def problems(request: Request, app: AppDep, uow: UowDep, who: VisitorDep) -> Response:
    """Health verdicts (stale, lost, delayed, no information...) and carrier exceptions."""
    user = who.require()
    assessed = browse.problem_shipments(uow=uow, user=user, now=app.clock())
    reported = browse.problems(uow=uow, user=user)
    shown = {v.order_id for v in assessed}
    others = browse.Listing(
        [v for v in reported.views if v.order.id not in shown], reported.page, reported.has_more
    )
    unread = message_service.unread_counts(uow=uow, user=user, views=reported.views)
    return page(
        request,
        who,
        "problems.html",
        assessed=assessed,
        listing=others,
        unread=unread,
        unread_by_order=unread,
        seller_advice=SELLER_ADVICE,
    )


@router.get("/desk/shipments/{shipment_id}/number")
def new_number_form(request: Request, uow: UowDep, who: VisitorDep, shipment_id: str) -> Response:
    user = who.require()
    shipment, view = browse.shipment_to_renumber(uow=uow, user=user, shipment_id=shipment_id[:40])
    return page(
        request,
        who,
        "new_number.html",
        shipment=shipment,
        view=view,
        kind=KINDS[0],
        number="",
        carrier="",
        carriers=carriers(),
        field_errors={},
        error=None,
        done=None,
        detection=None,
    )


@router.post("/desk/shipments/{shipment_id}/number")
def add_number(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    shipment_id: str,
    csrf: Csrf = "",
    kind: Field = KINDS[0],
    tracking_number: Field = "",
    carrier: Field = "",
    suggested: Field = "",
) -> Response:
    """A replacement is dispatched as a new shipment of the order (the buyer is told, as for
    any dispatch); a handover continues this shipment, so its history stays one journey."""
    user = who.require()
    who.check_csrf(csrf)
    shipment, view = browse.shipment_to_renumber(uow=uow, user=user, shipment_id=shipment_id[:40])
    number = (suggested or tracking_number).strip()[:100]  # a suggestion clicked wins
    form: dict[str, Any] = {
        "shipment": shipment,
        "view": view,
        "kind": kind if kind in KINDS else KINDS[0],
        "number": number,
        "carrier": carrier[:64],
        "carriers": carriers(),
        "field_errors": {},
        "error": None,
        "done": None,
        "detection": detect(number) if number else None,
    }
    try:
        with uow.savepoint():
            if form["kind"] == "handover":
                continued = order_service.add_leg(
                    uow=uow,
                    seller=user,
                    shipment_id=shipment.id,
                    tracking_number=number,
                    carrier=carrier or None,
                    now=app.clock(),
                )
                code, added = continued.carrier, continued.tracking_number
            else:
                sent = order_service.dispatch(
                    uow=uow,
                    seller=user,
                    order_id=view.order.id,
                    tracking_number=number,
                    carrier=carrier or None,
                    now=app.clock(),
                    protection=app.periods.protection,
                )
                code, added = sent.shipment.carrier, sent.shipment.tracking_number
    except ParceltrailError as exc:
        field = field_of(exc)
        return page(
            request,
            who,
            "new_number.html",
            status_code=exc.http_status,
            **{**form, "error": exc.words, "field_errors": {field: exc.words} if field else {}},
        )
    known = load_directory().carrier(code) if code else None
    done = {"number": added, "carrier_name": known.name if known else code}
    return page(request, who, "new_number.html", **{**form, "done": done})
