"""API v1: disputes, and the buyer protection they stand on (confirm, extend)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from parceltrail.domain.disputes import Action, Dispute, DisputeState, Reason
from parceltrail.services import disputes as dispute_service
from parceltrail.web.api.deps import AppDep, UowDep, UserDep

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
