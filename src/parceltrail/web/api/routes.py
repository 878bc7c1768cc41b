"""API v1: orders, shipments, events, trackings, tokens."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, status
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from parceltrail.bootstrap import App
from parceltrail.domain.errors import ValidationFailed
from parceltrail.domain.numbers import detect
from parceltrail.domain.orders import OrderLine
from parceltrail.services import orders as order_service
from parceltrail.services import tracking as tracking_service
from parceltrail.services import users as user_service
from parceltrail.services.standalone import StandaloneCaps
from parceltrail.services.standalone import start as start_standalone
from parceltrail.services.views import OrderView, shipment_json
from parceltrail.web.api.deps import (
    AppDep,
    BearerDep,
    Offset,
    UowDep,
    UserDep,
    identify_reader,
    token_secret,
)
from parceltrail.web.api.schemas import EventsIn, LegIn, OrderIn, ShipmentIn, TrackingIn
from parceltrail.web.limits import limit_api_lookup

router = APIRouter(prefix="/api/v1")


# First in the router: FastAPI tries the routes in order, at a real cost for each, and this
# is the most frequent request by far.
@router.get(
    "/trackings/{tracking_number}", tags=["trackings"], dependencies=[Depends(limit_api_lookup)]
)
async def get_tracking(tracking_number: str, app: AppDep, credentials: BearerDep) -> JSONResponse:
    """Status, milestones, health, ETA and events (newest first) of a tracking number."""
    # The hottest read: the caller and the tracking come from one read-only transaction in
    # one worker thread, not one thread hop per dependency (docs/web.md: the API lookup).
    secret = token_secret(credentials)
    answer = await run_in_threadpool(_tracking_answer, app, secret, tracking_number)
    return JSONResponse(answer)


def _tracking_answer(app: App, secret: str, tracking_number: str) -> dict[str, Any]:
    with app.reader() as uow:
        user = identify_reader(app, uow, secret)
        view = tracking_service.get_tracking(
            uow=uow, tracking_number=tracking_number, viewer=user, now=app.clock()
        )
        return view.to_json()


@router.post("/orders", status_code=status.HTTP_201_CREATED, tags=["orders"])
def create_order(body: OrderIn, app: AppDep, uow: UowDep, user: UserDep) -> dict[str, Any]:
    """Create an order for a buyer (found or created by e-mail)."""
    order = order_service.create_order(
        uow=uow,
        seller=user,
        reference=body.reference,
        buyer_email=body.buyer_email,
        lines=[OrderLine(line.title, line.quantity, line.sku) for line in body.lines],
        now=app.clock(),
        total=body.total,
        currency=body.currency,
        unconfirmed_per_day=app.settings.orders_to_unconfirmed_buyers_per_day,
    )
    uow.commit()
    return OrderView(order, [], body.buyer_email.strip().lower()).to_json()


@router.get("/orders", tags=["orders"])
def list_orders(
    uow: UowDep,
    user: UserDep,
    limit: int = Query(50, ge=1, le=order_service.MAX_PAGE),
    offset: Offset = 0,
) -> dict[str, Any]:
    """The caller's orders, newest first: bought (buyer), sold (seller), or all (admin)."""
    views = order_service.list_orders(uow=uow, user=user, limit=limit, offset=offset)
    return {"orders": [view.to_json() for view in views], "limit": limit, "offset": offset}


@router.get("/orders/{order_id}", tags=["orders"])
def get_order(order_id: str, uow: UowDep, user: UserDep) -> dict[str, Any]:
    return order_service.get_order(uow=uow, user=user, order_id=order_id).to_json()


@router.post("/orders/{order_id}/shipments", tags=["orders"], status_code=201)
def dispatch(
    order_id: str, body: ShipmentIn, app: AppDep, uow: UowDep, user: UserDep
) -> JSONResponse:
    """Dispatch a shipment of the order; the same number again answers 200, same shipment."""
    dispatched = order_service.dispatch(
        uow=uow,
        seller=user,
        order_id=order_id,
        tracking_number=body.tracking_number,
        carrier=body.carrier,
        service=body.service,
        dispatched_at=body.dispatched_at,
        now=app.clock(),
        skip_number_check=body.skip_number_check,
        protection=app.periods.protection,
    )
    uow.commit()
    answer = {**shipment_json(dispatched.shipment), "warnings": list(dispatched.warnings)}
    return JSONResponse(answer, status_code=201 if dispatched.created else 200)


@router.post("/shipments/{shipment_id}/legs", tags=["orders"])
def add_leg(shipment_id: str, body: LegIn, uow: UowDep, user: UserDep) -> dict[str, Any]:
    """Continue a shipment under a new number after a handover to another carrier."""
    shipment = order_service.add_leg(
        uow=uow,
        seller=user,
        shipment_id=shipment_id,
        tracking_number=body.tracking_number,
        carrier=body.carrier,
        skip_number_check=body.skip_number_check,
    )
    uow.commit()
    return shipment_json(shipment)


@router.post("/events", tags=["events"])
def post_events(body: EventsIn, app: AppDep, uow: UowDep, user: UserDep) -> dict[str, Any]:
    """Ingest a batch; answers how many were accepted, duplicates, and each rejection's reason."""
    limit = app.settings.max_events_per_request
    if len(body.events) > limit:
        raise ValidationFailed(f"a batch holds at most {limit} events; split it", limit=limit)
    now = app.clock()
    valid, rejected = tracking_service.parse_events(body.events, now=now)
    result = tracking_service.ingest(uow=uow, actor=user, events=valid, now=now)
    uow.commit()
    result.rejected = sorted(rejected + result.rejected, key=lambda r: r.index)
    return result.to_json()


@router.post(
    "/trackings", tags=["trackings"], status_code=201, dependencies=[Depends(limit_api_lookup)]
)
def start_tracking(body: TrackingIn, app: AppDep, uow: UowDep, user: UserDep) -> JSONResponse:
    """Track a number on its own, polled from its carrier (when a connector for it is
    configured): 201 when started, 200 when parceltrail knew it; daily caps per account."""
    now = app.clock()
    caps = StandaloneCaps(
        app.settings.standalone_per_client_per_day, app.settings.standalone_per_day
    )
    polling, created = start_standalone(
        uow=uow,
        tracking_number=body.tracking_number,
        carrier=body.carrier,
        pollable=app.pollers,
        client=f"user:{user.id}",
        caps=caps,
        now=now,
    )
    uow.commit()
    view = tracking_service.get_tracking(
        uow=uow, tracking_number=body.tracking_number, viewer=user, now=now
    )
    answer = {**view.to_json(), "polling": polling.to_json()}
    return JSONResponse(answer, status_code=201 if created else 200)


@router.get("/detect", tags=["numbers"], dependencies=[Depends(limit_api_lookup)])
def detect_number(
    number: str = Query(..., max_length=1000, description="A tracking number, as typed or pasted"),
) -> dict[str, Any]:
    """Validate a number, rank the carriers it can belong to, and suggest fixes for typos."""
    return detect(number).to_dict()


@router.get("/me", tags=["account"])
def me(user: UserDep) -> dict[str, Any]:
    return {"id": user.id, "email": user.email, "role": user.role.value, "name": user.name}


@router.get("/tokens", tags=["account"])
def list_tokens(uow: UowDep, user: UserDep) -> dict[str, Any]:
    tokens = user_service.list_tokens(uow=uow, user=user)
    return {
        "tokens": [
            {
                "id": t.id,
                "name": t.name,
                "created_at": t.created_at.isoformat(),
                "last_used_at": t.last_used_at.isoformat() if t.last_used_at else None,
                "revoked": t.revoked_at is not None,
            }
            for t in tokens
        ]
    }


@router.delete("/tokens/{token_id}", tags=["account"], status_code=204)
def revoke_token(token_id: str, app: AppDep, uow: UowDep, user: UserDep) -> None:
    user_service.revoke_token(uow=uow, user=user, token_id=token_id, now=app.clock())
    uow.commit()
