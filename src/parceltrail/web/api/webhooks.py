"""API v1: webhooks, the endpoints that receive parceltrail's signed events, and their
deliveries. (Carriers' webhooks into parceltrail: web/api/inbound.py.)"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from parceltrail.domain.notifications import Delivery, WebhookEndpoint
from parceltrail.services import outbound
from parceltrail.web.api.deps import AppDep, RowId, UowDep, UserDep

router = APIRouter(prefix="/api/v1")


class EndpointIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    url: str = Field(max_length=2048, examples=["https://example.com/parceltrail-hooks"])
    events: list[str] = Field(min_length=1, max_length=20, examples=[["shipment.dispatched"]])


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
