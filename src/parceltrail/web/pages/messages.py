"""The order page's messages: post to the thread (with images), and download an image."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from starlette.responses import Response

from parceltrail.domain.errors import ParceltrailError, ValidationFailed
from parceltrail.domain.messages import MAX_ATTACHMENTS, MAX_IMAGE_BYTES
from parceltrail.domain.words import Words
from parceltrail.services import messages as message_service
from parceltrail.web.api.deps import AppDep, UowDep
from parceltrail.web.downloads import content_disposition
from parceltrail.web.pages.orders import back_to_order, refused
from parceltrail.web.pages.security import VisitorDep

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(alias="csrf_token", max_length=200)]
Note = Annotated[str, Form(max_length=5000)]


def _images(files: list[UploadFile] | None) -> list[tuple[str, bytes]]:
    chosen = [f for f in files or [] if f.filename]
    if len(chosen) > MAX_ATTACHMENTS:
        raise ValidationFailed(Words("at most {most} images per message", most=MAX_ATTACHMENTS))
    return [((f.filename or "image")[:200], f.file.read(MAX_IMAGE_BYTES + 1)) for f in chosen]


@router.post("/orders/{order_id}/messages")
def post_message(
    request: Request,
    app: AppDep,
    uow: UowDep,
    who: VisitorDep,
    order_id: str,
    csrf: Csrf = "",
    body: Note = "",
    files: Annotated[list[UploadFile] | None, File()] = None,
) -> Response:
    user = who.require()
    who.check_csrf(csrf)
    try:
        with uow.savepoint():
            message_service.post(
                uow=uow,
                user=user,
                order_id=order_id[:40],
                body=body,
                files=_images(files),
                now=app.clock(),
            )
    except ParceltrailError as exc:
        return refused(request, app, uow, who, order_id, exc)
    return back_to_order(order_id, "messages")


@router.get("/messages/attachments/{attachment_id}")
def attachment(uow: UowDep, who: VisitorDep, attachment_id: str) -> Response:
    found = message_service.attachment(
        uow=uow, user=who.require(), attachment_id=attachment_id[:40]
    )
    return Response(
        found.data,
        media_type=found.content_type,
        headers={
            "Content-Disposition": content_disposition(found.filename),
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'",
            "Cache-Control": "private, max-age=3600",
        },
    )
