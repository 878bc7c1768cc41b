"""Small builders for tests: users, orders, shipments and raw API events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from parceltrail.bootstrap import App
from parceltrail.domain.orders import Order, OrderLine
from parceltrail.domain.shipments import Shipment
from parceltrail.domain.users import Role, User
from parceltrail.services import orders as order_service
from parceltrail.services import tracking as tracking_service
from parceltrail.services import users as user_service


def user(app: App, email: str, role: Role = Role.SELLER) -> User:
    with app.uow() as uow:
        return user_service.create_user(uow=uow, email=email, role=role, now=app.clock())


def token(app: App, email: str) -> str:
    with app.uow() as uow:
        _, secret = user_service.create_token(uow=uow, email=email, name="test", now=app.clock())
    return secret


def order(
    app: App, seller: User, reference: str = "R-1", buyer: str = "buyer@example.com"
) -> Order:
    with app.uow() as uow:
        return order_service.create_order(
            uow=uow,
            seller=seller,
            reference=reference,
            buyer_email=buyer,
            lines=[OrderLine("Phone case", 2)],
            now=app.clock(),
        )


def shipped(
    app: App,
    seller: User,
    number: str,
    reference: str = "R-1",
    service: str | None = None,
    **kw: Any,
) -> Shipment:
    placed = order(app, seller, reference, **kw)
    with app.uow() as uow:
        return order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=placed.id,
            tracking_number=number,
            now=app.clock(),
            protection=app.periods.protection,
            service=service,
        ).shipment


def quiet_since_customs(app: App, number: str) -> None:
    """A shipped parcel cleared by customs on 18 Nov 2026 and silent since."""
    seller = user(app, "seller@example.com", Role.SELLER)
    shipped(app, seller, number, "AE-1")
    journey = raw_journey(number, datetime(2026, 11, 10, 8, tzinfo=UTC))[:6]
    with app.uow() as uow:
        valid, _ = tracking_service.parse_events(journey, now=app.clock())
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())


def raw_journey(number: str, start: datetime) -> list[dict[str, Any]]:
    """A China Post ePacket journey as the events API receives it, in local times."""
    steps = [
        (0, "info_received", "Electronic information received", "Shenzhen", "CN", "+08:00"),
        (20, "accepted", "Acceptance", "Shenzhen", "CN", "+08:00"),
        (
            70,
            "departed_origin",
            "Departure from outward office of exchange",
            "Guangzhou",
            "CN",
            "+08:00",
        ),
        (
            160,
            "arrived_destination",
            "Arrival at inward office of exchange",
            "Chicago",
            "US",
            "-06:00",
        ),
        (170, "customs_started", "Held by import customs", "Chicago", "US", "-06:00"),
        (200, "customs_cleared", "Released from import customs", "Chicago", "US", "-06:00"),
        (220, None, "Arrived at USPS regional facility", "Chicago", "US", "-06:00"),
        (290, "out_for_delivery", "Out for delivery", "Evanston", "US", "-06:00"),
        (296, "delivered", "Delivered, in/at mailbox", "Evanston", "US", "-06:00"),
    ]
    events = []
    for hours, status, text, city, country, offset in steps:
        moment = (start + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%S") + offset
        event: dict[str, Any] = {
            "tracking_number": number,
            "occurred_at": moment,
            "description": text,
            "location": {"city": city, "country": country},
        }
        if status:
            event["status"] = status
        events.append(event)
    return events


def s10(index: int, service: str = "LX", country: str = "CN") -> str:
    """A valid UPU S10 number (its check digit computed) for test parcel ``index``."""
    from parceltrail.domain.numbers.checkdigits import compute_s10

    serial = f"{index:08d}"
    return f"{service}{serial}{compute_s10(serial)}{country}"
