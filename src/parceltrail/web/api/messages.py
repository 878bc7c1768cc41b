"""API v1: messages, the thread of an order between its buyer and seller, with images."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.messages import MAX_PAGE_SIZE, PAGE_SIZE, Message
from parceltrail.services import messages as message_service
from parceltrail.web.api.deps import AppDep, UowDep, UserDep
from parceltrail.web.downloads import content_disposition

router = APIRouter(prefix="/api/v1")


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class FileIn(_Body):
    filename: str = Field(max_length=200)
    data_base64: str = Field(max_length=3_000_000)


class MessageIn(_Body):
    body: str = Field(max_length=5000)
    attachments: list[FileIn] = Field(default_factory=list, max_length=4)


def message_json(message: Message) -> dict[str, Any]:
    return {
        "id": message.id,
        "author_id": message.author_id,
        "body": message.body,
        "created_at": message.created_at.isoformat(),
        "attachments": [
            {
                "id": a.id,
                "filename": a.filename,
                "content_type": a.content_type,
                "url": f"/api/v1/attachments/{a.id}",
            }
            for a in message.attachments
        ],
    }


@router.get("/orders/{order_id}/messages", tags=["messages"])
def read_thread(
    order_id: str,
    app: AppDep,
    uow: UowDep,
    user: UserDep,
    before: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = PAGE_SIZE,
) -> dict[str, Any]:
    """A page of the thread, oldest first within it: the latest page, or the one before the
    message ``before`` (the ``older`` value of the page read); reading the latest marks it read."""
    found = message_service.thread(
        uow=uow, user=user, order_id=order_id, now=app.clock(), before=before, limit=limit
    )
    uow.commit()
    return {
        "messages": [message_json(m) for m in found.messages],
        "unread": found.unread,
        "older": found.older,
        "limit": limit,
    }


@router.post("/orders/{order_id}/messages", tags=["messages"], status_code=201)
def write(
    order_id: str, body: MessageIn, app: AppDep, uow: UowDep, user: UserDep
) -> dict[str, Any]:
    files = [(f.filename, _decoded(f)) for f in body.attachments]
    message = message_service.post(
        uow=uow, user=user, order_id=order_id, body=body.body, files=files, now=app.clock()
    )
    uow.commit()
    return message_json(message)


@router.get("/attachments/{attachment_id}", tags=["messages"])
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
