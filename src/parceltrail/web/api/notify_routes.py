"""API v1 for notifications: alert subscriptions, webhook endpoints, admin view of jobs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, status
from pydantic import BaseModel, ConfigDict, Field

from parceltrail.domain.notifications import Delivery, Subscription, WebhookEndpoint
from parceltrail.services import alerts, outbound
from parceltrail.web.api.deps import AppDep, RowId, UowDep, UserDep

router = APIRouter(prefix="/api/v1")


class SubscriptionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    email: str | None = Field(None, max_length=254, examples=["me@example.com"])
    tracking_number: str | None = Field(None, max_length=200, examples=["LK123456785CN"])
    milestones: list[str] | None = Field(None, max_length=20, examples=[["delivered"]])
    problems: bool = Field(False, description="Sellers: problems on every shipment you sold")


class EndpointIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    url: str = Field(max_length=2048, examples=["https://example.com/parceltrail-hooks"])
    events: list[str] = Field(min_length=1, max_length=20, examples=[["shipment.dispatched"]])


def _subscription_json(sub: Subscription) -> dict[str, Any]:
    return {"id": sub.id, "kind": sub.kind.value, "status": sub.status.value,
            "tracking_number": sub.tracking_number, "milestones": list(sub.milestones)}


def _endpoint_json(endpoint: WebhookEndpoint, *, secret: bool = False) -> dict[str, Any]:
    body = {"id": endpoint.id, "url": endpoint.url, "events": list(endpoint.events),
            "status": endpoint.status, "consecutive_failures": endpoint.consecutive_failures,
            "disabled_reason": endpoint.disabled_reason,
            "created_at": endpoint.created_at.isoformat()}
    return {**body, "secret": endpoint.secret} if secret else body


def _delivery_json(d: Delivery) -> dict[str, Any]:
    return {"id": d.id, "topic": d.topic, "status": d.status, "attempts": d.attempts,
            "idempotency_key": d.idempotency_key, "created_at": d.created_at.isoformat(),
            "sent_at": d.sent_at.isoformat() if d.sent_at else None, "last_error": d.last_error}


@router.post("/subscriptions", status_code=status.HTTP_202_ACCEPTED, tags=["alerts"])
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


@router.post("/webhooks/endpoints", status_code=201, tags=["webhooks"])
def register(body: EndpointIn, app: AppDep, uow: UowDep, user: UserDep) -> dict[str, Any]:
    """Register an endpoint; the answer holds its signing secret, shown only this once."""
    endpoint = outbound.register_endpoint(
        uow=uow, user=user, url=body.url, events=body.events, now=app.clock()
    )
    uow.commit()
    return _endpoint_json(endpoint, secret=True)


@router.get("/webhooks/endpoints", tags=["webhooks"])
def endpoints(uow: UowDep, user: UserDep) -> dict[str, Any]:
    return {"endpoints": [_endpoint_json(e) for e in outbound.list_endpoints(uow=uow, user=user)]}


@router.post("/webhooks/endpoints/{endpoint_id}/enable", tags=["webhooks"])
def enable(endpoint_id: str, uow: UowDep, user: UserDep) -> dict[str, str]:
    outbound.set_enabled(uow=uow, user=user, endpoint_id=endpoint_id, enabled=True)
    uow.commit()
    return {"status": "active"}


@router.get("/webhooks/endpoints/{endpoint_id}/deliveries", tags=["webhooks"])
def endpoint_deliveries(
    endpoint_id: str, uow: UowDep, user: UserDep, limit: int = Query(50, ge=1, le=500)
) -> dict[str, Any]:
    found = outbound.deliveries(uow=uow, user=user, endpoint_id=endpoint_id, limit=limit)
    return {"deliveries": [_delivery_json(d) for d in found]}


@router.post("/webhooks/endpoints/{endpoint_id}/deliveries/{delivery_id}/redeliver",
             status_code=202, tags=["webhooks"])
def redeliver(
    endpoint_id: str, delivery_id: RowId, app: AppDep, uow: UowDep, user: UserDep
) -> dict[str, Any]:
    delivery = outbound.redeliver(uow=uow, user=user, endpoint_id=endpoint_id,
                                  delivery_id=delivery_id, now=app.clock())
    uow.commit()
    return {"status": "queued", "idempotency_key": delivery.idempotency_key}


@router.get("/admin/outbox", tags=["admin"])
def admin_outbox(
    uow: UowDep, user: UserDep, status: str = Query("dead,failed", max_length=100),
    limit: int = Query(100, ge=1, le=1000),
) -> dict[str, Any]:
    """Background jobs by status (comma-separated; empty for all), newest first."""
    wanted = [s.strip() for s in status.split(",") if s.strip()]
    rows = outbound.list_jobs(uow=uow, user=user, statuses=wanted, limit=limit)
    return {"jobs": [{**row, "created_at": row["created_at"].isoformat(),
                      "available_at": row["available_at"].isoformat()} for row in rows]}


@router.post("/admin/outbox/{job_id}/retry", status_code=202, tags=["admin"])
def admin_retry(job_id: RowId, app: AppDep, uow: UowDep, user: UserDep) -> dict[str, str]:
    outbound.retry_job(uow=uow, user=user, job_id=job_id, now=app.clock())
    uow.commit()
    return {"status": "pending"}
