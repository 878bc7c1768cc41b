"""API v1 for when things go wrong: problems, protection, disputes, messages."""

from __future__ import annotations

import base64
import binascii
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from parceltrail.domain.disputes import Action, Dispute, DisputeState, Reason
from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.health import Problem
from parceltrail.domain.messages import MAX_PAGE_SIZE, PAGE_SIZE, Message
from parceltrail.services import browse
from parceltrail.services import disputes as dispute_service
from parceltrail.services import messages as message_service
from parceltrail.web.api.deps import AppDep, UowDep, UserDep
from parceltrail.web.downloads import content_disposition

router = APIRouter(prefix="/api/v1")


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class DisputeIn(_Body):
    reason: Reason
    requested: Decimal | None = Field(None, description="Refund asked; the whole order when absent")
    note: str | None = Field(None, max_length=2000)


class DisputeActionIn(_Body):
    action: Action
    amount: Decimal | None = None
    note: str | None = Field(None, max_length=2000)


class ExtendIn(_Body):
    days: int = Field(ge=1, le=365)


class FileIn(_Body):
    filename: str = Field(max_length=200)
    data_base64: str = Field(max_length=3_000_000)


class MessageIn(_Body):
    body: str = Field(max_length=5000)
    attachments: list[FileIn] = Field(default_factory=list, max_length=4)


def dispute_json(dispute: Dispute, evidence: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": dispute.id,
        "order_id": dispute.order_id,
        "reason": dispute.reason.value,
        "state": dispute.state.value,
        "requested": str(dispute.requested),
        "offered": None if dispute.offered is None else str(dispute.offered),
        "refund": None if dispute.refund is None else str(dispute.refund),
        "order_total": str(dispute.order_total),
        "opened_at": dispute.opened_at.isoformat(),
        "trail": [
            {
                "at": s.at.isoformat(),
                "party": s.party.value,
                "action": s.action,
                "state": s.state.value,
                "amount": None if s.amount is None else str(s.amount),
                "note": s.note,
            }
            for s in dispute.trail
        ],
    }
    if evidence is not None:
        body["evidence"] = evidence
    return body


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


@router.get("/problems", tags=["problems"])
def problems(
    app: AppDep,
    uow: UowDep,
    user: UserDep,
    problem: Annotated[Problem | None, Query(description="Only this problem")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> dict[str, Any]:
    """The seller's problems queue (all sellers' for an admin), newest problem first."""
    found = []
    for view in browse.problem_shipments(
        uow=uow, user=user, now=app.clock(), problem=problem, limit=limit
    ):
        body = view.to_json()
        body.pop("events")
        found.append(body)
    return {"problems": found}


@router.get("/orders/{order_id}/protection", tags=["disputes"])
def protection(order_id: str, uow: UowDep, user: UserDep) -> dict[str, Any]:
    found = dispute_service.get_protection(uow=uow, user=user, order_id=order_id)
    if found is None:
        return {"order_id": order_id, "protected": False}
    return {
        "order_id": order_id,
        "protected": found.ends_at is not None,
        "ends_at": found.ends_at.isoformat() if found.ends_at else None,
        "extended_days": found.extended_days,
        "total": str(found.total),
        "currency": found.currency,
        "confirmed_at": found.confirmed_at.isoformat() if found.confirmed_at else None,
    }


@router.post("/orders/{order_id}/confirm", tags=["disputes"], status_code=204)
def confirm(order_id: str, app: AppDep, uow: UowDep, user: UserDep) -> Response:
    """The buyer confirms receipt; the seller is paid and not-received disputes close."""
    dispute_service.confirm_receipt(uow=uow, user=user, order_id=order_id, now=app.clock())
    uow.commit()
    return Response(status_code=204)


@router.post("/orders/{order_id}/protection/extend", tags=["disputes"])
def extend(
    order_id: str, body: ExtendIn, app: AppDep, uow: UowDep, user: UserDep
) -> dict[str, Any]:
    found = dispute_service.extend_protection(
        uow=uow, user=user, order_id=order_id, days=body.days, periods=app.periods
    )
    uow.commit()
    return {
        "ends_at": found.ends_at.isoformat() if found.ends_at else None,
        "extended_days": found.extended_days,
    }


@router.post("/orders/{order_id}/disputes", tags=["disputes"], status_code=201)
def open_dispute(
    order_id: str, body: DisputeIn, app: AppDep, uow: UowDep, user: UserDep
) -> dict[str, Any]:
    """Open a dispute; the tracking timeline is attached as evidence."""
    dispute = dispute_service.open_dispute(
        uow=uow,
        user=user,
        order_id=order_id,
        reason=body.reason,
        requested=body.requested,
        note=body.note,
        now=app.clock(),
        periods=app.periods,
    )
    uow.commit()
    return dispute_json(dispute)


@router.get("/disputes/{dispute_id}", tags=["disputes"])
def get_dispute(dispute_id: str, uow: UowDep, user: UserDep) -> dict[str, Any]:
    dispute, evidence = dispute_service.get_dispute(uow=uow, user=user, dispute_id=dispute_id)
    return dispute_json(dispute, evidence)


@router.post("/disputes/{dispute_id}/actions", tags=["disputes"])
def act(
    dispute_id: str, body: DisputeActionIn, app: AppDep, uow: UowDep, user: UserDep
) -> dict[str, Any]:
    """Accept, propose, reject, accept_proposal, revise, escalate, withdraw, or decide (admin)."""
    dispute = dispute_service.act(
        uow=uow,
        user=user,
        dispute_id=dispute_id,
        action=body.action,
        amount=body.amount,
        note=body.note,
        now=app.clock(),
        periods=app.periods,
    )
    uow.commit()
    return dispute_json(dispute)


@router.get("/admin/disputes", tags=["disputes"])
def admin_disputes(
    uow: UowDep,
    user: UserDep,
    state: DisputeState = DisputeState.ESCALATED,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> dict[str, Any]:
    """The admin's queue: escalated disputes, oldest first."""
    found = dispute_service.admin_queue(uow=uow, user=user, state=state.value, limit=limit)
    return {"disputes": [dispute_json(d) for d in found]}


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
