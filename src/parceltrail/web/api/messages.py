"""API v1: messages, the thread of an order between its buyer and seller, with images."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import Field

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.messages import IMAGE_TYPES, MAX_PAGE_SIZE, PAGE_SIZE, Message
from parceltrail.services import messages as message_service
from parceltrail.web.api.deps import AppDep, BodyIn, Text, UowDep, UserDep
from parceltrail.web.api.schemas import Answer, Instant
from parceltrail.web.downloads import content_disposition
from parceltrail.web.errors import answers

router = APIRouter(prefix="/api/v1")


class FileIn(BodyIn):
    filename: str = Field(max_length=200)
    data_base64: str = Field(max_length=3_000_000)


class MessageIn(BodyIn):
    body: Text = Field(max_length=5000)
    attachments: list[FileIn] = Field(default_factory=list, max_length=4)


class AttachmentOut(Answer):
    id: str | None
    filename: str
    content_type: str
    url: str = Field(description="Where to download the image, with the same token")


class MessageOut(Answer):
    id: str
    author_id: str
    body: str
    created_at: Instant
    attachments: list[AttachmentOut]

    @classmethod
    def of(cls, message: Message) -> MessageOut:
        return cls(
            id=message.id,
            author_id=message.author_id,
            body=message.body,
            created_at=message.created_at.isoformat(),
            attachments=[
                AttachmentOut(
                    id=a.id,
                    filename=a.filename,
                    content_type=a.content_type,
                    url=f"/api/v1/attachments/{a.id}",
                )
                for a in message.attachments
            ],
        )


class ThreadOut(Answer):
    messages: list[MessageOut] = Field(description="Oldest first within the page")
    unread: int = Field(description="Unread in the whole thread, before this reading")
    older: str | None = Field(description="Pass as `before` for the page before; null: none")
    limit: int


_IMAGE = {"schema": {"type": "string", "format": "binary"}}


@router.get("/orders/{order_id}/messages", tags=["messages"], responses=answers(401, 404, 422))
def read_thread(
    order_id: str,
    app: AppDep,
    uow: UowDep,
    user: UserDep,
    before: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = PAGE_SIZE,
) -> ThreadOut:
    """A page of the thread, oldest first within it: the latest page, or the one before the
    message ``before`` (the ``older`` value of the page read); reading the latest marks it read."""
    found = message_service.thread(
        uow=uow, user=user, order_id=order_id, now=app.clock(), before=before, limit=limit
    )
    return ThreadOut(
        messages=[MessageOut.of(m) for m in found.messages],
        unread=found.unread,
        older=found.older,
        limit=limit,
    )


@router.post(
    "/orders/{order_id}/messages",
    tags=["messages"],
    status_code=201,
    responses=answers(400, 401, 403, 404, 409, 413, 422),
)
def write(order_id: str, body: MessageIn, app: AppDep, uow: UowDep, user: UserDep) -> MessageOut:
    files = [(f.filename, _decoded(f)) for f in body.attachments]
    message = message_service.post(
        uow=uow, user=user, order_id=order_id, body=body.body, files=files, now=app.clock()
    )
    return MessageOut.of(message)


@router.get(
    "/attachments/{attachment_id}",
    tags=["messages"],
    response_class=Response,
    responses={
        200: {
            "description": "The image, as it was posted",
            "content": dict.fromkeys(IMAGE_TYPES, _IMAGE),
        },
        **answers(401, 404, 422),
    },
)
def attachment(attachment_id: str, uow: UowDep, user: UserDep) -> Response:
    found = message_service.attachment(uow=uow, user=user, attachment_id=attachment_id)
    return Response(
        found.data,
        media_type=found.content_type,
        headers={
            "Content-Disposition": content_disposition(found.filename),
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'",
        },
    )


def _decoded(file: FileIn) -> bytes:
    try:
        return base64.b64decode(file.data_base64, validate=True)
    except (binascii.Error, ValueError):
        raise ValidationFailed(
            f"the data_base64 of attachment {file.filename[:80]!r} is not valid base64: "
            "send the image's bytes base64-encoded (RFC 4648, no line breaks)",
            field="attachments",
        ) from None
