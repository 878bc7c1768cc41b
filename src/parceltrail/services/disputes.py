"""Buyer protection and disputes: confirm, extend, open, negotiate, escalate, decide."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from parceltrail.domain import events
from parceltrail.domain.disputes import (
    Action,
    Dispute,
    DisputeState,
    Party,
    Periods,
    Reason,
    actions_for,
    can_open,
)
from parceltrail.domain.errors import Conflict, OrderNotFound, PermissionDenied, ValidationFailed
from parceltrail.domain.ids import new_id
from parceltrail.domain.orders import Order
from parceltrail.domain.protection import Protection
from parceltrail.domain.users import User
from parceltrail.domain.words import N_, Words
from parceltrail.services.orders import can_see
from parceltrail.services.ports import DisputesUnitOfWork, Notice
from parceltrail.services.tracking import get_tracking


@dataclass(frozen=True)
class DisputeView:
    """A dispute as one party sees it: its trail, the evidence, and the moves open to them."""

    dispute: Dispute
    evidence: dict[str, Any]
    actions: tuple[Action, ...]


def _order_for(uow: DisputesUnitOfWork, user: User, order_id: str) -> Order:
    order = uow.orders.get(order_id)
    if order is None or not can_see(user, order):
        raise OrderNotFound(
            Words("no order {order} among yours", order=order_id), order_id=order_id
        )
    return order


def _no_dispute(dispute_id: str) -> OrderNotFound:
    return OrderNotFound(Words("no dispute {dispute} among yours", dispute=dispute_id))


def _protection(uow: DisputesUnitOfWork, order: Order) -> Protection:
    found = uow.protection.get(order.id)
    if found is None or not found.started:
        raise Conflict(
            N_("this order is not protected yet: protection starts when it is dispatched")
        )
    return found


def _party(user: User, order: Order) -> Party:
    if user.id == order.buyer_id:
        return Party.BUYER
    if user.id == order.seller_id:
        return Party.SELLER
    return Party.ADMIN


def get_protection(*, uow: DisputesUnitOfWork, user: User, order_id: str) -> Protection | None:
    return uow.protection.get(_order_for(uow, user, order_id).id)


def confirm_receipt(*, uow: DisputesUnitOfWork, user: User, order_id: str, now: datetime) -> None:
    order = _order_for(uow, user, order_id)
    if user.id != order.buyer_id:
        raise PermissionDenied(N_("only the buyer confirms receipt"))
    protection = _protection(uow, order)
    if not protection.confirmed:
        uow.protection.confirm(order.id, now, automatic=False)
        _record(uow, order.id, events.OrderConfirmed(order.id, automatic=False))


def extend_protection(
    *, uow: DisputesUnitOfWork, user: User, order_id: str, days: int, periods: Periods
) -> Protection:
    """The seller extends the buyer's protection, up to the maximum extension in total."""
    order = _order_for(uow, user, order_id)
    if user.id != order.seller_id and not user.is_admin:
        raise PermissionDenied(N_("only the seller extends the protection of an order"))
    extended = _protection(uow, order).extend(days, periods.max_extension)
    uow.protection.extend(extended)
    return extended


def auto_confirm(*, uow: DisputesUnitOfWork, now: datetime, limit: int = 500) -> int:
    """Confirm orders whose protection ended without an open dispute (the sweep re-checks)."""
    confirmed = 0
    for order_id in uow.protection.expired_unconfirmed(now, limit):
        if any(not d.state.is_final for d in uow.disputes.for_order(order_id)):
            continue
        uow.protection.confirm(order_id, now, automatic=True)
        _record(uow, order_id, events.OrderConfirmed(order_id, automatic=True))
        confirmed += 1
    return confirmed


def open_dispute(
    *,
    uow: DisputesUnitOfWork,
    user: User,
    order_id: str,
    reason: Reason,
    now: datetime,
    periods: Periods,
    requested: Decimal | None = None,
    note: str | None = None,
) -> Dispute:
    """The buyer opens a dispute; the tracking timeline is attached as evidence."""
    order = _order_for(uow, user, order_id)
    if user.id != order.buyer_id:
        raise PermissionDenied(N_("only the buyer opens a dispute on an order"))
    protection = uow.protection.get(order.id)
    dispatched = _first_dispatch(uow, order)
    refusal = can_open(
        now=now,
        dispatched_at=dispatched,
        reason=reason,
        periods=periods,
        protection_ends=protection.ends_at if protection else None,
        confirmed=bool(protection and protection.confirmed_at),
    )
    if refusal is not None or protection is None:
        raise Conflict(
            Words(
                "a dispute cannot be opened: {why}",
                why=Words(refusal or N_("the order has no total")),
            )
        )
    if any(not d.state.is_final for d in uow.disputes.for_order(order.id)):
        raise Conflict(N_("this order already has an open dispute; continue that one"))
    if protection.total <= 0:
        raise Conflict(N_("the order has no total to refund; ask the seller to set it"))
    dispute = Dispute.opened(
        id=new_id("dsp"),
        order_id=order.id,
        reason=reason,
        requested=requested,
        order_total=protection.total,
        at=now,
        note=note,
    )
    uow.disputes.add(dispute, _evidence(uow, order, user, now), dispute.answer_due(periods))
    return dispute


def act(
    *,
    uow: DisputesUnitOfWork,
    user: User,
    dispute_id: str,
    action: Action,
    now: datetime,
    periods: Periods,
    amount: Decimal | None = None,
    note: str | None = None,
) -> Dispute:
    dispute = uow.disputes.get(dispute_id)
    order = uow.orders.get(dispute.order_id) if dispute else None
    if dispute is None or order is None or not can_see(user, order):
        raise _no_dispute(dispute_id)
    dispute.act(_party(user, order), action, now, amount=amount, note=note)
    uow.disputes.save(dispute, dispute.answer_due(periods))
    return dispute


def escalate_overdue(
    *, uow: DisputesUnitOfWork, now: datetime, periods: Periods, limit: int = 500
) -> int:
    """Escalate disputes nobody answered in time; each is re-checked before it moves."""
    moved = 0
    for dispute_id in uow.disputes.overdue(now, limit):
        dispute = uow.disputes.get(dispute_id)
        due = dispute.answer_due(periods) if dispute else None
        if dispute is None or due is None or due > now:
            continue
        dispute.act(Party.SYSTEM, Action.TIME_OUT, now, note="no answer within the period")
        uow.disputes.save(dispute, None)
        moved += 1
    return moved


def run_out_periods(*, uow: DisputesUnitOfWork, now: datetime, periods: Periods) -> int:
    """What the periods decide once they run out: unanswered disputes escalate, protections
    that ended without a dispute are confirmed. How many moved."""
    return escalate_overdue(uow=uow, now=now, periods=periods) + auto_confirm(uow=uow, now=now)


def get_dispute(
    *, uow: DisputesUnitOfWork, user: User, dispute_id: str
) -> tuple[Dispute, dict[str, Any]]:
    dispute = uow.disputes.get(dispute_id)
    order = uow.orders.get(dispute.order_id) if dispute else None
    if dispute is None or order is None or not can_see(user, order):
        raise _no_dispute(dispute_id)
    return dispute, uow.disputes.evidence(dispute.id)


def for_order(*, uow: DisputesUnitOfWork, user: User, order_id: str) -> list[DisputeView]:
    """The order's disputes, newest first, with what the viewer may do to each."""
    order = _order_for(uow, user, order_id)
    party = _party(user, order)
    found = sorted(uow.disputes.for_order(order.id), key=lambda d: d.opened_at, reverse=True)
    return [DisputeView(d, uow.disputes.evidence(d.id), actions_for(d.state, party)) for d in found]


def admin_queue(
    *,
    uow: DisputesUnitOfWork,
    user: User,
    state: str = DisputeState.ESCALATED.value,
    limit: int = 100,
) -> list[Dispute]:
    """The admin's queue: disputes in ``state`` (escalated: waiting for a decision), oldest
    first."""
    if not user.is_admin:
        raise PermissionDenied(N_("the dispute queue is for admins"))
    if state not in {s.value for s in DisputeState}:
        raise ValidationFailed(f"unknown dispute state {state[:20]!r}", field="state")
    return uow.disputes.in_state(state, max(1, min(limit, 500)))


def _first_dispatch(uow: DisputesUnitOfWork, order: Order) -> datetime | None:
    shipments = uow.shipments.for_orders([order.id]).get(order.id, [])
    times = [s.dispatched_at for s in shipments if s.dispatched_at]
    return min(times) if times else None


def _evidence(uow: DisputesUnitOfWork, order: Order, viewer: User, now: datetime) -> dict[str, Any]:
    """A snapshot of every shipment's tracking as it stood when the dispute was opened."""
    shipments = uow.shipments.for_orders([order.id]).get(order.id, [])
    snapshots = [
        get_tracking(uow=uow, tracking_number=s.tracking_number, viewer=viewer, now=now).to_json()
        for s in shipments
    ]
    return {"captured_at": now.isoformat(), "trackings": snapshots}


def _record(uow: DisputesUnitOfWork, order_id: str, event: events.DomainEvent) -> None:
    uow.record(Notice(order_id, [event]))
