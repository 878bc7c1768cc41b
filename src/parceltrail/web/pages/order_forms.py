"""The order page's forms: messages, protection, disputes; and the admin's dispute queue.

Each form posts with the session's CSRF token and calls a service with the viewer, which
decides who may do what. Done: back to the order page (303). Refused for a reason the viewer
can fix (409, 422): the order page again, saying why. Not theirs: 403/404 as anywhere else.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from starlette.responses import RedirectResponse, Response

from parceltrail.domain.disputes import Action, Reason
from parceltrail.domain.errors import (
    Conflict,
    ParceltrailError,
    ValidationFailed,
)
from parceltrail.domain.messages import MAX_ATTACHMENTS, MAX_IMAGE_BYTES
from parceltrail.services import disputes as dispute_service
from parceltrail.services import messages as message_service
from parceltrail.services.ports import UnitOfWork
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.downloads import content_disposition
from parceltrail.web.pages.orders import render_order
from parceltrail.web.pages.render import page
from parceltrail.web.pages.security import Visitor, VisitorDep

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(alias="csrf_token", max_length=200)]
Short = Annotated[str, Form(max_length=100)]
Note = Annotated[str, Form(max_length=5000)]
ASK_EXTENSION = (
    "Could you extend my buyer protection for this order? The parcel has not arrived yet."
)


def _back(order_id: str, anchor: str) -> Response:
    return RedirectResponse(f"/orders/{order_id}#{anchor}", status_code=303)


def _refused(
    request: Request, app: AppDep, uow: UnitOfWork, who: Visitor, order_id: str,
    exc: ParceltrailError,
) -> Response:
    """The order page saying why, when the viewer can fix it; otherwise the usual error page."""
    uow.rollback()
    if not isinstance(exc, Conflict | ValidationFailed):
        raise exc
    return render_order(request, app, uow, who, order_id, error=exc.message,
                        status_code=exc.http_status)


def _amount(text: str) -> Decimal | None:
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned[:20])
    except InvalidOperation:
        raise ValidationFailed(f"{cleaned[:20]!r} is not an amount like 12.50") from None


def _images(files: list[UploadFile] | None) -> list[tuple[str, bytes]]:
    chosen = [f for f in files or [] if f.filename]
    if len(chosen) > MAX_ATTACHMENTS:
        raise ValidationFailed(f"at most {MAX_ATTACHMENTS} images per message")
    return [((f.filename or "image")[:200], f.file.read(MAX_IMAGE_BYTES + 1)) for f in chosen]


@router.post("/orders/{order_id}/messages")
def post_message(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, order_id: str, csrf: Csrf = "",
    body: Note = "", files: Annotated[list[UploadFile] | None, File()] = None,
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    try:
        message_service.post(uow=uow, user=user, order_id=order_id[:40], body=body,
                             files=_images(files), now=app.clock())
    except ParceltrailError as exc:
        return _refused(request, app, uow, who, order_id, exc)
    uow.commit()
    return _back(order_id, "messages")


@router.get("/messages/attachments/{attachment_id}")
def attachment(uow: UowDep, who: VisitorDep, attachment_id: str) -> Response:
    found = message_service.attachment(uow=uow, user=who.require(),
                                       attachment_id=attachment_id[:40])
    return Response(
        found.data, media_type=found.content_type,
        headers={
            "Content-Disposition": content_disposition(found.filename),
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'",
            "Cache-Control": "private, max-age=3600",
        },
    )


@router.post("/orders/{order_id}/confirm")
def confirm(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, order_id: str, csrf: Csrf = ""
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    try:
        dispute_service.confirm_receipt(uow=uow, user=user, order_id=order_id[:40],
                                        now=app.clock())
    except ParceltrailError as exc:
        return _refused(request, app, uow, who, order_id, exc)
    uow.commit()
    return _back(order_id, "protection")


@router.post("/orders/{order_id}/protection/extend")
def extend(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, order_id: str, csrf: Csrf = "",
    days: Short = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    try:
        if not days.strip().isdigit():
            raise ValidationFailed("give the extension as a number of days")
        dispute_service.extend_protection(uow=uow, user=user, order_id=order_id[:40],
                                          days=int(days.strip()[:4]), periods=app.periods)
    except ParceltrailError as exc:
        return _refused(request, app, uow, who, order_id, exc)
    uow.commit()
    return _back(order_id, "protection")


@router.post("/orders/{order_id}/protection/request")
def ask_extension(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, order_id: str, csrf: Csrf = ""
) -> Response:
    """The buyer asks the seller to extend: a message in the thread, which notifies them."""
    user = who.require()
    who.check_csrf(csrf)
    try:
        message_service.post(uow=uow, user=user, order_id=order_id[:40], body=ASK_EXTENSION,
                             now=app.clock())
    except ParceltrailError as exc:
        return _refused(request, app, uow, who, order_id, exc)
    uow.commit()
    return _back(order_id, "messages")


@router.post("/orders/{order_id}/disputes")
def open_dispute(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, order_id: str, csrf: Csrf = "",
    reason: Short = "", requested: Short = "", note: Note = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    try:
        if reason not in {r.value for r in Reason}:
            raise ValidationFailed("choose a reason for the dispute")
        dispute_service.open_dispute(
            uow=uow, user=user, order_id=order_id[:40], reason=Reason(reason),
            requested=_amount(requested), note=note or None, now=app.clock(),
            periods=app.periods,
        )
    except ParceltrailError as exc:
        return _refused(request, app, uow, who, order_id, exc)
    uow.commit()
    return _back(order_id, "disputes")


@router.post("/disputes/{dispute_id}/actions")
def act(
    request: Request, app: AppDep, uow: UowDep, who: VisitorDep, dispute_id: str,
    csrf: Csrf = "", action: Short = "", amount: Short = "", note: Note = "",
    back: Short = "",
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    dispute, _ = dispute_service.get_dispute(uow=uow, user=user, dispute_id=dispute_id[:40])
    try:
        if action not in {a.value for a in Action}:
            raise ValidationFailed("choose what to do with the dispute")
        dispute_service.act(uow=uow, user=user, dispute_id=dispute.id, action=Action(action),
                            amount=_amount(amount), note=note or None, now=app.clock(),
                            periods=app.periods)
    except ParceltrailError as exc:
        return _refused(request, app, uow, who, dispute.order_id, exc)
    uow.commit()
    if back == "queue":
        return RedirectResponse("/admin/disputes", status_code=303)
    return _back(dispute.order_id, "disputes")


@router.get("/admin/disputes")
def queue(request: Request, uow: UowDep, who: VisitorDep) -> Response:
    found = dispute_service.admin_queue(uow=uow, user=who.require())
    return page(request, who, "admin_disputes.html", disputes=found)
