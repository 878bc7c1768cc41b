"""API v1: orders, their shipments (dispatch) and a shipment's further legs."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Query, status
from fastapi.responses import JSONResponse
from pydantic import Field, StrictBool

from parceltrail.domain.orders import OrderLine
from parceltrail.services import orders as order_service
from parceltrail.services.views import OrderView, shipment_json
from parceltrail.web.api.deps import (
    AppDep,
    BodyIn,
    CarrierCode,
    Email,
    NonBlank,
    Offset,
    ServiceName,
    Total,
    UowDep,
    UserDep,
)
from parceltrail.web.api.schemas import DispatchedOut, OrderListOut, OrderOut, ShipmentOut
from parceltrail.web.errors import answers

router = APIRouter(prefix="/api/v1")
# domain/orders.py: checked_currency
CURRENCY = "^[A-Za-z]{3}$"


class LineIn(BodyIn):
    title: NonBlank = Field(min_length=1, max_length=300, examples=["Bluetooth earbuds"])
    quantity: int = Field(1, ge=1, le=100_000)
    sku: str | None = Field(None, max_length=100)


class OrderIn(BodyIn):
    reference: NonBlank = Field(min_length=1, max_length=100, examples=["AE-8161-2231"])
    buyer_email: Email = Field(max_length=254, examples=["buyer@example.com"])
    lines: list[LineIn] = Field(min_length=1, max_length=200)
    total: Total = Field(
        Decimal(0), ge=0, le=10_000_000, description="Order total, the most a refund can be"
    )
    currency: str = Field(
        "USD", min_length=3, max_length=3, examples=["USD"], json_schema_extra={"pattern": CURRENCY}
    )
    language: str | None = Field(
        None,
        max_length=8,
        examples=["pl"],
        description="The buyer's language (en, de, es, fr, it, nl, pl, pt, ru, zh): the order's "
        "mails are in it unless the buyer's account sets one; default: the shop's",
    )


class ShipmentIn(BodyIn):
    tracking_number: NonBlank = Field(min_length=1, max_length=200, examples=["LK123456785CN"])
    carrier: CarrierCode | None = Field(None, max_length=64, examples=["china_post"])
    service: ServiceName | None = Field(
        None,
        max_length=32,
        examples=["standard"],
        description="The carrier's service (standard, economy, epacket...): ETAs learn per service",
    )
    dispatched_at: datetime | None = Field(
        None, description="For imported history; ISO 8601 with offset"
    )
    skip_number_check: StrictBool = Field(
        False, description="Accept a number whose format parceltrail does not know (give carrier)"
    )


class LegIn(BodyIn):
    tracking_number: NonBlank = Field(min_length=1, max_length=200)
    carrier: CarrierCode | None = Field(None, max_length=64)
    skip_number_check: StrictBool = False


class LegCarrierIn(BodyIn):
    carrier: CarrierCode = Field(max_length=64, examples=["china_post"])


@router.post(
    "/orders",
    status_code=status.HTTP_201_CREATED,
    tags=["orders"],
    response_model=OrderOut,
    responses=answers(400, 401, 403, 409, 413, 422, 429),
)
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
        language=body.language,
    )
    return OrderView(order, [], body.buyer_email.strip().lower()).to_json()


@router.get("/orders", tags=["orders"], response_model=OrderListOut, responses=answers(401, 422))
def list_orders(
    uow: UowDep,
    user: UserDep,
    limit: int = Query(50, ge=1, le=order_service.MAX_PAGE),
    offset: Offset = 0,
) -> dict[str, Any]:
    """The caller's orders, newest first: bought (buyer), sold (seller), or all (admin)."""
    views = order_service.list_orders(uow=uow, user=user, limit=limit, offset=offset)
    return {"orders": [view.to_json() for view in views], "limit": limit, "offset": offset}


@router.get(
    "/orders/{order_id}",
    tags=["orders"],
    response_model=OrderOut,
    responses=answers(401, 404, 422),
)
def get_order(order_id: str, uow: UowDep, user: UserDep) -> dict[str, Any]:
    return order_service.get_order(uow=uow, user=user, order_id=order_id).to_json()


@router.post(
    "/orders/{order_id}/shipments",
    tags=["orders"],
    status_code=201,
    response_model=DispatchedOut,
    responses={
        200: {"model": DispatchedOut, "description": "The number was already dispatched"},
        **answers(400, 401, 403, 404, 409, 413, 422),
    },
)
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
    answer = {**shipment_json(dispatched.shipment), "warnings": list(dispatched.warnings)}
    return JSONResponse(answer, status_code=201 if dispatched.created else 200)


@router.post(
    "/shipments/{shipment_id}/legs",
    tags=["orders"],
    response_model=ShipmentOut,
    responses=answers(400, 401, 403, 404, 409, 413, 422),
)
def add_leg(
    shipment_id: str, body: LegIn, app: AppDep, uow: UowDep, user: UserDep
) -> dict[str, Any]:
    """Continue a shipment under a new number after a handover to another carrier."""
    shipment = order_service.add_leg(
        uow=uow,
        seller=user,
        shipment_id=shipment_id,
        tracking_number=body.tracking_number,
        carrier=body.carrier,
        now=app.clock(),
        skip_number_check=body.skip_number_check,
    )
    return shipment_json(shipment)


@router.patch(
    "/shipments/{shipment_id}/legs/{sequence}",
    tags=["orders"],
    response_model=ShipmentOut,
    responses=answers(400, 401, 403, 404, 413, 422),
)
def name_leg_carrier(
    shipment_id: str, sequence: int, body: LegCarrierIn, uow: UowDep, user: UserDep
) -> dict[str, Any]:
    """Correct the carrier of a shipment's leg (1 is the first number); a tracking backend
    already tracking the number is told (docs/carriers.md)."""
    shipment = order_service.name_carrier(
        uow=uow, seller=user, shipment_id=shipment_id, sequence=sequence, carrier=body.carrier
    )
    return shipment_json(shipment)
