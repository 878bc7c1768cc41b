"""API v1: webhooks, the endpoints that receive parceltrail's signed events, and their
deliveries. (Carriers' webhooks into parceltrail: web/api/inbound.py.)"""

from __future__ import annotations

from fastapi import APIRouter, Query
from pydantic import Field

from parceltrail.domain.notifications import Delivery, WebhookEndpoint
from parceltrail.services import outbound
from parceltrail.web.api.deps import AppDep, BodyIn, HttpUrl, RowId, UowDep, UserDep, WebhookEvent
from parceltrail.web.api.schemas import Answer, Instant, StatusOut, iso
from parceltrail.web.errors import answers

router = APIRouter(prefix="/api/v1")


class EndpointIn(BodyIn):
    url: HttpUrl = Field(max_length=2048, examples=["https://example.com/parceltrail-hooks"])
    events: list[WebhookEvent] = Field(
        min_length=1, max_length=20, examples=[["shipment.dispatched"]]
    )


class EndpointOut(Answer):
    id: str
    url: str
    events: list[str]
    status: str = Field(description="active, or disabled after repeated failures")
    consecutive_failures: int
    disabled_reason: str | None
    created_at: Instant
    secret: str | None = Field(
        None, description="The signing secret: in the answer to registering only"
    )

    @classmethod
    def of(cls, endpoint: WebhookEndpoint, *, secret: bool = False) -> EndpointOut:
        extra = {"secret": endpoint.secret} if secret else {}
        return cls(
            id=endpoint.id,
            url=endpoint.url,
            events=list(endpoint.events),
            status=endpoint.status,
            consecutive_failures=endpoint.consecutive_failures,
            disabled_reason=endpoint.disabled_reason,
            created_at=endpoint.created_at.isoformat(),
            **extra,
        )


class EndpointListOut(Answer):
    endpoints: list[EndpointOut]


class DeliveryOut(Answer):
    id: int
    topic: str
    status: str = Field(description="pending, sent, failed, dead or skipped")
    attempts: int
    idempotency_key: str
    created_at: Instant
    sent_at: Instant | None
    last_error: str | None

    @classmethod
    def of(cls, d: Delivery) -> DeliveryOut:
        return cls(
            id=d.id,
            topic=d.topic,
            status=d.status,
            attempts=d.attempts,
            idempotency_key=d.idempotency_key,
            created_at=d.created_at.isoformat(),
            sent_at=iso(d.sent_at),
            last_error=d.last_error,
        )


class DeliveryListOut(Answer):
    deliveries: list[DeliveryOut]


class RedeliveryOut(Answer):
    status: str = Field(description="queued")
    idempotency_key: str = Field(description="The same key: receivers can de-duplicate")


@router.post(
    "/webhooks/endpoints",
    status_code=201,
    tags=["webhooks"],
    response_model_exclude_unset=True,
    responses=answers(400, 401, 413, 422),
)
def register(body: EndpointIn, app: AppDep, uow: UowDep, user: UserDep) -> EndpointOut:
    """Register an endpoint; the answer holds its signing secret, shown only this once."""
    endpoint = outbound.register_endpoint(
        uow=uow, user=user, url=body.url, events=body.events, now=app.clock()
    )
    return EndpointOut.of(endpoint, secret=True)


@router.get(
    "/webhooks/endpoints",
    tags=["webhooks"],
    response_model_exclude_unset=True,
    responses=answers(401, 422),
)
def endpoints(uow: UowDep, user: UserDep) -> EndpointListOut:
    found = outbound.list_endpoints(uow=uow, user=user)
    return EndpointListOut(endpoints=[EndpointOut.of(e) for e in found])


@router.post(
    "/webhooks/endpoints/{endpoint_id}/enable",
    tags=["webhooks"],
    responses=answers(401, 404, 422),
)
def enable(endpoint_id: str, uow: UowDep, user: UserDep) -> StatusOut:
    outbound.set_enabled(uow=uow, user=user, endpoint_id=endpoint_id, enabled=True)
    return StatusOut(status="active")


@router.get(
    "/webhooks/endpoints/{endpoint_id}/deliveries",
    tags=["webhooks"],
    responses=answers(401, 404, 422),
)
def endpoint_deliveries(
    endpoint_id: str, uow: UowDep, user: UserDep, limit: int = Query(50, ge=1, le=500)
) -> DeliveryListOut:
    found = outbound.deliveries(uow=uow, user=user, endpoint_id=endpoint_id, limit=limit)
    return DeliveryListOut(deliveries=[DeliveryOut.of(d) for d in found])


@router.post(
    "/webhooks/endpoints/{endpoint_id}/deliveries/{delivery_id}/redeliver",
    status_code=202,
    tags=["webhooks"],
    responses=answers(401, 404, 422),
)
def redeliver(
    endpoint_id: str, delivery_id: RowId, app: AppDep, uow: UowDep, user: UserDep
) -> RedeliveryOut:
    delivery = outbound.redeliver(
        uow=uow, user=user, endpoint_id=endpoint_id, delivery_id=delivery_id, now=app.clock()
    )
    return RedeliveryOut(status="queued", idempotency_key=delivery.idempotency_key)
