"""API v1: disputes, and the buyer protection they stand on (confirm, extend)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import Field

from parceltrail.domain.disputes import Action, Dispute, DisputeState, Party, Reason
from parceltrail.domain.protection import Protection
from parceltrail.services import disputes as dispute_service
from parceltrail.web.api.deps import AppDep, BodyIn, Money, UowDep, UserDep
from parceltrail.web.api.schemas import Amount, Answer, Instant, TrackingOut, iso
from parceltrail.web.errors import answers

router = APIRouter(prefix="/api/v1")


class DisputeIn(BodyIn):
    reason: Reason
    requested: Money | None = Field(None, description="Refund asked; the whole order when absent")
    note: str | None = Field(None, max_length=2000)


class DisputeActionIn(BodyIn):
    action: Action
    amount: Money | None = None
    note: str | None = Field(None, max_length=2000)


class ExtendIn(BodyIn):
    days: int = Field(ge=1, le=365)


class ProtectionOut(Answer):
    order_id: str
    protected: bool = Field(description="Whether a protection period runs or ran")
    ends_at: Instant | None = None
    extended_days: int | None = None
    total: Amount | None = None
    currency: str | None = None
    confirmed_at: Instant | None = Field(None, description="When the buyer confirmed receipt")

    @classmethod
    def of(cls, order_id: str, found: Protection | None) -> ProtectionOut:
        if found is None:
            return cls(order_id=order_id, protected=False)
        return cls(
            order_id=order_id,
            protected=found.ends_at is not None,
            ends_at=iso(found.ends_at),
            extended_days=found.extended_days,
            total=str(found.total),
            currency=found.currency,
            confirmed_at=iso(found.confirmed_at),
        )


class ExtendedOut(Answer):
    ends_at: Instant | None
    extended_days: int


class StepOut(Answer):
    at: Instant
    party: Party
    action: str
    state: DisputeState
    amount: Amount | None
    note: str | None


class EvidenceOut(Answer):
    captured_at: Instant
    trackings: list[TrackingOut] = Field(description="Each shipment's tracking when opened")


class DisputeOut(Answer):
    id: str
    order_id: str
    reason: Reason
    state: DisputeState
    requested: Amount
    offered: Amount | None
    refund: Amount | None
    order_total: Amount
    opened_at: Instant
    trail: list[StepOut] = Field(description="Every step, oldest first")
    evidence: EvidenceOut | None = Field(None, description="Given when one dispute is read")

    @classmethod
    def of(cls, dispute: Dispute, evidence: dict[str, Any] | None = None) -> DisputeOut:
        extra = {} if evidence is None else {"evidence": EvidenceOut.model_validate(evidence)}
        return cls(
            id=dispute.id,
            order_id=dispute.order_id,
            reason=dispute.reason,
            state=dispute.state,
            requested=str(dispute.requested),
            offered=_amount(dispute.offered),
            refund=_amount(dispute.refund),
            order_total=str(dispute.order_total),
            opened_at=dispute.opened_at.isoformat(),
            trail=[
                StepOut(
                    at=s.at.isoformat(),
                    party=s.party,
                    action=s.action,
                    state=s.state,
                    amount=_amount(s.amount),
                    note=s.note,
                )
                for s in dispute.trail
            ],
            **extra,
        )


def _amount(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


class DisputeListOut(Answer):
    disputes: list[DisputeOut]


@router.get(
    "/orders/{order_id}/protection",
    tags=["disputes"],
    response_model_exclude_unset=True,
    responses=answers(401, 404, 422),
)
def protection(order_id: str, uow: UowDep, user: UserDep) -> ProtectionOut:
    found = dispute_service.get_protection(uow=uow, user=user, order_id=order_id)
    return ProtectionOut.of(order_id, found)


@router.post(
    "/orders/{order_id}/confirm",
    tags=["disputes"],
    status_code=204,
    response_class=Response,
    responses=answers(401, 403, 404, 409, 422),
)
def confirm(order_id: str, app: AppDep, uow: UowDep, user: UserDep) -> Response:
    """The buyer confirms receipt; the seller is paid and not-received disputes close."""
    dispute_service.confirm_receipt(uow=uow, user=user, order_id=order_id, now=app.clock())
    return Response(status_code=204)


@router.post(
    "/orders/{order_id}/protection/extend",
    tags=["disputes"],
    responses=answers(400, 401, 403, 404, 409, 413, 422),
)
def extend(order_id: str, body: ExtendIn, app: AppDep, uow: UowDep, user: UserDep) -> ExtendedOut:
    found = dispute_service.extend_protection(
        uow=uow, user=user, order_id=order_id, days=body.days, periods=app.periods
    )
    return ExtendedOut(ends_at=iso(found.ends_at), extended_days=found.extended_days)


@router.post(
    "/orders/{order_id}/disputes",
    tags=["disputes"],
    status_code=201,
    response_model_exclude_unset=True,
    responses=answers(400, 401, 403, 404, 409, 413, 422),
)
def open_dispute(
    order_id: str, body: DisputeIn, app: AppDep, uow: UowDep, user: UserDep
) -> DisputeOut:
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
    return DisputeOut.of(dispute)


@router.get(
    "/disputes/{dispute_id}",
    tags=["disputes"],
    response_model_exclude_unset=True,
    responses=answers(401, 404, 422),
)
def get_dispute(dispute_id: str, uow: UowDep, user: UserDep) -> DisputeOut:
    dispute, evidence = dispute_service.get_dispute(uow=uow, user=user, dispute_id=dispute_id)
    return DisputeOut.of(dispute, evidence)


@router.post(
    "/disputes/{dispute_id}/actions",
    tags=["disputes"],
    response_model_exclude_unset=True,
    responses=answers(400, 401, 403, 404, 409, 413, 422),
)
def act(
    dispute_id: str, body: DisputeActionIn, app: AppDep, uow: UowDep, user: UserDep
) -> DisputeOut:
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
    return DisputeOut.of(dispute)


@router.get(
    "/admin/disputes",
    tags=["disputes"],
    response_model_exclude_unset=True,
    responses=answers(401, 403, 422),
)
def admin_disputes(
    uow: UowDep,
    user: UserDep,
    state: DisputeState = DisputeState.ESCALATED,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> DisputeListOut:
    """The admin's queue: escalated disputes, oldest first."""
    found = dispute_service.admin_queue(uow=uow, user=user, state=state.value, limit=limit)
    return DisputeListOut(disputes=[DisputeOut.of(d) for d in found])
