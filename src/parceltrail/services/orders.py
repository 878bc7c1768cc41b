"""Orders: create, dispatch a shipment, add a handover leg, list, read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from parceltrail.domain.errors import (
    DuplicateOrder,
    OrderNotFound,
    ParceltrailError,
    PermissionDenied,
    TrackingNumberTaken,
    ValidationFailed,
)
from parceltrail.domain.orders import (
    Order,
    OrderLine,
    checked_currency,
    checked_lines,
    checked_reference,
    checked_total,
)
from parceltrail.domain.shipments import (
    Shipment,
    checked_carrier,
    checked_dispatch_time,
    checked_service,
)
from parceltrail.domain.tracking import checked_number
from parceltrail.domain.users import Role, User
from parceltrail.domain.words import N_, Words
from parceltrail.services.numbers import check_for_dispatch
from parceltrail.services.ports import OrdersUnitOfWork
from parceltrail.services.reading import checked_language
from parceltrail.services.users import find_or_create_buyer
from parceltrail.services.views import OrderView

MAX_PAGE = 200


@dataclass(frozen=True, slots=True)
class Dispatched:
    shipment: Shipment
    created: bool
    warnings: tuple[str, ...] = ()


def create_order(
    *,
    uow: OrdersUnitOfWork,
    seller: User,
    reference: str,
    buyer_email: str,
    lines: list[OrderLine],
    now: datetime,
    total: Decimal = Decimal(0),
    currency: str = "USD",
    unconfirmed_per_day: int | None = None,
    language: str | None = None,
) -> Order:
    """A seller's order for a buyer (found or created by e-mail) under the seller's reference.
    ``language`` is the buyer's, when the seller knows it: the order's mails are in it unless
    the buyer's account says otherwise.

    Order mail goes to the buyer's address, so only approved sellers create orders, and at
    most ``unconfirmed_per_day`` a day (when given) for buyers who never chose a password:
    an address that never agreed to anything gets a bounded amount of mail."""
    _require_seller(seller)
    if not seller.may_create_orders:
        raise PermissionDenied(
            N_(
                "an administrator approves new sellers before they create orders; ask one to "
                "approve your account (Admin > Users, or `parceltrail users approve EMAIL`)"
            )
        )
    ref = checked_reference(reference)
    checked = checked_lines(lines)
    language = checked_language(language)
    if uow.orders.by_reference(seller.id, ref) is not None:
        raise DuplicateOrder(
            Words("you already have an order with reference {reference!r}", reference=ref),
            reference=ref,
        )
    buyer = find_or_create_buyer(uow=uow, email=buyer_email, now=now)
    if unconfirmed_per_day is not None and uow.browse.password_hash(buyer.id) is None:
        _within_unconfirmed_allowance(uow, seller, now, unconfirmed_per_day)
    order = Order.create(
        reference=ref,
        seller_id=seller.id,
        buyer_id=buyer.id,
        lines=checked,
        created_at=now,
        language=language,
    )
    uow.orders.add(order)
    uow.protection.add(order.id, checked_total(total), checked_currency(currency))
    return order


class TooManyOrders(ParceltrailError):
    """A seller's daily allowance of orders to buyers who never chose a password is spent."""

    code = "too_many_orders"
    http_status = 429


def _within_unconfirmed_allowance(
    uow: OrdersUnitOfWork, seller: User, now: datetime, per_day: int
) -> None:
    sent = uow.orders.count_to_unconfirmed_buyers(seller.id, now - timedelta(days=1))
    if sent >= per_day:
        raise TooManyOrders(
            Words(
                "you created {sent} orders in 24 hours for buyers without a parceltrail account "
                "(at most {most}); wait, or ask an administrator to raise "
                "PARCELTRAIL_ORDERS_TO_UNCONFIRMED_BUYERS_PER_DAY",
                sent=sent,
                most=per_day,
            )
        )


def _not_long_before_the_order(when: datetime, order: Order, protection: timedelta) -> None:
    """Refuse a dispatch time whose buyer protection had ended before the order existed."""
    if when < order.created_at - protection:
        raise ValidationFailed(
            Words(
                "dispatched_at {when:%Y-%m-%d} is more than {days} days before the order was "
                "created ({created:%Y-%m-%d}); send the day the parcel left",
                when=when,
                days=protection.days,
                created=order.created_at,
            ),
            field="dispatched_at",
        )


def dispatch(
    *,
    uow: OrdersUnitOfWork,
    seller: User,
    order_id: str,
    tracking_number: str,
    now: datetime,
    carrier: str | None = None,
    dispatched_at: datetime | None = None,
    protection: timedelta,
    skip_number_check: bool = False,
    service: str | None = None,
) -> Dispatched:
    """Ship (part of) an order under a tracking number, validated and its carrier detected.

    The same number dispatched again on the same order is the same shipment, not an error.
    ``protection`` is the configured period of buyer protection, started by the first dispatch.
    ``service`` (the carrier's, such as 'standard') makes the ETA learn from that service.
    """
    return dispatch_order(
        uow=uow,
        order=_order_sold_by(uow, seller, order_id),
        tracking_number=tracking_number,
        now=now,
        carrier=carrier,
        dispatched_at=dispatched_at,
        skip_number_check=skip_number_check,
        protection=protection,
        service=service,
    )


def dispatch_order(
    *,
    uow: OrdersUnitOfWork,
    order: Order,
    tracking_number: str,
    now: datetime,
    carrier: str | None = None,
    dispatched_at: datetime | None = None,
    protection: timedelta,
    skip_number_check: bool = False,
    service: str | None = None,
) -> Dispatched:
    """``dispatch`` for an order the caller already holds as the seller's (a bulk import)."""
    checked_number(tracking_number)
    service = checked_service(service)
    checked = check_for_dispatch(
        tracking_number, checked_carrier(carrier), skip_check=skip_number_check
    )
    number, code = checked.number, checked.carrier
    when = checked_dispatch_time(dispatched_at, now)
    _not_long_before_the_order(when, order, protection)
    existing = uow.shipments.by_numbers([number]).get(number)
    if existing is not None and existing.order_id == order.id:
        return Dispatched(existing, created=False, warnings=checked.warnings)
    if existing is not None:  # tracked before the seller dispatched: adopt its history
        existing.dispatch(order_id=order.id, tracking_number=number, at=when, service=service)
        uow.shipments.attach_to_order(existing, order.id, when, service)
        # The seller knows the carrier better than a visitor's lookup did: a backend that
        # already tracks the number under another carrier is told (services/backends.py).
        named = existing.name_carrier(number, carrier and code)
        if named is not None:
            uow.shipments.set_carrier(existing, named)
        shipment = existing
    else:
        shipment = Shipment.new(number, code)
        shipment.dispatch(order_id=order.id, tracking_number=number, at=when, service=service)
        uow.shipments.add(shipment, now)
    # A dispatch recorded as earlier than the order (history, clock skew) never shortens
    # the buyer's protection: it runs from the order's creation at the earliest.
    _start_protection(uow, order.id, max(when, order.created_at), protection)
    return Dispatched(shipment, created=True, warnings=checked.warnings)


def _start_protection(
    uow: OrdersUnitOfWork, order_id: str, when: datetime, period: timedelta
) -> None:
    found = uow.protection.get(order_id)
    if found is not None and not found.started:
        started = found.start(when, period)
        assert started.ends_at is not None
        uow.protection.start(order_id, started.ends_at)


def add_leg(
    *,
    uow: OrdersUnitOfWork,
    seller: User,
    shipment_id: str,
    tracking_number: str,
    carrier: str | None,
    now: datetime,
    skip_number_check: bool = False,
) -> Shipment:
    """Record a handover: the shipment continues under a new number, usually a new carrier."""
    shipment = uow.shipments.get(shipment_id)
    if shipment is None or shipment.order_id is None:
        raise _no_shipment(shipment_id)
    _order_sold_by(uow, seller, shipment.order_id)
    checked_number(tracking_number)
    checked = check_for_dispatch(
        tracking_number, checked_carrier(carrier), skip_check=skip_number_check
    )
    number = checked.number
    if any(leg.tracking_number == number for leg in shipment.legs):
        return shipment
    if uow.shipments.by_numbers([number]):
        raise TrackingNumberTaken(
            Words("tracking number {number} already belongs to a shipment", number=number)
        )
    leg = shipment.add_leg(number, checked.carrier)
    uow.shipments.add_leg(shipment, leg, now)
    return shipment


def name_carrier(
    *,
    uow: OrdersUnitOfWork,
    seller: User,
    shipment_id: str,
    sequence: int,
    carrier: str,
) -> Shipment:
    """Correct the carrier of one leg (the seller or an admin knows better than the number's
    detection); a tracking backend already tracking it is told by the next sweep."""
    shipment = uow.shipments.get(shipment_id)
    if shipment is None or shipment.order_id is None:
        raise _no_shipment(shipment_id)
    _order_sold_by(uow, seller, shipment.order_id)
    code = checked_carrier(carrier)
    if code is None:
        raise ValidationFailed(N_("name the carrier, such as 'china_post'"), field="carrier")
    leg = next((leg for leg in shipment.legs if leg.sequence == sequence), None)
    if leg is None:
        raise OrderNotFound(
            Words("no leg {leg} on shipment {shipment}", leg=sequence, shipment=shipment_id),
            shipment_id=shipment_id,
        )
    named = shipment.name_carrier(leg.tracking_number, code)
    if named is not None:
        uow.shipments.set_carrier(shipment, named)
    return shipment


def list_orders(
    *, uow: OrdersUnitOfWork, user: User, limit: int = 50, offset: int = 0
) -> list[OrderView]:
    """The viewer's orders, newest first: bought by a buyer, sold by a seller, all for an admin."""
    limit = max(1, min(limit, MAX_PAGE))
    found = uow.orders.list_for(
        buyer_id=user.id if user.role is Role.BUYER else None,
        seller_id=user.id if user.role is Role.SELLER else None,
        limit=limit,
        offset=max(0, offset),
    )
    return _views(uow, found, user)


def get_order(*, uow: OrdersUnitOfWork, user: User, order_id: str) -> OrderView:
    order = uow.orders.get(order_id)
    if order is None or not can_see(user, order):
        raise OrderNotFound(
            Words("no order {order} among yours", order=order_id), order_id=order_id
        )
    return _views(uow, [order], user)[0]


def can_see(user: User | None, order: Order) -> bool:
    return user is not None and (user.is_admin or user.id in (order.buyer_id, order.seller_id))


def _views(uow: OrdersUnitOfWork, found: list[Order], viewer: User) -> list[OrderView]:
    shipments = uow.shipments.for_orders([order.id for order in found])
    emails = {}
    if viewer.role is not Role.BUYER:
        emails = {uid: u.email for uid, u in uow.users.many(o.buyer_id for o in found).items()}
    return [
        OrderView(order, shipments.get(order.id, []), emails.get(order.buyer_id)) for order in found
    ]


def _require_seller(user: User) -> None:
    if not user.can_sell:
        raise PermissionDenied(N_("only sellers and admins can create and dispatch orders"))


def _order_sold_by(uow: OrdersUnitOfWork, seller: User, order_id: str) -> Order:
    _require_seller(seller)
    order = uow.orders.get(order_id)
    if order is None or not (seller.is_admin or order.seller_id == seller.id):
        raise OrderNotFound(
            Words("no order {order} among the orders you sold", order=order_id),
            order_id=order_id,
        )
    return order


def _no_shipment(shipment_id: str) -> OrderNotFound:
    return OrderNotFound(
        Words("no shipment {shipment} on your orders", shipment=shipment_id),
        shipment_id=shipment_id,
    )
