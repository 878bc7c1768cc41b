"""My parcels as the page, the API and the feeds show them: each parcel with its tracking's
status, ETA, health and last event; the user's marketplace orders beside them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from parceltrail.domain.carriers import carrier_name, tracking_url
from parceltrail.domain.health_records import HealthRecord
from parceltrail.domain.orders import Order
from parceltrail.domain.parcels import Parcel
from parceltrail.domain.shipments import Shipment
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.domain.users import User
from parceltrail.domain.words import Words
from parceltrail.services.parcels import ParcelsUnitOfWork

MAX_LISTED = 300
MAX_ORDERS = 100


@dataclass(frozen=True, slots=True)
class ParcelView:
    """One row of My parcels: a parcel of the user's own, or a shipment of one of their orders."""

    id: str
    tracking_number: str
    label: str
    shop: str | None
    carrier: str | None
    source: str  # number | url | text | mail | imap | order
    status: str
    sub_status: str
    expected_at: datetime | None
    delivered_at: datetime | None
    problem: str | None
    health: str | None
    last_event: TrackingEvent | None
    created_at: datetime
    archived_at: datetime | None
    order_id: str | None = None
    order_reference: str | None = None
    said: Words | None = field(default=None, compare=False)  # ``health`` for other languages

    @property
    def carrier_name(self) -> str | None:
        return carrier_name(self.carrier) if self.carrier else None

    @property
    def tracking_url(self) -> str | None:
        return tracking_url(self.carrier, self.tracking_number) if self.carrier else None

    @property
    def expected_on(self) -> date | None:
        return self.expected_at.date() if self.expected_at else None

    @property
    def is_order(self) -> bool:
        return self.source == "order"


def parcels_of(
    *, uow: ParcelsUnitOfWork, user: User, archived: bool = False, with_orders: bool = True
) -> list[ParcelView]:
    """The user's parcels (active or archived), newest first; active lists add their orders."""
    mine = uow.parcels.list_for(user.id, archived=archived, limit=MAX_LISTED)
    orders = _order_shipments(uow, user) if with_orders and not archived else []
    ids = [p.shipment_id for p in mine] + [s.id for s, _ in orders]
    shipments = uow.shipments.many(ids)
    health = uow.health.many(ids)
    latest = uow.events.latest_for(ids)  # a row shows the stored state and the last event only
    views = [
        _view(p, shipments.get(p.shipment_id), health.get(p.shipment_id), latest) for p in mine
    ]
    known = {p.tracking_number for p in mine}
    for shipment, order in orders:
        if shipment.tracking_number not in known:
            views.append(_order_view(shipment, order, health, latest))
    return views


def _order_shipments(uow: ParcelsUnitOfWork, user: User) -> list[tuple[Shipment, Order]]:
    orders = uow.orders.list_for(buyer_id=user.id, seller_id=None, limit=MAX_ORDERS, offset=0)
    by_order = uow.shipments.for_orders([o.id for o in orders])
    return [(shipment, order) for order in orders for shipment in by_order.get(order.id, [])]


def _view(
    parcel: Parcel,
    shipment: Shipment | None,
    health: HealthRecord | None,
    latest: dict[str, TrackingEvent],
) -> ParcelView:
    state = shipment.state if shipment else None
    return ParcelView(
        id=parcel.id,
        tracking_number=parcel.tracking_number,
        label=parcel.label,
        shop=parcel.shop,
        carrier=parcel.carrier or (shipment.carrier if shipment else None),
        source=parcel.source,
        status=state.status.value if state else "pending",
        sub_status=state.sub_status.value if state else "pending",
        expected_at=_expected(health, state.delivered_at if state else None),
        delivered_at=state.delivered_at if state else None,
        problem=_problem(health),
        health=health.health.explanation if health else None,
        said=health.health.said if health else None,
        last_event=latest.get(parcel.shipment_id),
        created_at=parcel.created_at,
        archived_at=parcel.archived_at,
        order_reference=parcel.order_reference,
    )


def _order_view(
    shipment: Shipment,
    order: Order,
    health: dict[str, HealthRecord],
    latest: dict[str, TrackingEvent],
) -> ParcelView:
    state = shipment.state
    record = health.get(shipment.id)
    return ParcelView(
        id=shipment.id,
        tracking_number=shipment.tracking_number,
        label=f"Order {order.reference}",
        shop="parceltrail",
        carrier=shipment.carrier,
        source="order",
        status=state.status.value,
        sub_status=state.sub_status.value,
        expected_at=_expected(record, state.delivered_at),
        delivered_at=state.delivered_at,
        problem=_problem(record),
        health=record.health.explanation if record else None,
        said=record.health.said if record else None,
        last_event=latest.get(shipment.id),
        created_at=shipment.dispatched_at or order.created_at,
        archived_at=None,
        order_id=order.id,
        order_reference=order.reference,
    )


def _expected(health: HealthRecord | None, delivered_at: datetime | None) -> datetime | None:
    if delivered_at is not None:
        return delivered_at
    return health.eta.likely if health and health.eta else None


def _problem(health: HealthRecord | None) -> str | None:
    problem = health.health.problem if health else None
    return problem.value if problem else None
