"""API v1: alerts, e-mail alerts on a tracking number and sellers' problem alerts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, status
from pydantic import BaseModel, ConfigDict, Field

from parceltrail.domain.notifications import Subscription
from parceltrail.services import alerts
from parceltrail.web.api.deps import AppDep, UowDep, UserDep
from parceltrail.web.limits import limit_subscribe_api

router = APIRouter(prefix="/api/v1")


class SubscriptionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    email: str | None = Field(None, max_length=254, examples=["me@example.com"])
    tracking_number: str | None = Field(None, max_length=200, examples=["LK123456785CN"])
    milestones: list[str] | None = Field(None, max_length=20, examples=[["delivered"]])
    problems: bool = Field(False, description="Sellers: problems on every shipment you sold")


def _subscription_json(sub: Subscription) -> dict[str, Any]:
    return {"id": sub.id, "kind": sub.kind.value, "status": sub.status.value,
            "tracking_number": sub.tracking_number, "milestones": list(sub.milestones)}


@router.post(
    "/subscriptions",
    status_code=status.HTTP_202_ACCEPTED,
    tags=["alerts"],
    dependencies=[Depends(limit_subscribe_api)],
)
def subscribe(body: SubscriptionIn, app: AppDep, uow: UowDep) -> dict[str, Any]:
    """Alerts on a tracking number by e-mail; a confirmation link is mailed first."""
    from parceltrail.domain.errors import ValidationFailed

    if not body.email or not body.tracking_number:
        raise ValidationFailed("give email and tracking_number", field="email")
    alerts.subscribe_number(uow=uow, email=body.email, tracking_number=body.tracking_number,
                            milestones=body.milestones, now=app.clock())
    uow.commit()
    return {"status": "confirmation_sent",
            "message": "check your mailbox and follow the link to confirm the alerts"}


@router.post("/subscriptions/problems", status_code=201, tags=["alerts"])
def subscribe_problems(app: AppDep, uow: UowDep, user: UserDep) -> dict[str, Any]:
    """Sellers: an e-mail when one of your shipments has a problem."""
    sub = alerts.subscribe_seller_problems(uow=uow, seller=user, now=app.clock())
    uow.commit()
    return _subscription_json(sub)


@router.get("/subscriptions/confirm", tags=["alerts"])
def confirm(app: AppDep, uow: UowDep, token: str = Query(max_length=400)) -> dict[str, Any]:
    sub = alerts.confirm(uow=uow, secret=app.settings.secret_key, token=token, now=app.clock())
    uow.commit()
    return _subscription_json(sub)


@router.get("/subscriptions/unsubscribe", tags=["alerts"])
@router.post("/subscriptions/unsubscribe", tags=["alerts"])
def unsubscribe(app: AppDep, uow: UowDep, token: str = Query(max_length=400)) -> dict[str, Any]:
    """The link in every mail; POST is RFC 8058 one-click (List-Unsubscribe-Post)."""
    sub = alerts.unsubscribe(
        uow=uow, secret=app.settings.secret_key, token=token, now=app.clock()
    )
    uow.commit()
    return _subscription_json(sub)
