"""Buyer protection and disputes as use cases, on the in-memory unit of work."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from parceltrail.domain.disputes import Action, DisputeState, Reason
from parceltrail.domain.errors import Conflict, PermissionDenied, ValidationFailed
from parceltrail.domain.orders import Order, OrderLine
from parceltrail.domain.users import Role, User
from parceltrail.services import disputes as dispute_service
from parceltrail.services import orders as order_service
from parceltrail.services import tracking as tracking_service
from tests import factories
from tests.unit.services.conftest import PERIODS, T0, person
from tests.unit.services.fakes import FakeUnitOfWork

NUMBER = "RR123456785CN"


@pytest.fixture
def order(uow: FakeUnitOfWork, seller: User, buyer: User) -> Order:
    """Dispatched at T0 for 40.00 with a protection of 21 days (PERIODS)."""
    with uow:
        placed = order_service.create_order(
            uow=uow,
            seller=seller,
            reference="R-1",
            buyer_email=buyer.email,
            lines=[OrderLine("Watch strap", 1)],
            now=T0,
            total=Decimal("40.00"),
        )
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=placed.id,
            tracking_number=NUMBER,
            now=T0,
            protection=PERIODS.protection,
        )
    return placed


def test_the_buyer_confirms_receipt_once(uow: FakeUnitOfWork, order: Order, buyer: User) -> None:
    for day in (3, 4):
        with uow:
            dispute_service.confirm_receipt(
                uow=uow, user=buyer, order_id=order.id, now=T0 + timedelta(days=day)
            )
    assert uow.store.protection[order.id].confirmed_at == T0 + timedelta(days=3)
    assert uow.topics().count("order.confirmed") == 1


def test_the_seller_extends_protection_up_to_the_maximum(
    uow: FakeUnitOfWork, order: Order, seller: User, buyer: User
) -> None:
    with uow:
        extended = dispute_service.extend_protection(
            uow=uow, user=seller, order_id=order.id, days=25, periods=PERIODS
        )
    assert extended.ends_at == T0 + timedelta(days=21 + 25)
    with pytest.raises(ValidationFailed, match="by 1 to 5 more days"), uow:
        dispute_service.extend_protection(
            uow=uow, user=seller, order_id=order.id, days=6, periods=PERIODS
        )
    with pytest.raises(PermissionDenied, match="only the seller"), uow:
        dispute_service.extend_protection(
            uow=uow, user=buyer, order_id=order.id, days=1, periods=PERIODS
        )
    assert uow.store.protection[order.id].extended_days == 25


def test_not_received_opens_only_after_the_waiting_period_with_the_timeline_as_evidence(
    uow: FakeUnitOfWork, order: Order, seller: User, buyer: User
) -> None:
    with pytest.raises(Conflict, match="still on time"), uow:
        dispute_service.open_dispute(
            uow=uow,
            user=buyer,
            order_id=order.id,
            reason=Reason.NOT_RECEIVED,
            now=T0 + timedelta(days=3),
            periods=PERIODS,
        )
    opened_at = T0 + timedelta(days=10)
    journey = factories.raw_journey(NUMBER, T0)[:3]
    valid, _ = tracking_service.parse_events(journey, now=opened_at)
    with uow:
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=opened_at)
        dispute = dispute_service.open_dispute(
            uow=uow,
            user=buyer,
            order_id=order.id,
            reason=Reason.NOT_RECEIVED,
            now=opened_at,
            periods=PERIODS,
            requested=Decimal("15"),
        )
    assert (dispute.state, dispute.requested) == (DisputeState.OPEN, Decimal("15.00"))
    _, evidence, answer_due = uow.store.disputes[dispute.id]
    assert answer_due == opened_at + PERIODS.seller_response
    (snapshot,) = evidence["trackings"]
    assert (snapshot["tracking_number"], len(snapshot["events"])) == (NUMBER, 3)
    assert evidence["captured_at"] == opened_at.isoformat()
    assert uow.topics()[-1] == "dispute.changed"


def test_silence_escalates_and_an_ended_window_confirms_only_without_an_open_dispute(
    uow: FakeUnitOfWork, order: Order, seller: User, buyer: User
) -> None:
    with uow:
        dispute = dispute_service.open_dispute(
            uow=uow,
            user=buyer,
            order_id=order.id,
            reason=Reason.DAMAGED,
            now=T0 + timedelta(days=1),
            periods=PERIODS,
        )
    late = T0 + timedelta(days=1) + PERIODS.seller_response + timedelta(minutes=1)
    with uow:
        assert dispute_service.escalate_overdue(uow=uow, now=late, periods=PERIODS) == 1
        assert dispute_service.auto_confirm(uow=uow, now=T0 + timedelta(days=22)) == 0
    assert uow.store.disputes[dispute.id][0].state is DisputeState.ESCALATED
    admin = person(uow, "admin@example.com", Role.ADMIN)
    with uow:
        dispute_service.act(
            uow=uow,
            user=admin,
            dispute_id=dispute.id,
            action=Action.DECIDE,
            amount=Decimal("0"),
            note="no damage shown",
            now=T0 + timedelta(days=9),
            periods=PERIODS,
        )
        assert dispute_service.auto_confirm(uow=uow, now=T0 + timedelta(days=22)) == 1
    assert uow.store.protection[order.id].confirmed_at == T0 + timedelta(days=22)


def test_the_periods_sweep_escalates_the_silent_and_confirms_the_undisputed(
    uow: FakeUnitOfWork, order: Order, seller: User, buyer: User
) -> None:
    with uow:
        quiet = order_service.create_order(
            uow=uow,
            seller=seller,
            reference="R-2",
            buyer_email=buyer.email,
            lines=[OrderLine("Mug", 1)],
            now=T0,
        )
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=quiet.id,
            tracking_number="RR876543216CN",
            now=T0,
            protection=PERIODS.protection,
        )
        dispute = dispute_service.open_dispute(
            uow=uow,
            user=buyer,
            order_id=order.id,
            reason=Reason.NOT_RECEIVED,
            now=T0 + timedelta(days=8),
            periods=PERIODS,
        )
    ended = T0 + PERIODS.protection + timedelta(hours=1)
    with uow:
        assert dispute_service.run_out_periods(uow=uow, now=ended, periods=PERIODS) == 2
    assert uow.store.disputes[dispute.id][0].state is DisputeState.ESCALATED
    assert uow.store.protection[quiet.id].confirmed_at == ended
    assert uow.store.protection[order.id].confirmed_at is None  # its dispute is open
    with uow:  # nothing is left to move
        assert dispute_service.run_out_periods(uow=uow, now=ended, periods=PERIODS) == 0
