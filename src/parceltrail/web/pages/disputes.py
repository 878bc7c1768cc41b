"""The order page's protection and dispute forms, and the admin's dispute queue.

Each form posts with the session's CSRF token and calls a service with the viewer, which
decides who may do what. Done: back to the order page (303). Refused for a reason the viewer
can fix (409, 422): the order page again, saying why. Not theirs: 403/404 as anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Annotated

from fastapi import APIRouter, Form, Request
from starlette.responses import RedirectResponse, Response

from parceltrail.bootstrap import App
from parceltrail.domain.disputes import Action, Reason
from parceltrail.domain.errors import (
    ParceltrailError,
    ValidationFailed,
)
from parceltrail.domain.words import N_, Words
from parceltrail.services import disputes as dispute_service
from parceltrail.services import messages as message_service
from parceltrail.services.ports import UnitOfWork
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.pages.orders import back_to_order, refused
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import Visitor, VisitorDep

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(alias="csrf_token", max_length=200)]
Short = Annotated[str, Form(max_length=100)]
Note = Annotated[str, Form(max_length=5000)]
ASK_EXTENSION = (
    "Could you extend my buyer protection for this order? The parcel has not arrived yet."
)


def _amount(text: str) -> Decimal | None:
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned[:20])
    except InvalidOperation:
        raise ValidationFailed(
            Words("{amount!r} is not an amount like 12.50", amount=cleaned[:20])
        ) from None


def _days(text: str) -> int:
    if not text.strip().isdigit():
        raise ValidationFailed(N_("give the extension as a number of days"))
    return int(text.strip()[:4])


def _reason(text: str) -> Reason:
    if text not in {r.value for r in Reason}:
        raise ValidationFailed(N_("choose a reason for the dispute"))
    return Reason(text)


def _action(text: str) -> Action:
    if text not in {a.value for a in Action}:
        raise ValidationFailed(N_("choose what to do with the dispute"))
    return Action(text)


def _attempt(
    request: Request,
    app: App,
    uow: UnitOfWork,
    who: Visitor,
    order_id: str,
    change: Callable[[], object],
    done: Response,
) -> Response:
    """Make the change in a savepoint and answer ``done``; when it is refused for a reason the
    viewer can fix, the order page saying why, with nothing of the attempt left to commit."""
    try:
        with uow.savepoint():
            change()
    except ParceltrailError as exc:
        return refused(request, app, uow, who, order_id, exc)
    return done


@router.post("/orders/{order_id}/confirm")
def confirm(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, order_id: str, csrf: Csrf = ""
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    return _attempt(
        request,
        app,
        uow,
        who,
        order_id,
        lambda: dispute_service.confirm_receipt(
            uow=uow, user=user, order_id=order_id[:40], now=app.clock()
        ),
        back_to_order(order_id, "protection"),
    )


@router.post("/orders/{order_id}/protection/extend")
def extend(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    order_id: str,
    csrf: Csrf = "",
    days: Short = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    return _attempt(
        request,
        app,
        uow,
        who,
        order_id,
        lambda: dispute_service.extend_protection(
            uow=uow, user=user, order_id=order_id[:40], days=_days(days), periods=app.periods
        ),
        back_to_order(order_id, "protection"),
    )


@router.post("/orders/{order_id}/protection/request")
def ask_extension(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, order_id: str, csrf: Csrf = ""
) -> Response:
    """The buyer asks the seller to extend: a message in the thread, which notifies them."""
    user = who.require()
    who.check_csrf(csrf)
    return _attempt(
        request,
        app,
        uow,
        who,
        order_id,
        lambda: message_service.post(
            uow=uow, user=user, order_id=order_id[:40], body=ASK_EXTENSION, now=app.clock()
        ),
        back_to_order(order_id, "messages"),
    )


@router.post("/orders/{order_id}/disputes")
def open_dispute(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    order_id: str,
    csrf: Csrf = "",
    reason: Short = "",
    requested: Short = "",
    note: Note = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    return _attempt(
        request,
        app,
        uow,
        who,
        order_id,
        lambda: dispute_service.open_dispute(
            uow=uow,
            user=user,
            order_id=order_id[:40],
            reason=_reason(reason),
            requested=_amount(requested),
            note=note or None,
            now=app.clock(),
            periods=app.periods,
        ),
        back_to_order(order_id, "disputes"),
    )


@router.post("/disputes/{dispute_id}/actions")
def act(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    dispute_id: str,
    csrf: Csrf = "",
    action: Short = "",
    amount: Short = "",
    note: Note = "",
    back: Short = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    dispute, _ = dispute_service.get_dispute(uow=uow, user=user, dispute_id=dispute_id[:40])
    done = (
        RedirectResponse("/admin/disputes", status_code=303)
        if back == "queue"
        else back_to_order(dispute.order_id, "disputes")
    )
    return _attempt(
        request,
        app,
        uow,
        who,
        dispute.order_id,
        lambda: dispute_service.act(
            uow=uow,
            user=user,
            dispute_id=dispute.id,
            action=_action(action),
            amount=_amount(amount),
            note=note or None,
            now=app.clock(),
            periods=app.periods,
        ),
        done,
    )


@router.get("/admin/disputes")
def queue(request: Request, uow: UowDep, who: VisitorDep) -> Response:
    found = dispute_service.admin_queue(uow=uow, user=who.require())
    return page(request, who, "admin_disputes.html", disputes=found)
