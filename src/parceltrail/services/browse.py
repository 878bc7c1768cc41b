"""What the pages list: a viewer's orders with filters, the seller's desk, the admin views.

Every function takes the viewer and narrows to what that viewer may see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from parceltrail.domain.errors import OrderNotFound, PermissionDenied, ValidationFailed
from parceltrail.domain.health import Problem
from parceltrail.domain.health_records import HealthRecord
from parceltrail.domain.shipments import Shipment
from parceltrail.domain.status import Status
from parceltrail.domain.users import Role, User
from parceltrail.domain.words import N_, Words
from parceltrail.services.orders import _views
from parceltrail.services.ports import BrowseUnitOfWork, OrderFilter
from parceltrail.services.tracking import get_tracking
from parceltrail.services.views import OrderView, TrackingView

PAGE = 50
# "shipped": on its way, not delivered yet (My Orders' tab); the rest: one status each.
STATUS_FILTERS = ("not_shipped", "shipped", *(status.value for status in Status))
MAX_QUERY = 100


@dataclass(frozen=True, slots=True)
class Listing:
    views: list[OrderView]
    page: int
    has_more: bool


def _scope(user: User) -> OrderFilter:
    if user.role is Role.BUYER:
        return OrderFilter(buyer_id=user.id)
    if user.role is Role.SELLER:
        return OrderFilter(seller_id=user.id)
    return OrderFilter()


def orders(
    *,
    uow: BrowseUnitOfWork,
    user: User,
    status: str | None = None,
    query: str | None = None,
    problems_only: bool = False,
    page: int = 1,
) -> Listing:
    """The viewer's orders, newest first, filtered by status, problems and reference/number."""
    if status and status not in STATUS_FILTERS:
        raise ValidationFailed(
            Words("unknown status filter {status!r}", status=status[:40]), field="status"
        )
    text = (query or "").strip()[:MAX_QUERY] or None
    scope = _scope(user)
    where = OrderFilter(
        buyer_id=scope.buyer_id,
        seller_id=scope.seller_id,
        status=status or None,
        query=text,
        problems_only=problems_only,
    )
    page = max(1, min(page, 10_000))
    ids = uow.browse.order_ids(where, PAGE + 1, (page - 1) * PAGE)
    found = [order for order in (uow.orders.get(i) for i in ids[:PAGE]) if order is not None]
    return Listing(_views(uow, found, user), page, len(ids) > PAGE)


@dataclass(frozen=True, slots=True)
class OrderCard:
    """One order as My Orders shows it: what was bought, from or for whom, the total, and
    each shipment's health (latest ETA and problem)."""

    view: OrderView
    party: str | None  # the seller for a buyer, the buyer for a seller
    total: Decimal | None
    currency: str | None
    health: dict[str, HealthRecord]  # by shipment id


def order_cards(*, uow: BrowseUnitOfWork, user: User, listing: Listing) -> list[OrderCard]:
    """The listing's orders with their parties, totals and health, in a few queries."""
    found = [view.order for view in listing.views]
    money = uow.protection.many([order.id for order in found])
    sellers = uow.users.many({order.seller_id for order in found})
    health = uow.health.many([s.id for view in listing.views for s in view.shipments])
    cards = []
    for view in listing.views:
        order = view.order
        seller = sellers.get(order.seller_id)
        party = (
            view.buyer_email
            if user.id != order.buyer_id
            else ((seller.name or seller.email) if seller else None)
        )
        protection = money.get(order.id)
        cards.append(
            OrderCard(
                view=view,
                party=party,
                total=protection.total if protection else None,
                currency=protection.currency if protection else None,
                health={s.id: health[s.id] for s in view.shipments if s.id in health},
            )
        )
    return cards


def _require_seller(user: User) -> None:
    if not user.can_sell:
        raise PermissionDenied(N_("the seller desk is for sellers"))


def awaiting_dispatch(*, uow: BrowseUnitOfWork, user: User) -> Listing:
    _require_seller(user)
    return orders(uow=uow, user=user, status="not_shipped")


def problems(*, uow: BrowseUnitOfWork, user: User) -> Listing:
    """Orders sold by the seller with a shipment in trouble: exceptions, failed attempts,
    returns, expired trackings."""
    _require_seller(user)
    return orders(uow=uow, user=user, problems_only=True)


def problem_shipments(
    *,
    uow: BrowseUnitOfWork,
    user: User,
    now: datetime,
    problem: Problem | None = None,
    limit: int = 100,
) -> list[TrackingView]:
    """The seller's shipments in trouble by the health verdicts (all sellers' for an admin),
    newest problem first, each with its live health and ETA; those the live check finds
    well are left out."""
    if not user.can_sell:
        raise PermissionDenied(
            N_("the problems queue is for sellers; buyers see problems on their orders")
        )
    ids = uow.health.with_problems(
        seller_id=None if user.is_admin else user.id,
        problem=problem.value if problem else None,
        limit=max(1, min(limit, 500)),
    )
    shipments = uow.shipments.many(ids)
    views = [
        get_tracking(uow=uow, tracking_number=shipments[i].tracking_number, viewer=user, now=now)
        for i in ids
        if i in shipments
    ]
    # The stored verdict is the last sweep's; news since then may have cleared the problem.
    return [v for v in views if v.health is not None and v.health.health.problem is not None]


def require_admin(user: User) -> None:
    if not user.is_admin:
        raise PermissionDenied(N_("this page is for administrators"))


def users(*, uow: BrowseUnitOfWork, user: User, limit: int = 500) -> list[User]:
    require_admin(user)
    return uow.browse.users(limit)


def outbox_counts(*, uow: BrowseUnitOfWork, user: User) -> dict[str, int]:
    require_admin(user)
    return uow.browse.outbox_counts()


def order_to_dispatch(*, uow: BrowseUnitOfWork, user: User, order_id: str) -> OrderView:
    """An order the viewer sold (any order for an admin); 404 for everyone else."""
    _require_seller(user)
    order = uow.orders.get(order_id)
    if order is None or not (user.is_admin or order.seller_id == user.id):
        raise OrderNotFound(
            Words("no order {order} among the orders you sold", order=order_id),
            order_id=order_id,
        )
    return _views(uow, [order], user)[0]


def shipment_to_renumber(
    *, uow: BrowseUnitOfWork, user: User, shipment_id: str
) -> tuple[Shipment, OrderView]:
    """A shipment of an order the viewer sold, with its order: what a new number is added to."""
    shipment = uow.shipments.get(shipment_id)
    if shipment is None or shipment.order_id is None:
        raise OrderNotFound(
            Words("no shipment {shipment} on your orders", shipment=shipment_id),
            shipment_id=shipment_id,
        )
    return shipment, order_to_dispatch(uow=uow, user=user, order_id=shipment.order_id)
